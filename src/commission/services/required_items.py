"""The items the law and the commission's regulation require it to hear, with their period.

Every commission has the two the law requires (seeded when it is made; migration 0013 seeded the
existing ones): the police chief's quarterly report (МВД order No. 608 of 31.07.2023) and the
half-yearly assessment of early detection of and support to persons and families in a difficult
life situation (art. 72 p. 4 of Law No. 245-VIII). The administrator adds others from the
regulation. The work plan proposes them (``plan_proposals``); the dashboard flags a period that
ends without one heard (``required_check``).
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from sqlalchemy import select
from sqlalchemy.orm import Session

from commission.db.engine import Database
from commission.db.models import Commission, RequiredItem, WorkPlanItem
from commission.domain.enums import AgendaItemKind, RequiredPeriod
from commission.domain.messages import QT_TRANSLATE_NOOP
from commission.domain.permissions import Permission
from commission.services import audit
from commission.services.bilingual_text import cleaned_pair, required_pair
from commission.services.context import Actor
from commission.services.scope import acting_commission, get_own, get_readable

# The quarters in which an item of each period is due (a half-year's item at its half's end).
DUE_QUARTERS = {
    RequiredPeriod.QUARTERLY: (1, 2, 3, 4),
    RequiredPeriod.HALF_YEARLY: (2, 4),
    RequiredPeriod.YEARLY: (4,),
}


@dataclass(frozen=True)
class RequiredItemData:
    title_ru: str
    title_kk: str | None
    period: RequiredPeriod
    agenda_kind: AgendaItemKind
    legal_basis_ru: str | None = None
    legal_basis_kk: str | None = None


@dataclass(frozen=True)
class RequiredItemView(RequiredItemData):
    id: int = 0
    version: int = 0


# What the law requires of every commission (kept word for word in migration 0013).
LAW_REQUIRES = (
    RequiredItemData(
        title_ru="Отчёт начальника полиции",
        title_kk="Полиция бастығының есебі",
        period=RequiredPeriod.QUARTERLY,
        agenda_kind=AgendaItemKind.POLICE_REPORT,
        legal_basis_ru="Приказ Министра внутренних дел Республики Казахстан "
        "от 31 июля 2023 года № 608",
        legal_basis_kk="Қазақстан Республикасы Ішкі істер министрінің "
        "2023 жылғы 31 шілдедегі № 608 бұйрығы",
    ),
    RequiredItemData(
        title_ru="Оценка работы по раннему выявлению лиц и семей, находящихся в трудной "
        "жизненной ситуации, и оказанию им поддержки",
        title_kk="Қиын өмірлік жағдайдағы адамдар мен отбасыларды ерте анықтау және "
        "оларға қолдау көрсету жөніндегі жұмысты бағалау",
        period=RequiredPeriod.HALF_YEARLY,
        agenda_kind=AgendaItemKind.DIFFICULT_SITUATION,
        legal_basis_ru="Пункт 4 статьи 72 Закона Республики Казахстан от 30 декабря "
        "2025 года № 245-VIII «О профилактике правонарушений»",
        legal_basis_kk="«Құқық бұзушылықтардың профилактикасы туралы» Қазақстан "
        "Республикасының 2025 жылғы 30 желтоқсандағы № 245-VIII Заңының 72-бабының 4-тармағы",
    ),
)


def _view(item: RequiredItem) -> RequiredItemView:
    return RequiredItemView(
        id=item.id,
        version=item.version,
        title_ru=item.title_ru,
        title_kk=item.title_kk,
        period=item.period,
        agenda_kind=item.agenda_kind,
        legal_basis_ru=item.legal_basis_ru,
        legal_basis_kk=item.legal_basis_kk,
    )


def _cleaned(data: RequiredItemData) -> RequiredItemData:
    title_ru, title_kk = required_pair(
        data.title_ru,
        data.title_kk,
        "title_ru",
        QT_TRANSLATE_NOOP("Errors", "Enter the title of the required item."),
    )
    basis_ru, basis_kk = cleaned_pair(data.legal_basis_ru, data.legal_basis_kk)
    return replace(
        data,
        title_ru=title_ru or title_kk or "",
        title_kk=title_kk or title_ru,
        legal_basis_ru=basis_ru,
        legal_basis_kk=basis_kk,
    )


def _fill(item: RequiredItem, data: RequiredItemData) -> None:
    item.title_ru = data.title_ru
    item.title_kk = data.title_kk or data.title_ru
    item.period = data.period
    item.agenda_kind = data.agenda_kind
    item.legal_basis_ru = data.legal_basis_ru
    item.legal_basis_kk = data.legal_basis_kk


def law_required_rows(commission_id: int, login: str | None) -> list[RequiredItem]:
    """The items the law requires, as new rows of a commission (the demo adds them as such)."""
    rows = []
    for data in LAW_REQUIRES:
        item = RequiredItem(commission_id=commission_id, updated_by=login)
        _fill(item, data)
        rows.append(item)
    return rows


def seed_required_items(session: Session, actor: Actor, commission: Commission) -> None:
    """The items the law requires, for a commission just made."""
    session.flush()
    for item in law_required_rows(commission.id, actor.login):
        session.add(item)
        audit.record_create(session, actor, item)


def required_items_of(session: Session, commission_id: int) -> list[RequiredItem]:
    return list(
        session.scalars(
            select(RequiredItem)
            .where(RequiredItem.commission_id == commission_id)
            .order_by(RequiredItem.id)
        )
    )


def list_required_items(db: Database, actor: Actor) -> list[RequiredItemView]:
    """The acting commission's required items, in the order they were entered."""
    actor.require(Permission.VIEW_COMMISSION)
    with db.reading() as session:
        commission = acting_commission(session, actor)
        return [_view(item) for item in required_items_of(session, commission.id)]


def get_required_item(db: Database, actor: Actor, required_item_id: int) -> RequiredItemView:
    actor.require(Permission.VIEW_COMMISSION)
    with db.reading() as session:
        return _view(get_readable(session, actor, RequiredItem, required_item_id))


def add_required_item(db: Database, actor: Actor, data: RequiredItemData) -> RequiredItemView:
    actor.require(Permission.EDIT_COMMISSION)
    data = _cleaned(data)
    with db.transaction() as session:
        item = RequiredItem(
            commission_id=acting_commission(session, actor).id, updated_by=actor.login
        )
        _fill(item, data)
        session.add(item)
        audit.record_create(session, actor, item)
        return _view(item)


def update_required_item(
    db: Database, actor: Actor, required_item_id: int, version: int, data: RequiredItemData
) -> RequiredItemView:
    actor.require(Permission.EDIT_COMMISSION)
    data = _cleaned(data)
    with db.transaction() as session:
        item = get_own(session, actor, RequiredItem, required_item_id, version)
        _fill(item, data)
        audit.record_update(session, actor, item)
        return _view(item)


def remove_required_item(db: Database, actor: Actor, required_item_id: int, version: int) -> None:
    """The item is no longer required; the plan's questions planned for it stay as questions."""
    actor.require(Permission.EDIT_COMMISSION)
    with db.transaction() as session:
        item = get_own(session, actor, RequiredItem, required_item_id, version)
        planned = session.scalars(
            select(WorkPlanItem).where(WorkPlanItem.required_item_id == item.id)
        ).all()
        for plan_item in planned:
            plan_item.required_item_id = None
            audit.record_update(session, actor, plan_item)
        session.flush()
        audit.record_delete(session, actor, item)
