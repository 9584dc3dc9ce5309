"""Saving exports: all or nothing, and a clear message when Word holds the file."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from commission.exports.files import ExportTargetUnavailable, write_bytes_safely


def _leftovers(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir() if p.name.endswith(".tmp"))


def test_writes_and_replaces(tmp_path: Path) -> None:
    target = tmp_path / "Протокол № 3.docx"
    write_bytes_safely(target, b"first")
    write_bytes_safely(target, b"second")
    assert target.read_bytes() == b"second"
    assert _leftovers(tmp_path) == []


def test_a_target_that_cannot_be_replaced(tmp_path: Path) -> None:
    """A directory at the target path stands in for a file Word keeps open (we run as root)."""
    target = tmp_path / "minutes.docx"
    target.mkdir()
    with pytest.raises(ExportTargetUnavailable) as raised:
        write_bytes_safely(target, b"data")
    message = raised.value.render()
    assert "minutes.docx" in message
    assert "close the file in word" in message.lower()
    assert str(tmp_path) not in message  # the file's name only
    assert target.is_dir()
    assert _leftovers(tmp_path) == []


def test_word_holding_the_file_keeps_the_old_one(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "minutes.docx"
    target.write_bytes(b"signed copy")

    def locked(src: object, dst: object) -> None:
        raise PermissionError(13, "The process cannot access the file")

    monkeypatch.setattr(os, "replace", locked)
    with pytest.raises(ExportTargetUnavailable):
        write_bytes_safely(target, b"new")
    assert target.read_bytes() == b"signed copy"
    assert _leftovers(tmp_path) == []


def test_a_missing_folder(tmp_path: Path) -> None:
    target = tmp_path / "нет такой папки" / "minutes.docx"
    with pytest.raises(ExportTargetUnavailable) as raised:
        write_bytes_safely(target, b"data")
    assert "minutes.docx" in raised.value.render()
    assert "folder" in raised.value.render()
    assert not target.parent.exists()


def test_the_message_is_translatable() -> None:
    error = ExportTargetUnavailable("Cannot save {name}.", name="x.docx")
    assert error.render(lambda context, text: "Не удалось сохранить {name}.") == (
        "Не удалось сохранить x.docx."
    )
    assert os.sep not in error.render()
