# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'preferences_dialog.ui'
##
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import QCoreApplication, QMetaObject
from PySide6.QtWidgets import (
    QComboBox,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QSizePolicy,
    QSpacerItem,
    QSpinBox,
    QVBoxLayout,
)

class Ui_PreferencesDialog(object):
    def setupUi(self, preferences_dialog):
        if not preferences_dialog.objectName():
            preferences_dialog.setObjectName(u"preferences_dialog")
        preferences_dialog.resize(460, 230)
        self.main_layout = QVBoxLayout(preferences_dialog)
        self.main_layout.setObjectName(u"main_layout")
        self.form_layout = QFormLayout()
        self.form_layout.setObjectName(u"form_layout")
        self.language_label = QLabel(preferences_dialog)
        self.language_label.setObjectName(u"language_label")

        self.form_layout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.language_label)

        self.language_combo = QComboBox(preferences_dialog)
        self.language_combo.setObjectName(u"language_combo")

        self.form_layout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.language_combo)

        self.restart_note = QLabel(preferences_dialog)
        self.restart_note.setObjectName(u"restart_note")
        self.restart_note.setWordWrap(True)
        self.restart_note.setStyleSheet(u"color: palette(placeholder-text);")

        self.form_layout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.restart_note)

        self.reminder_interval_label = QLabel(preferences_dialog)
        self.reminder_interval_label.setObjectName(u"reminder_interval_label")

        self.form_layout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.reminder_interval_label)

        self.reminder_interval = QSpinBox(preferences_dialog)
        self.reminder_interval.setObjectName(u"reminder_interval")
        self.reminder_interval.setMinimum(10)
        self.reminder_interval.setMaximum(3600)
        self.reminder_interval.setSingleStep(10)
        self.reminder_interval.setValue(30)

        self.form_layout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.reminder_interval)


        self.main_layout.addLayout(self.form_layout)

        self.vertical_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.main_layout.addItem(self.vertical_spacer)

        self.button_box = QDialogButtonBox(preferences_dialog)
        self.button_box.setObjectName(u"button_box")
        self.button_box.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok|QDialogButtonBox.StandardButton.RestoreDefaults)

        self.main_layout.addWidget(self.button_box)

#if QT_CONFIG(shortcut)
        self.language_label.setBuddy(self.language_combo)
        self.reminder_interval_label.setBuddy(self.reminder_interval)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(preferences_dialog)

        QMetaObject.connectSlotsByName(preferences_dialog)
    # setupUi

    def retranslateUi(self, preferences_dialog):
        preferences_dialog.setWindowTitle(QCoreApplication.translate("PreferencesDialog", u"Preferences", None))
        self.language_label.setText(QCoreApplication.translate("PreferencesDialog", u"&Language:", None))
        self.restart_note.setText(QCoreApplication.translate("PreferencesDialog", u"A new language is used from the next time Contatti starts.", None))
        self.reminder_interval_label.setText(QCoreApplication.translate("PreferencesDialog", u"&Check reminders every:", None))
        self.reminder_interval.setSuffix(QCoreApplication.translate("PreferencesDialog", u" seconds", None))
#if QT_CONFIG(tooltip)
        self.reminder_interval.setToolTip(QCoreApplication.translate("PreferencesDialog", u"How often open windows look for reminders that are due (10 seconds to 1 hour).", None))
#endif // QT_CONFIG(tooltip)
    # retranslateUi
