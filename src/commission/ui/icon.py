"""The program's icons: the application's own, and the interface's from Tabler Icons (MIT),
shipped as outline SVGs in resources/icons/tabler (see its README for the version).

The SVGs draw with ``currentColor``; they are drawn here in the palette's text colour, so the
same files read on a light and a dark theme, through QtSvg directly (not the image plugin) so
that the bundle carries what they need.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QByteArray, QRect, QRectF, QSize, Qt
from PySide6.QtGui import (
    QColor,
    QGuiApplication,
    QIcon,
    QIconEngine,
    QPainter,
    QPalette,
    QPixmap,
)
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
    "reports": "chart-bar",
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
    "settings": "settings",
    "help": "help",
    "warning": "alert-triangle",
}

WARNING_COLOUR = QColor("#b45309")  # amber, readable on white and on a dark grey


class _SvgEngine(QIconEngine):
    """Draws the SVG at the size asked for, when asked: nothing is rendered for sizes never
    shown, and a scaled screen gets sharp strokes instead of a blown-up small picture."""

    def __init__(self, svg: bytes, colour: QColor, disabled: QColor, selected: QColor) -> None:
        super().__init__()
        self._svg = svg
        self._colours = (colour, disabled, selected)
        self._renderers: dict[int, QSvgRenderer] = {}
        self._pixmaps: dict[tuple[int, int, int], QPixmap] = {}

    @staticmethod
    def _tint(mode: QIcon.Mode) -> int:
        """Which colour: the text's, greyed out, or on the selection's highlight."""
        return {QIcon.Mode.Disabled: 1, QIcon.Mode.Selected: 2}.get(mode, 0)

    def _renderer(self, mode: QIcon.Mode) -> QSvgRenderer:
        tint = self._tint(mode)
        if tint not in self._renderers:
            colour = self._colours[tint].name().encode()
            svg = self._svg.replace(b"currentColor", colour)
            self._renderers[tint] = QSvgRenderer(QByteArray(svg))
        return self._renderers[tint]

    def paint(self, painter: QPainter, rect: QRect, mode: QIcon.Mode, state: QIcon.State) -> None:
        self._renderer(mode).render(painter, QRectF(rect))

    def scaledPixmap(
        self, size: QSize, mode: QIcon.Mode, state: QIcon.State, scale: float
    ) -> QPixmap:
        width, height = round(size.width() * scale), round(size.height() * scale)
        key = (width, height, self._tint(mode))
        pixmap = self._pixmaps.get(key)
        if pixmap is None:
            pixmap = QPixmap(width, height)
            pixmap.fill(Qt.GlobalColor.transparent)
            painter = QPainter(pixmap)
            self._renderer(mode).render(painter, QRectF(0, 0, width, height))
            painter.end()
            self._pixmaps[key] = pixmap
        pixmap = QPixmap(pixmap)
        pixmap.setDevicePixelRatio(scale)
        return pixmap

    def pixmap(self, size: QSize, mode: QIcon.Mode, state: QIcon.State) -> QPixmap:
        return self.scaledPixmap(size, mode, state, 1.0)

    def clone(self) -> QIconEngine:
        return _SvgEngine(self._svg, *self._colours)


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


def _text_colours() -> tuple[QColor, QColor, QColor]:
    """The palette's text colour, its colour for what cannot be used now, and on a selection."""
    app = QGuiApplication.instance()
    palette = QGuiApplication.palette() if app is not None else QPalette()
    return (
        palette.color(QPalette.ColorGroup.Active, QPalette.ColorRole.WindowText),
        palette.color(QPalette.ColorGroup.Disabled, QPalette.ColorRole.WindowText),
        palette.color(QPalette.ColorGroup.Active, QPalette.ColorRole.HighlightedText),
    )


def icon(name: str, colour: QColor | None = None) -> QIcon:
    """The interface icon ``name`` drawn in ``colour`` (default: the palette's text colour);
    an empty icon when its file is missing, so a damaged installation still works."""
    normal, disabled, selected = _text_colours()
    tint = colour if colour is not None else normal
    key = (name, tint.name(QColor.NameFormat.HexArgb))
    cached = _cache.get(key)
    if cached is not None:
        return cached
    try:
        svg = icon_file(name).read_bytes()
    except OSError:
        return QIcon()
    if not QSvgRenderer(QByteArray(svg)).isValid():
        return QIcon()
    result = QIcon(_SvgEngine(svg, tint, disabled, selected))
    _cache[key] = result
    return result


def warning_icon() -> QIcon:
    return icon("warning", WARNING_COLOUR)
