# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'contact_window.ui'
##
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import QCoreApplication, QMetaObject, QSize, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDateTimeEdit,
    QFormLayout,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QSpacerItem,
    QSplitter,
    QTabWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

class Ui_ContactWindow(object):
    def setupUi(self, contact_window):
        if not contact_window.objectName():
            contact_window.setObjectName(u"contact_window")
        contact_window.resize(980, 760)
        self.contact_layout = QVBoxLayout(contact_window)
        self.contact_layout.setObjectName(u"contact_layout")
        self.error_banner = QLabel(contact_window)
        self.error_banner.setObjectName(u"error_banner")
        self.error_banner.setWordWrap(True)
        self.error_banner.setVisible(False)

        self.contact_layout.addWidget(self.error_banner)

        self.header_layout = QHBoxLayout()
        self.header_layout.setObjectName(u"header_layout")
        self.header_form_left = QFormLayout()
        self.header_form_left.setObjectName(u"header_form_left")
        self.code_label = QLabel(contact_window)
        self.code_label.setObjectName(u"code_label")

        self.header_form_left.setWidget(0, QFormLayout.ItemRole.LabelRole, self.code_label)

        self.code = QLineEdit(contact_window)
        self.code.setObjectName(u"code")
        self.code.setMaxLength(32)

        self.header_form_left.setWidget(0, QFormLayout.ItemRole.FieldRole, self.code)

        self.first_name_label = QLabel(contact_window)
        self.first_name_label.setObjectName(u"first_name_label")

        self.header_form_left.setWidget(1, QFormLayout.ItemRole.LabelRole, self.first_name_label)

        self.first_name = QLineEdit(contact_window)
        self.first_name.setObjectName(u"first_name")
        self.first_name.setMaxLength(80)

        self.header_form_left.setWidget(1, QFormLayout.ItemRole.FieldRole, self.first_name)

        self.last_name_label = QLabel(contact_window)
        self.last_name_label.setObjectName(u"last_name_label")

        self.header_form_left.setWidget(2, QFormLayout.ItemRole.LabelRole, self.last_name_label)

        self.last_name = QLineEdit(contact_window)
        self.last_name.setObjectName(u"last_name")
        self.last_name.setMaxLength(80)

        self.header_form_left.setWidget(2, QFormLayout.ItemRole.FieldRole, self.last_name)

        self.company_label = QLabel(contact_window)
        self.company_label.setObjectName(u"company_label")

        self.header_form_left.setWidget(3, QFormLayout.ItemRole.LabelRole, self.company_label)

        self.company = QLineEdit(contact_window)
        self.company.setObjectName(u"company")
        self.company.setMaxLength(120)

        self.header_form_left.setWidget(3, QFormLayout.ItemRole.FieldRole, self.company)

        self.email_label = QLabel(contact_window)
        self.email_label.setObjectName(u"email_label")

        self.header_form_left.setWidget(4, QFormLayout.ItemRole.LabelRole, self.email_label)

        self.email = QLineEdit(contact_window)
        self.email.setObjectName(u"email")
        self.email.setMaxLength(254)

        self.header_form_left.setWidget(4, QFormLayout.ItemRole.FieldRole, self.email)


        self.header_layout.addLayout(self.header_form_left)

        self.header_form_middle = QFormLayout()
        self.header_form_middle.setObjectName(u"header_form_middle")
        self.phone_label = QLabel(contact_window)
        self.phone_label.setObjectName(u"phone_label")

        self.header_form_middle.setWidget(0, QFormLayout.ItemRole.LabelRole, self.phone_label)

        self.phone = QLineEdit(contact_window)
        self.phone.setObjectName(u"phone")
        self.phone.setMaxLength(40)

        self.header_form_middle.setWidget(0, QFormLayout.ItemRole.FieldRole, self.phone)

        self.mobile_label = QLabel(contact_window)
        self.mobile_label.setObjectName(u"mobile_label")

        self.header_form_middle.setWidget(1, QFormLayout.ItemRole.LabelRole, self.mobile_label)

        self.mobile = QLineEdit(contact_window)
        self.mobile.setObjectName(u"mobile")
        self.mobile.setMaxLength(40)

        self.header_form_middle.setWidget(1, QFormLayout.ItemRole.FieldRole, self.mobile)

        self.address_label = QLabel(contact_window)
        self.address_label.setObjectName(u"address_label")

        self.header_form_middle.setWidget(2, QFormLayout.ItemRole.LabelRole, self.address_label)

        self.address = QLineEdit(contact_window)
        self.address.setObjectName(u"address")
        self.address.setMaxLength(200)

        self.header_form_middle.setWidget(2, QFormLayout.ItemRole.FieldRole, self.address)

        self.city_label = QLabel(contact_window)
        self.city_label.setObjectName(u"city_label")

        self.header_form_middle.setWidget(3, QFormLayout.ItemRole.LabelRole, self.city_label)

        self.city = QLineEdit(contact_window)
        self.city.setObjectName(u"city")
        self.city.setMaxLength(80)

        self.header_form_middle.setWidget(3, QFormLayout.ItemRole.FieldRole, self.city)

        self.country_label = QLabel(contact_window)
        self.country_label.setObjectName(u"country_label")

        self.header_form_middle.setWidget(4, QFormLayout.ItemRole.LabelRole, self.country_label)

        self.country = QLineEdit(contact_window)
        self.country.setObjectName(u"country")
        self.country.setMaxLength(80)

        self.header_form_middle.setWidget(4, QFormLayout.ItemRole.FieldRole, self.country)


        self.header_layout.addLayout(self.header_form_middle)

        self.header_form_right = QFormLayout()
        self.header_form_right.setObjectName(u"header_form_right")
        self.owner_label = QLabel(contact_window)
        self.owner_label.setObjectName(u"owner_label")

        self.header_form_right.setWidget(0, QFormLayout.ItemRole.LabelRole, self.owner_label)

        self.owner = QComboBox(contact_window)
        self.owner.setObjectName(u"owner")

        self.header_form_right.setWidget(0, QFormLayout.ItemRole.FieldRole, self.owner)

        self.current_stage_label = QLabel(contact_window)
        self.current_stage_label.setObjectName(u"current_stage_label")

        self.header_form_right.setWidget(1, QFormLayout.ItemRole.LabelRole, self.current_stage_label)

        self.current_stage = QLabel(contact_window)
        self.current_stage.setObjectName(u"current_stage")
        self.current_stage.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.header_form_right.setWidget(1, QFormLayout.ItemRole.FieldRole, self.current_stage)

        self.next_stage_label = QLabel(contact_window)
        self.next_stage_label.setObjectName(u"next_stage_label")

        self.header_form_right.setWidget(2, QFormLayout.ItemRole.LabelRole, self.next_stage_label)

        self.next_stage = QComboBox(contact_window)
        self.next_stage.setObjectName(u"next_stage")

        self.header_form_right.setWidget(2, QFormLayout.ItemRole.FieldRole, self.next_stage)

        self.notes_label = QLabel(contact_window)
        self.notes_label.setObjectName(u"notes_label")

        self.header_form_right.setWidget(3, QFormLayout.ItemRole.LabelRole, self.notes_label)

        self.notes = QPlainTextEdit(contact_window)
        self.notes.setObjectName(u"notes")
        self.notes.setTabChangesFocus(True)
        self.notes.setMaximumSize(QSize(16777215, 88))
        self.notes.setMinimumSize(QSize(0, 44))

        self.header_form_right.setWidget(3, QFormLayout.ItemRole.FieldRole, self.notes)


        self.header_layout.addLayout(self.header_form_right)


        self.contact_layout.addLayout(self.header_layout)

        self.contact_tabs = QTabWidget(contact_window)
        self.contact_tabs.setObjectName(u"contact_tabs")
        self.activities_tab = QWidget()
        self.activities_tab.setObjectName(u"activities_tab")
        self.activities_layout = QVBoxLayout(self.activities_tab)
        self.activities_layout.setObjectName(u"activities_layout")
        self.entry_buttons_layout = QHBoxLayout()
        self.entry_buttons_layout.setObjectName(u"entry_buttons_layout")
        self.new_entry_button = QPushButton(self.activities_tab)
        self.new_entry_button.setObjectName(u"new_entry_button")

        self.entry_buttons_layout.addWidget(self.new_entry_button)

        self.delete_entry_button = QPushButton(self.activities_tab)
        self.delete_entry_button.setObjectName(u"delete_entry_button")

        self.entry_buttons_layout.addWidget(self.delete_entry_button)

        self.entry_buttons_spacer = QSpacerItem(20, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.entry_buttons_layout.addItem(self.entry_buttons_spacer)


        self.activities_layout.addLayout(self.entry_buttons_layout)

        self.activities_splitter = QSplitter(self.activities_tab)
        self.activities_splitter.setObjectName(u"activities_splitter")
        self.activities_splitter.setOrientation(Qt.Orientation.Vertical)
        self.activities_splitter.setChildrenCollapsible(False)
        self.activities_table = QTableView(self.activities_splitter)
        self.activities_table.setObjectName(u"activities_table")
        self.activities_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.activities_table.setAlternatingRowColors(True)
        self.activities_table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.activities_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.activities_table.setWordWrap(False)
        self.activities_splitter.addWidget(self.activities_table)
        self.entry_scroll = QScrollArea(self.activities_splitter)
        self.entry_scroll.setObjectName(u"entry_scroll")
        self.entry_scroll.setWidgetResizable(True)
        self.entry_scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.entry_editor = QWidget()
        self.entry_editor.setObjectName(u"entry_editor")
        self.entry_editor_layout = QHBoxLayout(self.entry_editor)
        self.entry_editor_layout.setObjectName(u"entry_editor_layout")
        self.entry_editor_layout.setContentsMargins(0, 0, 0, 0)
        self.done_box = QGroupBox(self.entry_editor)
        self.done_box.setObjectName(u"done_box")
        self.done_form = QFormLayout(self.done_box)
        self.done_form.setObjectName(u"done_form")
        self.done_type_label = QLabel(self.done_box)
        self.done_type_label.setObjectName(u"done_type_label")

        self.done_form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.done_type_label)

        self.done_type = QComboBox(self.done_box)
        self.done_type.setObjectName(u"done_type")

        self.done_form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.done_type)

        self.done_date_label = QLabel(self.done_box)
        self.done_date_label.setObjectName(u"done_date_label")

        self.done_form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.done_date_label)

        self.done_date = QDateTimeEdit(self.done_box)
        self.done_date.setObjectName(u"done_date")
        self.done_date.setCalendarPopup(True)

        self.done_form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.done_date)

        self.done_operator_label = QLabel(self.done_box)
        self.done_operator_label.setObjectName(u"done_operator_label")

        self.done_form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.done_operator_label)

        self.done_operator = QLineEdit(self.done_box)
        self.done_operator.setObjectName(u"done_operator")
        self.done_operator.setReadOnly(True)
        self.done_operator.setFocusPolicy(Qt.FocusPolicy.NoFocus)

        self.done_form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.done_operator)

        self.done_description_label = QLabel(self.done_box)
        self.done_description_label.setObjectName(u"done_description_label")

        self.done_form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.done_description_label)

        self.done_description = QPlainTextEdit(self.done_box)
        self.done_description.setObjectName(u"done_description")
        self.done_description.setTabChangesFocus(True)
        self.done_description.setMinimumSize(QSize(0, 44))

        self.done_form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.done_description)


        self.entry_editor_layout.addWidget(self.done_box)

        self.pending_box = QGroupBox(self.entry_editor)
        self.pending_box.setObjectName(u"pending_box")
        self.pending_form = QFormLayout(self.pending_box)
        self.pending_form.setObjectName(u"pending_form")
        self.pending_type_label = QLabel(self.pending_box)
        self.pending_type_label.setObjectName(u"pending_type_label")

        self.pending_form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.pending_type_label)

        self.pending_type = QComboBox(self.pending_box)
        self.pending_type.setObjectName(u"pending_type")

        self.pending_form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.pending_type)

        self.pending_date_label = QLabel(self.pending_box)
        self.pending_date_label.setObjectName(u"pending_date_label")

        self.pending_form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.pending_date_label)

        self.pending_date = QDateTimeEdit(self.pending_box)
        self.pending_date.setObjectName(u"pending_date")
        self.pending_date.setCalendarPopup(True)

        self.pending_form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.pending_date)

        self.pending_description_label = QLabel(self.pending_box)
        self.pending_description_label.setObjectName(u"pending_description_label")

        self.pending_form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.pending_description_label)

        self.pending_description = QPlainTextEdit(self.pending_box)
        self.pending_description.setObjectName(u"pending_description")
        self.pending_description.setTabChangesFocus(True)
        self.pending_description.setMinimumSize(QSize(0, 44))

        self.pending_form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.pending_description)

        self.pending_due_date_label = QLabel(self.pending_box)
        self.pending_due_date_label.setObjectName(u"pending_due_date_label")

        self.pending_form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.pending_due_date_label)

        self.pending_due_date = QDateTimeEdit(self.pending_box)
        self.pending_due_date.setObjectName(u"pending_due_date")
        self.pending_due_date.setCalendarPopup(True)

        self.pending_form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.pending_due_date)

        self.pending_operator_label = QLabel(self.pending_box)
        self.pending_operator_label.setObjectName(u"pending_operator_label")

        self.pending_form.setWidget(4, QFormLayout.ItemRole.LabelRole, self.pending_operator_label)

        self.pending_operator = QComboBox(self.pending_box)
        self.pending_operator.setObjectName(u"pending_operator")

        self.pending_form.setWidget(4, QFormLayout.ItemRole.FieldRole, self.pending_operator)

        self.reminder_start_label = QLabel(self.pending_box)
        self.reminder_start_label.setObjectName(u"reminder_start_label")

        self.pending_form.setWidget(5, QFormLayout.ItemRole.LabelRole, self.reminder_start_label)

        self.reminder_start = QDateTimeEdit(self.pending_box)
        self.reminder_start.setObjectName(u"reminder_start")
        self.reminder_start.setCalendarPopup(True)

        self.pending_form.setWidget(5, QFormLayout.ItemRole.FieldRole, self.reminder_start)

        self.reminder_end_label = QLabel(self.pending_box)
        self.reminder_end_label.setObjectName(u"reminder_end_label")

        self.pending_form.setWidget(6, QFormLayout.ItemRole.LabelRole, self.reminder_end_label)

        self.reminder_end = QDateTimeEdit(self.pending_box)
        self.reminder_end.setObjectName(u"reminder_end")
        self.reminder_end.setCalendarPopup(True)

        self.pending_form.setWidget(6, QFormLayout.ItemRole.FieldRole, self.reminder_end)

        self.create_task = QCheckBox(self.pending_box)
        self.create_task.setObjectName(u"create_task")

        self.pending_form.setWidget(7, QFormLayout.ItemRole.SpanningRole, self.create_task)


        self.entry_editor_layout.addWidget(self.pending_box)

        self.entry_scroll.setWidget(self.entry_editor)
        self.activities_splitter.addWidget(self.entry_scroll)

        self.activities_layout.addWidget(self.activities_splitter)

        self.contact_tabs.addTab(self.activities_tab, "")
        self.log_tab = QWidget()
        self.log_tab.setObjectName(u"log_tab")
        self.log_layout = QVBoxLayout(self.log_tab)
        self.log_layout.setObjectName(u"log_layout")
        self.log_table = QTableView(self.log_tab)
        self.log_table.setObjectName(u"log_table")
        self.log_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.log_table.setAlternatingRowColors(True)
        self.log_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)

        self.log_layout.addWidget(self.log_table)

        self.contact_tabs.addTab(self.log_tab, "")

        self.contact_layout.addWidget(self.contact_tabs)

        self.buttons_layout = QHBoxLayout()
        self.buttons_layout.setObjectName(u"buttons_layout")
        self.saved_state = QLabel(contact_window)
        self.saved_state.setObjectName(u"saved_state")

        self.buttons_layout.addWidget(self.saved_state)

        self.buttons_spacer = QSpacerItem(20, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttons_layout.addItem(self.buttons_spacer)

        self.save_button = QPushButton(contact_window)
        self.save_button.setObjectName(u"save_button")

        self.buttons_layout.addWidget(self.save_button)

        self.close_button = QPushButton(contact_window)
        self.close_button.setObjectName(u"close_button")

        self.buttons_layout.addWidget(self.close_button)


        self.contact_layout.addLayout(self.buttons_layout)

#if QT_CONFIG(shortcut)
        self.code_label.setBuddy(self.code)
        self.first_name_label.setBuddy(self.first_name)
        self.last_name_label.setBuddy(self.last_name)
        self.company_label.setBuddy(self.company)
        self.email_label.setBuddy(self.email)
        self.phone_label.setBuddy(self.phone)
        self.mobile_label.setBuddy(self.mobile)
        self.address_label.setBuddy(self.address)
        self.city_label.setBuddy(self.city)
        self.country_label.setBuddy(self.country)
        self.owner_label.setBuddy(self.owner)
        self.next_stage_label.setBuddy(self.next_stage)
        self.notes_label.setBuddy(self.notes)
        self.done_type_label.setBuddy(self.done_type)
        self.done_date_label.setBuddy(self.done_date)
        self.done_operator_label.setBuddy(self.done_operator)
        self.done_description_label.setBuddy(self.done_description)
        self.pending_type_label.setBuddy(self.pending_type)
        self.pending_date_label.setBuddy(self.pending_date)
        self.pending_description_label.setBuddy(self.pending_description)
        self.pending_due_date_label.setBuddy(self.pending_due_date)
        self.pending_operator_label.setBuddy(self.pending_operator)
        self.reminder_start_label.setBuddy(self.reminder_start)
        self.reminder_end_label.setBuddy(self.reminder_end)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.code, self.first_name)
        QWidget.setTabOrder(self.first_name, self.last_name)
        QWidget.setTabOrder(self.last_name, self.company)
        QWidget.setTabOrder(self.company, self.email)
        QWidget.setTabOrder(self.email, self.phone)
        QWidget.setTabOrder(self.phone, self.mobile)
        QWidget.setTabOrder(self.mobile, self.address)
        QWidget.setTabOrder(self.address, self.city)
        QWidget.setTabOrder(self.city, self.country)
        QWidget.setTabOrder(self.country, self.owner)
        QWidget.setTabOrder(self.owner, self.next_stage)
        QWidget.setTabOrder(self.next_stage, self.notes)
        QWidget.setTabOrder(self.notes, self.contact_tabs)
        QWidget.setTabOrder(self.contact_tabs, self.new_entry_button)
        QWidget.setTabOrder(self.new_entry_button, self.delete_entry_button)
        QWidget.setTabOrder(self.delete_entry_button, self.activities_table)
        QWidget.setTabOrder(self.activities_table, self.done_type)
        QWidget.setTabOrder(self.done_type, self.done_date)
        QWidget.setTabOrder(self.done_date, self.done_description)
        QWidget.setTabOrder(self.done_description, self.pending_type)
        QWidget.setTabOrder(self.pending_type, self.pending_date)
        QWidget.setTabOrder(self.pending_date, self.pending_description)
        QWidget.setTabOrder(self.pending_description, self.pending_due_date)
        QWidget.setTabOrder(self.pending_due_date, self.pending_operator)
        QWidget.setTabOrder(self.pending_operator, self.reminder_start)
        QWidget.setTabOrder(self.reminder_start, self.reminder_end)
        QWidget.setTabOrder(self.reminder_end, self.create_task)
        QWidget.setTabOrder(self.create_task, self.log_table)
        QWidget.setTabOrder(self.log_table, self.save_button)
        QWidget.setTabOrder(self.save_button, self.close_button)

        self.retranslateUi(contact_window)

        self.contact_tabs.setCurrentIndex(0)
        self.save_button.setDefault(True)


        QMetaObject.connectSlotsByName(contact_window)
    # setupUi

    def retranslateUi(self, contact_window):
        contact_window.setWindowTitle(QCoreApplication.translate("ContactWindow", u"Contact", None))
        self.error_banner.setText("")
        self.code_label.setText(QCoreApplication.translate("ContactWindow", u"Co&de:", None))
        self.code.setPlaceholderText(QCoreApplication.translate("ContactWindow", u"next free code", None))
        self.first_name_label.setText(QCoreApplication.translate("ContactWindow", u"&First name:", None))
        self.last_name_label.setText(QCoreApplication.translate("ContactWindow", u"&Last name:", None))
        self.company_label.setText(QCoreApplication.translate("ContactWindow", u"Co&mpany:", None))
        self.email_label.setText(QCoreApplication.translate("ContactWindow", u"&E-mail:", None))
        self.email.setPlaceholderText(QCoreApplication.translate("ContactWindow", u"name@example.com", None))
        self.phone_label.setText(QCoreApplication.translate("ContactWindow", u"&Phone:", None))
        self.mobile_label.setText(QCoreApplication.translate("ContactWindow", u"Mo&bile:", None))
        self.address_label.setText(QCoreApplication.translate("ContactWindow", u"Add&ress:", None))
        self.city_label.setText(QCoreApplication.translate("ContactWindow", u"Cit&y:", None))
        self.country_label.setText(QCoreApplication.translate("ContactWindow", u"Cou&ntry:", None))
        self.owner_label.setText(QCoreApplication.translate("ContactWindow", u"O&wner:", None))
        self.current_stage_label.setText(QCoreApplication.translate("ContactWindow", u"Stage:", None))
        self.current_stage.setText("")
        self.next_stage_label.setText(QCoreApplication.translate("ContactWindow", u"Move &to stage:", None))
        self.notes_label.setText(QCoreApplication.translate("ContactWindow", u"N&otes:", None))
        self.new_entry_button.setText(QCoreApplication.translate("ContactWindow", u"New acti&vity", None))
        self.delete_entry_button.setText(QCoreApplication.translate("ContactWindow", u"Delete act&ivity", None))
        self.done_box.setTitle(QCoreApplication.translate("ContactWindow", u"Activity done", None))
        self.done_type_label.setText(QCoreApplication.translate("ContactWindow", u"T&ype:", None))
        self.done_date_label.setText(QCoreApplication.translate("ContactWindow", u"D&ate:", None))
        self.done_operator_label.setText(QCoreApplication.translate("ContactWindow", u"Operator:", None))
        self.done_description_label.setText(QCoreApplication.translate("ContactWindow", u"Descr&iption:", None))
        self.pending_box.setTitle(QCoreApplication.translate("ContactWindow", u"Pending activity", None))
        self.pending_type_label.setText(QCoreApplication.translate("ContactWindow", u"Ty&pe:", None))
        self.pending_date_label.setText(QCoreApplication.translate("ContactWindow", u"Da&te:", None))
        self.pending_description_label.setText(QCoreApplication.translate("ContactWindow", u"Desc&ription:", None))
        self.pending_due_date_label.setText(QCoreApplication.translate("ContactWindow", u"D&ue:", None))
        self.pending_operator_label.setText(QCoreApplication.translate("ContactWindow", u"Opera&tor:", None))
        self.reminder_start_label.setText(QCoreApplication.translate("ContactWindow", u"Remind &from:", None))
        self.reminder_end_label.setText(QCoreApplication.translate("ContactWindow", u"Remind &until:", None))
        self.create_task.setText(QCoreApplication.translate("ContactWindow", u"Create a tas&k in the operator's My activities", None))
        self.contact_tabs.setTabText(self.contact_tabs.indexOf(self.activities_tab), QCoreApplication.translate("ContactWindow", u"&Activities", None))
        self.contact_tabs.setTabText(self.contact_tabs.indexOf(self.log_tab), QCoreApplication.translate("ContactWindow", u"Lo&g", None))
        self.saved_state.setText("")
        self.save_button.setText(QCoreApplication.translate("ContactWindow", u"&Save", None))
        self.close_button.setText(QCoreApplication.translate("ContactWindow", u"&Close", None))
    # retranslateUi
