"""The work plan's dialogs: a question of the plan (in both languages) and putting a question
on a meeting's agenda."""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import QComboBox, QSpinBox, QWidget

from commission.domain.enums import AgendaItemKind
from commission.services import agencies, workplan
from commission.services.errors import InvalidInput
from commission.services.overview import MeetingRow
from commission.services.workplan import WorkPlanData, WorkPlanView
from commission.ui.admin.forms import (
    FormDialog,
    combo_enum,
    combo_id,
    fill_agency_combo,
    fill_enum_combo,
    select_data,
)
from commission.ui.admin.tables import format_date
from commission.ui.bilingual import BilingualLineEdit, BilingualTextEdit
from commission.ui.context import AppContext
from commission.ui.labels import interface_language
from commission.ui.meetings.fields import add_bilingual_row
from commission.ui.overview_labels import agenda_item_kind_label

MIN_YEAR, MAX_YEAR = 2000, 2100
SPEAKER_MAX = 300


def quarter_label(quarter: int) -> str:
    return ("I", "II", "III", "IV")[quarter - 1] if 1 <= quarter <= 4 else str(quarter)


def quarter_of(day: date) -> int:
    return (day.month - 1) // 3 + 1


class PlanItemDialog(FormDialog):
    """A question of the plan, new or edited.

    Attributes:
        saved: the question as stored, once saved.
    """

    def __init__(
        self,
        ctx: AppContext,
        year: int,
        item: WorkPlanView | None,
        agency_list: list[agencies.AgencyView],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(ctx, parent)
        self.item = item
        self.saved: WorkPlanView | None = None
        self.setWindowTitle(
            self.tr("New question of the plan") if item is None else self.tr("Question of the plan")
        )
        self.year = QSpinBox()
        self.year.setRange(MIN_YEAR, MAX_YEAR)
        self.year.setValue(item.year if item else year)
        self.quarter = QComboBox()
        for quarter in range(1, 5):
            self.quarter.addItem(quarter_label(quarter), quarter)
        select_data(self.quarter, item.quarter if item else quarter_of(date.today()))
        self.setMinimumWidth(760)
        self.question = BilingualTextEdit(lines=4)
        self.agency = QComboBox()
        fill_agency_combo(
            self.agency,
            agency_list,
            item.agency_id if item else None,
            interface_language(),
            self.tr("— none —"),
        )
        self.speaker = BilingualLineEdit(max_length=SPEAKER_MAX)
        self.add_row("year", self.tr("&Year:"), self.year)
        self.add_row("quarter", self.tr("&Quarter:"), self.quarter)
        add_bilingual_row(self, "question", self.tr("&Question:"), self.question)
        self.add_row("agency_id", self.tr("&Responsible agency:"), self.agency)
        add_bilingual_row(self, "speaker", self.tr("&Speaker:"), self.speaker)
        if item is not None:
            self.question.set_value(item.question, item.question_kk)
            self.speaker.set_value(item.speaker, item.speaker_kk)
        self.finish_form()

    def data(self) -> WorkPlanData:
        question, question_kk = self.question.value()
        speaker, speaker_kk = self.speaker.value()
        return WorkPlanData(
            year=self.year.value(),
            quarter=int(self.quarter.currentData()),
            question=question,
            agency_id=combo_id(self.agency),
            speaker=speaker,
            question_kk=question_kk or None,
            speaker_kk=speaker_kk or None,
        )

    def save(self) -> None:
        db, actor = self.ctx.db, self.ctx.actor
        if self.item is None:
            self.saved = workplan.add_plan_item(db, actor, self.data())
        else:
            self.saved = workplan.update_plan_item(
                db, actor, self.item.id, self.item.version, self.data()
            )
        self.ctx.changes.sig_changed.emit("work_plan_items")


class PutOnAgendaDialog(FormDialog):
    """Chooses the meeting a question goes to, and the kind of agenda item it becomes.

    Attributes:
        agenda_item_id: the new agenda item, once saved.
    """

    def __init__(
        self,
        ctx: AppContext,
        item: WorkPlanView,
        meeting_rows: list[MeetingRow],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(ctx, parent)
        self.item = item
        self.agenda_item_id: int | None = None
        self.setWindowTitle(self.tr("Put on the agenda"))
        self.set_intro(item.question)
        self.meeting = QComboBox()
        for row in meeting_rows:
            text = self.tr("No. {number} of {date}").format(
                number=row.number, date=format_date(row.meeting_date)
            )
            self.meeting.addItem(text, row.id)
        self.kind = QComboBox()
        fill_enum_combo(
            self.kind,
            [k for k in AgendaItemKind if k is not AgendaItemKind.PROGRESS_REVIEW],
            agenda_item_kind_label,
            item.required_kind or AgendaItemKind.OTHER,
        )
        self.add_row("meeting_id", self.tr("&Meeting:"), self.meeting)
        self.add_row("kind", self.tr("&Kind of item:"), self.kind)
        self.finish_form()

    def save(self) -> None:
        meeting_id = combo_id(self.meeting)
        if meeting_id is None:
            raise InvalidInput(
                self.tr("There is no planned meeting to put the question on. Create one first."),
                "meeting_id",
            )
        self.agenda_item_id = workplan.put_on_agenda(
            self.ctx.db,
            self.ctx.actor,
            self.item.id,
            meeting_id,
            combo_enum(self.kind, AgendaItemKind),
        )
        self.ctx.changes.sig_changed.emit("agenda_items")
        self.ctx.changes.sig_changed.emit("work_plan_items")
