"""The Help menu's user guide: HTML pages shipped in resources/guide/<language>/index.html."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QMessageBox, QWidget

from commission.resources import resources_dir

FALLBACK_LANGUAGE = "ru"  # the guide is written in Russian first; Kazakh follows where ready


def guide_path(language: str, root: Path | None = None) -> Path | None:
    """The guide's start page in ``language``, else in Russian, else ``None``.

    ``root`` is the folder holding one sub-folder per language (default: the shipped one).
    """
    base = root if root is not None else resources_dir() / "guide"
    for candidate in dict.fromkeys((language, FALLBACK_LANGUAGE)):
        page = base / candidate / "index.html"
        if page.is_file():
            return page
    return None


def _tell(parent: QWidget | None, text: str) -> None:
    # Not modal-blocking: the user keeps working, and nothing waits on the answer.
    box = QMessageBox(
        QMessageBox.Icon.Information,
        QCoreApplication.translate("Help", "User guide"),
        text,
        QMessageBox.StandardButton.Ok,
        parent,
    )
    box.setObjectName("guideMessage")
    box.open()


def open_guide(parent: QWidget | None, language: str) -> bool:
    """Open the guide in the system's browser; say so when it is missing or cannot open."""
    page = guide_path(language)
    if page is None:
        _tell(
            parent,
            QCoreApplication.translate(
                "Help", "The user guide is not installed with this copy of the program."
            ),
        )
        return False
    if not QDesktopServices.openUrl(QUrl.fromLocalFile(str(page))):
        _tell(
            parent,
            QCoreApplication.translate(
                "Help",
                "The user guide could not be opened: no program for web pages is set up on "
                "this computer. The guide is in {path}",
            ).format(path=page),
        )
        return False
    return True
