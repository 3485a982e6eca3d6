"""The Italian and Spanish translations: complete, compiled, and used at run time."""

from __future__ import annotations

import re
import shutil
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication, QDialogButtonBox
from pytestqt.qtbot import QtBot

from desktop.gui import translation_files
from desktop.gui.i18n import (
    LANGUAGE_NAMES,
    TRANSLATED,
    install_translators,
    qm_path,
    resolve_language,
    ts_path,
)
from desktop.gui.preferences_dialog import PreferencesDialog
from desktop.gui.settings import Settings
from desktop.gui.sign_in_dialog import SignInDialog
from desktop.gui.translation_files import read_ts

PLACEHOLDER = re.compile(r"\{[a-z_]*\}")


@pytest.fixture(scope="module")
def fresh_ts(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    """The shipped .ts files, brought up to date with the sources by lupdate."""
    folder = tmp_path_factory.mktemp("ts")
    copies = {}
    for code in TRANSLATED:
        copies[code] = folder / ts_path(code).name
        shutil.copy(ts_path(code), copies[code])
    sources = [str(p) for p in translation_files.translatable_sources()]
    subprocess.run(
        [
            translation_files._tool("pyside6-lupdate"),
            "-no-obsolete",
            "-silent",
            *sources,
            "-ts",
            *(str(p) for p in copies.values()),
        ],
        check=True,
    )
    return copies


@pytest.fixture
def translated_app(qapp: QApplication) -> Iterator[QApplication]:
    """The application; afterwards back to English for the other tests."""
    yield qapp
    install_translators(qapp, "en")


@pytest.mark.parametrize("code", TRANSLATED)
def test_every_string_of_the_interface_is_translated(
    fresh_ts: dict[str, Path], code: str
) -> None:
    messages = read_ts(fresh_ts[code])
    assert len(messages) > 100
    missing = [f"[{m.context}] {m.source!r}" for m in messages if not m.finished]
    assert not missing, (
        f"{len(missing)} strings lack a {LANGUAGE_NAMES[code]} translation; run "
        "python -m desktop.gui.translation_files --update, translate them with "
        "pyside6-linguist, then run --update again:\n" + "\n".join(missing)
    )


@pytest.mark.parametrize("code", TRANSLATED)
def test_translations_keep_every_placeholder(code: str) -> None:
    wrong = [
        f"[{m.context}] {m.source!r} -> {m.translation!r}"
        for m in read_ts(ts_path(code))
        if m.finished
        and sorted(PLACEHOLDER.findall(m.source))
        != sorted(PLACEHOLDER.findall(m.translation))
    ]
    assert not wrong, "\n".join(wrong)


@pytest.mark.parametrize("code", TRANSLATED)
def test_the_compiled_translation_matches_its_source(tmp_path: Path, code: str) -> None:
    compiled = tmp_path / f"contatti_{code}.qm"
    subprocess.run(
        [
            translation_files._tool("pyside6-lrelease"),
            "-silent",
            str(ts_path(code)),
            "-qm",
            str(compiled),
        ],
        check=True,
    )
    assert qm_path(code).read_bytes() == compiled.read_bytes(), (
        f"{qm_path(code).name} is older than {ts_path(code).name}: "
        "run python -m desktop.gui.translation_files --update"
    )


def test_italian_uses_the_terms_erp_users_know() -> None:
    # Keyboard accelerators (&) may move in the English text: compare without them.
    italian = {
        (m.context, m.source.replace("&", "")): m.translation.replace("&", "")
        for m in read_ts(ts_path("it"))
    }
    expected = {
        ("ContactWindow", "Pending activity"): "Attività in sospeso",
        ("ContactWindow", "D&ue:"): "Data chiusura:",
        ("ContactWindow", "Da&te:"): "Data attività in attesa:",
        ("ContactWindow", "Remind &from:"): "Data inizio promemoria:",
        ("ContactWindow", "Remind &until:"): "Data fine promemoria:",
        ("ContactWindow", "Descr&iption:"): "Descrizione attività:",
        ("ContactWindow", "T&ype:"): "Tipo attività:",
        ("ContactWindow", "Operator:"): "Operatore:",
        ("ContactWindow", "L&og"): "&Log",
    }
    for (context, source), translation in expected.items():
        found = italian.get((context, source.replace("&", "")))
        assert found == translation.replace("&", ""), source
    create_task = italian[
        ("ContactWindow", "Create a task in the operator's My activities")
    ]
    assert create_task.startswith("Crea attività")


def test_an_italian_translator_shows_italian_labels(
    qtbot: QtBot, translated_app: QApplication, tmp_path: Path
) -> None:
    assert install_translators(translated_app, "it") == "it"
    dialog = SignInDialog("postgresql://anna@db:5432/crm", "anna")
    qtbot.addWidget(dialog)
    assert dialog.windowTitle() == "Accesso a Contatti"
    assert dialog.ui.remember_password.text() == "&Ricorda password"
    assert dialog.ui.database_label.text() == (
        "Database: postgresql://anna@db:5432/crm"
    )
    # Qt's own strings come from qtbase_it.qm.
    cancel = dialog.ui.button_box.button(QDialogButtonBox.StandardButton.Cancel)
    assert cancel.text().replace("&", "") == "Annulla"

    from PySide6.QtCore import QSettings

    settings = Settings(QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat))
    preferences = PreferencesDialog(settings)
    qtbot.addWidget(preferences)
    assert preferences.ui.language_combo.itemText(0) == "Lingua del sistema"

    assert install_translators(translated_app, "en") == "en"
    again = SignInDialog("postgresql://anna@db:5432/crm", "anna")
    qtbot.addWidget(again)
    assert again.ui.remember_password.text() == "&Remember password"


def test_spanish_is_installed_too(translated_app: QApplication) -> None:
    assert install_translators(translated_app, "es") == "es"
    assert (
        QCoreApplication.translate("SignInDialog", "&Remember password")
        == "&Recordar contraseña"
    )


def test_languages_resolve_to_one_contatti_speaks() -> None:
    assert resolve_language("it") == "it"
    assert resolve_language("es") == "es"
    assert resolve_language("fr") == "en"
    assert resolve_language("") in LANGUAGE_NAMES


def test_the_check_command_passes_on_the_shipped_files(
    capsys: pytest.CaptureFixture[str],
) -> None:
    assert translation_files.main(["--check"]) == 0
    assert capsys.readouterr().out == ""
