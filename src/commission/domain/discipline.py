"""An agency's execution discipline as one number, and the escalation ladder's next step.

The score of a lead agency in a quarter is 0–100. Its formula (the user guide quotes it):

    score = 100 × (F + ½·L + ½·P − ¼·R) / N, kept within 0…100

where, among the control points due in the quarter,

* N — the points that can be judged: closed (executed on time, late, or in part) and those
  open past their due date (overdue);
* F — the points executed in full on time;
* L — the points executed in full but late;
* P — the points executed in part (graded «partially executed»), on time or late;
* R — the agency's answers graded «formal reply» (answered without doing) on those points.

A point not yet due and not closed is left out: nothing can be said about it yet. With no
point to judge the score is ``None`` (shown as «—»), never 100.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from commission.domain.enums import LadderStep

LATE_WEIGHT = 0.5
PARTIAL_WEIGHT = 0.5
FORMAL_PENALTY = 0.25

# The ladder's steps in the order they are taken.
LADDER: tuple[LadderStep, ...] = (
    LadderStep.REMINDER,
    LadderStep.HEAD_LETTER,
    LadderStep.AGENDA,
    LadderStep.AKIM,
)
# Steps that are letters numbered in the outgoing register (the agenda step is an agenda item).
LETTER_STEPS = frozenset({LadderStep.REMINDER, LadderStep.HEAD_LETTER, LadderStep.AKIM})


@dataclass(frozen=True)
class DisciplineCounts:
    """The counts the score is made of (see the module's formula)."""

    on_time: int = 0  # F
    late: int = 0  # L
    partial: int = 0  # P
    overdue: int = 0  # open points past their due date
    formal: int = 0  # R

    @property
    def judged(self) -> int:  # N
        return self.on_time + self.late + self.partial + self.overdue


def discipline_score(counts: DisciplineCounts) -> int | None:
    """The score 0–100 rounded to a whole number; ``None`` when no point can be judged."""
    if counts.judged <= 0:
        return None
    credit = (
        counts.on_time
        + LATE_WEIGHT * counts.late
        + PARTIAL_WEIGHT * counts.partial
        - FORMAL_PENALTY * counts.formal
    )
    return max(0, min(100, round(100 * credit / counts.judged)))


def next_step(taken: Sequence[LadderStep]) -> LadderStep | None:
    """The step after the highest one taken (the first when none was); ``None`` after the
    submission to the akim, the ladder's last rung."""
    if not taken:
        return LADDER[0]
    highest = max(LADDER.index(step) for step in taken)
    return LADDER[highest + 1] if highest + 1 < len(LADDER) else None
