"""The demo's police reports with their figures, and the extracts its signed meetings sent.

The figures are plausible for a rural district of 80 000 people: a hundred-odd crimes a
quarter, a quarter of them domestic, a few by persons on the probation register. Each report
draws from its own generator, so the rest of the demo stays as it was.
"""

from __future__ import annotations

import random
from datetime import date

from sqlalchemy.orm import Session

from commission.db.models import (
    AgendaItem,
    ExtractDispatch,
    Meeting,
    PoliceFigure,
    PoliceReport,
)
from commission.domain.police_report import PoliceIndicator
from commission.services.extracts_sent import addressed_agencies

I = PoliceIndicator  # noqa: E741 - the table below reads better short

# Typical last-year figure of each indicator and how far this year's may move from it.
_TYPICAL: dict[PoliceIndicator, tuple[int, float]] = {
    I.CRIMES_TOTAL: (140, 0.25),
    I.CRIMES_DOMESTIC: (34, 0.35),
    I.CRIMES_STREET: (18, 0.4),
    I.CRIMES_BY_MINORS: (6, 0.6),
    I.CRIMES_REPEAT: (22, 0.3),
    I.CRIMES_BY_PROBATION: (3, 1.0),
    I.ADMINISTRATIVE_OFFENCES: (920, 0.2),
    I.PREVENTIVE_MEASURES: (75, 0.3),
    I.CITIZENS_APPEALS: (410, 0.2),
}

NOTE = (
    "Снижение числа уличных преступлений связано с установкой камер видеонаблюдения в "
    "центре районного центра и совместными рейдами с народными дружинниками.",
    "Көше қылмыстары санының төмендеуі аудан орталығында бейнебақылау камераларының "
    "орнатылуымен және халық жасақшыларымен бірлескен рейдтермен байланысты.",
)


def reported_quarter(year: int, quarter: int) -> tuple[int, int]:
    """The police chief reports on the quarter before the sitting's."""
    return (year - 1, 4) if quarter == 1 else (year, quarter - 1)


def add_figures(item: AgendaItem, year: int, quarter: int) -> PoliceReport:
    """Figures for a police-report item of a sitting held in ``year``'s ``quarter``."""
    reported = reported_quarter(year, quarter)
    rng = random.Random(f"police-{reported[0]}-{reported[1]}")
    report = PoliceReport(
        agenda_item=item, year=reported[0], quarter=reported[1], note=NOTE[0], note_kk=NOTE[1]
    )
    for indicator, (typical, spread) in _TYPICAL.items():
        last = max(0, round(typical * rng.uniform(1 - spread, 1 + spread)))
        now = max(0, round(last * rng.uniform(1 - spread, 1 + spread * 0.6)))
        report.figures.append(
            PoliceFigure(indicator=indicator, current_value=now, last_year_value=last)
        )
    return report


def add_dispatches(session: Session, meeting: Meeting, sent_on: date) -> None:
    """The extracts a signed meeting sent: one per agency its points address."""
    session.flush()
    for agency in addressed_agencies(session, meeting.id):
        session.add(
            ExtractDispatch(
                meeting_id=meeting.id,
                agency_id=agency.id,
                revision=1,  # the first revision, which the demo stores for final minutes
                sent_on=sent_on,
                sent_by="secretary",
            )
        )
