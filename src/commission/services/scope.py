"""Which commission an action is for: one database may hold an oblast's commissions.

Every user of a commission works for the one chosen at log-in (``Actor.commission_id``); a
probation officer works for a district and belongs to that district's commission; the
administrator at the command line names one with ``--commission`` unless there is only one.
The oblast's commission reads its districts' and cities' records (``readable_commission_ids``)
but changes only its own.
"""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from commission.db.models import AdminUnit, Commission, UserCommission
from commission.domain.messages import QT_TRANSLATE_NOOP, UserError
from commission.services.context import Actor


class NoCommission(UserError):
    pass


class ChooseCommission(UserError):
    """Several commissions and nothing says which one: the message lists them."""


def _not_set_up() -> NoCommission:
    return NoCommission(
        QT_TRANSLATE_NOOP(
            "Errors", "The commission is not set up yet. The administrator describes it first."
        )
    )


def acting_commission(session: Session, actor: Actor) -> Commission:
    """The commission ``actor`` works for now."""
    if actor.commission_id is not None:
        commission = session.get(Commission, actor.commission_id)
        if commission is None:
            raise _not_set_up()
        return commission
    if actor.district_id is not None:
        # A probation officer sits on the commission of the district his service works for.
        own = session.scalar(
            select(Commission)
            .where(Commission.admin_unit_id == actor.district_id)
            .order_by(Commission.id)
            .limit(1)
        )
        if own is not None:
            return own
    commissions = session.scalars(select(Commission).order_by(Commission.id).limit(50)).all()
    if not commissions:
        raise _not_set_up()
    if len(commissions) == 1:
        return commissions[0]
    raise ChooseCommission(
        QT_TRANSLATE_NOOP(
            "Errors", "The database holds several commissions; choose one of them: {choices}."
        ),
        choices="; ".join(f"{c.id} — {c.short_name_ru or c.name_ru}" for c in commissions),
    )


def commission_ids_of_user(session: Session, user_id: int) -> list[int]:
    """The commissions a user works for, in the order they were made."""
    return list(
        session.scalars(
            select(UserCommission.commission_id)
            .where(UserCommission.user_id == user_id)
            .order_by(UserCommission.commission_id)
        )
    )


def units_under(session: Session, unit_id: int) -> set[int]:
    """``unit_id`` and every unit below it (an oblast's districts and cities)."""
    found = {unit_id}
    frontier = {unit_id}
    while frontier:
        children = set(
            session.scalars(select(AdminUnit.id).where(AdminUnit.parent_id.in_(frontier)))
        )
        frontier = children - found
        found |= frontier
    return found


def readable_commission_ids(session: Session, actor: Actor) -> set[int]:
    """The commissions whose records ``actor`` may read: their own, and for a commission of
    an oblast (or a city with districts) those of the units below it."""
    own = acting_commission(session, actor)
    units = units_under(session, own.admin_unit_id)
    return set(session.scalars(select(Commission.id).where(Commission.admin_unit_id.in_(units))))
