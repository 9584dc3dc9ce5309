"""The dashboard's warning: a period that ends (or has ended) without a required item heard.

Checked for the last ended quarter, and for the current one in its last 30 days (time enough
to still put the item on a meeting). An item counts as heard when a held meeting (held or
later) of the commission had an agenda item of its kind within the item's period: the quarter
for a quarterly one, the half-year for a half-yearly one (flagged at II and IV), the year for a
yearly one (flagged at IV).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

from sqlalchemy import select

from commission.db.engine import Database
from commission.db.models import AgendaItem, Meeting
from commission.domain.enums import RequiredPeriod
from commission.domain.permissions import Permission
from commission.services.context import Actor
from commission.services.overview import ADOPTED_MEETING_STATUSES
from commission.services.required_items import DUE_QUARTERS, required_items_of
from commission.services.scope import acting_or_none

WARN_DAYS = 30  # the current quarter is flagged in its last this many days


@dataclass(frozen=True)
class UnheardRequired:
    """«В III квартале 2026 г. не рассмотрен: …» — the period as its kind says it."""

    period: RequiredPeriod
    year: int
    number: int  # the quarter (1–4), the half (1–2), or 1 for the year
    title_ru: str
    title_kk: str
    ended: bool  # the period is over (otherwise it ends within WARN_DAYS)


def quarter_bounds(year: int, quarter: int) -> tuple[date, date]:
    first = date(year, 3 * quarter - 2, 1)
    following = date(year + 1, 1, 1) if quarter == 4 else date(year, 3 * quarter + 1, 1)
    return first, following - timedelta(days=1)


def _period(period: RequiredPeriod, year: int, quarter: int) -> tuple[int, date, date]:
    """The item's period ending with ``quarter``: its number and first and last days."""
    if period is RequiredPeriod.QUARTERLY:
        return quarter, *quarter_bounds(year, quarter)
    if period is RequiredPeriod.HALF_YEARLY:
        half = 1 if quarter == 2 else 2
        return half, quarter_bounds(year, quarter - 1)[0], quarter_bounds(year, quarter)[1]
    return 1, date(year, 1, 1), date(year, 12, 31)


def _quarters_to_check(today: date) -> list[tuple[int, int, bool]]:
    """(year, quarter, ended) of the last ended quarter and, near its end, the current one."""
    quarter = (today.month - 1) // 3 + 1
    last = (today.year, quarter - 1) if quarter > 1 else (today.year - 1, 4)
    checked = [(last[0], last[1], True)]
    if quarter_bounds(today.year, quarter)[1] - today < timedelta(days=WARN_DAYS):
        checked.append((today.year, quarter, False))
    return checked


def unheard_required(db: Database, actor: Actor, today: date) -> list[UnheardRequired]:
    """The acting commission's required items not heard in a period that has ended or ends
    within 30 days of ``today``; empty before the commission is set up."""
    actor.require(Permission.VIEW_COMMISSION)
    with db.reading() as session:
        commission = acting_or_none(session, actor)
        if commission is None:
            return []
        items = required_items_of(session, commission.id)
        if not items:
            return []
        earliest = min(quarter_bounds(y, q)[0] for y, q, _ in _quarters_to_check(today))
        heard = session.execute(
            select(AgendaItem.kind, Meeting.meeting_date)
            .join(Meeting, AgendaItem.meeting_id == Meeting.id)
            .where(
                Meeting.commission_id == commission.id,
                Meeting.status.in_(ADOPTED_MEETING_STATUSES),
                Meeting.meeting_date >= date(earliest.year - 1, 1, 1),
                Meeting.meeting_date <= today,
            )
        ).all()
        found = []
        for year, quarter, ended in _quarters_to_check(today):
            for item in items:
                if quarter not in DUE_QUARTERS[item.period]:
                    continue
                number, first, last = _period(item.period, year, quarter)
                if any(k is item.agenda_kind and first <= d <= last for k, d in heard):
                    continue
                found.append(
                    UnheardRequired(item.period, year, number, item.title_ru, item.title_kk, ended)
                )
        return found
