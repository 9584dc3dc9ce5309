"""The read model of a meeting's minutes: plain data, the same for every output format.

Services build it from the database (``services.minutes.minutes_context``); the writers in
``commission.exports`` turn it into .docx, .pdf and .xlsx. The record's own text is kept as
typed; the fixed words of the form come from the translation files at writing time, so one
context gives the Russian and the Kazakh document.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, time

from commission.domain.deadlines import DeadlineRule
from commission.domain.enums import (
    AgendaItemKind,
    DecisionKind,
    MeetingFormat,
    MeetingKind,
    MinutesState,
)
from commission.domain.iin import Sex
from commission.domain.police_report import Change, PoliceIndicator


@dataclass(frozen=True)
class Bilingual:
    """A text kept in both languages, as typed or as stored for a name.

    A document in one language prints the other language's value only when its own is
    missing; ``has`` tells the callers that warn about such fields before writing.
    """

    ru: str
    kk: str = ""

    @classmethod
    def of(cls, ru: str | None, kk: str | None) -> Bilingual:
        return cls(ru or "", kk or "")

    def get(self, language: str) -> str:
        own, other = (self.kk, self.ru) if language == "kk" else (self.ru, self.kk)
        return own if own.strip() else other

    def has(self, language: str) -> bool:
        """The value of ``language`` itself is there (not borrowed from the other one)."""
        return bool((self.kk if language == "kk" else self.ru).strip())

    def __bool__(self) -> bool:
        return bool(self.ru.strip() or self.kk.strip())


EMPTY = Bilingual("")


@dataclass(frozen=True)
class PersonLine:
    """A member or guest as the minutes name them: «Сейтказинов Б. А.», position, agency."""

    full_name: str
    short_name: str  # «Сейтказинов Б. А.»
    signature_name: str  # «Б. Сейтказинов», as under a signature
    position: Bilingual
    role: str | None = None  # MemberRole value for members
    sex: Sex | None = None  # chooses «сообщил» / «сообщила»; None: unknown


@dataclass(frozen=True)
class AbsentLine:
    person: PersonLine
    reason: Bilingual = EMPTY
    substitute_name: str | None = None
    substitute_position: Bilingual = EMPTY
    substitute_sex: Sex | None = None


@dataclass(frozen=True)
class AgencyRef:
    id: int
    name: Bilingual
    short_name: Bilingual
    head_name: str | None = None  # «Рахимов С. Т.», shown in brackets after the agency


@dataclass(frozen=True)
class DecisionRef:
    """A point of earlier minutes: «п. 1.2 протокола № 2 от 15.12.2025»."""

    decision_id: int
    number: str  # "1.2"
    meeting_number: int
    meeting_date: date


@dataclass(frozen=True)
class VoteLine:
    votes_for: int
    votes_against: int
    votes_abstained: int
    adopted: bool
    casting_vote_used: bool = False
    dissenters: str | None = None


@dataclass(frozen=True)
class DecisionLine:
    id: int
    number: str  # "2.3"
    kind: DecisionKind
    text: Bilingual
    is_binding: bool
    lead: AgencyRef | None
    co_executors: tuple[AgencyRef, ...]
    deadline: DeadlineRule | None
    due_dates: tuple[date, ...]  # computed with the working-day calendar
    report_to_secretary: bool
    vote: VoteLine | None
    removes: tuple[DecisionRef, ...] = ()  # for REMOVE_FROM_CONTROL
    extends: tuple[tuple[DecisionRef, date], ...] = ()  # for EXTEND: point and its new date

    def addressed_to(self, agency_id: int) -> bool:
        """An agency's extract holds the points where it is lead or co-executor."""
        if self.lead is not None and self.lead.id == agency_id:
            return True
        return any(a.id == agency_id for a in self.co_executors)


@dataclass(frozen=True)
class ProgressLine:
    """A decision due since the previous meeting, as reviewed under «О ходе исполнения…»."""

    ref: DecisionRef
    text: Bilingual
    lead: AgencyRef | None
    due_date: date | None
    state: str  # ComputedState value at the time of the meeting


@dataclass(frozen=True)
class CaseLine:
    """A client's case as documents may show it: initials and case number only."""

    case_number: str
    label: str  # «Б-ов Н. К.»


@dataclass(frozen=True)
class DiscussionLine:
    speaker: Bilingual
    summary: Bilingual = EMPTY


@dataclass(frozen=True)
class FigureLine:
    """One indicator of the police chief's report: this quarter and last year's same one."""

    indicator: PoliceIndicator
    current: int | None
    last_year: int | None

    def change(self) -> Change:
        return Change.of(self.current, self.last_year)


@dataclass(frozen=True)
class PoliceLine:
    """The police chief's quarterly figures as the minutes print them, under the item."""

    year: int
    quarter: int
    figures: tuple[FigureLine, ...]
    note: Bilingual = EMPTY


@dataclass(frozen=True)
class AgendaLine:
    number: int  # 1, 2, 3 … (Roman numerals in the body are the writer's business)
    kind: AgendaItemKind
    title: Bilingual
    speakers: Bilingual
    heard_speaker: Bilingual
    heard_summary: Bilingual
    discussion: tuple[DiscussionLine, ...] = ()
    decisions: tuple[DecisionLine, ...] = ()
    cases: tuple[CaseLine, ...] = ()
    progress: tuple[ProgressLine, ...] = ()
    # A police-report item's figures; snapshots signed before they were kept have none.
    police: PoliceLine | None = None


@dataclass(frozen=True)
class MinutesContext:
    meeting_id: int
    akimat: Bilingual
    commission_name: Bilingual
    town: Bilingual  # «г. Косшы» / «Қосшы қ.»
    number: int
    meeting_date: date
    start_time: time | None
    venue: Bilingual
    kind: MeetingKind
    format: MeetingFormat
    chair: PersonLine | None
    secretary: PersonLine | None
    voting_members_total: int
    voting_present: int
    has_quorum: bool
    present: tuple[PersonLine, ...]
    absent: tuple[AbsentLine, ...]
    invited: tuple[PersonLine, ...]
    agenda: tuple[AgendaLine, ...]
    control_assigned_to: Bilingual
    minutes_state: MinutesState
    revision: int = 0
    amendment_reason: str | None = None
    amended_on: date | None = None  # the date of the amended revision, shown under the title
    # The audit chain's head when the minutes were finalised («seq:hash12»), for a footer.
    audit_anchor: str | None = None
    extra: dict[str, str] = field(default_factory=dict)
    # The administrator's stored case forms, (nominative, case, form): they win over the
    # declension rules («СЛУШАЛИ: …»), and a signed snapshot keeps those it was signed with.
    name_forms: tuple[tuple[str, str, str], ...] = ()
    # The phrase book's edited and added phrases, (key, ru, kk): the documents print the
    # edits of the sentences they compose, and a signed snapshot keeps those it was signed with.
    phrases: tuple[tuple[str, str, str], ...] = ()
    # Whose minutes these are: their documents are written on that commission's template.
    commission_id: int | None = None

    def decisions(self) -> list[DecisionLine]:
        return [d for item in self.agenda for d in item.decisions]

    def agency(self, agency_id: int) -> AgencyRef | None:
        """The agency as the minutes name it, if any point is addressed to it."""
        for decision in self.decisions():
            for agency in (decision.lead, *decision.co_executors):
                if agency is not None and agency.id == agency_id:
                    return agency
        return None

    def for_agency(self, agency_id: int) -> list[AgendaLine]:
        """The items with at least one point addressed to the agency, only those points kept."""
        result = []
        for item in self.agenda:
            points = tuple(d for d in item.decisions if d.addressed_to(agency_id))
            if points:
                result.append(
                    AgendaLine(
                        number=item.number,
                        kind=item.kind,
                        title=item.title,
                        speakers=item.speakers,
                        heard_speaker=item.heard_speaker,
                        heard_summary=item.heard_summary,
                        decisions=points,
                        cases=item.cases,
                    )
                )
        return result
