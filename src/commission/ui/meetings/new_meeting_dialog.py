"""A new meeting: the number the year's next, the date the next working day, editable."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtWidgets import QComboBox, QSizePolicy, QSpinBox, QWidget

from commission.domain.enums import MeetingFormat, MeetingKind
from commission.services import meetings
from commission.services.meetings import MeetingData, MeetingView
from commission.ui.admin.forms import (
    FormDialog,
    combo_enum,
    fill_enum_combo,
    from_qdate,
    make_date_edit,
)
from commission.ui.bilingual import BilingualLineEdit
from commission.ui.context import AppContext
from commission.ui.meetings.fields import OptionalTimeEdit, add_bilingual_row, next_working_day
from commission.ui.meetings.meeting_labels import meeting_format_label
from commission.ui.overview_labels import meeting_kind_label

MAX_NUMBER = 9999
PLACE_MAX_LENGTH = 300  # as stored; the service checks it too


class NewMeetingDialog(FormDialog):
    """Creates the meeting when Save is clicked; the area then opens it.

    Attributes:
        saved: the meeting as stored, once saved.
    """

    def __init__(
        self,
        ctx: AppContext,
        parent: QWidget | None = None,
        *,
        clock: Callable[[], date] = date.today,
    ) -> None:
        super().__init__(ctx, parent)
        self.saved: MeetingView | None = None
        self.setWindowTitle(self.tr("New meeting"))
        self._proposed: int | None = None

        self.meeting_date = make_date_edit(next_working_day(ctx, clock()))
        self.number = QSpinBox()
        self.number.setRange(1, MAX_NUMBER)
        self.number.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        self.start_time = OptionalTimeEdit(self.tr("at"))
        self.place = BilingualLineEdit(max_length=PLACE_MAX_LENGTH)
        place_hint = self.tr("e.g. the akimat's assembly hall")
        self.place.set_placeholder(place_hint, place_hint)
        self.kind = QComboBox()
        fill_enum_combo(self.kind, MeetingKind, meeting_kind_label, MeetingKind.REGULAR)
        self.format = QComboBox()
        fill_enum_combo(self.format, MeetingFormat, meeting_format_label, MeetingFormat.IN_PERSON)

        self.add_row("meeting_date", self.tr("&Date:"), self.meeting_date)
        self.add_row("number", self.tr("&Number in the year:"), self.number)
        self.add_row("start_time", self.tr("&Start:"), self.start_time)
        add_bilingual_row(self, "place", self.tr("&Place:"), self.place)
        self.add_row("kind", self.tr("&Kind:"), self.kind)
        self.add_row("format", self.tr("&Format:"), self.format)
        self.set_intro(
            self.tr(
                "The number is the next free one in the meeting's year; change it if the "
                "commission numbers its meetings otherwise. Everything else can be completed "
                "later on the meeting's page."
            )
        )
        self.finish_form()
        self._propose_number()
        self.meeting_date.dateChanged.connect(lambda _d: self._propose_number())

    def _propose_number(self) -> None:
        """A changed year proposes its own next number, unless the user typed one."""
        if self._proposed is not None and self.number.value() != self._proposed:
            return
        year = from_qdate(self.meeting_date.date()).year
        ctx = self.ctx
        proposed = ctx.run(self, lambda: meetings.next_number(ctx.db, ctx.actor, year))
        if proposed is not None:
            self._proposed = proposed
            self.number.setValue(proposed)

    def data(self) -> MeetingData:
        place, place_kk = self.place.value()
        return MeetingData(
            meeting_date=from_qdate(self.meeting_date.date()),
            start_time=self.start_time.value(),
            place=place,
            place_kk=place_kk or None,
            format=combo_enum(self.format, MeetingFormat),
            kind=combo_enum(self.kind, MeetingKind),
            number=self.number.value(),
        )

    def save(self) -> None:
        self.saved = meetings.create_meeting(self.ctx.db, self.ctx.actor, self.data())
        self.ctx.changes.sig_changed.emit("meetings")
