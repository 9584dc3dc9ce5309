"""The read model of a letter to an agency: what it owes and by when."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from commission.documents.minutes import Bilingual
from commission.domain.control import ComputedState


@dataclass(frozen=True)
class LetterItem:
    """One decision the agency must report on.

    Attributes:
        working_days: working days from today to the due date; negative when overdue.
    """

    decision_id: int
    number: str  # "3.1"
    meeting_number: int
    meeting_date: date
    text: str
    due_date: date
    state: ComputedState
    working_days: int


@dataclass(frozen=True)
class LetterContext:
    """A letter to one agency; ``number`` is set once the letter is in the outgoing register."""

    agency_id: int
    agency_name: Bilingual
    head_name: str | None
    head_position: str | None
    commission_name: Bilingual
    today: date
    reply_by: date
    items: tuple[LetterItem, ...]
    secretary: str | None = None
    number: str | None = None
    letter_id: int | None = None

    @property
    def overdue(self) -> int:
        return sum(1 for item in self.items if item.state is ComputedState.OVERDUE)
