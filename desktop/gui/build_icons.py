"""Render the SVG icons in ``resources/icons`` to the PNG files the app loads.

``python -m desktop.gui.build_icons`` writes ``resources/icons/png/<name>-<size>.png``
for every ``resources/icons/<name>.svg`` at each of :data:`SIZES`; ``--check`` only
reports icons whose PNGs are missing or differ from a fresh rendering. The app reads
the PNGs, which Qt decodes with its built-in reader: an SVG icon would load Qt's SVG
plugin and library at the first paint, about 3 MB of memory for the whole session.
The SVGs stay the sources, and the installers make their icon files from them.
"""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QGuiApplication, QImage, QPainter

from desktop.gui.build_forms import finish

ROOT = Path(__file__).resolve().parents[2]
SOURCES = ROOT / "resources" / "icons"
TARGET = SOURCES / "png"

SIZES = (16, 24, 32, 48, 64, 128, 256)
"""Pixel sizes rendered: toolbar and menu icons at 1x to 2.5x, and the window icon."""

TOLERANCE = 8
"""Largest difference in any colour channel that ``--check`` accepts, for the
antialiasing of another Qt release."""


def target_for(source: Path, size: int) -> Path:
    return TARGET / f"{source.stem}-{size}.png"


def render(source: Path, size: int) -> QImage:
    """``source`` drawn into a transparent ``size`` x ``size`` image."""
    from PySide6.QtSvg import QSvgRenderer

    renderer = QSvgRenderer(str(source))
    if not renderer.isValid():
        raise ValueError(f"{source} is not a valid SVG file")
    image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    renderer.render(painter, QRectF(0, 0, size, size))
    painter.end()
    return image.convertToFormat(QImage.Format.Format_ARGB32)


def same_image(a: QImage, b: QImage) -> bool:
    """Whether ``a`` and ``b`` have the same size and pixels, within TOLERANCE."""
    if a.size() != b.size():
        return False
    a = a.convertToFormat(QImage.Format.Format_ARGB32)
    b = b.convertToFormat(QImage.Format.Format_ARGB32)
    first, second = bytes(a.constBits()), bytes(b.constBits())
    return all(abs(x - y) <= TOLERANCE for x, y in zip(first, second, strict=True))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--check", action="store_true", help="report stale icons")
    args = parser.parse_args(argv)
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    _app = QGuiApplication.instance() or QGuiApplication([])
    TARGET.mkdir(exist_ok=True)
    stale: list[str] = []
    expected: set[str] = set()
    for source in sorted(SOURCES.glob("*.svg")):
        for size in SIZES:
            target = target_for(source, size)
            expected.add(target.name)
            image = render(source, size)
            if target.exists() and same_image(QImage(str(target)), image):
                continue
            stale.append(target.name)
            if not args.check and not image.save(str(target)):
                raise OSError(f"could not write {target}")
    return finish(TARGET, "*.png", expected, stale, args.check, "icons", __spec__.name)


if __name__ == "__main__":
    sys.exit(main())
