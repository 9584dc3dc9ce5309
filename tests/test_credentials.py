"""The server's password lives in the credential store, never in the settings file."""

from __future__ import annotations

import json
import os
import stat
from collections.abc import Iterator

import keyring
import pytest
from keyring.backend import KeyringBackend
from keyring.backends import fail

from commission import credentials
from commission import settings as local_settings

SERVER = "postgresql+psycopg://commission:S3cret%21pw@srv-akimat:5432/commission"


class MemoryKeyring(KeyringBackend):
    """A credential store of this process only: the same interface as the Windows one."""

    priority = 1  # type: ignore[assignment]

    def __init__(self) -> None:
        super().__init__()
        self.kept: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, username: str) -> str | None:
        return self.kept.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self.kept[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        self.kept.pop((service, username), None)


@pytest.fixture
def store() -> Iterator[MemoryKeyring]:
    before = keyring.get_keyring()
    memory = MemoryKeyring()
    keyring.set_keyring(memory)
    yield memory
    keyring.set_keyring(before)


def _file_text() -> str:
    return local_settings.settings_path().read_text(encoding="utf-8")


def test_the_password_goes_to_the_store_and_comes_back(store: MemoryKeyring) -> None:
    local_settings.save(local_settings.LocalSettings(database_url=SERVER))
    text = _file_text()
    assert "S3cret" not in text
    assert json.loads(text)["database_url"] == (
        "postgresql+psycopg://commission@srv-akimat:5432/commission"
    )
    assert list(store.kept.values()) == ["S3cret!pw"]
    assert local_settings.load().database_url == SERVER
    if os.name == "posix":
        assert stat.S_IMODE(local_settings.settings_path().stat().st_mode) == 0o600


def test_an_old_file_with_the_password_in_clear_is_cleaned(store: MemoryKeyring) -> None:
    path = local_settings.settings_path()
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps({"schema": 1, "database_url": SERVER}), encoding="utf-8")
    assert local_settings.load().database_url == SERVER
    assert "S3cret" not in _file_text()
    assert local_settings.load().database_url == SERVER


def test_without_a_credential_store_the_password_is_not_written() -> None:
    before = keyring.get_keyring()
    keyring.set_keyring(fail.Keyring())
    try:
        local_settings.save(local_settings.LocalSettings(database_url=SERVER))
        assert "S3cret" not in _file_text()
        assert local_settings.load().database_url == credentials.without_password(SERVER)
    finally:
        keyring.set_keyring(before)


def test_addresses_without_a_password_are_left_alone(store: MemoryKeyring) -> None:
    for url in ("", "sqlite:////tmp/x.sqlite3", "postgresql+psycopg://u@h/db", "not a url"):
        assert credentials.without_password(url) == url
        assert credentials.with_password(url) == url
    assert store.kept == {}
