"""One search field for the whole program: meetings by number or topic, decisions by number or
text, agencies by name, and — for the roles that may see them — clients by name or IIN and
cases by number.

Each kind is read with a limit, so a word common in thousands of decisions still answers at
once; clients and cases go through the registers' own searches, which check the district
and write the look-up to the audit trail as any list of clients does.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from enum import StrEnum
from typing import Any, cast

from sqlalchemy import SQLColumnExpression, or_, select

from commission.db.engine import Database
from commission.db.models import Agency, AgendaItem, Decision, Meeting
from commission.domain.enums import Language
from commission.domain.permissions import Permission
from commission.services import case_register, overview, registers
from commission.services.context import Actor
from commission.services.scope import acting_or_none

PER_KIND = 8  # hits shown of each kind; the area's own list finds the rest
_MIN_LETTERS = 2
_MEETING_NUMBER = re.compile(r"№?\s*(\d{1,3})(?:\s*/\s*(\d{4}))?")
_DECISION_NUMBER = re.compile(r"(\d{1,3})\.(\d{1,3})")


class HitKind(StrEnum):
    MEETING = "meeting"
    DECISION = "decision"
    AGENCY = "agency"
    CLIENT = "client"
    CASE = "case"


@dataclass(frozen=True)
class Hit:
    kind: HitKind
    id: int
    title: str  # what was found, in the actor's language: «№ 3 · 12.03.2026», a name
    detail: str  # where the query matched: an item's title, a decision's text, a district
    day: date | None = None


def _snippet(text: str, limit: int = 120) -> str:
    flat = " ".join(text.split())
    return flat if len(flat) <= limit else flat[: limit - 1] + "…"


def search(db: Database, actor: Actor, text: str) -> list[Hit]:
    """The best hits of each kind the actor may see, kinds in the order above."""
    actor.require(Permission.VIEW_COMMISSION)
    query = " ".join(text.split())
    if len(query) < _MIN_LETTERS and not query.isdigit():
        return []
    hits = _meetings(db, actor, query) + _decisions(db, actor, query) + _agencies(db, actor, query)
    if actor.can(Permission.VIEW_CLIENTS):
        hits += _clients(db, actor, query) + _cases(db, actor, query)
    return hits


def _text(column: Any) -> SQLColumnExpression[str]:
    """A column that may be NULL, searched as text (NULL never matches)."""
    return cast("SQLColumnExpression[str]", column)


def _kk(actor: Actor) -> bool:
    return actor.language is Language.KK


def _meetings(db: Database, actor: Actor, query: str) -> list[Hit]:
    with db.reading() as session:
        commission = acting_or_none(session, actor)
        if commission is None:
            return []
        own = Meeting.commission_id == commission.id
        number = _MEETING_NUMBER.fullmatch(query)
        found: dict[int, Hit] = {}
        if number:
            by_number = select(Meeting).where(own, Meeting.number == int(number.group(1)))
            if number.group(2):
                by_number = by_number.where(Meeting.year == int(number.group(2)))
            for meeting in session.scalars(
                by_number.order_by(Meeting.meeting_date.desc()).limit(PER_KIND)
            ):
                found[meeting.id] = _meeting_hit(meeting, "")
        titles = session.execute(
            select(Meeting, AgendaItem.title, AgendaItem.title_kk)
            .join(AgendaItem, AgendaItem.meeting_id == Meeting.id)
            .where(
                own,
                or_(
                    overview.contains_folded(session, AgendaItem.title, query),
                    overview.contains_folded(session, _text(AgendaItem.title_kk), query),
                ),
            )
            .order_by(Meeting.meeting_date.desc(), AgendaItem.position)
            .limit(PER_KIND * 3)
        ).all()
        for meeting, title, title_kk in titles:
            if meeting.id not in found and len(found) < PER_KIND:
                shown = title_kk if _kk(actor) and title_kk else title
                found[meeting.id] = _meeting_hit(meeting, _snippet(shown))
        return list(found.values())


def _meeting_hit(meeting: Meeting, detail: str) -> Hit:
    return Hit(
        HitKind.MEETING,
        meeting.id,
        f"№ {meeting.number}/{meeting.year} · {meeting.meeting_date:%d.%m.%Y}",
        detail,
        meeting.meeting_date,
    )


def _decisions(db: Database, actor: Actor, query: str) -> list[Hit]:
    with db.reading() as session:
        commission = acting_or_none(session, actor)
        if commission is None:
            return []
        base = (
            select(Decision, AgendaItem.position, Meeting.number, Meeting.meeting_date)
            .join(AgendaItem, AgendaItem.id == Decision.agenda_item_id)
            .join(Meeting, Meeting.id == AgendaItem.meeting_id)
            .where(Meeting.commission_id == commission.id)
        )
        number = _DECISION_NUMBER.fullmatch(query)
        if number:
            base = base.where(
                AgendaItem.position == int(number.group(1)),
                Decision.position == int(number.group(2)),
            )
        else:
            base = base.where(
                or_(
                    overview.contains_folded(session, Decision.text, query),
                    overview.contains_folded(session, _text(Decision.text_kk), query),
                )
            )
        rows = session.execute(
            base.order_by(
                Meeting.meeting_date.desc(), AgendaItem.position, Decision.position
            ).limit(PER_KIND)
        ).all()
        return [
            Hit(
                HitKind.DECISION,
                decision.id,
                f"{item}.{decision.position} · № {meeting} · {day:%d.%m.%Y}",
                _snippet(decision.text_kk if _kk(actor) and decision.text_kk else decision.text),
                day,
            )
            for decision, item, meeting, day in rows
        ]


def _agencies(db: Database, actor: Actor, query: str) -> list[Hit]:
    with db.reading() as session:
        columns = (Agency.name_ru, Agency.name_kk, Agency.short_name_ru, Agency.short_name_kk)
        rows = session.scalars(
            select(Agency)
            .where(or_(*(overview.contains_folded(session, _text(c), query) for c in columns)))
            .order_by(Agency.is_active.desc(), Agency.name_ru)
            .limit(PER_KIND)
        ).all()
        return [
            Hit(
                HitKind.AGENCY,
                agency.id,
                overview.name_in(actor.language, agency.name_ru, agency.name_kk),
                overview.name_in(actor.language, agency.short_name_ru or "", agency.short_name_kk),
            )
            for agency in rows
        ]


def _clients(db: Database, actor: Actor, query: str) -> list[Hit]:
    # Capped at the hits shown: a common name among a million clients stops at the first few.
    found = registers.find_clients(db, actor, query, include_deregistered=True, cap=PER_KIND)
    ids = list(found.ids)[:PER_KIND]
    return [
        Hit(HitKind.CLIENT, row.id, row.full_name, f"{row.iin} · {row.district}")
        for row in registers.client_rows(db, actor, ids)
    ]


def _cases(db: Database, actor: Actor, query: str) -> list[Hit]:
    ids = case_register.case_ids(db, actor, query)[:PER_KIND]
    return [
        Hit(
            HitKind.CASE,
            row.id,
            f"№ {row.number}",
            f"{row.client_name} · {row.district}",
            row.opened_on,
        )
        for row in case_register.case_rows(db, actor, ids, date.today())
    ]
