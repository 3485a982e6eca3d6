# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'admin_window.ui'
##
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import QCoreApplication, QMetaObject, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialogButtonBox,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QPushButton,
    QSizePolicy,
    QSpacerItem,
    QSpinBox,
    QSplitter,
    QTabWidget,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

class Ui_AdminWindow(object):
    def setupUi(self, admin_window):
        if not admin_window.objectName():
            admin_window.setObjectName(u"admin_window")
        admin_window.resize(1080, 720)
        self.main_layout = QVBoxLayout(admin_window)
        self.main_layout.setObjectName(u"main_layout")
        self.denied_label = QLabel(admin_window)
        self.denied_label.setObjectName(u"denied_label")
        self.denied_label.setWordWrap(True)
        self.denied_label.setVisible(False)

        self.main_layout.addWidget(self.denied_label)

        self.admin_tabs = QTabWidget(admin_window)
        self.admin_tabs.setObjectName(u"admin_tabs")
        self.users_tab = QWidget()
        self.users_tab.setObjectName(u"users_tab")
        self.users_layout = QVBoxLayout(self.users_tab)
        self.users_layout.setObjectName(u"users_layout")
        self.users_splitter = QSplitter(self.users_tab)
        self.users_splitter.setObjectName(u"users_splitter")
        self.users_splitter.setOrientation(Qt.Orientation.Horizontal)
        self.users_splitter.setChildrenCollapsible(False)
        self.user_list_box = QWidget(self.users_splitter)
        self.user_list_box.setObjectName(u"user_list_box")
        self.user_list_layout = QVBoxLayout(self.user_list_box)
        self.user_list_layout.setObjectName(u"user_list_layout")
        self.user_list_layout.setContentsMargins(0, 0, 0, 0)
        self.user_table = QTableWidget(self.user_list_box)
        if (self.user_table.columnCount() < 5):
            self.user_table.setColumnCount(5)
        __qtablewidgetitem = QTableWidgetItem()
        self.user_table.setHorizontalHeaderItem(0, __qtablewidgetitem)
        __qtablewidgetitem1 = QTableWidgetItem()
        self.user_table.setHorizontalHeaderItem(1, __qtablewidgetitem1)
        __qtablewidgetitem2 = QTableWidgetItem()
        self.user_table.setHorizontalHeaderItem(2, __qtablewidgetitem2)
        __qtablewidgetitem3 = QTableWidgetItem()
        self.user_table.setHorizontalHeaderItem(3, __qtablewidgetitem3)
        __qtablewidgetitem4 = QTableWidgetItem()
        self.user_table.setHorizontalHeaderItem(4, __qtablewidgetitem4)
        self.user_table.setObjectName(u"user_table")
        self.user_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.user_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.user_table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.user_table.setAlternatingRowColors(True)
        self.user_table.horizontalHeader().setStretchLastSection(True)
        self.user_table.verticalHeader().setVisible(False)

        self.user_list_layout.addWidget(self.user_table)

        self.user_list_buttons = QHBoxLayout()
        self.user_list_buttons.setObjectName(u"user_list_buttons")
        self.new_user_button = QPushButton(self.user_list_box)
        self.new_user_button.setObjectName(u"new_user_button")

        self.user_list_buttons.addWidget(self.new_user_button)

        self.user_list_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.user_list_buttons.addItem(self.user_list_spacer)


        self.user_list_layout.addLayout(self.user_list_buttons)

        self.users_splitter.addWidget(self.user_list_box)
        self.user_editor = QGroupBox(self.users_splitter)
        self.user_editor.setObjectName(u"user_editor")
        self.user_editor_layout = QVBoxLayout(self.user_editor)
        self.user_editor_layout.setObjectName(u"user_editor_layout")
        self.user_form = QGridLayout()
        self.user_form.setObjectName(u"user_form")
        self.username_label = QLabel(self.user_editor)
        self.username_label.setObjectName(u"username_label")

        self.user_form.addWidget(self.username_label, 0, 0, 1, 1)

        self.username = QLineEdit(self.user_editor)
        self.username.setObjectName(u"username")
        self.username.setMaxLength(64)

        self.user_form.addWidget(self.username, 0, 1, 1, 1)

        self.username_error = QLabel(self.user_editor)
        self.username_error.setObjectName(u"username_error")
        self.username_error.setStyleSheet(u"color: #b00020;")
        self.username_error.setWordWrap(True)
        self.username_error.setVisible(False)

        self.user_form.addWidget(self.username_error, 1, 1, 1, 1)

        self.full_name_label = QLabel(self.user_editor)
        self.full_name_label.setObjectName(u"full_name_label")

        self.user_form.addWidget(self.full_name_label, 2, 0, 1, 1)

        self.full_name = QLineEdit(self.user_editor)
        self.full_name.setObjectName(u"full_name")
        self.full_name.setMaxLength(120)

        self.user_form.addWidget(self.full_name, 2, 1, 1, 1)

        self.full_name_error = QLabel(self.user_editor)
        self.full_name_error.setObjectName(u"full_name_error")
        self.full_name_error.setStyleSheet(u"color: #b00020;")
        self.full_name_error.setWordWrap(True)
        self.full_name_error.setVisible(False)

        self.user_form.addWidget(self.full_name_error, 3, 1, 1, 1)

        self.email_label = QLabel(self.user_editor)
        self.email_label.setObjectName(u"email_label")

        self.user_form.addWidget(self.email_label, 4, 0, 1, 1)

        self.email = QLineEdit(self.user_editor)
        self.email.setObjectName(u"email")
        self.email.setMaxLength(254)

        self.user_form.addWidget(self.email, 4, 1, 1, 1)

        self.email_error = QLabel(self.user_editor)
        self.email_error.setObjectName(u"email_error")
        self.email_error.setStyleSheet(u"color: #b00020;")
        self.email_error.setWordWrap(True)
        self.email_error.setVisible(False)

        self.user_form.addWidget(self.email_error, 5, 1, 1, 1)

        self.role_label = QLabel(self.user_editor)
        self.role_label.setObjectName(u"role_label")

        self.user_form.addWidget(self.role_label, 6, 0, 1, 1)

        self.role = QComboBox(self.user_editor)
        self.role.setObjectName(u"role")

        self.user_form.addWidget(self.role, 6, 1, 1, 1)

        self.role_error = QLabel(self.user_editor)
        self.role_error.setObjectName(u"role_error")
        self.role_error.setStyleSheet(u"color: #b00020;")
        self.role_error.setWordWrap(True)
        self.role_error.setVisible(False)

        self.user_form.addWidget(self.role_error, 7, 1, 1, 1)

        self.user_active = QCheckBox(self.user_editor)
        self.user_active.setObjectName(u"user_active")

        self.user_form.addWidget(self.user_active, 8, 1, 1, 1)

        self.user_password_label = QLabel(self.user_editor)
        self.user_password_label.setObjectName(u"user_password_label")

        self.user_form.addWidget(self.user_password_label, 9, 0, 1, 1)

        self.user_password = QLineEdit(self.user_editor)
        self.user_password.setObjectName(u"user_password")
        self.user_password.setEchoMode(QLineEdit.EchoMode.Password)

        self.user_form.addWidget(self.user_password, 9, 1, 1, 1)

        self.user_password_error = QLabel(self.user_editor)
        self.user_password_error.setObjectName(u"user_password_error")
        self.user_password_error.setStyleSheet(u"color: #b00020;")
        self.user_password_error.setWordWrap(True)
        self.user_password_error.setVisible(False)

        self.user_form.addWidget(self.user_password_error, 10, 1, 1, 1)


        self.user_editor_layout.addLayout(self.user_form)

        self.user_problems = QLabel(self.user_editor)
        self.user_problems.setObjectName(u"user_problems")
        self.user_problems.setStyleSheet(u"color: #b00020;")
        self.user_problems.setWordWrap(True)
        self.user_problems.setVisible(False)

        self.user_editor_layout.addWidget(self.user_problems)

        self.user_editor_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.user_editor_layout.addItem(self.user_editor_spacer)

        self.user_editor_buttons = QHBoxLayout()
        self.user_editor_buttons.setObjectName(u"user_editor_buttons")
        self.user_editor_buttons_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.user_editor_buttons.addItem(self.user_editor_buttons_spacer)

        self.save_user_button = QPushButton(self.user_editor)
        self.save_user_button.setObjectName(u"save_user_button")

        self.user_editor_buttons.addWidget(self.save_user_button)


        self.user_editor_layout.addLayout(self.user_editor_buttons)

        self.users_splitter.addWidget(self.user_editor)

        self.users_layout.addWidget(self.users_splitter)

        self.admin_tabs.addTab(self.users_tab, "")
        self.activity_types_tab = QWidget()
        self.activity_types_tab.setObjectName(u"activity_types_tab")
        self.activity_types_layout = QVBoxLayout(self.activity_types_tab)
        self.activity_types_layout.setObjectName(u"activity_types_layout")
        self.activity_types_splitter = QSplitter(self.activity_types_tab)
        self.activity_types_splitter.setObjectName(u"activity_types_splitter")
        self.activity_types_splitter.setOrientation(Qt.Orientation.Horizontal)
        self.activity_types_splitter.setChildrenCollapsible(False)
        self.activity_type_list_box = QWidget(self.activity_types_splitter)
        self.activity_type_list_box.setObjectName(u"activity_type_list_box")
        self.activity_type_list_layout = QVBoxLayout(self.activity_type_list_box)
        self.activity_type_list_layout.setObjectName(u"activity_type_list_layout")
        self.activity_type_list_layout.setContentsMargins(0, 0, 0, 0)
        self.activity_type_table = QTableWidget(self.activity_type_list_box)
        if (self.activity_type_table.columnCount() < 6):
            self.activity_type_table.setColumnCount(6)
        __qtablewidgetitem5 = QTableWidgetItem()
        self.activity_type_table.setHorizontalHeaderItem(0, __qtablewidgetitem5)
        __qtablewidgetitem6 = QTableWidgetItem()
        self.activity_type_table.setHorizontalHeaderItem(1, __qtablewidgetitem6)
        __qtablewidgetitem7 = QTableWidgetItem()
        self.activity_type_table.setHorizontalHeaderItem(2, __qtablewidgetitem7)
        __qtablewidgetitem8 = QTableWidgetItem()
        self.activity_type_table.setHorizontalHeaderItem(3, __qtablewidgetitem8)
        __qtablewidgetitem9 = QTableWidgetItem()
        self.activity_type_table.setHorizontalHeaderItem(4, __qtablewidgetitem9)
        __qtablewidgetitem10 = QTableWidgetItem()
        self.activity_type_table.setHorizontalHeaderItem(5, __qtablewidgetitem10)
        self.activity_type_table.setObjectName(u"activity_type_table")
        self.activity_type_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.activity_type_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.activity_type_table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.activity_type_table.setAlternatingRowColors(True)
        self.activity_type_table.horizontalHeader().setStretchLastSection(True)
        self.activity_type_table.verticalHeader().setVisible(False)

        self.activity_type_list_layout.addWidget(self.activity_type_table)

        self.activity_type_list_buttons = QHBoxLayout()
        self.activity_type_list_buttons.setObjectName(u"activity_type_list_buttons")
        self.new_activity_type_button = QPushButton(self.activity_type_list_box)
        self.new_activity_type_button.setObjectName(u"new_activity_type_button")

        self.activity_type_list_buttons.addWidget(self.new_activity_type_button)

        self.activity_type_list_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.activity_type_list_buttons.addItem(self.activity_type_list_spacer)


        self.activity_type_list_layout.addLayout(self.activity_type_list_buttons)

        self.activity_types_splitter.addWidget(self.activity_type_list_box)
        self.activity_type_editor = QGroupBox(self.activity_types_splitter)
        self.activity_type_editor.setObjectName(u"activity_type_editor")
        self.activity_type_editor_layout = QVBoxLayout(self.activity_type_editor)
        self.activity_type_editor_layout.setObjectName(u"activity_type_editor_layout")
        self.activity_type_form = QGridLayout()
        self.activity_type_form.setObjectName(u"activity_type_form")
        self.code_label = QLabel(self.activity_type_editor)
        self.code_label.setObjectName(u"code_label")

        self.activity_type_form.addWidget(self.code_label, 0, 0, 1, 1)

        self.code = QLineEdit(self.activity_type_editor)
        self.code.setObjectName(u"code")
        self.code.setMaxLength(32)

        self.activity_type_form.addWidget(self.code, 0, 1, 1, 1)

        self.code_error = QLabel(self.activity_type_editor)
        self.code_error.setObjectName(u"code_error")
        self.code_error.setStyleSheet(u"color: #b00020;")
        self.code_error.setWordWrap(True)
        self.code_error.setVisible(False)

        self.activity_type_form.addWidget(self.code_error, 1, 1, 1, 1)

        self.description_label = QLabel(self.activity_type_editor)
        self.description_label.setObjectName(u"description_label")

        self.activity_type_form.addWidget(self.description_label, 2, 0, 1, 1)

        self.description = QLineEdit(self.activity_type_editor)
        self.description.setObjectName(u"description")
        self.description.setMaxLength(120)

        self.activity_type_form.addWidget(self.description, 2, 1, 1, 1)

        self.description_error = QLabel(self.activity_type_editor)
        self.description_error.setObjectName(u"description_error")
        self.description_error.setStyleSheet(u"color: #b00020;")
        self.description_error.setWordWrap(True)
        self.description_error.setVisible(False)

        self.activity_type_form.addWidget(self.description_error, 3, 1, 1, 1)

        self.type_active = QCheckBox(self.activity_type_editor)
        self.type_active.setObjectName(u"type_active")

        self.activity_type_form.addWidget(self.type_active, 4, 1, 1, 1)

        self.sort_order_label = QLabel(self.activity_type_editor)
        self.sort_order_label.setObjectName(u"sort_order_label")

        self.activity_type_form.addWidget(self.sort_order_label, 5, 0, 1, 1)

        self.sort_order = QSpinBox(self.activity_type_editor)
        self.sort_order.setObjectName(u"sort_order")
        self.sort_order.setMinimum(0)
        self.sort_order.setMaximum(100000)

        self.activity_type_form.addWidget(self.sort_order, 5, 1, 1, 1)

        self.default_delay_days_label = QLabel(self.activity_type_editor)
        self.default_delay_days_label.setObjectName(u"default_delay_days_label")

        self.activity_type_form.addWidget(self.default_delay_days_label, 6, 0, 1, 1)

        self.default_delay_days = QSpinBox(self.activity_type_editor)
        self.default_delay_days.setObjectName(u"default_delay_days")
        self.default_delay_days.setMinimum(0)
        self.default_delay_days.setMaximum(3650)

        self.activity_type_form.addWidget(self.default_delay_days, 6, 1, 1, 1)

        self.default_delay_days_error = QLabel(self.activity_type_editor)
        self.default_delay_days_error.setObjectName(u"default_delay_days_error")
        self.default_delay_days_error.setStyleSheet(u"color: #b00020;")
        self.default_delay_days_error.setWordWrap(True)
        self.default_delay_days_error.setVisible(False)

        self.activity_type_form.addWidget(self.default_delay_days_error, 7, 1, 1, 1)

        self.default_reminder_lead_label = QLabel(self.activity_type_editor)
        self.default_reminder_lead_label.setObjectName(u"default_reminder_lead_label")

        self.activity_type_form.addWidget(self.default_reminder_lead_label, 8, 0, 1, 1)

        self.default_reminder_lead = QSpinBox(self.activity_type_editor)
        self.default_reminder_lead.setObjectName(u"default_reminder_lead")
        self.default_reminder_lead.setMinimum(0)
        self.default_reminder_lead.setMaximum(525600)

        self.activity_type_form.addWidget(self.default_reminder_lead, 8, 1, 1, 1)

        self.default_reminder_lead_error = QLabel(self.activity_type_editor)
        self.default_reminder_lead_error.setObjectName(u"default_reminder_lead_error")
        self.default_reminder_lead_error.setStyleSheet(u"color: #b00020;")
        self.default_reminder_lead_error.setWordWrap(True)
        self.default_reminder_lead_error.setVisible(False)

        self.activity_type_form.addWidget(self.default_reminder_lead_error, 9, 1, 1, 1)


        self.activity_type_editor_layout.addLayout(self.activity_type_form)

        self.activity_type_problems = QLabel(self.activity_type_editor)
        self.activity_type_problems.setObjectName(u"activity_type_problems")
        self.activity_type_problems.setStyleSheet(u"color: #b00020;")
        self.activity_type_problems.setWordWrap(True)
        self.activity_type_problems.setVisible(False)

        self.activity_type_editor_layout.addWidget(self.activity_type_problems)

        self.activity_type_editor_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.activity_type_editor_layout.addItem(self.activity_type_editor_spacer)

        self.activity_type_editor_buttons = QHBoxLayout()
        self.activity_type_editor_buttons.setObjectName(u"activity_type_editor_buttons")
        self.activity_type_editor_buttons_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.activity_type_editor_buttons.addItem(self.activity_type_editor_buttons_spacer)

        self.save_activity_type_button = QPushButton(self.activity_type_editor)
        self.save_activity_type_button.setObjectName(u"save_activity_type_button")

        self.activity_type_editor_buttons.addWidget(self.save_activity_type_button)


        self.activity_type_editor_layout.addLayout(self.activity_type_editor_buttons)

        self.activity_types_splitter.addWidget(self.activity_type_editor)

        self.activity_types_layout.addWidget(self.activity_types_splitter)

        self.admin_tabs.addTab(self.activity_types_tab, "")
        self.workflows_tab = QWidget()
        self.workflows_tab.setObjectName(u"workflows_tab")
        self.workflows_layout = QVBoxLayout(self.workflows_tab)
        self.workflows_layout.setObjectName(u"workflows_layout")
        self.workflows_splitter = QSplitter(self.workflows_tab)
        self.workflows_splitter.setObjectName(u"workflows_splitter")
        self.workflows_splitter.setOrientation(Qt.Orientation.Horizontal)
        self.workflows_splitter.setChildrenCollapsible(False)
        self.workflow_list_box = QWidget(self.workflows_splitter)
        self.workflow_list_box.setObjectName(u"workflow_list_box")
        self.workflow_list_layout = QVBoxLayout(self.workflow_list_box)
        self.workflow_list_layout.setObjectName(u"workflow_list_layout")
        self.workflow_list_layout.setContentsMargins(0, 0, 0, 0)
        self.workflow_table = QTableWidget(self.workflow_list_box)
        if (self.workflow_table.columnCount() < 3):
            self.workflow_table.setColumnCount(3)
        __qtablewidgetitem11 = QTableWidgetItem()
        self.workflow_table.setHorizontalHeaderItem(0, __qtablewidgetitem11)
        __qtablewidgetitem12 = QTableWidgetItem()
        self.workflow_table.setHorizontalHeaderItem(1, __qtablewidgetitem12)
        __qtablewidgetitem13 = QTableWidgetItem()
        self.workflow_table.setHorizontalHeaderItem(2, __qtablewidgetitem13)
        self.workflow_table.setObjectName(u"workflow_table")
        self.workflow_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.workflow_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.workflow_table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.workflow_table.setAlternatingRowColors(True)
        self.workflow_table.horizontalHeader().setStretchLastSection(True)
        self.workflow_table.verticalHeader().setVisible(False)

        self.workflow_list_layout.addWidget(self.workflow_table)

        self.workflow_list_buttons = QHBoxLayout()
        self.workflow_list_buttons.setObjectName(u"workflow_list_buttons")
        self.new_workflow_button = QPushButton(self.workflow_list_box)
        self.new_workflow_button.setObjectName(u"new_workflow_button")

        self.workflow_list_buttons.addWidget(self.new_workflow_button)

        self.workflow_list_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.workflow_list_buttons.addItem(self.workflow_list_spacer)


        self.workflow_list_layout.addLayout(self.workflow_list_buttons)

        self.workflows_splitter.addWidget(self.workflow_list_box)
        self.workflow_editor = QGroupBox(self.workflows_splitter)
        self.workflow_editor.setObjectName(u"workflow_editor")
        self.workflow_editor_layout = QVBoxLayout(self.workflow_editor)
        self.workflow_editor_layout.setObjectName(u"workflow_editor_layout")
        self.workflow_form = QGridLayout()
        self.workflow_form.setObjectName(u"workflow_form")
        self.workflow_name_label = QLabel(self.workflow_editor)
        self.workflow_name_label.setObjectName(u"workflow_name_label")

        self.workflow_form.addWidget(self.workflow_name_label, 0, 0, 1, 1)

        self.workflow_name = QLineEdit(self.workflow_editor)
        self.workflow_name.setObjectName(u"workflow_name")
        self.workflow_name.setMaxLength(120)

        self.workflow_form.addWidget(self.workflow_name, 0, 1, 1, 1)

        self.workflow_name_error = QLabel(self.workflow_editor)
        self.workflow_name_error.setObjectName(u"workflow_name_error")
        self.workflow_name_error.setStyleSheet(u"color: #b00020;")
        self.workflow_name_error.setWordWrap(True)
        self.workflow_name_error.setVisible(False)

        self.workflow_form.addWidget(self.workflow_name_error, 1, 1, 1, 1)

        self.workflow_active = QCheckBox(self.workflow_editor)
        self.workflow_active.setObjectName(u"workflow_active")

        self.workflow_form.addWidget(self.workflow_active, 2, 1, 1, 1)

        self.show_log = QCheckBox(self.workflow_editor)
        self.show_log.setObjectName(u"show_log")

        self.workflow_form.addWidget(self.show_log, 3, 1, 1, 1)


        self.workflow_editor_layout.addLayout(self.workflow_form)

        self.stages_group = QGroupBox(self.workflow_editor)
        self.stages_group.setObjectName(u"stages_group")
        self.stages_layout = QVBoxLayout(self.stages_group)
        self.stages_layout.setObjectName(u"stages_layout")
        self.stage_table = QTableWidget(self.stages_group)
        if (self.stage_table.columnCount() < 4):
            self.stage_table.setColumnCount(4)
        __qtablewidgetitem14 = QTableWidgetItem()
        self.stage_table.setHorizontalHeaderItem(0, __qtablewidgetitem14)
        __qtablewidgetitem15 = QTableWidgetItem()
        self.stage_table.setHorizontalHeaderItem(1, __qtablewidgetitem15)
        __qtablewidgetitem16 = QTableWidgetItem()
        self.stage_table.setHorizontalHeaderItem(2, __qtablewidgetitem16)
        __qtablewidgetitem17 = QTableWidgetItem()
        self.stage_table.setHorizontalHeaderItem(3, __qtablewidgetitem17)
        self.stage_table.setObjectName(u"stage_table")
        self.stage_table.setEditTriggers(QAbstractItemView.EditTrigger.DoubleClicked|QAbstractItemView.EditTrigger.EditKeyPressed|QAbstractItemView.EditTrigger.AnyKeyPressed)
        self.stage_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.stage_table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.stage_table.setAlternatingRowColors(True)
        self.stage_table.horizontalHeader().setStretchLastSection(True)
        self.stage_table.verticalHeader().setVisible(False)

        self.stages_layout.addWidget(self.stage_table)

        self.stage_buttons = QHBoxLayout()
        self.stage_buttons.setObjectName(u"stage_buttons")
        self.add_stage_button = QPushButton(self.stages_group)
        self.add_stage_button.setObjectName(u"add_stage_button")

        self.stage_buttons.addWidget(self.add_stage_button)

        self.remove_stage_button = QPushButton(self.stages_group)
        self.remove_stage_button.setObjectName(u"remove_stage_button")

        self.stage_buttons.addWidget(self.remove_stage_button)

        self.stage_up_button = QPushButton(self.stages_group)
        self.stage_up_button.setObjectName(u"stage_up_button")

        self.stage_buttons.addWidget(self.stage_up_button)

        self.stage_down_button = QPushButton(self.stages_group)
        self.stage_down_button.setObjectName(u"stage_down_button")

        self.stage_buttons.addWidget(self.stage_down_button)

        self.stage_buttons_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.stage_buttons.addItem(self.stage_buttons_spacer)


        self.stages_layout.addLayout(self.stage_buttons)

        self.stage_table_error = QLabel(self.stages_group)
        self.stage_table_error.setObjectName(u"stage_table_error")
        self.stage_table_error.setStyleSheet(u"color: #b00020;")
        self.stage_table_error.setWordWrap(True)
        self.stage_table_error.setVisible(False)

        self.stages_layout.addWidget(self.stage_table_error)


        self.workflow_editor_layout.addWidget(self.stages_group)

        self.workflow_rules_layout = QHBoxLayout()
        self.workflow_rules_layout.setObjectName(u"workflow_rules_layout")
        self.transitions_group = QGroupBox(self.workflow_editor)
        self.transitions_group.setObjectName(u"transitions_group")
        self.transitions_layout = QVBoxLayout(self.transitions_group)
        self.transitions_layout.setObjectName(u"transitions_layout")
        self.transition_table = QTableWidget(self.transitions_group)
        self.transition_table.setObjectName(u"transition_table")
        self.transition_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.transition_table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)

        self.transitions_layout.addWidget(self.transition_table)

        self.transition_table_error = QLabel(self.transitions_group)
        self.transition_table_error.setObjectName(u"transition_table_error")
        self.transition_table_error.setStyleSheet(u"color: #b00020;")
        self.transition_table_error.setWordWrap(True)
        self.transition_table_error.setVisible(False)

        self.transitions_layout.addWidget(self.transition_table_error)


        self.workflow_rules_layout.addWidget(self.transitions_group)

        self.stage_types_group = QGroupBox(self.workflow_editor)
        self.stage_types_group.setObjectName(u"stage_types_group")
        self.stage_types_layout = QVBoxLayout(self.stage_types_group)
        self.stage_types_layout.setObjectName(u"stage_types_layout")
        self.stage_types_label = QLabel(self.stage_types_group)
        self.stage_types_label.setObjectName(u"stage_types_label")

        self.stage_types_layout.addWidget(self.stage_types_label)

        self.stage_types_list = QListWidget(self.stage_types_group)
        self.stage_types_list.setObjectName(u"stage_types_list")

        self.stage_types_layout.addWidget(self.stage_types_list)


        self.workflow_rules_layout.addWidget(self.stage_types_group)


        self.workflow_editor_layout.addLayout(self.workflow_rules_layout)

        self.workflow_problems = QLabel(self.workflow_editor)
        self.workflow_problems.setObjectName(u"workflow_problems")
        self.workflow_problems.setStyleSheet(u"color: #b00020;")
        self.workflow_problems.setWordWrap(True)
        self.workflow_problems.setVisible(False)

        self.workflow_editor_layout.addWidget(self.workflow_problems)

        self.workflow_editor_buttons = QHBoxLayout()
        self.workflow_editor_buttons.setObjectName(u"workflow_editor_buttons")
        self.workflow_editor_buttons_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.workflow_editor_buttons.addItem(self.workflow_editor_buttons_spacer)

        self.save_workflow_button = QPushButton(self.workflow_editor)
        self.save_workflow_button.setObjectName(u"save_workflow_button")

        self.workflow_editor_buttons.addWidget(self.save_workflow_button)


        self.workflow_editor_layout.addLayout(self.workflow_editor_buttons)

        self.workflows_splitter.addWidget(self.workflow_editor)

        self.workflows_layout.addWidget(self.workflows_splitter)

        self.admin_tabs.addTab(self.workflows_tab, "")

        self.main_layout.addWidget(self.admin_tabs)

        self.button_box = QDialogButtonBox(admin_window)
        self.button_box.setObjectName(u"button_box")
        self.button_box.setStandardButtons(QDialogButtonBox.StandardButton.Close)

        self.main_layout.addWidget(self.button_box)

#if QT_CONFIG(shortcut)
        self.username_label.setBuddy(self.username)
        self.full_name_label.setBuddy(self.full_name)
        self.email_label.setBuddy(self.email)
        self.role_label.setBuddy(self.role)
        self.user_password_label.setBuddy(self.user_password)
        self.code_label.setBuddy(self.code)
        self.description_label.setBuddy(self.description)
        self.sort_order_label.setBuddy(self.sort_order)
        self.default_delay_days_label.setBuddy(self.default_delay_days)
        self.default_reminder_lead_label.setBuddy(self.default_reminder_lead)
        self.workflow_name_label.setBuddy(self.workflow_name)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(admin_window)

        self.admin_tabs.setCurrentIndex(0)


        QMetaObject.connectSlotsByName(admin_window)
    # setupUi

    def retranslateUi(self, admin_window):
        admin_window.setWindowTitle(QCoreApplication.translate("AdminWindow", u"Administration", None))
        self.denied_label.setText("")
        ___qtablewidgetitem = self.user_table.horizontalHeaderItem(0)
        ___qtablewidgetitem.setText(QCoreApplication.translate("AdminWindow", u"User name", None))
        ___qtablewidgetitem1 = self.user_table.horizontalHeaderItem(1)
        ___qtablewidgetitem1.setText(QCoreApplication.translate("AdminWindow", u"Full name", None))
        ___qtablewidgetitem2 = self.user_table.horizontalHeaderItem(2)
        ___qtablewidgetitem2.setText(QCoreApplication.translate("AdminWindow", u"E-mail", None))
        ___qtablewidgetitem3 = self.user_table.horizontalHeaderItem(3)
        ___qtablewidgetitem3.setText(QCoreApplication.translate("AdminWindow", u"Role", None))
        ___qtablewidgetitem4 = self.user_table.horizontalHeaderItem(4)
        ___qtablewidgetitem4.setText(QCoreApplication.translate("AdminWindow", u"Active", None))
        self.new_user_button.setText(QCoreApplication.translate("AdminWindow", u"&New user", None))
        self.user_editor.setTitle(QCoreApplication.translate("AdminWindow", u"User", None))
        self.username_label.setText(QCoreApplication.translate("AdminWindow", u"User &name:", None))
        self.full_name_label.setText(QCoreApplication.translate("AdminWindow", u"&Full name:", None))
        self.email_label.setText(QCoreApplication.translate("AdminWindow", u"&E-mail:", None))
        self.role_label.setText(QCoreApplication.translate("AdminWindow", u"&Role:", None))
        self.user_active.setText(QCoreApplication.translate("AdminWindow", u"&Active (can sign in)", None))
        self.user_password_label.setText(QCoreApplication.translate("AdminWindow", u"&Password:", None))
        self.user_password.setPlaceholderText(QCoreApplication.translate("AdminWindow", u"leave empty to keep the current password", None))
        self.save_user_button.setText(QCoreApplication.translate("AdminWindow", u"&Save user", None))
        self.admin_tabs.setTabText(self.admin_tabs.indexOf(self.users_tab), QCoreApplication.translate("AdminWindow", u"&Users", None))
        ___qtablewidgetitem5 = self.activity_type_table.horizontalHeaderItem(0)
        ___qtablewidgetitem5.setText(QCoreApplication.translate("AdminWindow", u"Code", None))
        ___qtablewidgetitem6 = self.activity_type_table.horizontalHeaderItem(1)
        ___qtablewidgetitem6.setText(QCoreApplication.translate("AdminWindow", u"Description", None))
        ___qtablewidgetitem7 = self.activity_type_table.horizontalHeaderItem(2)
        ___qtablewidgetitem7.setText(QCoreApplication.translate("AdminWindow", u"Active", None))
        ___qtablewidgetitem8 = self.activity_type_table.horizontalHeaderItem(3)
        ___qtablewidgetitem8.setText(QCoreApplication.translate("AdminWindow", u"Order", None))
        ___qtablewidgetitem9 = self.activity_type_table.horizontalHeaderItem(4)
        ___qtablewidgetitem9.setText(QCoreApplication.translate("AdminWindow", u"Delay (days)", None))
        ___qtablewidgetitem10 = self.activity_type_table.horizontalHeaderItem(5)
        ___qtablewidgetitem10.setText(QCoreApplication.translate("AdminWindow", u"Reminder lead (min)", None))
        self.new_activity_type_button.setText(QCoreApplication.translate("AdminWindow", u"&New activity type", None))
        self.activity_type_editor.setTitle(QCoreApplication.translate("AdminWindow", u"Activity type", None))
        self.code_label.setText(QCoreApplication.translate("AdminWindow", u"&Code:", None))
        self.description_label.setText(QCoreApplication.translate("AdminWindow", u"&Description:", None))
        self.type_active.setText(QCoreApplication.translate("AdminWindow", u"&Active (can be chosen for new activities)", None))
        self.sort_order_label.setText(QCoreApplication.translate("AdminWindow", u"&Order in lists:", None))
        self.default_delay_days_label.setText(QCoreApplication.translate("AdminWindow", u"Default &delay:", None))
        self.default_delay_days.setSuffix(QCoreApplication.translate("AdminWindow", u" days", None))
#if QT_CONFIG(tooltip)
        self.default_delay_days.setToolTip(QCoreApplication.translate("AdminWindow", u"Days from the activity date to the due date proposed for a pending activity of this type.", None))
#endif // QT_CONFIG(tooltip)
        self.default_reminder_lead_label.setText(QCoreApplication.translate("AdminWindow", u"Default &reminder lead:", None))
        self.default_reminder_lead.setSuffix(QCoreApplication.translate("AdminWindow", u" minutes", None))
#if QT_CONFIG(tooltip)
        self.default_reminder_lead.setToolTip(QCoreApplication.translate("AdminWindow", u"How long before the due date the reminder starts.", None))
#endif // QT_CONFIG(tooltip)
        self.save_activity_type_button.setText(QCoreApplication.translate("AdminWindow", u"&Save activity type", None))
        self.admin_tabs.setTabText(self.admin_tabs.indexOf(self.activity_types_tab), QCoreApplication.translate("AdminWindow", u"&Activity types", None))
        ___qtablewidgetitem11 = self.workflow_table.horizontalHeaderItem(0)
        ___qtablewidgetitem11.setText(QCoreApplication.translate("AdminWindow", u"Name", None))
        ___qtablewidgetitem12 = self.workflow_table.horizontalHeaderItem(1)
        ___qtablewidgetitem12.setText(QCoreApplication.translate("AdminWindow", u"Active", None))
        ___qtablewidgetitem13 = self.workflow_table.horizontalHeaderItem(2)
        ___qtablewidgetitem13.setText(QCoreApplication.translate("AdminWindow", u"Log", None))
        self.new_workflow_button.setText(QCoreApplication.translate("AdminWindow", u"&New workflow", None))
        self.workflow_editor.setTitle(QCoreApplication.translate("AdminWindow", u"Workflow", None))
        self.workflow_name_label.setText(QCoreApplication.translate("AdminWindow", u"Na&me:", None))
        self.workflow_active.setText(QCoreApplication.translate("AdminWindow", u"A&ctive: contacts follow this workflow (only one can be active)", None))
        self.show_log.setText(QCoreApplication.translate("AdminWindow", u"Show the &Log tab on contacts", None))
        self.stages_group.setTitle(QCoreApplication.translate("AdminWindow", u"Stages", None))
        ___qtablewidgetitem14 = self.stage_table.horizontalHeaderItem(0)
        ___qtablewidgetitem14.setText(QCoreApplication.translate("AdminWindow", u"Code", None))
        ___qtablewidgetitem15 = self.stage_table.horizontalHeaderItem(1)
        ___qtablewidgetitem15.setText(QCoreApplication.translate("AdminWindow", u"Name", None))
        ___qtablewidgetitem16 = self.stage_table.horizontalHeaderItem(2)
        ___qtablewidgetitem16.setText(QCoreApplication.translate("AdminWindow", u"Initial", None))
        ___qtablewidgetitem17 = self.stage_table.horizontalHeaderItem(3)
        ___qtablewidgetitem17.setText(QCoreApplication.translate("AdminWindow", u"Outcome", None))
        self.add_stage_button.setText(QCoreApplication.translate("AdminWindow", u"Add s&tage", None))
        self.remove_stage_button.setText(QCoreApplication.translate("AdminWindow", u"Re&move stage", None))
        self.stage_up_button.setText(QCoreApplication.translate("AdminWindow", u"Move &up", None))
        self.stage_down_button.setText(QCoreApplication.translate("AdminWindow", u"Move do&wn", None))
        self.transitions_group.setTitle(QCoreApplication.translate("AdminWindow", u"Allowed transitions (from row to column)", None))
#if QT_CONFIG(tooltip)
        self.transition_table.setToolTip(QCoreApplication.translate("AdminWindow", u"Tick a cell to allow moving a contact from the row's stage to the column's stage.", None))
#endif // QT_CONFIG(tooltip)
        self.stage_types_group.setTitle(QCoreApplication.translate("AdminWindow", u"Activity types allowed in the stage", None))
        self.stage_types_label.setText(QCoreApplication.translate("AdminWindow", u"Select a stage above.", None))
        self.save_workflow_button.setText(QCoreApplication.translate("AdminWindow", u"&Save workflow", None))
        self.admin_tabs.setTabText(self.admin_tabs.indexOf(self.workflows_tab), QCoreApplication.translate("AdminWindow", u"&Workflows", None))
    # retranslateUi
