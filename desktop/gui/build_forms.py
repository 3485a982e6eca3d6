"""Compile the Qt Designer sources in ``forms/`` into ``desktop/gui/forms/``.

``python -m desktop.gui.build_forms`` writes ``ui_<name>.py`` for every
``forms/<name>.ui`` with ``pyside6-uic``; ``--check`` only reports sources whose
generated module is stale. The generated modules are committed, so the app and the
installers need no build step, and a test runs ``--check`` so that they never drift
from the sources.

uic imports the same long list of Qt classes into every module, most of which a
form never uses. PySide6 builds a class's Python type, with all its enums, the
first time the class is imported, which costs up to a few milliseconds each
(``QConicalGradient`` builds the gradient presets, ``QUrl`` its formatting
options). So each generated module imports only the Qt names its code uses; the
names are read from the module's syntax tree, not matched as text.
"""

from __future__ import annotations

import argparse
import ast
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
SOURCES = ROOT / "forms"
TARGET = Path(__file__).resolve().parent / "forms"


def uic_command() -> list[str]:
    exe = shutil.which("pyside6-uic") or str(
        Path(sys.executable).parent / "pyside6-uic"
    )
    return [exe, "-g", "python"]


def compile_form(source: Path) -> str:
    """The Python code ``pyside6-uic`` makes of ``source``."""
    result = subprocess.run(
        [*uic_command(), str(source)],
        check=True,
        capture_output=True,
        text=True,
    )
    # uic writes the source file's path into the header; keep it stable.
    lines = [
        line
        for line in result.stdout.splitlines()
        if not line.startswith("## Created by: Qt User Interface Compiler version")
    ]
    return used_imports_only("\n".join(lines).rstrip() + "\n")


def used_imports_only(code: str) -> str:
    """``code`` with each ``from PySide6... import`` cut to the names it uses."""
    tree = ast.parse(code)
    used = {node.id for node in ast.walk(tree) if isinstance(node, ast.Name)}
    lines = code.splitlines()
    # From the bottom up, so that the line numbers of earlier imports still hold.
    imports = [
        node
        for node in tree.body
        if isinstance(node, ast.ImportFrom)
        and (node.module or "").split(".")[0] == "PySide6"
    ]
    for node in reversed(imports):
        names = [a.name for a in node.names if (a.asname or a.name) in used]
        assert node.end_lineno is not None
        kept = [_import_line(node.module or "", names)] if names else []
        lines[node.lineno - 1 : node.end_lineno] = kept
    return "\n".join(lines) + "\n"


def _import_line(module: str, names: list[str]) -> str:
    line = f"from {module} import {', '.join(names)}"
    if len(line) <= 88:
        return line
    return "\n".join([f"from {module} import (", *(f"    {n}," for n in names), ")"])


def target_for(source: Path) -> Path:
    return TARGET / f"ui_{source.stem}.py"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--check", action="store_true", help="report stale modules")
    args = parser.parse_args(argv)
    TARGET.mkdir(exist_ok=True)
    (TARGET / "__init__.py").write_text('"""Modules generated from forms/*.ui."""\n')
    stale = []
    for source in sorted(SOURCES.glob("*.ui")):
        code = compile_form(source)
        target = target_for(source)
        current = target.read_text(encoding="utf-8") if target.exists() else None
        if current == code:
            continue
        stale.append(source.name)
        if not args.check:
            target.write_text(code, encoding="utf-8")
    expected = {target_for(s).name for s in SOURCES.glob("*.ui")} | {"__init__.py"}
    return finish(
        TARGET, "*.py", expected, stale, args.check, "generated forms", __spec__.name
    )


def finish(
    folder: Path,
    pattern: str,
    expected: set[str],
    stale: list[str],
    check: bool,
    what: str,
    module: str,
) -> int:
    """End a generator run: report or remove the outputs no source makes any more.

    With ``check`` it prints the stale and orphaned outputs and the command
    (``python -m module``) that remakes them, and returns 1 if there are any;
    otherwise it deletes the orphans.
    """
    orphans = [p.name for p in folder.glob(pattern) if p.name not in expected]
    if check and (stale or orphans):
        print(f"stale {what}:", ", ".join(stale + orphans))
        print(f"run: python -m {module}")
        return 1
    for name in orphans:
        (folder / name).unlink()
    return 0


if __name__ == "__main__":
    sys.exit(main())
