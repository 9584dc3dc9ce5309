"""The stored control state of decisions: kept in step with their control points.

Each decision row carries its earliest open due date (``open_due``), the due date the register
shows and sorts by (``shown_due``: that one, else the decision's term) and the state it shows
when no date says "overdue" or "due soon" (``undated_state``, ``domain.control.undated_state``).
They are derived, so they are never set by hand: every flush that writes a control point or a
decision's stored state, kind or points re-derives them for the decisions concerned, in the
same transaction, with one UPDATE per few hundred decisions. Writers that bypass the ORM (bulk
generators, the migration) call ``refresh`` themselves.

The UPDATE goes around the ORM so that the decision's version does not move (a user editing
the decision meanwhile would otherwise be told it changed), and the rows are handed to the
audit sweep so that ``audit verify --deep`` does not take them for an insider's edit.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import Any

from sqlalchemy import (
    ColumnElement,
    String,
    and_,
    case,
    event,
    func,
    inspect,
    literal,
    or_,
    select,
    type_coerce,
    update,
)
from sqlalchemy.engine import Connection
from sqlalchemy.orm import Session, UOWTransaction

from commission.db.models import ControlPoint, Decision
from commission.domain.control import FINAL_STATES, ComputedState
from commission.domain.enums import ControlPointState, ControlState, DecisionKind
from commission.services.audit_stamps import note_rows

__all__ = ["refresh", "refresh_all", "stale_decisions"]

_CHUNK = 500
_PENDING = "commission_control_state_pending"  # session.info: decision ids to re-derive
# The decision's columns the undated state depends on, besides its control points.
_WATCHED = ("control_state", "kind", "due_date")
_DERIVED = ["open_due", "shown_due", "undated_state"]


def _open_due() -> Any:
    return (
        select(func.min(ControlPoint.due_date))
        .where(
            ControlPoint.decision_id == Decision.id,
            ControlPoint.state == ControlPointState.OPEN,
        )
        .correlate(Decision)
        .scalar_subquery()
    )


def undated_expression(open_due: Any) -> ColumnElement[str]:
    """``domain.control.undated_state`` as SQL over the decision's stored columns."""
    stored = type_coerce(Decision.control_state, String())
    kind = type_coerce(Decision.kind, String())
    return case(
        (stored.in_([s.value for s in FINAL_STATES]), stored),
        (
            or_(
                stored == ControlState.NOT_CONTROLLED.value,
                and_(kind == DecisionKind.NOTE.value, open_due.is_(None)),
            ),
            literal(ComputedState.NOT_CONTROLLED.value, String()),
        ),
        (
            stored == ControlState.OVERDUE.value,
            literal(ComputedState.ON_CONTROL.value, String()),
        ),
        else_=stored,
    )


def _values() -> dict[str, Any]:
    due = _open_due()
    return {
        "open_due": due,
        "shown_due": func.coalesce(due, Decision.due_date),
        "undated_state": undated_expression(due),
    }


def refresh(bind: Session | Connection, decision_ids: Iterable[int]) -> None:
    """Re-derive the stored control state of these decisions from their control points."""
    ids = sorted(set(decision_ids))
    for start in range(0, len(ids), _CHUNK):
        part = ids[start : start + _CHUNK]
        bind.execute(
            update(Decision)
            .where(Decision.id.in_(part))
            .values(**_values())
            .execution_options(synchronize_session=False)
        )


def refresh_all(bind: Session | Connection) -> None:
    """Re-derive every decision's stored control state (after bulk inserts, in the migration)."""
    bind.execute(update(Decision).values(**_values()).execution_options(synchronize_session=False))


def stale_decisions(session: Session, limit: int = 100) -> list[int]:
    """Ids of decisions whose stored control state differs from what their control points say
    (at most ``limit``): empty unless something wrote behind the program's back."""
    due = _open_due()
    undated = undated_expression(due)
    stored_state = type_coerce(Decision.undated_state, String())
    query = (
        select(Decision.id)
        .where(
            or_(
                stored_state != undated,
                and_(Decision.open_due.is_(None), due.is_not(None)),
                and_(Decision.open_due.is_not(None), due.is_(None)),
                Decision.open_due != due,
                and_(
                    Decision.shown_due.is_(None), func.coalesce(due, Decision.due_date).is_not(None)
                ),
                and_(
                    Decision.shown_due.is_not(None), func.coalesce(due, Decision.due_date).is_(None)
                ),
                Decision.shown_due != func.coalesce(due, Decision.due_date),
            )
        )
        .order_by(Decision.id)
        .limit(limit)
    )
    return list(session.scalars(query))


# --- kept in step with every flush ---------------------------------------------------------


def _concerned(session: Session) -> set[int]:
    ids: set[int] = set()
    for obj in list(session.new) + list(session.dirty) + list(session.deleted):
        if isinstance(obj, ControlPoint):
            if obj.decision_id is not None:
                ids.add(obj.decision_id)
            history = inspect(obj).attrs.decision_id.history
            ids.update(i for i in history.deleted or () if i is not None)
        elif isinstance(obj, Decision) and obj not in session.deleted:
            state = inspect(obj)
            if obj in session.new or any(
                state.attrs[name].history.has_changes() for name in _WATCHED
            ):
                ids.add(obj.id)
    return ids


@event.listens_for(Session, "after_flush")
def _after_flush(session: Session, _flush: UOWTransaction) -> None:
    ids = _concerned(session)
    if ids:
        session.info.setdefault(_PENDING, set()).update(ids)


@event.listens_for(Session, "after_flush_postexec")
def _after_flush_postexec(session: Session, _flush: UOWTransaction) -> None:
    ids: set[int] = session.info.pop(_PENDING, set())
    if not ids:
        return
    refresh(session, ids)
    _expire(session, ids)
    note_rows(session, Decision, sorted(ids))


def _expire(session: Session, ids: Sequence[int] | set[int]) -> None:
    """Decisions loaded in the session read the new values on next access."""
    for obj in list(session.identity_map.values()):
        if isinstance(obj, Decision) and obj.id in ids:
            session.expire(obj, _DERIVED)
