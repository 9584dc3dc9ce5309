"""The year's meeting calendar and the work plan of questions for each quarter."""

from __future__ import annotations

from datetime import date, timedelta

from commission.db.models import WorkPlanItem
from commission.domain.enums import MeetingKind, WorkPlanState
from commission.domain.workcalendar import DayOffRule
from commission.services.demo.helpers import _initials, _initials_kk, _quarter_of
from commission.services.demo.names import ROMAN_QUARTERS, SECRETARY_SPEAKER
from commission.services.demo.state import _BuilderBase, _Slot
from commission.services.demo.topics import CRIME_TOPICS, POLICE_TOPICS, SOCIAL_TOPICS, _TopicSpec


class _Plan(_BuilderBase):
    """Builder steps for the meeting calendar and the work plan."""

    def _meeting_slots(self) -> list[_Slot]:
        """Last year's Q4 (and back to at least four held meetings), this year, the next one."""
        year = self.today.year
        regular: list[_Slot] = []
        for y in (year - 1, year, year + 1):
            for quarter in range(1, 5):
                day = date(y, quarter * 3, self.rng.randint(8, 20))
                day = self.calendar.shift_to_working(day, DayOffRule.NEXT)
                regular.append(_Slot(day, MeetingKind.REGULAR, y, quarter))
        held = [s for s in regular if s.day < self.today]
        window_start = date(year - 1, 10, 1)
        first = min(next(i for i, s in enumerate(held) if s.day >= window_start), len(held) - 4)
        held = held[first:]
        upcoming = next(s for s in regular if s.day >= self.today)
        upcoming.held = False
        # The extraordinary sitting and the composition change fall between the third- and
        # second-last regular meetings, so that the last two meetings stay regular.
        base = held[-3]
        extra_day = self.calendar.shift_to_working(base.day + timedelta(days=35), DayOffRule.NEXT)
        extra = _Slot(extra_day, MeetingKind.EXTRAORDINARY, extra_day.year, _quarter_of(extra_day))
        self.change_day = base.day + timedelta(days=55)
        slots = sorted([*held, extra, upcoming], key=lambda s: s.day)
        self._number(slots)
        return slots

    @staticmethod
    def _number(slots: list[_Slot]) -> None:
        """Numbers run within each year; the first year's earlier minutes predate the program."""
        by_year: dict[int, int] = {}
        for slot in slots:
            if slot.day.year not in by_year:
                by_year[slot.day.year] = slot.quarter - 1 if slot is slots[0] else 0
            by_year[slot.day.year] += 1
            slot.number = by_year[slot.day.year]

    def _topics(self, year: int, quarter: int) -> tuple[_TopicSpec, _TopicSpec, _TopicSpec]:
        """The plan's three questions for a quarter: police report, social support, prevention."""
        index = year * 4 + quarter + self.topic_offset
        return (
            POLICE_TOPICS[index % len(POLICE_TOPICS)],
            SOCIAL_TOPICS[index % len(SOCIAL_TOPICS)],
            CRIME_TOPICS[(index * 5) % len(CRIME_TOPICS)],
        )

    @staticmethod
    def _police_title(year: int, quarter: int) -> tuple[str, str]:
        """The police chief reports on the quarter before the meeting's: (ru, kk)."""
        if quarter == 1:
            year, quarter = year - 1, 5
        reported = ROMAN_QUARTERS[quarter - 2]
        return (
            "Об информации начальника отдела полиции о состоянии правопорядка на территории "
            f"района за {reported} квартал {year} года",
            f"{year} жылғы {reported} тоқсанда аудан аумағындағы құқық тәртібінің жай-күйі "
            "туралы аудандық полиция бөлімі бастығының ақпараты",
        )

    def _title(self, topic: _TopicSpec, year: int, quarter: int) -> tuple[str, str]:
        """The item's title in both languages, for a sitting of ``year``'s ``quarter``."""
        if not topic.title[0]:
            return self._police_title(year, quarter)
        ru, kk = topic.title
        return ru.format(year=year), kk.format(year=year)

    def _work_plan(self, slots: list[_Slot]) -> dict[tuple[int, int], list[WorkPlanItem]]:
        """Twelve questions for this year, three a quarter, each later put on an agenda."""
        year = self.today.year
        state_of = {
            (s.year, s.quarter): (WorkPlanState.DONE if s.held else WorkPlanState.ON_AGENDA)
            for s in slots
            if s.kind is MeetingKind.REGULAR
        }
        plan: dict[tuple[int, int], list[WorkPlanItem]] = {}
        for quarter in range(1, 5):
            items = []
            for topic in self._topics(year, quarter):
                title = self._title(topic, year, quarter)
                agency = self.state.agencies[topic.speaker]
                speaker = self._speaker(topic.speaker)
                item = WorkPlanItem(
                    commission_id=self.commission.id,
                    year=year,
                    quarter=quarter,
                    question=title[0],
                    question_kk=title[1],
                    agency=agency,
                    speaker=speaker[0],
                    speaker_kk=speaker[1],
                    state=state_of.get((year, quarter), WorkPlanState.PLANNED),
                )
                items.append(item)
            self.session.add_all(items)
            plan[(year, quarter)] = items
        return plan

    def _speaker(self, agency_key: str) -> tuple[str, str]:
        """Who reports, as the agenda names them: (ru, kk)."""
        agency = self.state.agencies[agency_key]
        head = agency.head_name or ""
        if agency_key == "akimat":
            return SECRETARY_SPEAKER
        return (
            f"{agency.head_position} {_initials(head)}",
            f"{agency.head_position_kk} {_initials_kk(head)}",
        )
