"""Small forms of the case card: a measure, its outcome, its escalation, a log entry, a reason.

Each saves through one service call and stays open with the refusal shown under its fields.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date, timedelta

from PySide6.QtWidgets import QComboBox, QDialogButtonBox, QPlainTextEdit, QWidget

from commission.domain.enums import CaseEventKind, MeasureState, NeedKind
from commission.domain.programme import FINAL_MEASURE_STATES
from commission.services import agencies, cases, escalation, measures
from commission.services.case_card import CaseCard, MeasureView
from commission.services.cases import EventData
from commission.services.escalation import EscalationResult
from commission.services.measures import MeasureData
from commission.ui.admin.forms import (
    FormDialog,
    OptionalDateEdit,
    combo_enum,
    combo_id,
    fill_agency_combo,
    fill_enum_combo,
    from_qdate,
    make_date_edit,
    make_read_only,
    text_of,
)
from commission.ui.bilingual import BilingualTextEdit
from commission.ui.cases.labels import event_kind_label, measure_state_label, need_kind_label
from commission.ui.context import AppContext
from commission.ui.labels import interface_language, shown_name

# The kinds of entry an officer writes; reviews at meetings are written by the decisions.
LOGGED_KINDS = (
    CaseEventKind.CONTACT,
    CaseEventKind.VISIT,
    CaseEventKind.REFERRAL,
    CaseEventKind.NOTE,
)
DEFAULT_TERM_DAYS = 30
FINAL_STATES = tuple(s for s in MeasureState if s in FINAL_MEASURE_STATES)


def _need_order(card: CaseCard) -> list[NeedKind]:
    """The kinds assessed for this case first (by priority), then the others."""
    assessed = [n.kind for n in card.needs]
    return assessed + [k for k in NeedKind if k not in assessed]


def measure_action(measure: MeasureView) -> str:
    """The measure's action in the interface's language (the other one when not typed)."""
    return shown_name(measure.action, measure.action_kk)


class MeasureDialog(FormDialog):
    """Plans a measure, or corrects one (``measure`` given). A finished measure keeps what
    was recorded; only its Kazakh texts may still be added, for the Kazakh programme.

    Attributes:
        saved_id: the measure's id once saved.
    """

    def __init__(
        self,
        ctx: AppContext,
        card: CaseCard,
        measure: MeasureView | None = None,
        parent: QWidget | None = None,
        *,
        today: date | None = None,
    ) -> None:
        super().__init__(ctx, parent)
        self.case_id = card.id
        self.measure = measure
        self.saved_id: int | None = None
        if measure is None:
            self.setWindowTitle(
                self.tr("New measure: case No. {number}").format(number=card.number)
            )
        else:
            self.setWindowTitle(self.tr("Measure: case No. {number}").format(number=card.number))
        self.need = QComboBox()
        fill_enum_combo(
            self.need,
            _need_order(card),
            need_kind_label,
            measure.need_kind if measure else (card.needs[0].kind if card.needs else None),
        )
        self.measure_finished = measure is not None and measure.state in FINAL_MEASURE_STATES
        self.action = BilingualTextEdit(lines=3)
        # The outcome is recorded when the measure is finished; here only its translation.
        self.outcome: BilingualTextEdit | None = (
            BilingualTextEdit(lines=3) if self.measure_finished else None
        )
        self.agency = QComboBox()
        known = ctx.run(self, lambda: agencies.list_agencies(ctx.db, ctx.actor)) or []
        fill_agency_combo(
            self.agency,
            known,
            measure.agency_id if measure else None,
            interface_language(),
            self.tr("(not chosen)"),
        )
        self.deadline = OptionalDateEdit(self.tr("by"))
        if measure is not None:
            self.action.set_value(measure.action, measure.action_kk)
            self.deadline.set_value(measure.deadline)
        else:
            # A month is the usual term an agency gets; the officer changes it as agreed.
            self.deadline.set_value((today or date.today()) + timedelta(days=DEFAULT_TERM_DAYS))
        self.add_row("need_kind", self.tr("&Kind of help:"), self.need)
        self.add_row("action", self.tr("&Action:"), self.action)
        self.add_row("agency_id", self.tr("Responsible a&gency:"), self.agency)
        self.add_row("deadline", self.tr("&Deadline:"), self.deadline)
        self.errors.fields["action_kk"] = self.action
        if self.outcome is not None and measure is not None:
            self.outcome.set_value(measure.outcome, measure.outcome_kk)
            self.add_row("outcome_kk", self.tr("&Outcome:"), self.outcome)
        self.finish_form()
        if self.measure_finished:
            self.set_intro(
                self.tr("The measure is finished: only its texts in Kazakh may still be added.")
            )
            for widget in (self.need, self.agency, self.deadline):
                make_read_only(widget)
            for editor in (self.action, self.outcome):
                if editor is not None:
                    editor.ru_edit.setReadOnly(True)
            self.action.focus_language("kk")

    def data(self) -> MeasureData:
        action, action_kk = self.action.value()
        return MeasureData(
            need_kind=combo_enum(self.need, NeedKind),
            action=action,
            agency_id=combo_id(self.agency),
            deadline=self.deadline.value(),
            action_kk=action_kk,
            outcome_kk=self.outcome.value()[1] if self.outcome is not None else None,
        )

    def save(self) -> None:
        db, actor = self.ctx.db, self.ctx.actor
        if self.measure is None:
            self.saved_id = measures.add_measure(db, actor, self.case_id, self.data())
        else:
            measures.update_measure(db, actor, self.measure.id, self.measure.version, self.data())
            self.saved_id = self.measure.id
        self.ctx.changes.sig_changed.emit("measures")


class MeasureOutcomeDialog(FormDialog):
    """Finishes a measure: how it ended, what came of it, and when."""

    def __init__(
        self,
        ctx: AppContext,
        measure: MeasureView,
        today: date,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(ctx, parent)
        self.setWindowTitle(self.tr("Outcome of the measure"))
        self.measure = measure
        self.today = today
        self.set_intro(measure_action(measure))
        self.state = QComboBox()
        fill_enum_combo(self.state, FINAL_STATES, measure_state_label, MeasureState.PROVIDED)
        self.outcome = BilingualTextEdit(lines=3)
        self.completed = make_date_edit(today)
        self.add_row("state", self.tr("&Result:"), self.state)
        self.add_row("outcome", self.tr("&Outcome:"), self.outcome)
        self.add_row("completed_on", self.tr("&Completed on:"), self.completed)
        self.errors.fields["outcome_kk"] = self.outcome
        self.finish_form()

    def save(self) -> None:
        outcome, outcome_kk = self.outcome.value()
        measures.set_measure_state(
            self.ctx.db,
            self.ctx.actor,
            self.measure.id,
            self.measure.version,
            combo_enum(self.state, MeasureState),
            outcome,
            from_qdate(self.completed.date()),
            today=self.today,
            outcome_kk=outcome_kk,
        )
        self.ctx.changes.sig_changed.emit("measures")


class EscalationDialog(FormDialog):
    """Marks a measure blocked and sends it to the commission with the reason.

    Attributes:
        sent: where the measure went (a meeting's agenda, or waiting), once sent.
    """

    def __init__(
        self,
        ctx: AppContext,
        measure: MeasureView,
        today: date,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(ctx, parent)
        self.setWindowTitle(self.tr("Blocked measure: escalate to the commission"))
        self.measure = measure
        self.today = today
        self.sent: EscalationResult | None = None
        self.set_intro(
            self.tr(
                "The measure «{action}» becomes a proposed item on the agenda of the "
                "commission's next planned meeting. Say what blocks it and what is asked of "
                "the commission; the reason stays in the case's log."
            ).format(action=measure_action(measure))
        )
        self.reason = QPlainTextEdit()
        self.reason.setTabChangesFocus(True)
        self.add_row("reason", self.tr("&Reason:"), self.reason)
        self.finish_form()
        save = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        if save is not None:
            save.setText(self.tr("&Escalate"))

    def save(self) -> None:
        self.sent = escalation.escalate_measure(
            self.ctx.db,
            self.ctx.actor,
            self.measure.id,
            text_of(self.reason),
            version=self.measure.version,
            today=self.today,
        )
        self.ctx.changes.sig_changed.emit("measures")
        self.ctx.changes.sig_changed.emit("agenda_items")


class EventDialog(FormDialog):
    """Writes an entry in the case's activity log.

    Attributes:
        saved_id: the entry's id once saved.
    """

    def __init__(
        self,
        ctx: AppContext,
        card: CaseCard,
        today: date,
        parent: QWidget | None = None,
        *,
        measures_of_case: Sequence[MeasureView] = (),
    ) -> None:
        super().__init__(ctx, parent)
        self.setWindowTitle(self.tr("Log entry: case No. {number}").format(number=card.number))
        self.case_id = card.id
        self.today = today
        self.saved_id: int | None = None
        self.kind = QComboBox()
        fill_enum_combo(self.kind, LOGGED_KINDS, event_kind_label, CaseEventKind.CONTACT)
        self.happened = make_date_edit(today)
        self.text = QPlainTextEdit()
        self.text.setTabChangesFocus(True)
        self.measure = QComboBox()
        self.measure.addItem(self.tr("(the case as a whole)"), None)
        for m in measures_of_case:
            self.measure.addItem(f"{need_kind_label(m.need_kind)}: {measure_action(m)}", m.id)
        self.add_row("kind", self.tr("&Kind:"), self.kind)
        self.add_row("happened_on", self.tr("&Date:"), self.happened)
        self.add_row("text", self.tr("&What happened:"), self.text)
        self.add_row("measure_id", self.tr("&Measure:"), self.measure)
        self.finish_form()

    def save(self) -> None:
        data = EventData(
            kind=combo_enum(self.kind, CaseEventKind),
            happened_on=from_qdate(self.happened.date()),
            text=text_of(self.text),
            measure_id=combo_id(self.measure),
        )
        self.saved_id = cases.log_event(
            self.ctx.db, self.ctx.actor, self.case_id, data, today=self.today
        )
        self.ctx.changes.sig_changed.emit("case_events")


class ReasonDialog(FormDialog):
    """A reason for an action (stopping the programme) that ``act`` takes."""

    def __init__(
        self,
        ctx: AppContext,
        title: str,
        label: str,
        act: Callable[[str], None],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(ctx, parent)
        self.setWindowTitle(title)
        self.act = act
        self.reason = QPlainTextEdit()
        self.reason.setTabChangesFocus(True)
        self.add_row("reason", label, self.reason)
        self.finish_form()

    def save(self) -> None:
        self.act(text_of(self.reason))
        self.ctx.changes.sig_changed.emit("cases")
