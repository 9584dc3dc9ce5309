"""The meeting's own details: number, date and time, place, format, kind, chair and secretary."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QComboBox,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from commission.domain.enums import MeetingFormat, MeetingKind, MemberRole
from commission.domain.messages import UserError
from commission.services import meetings
from commission.services.errors import StaleCopy
from commission.services.meetings import MeetingData, MeetingView
from commission.ui.admin.forms import (
    ErrorLabel,
    InlineErrors,
    chain_focus,
    combo_enum,
    combo_id,
    fill_enum_combo,
    from_qdate,
    make_date_edit,
    make_read_only,
    to_qdate,
)
from commission.ui.bilingual import BilingualLineEdit
from commission.ui.context import AppContext
from commission.ui.meetings.fields import OptionalTimeEdit, fill_officer_combo, members_on
from commission.ui.meetings.meeting_labels import meeting_format_label
from commission.ui.meetings.new_meeting_dialog import MAX_NUMBER, PLACE_MAX_LENGTH
from commission.ui.overview_labels import meeting_kind_label

FORM_MAX_WIDTH = 900


class DetailsTab(QWidget):
    """Edits the meeting's record; Save stores it (with the version it was loaded at).

    Signals:
        sig_saved(object): the meeting as stored (a ``MeetingView``) after a successful save.
    """

    sig_saved = Signal(object)

    def __init__(self, ctx: AppContext, meeting_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.meeting_id = meeting_id
        self.meeting: MeetingView | None = None
        self.read_only = False
        self._loaded: MeetingData | None = None
        self._members_date: date | None = None
        self._proposed_number: int | None = None

        self.number = QSpinBox()
        self.number.setRange(1, MAX_NUMBER)
        self.number.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        self.meeting_date = make_date_edit()
        self.start_time = OptionalTimeEdit(self.tr("at"))
        self.place = BilingualLineEdit(max_length=PLACE_MAX_LENGTH)
        self.format = QComboBox()
        fill_enum_combo(self.format, MeetingFormat, meeting_format_label)
        self.kind = QComboBox()
        fill_enum_combo(self.kind, MeetingKind, meeting_kind_label)
        self.chair = QComboBox()
        self.secretary = QComboBox()
        self.control_assigned_to = BilingualLineEdit()
        control_hint = self.tr("e.g. the deputy akim; printed as the closing point of the minutes")
        self.control_assigned_to.set_placeholder(control_hint, control_hint)
        self.notes = QPlainTextEdit()
        self.notes.setTabChangesFocus(True)
        self.notes.setPlaceholderText(self.tr("For the secretariat; not printed"))
        self.notes.setMinimumHeight(self.fontMetrics().lineSpacing() * 4)

        self.form = QFormLayout()
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self._fields: list[tuple[str, QWidget]] = [
            ("number", self.number),
            ("meeting_date", self.meeting_date),
            ("start_time", self.start_time),
            ("place", self.place),
            ("format", self.format),
            ("kind", self.kind),
            ("chair_member_id", self.chair),
            ("secretary_member_id", self.secretary),
            ("control_assigned_to", self.control_assigned_to),
            ("notes", self.notes),
        ]
        labels = (
            self.tr("&Number:"),
            self.tr("&Date:"),
            self.tr("S&tart:"),
            self.tr("&Place:"),
            self.tr("&Format:"),
            self.tr("&Kind:"),
            self.tr("&Chaired by:"),
            self.tr("Sec&retary:"),
            self.tr("Control of execution &assigned to:"),
            self.tr("N&otes:"),
        )
        for label, (_name, widget) in zip(labels, self._fields, strict=True):
            self.form.addRow(label, widget)

        self.error_label = ErrorLabel()
        self.errors = InlineErrors(self.error_label)
        for name, widget in self._fields:
            self.errors.fields[name] = widget
            if isinstance(widget, BilingualLineEdit):
                self.errors.fields[f"{name}_kk"] = widget
        self.saved_label = QLabel()
        self.saved_label.setStyleSheet("QLabel { color: #1b5e20; }")
        self.save_button = QPushButton(self.tr("&Save details"))
        self.save_button.setDefault(True)
        self.save_button.clicked.connect(self.save)
        self.reload_button = QPushButton(self.tr("Re&load"))
        self.reload_button.setToolTip(self.tr("Show the meeting as stored; your edits are lost."))
        self.reload_button.clicked.connect(self.reload)
        self.reload_button.hide()

        buttons = QHBoxLayout()
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.reload_button)
        buttons.addWidget(self.saved_label, 1)

        inner = QWidget()
        inner.setMaximumWidth(FORM_MAX_WIDTH)
        inner_layout = QVBoxLayout(inner)
        inner_layout.addLayout(self.form)
        inner_layout.addWidget(self.error_label)
        inner_layout.addLayout(buttons)
        inner_layout.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(inner)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(scroll)
        chain: list[QWidget] = []
        for _name, widget in self._fields:
            if isinstance(widget, OptionalTimeEdit | BilingualLineEdit):
                chain.extend(widget.focus_chain())
            else:
                chain.append(widget)
        chain_focus([*chain, self.save_button])

        self.meeting_date.dateChanged.connect(lambda _d: self._date_changed())
        for _name, widget in self._fields:
            self._watch(widget)

    def _watch(self, widget: QWidget) -> None:
        """Any edit clears the last "saved" note."""
        if isinstance(widget, QLineEdit):
            widget.textEdited.connect(lambda _t: self.saved_label.clear())
        elif isinstance(widget, QPlainTextEdit):
            widget.textChanged.connect(self.saved_label.clear)
        elif isinstance(widget, QComboBox):
            widget.activated.connect(lambda _i: self.saved_label.clear())
        elif isinstance(widget, QSpinBox):
            widget.valueChanged.connect(lambda _v: self.saved_label.clear())
        elif isinstance(widget, OptionalTimeEdit):
            widget.sig_changed.connect(self.saved_label.clear)
        elif isinstance(widget, BilingualLineEdit):
            widget.changed.connect(self.saved_label.clear)

    # --- loading --------------------------------------------------------------------------

    def set_meeting(self, meeting: MeetingView) -> None:
        """Show ``meeting`` as stored (the page calls it after every reload)."""
        self.meeting = meeting
        self._proposed_number = None
        self.errors.clear()
        self.reload_button.hide()
        self.number.setValue(meeting.number)
        self.meeting_date.blockSignals(True)
        self.meeting_date.setDate(to_qdate(meeting.meeting_date))
        self.meeting_date.blockSignals(False)
        self.start_time.set_value(meeting.start_time)
        self.place.set_value(meeting.place, meeting.place_kk)
        fill_enum_combo(self.format, MeetingFormat, meeting_format_label, meeting.format)
        fill_enum_combo(self.kind, MeetingKind, meeting_kind_label, meeting.kind)
        self._fill_officers(
            meeting.meeting_date, meeting.chair_member_id, meeting.secretary_member_id
        )
        self.control_assigned_to.set_value(
            meeting.control_assigned_to, meeting.control_assigned_to_kk
        )
        for edit in (self.place, self.control_assigned_to):
            edit.ru_edit.setCursorPosition(0)
            edit.kk_edit.setCursorPosition(0)
        self.notes.setPlainText(meeting.notes or "")
        self._loaded = self.data()
        self.saved_label.clear()

    def reload(self) -> None:
        """Read the meeting again and show it; what was typed is dropped."""
        ctx = self.ctx
        meeting = ctx.run(self, lambda: meetings.get_meeting(ctx.db, ctx.actor, self.meeting_id))
        if meeting is not None:
            self.set_meeting(meeting)
            self.sig_saved.emit(meeting)  # the page shows the same state everywhere

    def _fill_officers(self, on: date, chair: int | None, secretary: int | None) -> None:
        members = members_on(self.ctx, on) or []
        self._members_date = on
        fill_officer_combo(self.chair, members, MemberRole.CHAIR, chair)
        fill_officer_combo(self.secretary, members, MemberRole.SECRETARY, secretary)

    def _date_changed(self) -> None:
        """The officers are those of the composition valid on the new date."""
        self.saved_label.clear()
        on = from_qdate(self.meeting_date.date())
        if on != self._members_date:
            self._fill_officers(on, combo_id(self.chair), combo_id(self.secretary))
        if self.meeting is None:
            return
        untouched = self.number.value() in (self.meeting.number, self._proposed_number)
        if not untouched:
            return  # the user typed a number: theirs to keep
        if on.year == self.meeting.year:
            self.number.setValue(self.meeting.number)
            return
        ctx = self.ctx
        proposed = ctx.run(self, lambda: meetings.next_number(ctx.db, ctx.actor, on.year))
        if proposed is not None:
            # Moving to another year: the next number there, as a new meeting would get.
            self._proposed_number = proposed
            self.number.setValue(proposed)

    # --- saving ---------------------------------------------------------------------------

    def data(self) -> MeetingData:
        place, place_kk = self.place.value()
        control, control_kk = self.control_assigned_to.value()
        return MeetingData(
            meeting_date=from_qdate(self.meeting_date.date()),
            start_time=self.start_time.value(),
            place=place,
            place_kk=place_kk or None,
            format=combo_enum(self.format, MeetingFormat),
            kind=combo_enum(self.kind, MeetingKind),
            chair_member_id=combo_id(self.chair),
            secretary_member_id=combo_id(self.secretary),
            number=self.number.value(),
            notes=self.notes.toPlainText(),
            control_assigned_to=control,
            control_assigned_to_kk=control_kk or None,
        )

    def is_dirty(self) -> bool:
        """Whether the form holds edits not saved yet."""
        return not self.read_only and self._loaded is not None and self.data() != self._loaded

    def save(self) -> MeetingView | None:
        """Store the form; a refusal is shown under it and everything typed stays."""
        if self.meeting is None or self.read_only:
            return None
        self.errors.clear()
        self.saved_label.clear()
        meeting = self.meeting
        try:
            saved = meetings.update_meeting(
                self.ctx.db, self.ctx.actor, meeting.id, meeting.version, self.data()
            )
        except StaleCopy as exc:
            self.errors.show(exc)
            self.reload_button.show()
            return None
        except UserError as exc:
            self.errors.show(exc, getattr(exc, "field", None))
            return None
        self.set_meeting(saved)
        self.saved_label.setText(self.tr("Saved."))
        self.ctx.changes.sig_changed.emit("meetings")
        self.sig_saved.emit(saved)
        return saved

    def set_read_only(self, read_only: bool) -> None:
        self.read_only = read_only
        for _name, widget in self._fields:
            if isinstance(widget, OptionalTimeEdit | BilingualLineEdit):
                widget.set_read_only(read_only)
            elif read_only:
                make_read_only(widget)
            else:
                _make_editable(widget)
        self.save_button.setVisible(not read_only)
        if read_only:
            self.errors.clear()
            self.reload_button.hide()

    def focus_first(self) -> None:
        self.number.setFocus(Qt.FocusReason.OtherFocusReason)


def _make_editable(widget: QWidget) -> None:
    """Undo ``make_read_only``."""
    if isinstance(widget, QLineEdit | QPlainTextEdit):
        widget.setReadOnly(False)
    elif isinstance(widget, QAbstractSpinBox):
        widget.setReadOnly(False)
        widget.setButtonSymbols(QAbstractSpinBox.ButtonSymbols.UpDownArrows)
    else:
        widget.setEnabled(True)
