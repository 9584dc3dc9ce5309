"""The quarterly and annual statistics of the commission (issue 15, point 5).

Every figure comes with the period before and the same period a year earlier. A district's
commission sees its own; the oblast passes ``commission_ids`` (each readable) and gets them
consolidated. The probation figures are counts only, and only for the roles that see the
probation register, of the districts they may see under those commissions.
"""

from __future__ import annotations

from collections.abc import Collection, Sequence
from dataclasses import dataclass
from datetime import date

from sqlalchemy import ColumnElement, and_, select
from sqlalchemy.orm import Session

from commission.db.engine import Database
from commission.db.models import AdminUnit, Client, Commission
from commission.documents import reports as r
from commission.documents.minutes import Bilingual
from commission.documents.reports import (
    AgencyDiscipline,
    Figure,
    QuarterlyStats,
    ReportPeriod,
    Section,
)
from commission.domain.discipline import DisciplineCounts
from commission.domain.discipline import discipline_score as score_of
from commission.domain.enums import AgendaItemKind, ClientCategory, NeedKind
from commission.domain.messages import QT_TRANSLATE_NOOP
from commission.domain.permissions import Permission
from commission.services import registers
from commission.services.context import Actor
from commission.services.errors import InvalidInput
from commission.services.reports.counts import (
    AgencyCounts,
    CommissionCounts,
    ProbationCounts,
    commission_counts,
    probation_counts,
)
from commission.services.scope import acting_or_none, scope_ids

_COMMISSION_LINES = {
    r.SECTION_SITTINGS: (r.SITTINGS_HELD, r.SITTINGS_EXTRAORDINARY),
    r.SECTION_DECISIONS: (r.DECISIONS_ADOPTED, r.DECISIONS_BINDING, r.DECISIONS_CONTROLLED),
    r.SECTION_EXECUTION: (
        r.POINTS_DUE,
        r.EXECUTED_ON_TIME,
        r.EXECUTED_LATE,
        r.OVERDUE,
        r.REMOVED,
        r.EXTENDED,
    ),
}
_CASE_LINES = (
    r.CASES_OPENED,
    r.PROGRAMMES_APPROVED,
    r.CASES_WITH_PROGRAMME,
    r.ESCALATIONS,
)
_MEASURE_LINES = (r.MEASURES_PROVIDED, r.MEASURES_NOT_PROVIDED, r.MEASURES_REDIRECTED)


def parse_period(text: str) -> ReportPeriod:
    """A period as typed on the command line or kept in settings: ``2026-Q3`` or ``2026``."""
    try:
        return ReportPeriod.parse(text)
    except ValueError:
        raise InvalidInput(
            QT_TRANSLATE_NOOP(
                "Errors", "Not a period: {period}. Write a quarter as 2026-Q3 or a year as 2026."
            ),
            "period",
            period=text,
        ) from None


def discipline_score(counts: AgencyCounts) -> int | None:
    """The agency's 0–100 score over the period (``domain.discipline``), partial executions
    and formal replies weighed as on the dashboard and in the control register."""
    return score_of(
        DisciplineCounts(
            on_time=counts.on_time - counts.partial_on_time,
            late=counts.late - counts.partial_late,
            partial=counts.partial_on_time + counts.partial_late,
            overdue=counts.overdue,
            formal=counts.formal,
        )
    )


def spans(period: ReportPeriod) -> list[tuple[date, date]]:
    """The dates of the period, the one before it and the same one a year earlier."""
    return [(p.start, p.end) for p in (period, period.previous(), period.year_ago())]


def quarterly_stats(
    db: Database,
    actor: Actor,
    period: ReportPeriod,
    today: date,
    *,
    commission_ids: Collection[int] | None = None,
) -> QuarterlyStats:
    """The statistics of ``period`` for the acting commission, or summed over
    ``commission_ids`` (each readable by ``actor``); overdue means overdue on ``today``."""
    actor.require(Permission.VIEW_COMMISSION)
    with db.reading() as session:
        read = read_commissions(session, actor, period, today, commission_ids)
        scope, three = read.scope, read.counts
        probation: tuple[Section, ...] = ()
        if actor.can(Permission.VIEW_CLIENTS):
            clients = _clients(session, actor, scope, commission_ids is not None)
            probation = _probation_sections(
                probation_counts(session, clients, scope, spans(period))
            )
    return QuarterlyStats(
        period=period,
        commission=read.commission,
        akimat=read.akimat,
        as_of=min(today, period.end),
        sections=commission_sections(three),
        discipline=_discipline(three[0]),
        probation=probation,
    )


@dataclass(frozen=True)
class CommissionsRead:
    """What both reports read first: whose figures, their names, three periods' counts."""

    scope: set[int]
    commission: Bilingual
    akimat: Bilingual
    counts: list[CommissionCounts]


def read_commissions(
    session: Session,
    actor: Actor,
    period: ReportPeriod,
    today: date,
    commission_ids: Collection[int] | None,
) -> CommissionsRead:
    """The commissions of the report (refused like a missing record when one is not
    readable), the acting one's names, and the counts of the period and its two comparisons."""
    acting = acting_or_none(session, actor)
    scope = scope_ids(session, actor, commission_ids, acting=acting)
    commission = akimat = Bilingual("")
    if acting is not None:
        commission = Bilingual(acting.name_ru, acting.name_kk)
        akimat = Bilingual(acting.akimat_ru, acting.akimat_kk)
    counts = commission_counts(session, scope, spans(period), today)
    return CommissionsRead(scope, commission, akimat, counts)


def _clients(
    session: Session, actor: Actor, scope: Collection[int], consolidated: bool
) -> ColumnElement[bool]:
    """The clients the probation figures count: those ``actor`` may see, and for the oblast's
    consolidated view those of the chosen commissions' units (as the dashboard counts)."""
    visible = registers.district_scope(actor, session)
    if not consolidated:
        return visible
    # The units below all the chosen commissions at once: an oblast's eighteen commissions
    # would otherwise walk the same tree eighteen times.
    units = set(session.scalars(select(Commission.admin_unit_id).where(Commission.id.in_(scope))))
    frontier = set(units)
    while frontier:
        frontier = (
            set(session.scalars(select(AdminUnit.id).where(AdminUnit.parent_id.in_(frontier))))
            - units
        )
        units |= frontier
    return and_(visible, Client.district_id.in_(units))


def _triple(counts: Sequence[int]) -> tuple[int, int, int]:
    return counts[0], counts[1], counts[2]


def commission_sections(three: Sequence[CommissionCounts]) -> tuple[Section, ...]:
    """Sittings, questions by agenda kind, decisions and their execution, three periods each."""

    def line(key: str) -> Figure:
        return Figure(key, _triple([c.lines[key] for c in three]))

    questions = [line(r.QUESTIONS_TOTAL)] + [
        Figure(kind.value, _triple([c.questions[kind.value] for c in three]))
        for kind in AgendaItemKind
    ]
    return (
        Section(r.SECTION_SITTINGS, tuple(map(line, _COMMISSION_LINES[r.SECTION_SITTINGS]))),
        Section(r.SECTION_QUESTIONS, tuple(questions)),
        Section(r.SECTION_DECISIONS, tuple(map(line, _COMMISSION_LINES[r.SECTION_DECISIONS]))),
        Section(r.SECTION_EXECUTION, tuple(map(line, _COMMISSION_LINES[r.SECTION_EXECUTION]))),
    )


def _discipline(counts: CommissionCounts) -> tuple[AgencyDiscipline, ...]:
    rows = [
        AgencyDiscipline(
            agency_id=agency_id,
            agency=a.name,
            due=a.due,
            on_time=a.on_time,
            late=a.late,
            overdue=a.overdue,
            score=discipline_score(a),
        )
        for agency_id, a in counts.agencies.items()
    ]
    rows.sort(key=lambda a: (a.agency.ru.casefold(), a.agency_id))
    return tuple(rows)


def _provided(counts: ProbationCounts, need: str) -> int:
    return counts.needs[need][r.MEASURES_PROVIDED] if need in counts.needs else 0


def _probation_sections(three: Sequence[ProbationCounts]) -> tuple[Section, ...]:
    def line(key: str) -> Figure:
        return Figure(key, _triple([c.lines[key] for c in three]))

    register = [line(r.ON_REGISTER)] + [
        Figure(category.value, _triple([c.categories[category.value] for c in three]))
        for category in ClientCategory
    ]
    register += [line(r.REGISTERED), line(r.DEREGISTERED)]
    measures = [line(key) for key in _MEASURE_LINES]
    for need in NeedKind:
        if any(need.value in c.needs for c in three):
            measures.append(
                Figure(
                    need.value,
                    _triple([_provided(c, need.value) for c in three]),
                )
            )
    names: dict[int, Bilingual] = {}
    for c in three:
        names.update({agency_id: name for agency_id, (name, _n) in c.agencies.items()})
    by_agency = [
        Figure(
            f"agency:{agency_id}",
            _triple([c.agencies[agency_id][1] if agency_id in c.agencies else 0 for c in three]),
            name,
        )
        for agency_id, name in sorted(names.items(), key=lambda i: (i[1].ru.casefold(), i[0]))
    ]
    return (
        Section(r.SECTION_REGISTER, tuple(register)),
        Section(r.SECTION_CASES, tuple(map(line, _CASE_LINES))),
        Section(r.SECTION_MEASURES, tuple(measures)),
        Section(r.SECTION_MEASURES_BY_AGENCY, tuple(by_agency)),
    )
