# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'conflicts_window.ui'
##
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import QCoreApplication, QMetaObject, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QSpacerItem,
    QTableWidget,
    QVBoxLayout,
)

class Ui_ConflictsWindow(object):
    def setupUi(self, conflicts_window):
        if not conflicts_window.objectName():
            conflicts_window.setObjectName(u"conflicts_window")
        conflicts_window.resize(900, 380)
        self.main_layout = QVBoxLayout(conflicts_window)
        self.main_layout.setObjectName(u"main_layout")
        self.intro_label = QLabel(conflicts_window)
        self.intro_label.setObjectName(u"intro_label")
        self.intro_label.setWordWrap(True)

        self.main_layout.addWidget(self.intro_label)

        self.status_label = QLabel(conflicts_window)
        self.status_label.setObjectName(u"status_label")
        self.status_label.setWordWrap(True)
        self.status_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.main_layout.addWidget(self.status_label)

        self.conflict_table = QTableWidget(conflicts_window)
        self.conflict_table.setObjectName(u"conflict_table")
        self.conflict_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.conflict_table.setAlternatingRowColors(True)
        self.conflict_table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.conflict_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.conflict_table.setWordWrap(False)
        self.conflict_table.horizontalHeader().setStretchLastSection(True)
        self.conflict_table.verticalHeader().setVisible(False)

        self.main_layout.addWidget(self.conflict_table)

        self.button_layout = QHBoxLayout()
        self.button_layout.setObjectName(u"button_layout")
        self.keep_mine_button = QPushButton(conflicts_window)
        self.keep_mine_button.setObjectName(u"keep_mine_button")
        self.keep_mine_button.setEnabled(False)

        self.button_layout.addWidget(self.keep_mine_button)

        self.keep_theirs_button = QPushButton(conflicts_window)
        self.keep_theirs_button.setObjectName(u"keep_theirs_button")
        self.keep_theirs_button.setEnabled(False)

        self.button_layout.addWidget(self.keep_theirs_button)

        self.button_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.button_layout.addItem(self.button_spacer)

        self.refresh_button = QPushButton(conflicts_window)
        self.refresh_button.setObjectName(u"refresh_button")

        self.button_layout.addWidget(self.refresh_button)

        self.close_button = QPushButton(conflicts_window)
        self.close_button.setObjectName(u"close_button")

        self.button_layout.addWidget(self.close_button)


        self.main_layout.addLayout(self.button_layout)


        self.retranslateUi(conflicts_window)

        QMetaObject.connectSlotsByName(conflicts_window)
    # setupUi

    def retranslateUi(self, conflicts_window):
        conflicts_window.setWindowTitle(QCoreApplication.translate("ConflictsWindow", u"Conflicts", None))
        self.intro_label.setText(QCoreApplication.translate("ConflictsWindow", u"Two people changed the same thing differently while one of them was offline. The record keeps the later change; choose which value to keep.", None))
#if QT_CONFIG(tooltip)
        self.conflict_table.setToolTip(QCoreApplication.translate("ConflictsWindow", u"Open conflicts, newest first. Select one, then keep your value or theirs.", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(tooltip)
        self.keep_mine_button.setToolTip(QCoreApplication.translate("ConflictsWindow", u"Keep the value in the \"Mine\" column for the selected conflict.", None))
#endif // QT_CONFIG(tooltip)
        self.keep_mine_button.setText(QCoreApplication.translate("ConflictsWindow", u"Keep &mine", None))
#if QT_CONFIG(tooltip)
        self.keep_theirs_button.setToolTip(QCoreApplication.translate("ConflictsWindow", u"Keep the value in the \"Theirs\" column for the selected conflict.", None))
#endif // QT_CONFIG(tooltip)
        self.keep_theirs_button.setText(QCoreApplication.translate("ConflictsWindow", u"Keep &theirs", None))
        self.refresh_button.setText(QCoreApplication.translate("ConflictsWindow", u"&Refresh", None))
        self.close_button.setText(QCoreApplication.translate("ConflictsWindow", u"&Close", None))
    # retranslateUi
