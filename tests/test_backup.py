"""Backups and restore on both engines, the daily copies kept, and files only their owner reads."""

from __future__ import annotations

import io
import json
import os
import sqlite3
import stat
import time
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import func, inspect, select, text

from commission import cli
from commission import settings as local_settings
from commission.db import dump, migrate
from commission.db.audit_checkpoints import CheckpointLog, backup_checkpoints
from commission.db.engine import Database, DatabaseMissing, data_dir
from commission.db.models import Agency, AuditEntry
from commission.domain.enums import AgencyKind
from commission.domain.permissions import PermissionDenied
from commission.services import agencies, audit, backup, backup_schedule
from commission.services.context import Actor
from commission.services.demo import build_demo
from tests.insider import SQLITE_TRIGGERS, insider_sql

posix_only = pytest.mark.skipif(os.name != "posix", reason="file modes are POSIX")


def snapshot(db: Database) -> dict[str, list[tuple[Any, ...]]]:
    """Every row of every table, in a stable order: what a round trip must give back."""
    tables: dict[str, list[tuple[Any, ...]]] = {}
    with db.engine.connect() as conn:
        for name in sorted(inspect(conn).get_table_names()):
            rows = conn.execute(text(f'SELECT * FROM "{name}"')).all()
            tables[name] = sorted((tuple(r) for r in rows), key=repr)
    return tables


def mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


@pytest.fixture
def demo_db(db: Database) -> Database:
    build_demo(db, Actor.command_line(), seed=3, clients=12)
    return db


def test_round_trip_gives_back_every_row_of_every_table(demo_db: Database, tmp_path: Path) -> None:
    actor = Actor.command_line()
    folder = tmp_path / "backups"
    copy = backup.make_backup(demo_db, actor, folder=folder)
    before = snapshot(demo_db)
    assert sum(len(rows) for rows in before.values()) > 500
    with demo_db.transaction() as session:  # the day's mistakes the restore must undo
        session.execute(text("UPDATE agencies SET name_kk = 'испорчено', version = version + 1"))
        session.add(Agency(kind=AgencyKind.NGO, name_ru="Лишнее", name_kk="Артық"))

    result = backup.restore_backup(demo_db, actor, copy, folder=folder)

    after = snapshot(demo_db)
    trail = after.pop("audit_entries")
    expected_trail = before.pop("audit_entries")
    after.pop("audit_head"), before.pop("audit_head")
    assert after == before  # row by row, table by table
    assert set(expected_trail) < set(trail)
    assert len(trail) == len(expected_trail) + 1  # the restore itself, at the end
    with demo_db.reading() as session:
        last = session.scalars(
            select(AuditEntry.changes).order_by(AuditEntry.seq.desc()).limit(1)
        ).one()
    assert json.loads(last) == {"restored_from": copy.name, "trail_check": "ok"}
    assert audit.verify(demo_db).ok
    assert result.revision == migrate.head_revision()
    # What the restore replaced is kept: it still has the extra agency.
    assert result.previous is not None and result.previous.exists()
    kept = Database(f"sqlite:///{result.previous}") if demo_db.is_sqlite else None
    if kept is not None:
        with kept.reading() as session:
            names = session.scalars(select(Agency.name_ru)).all()
        kept.dispose()
        assert "Лишнее" in names


def _new_agency(db: Database, name: str) -> None:
    data = agencies.AgencyData(kind=AgencyKind.OTHER, name_ru=name, name_kk=name)
    agencies.create_agency(db, Actor.command_line(), data)


def test_a_restore_is_not_taken_for_a_cut_trail_but_a_later_cut_is(
    demo_db: Database, tmp_path: Path
) -> None:
    actor = Actor.command_line()
    copy = backup.make_backup(demo_db, actor, folder=tmp_path)
    for n in range(3):  # entries the checkpoints vouch for, then taken back by the restore
        _new_agency(demo_db, f"Позже {n}")
    backup.restore_backup(demo_db, actor, copy, folder=tmp_path)
    _new_agency(demo_db, "После восстановления")

    checked = audit.verify(demo_db, deep=True)
    assert checked.ok, checked

    # Putting the old copy back behind the program's back is still a cut trail.
    with demo_db.reading() as session:
        seq = session.scalars(select(func.max(AuditEntry.seq))).one()
    insider_sql(demo_db, "DELETE FROM audit_entries WHERE seq = :s", s=seq)
    insider_sql(
        demo_db,
        "UPDATE audit_head SET last_seq = last_seq - 1, last_hash = "
        "(SELECT hash FROM audit_entries WHERE seq = :s)",
        s=seq - 1,
    )
    assert audit.verify(demo_db).problem == "cut"


def _lines(path: Path) -> list[dict[str, Any]]:
    return [json.loads(line) for line in path.read_text(encoding="ascii").splitlines()]


def test_a_backup_carries_its_checkpoints_and_a_new_computer_gets_them_back(
    db_url: str, tmp_path: Path
) -> None:
    actor = Actor.command_line()
    old_pc = Database(db_url, tmp_path / "old-pc")
    _new_agency(old_pc, "До копии")
    copy = backup.make_backup(old_pc, actor, folder=tmp_path / "backups")
    carried = _lines(backup_checkpoints(copy))
    with old_pc.reading() as session:
        head = session.scalars(select(func.max(AuditEntry.seq))).one()
        head_hash = session.scalars(select(AuditEntry.hash).where(AuditEntry.seq == head)).one()
    # The head of the trail the copy holds, its making included, is vouched for beside it.
    assert (carried[-1]["seq"], carried[-1]["hash"]) == (head, head_hash)
    assert carried == _lines(old_pc.checkpoints.own_file)
    if os.name == "posix":
        assert mode(backup_checkpoints(copy)) == 0o600
    _new_agency(old_pc, "После копии")
    old_pc.dispose()

    # The disk died with the checkpoint folder; the database is restored on a new computer.
    new_pc = Database(db_url, tmp_path / "new-pc")
    assert new_pc.checkpoints.read() == []
    backup.restore_backup(new_pc, actor, copy, folder=tmp_path / "backups")

    lines = _lines(new_pc.checkpoints.own_file)
    assert lines[: len(carried)] == carried
    restores = [n for n, line in enumerate(lines) if line.get("restore")]
    assert restores[-1] >= len(carried)  # the restore line comes after what was put back
    assert all("restore" not in line for line in lines[restores[-1] + 1 :])
    checked = audit.verify(new_pc, deep=True)
    assert checked.ok, checked
    _new_agency(new_pc, "На новом компьютере")
    assert audit.verify(new_pc, deep=True).ok
    new_pc.dispose()


def test_a_backup_file_rewritten_after_it_was_made_is_named_at_restore(
    sqlite_db: Database, tmp_path: Path
) -> None:
    actor = Actor.command_line()
    for n in range(3):
        _new_agency(sqlite_db, f"Запись {n}")
    copy = backup.make_backup(sqlite_db, actor, folder=tmp_path)
    honest = backup.restore_backup(sqlite_db, actor, copy, folder=tmp_path)
    assert honest.trail_problem is None

    # Someone cuts the last entries out of the backup file and fixes its head.
    with sqlite3.connect(copy) as conn:
        for name in SQLITE_TRIGGERS:
            conn.execute(f"DROP TRIGGER IF EXISTS {name}")
        last = conn.execute("SELECT max(seq) FROM audit_entries").fetchone()[0]
        conn.execute("DELETE FROM audit_entries WHERE seq > ?", (last - 2,))
        kept = conn.execute("SELECT hash FROM audit_entries WHERE seq = ?", (last - 2,))
        conn.execute(
            "UPDATE audit_head SET last_seq = ?, last_hash = ?", (last - 2, kept.fetchone()[0])
        )
    conn.close()
    result = backup.restore_backup(sqlite_db, actor, copy, folder=tmp_path)

    assert result.trail_problem == "cut"
    with sqlite_db.reading() as session:
        recorded = session.scalars(
            select(AuditEntry.changes).order_by(AuditEntry.seq.desc()).limit(1)
        ).one()
    assert json.loads(recorded) == {"restored_from": copy.name, "trail_check": "cut"}


def test_a_folder_that_knows_the_database_keeps_its_own_checkpoints(
    db: Database, tmp_path: Path
) -> None:
    actor = Actor.command_line()
    _new_agency(db, "Первое")
    copy = backup.make_backup(db, actor, folder=tmp_path)
    before = _lines(db.checkpoints.own_file)
    backup.restore_backup(db, actor, copy, folder=tmp_path)
    after = _lines(db.checkpoints.own_file)
    assert after[: len(before)] == before
    added = after[len(before) :]
    # Only what the restore itself wrote: its restore line and the entry that records it.
    assert [bool(line.get("restore")) for line in added] == [True, False]
    assert audit.verify(db, deep=True).ok


def test_checkpoints_of_another_computer_after_the_restore_still_count(tmp_path: Path) -> None:
    log = CheckpointLog(tmp_path, "k")
    log.append(1, 10, "a" * 64)
    log.append_restore(5, "b" * 64)
    other = tmp_path / "k-other.jsonl"
    before = '{"first":11,"seq":12,"hash":"%s","at":"2000-01-01T00:00:00+00:00"}' % ("c" * 64)
    after = '{"first":6,"seq":6,"hash":"%s","at":"2999-01-01T00:00:00+00:00"}' % ("d" * 64)
    other.write_text(before + "\n" + after + "\n", encoding="ascii")
    assert [(p.first_seq, p.seq) for p in log.read()] == [(1, 5), (6, 6)]


def test_a_backup_from_a_newer_version_is_refused(db: Database, tmp_path: Path) -> None:
    with db.engine.begin() as conn:
        conn.execute(text("UPDATE alembic_version SET version_num = 'zzzz'"))
    newer = backup.write_backup(db, tmp_path, backup.MANUAL)
    with db.engine.begin() as conn:
        conn.execute(
            text("UPDATE alembic_version SET version_num = :v"),
            {"v": migrate.head_revision()},
        )
    before = snapshot(db)
    with pytest.raises(migrate.DatabaseTooNew) as caught:
        backup.restore_backup(db, Actor.command_line(), newer, folder=tmp_path / "kept")
    assert "zzzz" in str(caught.value) and "newer version" in str(caught.value)
    assert snapshot(db) == before
    assert not (tmp_path / "kept").exists()  # refused before anything was copied


def test_a_backup_of_the_other_engine_or_another_file_is_refused(
    db: Database, tmp_path: Path
) -> None:
    other = tmp_path / ("x.dump" if db.is_sqlite else "x.sqlite3")
    magic = b"PGDMP" if db.is_sqlite else b"SQLite format 3\0"
    other.write_bytes(magic + b"\0" * 100)
    with pytest.raises(dump.NotABackup):
        backup.check_restorable(db, other)
    letter = tmp_path / "letter.docx"
    letter.write_bytes(b"PK\x03\x04 not a database")
    with pytest.raises(dump.NotABackup, match="not a backup"):
        backup.check_restorable(db, letter)


def test_only_the_administrator_makes_or_restores_backups(
    db: Database, admin: Actor, tmp_path: Path
) -> None:
    from commission.domain.enums import Role
    from tests.conftest import make_user

    secretary = make_user(db, admin, "sec", Role.SECRETARY)
    with pytest.raises(PermissionDenied):
        backup.make_backup(db, secretary, folder=tmp_path)
    made = backup.make_backup(db, admin, folder=tmp_path)
    with pytest.raises(PermissionDenied):
        backup.restore_backup(db, secretary, made, folder=tmp_path)


def test_a_missing_pg_dump_is_named(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("PATH", str(tmp_path))
    monkeypatch.setattr(dump, "PG_BIN_GLOBS", ())
    with pytest.raises(dump.BackupToolMissing) as caught:
        dump.dump("postgresql+psycopg://u@127.0.0.1:1/commission", tmp_path / "x.dump")
    assert "pg_dump" in str(caught.value) and "PATH" in str(caught.value)


# -- SQLite: a damaged or deleted file, a copy while in use ---------------------------------------


def test_a_damaged_sqlite_file_is_restored_and_kept(sqlite_db: Database, tmp_path: Path) -> None:
    admin = Actor.command_line()
    made = backup.make_backup(sqlite_db, admin, folder=tmp_path)
    expected = snapshot(sqlite_db)
    live = dump.sqlite_file(sqlite_db.url)
    sqlite_db.dispose()
    live.write_bytes(b"garbage " * 1000)  # a disk error, a bad copy over the share
    result = backup.restore_backup(sqlite_db, admin, made, folder=tmp_path)
    after = snapshot(sqlite_db)
    assert len(after["audit_entries"]) == len(expected["audit_entries"]) + 1
    for table in set(expected) - {"audit_entries", "audit_head"}:
        assert after[table] == expected[table], table
    assert result.previous is not None and result.previous.read_bytes().startswith(b"garbage")


def test_a_copy_taken_while_another_connection_writes_is_consistent(
    sqlite_db: Database, tmp_path: Path
) -> None:
    writer = sqlite3.connect(dump.sqlite_file(sqlite_db.url))
    writer.execute("BEGIN IMMEDIATE")
    writer.execute(
        "INSERT INTO agencies (kind, name_ru, name_kk, is_active, version, created_at, "
        "updated_at) VALUES ('ngo', 'Незавершённое', 'x', 1, 1, '2026-01-01', '2026-01-01')"
    )
    copy = backup.write_backup(sqlite_db, tmp_path, backup.MANUAL)  # while the write is open
    writer.rollback()
    writer.close()
    check = sqlite3.connect(copy)
    try:
        assert check.execute("PRAGMA integrity_check").fetchone() == ("ok",)
        assert check.execute("SELECT count(*) FROM agencies").fetchone() == (0,)
        assert check.execute("PRAGMA journal_mode").fetchone() == ("delete",)
    finally:
        check.close()


# -- daily copies and what is kept ----------------------------------------------------------------


def _daily(folder: Path, when: datetime) -> Path:
    path = folder / f"commission-{when:%Y%m%d-%H%M%S}-daily.sqlite3"
    path.write_bytes(b"SQLite format 3\0")
    backup_checkpoints(path).write_text("{}\n")
    return path


def test_retention_keeps_seven_days_and_eight_weeks(tmp_path: Path) -> None:
    start = datetime(2026, 1, 5, 9, 0)  # a Monday
    for day in range(120):
        _daily(tmp_path, start + timedelta(days=day))
    _daily(tmp_path, start + timedelta(days=119, hours=3))  # a second start on the last day
    (tmp_path / "commission-20260105-080000-manual.sqlite3").write_bytes(b"kept")
    (tmp_path / "commission-20260105-070000-before-0004.sqlite3").write_bytes(b"kept")
    (tmp_path / "notes.txt").write_text("not ours")
    url = f"sqlite:///{tmp_path / 'commission.sqlite3'}"

    backup_schedule.prune(tmp_path, url)

    left = backup.list_backups(tmp_path, url)
    daily = [b for b in left if b.label == backup.DAILY]
    days = sorted({b.made_at.date() for b in daily}, reverse=True)
    last = (start + timedelta(days=119)).date()
    assert len(daily) == 15
    assert days[:7] == [last - timedelta(days=n) for n in range(7)]
    weekly = days[7:]
    assert len({d.isocalendar()[:2] for d in weekly}) == 8
    # The newest copy of each earlier week: the day before the dailies, then Sundays.
    assert weekly[0] == days[6] - timedelta(days=1)
    assert all(d.weekday() == 6 for d in weekly[1:])
    assert {b.label for b in left} == {"daily", "manual", "before-0004"}
    assert (tmp_path / "notes.txt").exists()
    # Each backup's checkpoints go with it, and only with it.
    carried = sorted(p.name for p in tmp_path.glob("*.checkpoints.jsonl"))
    assert carried == sorted(b.checkpoints.name for b in daily)


def test_the_daily_copy_is_made_once_a_day(sqlite_db: Database, tmp_path: Path) -> None:
    morning = datetime.now().replace(hour=8)
    first = backup_schedule.daily_backup(sqlite_db, tmp_path, morning)
    assert first is not None and first.exists()
    assert backup_schedule.daily_backup(sqlite_db, tmp_path, morning) is None
    assert len(backup.list_backups(tmp_path, sqlite_db.url)) == 1
    last = backup.last_backup(tmp_path, sqlite_db.url)
    assert last is not None and last.path == first


# -- only the owner reads -------------------------------------------------------------------------


@posix_only
def test_database_backups_settings_and_log_are_owner_only(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(os, "umask", os.umask)  # restored below whatever happens
    old = os.umask(0o022)  # the usual default: everything readable by everyone
    try:
        folder = tmp_path / "office" / "data"
        db = Database(f"sqlite:///{folder / 'commission.sqlite3'}")
        migrate.upgrade(db)
        made = backup.make_backup(db, Actor.command_line(), folder=tmp_path / "office" / "bk")
        daily = backup_schedule.daily_backup(db, tmp_path / "office" / "bk")
        db.dispose()
        local_settings.save(local_settings.LocalSettings(language="kk"))
        from commission.app import setup_logging

        setup_logging()
        import logging

        logging.getLogger("commission").info("started")
    finally:
        os.umask(old)
    assert mode(folder) == 0o700 and mode(tmp_path / "office") == 0o700
    assert mode(folder / "commission.sqlite3") == 0o600
    assert mode(made) == 0o600 and daily is not None and mode(daily) == 0o600
    assert mode(made.parent) == 0o700
    assert mode(local_settings.settings_path()) == 0o600
    log = data_dir() / "logs" / "commission.log"
    assert mode(log) == 0o600 and mode(log.parent) == 0o700
    for handler in logging.getLogger("commission").handlers[:]:
        handler.close()
        logging.getLogger("commission").removeHandler(handler)


# -- a missing database ---------------------------------------------------------------------------


def test_a_missing_file_is_an_error_not_a_new_database(tmp_path: Path) -> None:
    path = tmp_path / "share" / "commission.sqlite3"
    with pytest.raises(DatabaseMissing) as caught:
        Database(f"sqlite:///{path}", create=False)
    assert str(path) in str(caught.value)
    assert not path.exists() and not path.parent.exists()


def test_a_file_that_vanishes_while_open_is_not_recreated(tmp_path: Path) -> None:
    path = tmp_path / "commission.sqlite3"
    db = Database(f"sqlite:///{path}")
    migrate.upgrade(db)
    db.dispose()
    path.unlink()
    with pytest.raises(DatabaseMissing), db.reading():
        pass
    assert not path.exists()
    db.dispose()


# -- the command line -----------------------------------------------------------------------------


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = cli.main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def test_commands_refuse_a_missing_file_and_create_only_when_told(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    url = f"sqlite:///{tmp_path / 'gone' / 'commission.sqlite3'}"
    for command in (["audit", "verify"], ["db", "current"], ["db", "upgrade"], ["backup"]):
        code, out, err = run(capsys, "--db", url, *command)
        assert (code, out) == (1, ""), command
        assert "was not found" in err and "commission.sqlite3" in err
    assert not (tmp_path / "gone").exists()
    assert run(capsys, "--db", url, "db", "upgrade", "--create")[0] == 0
    assert (tmp_path / "gone" / "commission.sqlite3").exists()


def test_backup_and_restore_commands(
    db_url: str, tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "copy" / ("office.sqlite3" if db_url.startswith("sqlite") else "o.dump")
    started = time.perf_counter()
    code, out, err = run(capsys, "--db", db_url, "backup", "-o", str(target))
    assert (code, err) == (0, ""), err
    assert str(target) in out and target.exists() and time.perf_counter() - started < 30
    monkeypatch.setattr("sys.stdin", io.StringIO("yes\n"))  # not a terminal: no question asked
    code, out, err = run(capsys, "--db", db_url, "restore", str(target))
    assert code == 1 and "--yes" in err and "Nothing was changed" in err
    code, out, err = run(capsys, "--db", db_url, "restore", str(target), "--yes")
    assert (code, err) == (0, ""), err
    assert "restored" in out and "kept as" in out
    assert run(capsys, "--db", db_url, "audit", "verify")[0] == 0


# -- the self-test --------------------------------------------------------------------------------


def test_the_self_test_opens_the_latest_backup(sqlite_db: Database, tmp_path: Path) -> None:
    from commission import selftest

    office = Database(f"sqlite:///{tmp_path / 'office.sqlite3'}")
    migrate.upgrade(office)
    latest = backup_schedule.daily_backup(office, tmp_path / "bk")
    office.dispose()
    assert latest is not None
    build_demo(sqlite_db, Actor.command_line(), seed=2, clients=10)
    state = selftest._State(tmp_path / "st", db=sqlite_db)
    state.folder.mkdir()
    state.backup_folder, state.database_url = tmp_path / "bk", office.url
    assert f"the latest backup {latest.name} opens" in selftest.check_backup(state)

    latest.write_bytes(latest.read_bytes()[:4096] + b"\xff" * 8192)  # a bad sector
    with pytest.raises((selftest.CheckFailed, dump.NotABackup)):
        selftest.check_backup(state)
