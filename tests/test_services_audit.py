"""The audit trail: hash-chained, tamper-evident, silent about personal data, safe under load."""

from __future__ import annotations

import itertools
import json
import threading
from datetime import date

import pytest
from sqlalchemy import func, select

from commission.db.engine import Database
from commission.db.models import AdminUnit, Agency, Attachment, AuditEntry, Client
from commission.domain.enums import AdminLevel, AgencyKind, ClientCategory, Role
from commission.domain.iin import Sex, make_iin
from commission.services import agencies, audit, auth, users
from commission.services.context import Actor
from tests.conftest import PASSWORD, make_user
from tests.insider import insider_sql


def _entries(db: Database) -> list[AuditEntry]:
    with db.reading() as session:
        entries = list(session.scalars(select(AuditEntry).order_by(AuditEntry.seq)))
        session.expunge_all()
        return entries


def _agency(name: str) -> agencies.AgencyData:
    return agencies.AgencyData(kind=AgencyKind.OTHER, name_ru=name, name_kk=name)


def _some_work(db: Database, admin: Actor) -> None:
    """A morning of ordinary service calls, each leaving audit entries."""
    clerk = make_user(db, admin, "clerk", Role.SECRETARY)
    view = agencies.create_agency(db, clerk, _agency("Отдел занятости"))
    agencies.update_agency(db, clerk, view.id, view.version, _agency("Центр занятости"))
    with pytest.raises(auth.LoginFailed):
        auth.login(db, "clerk", "not the password")
    assert clerk.user_id is not None
    users.set_password(db, admin, clerk.user_id, "another password")


def _tamper(db: Database, sql: str, **params: object) -> None:
    insider_sql(db, sql, **params)


def test_entries_chain(db: Database, admin: Actor) -> None:
    _some_work(db, admin)
    entries = _entries(db)
    assert len(entries) >= 6
    assert [e.seq for e in entries] == list(range(1, len(entries) + 1))
    assert entries[0].prev_hash == audit.GENESIS_HASH
    for previous, entry in itertools.pairwise(entries):
        assert entry.prev_hash == previous.hash
        assert entry.at >= previous.at
    assert len({e.hash for e in entries}) == len(entries)


def test_verify_ok_after_a_series_of_service_calls(db: Database, admin: Actor) -> None:
    _some_work(db, admin)
    result = audit.verify(db)
    assert result.ok, result
    assert result.checked == len(_entries(db))
    assert result.first_bad_seq is None
    # Small batches walk the same chain.
    assert audit.verify(db, batch=2) == result


def test_verify_of_an_empty_trail_is_ok(db: Database) -> None:
    assert audit.verify(db) == audit.VerifyResult(True, 0)


def test_an_edited_entry_is_named(db: Database, admin: Actor) -> None:
    _some_work(db, admin)
    _tamper(db, "UPDATE audit_entries SET changes = :c WHERE seq = 3", c='{"name_ru": "x"}')
    result = audit.verify(db)
    assert not result.ok
    assert result.first_bad_seq == 3
    assert result.problem == "altered"
    assert result.checked == 2


def test_an_edited_login_is_detected(db: Database, admin: Actor) -> None:
    _some_work(db, admin)
    _tamper(db, "UPDATE audit_entries SET user_login = 'someone' WHERE seq = 2")
    result = audit.verify(db)
    assert (result.ok, result.first_bad_seq) == (False, 2)


def test_a_deleted_middle_entry_is_named(db: Database, admin: Actor) -> None:
    _some_work(db, admin)
    count = len(_entries(db))
    middle = count // 2
    _tamper(db, "DELETE FROM audit_entries WHERE seq = :s", s=middle)
    result = audit.verify(db)
    assert not result.ok
    assert result.first_bad_seq == middle
    assert result.problem == "missing"


def test_a_deleted_last_entry_is_detected_by_the_head(db: Database, admin: Actor) -> None:
    _some_work(db, admin)
    count = len(_entries(db))
    _tamper(db, "DELETE FROM audit_entries WHERE seq = :s", s=count)
    result = audit.verify(db)
    assert not result.ok
    assert result.first_bad_seq == count
    assert result.problem == "truncated"
    assert result.checked == count - 1


def test_a_rehashed_forgery_still_breaks_at_the_head(db: Database, admin: Actor) -> None:
    """Someone who rewrites the last entry and recomputes its hash is caught by the head."""
    _some_work(db, admin)
    last = _entries(db)[-1]
    forged = audit.entry_hash(
        last.prev_hash, last.seq, last.at, "someone", last.action, last.entity,
        last.entity_id, last.changes, last.row_digest,
    )  # fmt: skip
    _tamper(
        db,
        "UPDATE audit_entries SET user_login = 'someone', hash = :h WHERE seq = :s",
        h=forged,
        s=last.seq,
    )
    result = audit.verify(db)
    assert not result.ok
    assert result.problem == "truncated"


def test_personal_fields_of_clients_are_never_written(db: Database, admin: Actor) -> None:
    iin = make_iin(date(1990, 5, 17), Sex.MALE, 123)
    with db.transaction() as session:
        district = AdminUnit(
            level=AdminLevel.DISTRICT, name_ru="Алмалинский район", name_kk="Алмалы ауданы"
        )
        session.add(district)
        session.flush()
        client = Client(
            iin=iin,
            surname="Жумабаев",
            given_name="Ерлан",
            patronymic="Серикович",
            search_name="жумабаев ерлан серикович",
            birth_date=date(1990, 5, 17),
            sex=Sex.MALE,
            phone="+7 701 555 12 34",
            registered_address="ул. Абая, 1",
            articles="188 ч.2",
            district_id=district.id,
            category=ClientCategory.CONDITIONAL,
            updated_by=admin.login,
        )
        session.add(client)
        audit.record_create(session, admin, client)
        client_id = client.id

    [entry] = [e for e in _entries(db) if e.entity == "clients"]
    assert entry.entity_id == str(client_id)
    for secret in (iin, iin[:6], "Жумабаев", "Ерлан", "Серикович", "жумабаев", "1990-05-17",
                   "555 12 34", "Абая", "188"):  # fmt: skip
        assert secret not in entry.changes
    changes = json.loads(entry.changes)
    for field in ("iin", "surname", "given_name", "patronymic", "search_name", "birth_date",
                  "phone", "registered_address", "articles", "category", "sex"):  # fmt: skip
        assert changes[field] == [None, audit.REDACTED]
    assert "conditional" not in entry.changes and "male" not in entry.changes
    # What is not personal stays readable.
    assert changes["district_id"] == [None, district.id]
    assert audit.verify(db).ok


def test_an_attachment_is_recorded_by_its_type_not_its_name() -> None:
    attachment = Attachment(
        file_name="Жумабаев Ерлан справка.PDF", media_type="application/pdf", size=10, sha256="a"
    )
    snapshot = audit.snapshot_of(attachment)
    assert snapshot["file_name"] == audit.REDACTED + ".pdf"
    assert snapshot["size"] == 10


def test_an_iin_typed_into_free_text_is_masked() -> None:
    iin = make_iin(date(1990, 5, 17), Sex.MALE, 123)
    spaced = f"{iin[:6]} {iin[6:]}"
    for text in (f"ошибка в ИИН {iin}", f"ИИН {spaced}.", f"{iin[:4]}-{iin[4:8]}-{iin[8:]}"):
        assert iin[:6] not in audit.masked_text(text)
    # Digests, dates and lists of ids stay as they are.
    kept = '{"created": [1, 2, 3], "day": "2026-12-06", "sha": "1234567890123abc"}'
    assert audit.masked_text(kept) == kept


def test_password_hashes_are_never_written(db: Database, admin: Actor) -> None:
    clerk = make_user(db, admin, "clerk", Role.SECRETARY)
    assert clerk.user_id is not None
    users.set_password(db, admin, clerk.user_id, "another password")
    for entry in _entries(db):
        assert "$argon2" not in entry.changes
        assert PASSWORD not in entry.changes
        assert "another password" not in entry.changes


def _append_concurrently(url: str, admin: Actor, threads: int, per_thread: int) -> list[str]:
    errors: list[str] = []
    barrier = threading.Barrier(threads)

    def work(worker: int) -> None:
        database = Database(url)
        try:
            barrier.wait()
            for i in range(per_thread):
                agencies.create_agency(database, admin, _agency(f"Ведомство {worker}-{i}"))
        except Exception as exc:  # reported to the main thread, which fails the test
            errors.append(f"{type(exc).__name__}: {exc}")
        finally:
            database.dispose()

    workers = [threading.Thread(target=work, args=(n,)) for n in range(threads)]
    for thread in workers:
        thread.start()
    for thread in workers:
        thread.join(timeout=120)
    assert not any(t.is_alive() for t in workers), "a writer hung"
    return errors


def test_concurrent_appends_keep_the_chain_valid(db: Database, admin: Actor) -> None:
    before = len(_entries(db))
    errors = _append_concurrently(db.url, admin, threads=2, per_thread=20)
    assert errors == []
    with db.reading() as session:
        assert session.scalar(select(func.count()).select_from(Agency)) == 40
    entries = _entries(db)
    assert len(entries) == before + 40
    assert [e.seq for e in entries] == list(range(1, len(entries) + 1))
    result = audit.verify(db)
    assert result.ok, result
    assert result.checked == before + 40


def test_deleting_the_head_with_the_last_entry_is_detected(db: Database, admin: Actor) -> None:
    _some_work(db, admin)
    count = len(_entries(db))
    _tamper(db, "DELETE FROM audit_entries WHERE seq = :s", s=count)
    _tamper(db, "DELETE FROM audit_head")
    result = audit.verify(db)
    assert not result.ok
    assert result.first_bad_seq == count


def test_without_the_head_nothing_is_saved_and_the_user_is_told(db: Database, admin: Actor) -> None:
    _tamper(db, "DELETE FROM audit_head")
    with pytest.raises(audit.AuditTrailDamaged):
        agencies.create_agency(
            db, admin, agencies.AgencyData(kind=AgencyKind.NGO, name_ru="ОО «Шанс»", name_kk="")
        )
    assert agencies.list_agencies(db, admin) == []
