"""Migration 0007 (client transfers) on a database made at 0006, with data, on both engines.

The demo is built, the schema taken back to 0006 (as a database of the previous version would
be) and upgraded: the clients and their cases are untouched, the new table is there and empty,
a client can then be transferred, and the trail still verifies row by row.
"""

from __future__ import annotations

from datetime import date

from alembic import command
from sqlalchemy import inspect, select, text

from commission.db import migrate
from commission.db.engine import Database
from commission.db.models import AdminUnit, Client, ClientTransfer, User
from commission.domain.enums import AdminLevel, Role
from commission.services import audit, transfers
from commission.services.context import Actor
from commission.services.demo import build_demo


def _downgrade(db: Database, target: str) -> None:
    config = migrate._config()
    with db.engine.connect() as conn, conn.begin():
        config.attributes["connection"] = conn
        command.downgrade(config, target)


def _clients(db: Database) -> list[tuple[object, ...]]:
    with db.engine.connect() as conn:
        return [
            tuple(row)
            for row in conn.execute(
                text("SELECT id, iin, district_id, officer_id, version FROM clients ORDER BY id")
            )
        ]


def test_the_transfers_table_comes_and_the_clients_stay(db: Database) -> None:
    build_demo(db, Actor.command_line(), seed=2, clients=10)
    before = _clients(db)
    assert before
    _downgrade(db, "0006")
    assert "client_transfers" not in inspect(db.engine).get_table_names()

    result = migrate.upgrade(db)

    assert result.before == "0006" and result.after == migrate.head_revision()
    assert "client_transfers" in inspect(db.engine).get_table_names()
    assert _clients(db) == before
    with db.reading() as session:
        assert session.scalars(select(ClientTransfer)).all() == []
        officer = session.scalars(
            select(User).where(User.role == Role.PROBATION_OFFICER).order_by(User.id)
        ).first()
        assert officer is not None and officer.district_id is not None
        client = session.scalars(
            select(Client)
            .where(Client.district_id == officer.district_id, Client.deregistered_on.is_(None))
            .order_by(Client.id)
        ).first()
        assert client is not None
        target = session.scalars(
            select(AdminUnit.id).where(
                AdminUnit.level.in_((AdminLevel.DISTRICT, AdminLevel.CITY)),
                AdminUnit.id != officer.district_id,
            )
        ).first()
        actor = Actor(
            officer.id, officer.login, officer.full_name, officer.role, officer.district_id
        )
        client_id, version, registered = client.id, client.version, client.registered_on
    if target is None:  # a demo of one district: the oblast gets a second
        with db.transaction() as session:
            unit = AdminUnit(level=AdminLevel.DISTRICT, name_ru="Второй район", name_kk="Екінші")
            session.add(unit)
            session.flush()
            audit.record_create(session, Actor.command_line(), unit)
            target = unit.id
    on = max(registered or date(2026, 1, 1), date(2026, 1, 1))
    transfers.transfer_client(db, actor, client_id, version, target, on, "Смена места жительства")
    checked = audit.verify(db, deep=True)
    assert checked.ok, checked


def test_downgrade_to_0006_and_back_on_an_empty_database(db: Database) -> None:
    _downgrade(db, "0006")
    migrate.upgrade(db)
    assert migrate.current_revision(db) == migrate.head_revision()
    assert audit.verify(db, deep=True).ok
