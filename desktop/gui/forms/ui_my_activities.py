# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'my_activities.ui'
##
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import QCoreApplication, QMetaObject
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QSpacerItem,
    QTableView,
    QVBoxLayout,
    QWidget,
)

class Ui_MyActivities(object):
    def setupUi(self, my_activities):
        if not my_activities.objectName():
            my_activities.setObjectName(u"my_activities")
        my_activities.resize(900, 480)
        self.my_activities_layout = QVBoxLayout(my_activities)
        self.my_activities_layout.setObjectName(u"my_activities_layout")
        self.toolbar_layout = QHBoxLayout()
        self.toolbar_layout.setObjectName(u"toolbar_layout")
        self.status_filter_label = QLabel(my_activities)
        self.status_filter_label.setObjectName(u"status_filter_label")

        self.toolbar_layout.addWidget(self.status_filter_label)

        self.status_filter = QComboBox(my_activities)
        self.status_filter.setObjectName(u"status_filter")

        self.toolbar_layout.addWidget(self.status_filter)

        self.task_summary = QLabel(my_activities)
        self.task_summary.setObjectName(u"task_summary")

        self.toolbar_layout.addWidget(self.task_summary)

        self.toolbar_spacer = QSpacerItem(20, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.toolbar_layout.addItem(self.toolbar_spacer)

        self.open_contact_button = QPushButton(my_activities)
        self.open_contact_button.setObjectName(u"open_contact_button")

        self.toolbar_layout.addWidget(self.open_contact_button)

        self.mark_done_button = QPushButton(my_activities)
        self.mark_done_button.setObjectName(u"mark_done_button")

        self.toolbar_layout.addWidget(self.mark_done_button)


        self.my_activities_layout.addLayout(self.toolbar_layout)

        self.task_table = QTableView(my_activities)
        self.task_table.setObjectName(u"task_table")
        self.task_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.task_table.setAlternatingRowColors(False)
        self.task_table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.task_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.task_table.setWordWrap(False)

        self.my_activities_layout.addWidget(self.task_table)

#if QT_CONFIG(shortcut)
        self.status_filter_label.setBuddy(self.status_filter)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.status_filter, self.task_table)
        QWidget.setTabOrder(self.task_table, self.open_contact_button)
        QWidget.setTabOrder(self.open_contact_button, self.mark_done_button)

        self.retranslateUi(my_activities)

        QMetaObject.connectSlotsByName(my_activities)
    # setupUi

    def retranslateUi(self, my_activities):
        my_activities.setWindowTitle(QCoreApplication.translate("MyActivities", u"My activities", None))
        self.status_filter_label.setText(QCoreApplication.translate("MyActivities", u"&Show:", None))
        self.task_summary.setText("")
        self.open_contact_button.setText(QCoreApplication.translate("MyActivities", u"&Open contact", None))
        self.mark_done_button.setText(QCoreApplication.translate("MyActivities", u"Mark &done", None))
    # retranslateUi
