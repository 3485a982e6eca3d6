"""The core must run without Qt: nothing under desktop/core may pull in PySide6."""

import ast
import pkgutil
import subprocess
import sys
from pathlib import Path

import desktop.core

CORE = Path(desktop.core.__file__).parent


def core_modules() -> list[str]:
    return [m.name for m in pkgutil.walk_packages([str(CORE)], prefix="desktop.core.")]


def test_no_core_module_imports_qt_in_its_source():
    offenders = []
    for path in CORE.rglob("*.py"):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            names = []
            if isinstance(node, ast.Import):
                names = [a.name for a in node.names]
            elif isinstance(node, ast.ImportFrom) and node.module:
                names = [node.module]
            if any(n.split(".")[0] in {"PySide6", "shiboken6", "PyQt6"} for n in names):
                offenders.append(f"{path.relative_to(CORE)}:{node.lineno}")
            if any(n.startswith("desktop.gui") for n in names):
                offenders.append(f"{path.relative_to(CORE)}:{node.lineno} (GUI)")
    assert offenders == []


def test_importing_every_core_module_loads_no_qt():
    modules = core_modules()
    assert "desktop.core.contacts" in modules
    code = (
        "import importlib, sys\n"
        f"for name in {modules!r}:\n"
        "    importlib.import_module(name)\n"
        "qt = [m for m in sys.modules if m.startswith(('PySide6', 'shiboken6'))]\n"
        "print(','.join(qt))\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    )
    assert result.stdout.strip() == ""


def test_the_version_is_the_installed_distributions():
    from importlib import metadata

    import desktop

    assert desktop.__version__ == metadata.version("contatti")


def test_a_bundle_built_from_a_source_tree_reads_its_egg_info(tmp_path, monkeypatch):
    import desktop

    info = tmp_path / "contatti.egg-info"
    info.mkdir()
    (info / "PKG-INFO").write_text(
        "Metadata-Version: 2.1\nName: contatti\nVersion: 7.8.9\n\nDescription\n",
        encoding="utf-8",
    )
    monkeypatch.setattr("sys.path", [str(tmp_path)])
    assert desktop._installed_version() == "7.8.9"
