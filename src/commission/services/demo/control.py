"""Decisions and their control: deadlines, control points, reports, extensions, removals."""

from __future__ import annotations

from collections import defaultdict
from datetime import date, timedelta

from sqlalchemy import select

from commission.db.models import (
    Agency,
    AgendaItem,
    Case,
    ControlPoint,
    ControlStep,
    Decision,
    DecisionAssignee,
    ExecutionReport,
    Extension,
    OutgoingLetter,
)
from commission.domain import kazakh
from commission.domain.deadlines import DeadlineKind, DeadlineRule, Period, due_dates
from commission.domain.enums import (
    AssigneeRole,
    ControlPointState,
    ControlState,
    DecisionKind,
    ExecutionGrade,
    ExtensionState,
    LadderStep,
    ReportAssessment,
    ReportKind,
)
from commission.domain.kazakh import KkCase
from commission.domain.workcalendar import DayOffRule
from commission.services.demo.helpers import (
    _at,
    _initials,
    _initials_kk,
    _kk_date_of,
    _mid_sentence,
    _preposition_with,
    _ru_date,
)
from commission.services.demo.names import INTERIM_TEXTS, REPORT_TEXTS
from commission.services.demo.specs import AGENCIES, _AgencySpec
from commission.services.demo.state import (
    _Adopted,
    _BuilderBase,
    _Outcome,
    _PendingExtension,
    _Scenario,
    _Slot,
)
from commission.services.demo.topics import _DecisionSpec, _Term


class _Control(_BuilderBase):
    """Builder steps for decisions, their control and what follows from it."""

    def _adopted_of(self, point: ControlPoint) -> _Adopted:
        return self.adopted[id(point.decision)]

    def _plain_decision(
        self,
        item: AgendaItem,
        position: int,
        kind: DecisionKind,
        text: tuple[str, str],
        votes: tuple[int, int, int, str | None],
    ) -> Decision:
        decision = Decision(
            agenda_item=item,
            position=position,
            kind=kind,
            text=text[0],
            text_kk=text[1],
            is_binding=kind is not DecisionKind.RECOMMENDATION
            and self.commission.binding_by_default,
            report_to_secretary=False,
            votes_for=votes[0],
            votes_against=votes[1],
            votes_abstained=votes[2],
            vote_adopted=2 * votes[0] > votes[0] + votes[1] + votes[2],
            dissenters=votes[3],
            control_state=ControlState.NOT_CONTROLLED,
        )
        self.session.add(decision)
        return decision

    def _mark_removed(self, slot: _Slot) -> None:
        """After the meeting's rows have ids: the removed decisions point at the removal."""
        if self.removal is None:
            return
        removal, removed = self.removal
        for adopted in removed:
            decision = adopted.decision
            decision.control_state = ControlState.REMOVED
            decision.removed_on = slot.day
            decision.removed_by_decision_id = removal.id
        self.removal = None

    def _decision(
        self,
        item: AgendaItem,
        position: int,
        spec: _DecisionSpec,
        slot: _Slot,
        votes: tuple[int, int, int, str | None],
        cases: list[Case],
        scenario: _Scenario | None,
    ) -> None:
        text = self._decision_text(spec, cases)
        decision = self._plain_decision(item, position, spec.kind, text, votes)
        decision.is_binding = spec.kind is not DecisionKind.RECOMMENDATION
        if spec.lead is None or spec.term is None:
            return
        decision.report_to_secretary = True
        for role, key in [
            (AssigneeRole.LEAD, spec.lead),
            *((AssigneeRole.CO_EXECUTOR, k) for k in spec.co),
        ]:
            agency = self.state.agencies[key]
            decision.assignees.append(
                DecisionAssignee(
                    agency=agency, role=role, contact_name=_initials(agency.head_name or "")
                )
            )
        rule = self._rule(spec.term, slot.day, scenario)
        _apply_rule(decision, rule)
        adopted = _Adopted(decision, f"{item.position}.{position}", slot.number, slot.day)
        self.adopted[id(decision)] = adopted
        self._control(decision, adopted, rule, self.state.agencies[spec.lead], scenario)

    def _decision_text(self, spec: _DecisionSpec, cases: list[Case]) -> tuple[str, str]:
        if spec.lead is None:
            return spec.text
        return self._decision_text_ru(spec, cases), self._decision_text_kk(spec, cases)

    def _decision_text_ru(self, spec: _DecisionSpec, cases: list[Case]) -> str:
        """«Отделу полиции (Касымов Е. Б.) совместно с … организовать …»."""
        assert spec.lead is not None
        agency_spec = _agency_spec(spec.lead)
        lead = self.state.agencies[spec.lead]
        text = spec.text[0]
        if spec.cases and cases:
            text = f"{text} (дела № {', '.join(c.number for c in cases)})."
        elif spec.cases:
            text = f"{text}."
        if spec.kind is DecisionKind.RECOMMENDATION:
            return (
                f"Рекомендовать {_mid_sentence(agency_spec.to_ru)} "
                f"({_initials(lead.head_name or '')}) {text}"
            )
        together = ""
        if spec.co:
            parts = []
            for key in spec.co:
                co = self.state.agencies[key]
                parts.append(f"{_agency_spec(key).with_ru} ({_initials(co.head_name or '')})")
            together = f" совместно {_preposition_with(parts[0])} " + ", ".join(parts)
        return f"{agency_spec.to_ru} ({_initials(lead.head_name or '')}){together} {text}"

    def _decision_text_kk(self, spec: _DecisionSpec, cases: list[Case]) -> str:
        """«Аудандық полиция бөліміне (Е. Б. Касымов) аудандық білім бөлімімен (…) бірлесіп …
        ұйымдастыру тапсырылсын.»: the addressee in the dative, as in the Russian, and the
        imperative-passive «тапсырылсын» (an instruction) or «ұсынылсын» (a recommendation)."""
        assert spec.lead is not None
        lead = self.state.agencies[spec.lead]
        addressee = kazakh.with_ending(_agency_spec(spec.lead).subject_kk, KkCase.DATIVE)
        parts = [f"{addressee} ({_initials_kk(lead.head_name or '')})"]
        if spec.co:
            co_parts = []
            for key in spec.co:
                co = self.state.agencies[key]
                name = _mid_sentence(_agency_spec(key).subject_kk)
                co_parts.append(
                    f"{kazakh.with_ending(name, KkCase.INSTRUMENTAL)} "
                    f"({_initials_kk(co.head_name or '')})"
                )
            parts.append(", ".join(co_parts) + " бірлесіп")
        parts.append(spec.text[1])
        if spec.cases and cases:
            numbers = ", ".join(c.number for c in cases)
            parts.append(f"(№ {numbers} {'істер' if len(cases) > 1 else 'іс'} бойынша)")
        verb = "ұсынылсын" if spec.kind is DecisionKind.RECOMMENDATION else "тапсырылсын"
        return " ".join([*parts, verb]) + "."

    def _rule(self, term: _Term, adopted: date, scenario: _Scenario | None) -> DeadlineRule:
        """The template's term, or a fixed date that makes the forced scenario happen."""
        fixed = self._scenario_due(adopted, scenario)
        if fixed is not None:
            return DeadlineRule(DeadlineKind.FIXED, fixed_date=fixed)
        if term.kind is DeadlineKind.FIXED:
            return DeadlineRule(DeadlineKind.FIXED, fixed_date=adopted + timedelta(days=term.days))
        if term.kind is DeadlineKind.PERIODIC:
            until = date(adopted.year if adopted.month < 10 else adopted.year + 1, 12, 31)
            return DeadlineRule(
                DeadlineKind.PERIODIC, period=Period.QUARTERLY, day_of_month=5, until=until
            )
        return DeadlineRule(term.kind, days=term.days)

    def _scenario_due(self, adopted: date, scenario: _Scenario | None) -> date | None:
        today, cal = self.today, self.calendar
        last = self.last_regular.day
        shift = cal.shift_to_working
        if scenario is _Scenario.LATE:
            return shift(adopted + timedelta(days=21), DayOffRule.NEXT)
        if scenario is _Scenario.OVERDUE_REFUSED:
            return shift(adopted + timedelta(days=30), DayOffRule.NEXT)
        if scenario is _Scenario.EXTENDED:
            return shift(last + timedelta(days=10), DayOffRule.NEXT)
        if scenario is _Scenario.DUE_SOON:
            return cal.add_working_days(today, 2)
        if scenario is _Scenario.REWORK:
            return shift(adopted + timedelta(days=30), DayOffRule.NEXT)
        if scenario is _Scenario.INTERIM:
            return max(
                shift(adopted + timedelta(days=60), DayOffRule.NEXT),
                cal.add_working_days(today, 12),
            )
        if scenario is _Scenario.PENDING_EXTENSION:
            return max(
                shift(adopted + timedelta(days=45), DayOffRule.NEXT), cal.add_working_days(today, 7)
            )
        return None

    def _control(
        self,
        decision: Decision,
        adopted: _Adopted,
        rule: DeadlineRule,
        lead: Agency,
        scenario: _Scenario | None,
    ) -> None:
        dues = due_dates(rule, adopted.meeting_day, self.calendar, self.commission.day_off_rule)
        extended = False
        for due in dues:
            point = ControlPoint(original_due_date=due, due_date=due, state=ControlPointState.OPEN)
            decision.control_points.append(point)
            if scenario is _Scenario.EXTENDED:
                due = self._extend(point, due, granted_at=self.last_regular.day)
                extended = True
            elif scenario is _Scenario.OVERDUE_REFUSED:
                self._ask_extension(point, due, ExtensionState.REFUSED, due - timedelta(days=4))
            elif scenario is _Scenario.PENDING_EXTENSION:
                asked = max(adopted.meeting_day, self.today - timedelta(days=2))
                self._ask_extension(point, due, ExtensionState.REQUESTED, asked)
            outcome = self._outcome(scenario, due, adopted.meeting_day)
            self._report(point, outcome, due, adopted.meeting_day, lead)
        self._settle(decision, adopted, extended)

    def _extend(self, point: ControlPoint, due: date, granted_at: date) -> date:
        new_due = self.calendar.shift_to_working(due + timedelta(days=30), DayOffRule.NEXT)
        extension = Extension(
            requested_by_agency_id=None,
            requested_on=granted_at - timedelta(days=4),
            old_date=due,
            proposed_date=new_due,
            reason="Работы выполняются подрядной организацией; требуется дополнительное время",
            state=ExtensionState.GRANTED,
            decided_by="secretary",
            decided_on=granted_at,
        )
        self.state.extensions.append(_PendingExtension(extension, point, granted_at))
        point.due_date = new_due
        return new_due

    def _ask_extension(
        self, point: ControlPoint, due: date, state: ExtensionState, asked: date
    ) -> None:
        extension = Extension(
            requested_on=asked,
            old_date=due,
            proposed_date=self.calendar.shift_to_working(due + timedelta(days=30), DayOffRule.NEXT),
            reason="Не завершены согласования с сельскими округами",
            state=state,
            decided_by="chair" if state is ExtensionState.REFUSED else None,
            decided_on=asked + timedelta(days=2) if state is ExtensionState.REFUSED else None,
        )
        self.state.extensions.append(_PendingExtension(extension, point))

    def _outcome(self, scenario: _Scenario | None, due: date, adopted: date) -> _Outcome:
        today = self.today
        forced = {
            _Scenario.LATE: _Outcome.LATE,
            _Scenario.OVERDUE_REFUSED: _Outcome.OVERDUE,
            _Scenario.DUE_SOON: _Outcome.NOTHING,
            _Scenario.REWORK: _Outcome.RETURNED,
            _Scenario.INTERIM: _Outcome.INTERIM,
            _Scenario.PENDING_EXTENSION: _Outcome.NOTHING,
        }
        if scenario is not None and scenario in forced:
            return forced[scenario]
        if scenario is _Scenario.ON_TIME and due < today:
            return _Outcome.ON_TIME
        roll = self.rng.random()
        if due < today - timedelta(days=1):
            if roll < 0.68:
                return _Outcome.ON_TIME
            if roll < 0.86 and (today - due).days >= 3:
                return _Outcome.LATE
            return _Outcome.OVERDUE
        if adopted >= today - timedelta(days=1):
            return _Outcome.NOTHING
        if roll < 0.25:
            return _Outcome.INTERIM
        if roll < 0.35:
            return _Outcome.AWAITING_ASSESSMENT
        return _Outcome.NOTHING

    def _report(
        self, point: ControlPoint, outcome: _Outcome, due: date, adopted: date, lead: Agency
    ) -> None:
        rng, today = self.rng, self.today
        latest = today - timedelta(days=1)
        if outcome is _Outcome.NOTHING:
            return
        if outcome is _Outcome.ON_TIME:
            received = max(adopted, due - timedelta(days=rng.randint(0, 10)))
            self._add_report(point, lead, ReportKind.FINAL, received, ReportAssessment.ACCEPTED)
            point.state, point.executed_on = ControlPointState.EXECUTED_ON_TIME, received
        elif outcome is _Outcome.LATE:
            received = due + timedelta(days=rng.randint(1, min(25, (today - due).days - 1)))
            self._add_report(point, lead, ReportKind.FINAL, received, ReportAssessment.ACCEPTED)
            point.state, point.executed_on = ControlPointState.EXECUTED_LATE, received
        elif outcome is _Outcome.OVERDUE:
            if rng.random() < 0.5 and due > adopted + timedelta(days=5):
                received = adopted + timedelta(days=rng.randint(1, (due - adopted).days - 1))
                self._add_report(
                    point, lead, ReportKind.INTERIM, received, ReportAssessment.ACCEPTED
                )
        elif outcome is _Outcome.INTERIM:
            received = adopted + timedelta(days=(min(latest, due) - adopted).days // 2)
            self._add_report(point, lead, ReportKind.INTERIM, received, ReportAssessment.ACCEPTED)
        elif outcome is _Outcome.AWAITING_ASSESSMENT:
            received = max(adopted, latest)
            self._add_report(point, lead, ReportKind.FINAL, received, ReportAssessment.PENDING)
        elif outcome is _Outcome.RETURNED:
            received = min(max(adopted, due - timedelta(days=3)), latest)
            received = max(received, adopted)
            report = self._add_report(
                point, lead, ReportKind.FINAL, received, ReportAssessment.RETURNED
            )
            report.assessment_comment = (
                "Информация неполная: не указаны сведения о трудоустроенных лицах. Доработать и "
                "представить повторно."
            )

    def _add_report(
        self,
        point: ControlPoint,
        lead: Agency,
        kind: ReportKind,
        received: date,
        assessment: ReportAssessment,
    ) -> ExecutionReport:
        self.report_number += 1
        texts = INTERIM_TEXTS if kind is ReportKind.INTERIM else REPORT_TEXTS
        report = ExecutionReport(
            agency=lead,
            kind=kind,
            received_on=received,
            incoming_number=f"03-12/{self.report_number}",
            text=f"{lead.short_name_ru}: {self.rng.choice(texts)}",
            assessment=assessment,
        )
        if kind is ReportKind.FINAL and assessment is ReportAssessment.ACCEPTED:
            report.grade = ExecutionGrade.EXECUTED
        if assessment is not ReportAssessment.PENDING:
            report.assessed_by = "secretary"
            report.assessed_at = _at(min(self.today, received + timedelta(days=1)))
        point.reports.append(report)
        return report

    def _settle(self, decision: Decision, adopted: _Adopted, extended: bool) -> None:
        """The decision's stored state and due date follow from its control points."""
        points = decision.control_points
        open_points = [p for p in points if p.state is ControlPointState.OPEN]
        if not open_points:
            decision.control_state = ControlState.EXECUTED
            decision.executed_on = max(p.executed_on for p in points if p.executed_on)
            decision.due_date = max(p.due_date for p in points)
            self.state.executed.append(adopted)
            return
        decision.due_date = min(p.due_date for p in open_points)
        reports = [r for p in open_points for r in p.reports]
        if any(r.assessment is ReportAssessment.RETURNED for r in reports):
            decision.control_state = ControlState.REWORK
        elif extended:
            decision.control_state = ControlState.EXTENDED
        elif reports:
            decision.control_state = ControlState.IN_PROGRESS
        else:
            decision.control_state = ControlState.ON_CONTROL

    def _extensions(self) -> None:
        for pending in self.state.extensions:
            extension = pending.extension
            extension.control_point_id = pending.point.id
            if pending.decided_at_meeting is not None:
                decision = self.state.extend_decisions.get(pending.decided_at_meeting)
                extension.decided_by_decision_id = decision.id if decision is not None else None
            lead = next(a for a in pending.point.decision.assignees if a.role is AssigneeRole.LEAD)
            extension.requested_by_agency_id = lead.agency.id
            self.session.add(extension)

    def _letters(self) -> None:
        """Requests for execution information sent to agencies with overdue points."""
        overdue: dict[int, date] = {}
        decisions: dict[int, list[Decision]] = defaultdict(list)
        for point in self.session.scalars(
            select(ControlPoint)
            .where(ControlPoint.state == ControlPointState.OPEN, ControlPoint.due_date < self.today)
            .order_by(ControlPoint.id)
        ):
            if point.decision.agenda_item.meeting.commission_id != self.commission.id:
                continue  # another commission of an oblast's demo writes its own letters
            lead = next(a for a in point.decision.assignees if a.role is AssigneeRole.LEAD)
            first = overdue.get(lead.agency_id)
            overdue[lead.agency_id] = min(first, point.due_date) if first else point.due_date
            if point.decision not in decisions[lead.agency_id]:
                decisions[lead.agency_id].append(point.decision)
        letters = sorted(
            (min(self.today, due + timedelta(days=3)), agency_id)
            for agency_id, due in overdue.items()
        )
        seq_by_year: dict[int, int] = defaultdict(int)
        for sent_on, agency_id in letters:
            seq_by_year[sent_on.year] += 1
            seq = seq_by_year[sent_on.year]
            letter = OutgoingLetter(
                commission_id=self.commission.id,
                year=sent_on.year,
                seq=seq,
                number=f"12-17/{seq}",
                sent_on=sent_on,
                agency_id=agency_id,
                subject="О представлении информации об исполнении решений комиссии",
                kind=LadderStep.REMINDER,
            )
            self.session.add(letter)
            for decision in decisions[agency_id]:
                self.session.add(
                    ControlStep(
                        decision=decision,
                        step=LadderStep.REMINDER,
                        taken_on=sent_on,
                        letter=letter,
                    )
                )


def _apply_rule(decision: Decision, rule: DeadlineRule) -> None:
    decision.deadline_kind = rule.kind
    decision.deadline_date = rule.fixed_date
    decision.deadline_days = rule.days
    decision.deadline_period = rule.period
    decision.deadline_day_of_month = rule.day_of_month
    decision.deadline_until = rule.until


def _agency_spec(key: str) -> _AgencySpec:
    return next(a for a in AGENCIES if a.key == key)


def _cite_kk(adopted: list[_Adopted]) -> list[str]:
    """«2025 жылғы 12 желтоқсандағы № 4 хаттаманың 2.2, 3.1-тармақтары», one part per meeting."""
    by_meeting: dict[tuple[int, date], list[str]] = {}
    for item in adopted:
        by_meeting.setdefault((item.number, item.meeting_day), []).append(item.label)
    parts = []
    for (number, day), labels in sorted(by_meeting.items(), key=lambda kv: kv[0][1]):
        points = "тармақтары" if len(labels) > 1 else "тармағы"
        parts.append(f"{_kk_date_of(day)} № {number} хаттаманың {', '.join(labels)}-{points}")
    return parts


def _cite(adopted: list[_Adopted]) -> list[str]:
    """«пп. 2.2, 3.1 протокола № 4 от 12 декабря 2025 года», one part per meeting."""
    by_meeting: dict[tuple[int, date], list[str]] = {}
    for item in adopted:
        by_meeting.setdefault((item.number, item.meeting_day), []).append(item.label)
    parts = []
    for (number, day), labels in sorted(by_meeting.items(), key=lambda kv: kv[0][1]):
        prefix = "пп." if len(labels) > 1 else "п."
        parts.append(f"{prefix} {', '.join(labels)} протокола № {number} от {_ru_date(day)}")
    return parts
