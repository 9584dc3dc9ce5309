"""Social-support cases: needs, measures, the activity log, an escalation and reviews."""

from __future__ import annotations

from collections import defaultdict
from datetime import date, timedelta

from sqlalchemy import func, select

from commission.db.models import AgendaItemCase, Case, CaseEvent, Client, Measure, Need
from commission.domain.enums import (
    CaseEventKind,
    ClientCategory,
    MeasureState,
    NeedKind,
    ProgrammeState,
)
from commission.services.demo.specs import (
    _NEED_WEIGHTS_MINOR,
    _NEED_WEIGHTS_OTHER,
    _NEED_WEIGHTS_RELEASED,
    ESCALATED_ACTION,
    ESCALATED_OUTCOME,
    MEASURES,
    NEED_LABELS,
    OTHER_OUTCOMES,
)
from commission.services.demo.state import _BuilderBase, _ClientDraft


class _Cases(_BuilderBase):
    """Builder steps for the cases and the links made once the meetings exist."""

    def _cases(self) -> None:
        # Case numbers run in the order cases were opened within each year: «14/2026».
        opened = sorted(
            (d.case_opened, index, d)
            for index, d in enumerate(self.state.drafts)
            if d.case_opened is not None
        )
        # An oblast's demo numbers the cases of every district in one register: go on from
        # the numbers the districts built before took.
        seq_by_year: dict[int, int] = defaultdict(int)
        for year, last in self.session.execute(
            select(Case.year, func.max(Case.seq)).group_by(Case.year)
        ):
            seq_by_year[year] = last or 0
        for day, _index, draft in opened:
            year = day.year
            seq_by_year[year] += 1
            case = self._case(draft, year, seq_by_year[year])
            self.state.cases.append(case)
            self.session.add(case)
        self._flush()
        for case in self.state.cases:
            self._case_events(case)

    def _case_state(self, draft: _ClientDraft, opened: date) -> ProgrammeState:
        if draft.forced_state is not None:
            return draft.forced_state
        if draft.client.deregistered_on is not None:
            return ProgrammeState.COMPLETED if self.rng.random() < 0.4 else ProgrammeState.CLOSED
        age = (self.today - opened).days
        if age < 10:
            return ProgrammeState.DRAFT
        if age < 60:
            return ProgrammeState.APPROVED
        roll = self.rng.random()
        if roll < 0.05:
            return ProgrammeState.STOPPED
        if roll < 0.13:
            return ProgrammeState.COMPLETED
        return ProgrammeState.IN_PROGRESS

    def _case(self, draft: _ClientDraft, year: int, seq: int) -> Case:
        rng = self.rng
        opened = draft.case_opened
        assert opened is not None
        client = draft.client
        state = self._case_state(draft, opened)
        approved = None
        if state is not ProgrammeState.DRAFT:
            approved = min(self.today, opened + timedelta(days=rng.randint(3, 10)))
        closed_on, reason = self._case_closing(client, state, opened, approved)
        kinds = self._needs_of(draft.category)
        case = Case(
            client=client,
            year=year,
            seq=seq,
            number=f"{seq}/{year}",
            opened_on=opened,
            officer_id=client.officer_id,
            state=state,
            approved_on=approved,
            closed_on=closed_on,
            close_reason=reason,
            assessment_notes="Потребности: " + ", ".join(NEED_LABELS[k] for k in kinds) + ".",
        )
        for kind in kinds:
            case.needs.append(Need(kind=kind, priority=rng.randint(1, 3)))
            for _ in range(2 if rng.random() < 0.2 else 1):
                case.measures.append(self._measure(kind, state, approved or opened, closed_on))
        return case

    def _case_closing(
        self, client: Client, state: ProgrammeState, opened: date, approved: date | None
    ) -> tuple[date | None, str | None]:
        if state is ProgrammeState.CLOSED:
            return client.deregistered_on, "Снят с учета службы пробации"
        if state is ProgrammeState.STOPPED:
            start = approved or opened
            day = start + timedelta(days=self.rng.randint(1, max(1, (self.today - start).days)))
            return min(day, self.today), "Отказ клиента от социального сопровождения"
        if state is ProgrammeState.COMPLETED:
            start = approved or opened
            last = client.deregistered_on or self.today
            span = max(1, (last - start).days)
            day = start + timedelta(days=self.rng.randint(min(span, 30), span))
            return min(day, last), "Индивидуальная программа выполнена"
        return None, None

    def _needs_of(self, category: ClientCategory) -> list[NeedKind]:
        weights = _NEED_WEIGHTS_OTHER
        if category is ClientCategory.RELEASED:
            weights = _NEED_WEIGHTS_RELEASED
        elif category is ClientCategory.MINOR:
            weights = _NEED_WEIGHTS_MINOR
        pool = [k for k, w in zip(NeedKind, weights, strict=True) if w]
        pool_weights = [w for w in weights if w]
        wanted = self.rng.choice((1, 1, 2, 2, 3))
        chosen: list[NeedKind] = []
        while len(chosen) < wanted:
            kind = self.rng.choices(pool, pool_weights)[0]
            if kind not in chosen:
                chosen.append(kind)
        return chosen

    def _measure(
        self, kind: NeedKind, case_state: ProgrammeState, start: date, closed_on: date | None
    ) -> Measure:
        rng, today = self.rng, self.today
        spec = rng.choice(MEASURES[kind])
        deadline = start + timedelta(days=rng.randint(20, 90))
        state, done = self._measure_state(case_state, start, deadline, closed_on)
        outcome: tuple[str | None, str | None] = (None, None)
        if state is MeasureState.PROVIDED:
            outcome = spec.outcome
        elif state in OTHER_OUTCOMES:
            outcome = OTHER_OUTCOMES[state]
        return Measure(
            need_kind=kind,
            action=spec.action[0],
            action_kk=spec.action[1],
            agency=self.state.agencies[spec.agency],
            deadline=deadline,
            state=state,
            outcome=outcome[0],
            outcome_kk=outcome[1],
            completed_on=min(done, today) if done else None,
        )

    def _measure_state(
        self, case_state: ProgrammeState, start: date, deadline: date, closed_on: date | None
    ) -> tuple[MeasureState, date | None]:
        rng, today = self.rng, self.today
        if case_state is ProgrammeState.DRAFT:
            return MeasureState.ASSIGNED, None
        if closed_on is not None:  # a finished programme has no open measures
            done = start + timedelta(days=rng.randint(0, max(0, (closed_on - start).days)))
            if case_state is ProgrammeState.COMPLETED or rng.random() < 0.6:
                return MeasureState.PROVIDED, done
            return rng.choice((MeasureState.REFUSED, MeasureState.IMPOSSIBLE)), done
        elapsed = max(0, (today - start).days)
        done = start + timedelta(days=rng.randint(0, elapsed))
        if deadline < today:
            roll = rng.random()
            if roll < 0.62:
                return MeasureState.PROVIDED, min(done, deadline + timedelta(days=10))
            if roll < 0.85:
                return MeasureState.IN_PROGRESS, None  # overdue: past its deadline, still open
            if roll < 0.92:
                return MeasureState.REFUSED, done
            if roll < 0.96:
                return MeasureState.IMPOSSIBLE, done
            return MeasureState.REDIRECTED, done
        roll = rng.random()
        if roll < 0.2 and elapsed > 0:
            return MeasureState.PROVIDED, done
        return (MeasureState.IN_PROGRESS if roll < 0.6 else MeasureState.ASSIGNED), None

    def _case_events(self, case: Case) -> None:
        """The activity log: opening, a referral per measure acted on, visits and calls."""
        rng = self.rng
        last = case.closed_on or self.today
        span = max(0, (last - case.opened_on).days)
        events: list[tuple[date, CaseEventKind, str, int | None]] = [
            (
                case.opened_on,
                CaseEventKind.NOTE,
                "Заведено дело, проведена оценка потребностей",
                None,
            )
        ]
        for measure in case.measures:
            if measure.state is MeasureState.ASSIGNED:
                continue
            agency = measure.agency
            name = agency.short_name_ru if agency is not None else ""
            day = case.opened_on + timedelta(days=rng.randint(0, min(span, 10)))
            events.append((day, CaseEventKind.REFERRAL, f"Выдано направление: {name}", measure.id))
        for _ in range(rng.randint(0, 3)):
            day = case.opened_on + timedelta(days=rng.randint(0, span))
            if rng.random() < 0.5:
                text = "Посещение по месту жительства: условия проживания удовлетворительные"
                events.append((day, CaseEventKind.VISIT, text, None))
            else:
                events.append((day, CaseEventKind.CONTACT, "Телефонный разговор с клиентом", None))
        events.sort(key=lambda e: (e[0], e[1].value))
        for day, kind, text, measure_id in events:
            self.session.add(
                CaseEvent(
                    case_id=case.id, happened_on=day, kind=kind, text=text, measure_id=measure_id
                )
            )

    def _escalation(self) -> None:
        """A blocked measure goes to the commission: a new agenda item of the next meeting."""
        item = self.state.planned_social_item
        assert item is not None
        case = next(c for c in self.state.cases if c.state is ProgrammeState.IN_PROGRESS)
        deadline = self.today - timedelta(days=self.rng.randint(10, 30))
        measure = Measure(
            case=case,
            need_kind=NeedKind.HOUSING,
            action=ESCALATED_ACTION[0],
            action_kk=ESCALATED_ACTION[1],
            agency=self.state.agencies["adaptation"],
            deadline=deadline,
            state=MeasureState.ESCALATED,
            outcome=ESCALATED_OUTCOME[0],
            outcome_kk=ESCALATED_OUTCOME[1],
            escalated_agenda_item_id=item.id,
        )
        self.session.add(measure)
        self.session.add(
            AgendaItemCase(agenda_item_id=item.id, case_id=case.id, is_escalation=True)
        )
        if not any(n.kind is NeedKind.HOUSING for n in case.needs):
            case.needs.append(Need(kind=NeedKind.HOUSING, priority=1))
        self.session.add(
            CaseEvent(
                case_id=case.id,
                happened_on=self.today - timedelta(days=2),
                kind=CaseEventKind.NOTE,
                agenda_item_id=item.id,
                text="Вопрос о жилье вынесен на заседание комиссии",
            )
        )

    def _review_events(self) -> None:
        """Each case examined at a sitting gets a «review» entry in its timeline."""
        for case in self.state.cases:
            for item in self.state.case_items.get(case.id, []):
                self.session.add(
                    CaseEvent(
                        case_id=case.id,
                        happened_on=item.meeting.meeting_date,
                        kind=CaseEventKind.REVIEW,
                        agenda_item_id=item.id,
                        text=f"Рассмотрено на заседании комиссии (протокол "
                        f"№ {item.meeting.number})",
                    )
                )
