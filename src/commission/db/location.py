"""Where the database is, without the data layer: the start-up reads it before SQLAlchemy is
imported, so that the log-in window can paint while the data layer loads (``ui.early_login``).
"""

from __future__ import annotations

import os
from pathlib import Path
from urllib.parse import unquote

from platformdirs import user_data_path

ENV_URL = "COMMISSION_DATABASE_URL"
APP_NAME = "Commission"
APP_AUTHOR = "Akimat"


def data_dir() -> Path:
    """Where the embedded database and its backups live on this computer."""
    override = os.environ.get("COMMISSION_DATA_DIR")
    return Path(override) if override else user_data_path(APP_NAME, APP_AUTHOR)


def default_url() -> str:
    return f"sqlite:///{data_dir() / 'commission.sqlite3'}"


def demo_url() -> str:
    """The demo database is a separate file so that trying the app never touches real data."""
    return f"sqlite:///{data_dir() / 'demo.sqlite3'}"


def resolve_url(explicit: str | None = None, settings_url: str | None = None) -> str:
    """``--db`` wins over the environment, which wins over the settings, then the default."""
    return explicit or os.environ.get(ENV_URL) or settings_url or default_url()


def sqlite_file(url: str) -> Path | None:
    """The file of an SQLite URL as SQLAlchemy reads it («sqlite:///relative»,
    «sqlite:////absolute», query options after «?»); ``None`` for any other engine and for an
    in-memory database."""
    scheme, sep, rest = url.partition("://")
    if not sep or scheme.split("+")[0] != "sqlite" or not rest.startswith("/"):
        return None
    path = unquote(rest[1:].split("?", 1)[0])
    return Path(path) if path and path != ":memory:" else None
