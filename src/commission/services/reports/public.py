"""The public report of a quarter (issue 15, point 6): what the akimat publishes on its site.

Numbers and the titles of the questions heard, never a person. A question that examines a
client's case (linked to the case, or whose title carries a client's code «Б-ов Н. К.») is
counted, not named: its title is the one place a typed name could slip through. The writers
show every count below ``SMALL_COUNT`` as «менее 5» (see ``public_count``).
"""

from __future__ import annotations

import re
from collections.abc import Collection, Sequence
from datetime import date

from sqlalchemy import select

from commission.db.engine import Database
from commission.db.models import AgendaItem, Meeting
from commission.documents.minutes import Bilingual
from commission.documents.reports import PoliceFigure, PublicReport, ReportPeriod
from commission.domain.permissions import Permission
from commission.services.context import Actor
from commission.services.overview import ADOPTED_MEETING_STATUSES
from commission.services.reports.counts import case_question_ids
from commission.services.reports.quarterly import commission_sections, read_commissions

SMALL_COUNT = 5
# A client's code or a person's initials: «Б-ов Н. К.», «К-м», «Н.К.».
_PERSON_MARKS = re.compile(r"\b\w-\w{1,2}\b|\b\w\.\s?\w\.")


def public_count(n: int) -> int | None:
    """The count as published: ``None`` (shown «менее 5», in open data "<5") below 5."""
    return n if n >= SMALL_COUNT else None


def names_a_person(title: Bilingual) -> bool:
    return bool(_PERSON_MARKS.search(title.ru) or _PERSON_MARKS.search(title.kk))


def public_report(
    db: Database,
    actor: Actor,
    period: ReportPeriod,
    today: date,
    *,
    police_figures: Sequence[PoliceFigure] = (),
    commission_ids: Collection[int] | None = None,
) -> PublicReport:
    """The public report of ``period``; ``police_figures`` are the police chief's quarterly
    figures (issue 15, point 1) when recorded — with none the report has no police section."""
    actor.require(Permission.VIEW_COMMISSION)
    with db.reading() as session:
        read = read_commissions(session, actor, period, today, commission_ids)
        scope = read.scope
        on_cases = case_question_ids(session, scope, period.start, period.end)
        heard = session.execute(
            select(AgendaItem.id, AgendaItem.title, AgendaItem.title_kk)
            .join(Meeting, AgendaItem.meeting_id == Meeting.id)
            .where(
                Meeting.commission_id.in_(scope),
                Meeting.status.in_(ADOPTED_MEETING_STATUSES),
                Meeting.meeting_date.between(period.start, period.end),
            )
            .order_by(Meeting.meeting_date, Meeting.number, AgendaItem.position)
        ).all()
    questions: list[Bilingual] = []
    withheld = 0
    for item_id, title, title_kk in heard:
        text = Bilingual.of(" ".join(title.split()), " ".join((title_kk or "").split()))
        if item_id in on_cases or names_a_person(text):
            withheld += 1
        else:
            questions.append(text)
    return PublicReport(
        period=period,
        commission=read.commission,
        akimat=read.akimat,
        as_of=min(today, period.end),
        sections=commission_sections(read.counts),
        questions=tuple(questions),
        case_questions=withheld,
        police=tuple(police_figures),
    )
