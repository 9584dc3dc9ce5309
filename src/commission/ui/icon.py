"""The program's icons: the application's own, and the interface's from Tabler Icons (MIT),
shipped as outline SVGs in resources/icons/tabler (see its README for the version).

The SVGs draw with ``currentColor``; they are drawn here in the palette's text colour, so the
same files read on a light and a dark theme, through QtSvg directly (not the image plugin) so
that the bundle carries what they need.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QByteArray, QRectF, Qt
from PySide6.QtGui import QColor, QGuiApplication, QIcon, QPainter, QPalette, QPixmap
from PySide6.QtSvg import QSvgRenderer

from commission.resources import icon_paths, resources_dir

# Every interface icon by its role, one Tabler file each: the same set in the navigation,
# the toolbar, menus and buttons.
ICONS: dict[str, str] = {
    # areas
    "my_cases": "home",
    "dashboard": "layout-dashboard",
    "meetings": "users-group",
    "decisions": "gavel",
    "calendar": "calendar",
    "cross": "hierarchy-2",
    "cases": "folder",
    "clients": "user",
    "agencies": "building",
    "administration": "settings",
    # commands
    "new": "plus",
    "new_meeting": "calendar-plus",
    "new_person": "user-plus",
    "open": "external-link",
    "edit": "pencil",
    "delete": "trash",
    "view": "eye",
    "copy": "copy",
    "password": "key",
    "unlock": "lock-open",
    "replace": "replace",
    "hide": "eye-off",
    "reset": "restore",
    "close": "x",
    "export": "file-export",
    "export_xlsx": "file-spreadsheet",
    "export_docx": "file-text",
    "import": "file-import",
    "export_ics": "calendar-down",
    "notice": "file-certificate",
    "new_case": "folder-plus",
    "send": "send",
    "agenda": "list-details",
    "decline": "ban",
    "report": "clipboard-check",
    "print": "printer",
    "letters": "mail",
    "folder": "folder-open",
    "search": "search",
    "refresh": "refresh",
    "help": "help",
    "warning": "alert-triangle",
}

# Drawn at these sizes in device pixels (the larger ones serve scaled screens); Qt picks the
# nearest and never has to blur a small one up.
SIZES = (16, 20, 24, 32, 40, 48, 64)
WARNING_COLOUR = QColor("#b45309")  # amber, readable on white and on a dark grey

_cache: dict[tuple[str, str], QIcon] = {}


def application_icon() -> QIcon:
    """Every shipped size, so that the title bar, the task bar and Alt+Tab each get a sharp
    one; an empty icon (Qt's default) when the files are missing."""
    icon = QIcon()
    for path in icon_paths():
        icon.addFile(str(path))
    return icon


def icon_file(name: str) -> Path:
    """The SVG file of the interface icon ``name`` (a key of ``ICONS``)."""
    return resources_dir() / "icons" / "tabler" / f"{ICONS[name]}.svg"


def _text_colour() -> QColor:
    app = QGuiApplication.instance()
    palette = QGuiApplication.palette() if app is not None else QPalette()
    return palette.color(QPalette.ColorGroup.Active, QPalette.ColorRole.WindowText)


def icon(name: str, colour: QColor | None = None) -> QIcon:
    """The interface icon ``name`` drawn in ``colour`` (default: the palette's text colour);
    an empty icon when its file is missing, so a damaged installation still works."""
    tint = colour if colour is not None else _text_colour()
    key = (name, tint.name(QColor.NameFormat.HexArgb))
    cached = _cache.get(key)
    if cached is not None:
        return cached
    result = QIcon()
    try:
        svg = icon_file(name).read_bytes()
    except OSError:
        return result
    renderer = QSvgRenderer(QByteArray(svg.replace(b"currentColor", tint.name().encode())))
    if renderer.isValid():
        for size in SIZES:
            pixmap = QPixmap(size, size)
            pixmap.fill(Qt.GlobalColor.transparent)
            painter = QPainter(pixmap)
            renderer.render(painter, QRectF(0, 0, size, size))
            painter.end()
            result.addPixmap(pixmap)
    _cache[key] = result
    return result


def warning_icon() -> QIcon:
    return icon("warning", WARNING_COLOUR)
