"""The work plan proposes the required items (``required_items``) not yet planned in a quarter
where they are due: quarterly ones every quarter, half-yearly ones in II and IV, yearly ones in
IV. Including one creates its plan questions in those quarters; run twice it adds nothing."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from commission.db.engine import Database
from commission.db.models import AgendaItem, RequiredItem, WorkPlanItem
from commission.domain.enums import AgendaItemKind, RequiredPeriod, WorkPlanState
from commission.domain.permissions import Permission
from commission.services import audit
from commission.services.context import Actor
from commission.services.required_items import DUE_QUARTERS, required_items_of
from commission.services.scope import acting_commission, get_own
from commission.services.workplan import MAX_YEAR, MIN_YEAR


@dataclass(frozen=True)
class MissingRequired:
    """A required item and the quarters of the plan's year it is due in but not planned."""

    required_item_id: int
    title_ru: str
    title_kk: str
    period: RequiredPeriod
    agenda_kind: AgendaItemKind
    legal_basis_ru: str | None
    legal_basis_kk: str | None
    quarters: tuple[int, ...]


def _missing(session: Session, commission_id: int, year: int) -> list[MissingRequired]:
    in_year = (WorkPlanItem.commission_id == commission_id, WorkPlanItem.year == year)
    planned = {
        (row[0], row[1])
        for row in session.execute(
            select(WorkPlanItem.required_item_id, WorkPlanItem.quarter).where(
                *in_year, WorkPlanItem.required_item_id.is_not(None)
            )
        )
    }
    # A question planned by hand and put on an agenda as an item of the required kind (the
    # police report planned before required items existed) covers its quarter too.
    on_agenda = {
        (row[0], row[1])
        for row in session.execute(
            select(AgendaItem.kind, WorkPlanItem.quarter)
            .join(WorkPlanItem, AgendaItem.work_plan_item_id == WorkPlanItem.id)
            .where(*in_year)
        )
    }
    found = []
    for item in required_items_of(session, commission_id):
        quarters = tuple(
            q
            for q in DUE_QUARTERS[item.period]
            if (item.id, q) not in planned and (item.agenda_kind, q) not in on_agenda
        )
        if quarters:
            found.append(
                MissingRequired(
                    required_item_id=item.id,
                    title_ru=item.title_ru,
                    title_kk=item.title_kk,
                    period=item.period,
                    agenda_kind=item.agenda_kind,
                    legal_basis_ru=item.legal_basis_ru,
                    legal_basis_kk=item.legal_basis_kk,
                    quarters=quarters,
                )
            )
    return found


def missing_required(db: Database, actor: Actor, year: int) -> list[MissingRequired]:
    """The acting commission's required items not planned in every quarter of ``year`` where
    they are due («Обязательные вопросы, не включённые в план»)."""
    actor.require(Permission.VIEW_COMMISSION)
    if not MIN_YEAR <= year <= MAX_YEAR:
        return []
    with db.reading() as session:
        return _missing(session, acting_commission(session, actor).id, year)


def include_required(db: Database, actor: Actor, required_item_id: int, year: int) -> list[int]:
    """Plan the required item in each quarter of ``year`` where it is due and not yet planned;
    returns the new plan questions' ids (none when it is planned already)."""
    actor.require(Permission.EDIT_MEETINGS)
    if not MIN_YEAR <= year <= MAX_YEAR:
        return []
    with db.transaction() as session:
        required = get_own(session, actor, RequiredItem, required_item_id)
        missing = next(
            (
                m
                for m in _missing(session, required.commission_id, year)
                if m.required_item_id == required.id
            ),
            None,
        )
        created = []
        for quarter in missing.quarters if missing else ():
            item = WorkPlanItem(
                commission_id=required.commission_id,
                year=year,
                quarter=quarter,
                question=required.title_ru,
                question_kk=required.title_kk,
                state=WorkPlanState.PLANNED,
                required_item_id=required.id,
                updated_by=actor.login,
            )
            session.add(item)
            audit.record_create(session, actor, item)
            created.append(item.id)
        return created
