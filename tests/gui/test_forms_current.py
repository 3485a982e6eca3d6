"""The Designer forms: generated code up to date, labels, accelerators, tab order."""

from __future__ import annotations

import subprocess
import sys

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QMainWindow, QWidget
from pytestqt.qtbot import QtBot

from desktop.gui.forms.ui_contact_window import Ui_ContactWindow
from desktop.gui.forms.ui_main_window import Ui_MainWindow
from desktop.gui.forms.ui_my_activities import Ui_MyActivities


def test_generated_forms_match_the_ui_sources() -> None:
    result = subprocess.run(
        [sys.executable, "-m", "desktop.gui.build_forms", "--check"],
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stdout + result.stderr


FIELDS = {
    "main_window": ["contact_search", "stage_filter", "owner_filter"],
    "contact_window": [
        "code",
        "first_name",
        "last_name",
        "company",
        "email",
        "phone",
        "mobile",
        "address",
        "city",
        "country",
        "notes",
        "owner",
        "next_stage",
        "done_type",
        "done_date",
        "done_description",
        "pending_date",
        "pending_type",
        "pending_description",
        "pending_due_date",
        "pending_operator",
        "reminder_start",
        "reminder_end",
    ],
    "my_activities": ["status_filter"],
}


def test_every_field_has_a_label_with_an_accelerator(qtbot: QtBot) -> None:
    forms = {
        "main_window": (QMainWindow(), Ui_MainWindow()),
        "contact_window": (QWidget(), Ui_ContactWindow()),
        "my_activities": (QWidget(), Ui_MyActivities()),
    }
    for name, (widget, form) in forms.items():
        qtbot.addWidget(widget)
        form.setupUi(widget)
        assert widget.objectName() == name
        labels = {
            label.buddy().objectName(): label.text()
            for label in widget.findChildren(QLabel)
            if label.buddy() is not None
        }
        for field in FIELDS[name]:
            assert widget.findChild(QWidget, field) is not None, field
            assert "&" in labels.get(field, ""), f"{name}.{field} has no accelerator"


def test_tab_goes_through_the_contact_fields_in_reading_order(qtbot: QtBot) -> None:
    widget = QWidget()
    qtbot.addWidget(widget)
    Ui_ContactWindow().setupUi(widget)
    order = []
    current = widget.findChild(QWidget, "code")
    for _ in range(12):
        order.append(current.objectName())
        current = current.nextInFocusChain()
        while (
            current.focusPolicy() == Qt.FocusPolicy.NoFocus or not current.objectName()
        ):
            current = current.nextInFocusChain()
    assert order == [
        "code",
        "first_name",
        "last_name",
        "company",
        "email",
        "phone",
        "mobile",
        "address",
        "city",
        "country",
        "owner",
        "next_stage",
    ]
