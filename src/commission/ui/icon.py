"""The application's icon, from the PNG sizes shipped in resources/icons."""

from __future__ import annotations

from PySide6.QtGui import QIcon

from commission.resources import icon_paths


def application_icon() -> QIcon:
    """Every shipped size, so that the title bar, the task bar and Alt+Tab each get a sharp
    one; an empty icon (Qt's default) when the files are missing."""
    icon = QIcon()
    for path in icon_paths():
        icon.addFile(str(path))
    return icon
