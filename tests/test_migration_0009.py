"""Migration 0009 (each commission's Word template in the database) on a database made at
0008, with data, on both engines: the commissions keep every value and have no template of
their own, one can then be set, and the trail still verifies row by row."""

from __future__ import annotations

from sqlalchemy import inspect, text

from commission.db import migrate
from commission.db.engine import Database
from commission.exports.templates import default_template
from commission.services import audit, auth, document_templates
from commission.services.context import Actor
from commission.services.demo import DEMO_PASSWORD, build_demo
from tests import migration_steps


def _commissions(db: Database) -> list[tuple[object, ...]]:
    with db.engine.connect() as conn:
        return [
            tuple(row)
            for row in conn.execute(
                text("SELECT id, name_ru, name_kk, admin_unit_id, version FROM commissions")
            )
        ]


def test_the_commissions_stay_and_get_no_template_of_their_own(db: Database) -> None:
    build_demo(db, Actor.command_line(), seed=2, clients=10, oblast=True)
    before = sorted(_commissions(db))
    assert len(before) == 4
    migration_steps.downgrade(db, "0008")
    columns = {c["name"] for c in inspect(db.engine).get_columns("commissions")}
    assert "template_sha256" not in columns

    result = migrate.upgrade(db)

    assert result.before == "0008" and result.after == migrate.head_revision()
    assert sorted(_commissions(db)) == before
    secretary = auth.login(db, "secretary2", DEMO_PASSWORD)
    assert document_templates.template_info(db, secretary) is None
    document_templates.set_template(db, secretary, "Бланк.docx", default_template().read_bytes())
    info = document_templates.template_info(db, secretary)
    assert info is not None and info.file_name == "Бланк.docx"
    checked = audit.verify(db, deep=True)
    assert checked.ok, checked


def test_downgrade_to_0008_and_back_on_an_empty_database(db: Database) -> None:
    migration_steps.downgrade(db, "0008")
    migrate.upgrade(db)
    assert migrate.current_revision(db) == migrate.head_revision()
    assert audit.verify(db, deep=True).ok
