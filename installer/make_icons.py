"""Draw the application's icon: ``resources/icons/commission.svg``, PNG sizes and a Windows .ico.

Run once after changing the drawing; the outputs are committed, so a build never needs this:

    python installer/make_icons.py

The SVG is the source; the PNGs are rendered from it with Qt's SVG renderer (a tool-time
dependency only — the application itself loads the PNGs and needs no QtSvg). The .ico holds
PNG-compressed images of several sizes, which Windows Vista and later read.
"""

from __future__ import annotations

import os
import struct
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
ICONS = ROOT / "resources" / "icons"
SIZES = (16, 24, 32, 48, 64, 128, 256)
ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)

# A sheet of minutes with its text lines and a seal with a tick: «the decision is recorded».
SVG = """<?xml version="1.0" encoding="UTF-8"?>
<svg xmlns="http://www.w3.org/2000/svg" width="256" height="256" viewBox="0 0 256 256">
  <rect x="8" y="8" width="240" height="240" rx="44" ry="44" fill="#1f4e79"/>
  <path d="M62 36 H158 L194 72 V206 a10 10 0 0 1 -10 10 H62 a10 10 0 0 1 -10 -10 V46
           a10 10 0 0 1 10 -10 Z" fill="#ffffff"/>
  <path d="M158 36 V64 a8 8 0 0 0 8 8 H194 Z" fill="#c8d6e5"/>
  <rect x="72" y="62" width="70" height="12" rx="6" fill="#1f4e79"/>
  <rect x="72" y="92" width="102" height="9" rx="4.5" fill="#8da9c4"/>
  <rect x="72" y="114" width="102" height="9" rx="4.5" fill="#8da9c4"/>
  <rect x="72" y="136" width="78" height="9" rx="4.5" fill="#8da9c4"/>
  <circle cx="178" cy="182" r="50" fill="#1f4e79"/>
  <circle cx="178" cy="182" r="43" fill="#d4a017"/>
  <circle cx="178" cy="182" r="34" fill="none" stroke="#ffffff" stroke-width="4"/>
  <path d="M160 183 L173 196 L198 168" fill="none" stroke="#ffffff" stroke-width="10"
        stroke-linecap="round" stroke-linejoin="round"/>
</svg>
"""


def png_name(size: int) -> str:
    return f"commission-{size}.png"


def render_pngs() -> dict[int, bytes]:
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Qt
    from PySide6.QtGui import QGuiApplication, QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    _app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])
    renderer = QSvgRenderer(QByteArray(SVG.encode()))
    if not renderer.isValid():
        raise SystemExit("the SVG does not parse")
    out: dict[int, bytes] = {}
    for size in SIZES:
        image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
        image.fill(Qt.GlobalColor.transparent)
        painter = QPainter(image)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        renderer.render(painter)
        painter.end()
        data = QByteArray()
        buffer = QBuffer(data)
        buffer.open(QIODevice.OpenModeFlag.WriteOnly)
        image.save(buffer, "PNG")
        buffer.close()
        out[size] = bytes(data.data())
    return out


def ico_bytes(pngs: dict[int, bytes]) -> bytes:
    """An ICO container of PNG images: ICONDIR, one ICONDIRENTRY per size, then the images."""
    sizes = [s for s in ICO_SIZES if s in pngs]
    header = struct.pack("<HHH", 0, 1, len(sizes))
    offset = 6 + 16 * len(sizes)
    entries, images = b"", b""
    for size in sizes:
        data = pngs[size]
        side = 0 if size >= 256 else size  # 0 means 256 in an ICONDIRENTRY
        entries += struct.pack("<BBBBHHII", side, side, 0, 0, 1, 32, len(data), offset)
        images += data
        offset += len(data)
    return header + entries + images


def main() -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    ICONS.mkdir(parents=True, exist_ok=True)
    (ICONS / "commission.svg").write_text(SVG, encoding="utf-8")
    pngs = render_pngs()
    for size, data in pngs.items():
        (ICONS / png_name(size)).write_bytes(data)
    (ICONS / "commission.ico").write_bytes(ico_bytes(pngs))
    print(f"icons written to {ICONS}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
