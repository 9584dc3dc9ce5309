"""Where the shipped resources (translations, templates, icons) are on this installation."""

from __future__ import annotations

import sys
from pathlib import Path


def is_frozen() -> bool:
    """True inside the PyInstaller bundle, where no development tool (lrelease) is at hand."""
    return bool(getattr(sys, "frozen", False))


def resources_dir() -> Path:
    bundled = getattr(sys, "_MEIPASS", None)
    if bundled:  # a PyInstaller bundle: «_internal» next to the executable
        return Path(bundled) / "resources"
    return Path(__file__).resolve().parents[2] / "resources"


def icon_paths() -> list[Path]:
    """The application icon's PNG sizes that exist, smallest first."""
    folder = resources_dir() / "icons"
    return sorted(folder.glob("commission-[0-9]*.png"), key=lambda p: int(p.stem.rsplit("-", 1)[1]))
