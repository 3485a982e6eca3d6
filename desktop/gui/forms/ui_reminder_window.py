# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'reminder_window.ui'
##
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import QCoreApplication, QMetaObject, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QSpacerItem,
    QTreeWidget,
    QVBoxLayout,
    QWidget,
)

class Ui_ReminderWindow(object):
    def setupUi(self, reminder_window):
        if not reminder_window.objectName():
            reminder_window.setObjectName(u"reminder_window")
        reminder_window.resize(760, 360)
        self.snooze_5_minutes_action = QAction(reminder_window)
        self.snooze_5_minutes_action.setObjectName(u"snooze_5_minutes_action")
        self.snooze_1_hour_action = QAction(reminder_window)
        self.snooze_1_hour_action.setObjectName(u"snooze_1_hour_action")
        self.snooze_tomorrow_action = QAction(reminder_window)
        self.snooze_tomorrow_action.setObjectName(u"snooze_tomorrow_action")
        self.main_layout = QVBoxLayout(reminder_window)
        self.main_layout.setObjectName(u"main_layout")
        self.summary_label = QLabel(reminder_window)
        self.summary_label.setObjectName(u"summary_label")
        self.summary_label.setWordWrap(True)

        self.main_layout.addWidget(self.summary_label)

        self.status_label = QLabel(reminder_window)
        self.status_label.setObjectName(u"status_label")
        self.status_label.setWordWrap(True)
        self.status_label.setStyleSheet(u"color: #b00020;")
        self.status_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.main_layout.addWidget(self.status_label)

        self.reminder_list = QTreeWidget(reminder_window)
        self.reminder_list.setObjectName(u"reminder_list")
        self.reminder_list.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.reminder_list.setAlternatingRowColors(True)
        self.reminder_list.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.reminder_list.setRootIsDecorated(False)
        self.reminder_list.setUniformRowHeights(True)
        self.reminder_list.setAllColumnsShowFocus(True)

        self.main_layout.addWidget(self.reminder_list)

        self.button_layout = QHBoxLayout()
        self.button_layout.setObjectName(u"button_layout")
        self.open_button = QPushButton(reminder_window)
        self.open_button.setObjectName(u"open_button")

        self.button_layout.addWidget(self.open_button)

        self.done_button = QPushButton(reminder_window)
        self.done_button.setObjectName(u"done_button")

        self.button_layout.addWidget(self.done_button)

        self.snooze_button = QPushButton(reminder_window)
        self.snooze_button.setObjectName(u"snooze_button")

        self.button_layout.addWidget(self.snooze_button)

        self.dismiss_button = QPushButton(reminder_window)
        self.dismiss_button.setObjectName(u"dismiss_button")

        self.button_layout.addWidget(self.dismiss_button)

        self.button_spacer = QSpacerItem(20, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.button_layout.addItem(self.button_spacer)

        self.close_button = QPushButton(reminder_window)
        self.close_button.setObjectName(u"close_button")

        self.button_layout.addWidget(self.close_button)


        self.main_layout.addLayout(self.button_layout)

        QWidget.setTabOrder(self.reminder_list, self.open_button)
        QWidget.setTabOrder(self.open_button, self.done_button)
        QWidget.setTabOrder(self.done_button, self.snooze_button)
        QWidget.setTabOrder(self.snooze_button, self.dismiss_button)
        QWidget.setTabOrder(self.dismiss_button, self.close_button)

        self.retranslateUi(reminder_window)

        QMetaObject.connectSlotsByName(reminder_window)
    # setupUi

    def retranslateUi(self, reminder_window):
        reminder_window.setWindowTitle(QCoreApplication.translate("ReminderWindow", u"Reminders", None))
        self.snooze_5_minutes_action.setText(QCoreApplication.translate("ReminderWindow", u"For &5 minutes", None))
        self.snooze_1_hour_action.setText(QCoreApplication.translate("ReminderWindow", u"For 1 &hour", None))
        self.snooze_tomorrow_action.setText(QCoreApplication.translate("ReminderWindow", u"Until &tomorrow morning (9:00)", None))
        self.summary_label.setText(QCoreApplication.translate("ReminderWindow", u"No reminders due.", None))
        ___qtreewidgetitem = self.reminder_list.headerItem()
        ___qtreewidgetitem.setText(4, QCoreApplication.translate("ReminderWindow", u"When", None))
        ___qtreewidgetitem.setText(3, QCoreApplication.translate("ReminderWindow", u"Due", None))
        ___qtreewidgetitem.setText(2, QCoreApplication.translate("ReminderWindow", u"Description", None))
        ___qtreewidgetitem.setText(1, QCoreApplication.translate("ReminderWindow", u"Type", None))
        ___qtreewidgetitem.setText(0, QCoreApplication.translate("ReminderWindow", u"Contact", None))
#if QT_CONFIG(tooltip)
        self.reminder_list.setToolTip(QCoreApplication.translate("ReminderWindow", u"Reminders due now. Double-click one to open its contact.", None))
#endif // QT_CONFIG(tooltip)
        self.open_button.setText(QCoreApplication.translate("ReminderWindow", u"&Open contact", None))
#if QT_CONFIG(tooltip)
        self.open_button.setToolTip(QCoreApplication.translate("ReminderWindow", u"Open the contact of the selected reminder.", None))
#endif // QT_CONFIG(tooltip)
        self.done_button.setText(QCoreApplication.translate("ReminderWindow", u"Mark &done", None))
#if QT_CONFIG(tooltip)
        self.done_button.setToolTip(QCoreApplication.translate("ReminderWindow", u"Mark the selected tasks done; each is recorded as an activity done on its contact.", None))
#endif // QT_CONFIG(tooltip)
        self.snooze_button.setText(QCoreApplication.translate("ReminderWindow", u"&Snooze", None))
#if QT_CONFIG(tooltip)
        self.snooze_button.setToolTip(QCoreApplication.translate("ReminderWindow", u"Hide the selected reminders for a while; they come back by themselves.", None))
#endif // QT_CONFIG(tooltip)
        self.dismiss_button.setText(QCoreApplication.translate("ReminderWindow", u"D&ismiss", None))
#if QT_CONFIG(tooltip)
        self.dismiss_button.setToolTip(QCoreApplication.translate("ReminderWindow", u"Stop reminding; the task stays open in My activities.", None))
#endif // QT_CONFIG(tooltip)
        self.close_button.setText(QCoreApplication.translate("ReminderWindow", u"&Close", None))
    # retranslateUi
