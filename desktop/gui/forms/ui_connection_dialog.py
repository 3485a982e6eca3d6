# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'connection_dialog.ui'
##
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import QCoreApplication, QMetaObject, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QSizePolicy,
    QSpacerItem,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

class Ui_ConnectionDialog(object):
    def setupUi(self, connection_dialog):
        if not connection_dialog.objectName():
            connection_dialog.setObjectName(u"connection_dialog")
        connection_dialog.resize(540, 500)
        self.main_layout = QVBoxLayout(connection_dialog)
        self.main_layout.setObjectName(u"main_layout")
        self.current_label = QLabel(connection_dialog)
        self.current_label.setObjectName(u"current_label")
        self.current_label.setWordWrap(True)
        self.current_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.main_layout.addWidget(self.current_label)

        self.local_radio = QRadioButton(connection_dialog)
        self.local_radio.setObjectName(u"local_radio")
        self.local_radio.setChecked(True)

        self.main_layout.addWidget(self.local_radio)

        self.local_box = QWidget(connection_dialog)
        self.local_box.setObjectName(u"local_box")
        self.local_layout = QHBoxLayout(self.local_box)
        self.local_layout.setObjectName(u"local_layout")
        self.local_layout.setContentsMargins(24, -1, -1, -1)
        self.file_path_label = QLabel(self.local_box)
        self.file_path_label.setObjectName(u"file_path_label")

        self.local_layout.addWidget(self.file_path_label)

        self.file_path = QLineEdit(self.local_box)
        self.file_path.setObjectName(u"file_path")

        self.local_layout.addWidget(self.file_path)

        self.browse_button = QPushButton(self.local_box)
        self.browse_button.setObjectName(u"browse_button")

        self.local_layout.addWidget(self.browse_button)


        self.main_layout.addWidget(self.local_box)

        self.server_radio = QRadioButton(connection_dialog)
        self.server_radio.setObjectName(u"server_radio")

        self.main_layout.addWidget(self.server_radio)

        self.offline_radio = QRadioButton(connection_dialog)
        self.offline_radio.setObjectName(u"offline_radio")

        self.main_layout.addWidget(self.offline_radio)

        self.server_box = QWidget(connection_dialog)
        self.server_box.setObjectName(u"server_box")
        self.server_layout = QFormLayout(self.server_box)
        self.server_layout.setObjectName(u"server_layout")
        self.server_layout.setContentsMargins(24, -1, -1, -1)
        self.server_type_label = QLabel(self.server_box)
        self.server_type_label.setObjectName(u"server_type_label")

        self.server_layout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.server_type_label)

        self.server_type = QComboBox(self.server_box)
        self.server_type.setObjectName(u"server_type")

        self.server_layout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.server_type)

        self.host_label = QLabel(self.server_box)
        self.host_label.setObjectName(u"host_label")

        self.server_layout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.host_label)

        self.host_layout = QHBoxLayout()
        self.host_layout.setObjectName(u"host_layout")
        self.host = QLineEdit(self.server_box)
        self.host.setObjectName(u"host")

        self.host_layout.addWidget(self.host)

        self.port_label = QLabel(self.server_box)
        self.port_label.setObjectName(u"port_label")

        self.host_layout.addWidget(self.port_label)

        self.port = QSpinBox(self.server_box)
        self.port.setObjectName(u"port")
        self.port.setMinimum(1)
        self.port.setMaximum(65535)
        self.port.setValue(5432)

        self.host_layout.addWidget(self.port)


        self.server_layout.setLayout(1, QFormLayout.ItemRole.FieldRole, self.host_layout)

        self.database_name_label = QLabel(self.server_box)
        self.database_name_label.setObjectName(u"database_name_label")

        self.server_layout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.database_name_label)

        self.database_name = QLineEdit(self.server_box)
        self.database_name.setObjectName(u"database_name")
        self.database_name.setText(u"contatti")

        self.server_layout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.database_name)

        self.server_user_label = QLabel(self.server_box)
        self.server_user_label.setObjectName(u"server_user_label")

        self.server_layout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.server_user_label)

        self.server_user = QLineEdit(self.server_box)
        self.server_user.setObjectName(u"server_user")

        self.server_layout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.server_user)

        self.server_password_label = QLabel(self.server_box)
        self.server_password_label.setObjectName(u"server_password_label")

        self.server_layout.setWidget(4, QFormLayout.ItemRole.LabelRole, self.server_password_label)

        self.server_password = QLineEdit(self.server_box)
        self.server_password.setObjectName(u"server_password")
        self.server_password.setEchoMode(QLineEdit.EchoMode.Password)

        self.server_layout.setWidget(4, QFormLayout.ItemRole.FieldRole, self.server_password)

        self.remember_password = QCheckBox(self.server_box)
        self.remember_password.setObjectName(u"remember_password")

        self.server_layout.setWidget(5, QFormLayout.ItemRole.FieldRole, self.remember_password)

        self.test_layout = QHBoxLayout()
        self.test_layout.setObjectName(u"test_layout")
        self.test_button = QPushButton(self.server_box)
        self.test_button.setObjectName(u"test_button")

        self.test_layout.addWidget(self.test_button)

        self.test_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.test_layout.addItem(self.test_spacer)


        self.server_layout.setLayout(6, QFormLayout.ItemRole.FieldRole, self.test_layout)


        self.main_layout.addWidget(self.server_box)

        self.status_label = QLabel(connection_dialog)
        self.status_label.setObjectName(u"status_label")
        self.status_label.setWordWrap(True)
        self.status_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.main_layout.addWidget(self.status_label)

        self.vertical_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.main_layout.addItem(self.vertical_spacer)

        self.restart_note = QLabel(connection_dialog)
        self.restart_note.setObjectName(u"restart_note")
        self.restart_note.setWordWrap(True)

        self.main_layout.addWidget(self.restart_note)

        self.button_box = QDialogButtonBox(connection_dialog)
        self.button_box.setObjectName(u"button_box")
        self.button_box.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Save)

        self.main_layout.addWidget(self.button_box)

#if QT_CONFIG(shortcut)
        self.file_path_label.setBuddy(self.file_path)
        self.server_type_label.setBuddy(self.server_type)
        self.host_label.setBuddy(self.host)
        self.port_label.setBuddy(self.port)
        self.database_name_label.setBuddy(self.database_name)
        self.server_user_label.setBuddy(self.server_user)
        self.server_password_label.setBuddy(self.server_password)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.local_radio, self.file_path)
        QWidget.setTabOrder(self.file_path, self.browse_button)
        QWidget.setTabOrder(self.browse_button, self.server_radio)
        QWidget.setTabOrder(self.server_radio, self.server_type)
        QWidget.setTabOrder(self.server_type, self.host)
        QWidget.setTabOrder(self.host, self.port)
        QWidget.setTabOrder(self.port, self.database_name)
        QWidget.setTabOrder(self.database_name, self.server_user)
        QWidget.setTabOrder(self.server_user, self.server_password)
        QWidget.setTabOrder(self.server_password, self.remember_password)
        QWidget.setTabOrder(self.remember_password, self.test_button)

        self.retranslateUi(connection_dialog)

        QMetaObject.connectSlotsByName(connection_dialog)
    # setupUi

    def retranslateUi(self, connection_dialog):
        connection_dialog.setWindowTitle(QCoreApplication.translate("ConnectionDialog", u"Database connection", None))
        self.current_label.setText(QCoreApplication.translate("ConnectionDialog", u"In use now:", None))
        self.local_radio.setText(QCoreApplication.translate("ConnectionDialog", u"&Local file (this computer only, works offline)", None))
        self.file_path_label.setText(QCoreApplication.translate("ConnectionDialog", u"&File:", None))
        self.file_path.setPlaceholderText(QCoreApplication.translate("ConnectionDialog", u"contatti.db in your data folder", None))
        self.browse_button.setText(QCoreApplication.translate("ConnectionDialog", u"&Browse\u2026", None))
        self.server_radio.setText(QCoreApplication.translate("ConnectionDialog", u"&Server (shared with colleagues)", None))
#if QT_CONFIG(tooltip)
        self.offline_radio.setToolTip(QCoreApplication.translate("ConnectionDialog", u"For laptops: work on a copy kept on this computer, also without a network; changes are exchanged with the server whenever it can be reached.", None))
#endif // QT_CONFIG(tooltip)
        self.offline_radio.setText(QCoreApplication.translate("ConnectionDialog", u"Server with an &offline copy on this computer", None))
        self.server_type_label.setText(QCoreApplication.translate("ConnectionDialog", u"&Type:", None))
        self.host_label.setText(QCoreApplication.translate("ConnectionDialog", u"&Host:", None))
        self.host.setPlaceholderText(QCoreApplication.translate("ConnectionDialog", u"server name or address", None))
        self.port_label.setText(QCoreApplication.translate("ConnectionDialog", u"P&ort:", None))
        self.database_name_label.setText(QCoreApplication.translate("ConnectionDialog", u"&Database:", None))
        self.server_user_label.setText(QCoreApplication.translate("ConnectionDialog", u"&User name:", None))
        self.server_password_label.setText(QCoreApplication.translate("ConnectionDialog", u"&Password:", None))
        self.remember_password.setText(QCoreApplication.translate("ConnectionDialog", u"&Remember password in this computer's credential store", None))
        self.test_button.setText(QCoreApplication.translate("ConnectionDialog", u"&Test connection", None))
        self.restart_note.setText(QCoreApplication.translate("ConnectionDialog", u"A new connection is used from the next time Contatti starts. Data is not copied between databases.", None))
    # retranslateUi
