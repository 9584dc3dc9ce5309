"""What every export says once its file is written: a bar at the bottom of the window with the
file's name, «Open» and «Show in folder», that goes away by itself.

One pattern for every document (minutes, registers, letters, the work plan, .ics): nothing
modal to dismiss, and the file one click away. Modal boxes stay for errors and questions.

Opening goes through ``QDesktopServices.openUrl`` (a test installs a handler for ``file``
URLs with ``QDesktopServices.setUrlHandler`` and sees what would have opened); on Windows
«Show in folder» asks Explorer to select the file (``explorer /select,``).
"""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import QProcess, Qt, QTimer, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QBoxLayout,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QToolButton,
    QWidget,
)

from commission.ui.icon import icon

# Long enough to read the name and reach for a button; the bar stays while the mouse is on it.
NOTICE_MS = 20_000


def open_path(path: Path) -> bool:
    """Open a file (or a folder) in the program the computer opens it with."""
    return QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))


def reveal_path(path: Path) -> bool:
    """Show the folder holding ``path``, the file selected where the system can (Windows)."""
    if sys.platform == "win32" and path.exists():
        return QProcess.startDetached("explorer", [f"/select,{path}"])[0]
    return open_path(path.parent)


class ExportNotice(QFrame):
    """The bar: «Saved: name.docx   [Open] [Show in folder]  ×».

    Attributes:
        path: the file (or folder) last announced.
        open_button, folder_button, close_button: the bar's buttons.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("exportNotice")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setAutoFillBackground(True)
        self.setStyleSheet(
            "QFrame#exportNotice { background: palette(alternate-base);"
            " border: 1px solid palette(mid); border-radius: 3px; }"
        )
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
        self.path: Path | None = None
        self.floating = False  # placed over the window's bottom edge rather than in a layout
        self.label = QLabel()
        self.label.setTextFormat(Qt.TextFormat.PlainText)
        self.label.setWordWrap(True)
        self.label.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.open_button = QPushButton(icon("open"), self.tr("Open"))
        self.open_button.clicked.connect(self.open_file)
        self.folder_button = QPushButton(icon("folder"), self.tr("Show in folder"))
        self.folder_button.clicked.connect(self.show_folder)
        self.close_button = QToolButton()
        self.close_button.setIcon(icon("close"))
        self.close_button.setAutoRaise(True)
        self.close_button.setToolTip(self.tr("Close"))
        self.close_button.setAccessibleName(self.tr("Close"))
        self.close_button.clicked.connect(self.hide)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(8, 4, 4, 4)
        layout.addWidget(self.label, 1)
        layout.addWidget(self.open_button)
        layout.addWidget(self.folder_button)
        layout.addWidget(self.close_button)
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(NOTICE_MS)
        self.timer.timeout.connect(self._expire)
        self.hide()

    def announce(self, path: Path, text: str | None = None, note: str = "") -> None:
        """Say that ``path`` was written (``text`` instead of «Saved: name» when given),
        ``note`` on a second line."""
        self.path = path
        said = text or self.tr("Saved: {name}").format(name=path.name)
        self.label.setText(f"{said}\n{note}" if note else said)
        self.setToolTip(str(path))
        self.show()
        parent = self.parentWidget()
        if self.floating and parent is not None:
            height = self.sizeHint().height()
            self.setGeometry(8, parent.height() - height - 8, parent.width() - 16, height)
        self.raise_()
        self.timer.start()

    def _expire(self) -> None:
        if self.underMouse():  # being read or reached for: try again later
            self.timer.start()
            return
        self.hide()

    def open_file(self) -> bool:
        return self.path is not None and open_path(self.path)

    def show_folder(self) -> bool:
        return self.path is not None and reveal_path(self.path)


def notice_for(widget: QWidget) -> ExportNotice:
    """The notice bar of ``widget``'s window: the main window's own, or one added at the bottom
    of a dialog's layout the first time it is needed."""
    window = widget.window()
    own = getattr(window, "export_notice", None)
    if isinstance(own, ExportNotice):
        return own
    found = window.findChild(ExportNotice, "exportNotice")
    if found is not None:
        return found
    notice = ExportNotice(window)
    layout = window.layout()
    if isinstance(layout, QBoxLayout):
        layout.addWidget(notice)
    elif isinstance(layout, QGridLayout):
        layout.addWidget(notice, layout.rowCount(), 0, 1, -1)
    else:  # no layout to join: it floats over the window's bottom edge
        notice.floating = True
    return notice


def show_saved(
    widget: QWidget, path: Path, text: str | None = None, note: str = ""
) -> ExportNotice:
    """Tell the user, without stopping him, that ``path`` was written."""
    notice = notice_for(widget)
    notice.announce(path, text, note)
    return notice
