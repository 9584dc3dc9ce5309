"""Settings of this computer (language, database, template, window), declared once, typed.

Settings shared by everyone who uses the same database live in the database instead; these
are per-PC and per-user: which database to open, the interface language, the window.
"""

from __future__ import annotations

import json
import os
from collections.abc import Mapping
from dataclasses import asdict, dataclass, field, fields, replace
from pathlib import Path
from typing import Any, Literal

from platformdirs import user_config_path

from commission import credentials
from commission.db.location import APP_AUTHOR, APP_NAME
from commission.private_files import make_private, open_private_text, private_folder

SCHEMA_VERSION = 1


@dataclass
class LocalSettings:
    """Every option with its type and default; unknown keys in the file are ignored."""

    language: str = "ru"  # interface language: ru, kk or en
    # Empty: the embedded SQLite file in the user's data folder. A server's password is kept in
    # the operating system's credential store (commission.credentials), not in the file.
    database_url: str = ""
    template_path: str = ""  # an akimat's own .docx template for minutes and letters
    window_geometry: str = ""  # base64 of QMainWindow.saveGeometry()
    window_state: str = ""  # base64 of QMainWindow.saveState()
    last_area: str = ""
    last_login: str = ""
    # The commission last chosen here by a user of several (its id), offered first next time.
    last_commission: str = ""
    # Client import: the field chosen by hand for a column header the import does not know,
    # keyed by the header as folded by import_header_key, offered again for the next list.
    # Written only by remember_import_columns: save() keeps what the file holds, because the
    # main window saves its own copy of the settings, read hours earlier, when it closes.
    import_columns: dict[str, str] = field(default_factory=dict)
    # A list of clients chosen in the first-run wizard, offered for import to the first user
    # here who may import clients (the administrator who ran the wizard may not see them).
    pending_import: str = ""
    # Where the daily and hand-made backups go; empty: «backups» in the data folder. Written
    # only by remember_backup_folder, for the same reason as import_columns.
    backup_folder: str = ""
    # Where the audit checkpoints go (db.audit_checkpoints); empty: «audit-checkpoints» in the
    # data folder. On a server set-up, a folder every computer appends to. Written only by
    # remember_checkpoint_folder, for the same reason as import_columns.
    checkpoint_folder: str = ""
    # The columns of each list as the user left them (widths, order, hidden ones): base64 of
    # QHeaderView.saveState() by the list's name. Written only by remember_table_columns.
    table_columns: dict[str, str] = field(default_factory=dict)
    # Where the user left the divider of each split panel (the agenda beside its item): base64
    # of QSplitter.saveState() by the panel's name. Written only by remember_splitter.
    splitters: dict[str, str] = field(default_factory=dict)


def import_header_key(text: str) -> str:
    """A column header as remembered: case and runs of spaces do not matter."""
    return " ".join(text.replace("\u00a0", " ").casefold().split())


def settings_path() -> Path:
    override = os.environ.get("COMMISSION_DATA_DIR")
    base = Path(override) if override else user_config_path(APP_NAME, APP_AUTHOR)
    return base / "settings.json"


def _upgrade(raw: dict[str, Any]) -> dict[str, Any]:
    """Bring an older file to the current schema (none yet: version 1 is the first)."""
    return raw


def load() -> LocalSettings:
    """The settings, with the server's password taken from the credential store."""
    settings = _read()
    if credentials.without_password(settings.database_url) != settings.database_url:
        # A file written before passwords moved to the credential store: move it now.
        if credentials.store(settings.database_url):
            _write(settings)
        return settings
    return replace(settings, database_url=credentials.with_password(settings.database_url))


def _read() -> LocalSettings:
    path = settings_path()
    try:
        raw = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return LocalSettings()  # missing or damaged: defaults, and the next save repairs it
    if not isinstance(raw, dict):
        return LocalSettings()
    raw = _upgrade(raw)
    known = {f.name for f in fields(LocalSettings)}
    values: dict[str, Any] = {}
    for key, value in raw.items():
        if key not in known:
            continue
        if key in ("import_columns", "table_columns", "splitters"):
            # Older files lack it; a hand-edited one may hold anything: keep only text pairs.
            if isinstance(value, dict):
                values[key] = {
                    str(k): v for k, v in value.items() if isinstance(k, str) and isinstance(v, str)
                }
        elif isinstance(value, str):
            values[key] = value
    return LocalSettings(**values)


def save(settings: LocalSettings) -> None:
    """Write the settings; ``import_columns``, ``backup_folder``, ``checkpoint_folder``,
    ``table_columns`` and ``splitters`` stay as the file has them (see the fields)."""
    stored = load()
    _write(
        replace(
            settings,
            import_columns=stored.import_columns,
            backup_folder=stored.backup_folder,
            checkpoint_folder=stored.checkpoint_folder,
            table_columns=stored.table_columns,
            splitters=stored.splitters,
        )
    )


def remember_table_columns(table: str, state: str | None) -> None:
    """Keep how the user left a list's columns (None: back to the program's layout)."""
    _remember_layout("table_columns", table, state)


def remember_splitter(name: str, state: str | None) -> None:
    """Keep where the user left a split panel's divider (None: the program's proportions)."""
    _remember_layout("splitters", name, state)


def _remember_layout(
    kind: Literal["table_columns", "splitters"], name: str, state: str | None
) -> None:
    current = load()
    states = dict(current.splitters if kind == "splitters" else current.table_columns)
    if state is None:
        states.pop(name, None)
    else:
        states[name] = state
    if kind == "splitters":
        _write(replace(current, splitters=states))
    else:
        _write(replace(current, table_columns=states))


def remember_backup_folder(folder: str) -> None:
    """Keep the backup folder chosen in the administration area; empty: the default one."""
    _write(replace(load(), backup_folder=folder))


def remember_checkpoint_folder(folder: str) -> None:
    """Keep the audit checkpoint folder chosen in the administration area; empty: default."""
    _write(replace(load(), checkpoint_folder=folder))


def checkpoint_folder() -> str:
    """The checkpoint folder the settings name, read without asking the credential store:
    every database opened asks for it."""
    return _read().checkpoint_folder


def remember_import_columns(chosen: Mapping[str, str | None]) -> dict[str, str]:
    """Remember the field chosen for each column header (None: forget it); returns them all."""
    current = load()
    columns = dict(current.import_columns)
    for header, chosen_field in chosen.items():
        key = import_header_key(header)
        if not key:
            continue
        if chosen_field is None:
            columns.pop(key, None)
        else:
            columns[key] = chosen_field
    _write(replace(current, import_columns=columns))
    return columns


def _write(settings: LocalSettings) -> None:
    path = settings_path()
    private_folder(path.parent)
    credentials.store(settings.database_url)  # the password goes there, never into the file
    payload = {
        "schema": SCHEMA_VERSION,
        **asdict(
            replace(settings, database_url=credentials.without_password(settings.database_url))
        ),
    }
    tmp = path.with_suffix(".tmp")
    # Owner-only from its first byte: it names the database and the last log-in.
    with open_private_text(tmp, append=False) as stream:
        stream.write(json.dumps(payload, ensure_ascii=False, indent=2))
    make_private(tmp)  # a .tmp left by an older version keeps its rights through O_CREAT
    tmp.replace(path)  # atomic: a crash never leaves half a settings file
