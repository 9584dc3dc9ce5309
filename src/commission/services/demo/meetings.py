"""The meetings: attendance, guests, agenda, discussion, votes and the cases examined."""

from __future__ import annotations

from datetime import date, time, timedelta

from commission.db.models import (
    AgendaItem,
    AgendaItemCase,
    Attendance,
    Case,
    DiscussionEntry,
    InvitedGuest,
    Meeting,
    Member,
    WorkPlanItem,
)
from commission.domain.deadlines import DeadlineKind
from commission.domain.enums import (
    AgendaItemKind,
    AttendanceStatus,
    DecisionKind,
    MeetingFormat,
    MeetingKind,
    MeetingStatus,
    MemberRole,
    MinutesState,
    ProgrammeState,
)
from commission.domain.iin import Sex
from commission.services.demo import police
from commission.services.demo.control import _cite, _cite_kk, _Control
from commission.services.demo.helpers import (
    _initials,
    _initials_kk,
    _kk_date_of,
    _kk_date_until,
    _ru_date,
    _sex_of,
)
from commission.services.demo.names import (
    ABSENCE_REASONS,
    CONTROL_ASSIGNED_TO,
    DISCUSSION_REMARKS,
    PLACE,
    SECRETARY_HEARD,
    SECRETARY_SPEAKER,
)
from commission.services.demo.organisation import _Organisation
from commission.services.demo.plan import _Plan
from commission.services.demo.specs import GUESTS, SUBSTITUTES
from commission.services.demo.state import _Scenario, _Seat, _Slot
from commission.services.demo.topics import EXTRAORDINARY_TOPICS, NOTE, _TopicSpec


class _Meetings(_Control, _Organisation, _Plan):
    """Builder steps for the meetings, held and planned."""

    def _meetings(
        self, slots: list[_Slot], plan: dict[tuple[int, int], list[WorkPlanItem]]
    ) -> None:
        regular_held = [s for s in slots if s.held and s.kind is MeetingKind.REGULAR]
        forced: dict[int, list[_Scenario]] = {
            id(regular_held[0]): [_Scenario.ON_TIME],
            id(regular_held[-2]): [_Scenario.LATE, _Scenario.OVERDUE_REFUSED, _Scenario.EXTENDED],
            id(regular_held[-1]): [
                _Scenario.DUE_SOON,
                _Scenario.REWORK,
                _Scenario.INTERIM,
                _Scenario.PENDING_EXTENSION,
            ],
        }
        self.last_regular = regular_held[-1]
        changed = False
        for index, slot in enumerate(slots):
            if not changed and slot.day > self.change_day:
                self._change_composition(self.change_day)
                changed = True
            plan_items = plan.get((slot.year, slot.quarter), [])
            if slot.kind is MeetingKind.EXTRAORDINARY:
                plan_items = []
            final = index < len(slots) - 2  # the last held meeting's extracts are not sent yet
            if slot.held:
                self._held_meeting(slot, plan_items, forced.get(id(slot), []), final)
            else:
                self._planned_meeting(slot, plan_items)
            self._flush()
            self._mark_removed(slot)
            for item, case in self.case_links:
                self.session.add(AgendaItemCase(agenda_item_id=item.id, case_id=case.id))
            self.case_links.clear()

    def _new_meeting(self, slot: _Slot, status: MeetingStatus) -> Meeting:
        chair = self._seat(MemberRole.CHAIR, slot.day)
        secretary = self._seat(MemberRole.SECRETARY, slot.day)
        meeting = Meeting(
            commission_id=self.commission.id,
            year=slot.day.year,
            number=slot.number,
            meeting_date=slot.day,
            start_time=time(15 if slot.kind is MeetingKind.EXTRAORDINARY else 10, 0),
            place=PLACE[0],
            place_kk=PLACE[1],
            format=MeetingFormat.MIXED
            if slot.kind is MeetingKind.EXTRAORDINARY
            else MeetingFormat.IN_PERSON,
            kind=slot.kind,
            status=status,
            chair=chair,
            secretary=secretary,
            minutes_state=MinutesState.DRAFT
            if status is MeetingStatus.PLANNED
            else MinutesState.FINAL,
            control_assigned_to=CONTROL_ASSIGNED_TO[0],
            control_assigned_to_kk=CONTROL_ASSIGNED_TO[1],
        )
        self.session.add(meeting)
        return meeting

    def _seat(self, role: MemberRole, day: date) -> Member:
        return next(s.member for s in self._seats_on(day) if s.member.role is role)

    def _seats_on(self, day: date) -> list[_Seat]:
        return [
            s
            for s in self.state.seats
            if s.member.valid_from <= day
            and (s.member.valid_to is None or s.member.valid_to >= day)
        ]

    def _attendance(self, meeting: Meeting, day: date) -> list[_Seat]:
        """Most members present, one or two absent with a reason, one sends a substitute."""
        rng = self.rng
        seats = self._seats_on(day)
        ordinary = [s for s in seats if s.member.role is MemberRole.MEMBER]
        absent = rng.sample(ordinary, rng.choice((1, 1, 2)))
        candidates = [s for s in ordinary if s not in absent and s.agency in SUBSTITUTES]
        replaced = rng.choice(candidates) if candidates else None
        present: list[_Seat] = []
        for seat in seats:
            row = Attendance(member=seat.member, status=AttendanceStatus.PRESENT)
            meeting.attendance.append(row)
            if seat in absent:
                row.status = AttendanceStatus.ABSENT
                row.absence_reason, row.absence_reason_kk = rng.choice(ABSENCE_REASONS)
            elif seat is replaced:
                row.status = AttendanceStatus.REPLACED
                row.absence_reason, row.absence_reason_kk = rng.choice(ABSENCE_REASONS[:2])
                name, row.substitute_position, row.substitute_position_kk = SUBSTITUTES[seat.agency]
                # As the minutes name a substitute: «заменяет Ким А. В.».
                row.substitute_name = _initials(name)
                row.substitute_sex = _sex_of(name)
            else:
                present.append(seat)
        return present

    def _guests(self, meeting: Meeting) -> None:
        chosen = [GUESTS[0]] if self.rng.random() < 0.8 else []
        if self.rng.random() < 0.6 or not chosen:
            chosen.append(self.rng.choice(GUESTS[1:]))
        for position, (name, job, job_kk) in enumerate(chosen, 1):
            meeting.guests.append(
                InvitedGuest(
                    position=position,
                    full_name=name,
                    sex=_sex_of(name),
                    job_title=job,
                    job_title_kk=job_kk,
                )
            )

    def _held_meeting(
        self, slot: _Slot, plan_items: list[WorkPlanItem], scenarios: list[_Scenario], final: bool
    ) -> None:
        status = MeetingStatus.EXTRACTS_SENT if final else MeetingStatus.MINUTES_SIGNED
        meeting = self._new_meeting(slot, status)
        present = self._attendance(meeting, slot.day)
        self._guests(meeting)
        voters = sum(1 for s in present if s.member.is_voting)
        position = 0
        if slot.kind is MeetingKind.REGULAR:
            position = 1
            item = self._progress_item(meeting, slot, present)
            self._progress_decisions(item, slot, voters)
        topics = self._topics_of(slot)
        pending = list(scenarios)
        for offset, topic in enumerate(topics, 1):
            plan_item = plan_items[offset - 1] if len(plan_items) >= offset else None
            item = self._agenda_item(meeting, position + offset, topic, slot, plan_item)
            if topic.kind is AgendaItemKind.POLICE_REPORT:
                self.session.add(police.add_figures(item, slot.year, slot.quarter))
            self._discussion(item, present, topic.speaker)
            cases = (
                self._link_cases(item, slot.day)
                if topic.kind is AgendaItemKind.SOCIAL_SUPPORT
                else []
            )
            votes = self._votes(voters, present)
            for dpos, spec in enumerate(topic.decisions, 1):
                scenario = None
                if (
                    spec.term is not None
                    and spec.term.kind is not DeadlineKind.PERIODIC
                    and pending
                ):
                    scenario = pending.pop(0)
                self._decision(item, dpos, spec, slot, votes, cases, scenario)
        assert not pending, "every forced control scenario must find a decision"
        if final:
            sent_on = min(slot.day + timedelta(days=3), max(slot.day, self.today))
            police.add_dispatches(self.session, meeting, sent_on)

    def _topics_of(self, slot: _Slot) -> tuple[_TopicSpec, ...]:
        if slot.kind is MeetingKind.EXTRAORDINARY:
            return EXTRAORDINARY_TOPICS
        return self._topics(slot.year, slot.quarter)

    def _agenda_item(
        self,
        meeting: Meeting,
        position: int,
        topic: _TopicSpec,
        slot: _Slot,
        plan_item: WorkPlanItem | None,
    ) -> AgendaItem:
        agency = self.state.agencies[topic.speaker]
        head = agency.head_name or ""
        title = self._title(topic, slot.day.year, slot.quarter)
        if topic.kind is AgendaItemKind.OTHER:
            heard = SECRETARY_HEARD
        else:
            heard = (
                f"{_initials(head)}, {agency.head_position}",
                f"{_initials_kk(head)}, {agency.head_position_kk}",
            )
        speakers = self._speaker(topic.speaker)
        item = AgendaItem(
            meeting=meeting,
            position=position,
            kind=topic.kind,
            title=title[0],
            title_kk=title[1],
            speakers=speakers[0],
            speakers_kk=speakers[1],
            heard_speaker=heard[0] if slot.held else None,
            heard_speaker_kk=heard[1] if slot.held else None,
            heard_summary=topic.summary[0] if slot.held else None,
            heard_summary_kk=topic.summary[1] if slot.held else None,
            materials_due=self._working_days_before(slot.day, 5),
            work_plan_item_id=plan_item.id if plan_item is not None else None,
        )
        self.session.add(item)
        return item

    def _working_days_before(self, day: date, n: int) -> date:
        for _ in range(n):
            day = self.calendar.previous_working_day(day)
        return day

    def _progress_item(self, meeting: Meeting, slot: _Slot, present: list[_Seat]) -> AgendaItem:
        years = f"{slot.year - 1}–{slot.year}"
        item = AgendaItem(
            meeting=meeting,
            position=1,
            kind=AgendaItemKind.PROGRESS_REVIEW,
            title=f"О ходе исполнения решений, принятых на заседаниях комиссии в {years} годах",
            title_kk=f"{years} жылдары комиссия отырыстарында қабылданған шешімдердің орындалу "
            "барысы туралы",
            speakers=SECRETARY_SPEAKER[0],
            speakers_kk=SECRETARY_SPEAKER[1],
            heard_speaker=SECRETARY_HEARD[0],
            heard_speaker_kk=SECRETARY_HEARD[1],
            heard_summary="о ходе исполнения ранее принятых решений (информация прилагается)",
            heard_summary_kk="бұрын қабылданған шешімдердің орындалу барысы туралы "
            "(ақпарат қоса беріледі)",
            materials_due=self._working_days_before(slot.day, 5),
        )
        self.session.add(item)
        self._discussion(item, present, "akimat")
        return item

    def _progress_decisions(self, item: AgendaItem, slot: _Slot, voters: int) -> None:
        """1.1 note; 1.2 removal of what was executed since; 1.3 an extension, if one was asked."""
        votes = (voters, 0, 0, None)
        decisions = [self._plain_decision(item, 1, DecisionKind.NOTE, NOTE.text, votes)]
        removable = [
            a
            for a in self.state.executed
            if a.decision.executed_on is not None and a.decision.executed_on < slot.day
        ]
        if removable:
            text = (
                "Снять с контроля как исполненные: " + "; ".join(_cite(removable)) + ".",
                "; ".join(_cite_kk(removable)) + " орындалған ретінде бақылаудан алынсын.",
            )
            removal = self._plain_decision(
                item, len(decisions) + 1, DecisionKind.REMOVE_FROM_CONTROL, text, votes
            )
            decisions.append(removal)
            self.removal = (removal, removable)
            self.state.executed = [a for a in self.state.executed if a not in removable]
        for pending in self.state.extensions:
            if pending.decided_at_meeting == slot.day:
                adopted = self._adopted_of(pending.point)
                until = pending.extension.proposed_date
                text = (
                    f"Продлить срок исполнения п. {adopted.label} протокола № {adopted.number} "
                    f"от {_ru_date(adopted.meeting_day)} до {_ru_date(until)}.",
                    f"{_kk_date_of(adopted.meeting_day)} № {adopted.number} хаттаманың "
                    f"{adopted.label}-тармағының орындалу мерзімі {_kk_date_until(until)} "
                    "ұзартылсын.",
                )
                extend = self._plain_decision(
                    item, len(decisions) + 1, DecisionKind.EXTEND, text, votes
                )
                decisions.append(extend)
                self.state.extend_decisions[slot.day] = extend

    def _discussion(self, item: AgendaItem, present: list[_Seat], speaker: str) -> None:
        others = [s for s in present if s.agency != speaker]
        for position, seat in enumerate(
            self.rng.sample(others, min(len(others), self.rng.randint(1, 3))), 1
        ):
            member = seat.member
            male, female, kk = self.rng.choice(DISCUSSION_REMARKS)
            item.discussion.append(
                DiscussionEntry(
                    position=position,
                    speaker=f"{_initials(member.full_name)}, {member.position_ru}",
                    speaker_kk=f"{_initials_kk(member.full_name)}, {member.position_kk}",
                    summary=female if member.sex is Sex.FEMALE else male,
                    summary_kk=kk,
                )
            )

    def _votes(self, voters: int, present: list[_Seat]) -> tuple[int, int, int, str | None]:
        """Mostly unanimous; now and then one member votes against or abstains."""
        roll = self.rng.random()
        dissenter = self.rng.choice([s for s in present if s.member.role is MemberRole.MEMBER])
        # Names only: the minutes word «Не поддержали: …» in the document's language.
        name = _initials(dissenter.member.full_name)
        if roll < 0.1:
            return voters - 1, 1, 0, name
        if roll < 0.18:
            return voters - 1, 0, 1, name
        return voters, 0, 0, None

    def _link_cases(self, item: AgendaItem, day: date) -> list[Case]:
        """Cases examined under a social-support item: open on that day, shown by number."""
        candidates = [
            c
            for c in self.state.cases
            if c.opened_on < day
            and (c.closed_on is None or c.closed_on > day)
            and c.state is not ProgrammeState.DRAFT
        ]
        chosen = self.rng.sample(candidates, min(len(candidates), self.rng.randint(1, 3)))
        chosen.sort(key=lambda c: (c.year, c.seq))
        for case in chosen:
            self.case_links.append((item, case))  # written once the item has its id
            self.state.case_items[case.id].append(item)
        return chosen

    def _planned_meeting(self, slot: _Slot, plan_items: list[WorkPlanItem]) -> None:
        meeting = self._new_meeting(slot, MeetingStatus.PLANNED)
        progress = AgendaItem(
            meeting=meeting,
            position=1,
            kind=AgendaItemKind.PROGRESS_REVIEW,
            title="О ходе исполнения решений, принятых на заседаниях комиссии",
            title_kk="Комиссия отырыстарында қабылданған шешімдердің орындалу барысы туралы",
            speakers=SECRETARY_SPEAKER[0],
            speakers_kk=SECRETARY_SPEAKER[1],
            materials_due=self._working_days_before(slot.day, 5),
        )
        self.session.add(progress)
        for offset, topic in enumerate(self._topics(slot.year, slot.quarter), 1):
            plan_item = plan_items[offset - 1] if len(plan_items) >= offset else None
            item = self._agenda_item(meeting, 1 + offset, topic, slot, plan_item)
            if topic.kind is AgendaItemKind.SOCIAL_SUPPORT:
                self.state.planned_social_item = item
