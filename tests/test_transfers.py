"""A client who changes residence is transferred to another district with his case: the new
district works on it as its own, the old one keeps a read-only trace of the day he left, a
third district sees nothing, and both ends are in the audit trail without personal data."""

from __future__ import annotations

import json
from dataclasses import replace
from datetime import date

import pytest
from sqlalchemy import select

from commission.db.engine import Database
from commission.db.models import AdminUnit, AuditEntry, Case, Client, ClientTransfer
from commission.domain.enums import (
    AdminLevel,
    CaseEventKind,
    ClientCategory,
    DeregistrationReason,
    NeedKind,
    Role,
)
from commission.domain.iin import Sex, make_iin
from commission.domain.permissions import PermissionDenied
from commission.services import (
    audit,
    case_card,
    cases,
    clients,
    measures,
    officer_home,
    probation_exports,
    registers,
    release_notices,
    transfers,
)
from commission.services.cases import EventData
from commission.services.clients import ClientData, DuplicateIin
from commission.services.context import Actor
from commission.services.errors import InvalidInput, NotFound
from tests.clients_world import build_world
from tests.conftest import make_user

TODAY = date(2026, 3, 16)
MOVED = date(2026, 3, 10)
BORN = date(1987, 9, 2)
IIN = make_iin(BORN, Sex.MALE, 5173)
OLD_ADDRESS = "Қосшы, Абай көшесі, 5"
NEW_ADDRESS = "Целиноград ауданы, Ақмол ауылы, Жеңіс көшесі, 12"


class Setting:
    """The world, a third district with its officer, and a client of district A with a case."""

    def __init__(self, db: Database) -> None:
        self.db = db
        self.w = build_world(db)
        with db.transaction() as s:
            unit = AdminUnit(
                level=AdminLevel.DISTRICT, name_ru="Аршалынский район", name_kk="Аршалы"
            )
            s.add(unit)
            s.flush()
            self.district_c = unit.id
        self.officer_c = make_user(
            db, self.w.admin, "officer_c", Role.PROBATION_OFFICER, district_id=self.district_c
        )
        self.data = ClientData(
            iin=IIN,
            surname="Жұмабеков",
            given_name="Ерлан",
            patronymic="Серікұлы",
            district_id=self.w.district_a,
            category=ClientCategory.CONDITIONAL,
            registered_on=date(2025, 11, 3),
            actual_address=OLD_ADDRESS,
        )
        saved = clients.create_client(db, self.w.officer_a, self.data)
        self.client_id = saved.client_id or 0
        self.case_id = cases.open_case(db, self.w.officer_a, self.client_id, date(2025, 11, 5))
        cases.log_event(
            db,
            self.w.officer_a,
            self.case_id,
            EventData(CaseEventKind.VISIT, date(2026, 1, 20), "Посещение по месту жительства."),
            today=TODAY,
        )
        measures.add_measure(
            db,
            self.w.officer_a,
            self.case_id,
            measures.MeasureData(
                need_kind=NeedKind.DOCUMENTS,
                action="Помочь восстановить удостоверение личности",
                agency_id=None,
                deadline=date(2026, 4, 30),
            ),
        )

    def version(self) -> int:
        with self.db.reading() as s:
            return s.get_one(Client, self.client_id).version

    def transfer(self, actor: Actor | None = None, **changes: object) -> clients.ClientSaved:
        args: dict[str, object] = {
            "to_district_id": self.w.district_b,
            "on": MOVED,
            "reason": "Смена места жительства",
        }
        args.update(changes)
        return transfers.transfer_client(
            self.db,
            actor or self.w.officer_a,
            self.client_id,
            self.version(),
            **args,  # type: ignore[arg-type]
        )


@pytest.fixture
def setting(db: Database) -> Setting:
    return Setting(db)


def test_the_card_and_the_case_move_and_the_new_district_works_on_them(
    db: Database, setting: Setting
) -> None:
    w = setting.w
    saved = setting.transfer()
    assert saved.saved
    with db.reading() as s:
        client = s.get_one(Client, setting.client_id)
        case = s.get_one(Case, setting.case_id)
        assert client.district_id == w.district_b
        # Nobody in the new district has been given him yet: its officers find him as «new».
        assert client.officer_id is None and case.officer_id is None
    card = clients.open_client(db, w.officer_b, setting.client_id)
    assert card.transferred is None and card.district_id == w.district_b
    assert [(t.from_district, t.to_district, t.transferred_on) for t in card.transfers] == [
        ("Косшы", "Целиноградский район", MOVED)
    ]
    # The receiving officer corrects the card, takes the client and writes in the case.
    moved = replace(
        setting.data,
        district_id=w.district_b,
        actual_address=NEW_ADDRESS,
        officer_id=w.officer_b.user_id,
    )
    clients.update_client(db, w.officer_b, setting.client_id, card.version, moved)
    cases.log_event(
        db,
        w.officer_b,
        setting.case_id,
        EventData(CaseEventKind.CONTACT, date(2026, 3, 12), "Первая встреча в новом районе."),
        today=TODAY,
    )
    history = case_card.case_card(db, w.officer_b, setting.case_id, TODAY)
    assert history.client_id == setting.client_id
    home = officer_home.officer_home(db, w.officer_b, TODAY)
    assert [(a.client_id, a.from_district, a.transferred_on) for a in home.arrived] == [
        (setting.client_id, "Косшы", MOVED)
    ]
    assert setting.client_id in {row.id for row in home.clients}
    # A release notice for him in the new district finds the card as its own.
    notice = release_notices.record_release_notice(
        db,
        w.officer_b,
        release_notices.ReleaseNoticeData(
            received_on=TODAY,
            institution="Учреждение ЕЦ-166/11",
            surname="Жұмабеков",
            given_name="Ерлан",
            patronymic="Серікұлы",
            expected_release=date(2026, 4, 1),
            district_id=w.district_b,
            iin=IIN,
        ),
        today=TODAY,
    )
    assert (notice.client_id, notice.client_created, notice.case_id) == (
        setting.client_id,
        False,
        setting.case_id,
    )
    # And the IIN check tells the old district the person is registered, not where.
    with pytest.raises(DuplicateIin) as refused:
        clients.create_client(db, w.officer_a, setting.data)
    assert refused.value.existing_id is None


def test_the_old_district_reads_the_card_as_it_left_and_changes_nothing(
    db: Database, setting: Setting
) -> None:
    w = setting.w
    setting.transfer()
    card = clients.open_client(db, w.officer_b, setting.client_id)
    moved = replace(setting.data, district_id=w.district_b, actual_address=NEW_ADDRESS)
    clients.update_client(db, w.officer_b, setting.client_id, card.version, moved)
    cases.log_event(
        db,
        w.officer_b,
        setting.case_id,
        EventData(CaseEventKind.CONTACT, date(2026, 3, 12), "Первая встреча в новом районе."),
        today=TODAY,
    )

    trace = clients.open_client(db, w.officer_a, setting.client_id)
    assert trace.transferred is not None
    assert (trace.transferred.to_district, trace.transferred.transferred_on) == (
        "Целиноградский район",
        MOVED,
    )
    assert trace.full_name == "Жұмабеков Ерлан Серікұлы" and trace.iin == IIN
    # What the new district wrote afterwards is not in it.
    assert trace.actual_address == OLD_ADDRESS and trace.district == "Косшы"
    texts = [line.text for line in trace.history]
    assert texts == [
        "Посещение по месту жительства.",
        "Помочь восстановить удостоверение личности",
    ]
    assert [c.id for c in trace.cases] == [setting.case_id]
    # Off this district's register since he left, for having moved.
    assert (trace.deregistered_on, trace.deregistration_reason) == (
        MOVED,
        DeregistrationReason.MOVED,
    )
    (exported,) = probation_exports.clients_register(db, w.officer_a)
    assert (exported.id, exported.district, exported.deregistered_on) == (
        setting.client_id,
        "Косшы",
        MOVED,
    )

    ids = registers.client_ids(db, w.officer_a, include_deregistered=True)
    (row,) = registers.client_rows(db, w.officer_a, ids)
    assert (row.id, row.transferred_to, row.transferred_on) == (
        setting.client_id,
        "Целиноградский район",
        MOVED,
    )
    assert row.full_name == "Жұмабеков Ерлан Серікұлы"
    assert registers.client_ids(db, w.officer_a, "жұмабеков") == [setting.client_id]
    assert registers.client_ids(db, w.officer_a) == []  # no longer on his register

    with pytest.raises(NotFound):
        clients.update_client(db, w.officer_a, setting.client_id, card.version, setting.data)
    with pytest.raises(NotFound):
        case_card.case_card(db, w.officer_a, setting.case_id, TODAY)
    with pytest.raises(NotFound):
        cases.log_event(
            db,
            w.officer_a,
            setting.case_id,
            EventData(CaseEventKind.NOTE, TODAY, "Запись"),
            today=TODAY,
        )
    with pytest.raises(NotFound):
        setting.transfer(to_district_id=setting.district_c)
    with pytest.raises(NotFound):
        clients.deregister_client(
            db,
            w.officer_a,
            setting.client_id,
            setting.version(),
            TODAY,
            DeregistrationReason.SENTENCE_SERVED,
        )


def test_a_third_district_sees_nothing(db: Database, setting: Setting) -> None:
    setting.transfer()
    officer_c = setting.officer_c
    with pytest.raises(NotFound) as refused:
        clients.open_client(db, officer_c, setting.client_id)
    with pytest.raises(NotFound) as missing:
        clients.open_client(db, officer_c, 987_654)
    assert str(refused.value) == str(missing.value)
    assert registers.client_ids(db, officer_c, "жұмабеков", include_deregistered=True) == []
    assert registers.client_rows(db, officer_c, [setting.client_id]) == []
    assert officer_home.officer_home(db, officer_c, TODAY).arrived == ()


def test_both_ends_are_audited_without_personal_data(db: Database, setting: Setting) -> None:
    w = setting.w
    setting.transfer(reason=f"Переехал к матери, ИИН {IIN}")
    with db.reading() as s:
        entries = {
            (e.entity, e.action): json.loads(e.changes)
            for e in s.scalars(
                select(AuditEntry).where(AuditEntry.entity.in_(("clients", "client_transfers")))
            )
            if e.action in ("update", "create")
        }
        text = " ".join(s.scalars(select(AuditEntry.changes)))
    assert entries[("clients", "update")]["district_id"] == [w.district_a, w.district_b]
    created = entries[("client_transfers", "create")]
    assert created["from_district_id"] == [None, w.district_a]
    assert created["to_district_id"] == [None, w.district_b]
    assert created["reason"] == [None, audit.REDACTED]
    assert created["trace"] == [None, audit.REDACTED]
    for personal in (IIN, "Жұмабеков", "матери", OLD_ADDRESS):
        assert personal not in text
    # The rows the transfer wrote match their entries (the world's units were made unaudited).
    checked = audit.verify(db, deep=True)
    assert checked.first_bad_seq is None
    assert [p for p in checked.rows if p.table != "admin_units"] == []


@pytest.mark.parametrize(
    ("changes", "field"),
    [
        ({"to_district_id": 987_654}, "to_district_id"),
        ({"reason": "  "}, "reason"),
        ({"on": date(2025, 11, 2)}, "transferred_on"),
    ],
)
def test_bad_transfers_are_refused(
    db: Database, setting: Setting, changes: dict[str, object], field: str
) -> None:
    with pytest.raises(InvalidInput) as refused:
        setting.transfer(**changes)
    assert refused.value.field == field
    with db.reading() as s:
        assert s.get_one(Client, setting.client_id).district_id == setting.w.district_a
        assert s.scalars(select(ClientTransfer)).all() == []


def test_not_to_his_own_district_nor_to_a_stranger_officer(db: Database, setting: Setting) -> None:
    with pytest.raises(InvalidInput) as same:
        setting.transfer(to_district_id=setting.w.district_a)
    assert same.value.field == "to_district_id"
    with pytest.raises(InvalidInput) as stranger:
        setting.transfer(officer_id=setting.officer_c.user_id)
    assert stranger.value.field == "officer_id"
    saved = setting.transfer(officer_id=setting.w.officer_b.user_id)
    with db.reading() as s:
        assert s.get_one(Client, setting.client_id).officer_id == setting.w.officer_b.user_id
        assert s.get_one(Case, setting.case_id).officer_id == setting.w.officer_b.user_id
    assert saved.saved


def test_only_the_district_holding_him_transfers(db: Database, setting: Setting) -> None:
    w = setting.w
    with pytest.raises(NotFound):
        setting.transfer(actor=w.officer_b)
    for actor in (w.secretary, w.admin, w.chair):
        with pytest.raises(PermissionDenied):
            setting.transfer(actor=actor)
    destinations = transfers.transfer_destinations(db, w.officer_a)
    assert {d.name for d in destinations} == {"Косшы", "Целиноградский район", "Аршалынский район"}


def test_back_and_forth_the_trace_follows_the_latest_move(db: Database, setting: Setting) -> None:
    w = setting.w
    setting.transfer()
    transfers.transfer_client(
        db, w.officer_b, setting.client_id, setting.version(), w.district_a, TODAY, "Вернулся"
    )
    # Home again: district A holds the card itself, district B keeps its trace.
    card = clients.open_client(db, w.officer_a, setting.client_id)
    assert card.transferred is None and len(card.transfers) == 2
    trace = clients.open_client(db, w.officer_b, setting.client_id)
    assert trace.transferred is not None and trace.transferred.to_district == "Косшы"
