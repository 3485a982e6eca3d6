"""Interface languages: which ones Contatti speaks, and installing their translators.

English is the source language. Italian and Spanish are shipped as
``resources/translations/contatti_<lang>.ts`` (edited with Qt Linguist) and their
compiled ``.qm``; Qt's own ``qtbase_<lang>.qm`` translates the standard dialogs.
Refreshing the translation files is :mod:`desktop.gui.translation_files`'s work,
kept apart so that a start does not load the tools it needs.
"""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from desktop.gui.resources import resource_path

log = logging.getLogger(__name__)

LANGUAGE_NAMES: dict[str, str] = {"en": "English", "it": "Italiano", "es": "Español"}
"""The languages Contatti speaks, each named in itself."""

SOURCE_LANGUAGE = "en"
TRANSLATED = ("it", "es")


def resolve_language(language: str) -> str:
    """The language to use for ``language``; "" means the system's, if we have it."""
    code = language or QLocale.system().name().split("_")[0]
    return code if code in LANGUAGE_NAMES else SOURCE_LANGUAGE


def install_translators(app: QCoreApplication, language: str) -> str:
    """Install Contatti's and Qt's translators for ``language``; return the one used.

    Translators installed by an earlier call are removed first. The translators are
    children of ``app``, which keeps them alive for as long as it runs.
    """
    for old in app.findChildren(QTranslator, "contatti_translator"):
        QCoreApplication.removeTranslator(old)
        old.deleteLater()
    code = resolve_language(language)
    if code == SOURCE_LANGUAGE:
        return code
    ours = resource_path("translations", f"contatti_{code}.qm")
    qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    for directory, name in ((str(ours.parent), ours.stem), (qt_dir, f"qtbase_{code}")):
        translator = QTranslator(app)
        translator.setObjectName("contatti_translator")
        if translator.load(name, directory):
            QCoreApplication.installTranslator(translator)
            log.info("installed translation %s from %s", name, directory)
        else:
            log.warning("translation %s is missing from %s", name, directory)
            translator.deleteLater()
    return code


# -- keeping the translation files up to date ------------------------------------


def translations_dir() -> Path:
    return resource_path("translations")


def ts_path(code: str) -> Path:
    return translations_dir() / f"contatti_{code}.ts"


def qm_path(code: str) -> Path:
    return translations_dir() / f"contatti_{code}.qm"
