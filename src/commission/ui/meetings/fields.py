"""Fields the meeting forms share: an optional start time, pickers of the sitting's officers,
and two-language rows of a form dialog."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, time

from PySide6.QtCore import QCoreApplication, QTime, Signal
from PySide6.QtWidgets import QCheckBox, QComboBox, QHBoxLayout, QTimeEdit, QWidget

from commission.domain.enums import MemberRole
from commission.domain.messages import UserError
from commission.domain.names import short_name
from commission.services import calendar, composition
from commission.services.composition import MemberView
from commission.ui.admin.forms import FormDialog, select_data
from commission.ui.bilingual import BilingualLineEdit, BilingualTextEdit
from commission.ui.context import AppContext
from commission.ui.labels import shown_name

DEFAULT_START = time(10, 0)


class OptionalTimeEdit(QWidget):
    """A start time that may be left out: a check box switches the time field on.

    Signals:
        sig_changed(): the time or its presence changed.
    """

    sig_changed = Signal()

    def __init__(self, text: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.check = QCheckBox(text, self)
        self.edit = QTimeEdit(self)
        self.edit.setDisplayFormat("HH:mm")
        self.edit.setTime(QTime(DEFAULT_START.hour, DEFAULT_START.minute))
        self.edit.setEnabled(False)
        self.check.toggled.connect(self.edit.setEnabled)
        self.check.toggled.connect(lambda _on: self.sig_changed.emit())
        self.edit.timeChanged.connect(lambda _t: self.sig_changed.emit())
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.check)
        layout.addWidget(self.edit)
        layout.addStretch(1)
        self.setFocusProxy(self.check)

    def value(self) -> time | None:
        if not self.check.isChecked():
            return None
        chosen = self.edit.time()
        return time(chosen.hour(), chosen.minute())

    def set_value(self, value: time | None) -> None:
        self.check.setChecked(value is not None)
        if value is not None:
            self.edit.setTime(QTime(value.hour, value.minute))

    def set_read_only(self, read_only: bool) -> None:
        self.check.setEnabled(not read_only)
        self.edit.setReadOnly(read_only)

    def focus_chain(self) -> list[QWidget]:
        return [self.check, self.edit]


def add_bilingual_row(
    form: FormDialog, name: str, label: str, widget: BilingualLineEdit | BilingualTextEdit
) -> None:
    """A two-language field of a form dialog: errors about either language's value go to it,
    and its two editors take their turns in the tab order (and are locked when read only)."""
    form.add_row(name, label, widget)
    form.errors.fields[f"{name}_kk"] = widget
    # FormDialog knows single editors only: it chains, and locks, the two inner ones.
    form._order[-1:] = widget.focus_chain()


def members_on(ctx: AppContext, on: date) -> list[MemberView] | None:
    return ctx.run(None, lambda: composition.list_members(ctx.db, ctx.actor, on=on))


def fill_officer_combo(
    combo: QComboBox, members: Sequence[MemberView], role: MemberRole, current: int | None
) -> None:
    """The members valid on the meeting's date; the first item leaves it to the composition."""
    default = next((m for m in members if m.role is role), None)
    combo.clear()
    combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
    combo.setMinimumContentsLength(40)
    if default is not None:
        text = QCoreApplication.translate("MeetingFields", "As in the composition: {name}")
        combo.addItem(text.format(name=short_name(default.full_name)), None)
    else:
        combo.addItem(QCoreApplication.translate("MeetingFields", "— not chosen —"), None)
    for member in members:
        position = shown_name(member.position_ru, member.position_kk)
        combo.addItem(f"{member.full_name} — {position}", member.id)
    if current is not None and combo.findData(current) < 0:
        # No longer a member on this date: the service will say so if it is saved like this.
        text = QCoreApplication.translate("MeetingFields", "(not a member on this date)")
        combo.addItem(text, current)
    select_data(combo, current)


def next_working_day(ctx: AppContext, after: date) -> date:
    """The first working day after ``after`` by the commission's calendar (weekdays if none)."""
    try:
        return calendar.working_calendar(ctx.db).next_working_day(after)
    except UserError:  # the calendar is a nicety here: a weekday will do
        day = date.fromordinal(after.toordinal() + 1)
        while day.weekday() >= 5:
            day = date.fromordinal(day.toordinal() + 1)
        return day
