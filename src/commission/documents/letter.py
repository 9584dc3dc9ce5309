"""The read model of a letter to an agency: what it owes and by when."""

from __future__ import annotations

import hashlib
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date

from commission.documents.minutes import EMPTY, Bilingual
from commission.domain.control import ComputedState
from commission.domain.declension import Case
from commission.domain.enums import LadderStep
from commission.domain.iin import Sex

ITEMS_KEY_LENGTH = 500  # outgoing_letters.items_key


@dataclass(frozen=True)
class LetterItem:
    """One decision the agency must report on.

    Attributes:
        working_days: working days from the letter's date to the due date; negative when
            overdue.
        control_point_id: the open control point the letter asks about (the earliest one), or
            ``None`` for a decision whose term has no control point.
    """

    decision_id: int
    number: str  # "3.1"
    meeting_number: int
    meeting_date: date
    text: Bilingual
    due_date: date
    state: ComputedState
    working_days: int
    control_point_id: int | None = None

    @property
    def key(self) -> str:
        if self.control_point_id is not None:
            return str(self.control_point_id)
        return f"d{self.decision_id}"


@dataclass(frozen=True)
class LetterContext:
    """A letter to one agency; ``number`` is set once the letter is in the outgoing register.

    Attributes:
        head_name: the head's short name, «Касымов Е. Б.».
        head_position: the head's recorded position in both languages («Начальник отдела
            полиции Целиноградского района»), empty when not recorded.
        head_sex: recorded or guessed from the head's full name; ``None`` when unknown.
        executor, executor_phone: who prepared the letter («Исп.: Нурланова А. Е., тел. …»).
        name_forms: stored case forms that win over the declension rules.
        reprinted: the letter was already in the register: its number and date are the old ones.
        kind: the ladder's rung: a reminder (signed by the secretary), a letter to the head or
            a submission to the akim (both signed by the chair, ``signer``).
        cites: the earlier letter's number and date that a letter to the head or the akim
            cites.
        akimat: the akimat whose akim a submission is addressed to.
    """

    agency_id: int
    agency_name: Bilingual
    head_name: str | None
    commission_name: Bilingual
    today: date
    reply_by: date
    items: tuple[LetterItem, ...]
    head_position: Bilingual = EMPTY
    head_sex: Sex | None = None
    secretary: str | None = None
    executor: str | None = None
    executor_phone: str | None = None
    name_forms: Mapping[tuple[str, Case], str] = field(default_factory=dict)
    number: str | None = None
    letter_id: int | None = None
    reprinted: bool = False
    kind: LadderStep = LadderStep.REMINDER
    cites: tuple[str, date] | None = None
    signer: str | None = None
    akimat: Bilingual = EMPTY

    @property
    def overdue(self) -> int:
        return sum(1 for item in self.items if item.state is ComputedState.OVERDUE)

    @property
    def items_key(self) -> str:
        """What the letter asks about, as ``outgoing_letters.items_key`` keeps it: the sorted
        control point ids («12,15,40»), hashed when too long for the column."""
        keys = sorted(
            {item.key for item in self.items}, key=lambda k: (k[0] == "d", int(k.lstrip("d")))
        )
        text = ",".join(keys)
        if len(text) <= ITEMS_KEY_LENGTH:
            return text
        return "sha256:" + hashlib.sha256(text.encode()).hexdigest()
