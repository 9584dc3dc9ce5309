"""The read model of the control register and of execution discipline, one row a line."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from commission.domain.control import ComputedState
from commission.domain.discipline import DisciplineCounts, discipline_score
from commission.domain.enums import DecisionKind

# The kinds that ask an agency to act; a note, a removal from control or an extension obliges
# no one, whatever the commission's default binding flag stored with it (as the minutes'
# «Решение носит обязательный характер» note, exports.phrases.shows_binding_note).
OBLIGING_KINDS = frozenset({DecisionKind.INSTRUCTION, DecisionKind.RECOMMENDATION})


@dataclass(frozen=True)
class RegisterRow:
    """One decision of the control register; names in the reader's language."""

    decision_id: int
    number: str  # "2.3": agenda item . decision
    meeting_number: int
    meeting_date: date
    text: str
    kind: DecisionKind
    is_binding: bool
    lead_agency: str | None
    co_executors: tuple[str, ...]
    due_date: date | None  # earliest open control point, else the decision's term
    executed_on: date | None
    state: ComputedState
    days_overdue: int | None  # working days

    @property
    def obliges(self) -> bool:
        """Whether the register marks the decision «Обязательное: да»."""
        return self.is_binding and self.kind in OBLIGING_KINDS

    @property
    def minutes_number(self) -> str:
        """«4/2026»: meetings are numbered anew each year, so the number alone is ambiguous."""
        return f"{self.meeting_number}/{self.meeting_date.year}"


@dataclass(frozen=True)
class DisciplineRow:
    """Execution discipline of one lead agency in one quarter; counts are control points due.

    Attributes:
        average_days_late: mean working days between the due date and the execution of the
            points executed late; ``None`` when none was.
    """

    agency_id: int
    agency: str
    quarter: int
    due: int
    on_time: int
    late: int
    overdue: int
    average_days_late: float | None
    # Of the points executed on time and late, those graded «partially executed»; and the
    # agency's answers graded «formal reply» on these points (domain.discipline).
    partial_on_time: int = 0
    partial_late: int = 0
    formal: int = 0

    def counts(self) -> DisciplineCounts:
        return DisciplineCounts(
            on_time=self.on_time - self.partial_on_time,
            late=self.late - self.partial_late,
            partial=self.partial_on_time + self.partial_late,
            overdue=self.overdue,
            formal=self.formal,
        )

    @property
    def score(self) -> int | None:
        """The discipline score 0–100 (domain.discipline), ``None`` with nothing to judge."""
        return discipline_score(self.counts())
