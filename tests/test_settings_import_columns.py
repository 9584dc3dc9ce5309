"""The per-PC memory of the import's hand-named columns: older settings files still load, a
damaged value is ignored, and saving the window's settings never forgets the columns."""

from __future__ import annotations

import json

from commission import settings as local_settings


def test_older_file_loads_and_damaged_columns_are_ignored() -> None:
    path = local_settings.settings_path()
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps({"schema": 1, "language": "kk"}), encoding="utf-8")
    loaded = local_settings.load()
    assert (loaded.language, loaded.import_columns) == ("kk", {})
    path.write_text(
        json.dumps({"language": "ru", "import_columns": {"осужден": "articles", "x": 5}}),
        encoding="utf-8",
    )
    assert local_settings.load().import_columns == {"осужден": "articles"}
    path.write_text(json.dumps({"import_columns": ["not", "a", "mapping"]}), encoding="utf-8")
    assert local_settings.load().import_columns == {}


def test_columns_are_remembered_by_header_and_survive_other_saves() -> None:
    window_copy = local_settings.load()  # what the main window holds all day
    remembered = local_settings.remember_import_columns(
        {"  Осужден\u00a0по  СТАТЬЕ ": "articles", "Примечание": None, "": "phone"}
    )
    assert remembered == {"осужден по статье": "articles"}
    window_copy.window_state = "AAAA"
    local_settings.save(window_copy)  # closing the window
    loaded = local_settings.load()
    assert (loaded.window_state, loaded.import_columns) == (
        "AAAA",
        {"осужден по статье": "articles"},
    )
    assert local_settings.remember_import_columns({"ОСУЖДЕН ПО СТАТЬЕ": None}) == {}
