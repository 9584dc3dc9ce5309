"""The trigram index that finds letters inside a client's name ("ілқ" in «Әбілқайыров»).

``clients.search_name`` is case-folded in Python (``registers.search_key``); migration 0003
indexes it by trigrams so that a substring search reads only the matching rows:

* SQLite: ``clients_fts``, an FTS5 table with the ``trigram`` tokenizer (SQLite ≥ 3.34) whose
  rowid is ``clients.id``, kept current by triggers on ``clients``. It stores no text of its
  own (external content). A batch migration of ``clients`` (copy, drop, rename) drops those
  triggers with the old table: such a migration must create them again (see 0003).
* PostgreSQL: a GIN ``gin_trgm_ops`` index on ``search_name`` when the ``pg_trgm`` extension
  could be created; ``LIKE '%…%'`` uses it, and works the same (slower) without it.

Neither object is in the models' metadata, so schema comparison must skip them.

The b-tree index on ``search_name`` answers "starts with" as a range and reads names in order
(the search's first page, ``registers.find_clients``). On PostgreSQL it does so only when the
database sorts by code point (``C``, ``C.UTF-8``, ``POSIX``): a linguistic collation orders and
compares otherwise, so the range is then made in byte order without the index's help.
"""

from __future__ import annotations

from weakref import WeakKeyDictionary

from sqlalchemy import column, table, text
from sqlalchemy.engine import Connection, Engine

FTS_TABLE = "clients_fts"
PG_TRIGRAM_INDEX = "ix_clients_search_name_trgm"
# FTS5's own tables behind the virtual one.
_FTS_SHADOWS = frozenset(f"{FTS_TABLE}_{part}" for part in ("data", "idx", "docsize", "config"))
# A trigram index can answer only substrings of at least this many letters.
MIN_LETTERS = 3

fts = table(FTS_TABLE, column("rowid"), column(FTS_TABLE))

_has_fts: WeakKeyDictionary[Engine, bool] = WeakKeyDictionary()
_code_point_order: WeakKeyDictionary[Engine, bool] = WeakKeyDictionary()
# PostgreSQL collations that compare strings code point by code point, as Python does.
_CODE_POINT_COLLATIONS = frozenset({"c", "posix", "c.utf-8", "c.utf8", "ucs_basic"})


def not_in_models(name: str | None, type_: str, _parents: object = None) -> bool:
    """Alembic's ``include_name`` hook: False for the index's objects, which the models
    do not declare (so that comparing the schema with the models does not report them)."""
    if type_ == "table":
        return name != FTS_TABLE and name not in _FTS_SHADOWS
    if type_ == "index":
        return name != PG_TRIGRAM_INDEX
    return True


def sqlite_has_fts(connection: Connection) -> bool:
    """Whether this SQLite database has the trigram table (it has not when the SQLite that
    migrated it lacked FTS5 or the trigram tokenizer). Once found, not asked again."""
    engine = connection.engine
    if _has_fts.get(engine):
        return True
    found = connection.execute(
        text("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = :name"),
        {"name": FTS_TABLE},
    ).first()
    _has_fts[engine] = found is not None
    return found is not None


def fts_phrases(words: list[str]) -> str:
    """An FTS5 query matching rows that contain every word as a substring: each word an FTS5
    string (double quotes doubled), so that no character the user types is FTS5 syntax."""
    return " AND ".join('"' + word.replace('"', '""') + '"' for word in words)


def pg_sorts_by_code_point(connection: Connection) -> bool:
    """Whether PostgreSQL compares ``clients.search_name`` code point by code point, so that
    its b-tree index answers a range of names as Python builds it. Asked once per engine."""
    engine = connection.engine
    if engine not in _code_point_order:
        collation = connection.execute(
            text(
                "SELECT coalesce(c.collation_name, d.datcollate) FROM pg_database d"
                " LEFT JOIN information_schema.columns c ON c.table_name = 'clients'"
                " AND c.column_name = 'search_name' AND c.table_schema = current_schema()"
                " WHERE d.datname = current_database()"
            )
        ).scalar()
        _code_point_order[engine] = str(collation or "").lower() in _CODE_POINT_COLLATIONS
    return _code_point_order[engine]
