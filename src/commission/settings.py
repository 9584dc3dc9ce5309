"""Settings of this computer (language, database, template, window), declared once, typed.

Settings shared by everyone who uses the same database live in the database instead; these
are per-PC and per-user: which database to open, the interface language, the window.
"""

from __future__ import annotations

import json
import os
from dataclasses import asdict, dataclass, fields
from pathlib import Path
from typing import Any

from platformdirs import user_config_path

from commission.db.engine import APP_AUTHOR, APP_NAME

SCHEMA_VERSION = 1


@dataclass
class LocalSettings:
    """Every option with its type and default; unknown keys in the file are ignored."""

    language: str = "ru"  # interface language: ru, kk or en
    database_url: str = ""  # empty: the embedded SQLite file in the user's data folder
    template_path: str = ""  # an akimat's own .docx template for minutes and letters
    window_geometry: str = ""  # base64 of QMainWindow.saveGeometry()
    window_state: str = ""  # base64 of QMainWindow.saveState()
    last_area: str = ""
    last_login: str = ""


def settings_path() -> Path:
    override = os.environ.get("COMMISSION_DATA_DIR")
    base = Path(override) if override else user_config_path(APP_NAME, APP_AUTHOR)
    return base / "settings.json"


def _upgrade(raw: dict[str, Any]) -> dict[str, Any]:
    """Bring an older file to the current schema (none yet: version 1 is the first)."""
    return raw


def load() -> LocalSettings:
    path = settings_path()
    try:
        raw = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return LocalSettings()  # missing or damaged: defaults, and the next save repairs it
    if not isinstance(raw, dict):
        return LocalSettings()
    raw = _upgrade(raw)
    known = {f.name: f for f in fields(LocalSettings)}
    values = {k: v for k, v in raw.items() if k in known and isinstance(v, str)}
    return LocalSettings(**values)


def save(settings: LocalSettings) -> None:
    path = settings_path()
    path.parent.mkdir(parents=True, exist_ok=True)
    payload = {"schema": SCHEMA_VERSION, **asdict(settings)}
    tmp = path.with_suffix(".tmp")
    tmp.write_text(json.dumps(payload, ensure_ascii=False, indent=2), encoding="utf-8")
    tmp.replace(path)  # atomic: a crash never leaves half a settings file
