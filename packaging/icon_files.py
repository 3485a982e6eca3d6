"""Windows ``.ico`` and macOS ``.icns`` files made from the app's SVG icon.

The SVG is rendered with Qt (``QSvgRenderer``) at every size the platforms ask for; the
containers are written here in plain Python, because ``iconutil`` exists only on macOS
and Qt's ICO writer stores a single image. Both formats accept PNG-compressed images,
which is what is stored.
"""

from __future__ import annotations

import struct
from collections.abc import Iterable, Mapping
from pathlib import Path

# Sizes Windows picks from (Explorer views, taskbar, Start menu, installer wizard).
ICO_SIZES = (16, 20, 24, 32, 40, 48, 64, 96, 128, 256)

# ICNS element types holding PNG data, with the pixel size of each. The "@2x" types are
# the Retina variants of the size below them and hold an image twice as large.
ICNS_TYPES = (
    (b"icp4", 16),
    (b"icp5", 32),
    (b"ic11", 32),  # 16x16@2x
    (b"icp6", 64),
    (b"ic12", 64),  # 32x32@2x
    (b"ic07", 128),
    (b"ic13", 256),  # 128x128@2x
    (b"ic08", 256),
    (b"ic14", 512),  # 256x256@2x
    (b"ic09", 512),
    (b"ic10", 1024),  # 512x512@2x
)
ICNS_SIZES = tuple(sorted({size for _, size in ICNS_TYPES}))

PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"


def render_svg(svg: Path, sizes: Iterable[int]) -> dict[int, bytes]:
    """PNG images of ``svg`` at each square size, transparent where the SVG is empty."""
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Qt
    from PySide6.QtGui import QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    renderer = QSvgRenderer(str(svg))
    if not renderer.isValid():
        raise ValueError(f"{svg} is not a valid SVG image: fix or replace the icon")
    pngs = {}
    for size in sorted(set(sizes)):
        image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
        image.fill(Qt.GlobalColor.transparent)
        painter = QPainter(image)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
        renderer.render(painter)
        painter.end()
        data = QByteArray()
        buffer = QBuffer(data)
        buffer.open(QIODevice.OpenModeFlag.WriteOnly)
        # PySide6 6.12 takes the format as str; its type stubs say bytes.
        if not image.save(buffer, "PNG"):  # type: ignore[call-overload]
            raise RuntimeError(f"Qt could not encode the {size}px icon as PNG")
        buffer.close()
        pngs[size] = bytes(data.data())
    return pngs


def _check_png(size: int, png: bytes) -> None:
    if not png.startswith(PNG_SIGNATURE):
        raise ValueError(f"the {size}px image is not PNG data")
    width, height = struct.unpack(">II", png[16:24])
    if (width, height) != (size, size):
        raise ValueError(f"the {size}px image is {width}x{height} pixels")


def ico_bytes(pngs: Mapping[int, bytes]) -> bytes:
    """An ICO file holding one PNG image per size (1 to 256 pixels)."""
    if not pngs:
        raise ValueError("an ICO file needs at least one image")
    sizes = sorted(pngs)
    for size in sizes:
        if not 1 <= size <= 256:
            raise ValueError(f"ICO images are 1 to 256 pixels wide, not {size}")
        _check_png(size, pngs[size])
    header = struct.pack("<HHH", 0, 1, len(sizes))  # reserved, type 1 = icon, count
    offset = len(header) + 16 * len(sizes)
    directory = b""
    for size in sizes:
        # A stored width or height of 0 means 256.
        side = size % 256
        directory += struct.pack(
            "<BBBBHHII", side, side, 0, 0, 1, 32, len(pngs[size]), offset
        )
        offset += len(pngs[size])
    return header + directory + b"".join(pngs[size] for size in sizes)


def icns_bytes(pngs: Mapping[int, bytes]) -> bytes:
    """An ICNS file with an element for every type in ``ICNS_TYPES``.

    ``pngs`` must hold an image for each size in ``ICNS_SIZES``.
    """
    missing = [size for size in ICNS_SIZES if size not in pngs]
    if missing:
        raise ValueError(f"ICNS needs images of {missing} pixels as well")
    elements = b""
    for kind, size in ICNS_TYPES:
        _check_png(size, pngs[size])
        elements += kind + struct.pack(">I", 8 + len(pngs[size])) + pngs[size]
    return b"icns" + struct.pack(">I", 8 + len(elements)) + elements


def write_icons(svg: Path, target: Path) -> dict[str, Path]:
    """Write ``contatti.ico``, ``contatti.icns`` and PNGs into ``target``.

    Returns the paths by kind: ``ico``, ``icns`` and ``png`` (the 256-pixel image).
    """
    target.mkdir(parents=True, exist_ok=True)
    pngs = render_svg(svg, set(ICO_SIZES) | set(ICNS_SIZES))
    stem = svg.stem
    paths = {
        "ico": target / f"{stem}.ico",
        "icns": target / f"{stem}.icns",
        "png": target / f"{stem}.png",
    }
    paths["ico"].write_bytes(ico_bytes({size: pngs[size] for size in ICO_SIZES}))
    paths["icns"].write_bytes(icns_bytes(pngs))
    paths["png"].write_bytes(pngs[256])
    return paths
