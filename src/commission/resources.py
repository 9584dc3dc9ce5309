"""Where the shipped resources (translations, templates, icons) are on this installation."""

from __future__ import annotations

import sys
from pathlib import Path


def resources_dir() -> Path:
    bundled = getattr(sys, "_MEIPASS", None)
    if bundled:  # a PyInstaller bundle
        return Path(bundled) / "resources"
    return Path(__file__).resolve().parents[2] / "resources"
