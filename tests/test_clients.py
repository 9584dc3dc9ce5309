"""The client card: registration with IIN checks and duplicate detection, corrections,
removal from the register, opening with an audit entry, and who may do what."""

from __future__ import annotations

import json
from dataclasses import replace
from datetime import date

import pytest
from sqlalchemy import select

from commission.db.engine import Database
from commission.db.models import AuditEntry, Client
from commission.domain.enums import ClientCategory, DeregistrationReason
from commission.domain.iin import Sex, make_iin
from commission.domain.permissions import PermissionDenied
from commission.services import clients, registers
from commission.services.clients import ClientData, DuplicateIin
from commission.services.errors import InvalidInput, NotFound, StaleCopy
from tests.clients_world import World, build_world

BORN = date(1988, 3, 14)
IIN = make_iin(BORN, Sex.FEMALE, 4321)


@pytest.fixture
def world(db: Database) -> World:
    return build_world(db)


def _data(world: World, **changes: object) -> ClientData:
    data = ClientData(
        iin=IIN,
        surname="Әбілқайыр",
        given_name="Гүлнұр",
        patronymic="Серікқызы",
        district_id=world.district_a,
        category=ClientCategory.CONDITIONAL,
        articles="188 ч.2",
        sentence_start=date(2025, 5, 1),
        sentence_end=date(2027, 5, 1),
        registered_on=date(2025, 5, 10),
    )
    return replace(data, **changes)  # type: ignore[arg-type]


def _stored(db: Database, client_id: int) -> Client:
    with db.reading() as s:
        client = s.get(Client, client_id)
        assert client is not None
        s.expunge(client)
        return client


def test_birth_date_and_sex_come_from_the_iin(db: Database, world: World) -> None:
    saved = clients.create_client(db, world.officer_a, _data(world, iin=f" {IIN[:6]}-{IIN[6:]} "))
    assert saved.saved and saved.warnings == ()
    client = _stored(db, saved.client_id or 0)
    assert (client.iin, client.birth_date, client.sex) == (IIN, BORN, Sex.FEMALE)
    assert client.search_name == "әбілқайыр гүлнұр серікқызы"
    # An officer's new client is his own unless another officer is chosen.
    assert client.officer_id == world.officer_a.user_id


@pytest.mark.parametrize(
    ("changes", "field", "text"),
    [
        ({"iin": IIN[:-1] + str((int(IIN[-1]) + 1) % 10)}, "iin", "check digit"),
        ({"iin": "12345"}, "iin", "12 digits"),
        ({"iin": "12345678901x"}, "iin", "only digits"),
        ({"birth_date": date(1988, 3, 15)}, "iin", "birth date does not match"),
        ({"sex": Sex.MALE}, "iin", "sex does not match"),
        ({"surname": " \x07 "}, "surname", "surname"),
        ({"given_name": ""}, "given_name", "name"),
        ({"sentence_end": date(2025, 4, 30)}, "sentence_end", "end before it starts"),
    ],
)
def test_invalid_cards_are_refused_with_a_clear_message(
    db: Database, world: World, changes: dict[str, object], field: str, text: str
) -> None:
    with pytest.raises(InvalidInput) as caught:
        clients.create_client(db, world.officer_a, _data(world, **changes))
    assert caught.value.field == field
    assert text in str(caught.value)
    assert IIN not in str(caught.value) and "Әбілқайыр" not in str(caught.value)
    with db.reading() as s:
        assert s.scalars(select(Client)).all() == []


def test_text_pasted_from_word_is_cleaned(db: Database, world: World) -> None:
    saved = clients.create_client(
        db,
        world.officer_a,
        _data(
            world, surname="\u00a0Әбілқайыр\x0b", actual_address="ул.\x01 Абая\t 5\x0c", phone=""
        ),
    )
    client = _stored(db, saved.client_id or 0)
    assert (client.surname, client.actual_address, client.phone) == (
        "Әбілқайыр",
        "ул. Абая 5",
        None,
    )


def test_same_iin_is_blocking_and_names_the_card(db: Database, world: World) -> None:
    first = clients.create_client(db, world.officer_a, _data(world))
    with pytest.raises(DuplicateIin) as caught:
        clients.create_client(db, world.officer_a, _data(world, surname="Другой"))
    assert caught.value.existing_id == first.client_id
    assert f"card No. {first.client_id}" in str(caught.value)
    assert IIN not in str(caught.value) and IIN not in json.dumps(caught.value.params)
    # Another district's officer cannot make a second card either, but is not told which
    # card holds the IIN nor where.
    with pytest.raises(DuplicateIin) as elsewhere:
        clients.create_client(db, world.officer_b, _data(world, district_id=world.district_b))
    assert elsewhere.value.existing_id is None and elsewhere.value.params == {}
    assert "transfer the card" in str(elsewhere.value) and "No." not in str(elsewhere.value)


def test_same_name_and_birth_date_warns_until_confirmed(db: Database, world: World) -> None:
    first = clients.create_client(db, world.officer_a, _data(world))
    twin = _data(world, iin=make_iin(BORN, Sex.FEMALE, 777), surname="ӘБІЛҚАЙЫР", patronymic=None)
    held = clients.create_client(db, world.officer_a, twin)
    assert not held.saved
    assert [(w.client_id, w.name) for w in held.warnings] == [(first.client_id, "Әбілқайыр Г. С.")]
    with db.reading() as s:
        assert len(s.scalars(select(Client)).all()) == 1
    # Another district's officer is not told that a card with this name exists elsewhere.
    other = clients.create_client(
        db,
        world.officer_b,
        replace(twin, iin=make_iin(BORN, Sex.FEMALE, 778), district_id=world.district_b),
    )
    assert other.saved and other.warnings == ()
    saved = clients.create_client(db, world.officer_a, twin, confirm_duplicates=True)
    assert saved.saved and len(saved.warnings) == 1


def test_update_checks_the_version_and_the_iin(db: Database, world: World) -> None:
    first = clients.create_client(db, world.officer_a, _data(world))
    other_iin = make_iin(date(1979, 7, 2), Sex.MALE, 5)
    second = clients.create_client(
        db,
        world.officer_a,
        _data(world, iin=other_iin, surname="Петров", given_name="Иван", patronymic=None),
    )
    assert first.client_id and first.version and second.client_id and second.version
    updated = clients.update_client(
        db, world.officer_a, first.client_id, first.version, _data(world, phone="+7 701 000 00 00")
    )
    assert updated.saved and updated.version == first.version + 1
    with pytest.raises(StaleCopy):
        clients.update_client(db, world.officer_a, first.client_id, first.version, _data(world))
    with pytest.raises(DuplicateIin):
        clients.update_client(
            db,
            world.officer_a,
            second.client_id,
            second.version,
            _data(world, surname="Петров", given_name="Иван"),
        )


def test_deregistration_needs_a_date_not_before_registration(db: Database, world: World) -> None:
    saved = clients.create_client(db, world.officer_a, _data(world))
    assert saved.client_id and saved.version
    with pytest.raises(InvalidInput) as caught:
        clients.deregister_client(
            db,
            world.officer_a,
            saved.client_id,
            saved.version,
            date(2025, 5, 9),
            DeregistrationReason.TERM_END,
        )
    assert caught.value.field == "deregistered_on"
    done = clients.deregister_client(
        db,
        world.officer_a,
        saved.client_id,
        saved.version,
        date(2027, 5, 1),
        DeregistrationReason.SENTENCE_SERVED,
    )
    card = clients.open_client(db, world.officer_a, saved.client_id)
    assert card.version == done.version
    assert (card.deregistered_on, card.deregistration_reason) == (
        date(2027, 5, 1),
        DeregistrationReason.SENTENCE_SERVED,
    )
    assert saved.client_id not in registers.client_ids(db, world.officer_a)


def _card_opens(db: Database) -> list[tuple[str, str | None, str]]:
    """(login, client id, changes) of every card opening."""
    with db.reading() as s:
        rows = s.execute(
            select(AuditEntry.user_login, AuditEntry.entity_id, AuditEntry.changes).where(
                AuditEntry.entity == "clients", AuditEntry.action == "view"
            )
        )
        return [(r.user_login, r.entity_id, r.changes) for r in rows]


def test_opening_a_card_is_audited_and_masks_the_iin(db: Database, world: World) -> None:
    saved = clients.create_client(db, world.officer_a, _data(world))
    assert saved.client_id
    card = clients.open_client(db, world.officer_a, saved.client_id)
    assert (card.iin, card.iin_masked, card.full_name) == (
        IIN,
        False,
        "Әбілқайыр Гүлнұр Серікқызы",
    )
    assert (card.birth_date, card.district, card.officer) == (BORN, "Косшы", "Officer_A")
    seen = clients.open_client(db, world.secretary, saved.client_id)
    assert (seen.iin, seen.iin_masked) == (IIN[:6] + "******", True)
    opens = _card_opens(db)
    assert [(login, ident) for login, ident, _ in opens] == [
        ("officer_a", str(saved.client_id)),
        ("secretary", str(saved.client_id)),
    ]
    assert all("personal data accessed" in text and IIN not in text for _, _, text in opens)


def test_district_scope_and_roles(db: Database, world: World) -> None:
    saved = clients.create_client(db, world.officer_a, _data(world))
    assert saved.client_id and saved.version
    with pytest.raises(NotFound):
        clients.open_client(db, world.officer_b, saved.client_id)
    with pytest.raises(PermissionDenied):
        clients.update_client(db, world.officer_b, saved.client_id, saved.version, _data(world))
    with pytest.raises(PermissionDenied):
        clients.create_client(db, world.officer_a, _data(world, district_id=world.district_b))
    for actor in (world.chair, world.member, world.admin):
        with pytest.raises(PermissionDenied):
            clients.open_client(db, actor, saved.client_id)
        with pytest.raises(PermissionDenied):
            clients.create_client(db, actor, _data(world, iin=make_iin(BORN, Sex.FEMALE, 9)))
    # The secretary reads every district but does not edit cards.
    with pytest.raises(PermissionDenied):
        clients.create_client(db, world.secretary, _data(world, iin=make_iin(BORN, Sex.FEMALE, 9)))
    assert len(_card_opens(db)) == 0
