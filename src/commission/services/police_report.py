"""The police chief's quarterly report heard as an agenda item: its quarter and figures.

The secretary records what the police present — registered crimes in total and by the
categories the commission follows, administrative offences, preventive measures, citizens'
appeals — each with the same quarter of last year beside it; the change is computed, never
typed. The figures belong to the agenda item, so they are edited while the minutes are not
final, by whoever edits the agenda, and the minutes print them as a table.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from commission.db.base import utcnow
from commission.db.engine import Database
from commission.db.models import AgendaItem, Meeting, PoliceFigure, PoliceReport
from commission.documents.minutes import Bilingual, FigureLine, PoliceLine
from commission.domain.enums import AgendaItemKind, MeetingStatus
from commission.domain.messages import QT_TRANSLATE_NOOP
from commission.domain.permissions import Permission
from commission.domain.police_report import MAX_FIGURE, PoliceIndicator
from commission.services import audit
from commission.services.agenda_views import editable_item
from commission.services.bilingual_text import cleaned_pair
from commission.services.common import check_version
from commission.services.context import Actor
from commission.services.errors import InvalidInput
from commission.services.scope import get_readable, own_commission_id

# A pair of figures: (this quarter, the same quarter of last year); None is "not given".
Pair = tuple[int | None, int | None]


@dataclass(frozen=True)
class PoliceReportData:
    year: int
    quarter: int
    figures: Mapping[PoliceIndicator, Pair] = field(default_factory=dict)
    note: str | None = None
    note_kk: str | None = None


@dataclass(frozen=True)
class PoliceReportView:
    """The figures of one item; ``id`` and ``version`` are None before the first save."""

    item_id: int
    id: int | None
    version: int | None
    year: int
    quarter: int
    figures: tuple[FigureLine, ...]
    note: str | None
    note_kk: str | None

    def pair(self, indicator: PoliceIndicator) -> Pair:
        line = next((f for f in self.figures if f.indicator is indicator), None)
        return (line.current, line.last_year) if line is not None else (None, None)


@dataclass(frozen=True)
class QuarterFigures:
    """A quarter's police figures for a commission, as heard at one of its meetings.

    ``figures`` holds every indicator in the table's order (values None when not given);
    each ``FigureLine.change()`` gives the difference and the per cent against last year.
    ``note`` is the free text in both languages. The public report publishes this.
    """

    year: int
    quarter: int
    meeting_id: int
    meeting_number: int
    meeting_date: date
    figures: tuple[FigureLine, ...]
    note: Bilingual


def _quarter_of(day: date) -> tuple[int, int]:
    """The quarter a report heard on ``day`` is most likely about: the one that just ended."""
    quarter = (day.month - 1) // 3 + 1
    return (day.year, quarter - 1) if quarter > 1 else (day.year - 1, 4)


def _lines(report: PoliceReport | None) -> tuple[FigureLine, ...]:
    """Every indicator in the table's order; those not recorded have no values."""
    stored = {f.indicator: f for f in report.figures} if report is not None else {}
    result = []
    for indicator in PoliceIndicator:
        figure = stored.get(indicator)
        result.append(
            FigureLine(
                indicator,
                figure.current_value if figure is not None else None,
                figure.last_year_value if figure is not None else None,
            )
        )
    return tuple(result)


def _view(item: AgendaItem, report: PoliceReport | None, meeting_date: date) -> PoliceReportView:
    if report is None:
        year, quarter = _quarter_of(meeting_date)
        return PoliceReportView(item.id, None, None, year, quarter, _lines(None), None, None)
    return PoliceReportView(
        item.id,
        report.id,
        report.version,
        report.year,
        report.quarter,
        _lines(report),
        report.note,
        report.note_kk,
    )


def _report_of(session: Session, item_id: int) -> PoliceReport | None:
    return session.scalar(
        select(PoliceReport)
        .where(PoliceReport.agenda_item_id == item_id)
        .options(selectinload(PoliceReport.figures))
    )


def _check_kind(item: AgendaItem) -> None:
    if item.kind is not AgendaItemKind.POLICE_REPORT:
        raise InvalidInput(
            QT_TRANSLATE_NOOP(
                "Errors",
                "Figures are kept for the police chief's report only; choose that kind for "
                "the item first.",
            ),
            "kind",
        )


def get_report(db: Database, actor: Actor, item_id: int) -> PoliceReportView:
    """The item's figures; before any were saved, an empty table for the quarter just ended."""
    actor.require(Permission.VIEW_COMMISSION)
    with db.reading() as session:
        item = get_readable(session, actor, AgendaItem, item_id)
        meeting = session.get_one(Meeting, item.meeting_id)
        return _view(item, _report_of(session, item.id), meeting.meeting_date)


def _checked_value(value: int | None, indicator: PoliceIndicator) -> int | None:
    if value is None:
        return None
    if value < 0 or value > MAX_FIGURE:
        raise InvalidInput(
            QT_TRANSLATE_NOOP(
                "Errors", "A figure of the report is a whole number from 0 to {limit}."
            ),
            indicator.value,
            limit=MAX_FIGURE,
        )
    return value


def _checked(data: PoliceReportData, meeting_date: date) -> PoliceReportData:
    if not 1 <= data.quarter <= 4:
        raise InvalidInput(
            QT_TRANSLATE_NOOP("Errors", "The quarter is a number from 1 to 4."), "quarter"
        )
    if not 2000 <= data.year <= meeting_date.year:
        raise InvalidInput(
            QT_TRANSLATE_NOOP(
                "Errors",
                "The report is about a quarter of {year} or earlier: the meeting is of {date}.",
            ),
            "year",
            year=meeting_date.year,
            date=meeting_date.strftime("%d.%m.%Y"),
        )
    figures = {
        indicator: (_checked_value(now, indicator), _checked_value(before, indicator))
        for indicator, (now, before) in data.figures.items()
    }
    note, note_kk = cleaned_pair(data.note, data.note_kk)
    return PoliceReportData(data.year, data.quarter, figures, note, note_kk)


def save_report(
    db: Database, actor: Actor, item_id: int, version: int | None, data: PoliceReportData
) -> PoliceReportView:
    """Record the item's quarter and figures (``version``: the report's, None for the first
    save); refused once the minutes are final, as every change of the item."""
    actor.require(Permission.EDIT_MEETINGS)
    with db.transaction() as session:
        item = editable_item(session, actor, item_id)
        _check_kind(item)
        meeting = session.get_one(Meeting, item.meeting_id)
        data = _checked(data, meeting.meeting_date)
        report = _report_of(session, item.id)
        if report is None:
            report = PoliceReport(
                agenda_item_id=item.id,
                year=data.year,
                quarter=data.quarter,
                note=data.note,
                note_kk=data.note_kk,
                updated_by=actor.login,
            )
            session.add(report)
            audit.record_create(session, actor, report)
        else:
            check_version(report, version)
            report.year, report.quarter = data.year, data.quarter
            report.note, report.note_kk = data.note, data.note_kk
            audit.record_update(session, actor, report)
        if _save_figures(session, actor, report, data.figures):
            # The report's version counts its figures' changes too: a copy of the dialog
            # opened before them is stale even when the quarter and the note are the same.
            report.updated_at = utcnow()
            report.updated_by = actor.login
        session.flush()
        session.refresh(report)
        return _view(item, report, meeting.meeting_date)


def _save_figures(
    session: Session, actor: Actor, report: PoliceReport, figures: Mapping[PoliceIndicator, Pair]
) -> bool:
    """Store the figures given (both values None: the indicator's row goes); True when any
    row changed."""
    stored = {f.indicator: f for f in report.figures}
    changed = False
    for indicator, (now, before) in figures.items():
        figure = stored.get(indicator)
        if figure is None:
            if now is None and before is None:
                continue
            figure = PoliceFigure(
                police_report_id=report.id,
                indicator=indicator,
                current_value=now,
                last_year_value=before,
                updated_by=actor.login,
            )
            session.add(figure)
            audit.record_create(session, actor, figure)
            changed = True
        elif now is None and before is None:
            audit.record_delete(session, actor, figure)
            report.figures.remove(figure)
            changed = True
        else:
            figure.current_value, figure.last_year_value = now, before
            changed = audit.record_update(session, actor, figure) or changed
    return changed


def remove_for_item(session: Session, actor: Actor, item_id: int) -> None:
    """The figures go with their item (``agenda.remove_item``), audited row by row."""
    report = _report_of(session, item_id)
    if report is None:
        return
    for figure in report.figures:
        audit.record_delete(session, actor, figure)
    session.flush()
    session.expire(report, ["figures"])  # gone already: the cascade must not delete them twice
    audit.record_delete(session, actor, report)
    session.flush()


def police_lines(session: Session, item_ids: Sequence[int]) -> dict[int, PoliceLine]:
    """The figures of the items that have them, for the minutes' read model."""
    reports = session.scalars(
        select(PoliceReport)
        .where(PoliceReport.agenda_item_id.in_(item_ids))
        .options(selectinload(PoliceReport.figures))
    )
    return {
        r.agenda_item_id: PoliceLine(r.year, r.quarter, _lines(r), Bilingual.of(r.note, r.note_kk))
        for r in reports
    }


def quarter_figures(db: Database, actor: Actor, year: int, quarter: int) -> QuarterFigures | None:
    """The acting commission's police figures for ``year``/``quarter``: those heard at the
    latest of its meetings that recorded that quarter (a report heard again after a
    correction replaces the first); None when no meeting recorded them. Meetings postponed or
    cancelled do not count."""
    actor.require(Permission.VIEW_COMMISSION)
    with db.reading() as session:
        commission_id = own_commission_id(session, actor)
        row = session.execute(
            select(PoliceReport, Meeting)
            .join(AgendaItem, PoliceReport.agenda_item_id == AgendaItem.id)
            .join(Meeting, AgendaItem.meeting_id == Meeting.id)
            .where(
                Meeting.commission_id == commission_id,
                PoliceReport.year == year,
                PoliceReport.quarter == quarter,
                Meeting.status.not_in((MeetingStatus.POSTPONED, MeetingStatus.CANCELLED)),
            )
            .order_by(Meeting.meeting_date.desc(), AgendaItem.position.desc())
            .limit(1)
        ).first()
        if row is None:
            return None
        report, meeting = row
        return QuarterFigures(
            year=report.year,
            quarter=report.quarter,
            meeting_id=meeting.id,
            meeting_number=meeting.number,
            meeting_date=meeting.meeting_date,
            figures=_lines(report),
            note=Bilingual.of(report.note, report.note_kk),
        )
