"""What the quarterly statistics and the public report print: plain frozen data.

A figure is three counts — the period's, the period before it (the previous quarter, or the
previous year for an annual report) and the same period a year earlier — so every writer and
the Reports area put the comparison beside each number the same way.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date, timedelta

from commission.documents.minutes import Bilingual

_PERIOD = re.compile(r"^\s*(\d{4})(?:\s*-?\s*[QqКк]([1-4]))?\s*$")


@dataclass(frozen=True, order=True)
class ReportPeriod:
    """A quarter of a year (``quarter`` 1–4) or the whole year (``quarter`` None)."""

    year: int
    quarter: int | None = None

    @classmethod
    def parse(cls, text: str) -> ReportPeriod:
        """``2026-Q3`` → the third quarter of 2026; ``2026`` → the year (ValueError if not)."""
        found = _PERIOD.match(text)
        if found is None or not 2000 <= int(found.group(1)) <= 2100:
            raise ValueError(f"not a period: {text!r}")
        quarter = found.group(2)
        return cls(int(found.group(1)), int(quarter) if quarter else None)

    @property
    def start(self) -> date:
        return date(self.year, 1 if self.quarter is None else 3 * self.quarter - 2, 1)

    @property
    def end(self) -> date:
        if self.quarter is None or self.quarter == 4:
            return date(self.year, 12, 31)
        return date(self.year, 3 * self.quarter + 1, 1) - timedelta(days=1)

    def previous(self) -> ReportPeriod:
        """The quarter before (the fourth of last year before the first), or last year."""
        if self.quarter is None:
            return ReportPeriod(self.year - 1)
        if self.quarter == 1:
            return ReportPeriod(self.year - 1, 4)
        return ReportPeriod(self.year, self.quarter - 1)

    def year_ago(self) -> ReportPeriod:
        return ReportPeriod(self.year - 1, self.quarter)

    def __str__(self) -> str:
        return str(self.year) if self.quarter is None else f"{self.year}-Q{self.quarter}"


@dataclass(frozen=True)
class Figure:
    """One line of a statistics table.

    Attributes:
        key: what is counted — a name of ``documents.reports`` (``SITTINGS_HELD``) or the value
            of an enumeration (an agenda kind, a client category, a need kind) the writers name.
        values: the period's count, the previous period's, the same period a year earlier.
        name: the line's own name when it is not a fixed word (an agency).
    """

    key: str
    values: tuple[int, int, int]
    name: Bilingual | None = None

    @property
    def current(self) -> int:
        return self.values[0]


@dataclass(frozen=True)
class Section:
    """A table of figures under one heading (``key``: one of the ``SECTION_*`` names)."""

    key: str
    figures: tuple[Figure, ...]

    def value(self, key: str, which: int = 0) -> int:
        """The count of ``key`` (0 if the section has no such line)."""
        for figure in self.figures:
            if figure.key == key and figure.name is None:
                return figure.values[which]
        return 0


def find_section(sections: tuple[Section, ...], key: str) -> Section:
    """The section ``key`` of ``sections``, or an empty one (a role that does not see it)."""
    return next((s for s in sections if s.key == key), Section(key, ()))


@dataclass(frozen=True)
class AgencyDiscipline:
    """A lead agency's control points due in the period and what became of them.

    ``score`` is the 0–100 discipline score once the lead wires ``services.reports.
    discipline_score`` (issue 15, point 3); ``None`` until then, and the column is left out.
    """

    agency_id: int
    agency: Bilingual
    due: int
    on_time: int
    late: int
    overdue: int
    score: int | None = None


@dataclass(frozen=True)
class QuarterlyStats:
    """The quarterly (or annual) statistics of a commission, or of an oblast's commissions.

    ``probation`` is empty for a role that may not see the probation register: its counts are
    aggregates, but the dashboard keeps them to the same roles.
    """

    period: ReportPeriod
    commission: Bilingual
    akimat: Bilingual
    as_of: date
    sections: tuple[Section, ...]
    discipline: tuple[AgencyDiscipline, ...] = ()
    probation: tuple[Section, ...] = ()

    def section(self, key: str) -> Section:
        return find_section((*self.sections, *self.probation), key)


# Section keys.
SECTION_SITTINGS = "sittings"
SECTION_QUESTIONS = "questions"  # lines: agenda kinds
SECTION_DECISIONS = "decisions"
SECTION_EXECUTION = "execution"
SECTION_REGISTER = "register"  # lines: client categories, then the totals
SECTION_CASES = "cases"
SECTION_MEASURES = "measures"  # lines: need kinds (measures provided)
SECTION_MEASURES_BY_AGENCY = "measures_by_agency"  # lines: agencies (measures provided)
SECTION_POLICE = "police"

# Line keys.
SITTINGS_HELD = "sittings_held"
SITTINGS_EXTRAORDINARY = "sittings_extraordinary"
QUESTIONS_TOTAL = "questions_total"
DECISIONS_ADOPTED = "decisions_adopted"
DECISIONS_BINDING = "decisions_binding"
DECISIONS_CONTROLLED = "decisions_controlled"
POINTS_DUE = "points_due"
EXECUTED_ON_TIME = "executed_on_time"
EXECUTED_LATE = "executed_late"
OVERDUE = "overdue"
REMOVED = "removed"
EXTENDED = "extended"
ON_REGISTER = "on_register"
REGISTERED = "registered"
DEREGISTERED = "deregistered"
CASES_OPENED = "cases_opened"
PROGRAMMES_APPROVED = "programmes_approved"
CASES_WITH_PROGRAMME = "cases_with_programme"
ESCALATIONS = "escalations"
MEASURES_PROVIDED = "measures_provided"
MEASURES_NOT_PROVIDED = "measures_not_provided"
MEASURES_REDIRECTED = "measures_redirected"


@dataclass(frozen=True)
class PoliceFigure:
    """One figure of the police chief's quarterly report as the public report prints it.

    Issue 15, point 1 records these figures; until the record exists the caller passes none
    and the public report has no police section.
    """

    name: Bilingual
    current: int
    year_ago: int | None = None


@dataclass(frozen=True)
class PublicReport:
    """The quarter's report for the akimat's site: numbers only, never a person.

    Attributes:
        questions: the titles of the questions heard that concern no client's case.
        case_questions: how many questions heard concerned clients' cases (titles withheld).
    """

    period: ReportPeriod
    commission: Bilingual
    akimat: Bilingual
    as_of: date
    sections: tuple[Section, ...]
    questions: tuple[Bilingual, ...] = ()
    case_questions: int = 0
    police: tuple[PoliceFigure, ...] = field(default=())

    def section(self, key: str) -> Section:
        return find_section(self.sections, key)
