"""Icons: PNG renderings current with their SVG sources, and no SVG plugin at start."""

from __future__ import annotations

import subprocess
import sys

import pytest
from PySide6.QtCore import QSize

from desktop.gui.build_icons import SIZES, SOURCES
from desktop.gui.resources import app_icon, icon


def test_png_icons_match_their_svg_sources() -> None:
    result = subprocess.run(
        [sys.executable, "-m", "desktop.gui.build_icons", "--check"],
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stdout + result.stderr


def test_every_icon_offers_each_size(qtbot) -> None:
    for source in SOURCES.glob("*.svg"):
        sizes = icon(source.stem).availableSizes()
        assert sorted(s.width() for s in sizes) == sorted(SIZES), source.stem
    pixmap = app_icon().pixmap(QSize(48, 48))
    assert pixmap.width() == 48
    assert pixmap.toImage().pixelColor(24, 24).alpha() != 0


def test_an_unknown_icon_is_empty(qtbot) -> None:
    assert icon("no-such-icon").isNull()


@pytest.mark.skipif(
    not sys.platform.startswith("linux"), reason="reads the Linux memory map"
)
def test_the_main_window_paints_without_loading_the_svg_plugin(tmp_path) -> None:
    """An SVG icon would map Qt's SVG library, megabytes for the whole session."""
    code = (
        "import os, sys\n"
        "os.environ['QT_QPA_PLATFORM'] = 'offscreen'\n"
        "from desktop.gui.application import build_main_window\n"
        f"window = build_main_window('sqlite:///{(tmp_path / 'c.db').as_posix()}', "
        "'anna')\n"
        "window.show()\n"
        "window.grab()\n"
        "maps = open('/proc/self/maps').read()\n"
        "print('Svg' in maps)\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    )
    assert result.stdout.split()[-1] == "False", result.stderr
