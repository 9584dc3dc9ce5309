"""Which of their commissions a user works for now: chosen at log-in, switched from the window.

A user serving several commissions (the oblast's secretary who also keeps a district's records)
picks one; the actor then carries it (``Actor.commission_id``) and every service works in it.
The command line names it with ``--commission``. No one works for a commission they are not
linked to; the command line without ``--user`` (a database without accounts) may name any.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from sqlalchemy import or_, select
from sqlalchemy.orm import Session, joinedload

from commission.db.engine import Database
from commission.db.models import AdminUnit, Commission
from commission.domain.enums import Language, Role
from commission.domain.messages import QT_TRANSLATE_NOOP
from commission.domain.permissions import Permission
from commission.services.context import Actor
from commission.services.errors import InvalidInput
from commission.services.scope import (
    acting_commission,
    commission_ids_of_user,
    readable_commission_ids,
)


@dataclass(frozen=True)
class CommissionChoice:
    id: int
    name_ru: str
    name_kk: str
    short_name_ru: str | None
    short_name_kk: str | None
    unit_ru: str
    unit_kk: str
    # A commission above or below it on the server: the oblast's questions and decisions
    # concern it (the window shows «Oblast and districts» only then).
    linked: bool = False

    def short_name(self, language: Language | str) -> str:
        """The short name and the unit it serves, in the interface language («… — район»)."""
        if Language(language) is Language.KK:
            return f"{self.short_name_kk or self.name_kk} — {self.unit_kk}"
        return f"{self.short_name_ru or self.name_ru} — {self.unit_ru}"


def _choice(commission: Commission) -> CommissionChoice:
    return CommissionChoice(
        id=commission.id,
        name_ru=commission.name_ru,
        name_kk=commission.name_kk,
        short_name_ru=commission.short_name_ru,
        short_name_kk=commission.short_name_kk,
        unit_ru=commission.admin_unit.name_ru,
        unit_kk=commission.admin_unit.name_kk,
    )


def _open_to(session: Session, actor: Actor) -> list[Commission]:
    if actor.role is Role.PROBATION_OFFICER:
        return [acting_commission(session, actor)]  # his district's
    query = select(Commission).options(joinedload(Commission.admin_unit)).order_by(Commission.id)
    if actor.user_id is not None:
        query = query.where(Commission.id.in_(commission_ids_of_user(session, actor.user_id)))
    return list(session.scalars(query))


def my_commissions(db: Database, actor: Actor) -> list[CommissionChoice]:
    """The commissions ``actor`` may work for: a user's own, for the choice at log-in."""
    actor.require(Permission.VIEW_COMMISSION)
    with db.reading() as session:
        return [_choice(c) for c in _open_to(session, actor)]


def current_commission(db: Database, actor: Actor) -> CommissionChoice:
    """The commission ``actor`` works for now (the window's title and status bar)."""
    actor.require(Permission.VIEW_COMMISSION)
    with db.reading() as session:
        commission = acting_commission(session, actor)
        return replace(_choice(commission), linked=_linked(session, commission))


def readable_commissions(db: Database, actor: Actor) -> list[CommissionChoice]:
    """The commissions whose records ``actor`` may read: their own first, then those of the
    units below it (the oblast's districts) by unit name, for the consolidated views' filter.
    A district's commission reads only its own: one choice, and the views offer no filter."""
    actor.require(Permission.VIEW_COMMISSION)
    with db.reading() as session:
        own = acting_commission(session, actor)
        others = list(
            session.scalars(
                select(Commission)
                .options(joinedload(Commission.admin_unit))
                .where(Commission.id.in_(readable_commission_ids(session, actor) - {own.id}))
            )
        )
        others.sort(key=lambda c: (c.admin_unit.name_ru, c.id))
        return [_choice(c) for c in [own, *others]]


def _linked(session: Session, commission: Commission) -> bool:
    unit = commission.admin_unit
    near = select(AdminUnit.id).where(AdminUnit.parent_id == unit.id)
    others = select(Commission.id).where(
        Commission.id != commission.id,
        or_(Commission.admin_unit_id == unit.parent_id, Commission.admin_unit_id.in_(near)),
    )
    return session.scalar(others.limit(1)) is not None


def choose_commission(db: Database, actor: Actor, commission_id: int) -> Actor:
    """``actor`` working for ``commission_id``; refused for a commission not theirs."""
    actor.require(Permission.VIEW_COMMISSION)
    with db.reading() as session:
        open_to = [_choice(c) for c in _open_to(session, actor)]
    if commission_id not in {c.id for c in open_to}:
        raise InvalidInput(
            QT_TRANSLATE_NOOP(
                "Errors", "You do not work for the commission number {id}. Yours: {choices}."
            ),
            "commission",
            id=commission_id,
            choices="; ".join(f"{c.id}: {c.short_name(Language.RU)}" for c in open_to) or "—",
        )
    if actor.role is Role.PROBATION_OFFICER:
        return actor  # his district decides; nothing to carry
    return replace(actor, commission_id=commission_id)
