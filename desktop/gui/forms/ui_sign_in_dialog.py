# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'sign_in_dialog.ui'
##
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import QCoreApplication, QMetaObject
from PySide6.QtWidgets import (
    QCheckBox,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QSizePolicy,
    QSpacerItem,
    QVBoxLayout,
    QWidget,
)

class Ui_SignInDialog(object):
    def setupUi(self, sign_in_dialog):
        if not sign_in_dialog.objectName():
            sign_in_dialog.setObjectName(u"sign_in_dialog")
        sign_in_dialog.resize(420, 220)
        self.main_layout = QVBoxLayout(sign_in_dialog)
        self.main_layout.setObjectName(u"main_layout")
        self.database_label = QLabel(sign_in_dialog)
        self.database_label.setObjectName(u"database_label")
        self.database_label.setWordWrap(True)

        self.main_layout.addWidget(self.database_label)

        self.form_layout = QFormLayout()
        self.form_layout.setObjectName(u"form_layout")
        self.username_label = QLabel(sign_in_dialog)
        self.username_label.setObjectName(u"username_label")

        self.form_layout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.username_label)

        self.username = QLineEdit(sign_in_dialog)
        self.username.setObjectName(u"username")
        self.username.setMaxLength(64)

        self.form_layout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.username)

        self.password_label = QLabel(sign_in_dialog)
        self.password_label.setObjectName(u"password_label")

        self.form_layout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.password_label)

        self.password = QLineEdit(sign_in_dialog)
        self.password.setObjectName(u"password")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)

        self.form_layout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.password)

        self.remember_password = QCheckBox(sign_in_dialog)
        self.remember_password.setObjectName(u"remember_password")

        self.form_layout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.remember_password)


        self.main_layout.addLayout(self.form_layout)

        self.error_label = QLabel(sign_in_dialog)
        self.error_label.setObjectName(u"error_label")
        self.error_label.setStyleSheet(u"color: #b00020;")
        self.error_label.setWordWrap(True)

        self.main_layout.addWidget(self.error_label)

        self.vertical_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.main_layout.addItem(self.vertical_spacer)

        self.button_box = QDialogButtonBox(sign_in_dialog)
        self.button_box.setObjectName(u"button_box")
        self.button_box.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.main_layout.addWidget(self.button_box)

#if QT_CONFIG(shortcut)
        self.username_label.setBuddy(self.username)
        self.password_label.setBuddy(self.password)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.username, self.password)
        QWidget.setTabOrder(self.password, self.remember_password)

        self.retranslateUi(sign_in_dialog)

        QMetaObject.connectSlotsByName(sign_in_dialog)
    # setupUi

    def retranslateUi(self, sign_in_dialog):
        sign_in_dialog.setWindowTitle(QCoreApplication.translate("SignInDialog", u"Sign in to Contatti", None))
        self.database_label.setText(QCoreApplication.translate("SignInDialog", u"Database:", None))
        self.username_label.setText(QCoreApplication.translate("SignInDialog", u"&User name:", None))
        self.password_label.setText(QCoreApplication.translate("SignInDialog", u"&Password:", None))
        self.remember_password.setText(QCoreApplication.translate("SignInDialog", u"&Remember password", None))
#if QT_CONFIG(tooltip)
        self.remember_password.setToolTip(QCoreApplication.translate("SignInDialog", u"Keep the password in this computer's credential store, so that Contatti signs in by itself next time.", None))
#endif // QT_CONFIG(tooltip)
    # retranslateUi
