# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'main_window.ui'
##
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import QCoreApplication, QMetaObject, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMenu,
    QMenuBar,
    QStatusBar,
    QTableView,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

class Ui_MainWindow(object):
    def setupUi(self, main_window):
        if not main_window.objectName():
            main_window.setObjectName(u"main_window")
        main_window.resize(1100, 700)
        self.action_new_contact = QAction(main_window)
        self.action_new_contact.setObjectName(u"action_new_contact")
        self.action_save = QAction(main_window)
        self.action_save.setObjectName(u"action_save")
        self.action_close = QAction(main_window)
        self.action_close.setObjectName(u"action_close")
        self.action_find = QAction(main_window)
        self.action_find.setObjectName(u"action_find")
        self.action_quit = QAction(main_window)
        self.action_quit.setObjectName(u"action_quit")
        self.action_preferences = QAction(main_window)
        self.action_preferences.setObjectName(u"action_preferences")
        self.action_administration = QAction(main_window)
        self.action_administration.setObjectName(u"action_administration")
        self.action_connection = QAction(main_window)
        self.action_connection.setObjectName(u"action_connection")
        self.action_my_activities = QAction(main_window)
        self.action_my_activities.setObjectName(u"action_my_activities")
        self.action_reminders = QAction(main_window)
        self.action_reminders.setObjectName(u"action_reminders")
        self.central_widget = QWidget(main_window)
        self.central_widget.setObjectName(u"central_widget")
        self.central_layout = QVBoxLayout(self.central_widget)
        self.central_layout.setObjectName(u"central_layout")
        self.filter_layout = QHBoxLayout()
        self.filter_layout.setObjectName(u"filter_layout")
        self.contact_search_label = QLabel(self.central_widget)
        self.contact_search_label.setObjectName(u"contact_search_label")

        self.filter_layout.addWidget(self.contact_search_label)

        self.contact_search = QLineEdit(self.central_widget)
        self.contact_search.setObjectName(u"contact_search")
        self.contact_search.setClearButtonEnabled(True)

        self.filter_layout.addWidget(self.contact_search)

        self.stage_filter_label = QLabel(self.central_widget)
        self.stage_filter_label.setObjectName(u"stage_filter_label")

        self.filter_layout.addWidget(self.stage_filter_label)

        self.stage_filter = QComboBox(self.central_widget)
        self.stage_filter.setObjectName(u"stage_filter")

        self.filter_layout.addWidget(self.stage_filter)

        self.owner_filter_label = QLabel(self.central_widget)
        self.owner_filter_label.setObjectName(u"owner_filter_label")

        self.filter_layout.addWidget(self.owner_filter_label)

        self.owner_filter = QComboBox(self.central_widget)
        self.owner_filter.setObjectName(u"owner_filter")

        self.filter_layout.addWidget(self.owner_filter)


        self.central_layout.addLayout(self.filter_layout)

        self.contact_list = QTableView(self.central_widget)
        self.contact_list.setObjectName(u"contact_list")
        self.contact_list.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.contact_list.setAlternatingRowColors(True)
        self.contact_list.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.contact_list.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.contact_list.setSortingEnabled(True)
        self.contact_list.setWordWrap(False)

        self.central_layout.addWidget(self.contact_list)

        main_window.setCentralWidget(self.central_widget)
        self.menu_bar = QMenuBar(main_window)
        self.menu_bar.setObjectName(u"menu_bar")
        self.menu_file = QMenu(self.menu_bar)
        self.menu_file.setObjectName(u"menu_file")
        self.menu_edit = QMenu(self.menu_bar)
        self.menu_edit.setObjectName(u"menu_edit")
        self.menu_activities = QMenu(self.menu_bar)
        self.menu_activities.setObjectName(u"menu_activities")
        self.menu_tools = QMenu(self.menu_bar)
        self.menu_tools.setObjectName(u"menu_tools")
        main_window.setMenuBar(self.menu_bar)
        self.main_toolbar = QToolBar(main_window)
        self.main_toolbar.setObjectName(u"main_toolbar")
        self.main_toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        main_window.addToolBar(Qt.ToolBarArea.TopToolBarArea, self.main_toolbar)
        self.status_bar = QStatusBar(main_window)
        self.status_bar.setObjectName(u"status_bar")
        main_window.setStatusBar(self.status_bar)
#if QT_CONFIG(shortcut)
        self.contact_search_label.setBuddy(self.contact_search)
        self.stage_filter_label.setBuddy(self.stage_filter)
        self.owner_filter_label.setBuddy(self.owner_filter)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.contact_search, self.stage_filter)
        QWidget.setTabOrder(self.stage_filter, self.owner_filter)
        QWidget.setTabOrder(self.owner_filter, self.contact_list)

        self.menu_bar.addAction(self.menu_file.menuAction())
        self.menu_bar.addAction(self.menu_edit.menuAction())
        self.menu_bar.addAction(self.menu_activities.menuAction())
        self.menu_bar.addAction(self.menu_tools.menuAction())
        self.menu_file.addAction(self.action_new_contact)
        self.menu_file.addAction(self.action_save)
        self.menu_file.addAction(self.action_close)
        self.menu_file.addSeparator()
        self.menu_file.addAction(self.action_connection)
        self.menu_file.addAction(self.action_preferences)
        self.menu_file.addSeparator()
        self.menu_file.addAction(self.action_quit)
        self.menu_edit.addAction(self.action_find)
        self.menu_activities.addAction(self.action_my_activities)
        self.menu_activities.addAction(self.action_reminders)
        self.menu_tools.addAction(self.action_administration)
        self.main_toolbar.addAction(self.action_new_contact)
        self.main_toolbar.addAction(self.action_my_activities)
        self.main_toolbar.addAction(self.action_reminders)

        self.retranslateUi(main_window)

        QMetaObject.connectSlotsByName(main_window)
    # setupUi

    def retranslateUi(self, main_window):
        main_window.setWindowTitle(QCoreApplication.translate("MainWindow", u"Contatti", None))
        self.action_new_contact.setText(QCoreApplication.translate("MainWindow", u"&New contact", None))
#if QT_CONFIG(tooltip)
        self.action_new_contact.setToolTip(QCoreApplication.translate("MainWindow", u"Add a new contact", None))
#endif // QT_CONFIG(tooltip)
        self.action_save.setText(QCoreApplication.translate("MainWindow", u"&Save open contacts", None))
#if QT_CONFIG(tooltip)
        self.action_save.setToolTip(QCoreApplication.translate("MainWindow", u"Save every open contact window that has changes", None))
#endif // QT_CONFIG(tooltip)
        self.action_close.setText(QCoreApplication.translate("MainWindow", u"&Close contact windows", None))
#if QT_CONFIG(tooltip)
        self.action_close.setToolTip(QCoreApplication.translate("MainWindow", u"Close every open contact window", None))
#endif // QT_CONFIG(tooltip)
        self.action_find.setText(QCoreApplication.translate("MainWindow", u"&Find contact", None))
#if QT_CONFIG(tooltip)
        self.action_find.setToolTip(QCoreApplication.translate("MainWindow", u"Go to the search box", None))
#endif // QT_CONFIG(tooltip)
        self.action_quit.setText(QCoreApplication.translate("MainWindow", u"&Quit", None))
        self.action_preferences.setText(QCoreApplication.translate("MainWindow", u"&Preferences\u2026", None))
        self.action_administration.setText(QCoreApplication.translate("MainWindow", u"&Administration\u2026", None))
#if QT_CONFIG(tooltip)
        self.action_administration.setToolTip(QCoreApplication.translate("MainWindow", u"Users, activity types and workflows", None))
#endif // QT_CONFIG(tooltip)
        self.action_connection.setText(QCoreApplication.translate("MainWindow", u"&Database connection\u2026", None))
#if QT_CONFIG(tooltip)
        self.action_connection.setToolTip(QCoreApplication.translate("MainWindow", u"Choose the database to use", None))
#endif // QT_CONFIG(tooltip)
        self.action_my_activities.setText(QCoreApplication.translate("MainWindow", u"&My activities", None))
#if QT_CONFIG(tooltip)
        self.action_my_activities.setToolTip(QCoreApplication.translate("MainWindow", u"Your tasks: overdue, today and upcoming", None))
#endif // QT_CONFIG(tooltip)
        self.action_reminders.setText(QCoreApplication.translate("MainWindow", u"&Reminders", None))
#if QT_CONFIG(tooltip)
        self.action_reminders.setToolTip(QCoreApplication.translate("MainWindow", u"Reminders that are due now", None))
#endif // QT_CONFIG(tooltip)
        self.contact_search_label.setText(QCoreApplication.translate("MainWindow", u"&Search:", None))
        self.contact_search.setPlaceholderText(QCoreApplication.translate("MainWindow", u"Name, company, e-mail or phone", None))
        self.stage_filter_label.setText(QCoreApplication.translate("MainWindow", u"S&tage:", None))
        self.owner_filter_label.setText(QCoreApplication.translate("MainWindow", u"O&wner:", None))
        self.menu_file.setTitle(QCoreApplication.translate("MainWindow", u"&File", None))
        self.menu_edit.setTitle(QCoreApplication.translate("MainWindow", u"&Edit", None))
        self.menu_activities.setTitle(QCoreApplication.translate("MainWindow", u"&Activities", None))
        self.menu_tools.setTitle(QCoreApplication.translate("MainWindow", u"&Tools", None))
        self.main_toolbar.setWindowTitle(QCoreApplication.translate("MainWindow", u"Main toolbar", None))
    # retranslateUi
