"""Migration 0008 (questions between commissions, the district an akimat governs) on a database
made at 0007, with data, on both engines: the agencies keep their rows with no district, the new
table is there and empty, an akimat can then be tied to its district, and the trail still
verifies row by row."""

from __future__ import annotations

from sqlalchemy import inspect, select, text

from commission.db import migrate
from commission.db.engine import Database
from commission.db.models import AdminUnit, Agency, ProposedQuestion
from commission.services import agencies, audit
from commission.services.context import Actor
from commission.services.demo import build_demo
from tests import migration_steps


def _downgrade(db: Database, target: str) -> None:
    migration_steps.downgrade(db, target)


def _agencies(db: Database) -> list[tuple[object, ...]]:
    with db.engine.connect() as conn:
        return [
            tuple(row)
            for row in conn.execute(text("SELECT id, kind, name_ru, version FROM agencies"))
        ]


def test_the_agencies_stay_and_the_questions_table_comes(db: Database) -> None:
    build_demo(db, Actor.command_line(), seed=2, clients=10)
    before = sorted(_agencies(db))
    assert before
    _downgrade(db, "0007")
    columns = {c["name"] for c in inspect(db.engine).get_columns("agencies")}
    assert "admin_unit_id" not in columns
    assert "proposed_questions" not in inspect(db.engine).get_table_names()

    result = migrate.upgrade(db)

    assert result.before == "0007" and result.after == migrate.head_revision()
    assert sorted(_agencies(db)) == before
    with db.reading() as session:
        assert session.scalars(select(ProposedQuestion)).all() == []
        assert set(session.scalars(select(Agency.admin_unit_id))) == {None}
        akimat = session.scalars(select(Agency).order_by(Agency.id)).first()
        unit = session.scalars(select(AdminUnit.id).order_by(AdminUnit.id)).first()
        assert akimat is not None and unit is not None
        data = agencies.AgencyData(
            kind=agencies.AgencyKind.AKIMAT,
            name_ru=akimat.name_ru,
            name_kk=akimat.name_kk,
            admin_unit_id=unit,
        )
        agency_id, version = akimat.id, akimat.version
    saved = agencies.update_agency(db, Actor.command_line(), agency_id, version, data)
    assert saved.admin_unit_id == unit
    checked = audit.verify(db, deep=True)
    assert checked.ok, checked


def test_downgrade_to_0007_and_back_on_an_empty_database(db: Database) -> None:
    _downgrade(db, "0007")
    migrate.upgrade(db)
    assert migrate.current_revision(db) == migrate.head_revision()
    assert audit.verify(db, deep=True).ok
