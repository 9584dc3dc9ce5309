"""Migration 0006 (several commissions) on a database made at 0005, with data, on both engines.

The demo is built, the schema taken back to 0005 (as a database of the previous version would
be), and upgraded: every user of a commission is linked to it, officers are not, every letter
belongs to the commission, the letter numbers stay, and the trail still verifies row by row.
"""

from __future__ import annotations

from sqlalchemy import select, text

from commission.db import migrate
from commission.db.engine import Database
from commission.db.models import Commission, OutgoingLetter, User, UserCommission
from commission.domain.enums import Role
from commission.services import audit
from commission.services.context import Actor
from commission.services.demo import build_demo
from tests import migration_steps


def _downgrade(db: Database, target: str) -> None:
    migration_steps.downgrade(db, target)


def test_users_and_letters_move_into_the_commission(db: Database) -> None:
    build_demo(db, Actor.command_line(), seed=2, clients=10)
    with db.engine.connect() as conn:
        letters_before = conn.execute(
            text("SELECT id, year, seq, number FROM outgoing_letters ORDER BY id")
        ).all()
    assert letters_before
    _downgrade(db, "0005")
    with db.engine.connect() as conn:
        columns = set(conn.execute(text("SELECT * FROM outgoing_letters LIMIT 0")).keys())
    assert "commission_id" not in columns

    result = migrate.upgrade(db)

    assert result.before == "0005" and result.after == migrate.head_revision()
    assert result.baseline_rows > len(letters_before)
    with db.reading() as session:
        (commission_id,) = session.scalars(select(Commission.id)).all()
        linked = {
            (link.user_id, link.commission_id) for link in session.scalars(select(UserCommission))
        }
        users = [(u.id, u.role) for u in session.scalars(select(User))]
        letters = session.execute(
            select(
                OutgoingLetter.id,
                OutgoingLetter.year,
                OutgoingLetter.seq,
                OutgoingLetter.number,
                OutgoingLetter.commission_id,
            ).order_by(OutgoingLetter.id)
        ).all()
    of_commission = {user_id for user_id, role in users if role is not Role.PROBATION_OFFICER}
    assert linked == {(user_id, commission_id) for user_id in of_commission}
    assert any(role is Role.PROBATION_OFFICER for _, role in users)  # and they are not linked
    assert [tuple(row[:4]) for row in letters] == [tuple(row) for row in letters_before]
    assert {row[4] for row in letters} == {commission_id}
    checked = audit.verify(db, deep=True)
    assert checked.ok, checked


def test_downgrade_to_0005_and_back_on_an_empty_database(db: Database) -> None:
    _downgrade(db, "0005")
    migrate.upgrade(db)
    assert migrate.current_revision(db) == migrate.head_revision()
    assert audit.verify(db, deep=True).ok
