"""Refreshing the translation files from the sources.

``python -m desktop.gui.translation_files --update`` reruns ``pyside6-lupdate`` over
the forms and the GUI code into every ``.ts``, then ``pyside6-lrelease``; ``--check``
lists strings still untranslated.
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from dataclasses import dataclass
from pathlib import Path

from desktop.gui.i18n import TRANSLATED, qm_path, translations_dir, ts_path

ROOT = Path(__file__).resolve().parents[2]


def translatable_sources(root: Path = ROOT) -> list[Path]:
    """The forms and the hand-written GUI code (the generated forms are skipped).

    ``lupdate`` reads the ``.ui`` files directly; its contexts (the form's class
    name) are the ones the generated ``setupUi`` code asks for at run time.
    """
    forms = sorted((root / "forms").glob("*.ui"))
    generated = root / "desktop" / "gui" / "forms"
    gui = root / "desktop" / "gui"
    code = sorted(p for p in gui.rglob("*.py") if generated not in p.parents)
    return forms + code


def _tool(name: str) -> str:
    return shutil.which(name) or str(Path(sys.executable).parent / name)


def update() -> None:
    """Rerun lupdate over the sources into every ``.ts``, then compile the ``.qm``."""
    translations_dir().mkdir(parents=True, exist_ok=True)
    sources = [str(p.relative_to(ROOT)) for p in translatable_sources()]
    targets = [str(ts_path(code).relative_to(ROOT)) for code in TRANSLATED]
    subprocess.run(
        [
            _tool("pyside6-lupdate"),
            "-no-obsolete",
            "-locations",
            "none",
            *sources,
            "-ts",
            *targets,
        ],
        check=True,
        cwd=ROOT,
    )
    for code in TRANSLATED:
        subprocess.run(
            [_tool("pyside6-lrelease"), str(ts_path(code)), "-qm", str(qm_path(code))],
            check=True,
            cwd=ROOT,
        )


@dataclass(frozen=True)
class Message:
    """One source string of a ``.ts`` file and its translation state."""

    context: str
    source: str
    translation: str
    finished: bool


def read_ts(path: Path) -> list[Message]:
    """Every message of a Qt Linguist file (obsolete ones skipped)."""
    messages = []
    for context in ET.parse(path).getroot().iter("context"):
        name = context.findtext("name", "")
        for message in context.iter("message"):
            translation = message.find("translation")
            kind = translation.get("type", "") if translation is not None else ""
            if kind in ("obsolete", "vanished"):
                continue
            text = "".join(translation.itertext()) if translation is not None else ""
            messages.append(
                Message(
                    name,
                    message.findtext("source", ""),
                    text,
                    kind != "unfinished" and bool(text.strip()),
                )
            )
    return messages


def untranslated(code: str) -> list[Message]:
    """Messages of ``contatti_<code>.ts`` without a finished translation."""
    return [m for m in read_ts(ts_path(code)) if not m.finished]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--update", action="store_true", help="run lupdate + lrelease")
    parser.add_argument("--check", action="store_true", help="list missing strings")
    args = parser.parse_args(argv)
    if args.update:
        update()
    missing = 0
    for code in TRANSLATED:
        for message in untranslated(code):
            missing += 1
            print(f"{code}: [{message.context}] {message.source!r}")
    if args.check and missing:
        print(f"{missing} strings need a translation: edit them with pyside6-linguist")
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
