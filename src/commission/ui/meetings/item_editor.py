"""One agenda item as the minutes record it: the question, «СЛУШАЛИ», «ВЫСТУПИЛИ», the cases
examined, the progress review's table, and the points of «ПОСТАНОВИЛИ».

The item's own fields are saved with «Save» (Ctrl+S); the tab asks before leaving an item with
unsaved changes. Speeches, cases and decisions are separate records, saved as soon as their
dialog is saved, so nothing typed there waits for the item's Save.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from datetime import date

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFormLayout,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from commission.documents.minutes import ProgressLine
from commission.domain.control import ComputedState
from commission.domain.enums import AgendaItemKind, DecisionKind
from commission.domain.messages import UserError
from commission.i18n import current_language
from commission.services import agenda, decisions
from commission.services.agenda import AgendaItemData, AgendaItemView, DiscussionView
from commission.services.decisions import DecisionView
from commission.ui.admin.forms import (
    ErrorLabel,
    InlineErrors,
    OptionalDateEdit,
    chain_focus,
    combo_enum,
    fill_enum_combo,
)
from commission.ui.admin.tables import Column, RowsModel
from commission.ui.context import AppContext
from commission.ui.meetings.case_picker import CasePicker
from commission.ui.meetings.decision_dialog import DecisionDialog, load_setting
from commission.ui.meetings.item_discussion import DiscussionDialog
from commission.ui.meetings.record_labels import (
    case_link_label,
    minutes_ref,
    one_line,
    plain,
    term_short,
    vote_short,
)
from commission.ui.meetings.record_widgets import (
    MoveKeys,
    PlainTextEdit,
    ask,
    current_of,
    make_table,
    select_row,
)
from commission.ui.overview_labels import (
    agenda_item_kind_label,
    computed_state_label,
    decision_kind_label,
)

CASE_ROLE = Qt.ItemDataRole.UserRole


# --- tables -----------------------------------------------------------------------------------


class DiscussionModel(RowsModel[DiscussionView]):
    def make_columns(self) -> list[Column[DiscussionView]]:
        return [
            Column(self.tr("No."), lambda d: d.position),
            Column(self.tr("Speaker"), lambda d: one_line(d.speaker)),
            Column(
                self.tr("Summary"),
                lambda d: one_line(d.summary),
                tooltip=lambda d: plain(d.summary) or None,
            ),
        ]


class DecisionModel(RowsModel[DecisionView]):
    """The points of «ПОСТАНОВИЛИ»; agency names come from the tab's list of agencies."""

    def __init__(self) -> None:
        self.agency_names: Mapping[int, str] = {}
        super().__init__()

    def _agency(self, agency_id: int | None) -> str:
        if agency_id is None:
            return ""
        return self.agency_names.get(agency_id, "")

    def _executors(self, d: DecisionView) -> str | None:
        names = [self._agency(i) for i in d.co_executor_ids]
        if not names:
            return None
        return self.tr("Co-executors: {names}").format(names=", ".join(names))

    def make_columns(self) -> list[Column[DecisionView]]:
        return [
            Column(self.tr("No."), lambda d: d.number),
            Column(self.tr("Kind"), lambda d: decision_kind_label(d.kind)),
            Column(
                self.tr("Decision"),
                lambda d: one_line(d.text),
                tooltip=lambda d: plain(d.text) or None,
            ),
            Column(
                self.tr("Lead agency"),
                lambda d: self._agency(d.lead_agency_id),
                tooltip=self._executors,
            ),
            Column(self.tr("Term"), lambda d: term_short(d.deadline, d.due_dates)),
            Column(
                self.tr("Vote"),
                lambda d: vote_short(
                    d.votes_for, d.votes_against, d.votes_abstained, d.adopted, d.casting_vote_used
                ),
            ),
        ]


class ProgressModel(RowsModel[ProgressLine]):
    def key_of(self, row: ProgressLine) -> int:
        return row.ref.decision_id

    def make_columns(self) -> list[Column[ProgressLine]]:
        return [
            Column(self.tr("Point"), lambda p: p.ref.number),
            Column(
                self.tr("Minutes"), lambda p: minutes_ref(p.ref.meeting_number, p.ref.meeting_date)
            ),
            Column(
                self.tr("Instruction"),
                lambda p: one_line(p.text.get(current_language())),
                tooltip=lambda p: plain(p.text.get(current_language())) or None,
            ),
            Column(
                self.tr("Lead agency"),
                lambda p: p.lead.short_name.get(current_language()) if p.lead is not None else "",
            ),
            Column(self.tr("Term"), lambda p: p.due_date),
            Column(self.tr("State"), lambda p: computed_state_label(ComputedState(p.state))),
        ]


def _button(text: str, tooltip: str = "") -> QPushButton:
    button = QPushButton(text)
    if tooltip:
        button.setToolTip(tooltip)
    return button


class ItemEditor(QWidget):
    """Signals:
    sig_changed(str): a record was changed here; the name of its table, or "" when the dialog
        that saved it has already announced the change.
    sig_dirty_changed(bool): the item's own fields started or stopped differing from the record.
    """

    sig_changed = Signal(str)
    sig_dirty_changed = Signal(bool)

    def __init__(self, ctx: AppContext, meeting_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.meeting_id = meeting_id
        self.read_only = False
        self.base: AgendaItemView | None = None  # what the fields were loaded from (its version)
        self.view: AgendaItemView | None = None  # the latest record (lists, numbers)
        self._loading = False
        self._was_dirty = False
        self.agency_names: dict[int, str] = {}

        self.heading = QLabel()
        font = self.heading.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.15)
        self.heading.setFont(font)
        self.heading.setWordWrap(True)
        self.placeholder = QLabel(self.tr("Choose an item of the agenda on the left, or add one."))
        self.placeholder.setWordWrap(True)

        content = QWidget()
        body = QVBoxLayout(content)
        body.addWidget(self._build_question())
        body.addWidget(self._build_heard())
        body.addWidget(self._build_discussion())
        body.addWidget(self._build_cases())
        body.addWidget(self._build_progress())
        body.addWidget(self._build_decisions())
        body.addStretch(1)
        self.scroll_area = QScrollArea()
        self.scroll_area.setWidgetResizable(True)
        self.scroll_area.setFrameShape(QFrame.Shape.NoFrame)
        self.scroll_area.setWidget(content)
        self.content = content

        self.error_label = ErrorLabel()
        self.errors = InlineErrors(self.error_label)
        self.errors.fields.update(
            {
                "kind": self.kind,
                "title": self.title,
                "speakers": self.speakers,
                "heard_speaker": self.heard_speaker,
                "heard_summary": self.heard_summary,
                "materials_due": self.materials_due,
            }
        )
        self.dirty_label = QLabel()
        self.save_button = _button(
            self.tr("Sa&ve item"), self.tr("Save the question, «Heard» and the speakers (Ctrl+S)")
        )
        self.revert_button = _button(self.tr("Undo &changes"))
        self.save_button.clicked.connect(self.save)
        self.revert_button.clicked.connect(self.discard)
        self.save_bar = QWidget()
        bar = QHBoxLayout(self.save_bar)
        bar.setContentsMargins(0, 0, 0, 0)
        bar.addWidget(self.dirty_label, 1)
        bar.addWidget(self.revert_button)
        bar.addWidget(self.save_button)
        shortcut = QShortcut(QKeySequence.StandardKey.Save, self)
        shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        shortcut.activated.connect(self.save)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.heading)
        layout.addWidget(self.placeholder)
        layout.addWidget(self.scroll_area, 1)
        layout.addWidget(self.error_label)
        layout.addWidget(self.save_bar)

        chain_focus(
            [
                self.kind,
                self.title,
                self.speakers,
                self.materials_due,
                self.heard_speaker,
                self.heard_summary,
                self.discussion_table,
                self.add_speech_button,
                self.edit_speech_button,
                self.remove_speech_button,
                self.cases_list,
                self.link_case_button,
                self.unlink_case_button,
                self.progress_table,
                self.decision_table,
                self.add_decision_button,
                self.edit_decision_button,
                self.remove_decision_button,
                self.decision_up_button,
                self.decision_down_button,
                self.revert_button,
                self.save_button,
            ]
        )
        self.set_item(None)

    # --- building ---------------------------------------------------------------------------

    def _build_question(self) -> QGroupBox:
        box = QGroupBox(self.tr("Question"))
        self.kind = QComboBox()
        fill_enum_combo(self.kind, AgendaItemKind, agenda_item_kind_label)
        self.title = PlainTextEdit(3)
        self.title.setMinimumWidth(420)
        self.speakers = PlainTextEdit(2)
        self.speakers.setPlaceholderText(
            self.tr("Who reports, with the position; the agenda prints it after «Speaker:»")
        )
        self.materials_due = OptionalDateEdit(self.tr("Materials &due by"))
        form = QFormLayout(box)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.addRow(self._label(self.tr("&Kind:"), self.kind), self.kind)
        form.addRow(self._label(self.tr("&Question:"), self.title), self.title)
        form.addRow(self._label(self.tr("Speake&rs:"), self.speakers), self.speakers)
        form.addRow("", self.materials_due)
        self.kind.currentIndexChanged.connect(lambda _i: self._fields_changed())
        self.title.textChanged.connect(self._fields_changed)
        self.speakers.textChanged.connect(self._fields_changed)
        self.materials_due.sig_changed.connect(self._fields_changed)
        return box

    def _build_heard(self) -> QGroupBox:
        box = QGroupBox(self.tr("Heard"))
        self.heard_speaker = QLineEdit()
        self.heard_speaker.setMaxLength(300)
        self.heard_speaker.setPlaceholderText(self.tr("Whose report, e.g. «Kasymov E. B.»"))
        self.heard_summary = PlainTextEdit(4)
        self.heard_summary.setPlaceholderText(
            self.tr("What the report was about; e.g. «(the information is attached)»")
        )
        form = QFormLayout(box)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.addRow(self._label(self.tr("Reported &by:"), self.heard_speaker), self.heard_speaker)
        form.addRow(self._label(self.tr("S&ummary:"), self.heard_summary), self.heard_summary)
        self.heard_speaker.textChanged.connect(lambda _t: self._fields_changed())
        self.heard_summary.textChanged.connect(self._fields_changed)
        return box

    def _build_discussion(self) -> QGroupBox:
        box = QGroupBox(self.tr("Discussion"))
        self.discussion_model = DiscussionModel()
        self.discussion_table = make_table(self.discussion_model, (4, 24, 40), stretch=2)
        self.discussion_table.setMinimumHeight(110)
        self.discussion_table.setMaximumHeight(self.fontMetrics().height() * 9)
        self.discussion_table.activated.connect(lambda _i: self.edit_speech())
        self.discussion_table.selectionModel().selectionChanged.connect(
            lambda *_a: self._update_buttons()
        )
        self.discussion_keys = MoveKeys(self.discussion_table, moves=False)
        self.discussion_keys.sig_delete.connect(self.remove_speech)
        self.add_speech_button = _button(self.tr("Add &speech…"))
        self.edit_speech_button = _button(self.tr("Edit speech…"))
        self.remove_speech_button = _button(self.tr("Remove speech"))
        self.add_speech_button.clicked.connect(self.add_speech)
        self.edit_speech_button.clicked.connect(self.edit_speech)
        self.remove_speech_button.clicked.connect(self.remove_speech)
        layout = QVBoxLayout(box)
        layout.addWidget(self.discussion_table)
        layout.addLayout(
            self._bar(self.add_speech_button, self.edit_speech_button, self.remove_speech_button)
        )
        return box

    def _build_cases(self) -> QGroupBox:
        box = QGroupBox(self.tr("Clients' cases examined"))
        self.cases_list = QListWidget()
        self.cases_list.setMaximumHeight(self.fontMetrics().lineSpacing() * 5 + 12)
        self.cases_list.currentRowChanged.connect(lambda _r: self._update_buttons())
        self.link_case_button = _button(
            self.tr("&Link a case…"),
            self.tr("The minutes show the case number and the client's initials only."),
        )
        self.unlink_case_button = _button(self.tr("Unlink case"))
        self.link_case_button.clicked.connect(self.link_case)
        self.unlink_case_button.clicked.connect(self.unlink_case)
        layout = QVBoxLayout(box)
        layout.addWidget(self.cases_list)
        layout.addLayout(self._bar(self.link_case_button, self.unlink_case_button))
        return box

    def _build_progress(self) -> QGroupBox:
        self.progress_box = QGroupBox(self.tr("Decisions due since the previous meeting"))
        self.progress_model = ProgressModel()
        self.progress_table = make_table(self.progress_model, (5, 16, 40, 20, 10, 16), stretch=2)
        self.progress_table.setMinimumHeight(140)
        self.progress_summary = QLabel()
        self.progress_summary.setWordWrap(True)
        layout = QVBoxLayout(self.progress_box)
        layout.addWidget(self.progress_table)
        layout.addWidget(self.progress_summary)
        return self.progress_box

    def _build_decisions(self) -> QGroupBox:
        box = QGroupBox(self.tr("Decided"))
        self.decision_model = DecisionModel()
        self.decision_table = make_table(self.decision_model, (5, 14, 40, 22, 18, 16), stretch=2)
        self.decision_table.setMinimumHeight(150)
        self.decision_table.activated.connect(lambda _i: self.edit_decision())
        self.decision_table.selectionModel().selectionChanged.connect(
            lambda *_a: self._update_buttons()
        )
        self.decision_keys = MoveKeys(self.decision_table)
        self.decision_keys.sig_move.connect(self.move_decision)
        self.decision_keys.sig_delete.connect(self.remove_decision)
        self.add_decision_button = _button(self.tr("Add dec&ision…"))
        self.edit_decision_button = _button(self.tr("Edit decision…"))
        self.remove_decision_button = _button(self.tr("Remove decision"))
        self.decision_up_button = _button("▲", self.tr("Move the decision up (Alt+Up)"))
        self.decision_down_button = _button("▼", self.tr("Move the decision down (Alt+Down)"))
        self.decision_up_button.setAccessibleName(self.tr("Move the decision up"))
        self.decision_down_button.setAccessibleName(self.tr("Move the decision down"))
        self.add_decision_button.clicked.connect(self.add_decision)
        self.edit_decision_button.clicked.connect(self.edit_decision)
        self.remove_decision_button.clicked.connect(self.remove_decision)
        self.decision_up_button.clicked.connect(lambda: self.move_decision(-1))
        self.decision_down_button.clicked.connect(lambda: self.move_decision(1))
        layout = QVBoxLayout(box)
        layout.addWidget(self.decision_table)
        layout.addLayout(
            self._bar(
                self.add_decision_button,
                self.edit_decision_button,
                self.remove_decision_button,
                self.decision_up_button,
                self.decision_down_button,
            )
        )
        return box

    @staticmethod
    def _label(text: str, buddy: QWidget) -> QLabel:
        label = QLabel(text)
        label.setBuddy(buddy)
        return label

    @staticmethod
    def _bar(*buttons: QPushButton) -> QHBoxLayout:
        bar = QHBoxLayout()
        for button in buttons:
            bar.addWidget(button)
        bar.addStretch(1)
        return bar

    # --- showing an item --------------------------------------------------------------------

    def item_id(self) -> int | None:
        return self.view.id if self.view is not None else None

    def set_agencies(self, names: Mapping[int, str]) -> None:
        self.agency_names = dict(names)
        self.decision_model.agency_names = self.agency_names

    def set_item(self, view: AgendaItemView | None) -> None:
        """Show ``view``. The same item with unsaved edits keeps them: only its lists and
        numbers follow the record (and its version, if nobody else changed its fields)."""
        same = view is not None and self.view is not None and view.id == self.view.id
        keep = same and self.is_dirty()
        self.view = view
        if not same:
            self.errors.clear()
        if view is None:
            self.base = None
            self._load_fields(None)
        elif not keep:
            self.base = view
            self._load_fields(view)
        elif self.base is not None and _fields(self.base) == _fields(view):
            self.base = view  # moved or renumbered only: the edits still apply to this version
        self._show_lists()
        self._update_heading()
        self._update_state()

    def _load_fields(self, view: AgendaItemView | None) -> None:
        self._loading = True
        try:
            fill_enum_combo(
                self.kind,
                AgendaItemKind,
                agenda_item_kind_label,
                view.kind if view else AgendaItemKind.OTHER,
            )
            self.title.setPlainText(plain(view.title) if view else "")
            self.speakers.setPlainText(plain(view.speakers) if view else "")
            self.materials_due.set_value(view.materials_due if view else None)
            self.heard_speaker.setText(one_line(view.heard_speaker) if view else "")
            self.heard_speaker.setCursorPosition(0)
            self.heard_summary.setPlainText(plain(view.heard_summary) if view else "")
        finally:
            self._loading = False

    def _show_lists(self) -> None:
        view = self.view
        speech = current_of(self.discussion_table, self.discussion_model)
        self.discussion_model.set_rows(view.discussion if view else [])
        if speech is not None:
            select_row(self.discussion_table, self.discussion_model, speech.id)
        self.cases_list.clear()
        for case in view.cases if view else []:
            entry = QListWidgetItem(case_link_label(case.case_number, case.label))
            entry.setData(CASE_ROLE, case.case_id)
            self.cases_list.addItem(entry)
        chosen = current_of(self.decision_table, self.decision_model)
        self.decision_model.set_rows(view.decisions if view else [])
        if chosen is not None:
            select_row(self.decision_table, self.decision_model, chosen.id)
        is_review = view is not None and view.kind is AgendaItemKind.PROGRESS_REVIEW
        self.progress_box.setVisible(is_review)
        if is_review:
            self._load_progress()
        else:
            self.progress_model.set_rows([])

    def _load_progress(self) -> None:
        ctx = self.ctx
        lines = ctx.run(self, lambda: agenda.progress_lines(ctx.db, ctx.actor, self.meeting_id))
        self.progress_model.set_rows(lines or [])
        if not lines:
            self.progress_summary.setText(
                self.tr("No decision of earlier meetings is due by this meeting.")
            )
        else:
            self.progress_summary.setText(
                self.tr(
                    "%n decision(s) of earlier meetings to review. Record what is removed from "
                    "control or extended as decisions below.",
                    "",
                    len(lines),
                )
            )

    def _update_heading(self) -> None:
        view = self.view
        self.placeholder.setVisible(view is None)
        self.scroll_area.setVisible(view is not None)
        if view is None:
            self.heading.setText("")
            self.heading.hide()
            return
        self.heading.show()
        self.heading.setText(
            self.tr("Item {number}: {kind}").format(
                number=view.position, kind=agenda_item_kind_label(view.kind)
            )
        )

    # --- dirty state ------------------------------------------------------------------------

    def data(self) -> AgendaItemData:
        """The item's own fields as typed (the service cleans and checks them)."""
        return AgendaItemData(
            kind=combo_enum(self.kind, AgendaItemKind),
            title=self.title.plain_text(),
            speakers=self.speakers.plain_text() or None,
            heard_speaker=self.heard_speaker.text() or None,
            heard_summary=self.heard_summary.plain_text() or None,
            materials_due=self.materials_due.value(),
        )

    def is_dirty(self) -> bool:
        if self.base is None or self.read_only:
            return False
        return _comparable(self.data()) != _comparable(_fields_data(self.base))

    def _fields_changed(self) -> None:
        if not self._loading:
            self._update_state()

    def _update_state(self) -> None:
        dirty = self.is_dirty()
        editable = self.view is not None and not self.read_only
        self.save_bar.setVisible(editable)
        self.save_button.setEnabled(dirty)
        self.revert_button.setEnabled(dirty)
        self.dirty_label.setText(self.tr("Unsaved changes") if dirty else "")
        self._update_buttons()
        if dirty != self._was_dirty:
            self._was_dirty = dirty
            self.sig_dirty_changed.emit(dirty)

    def _update_buttons(self) -> None:
        editable = self.view is not None and not self.read_only
        speech = current_of(self.discussion_table, self.discussion_model) is not None
        self.add_speech_button.setEnabled(editable)
        self.edit_speech_button.setEnabled(speech)
        self.edit_speech_button.setText(
            self.tr("Edit speech…") if editable else self.tr("Open speech…")
        )
        self.remove_speech_button.setEnabled(editable and speech)
        self.link_case_button.setEnabled(editable)
        self.unlink_case_button.setEnabled(editable and self.cases_list.currentRow() >= 0)
        chosen = current_of(self.decision_table, self.decision_model)
        row = self.decision_model.rows().index(chosen) if chosen is not None else -1
        count = self.decision_model.rowCount()
        self.add_decision_button.setEnabled(editable)
        self.edit_decision_button.setEnabled(chosen is not None)
        self.edit_decision_button.setText(
            self.tr("Edit decision…") if editable else self.tr("Open decision…")
        )
        self.remove_decision_button.setEnabled(editable and chosen is not None)
        self.decision_up_button.setEnabled(editable and row > 0)
        self.decision_down_button.setEnabled(editable and 0 <= row < count - 1)

    def set_read_only(self, read_only: bool) -> None:
        self.read_only = read_only
        self.kind.setEnabled(not read_only)
        for edit in (self.title, self.speakers, self.heard_summary):
            edit.setReadOnly(read_only)
        self.heard_speaker.setReadOnly(read_only)
        self.materials_due.set_read_only(read_only)
        if read_only and self.base is not None:
            self._load_fields(self.base)  # nothing unsaved stays in a locked record
        self.errors.clear()
        self._update_state()

    # --- saving the item --------------------------------------------------------------------

    def save(self) -> bool:
        """Save the item's own fields; a refusal stays under the form with the text kept."""
        if self.base is None or self.read_only:
            return False
        if not self.is_dirty():
            return True
        self.errors.clear()
        ctx, base = self.ctx, self.base
        try:
            stored = agenda.update_item(ctx.db, ctx.actor, base.id, base.version, self.data())
        except UserError as exc:
            self.errors.show(exc)
            return False
        self.view = stored
        self.base = stored
        self._load_fields(stored)
        self._update_heading()
        self._update_state()
        self.sig_changed.emit("agenda_items")
        return True

    def discard(self) -> None:
        """Back to the record as stored."""
        if self.base is not None:
            self._load_fields(self.base)
        self.errors.clear()
        self._update_state()

    # --- speeches ---------------------------------------------------------------------------

    def _open(self, dialog: QDialog, on_saved: Callable[[], None]) -> None:
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(on_saved)
        dialog.open()

    def add_speech(self) -> DiscussionDialog | None:
        if self.view is None or self.read_only:
            return None
        dialog = DiscussionDialog(self.ctx, self.view.id, None, self)
        self._open(dialog, lambda: self._saved_elsewhere())
        return dialog

    def edit_speech(self) -> DiscussionDialog | None:
        entry = current_of(self.discussion_table, self.discussion_model)
        if self.view is None or entry is None:
            return None
        dialog = DiscussionDialog(self.ctx, self.view.id, entry, self, read_only=self.read_only)
        self._open(dialog, lambda: self._saved_elsewhere())
        return dialog

    def remove_speech(self) -> QMessageBox | None:
        entry = current_of(self.discussion_table, self.discussion_model)
        if entry is None or self.read_only:
            return None

        def answered(button: QMessageBox.StandardButton) -> None:
            if button != QMessageBox.StandardButton.Yes:
                return
            ctx = self.ctx
            if ctx.run(self, lambda: agenda.remove_discussion(ctx.db, ctx.actor, entry.id)):
                self.sig_changed.emit("agenda_items")

        return ask(
            self,
            self.tr("Remove a speech"),
            self.tr("Remove the speech of {speaker} from the minutes?").format(
                speaker=one_line(entry.speaker)
            ),
            answered,
        )

    # --- cases ------------------------------------------------------------------------------

    def link_case(self) -> CasePicker | None:
        if self.view is None or self.read_only:
            return None
        picker = CasePicker(self.ctx, self.view.id, [c.case_id for c in self.view.cases], self)
        self._open(picker, lambda: self._saved_elsewhere())
        return picker

    def unlink_case(self) -> QMessageBox | None:
        entry = self.cases_list.currentItem()
        if self.view is None or entry is None or self.read_only:
            return None
        item_id, case_id, label = self.view.id, int(entry.data(CASE_ROLE)), entry.text()

        def answered(button: QMessageBox.StandardButton) -> None:
            if button != QMessageBox.StandardButton.Yes:
                return
            ctx = self.ctx
            if ctx.run(self, lambda: agenda.unlink_case(ctx.db, ctx.actor, item_id, case_id)):
                self.sig_changed.emit("agenda_items")

        return ask(
            self,
            self.tr("Unlink a case"),
            self.tr("The item will no longer examine the case {case}. Unlink it?").format(
                case=label
            ),
            answered,
        )

    # --- decisions --------------------------------------------------------------------------

    def current_decision(self) -> DecisionView | None:
        return current_of(self.decision_table, self.decision_model)

    def select_decision(self, decision_id: int) -> bool:
        return select_row(self.decision_table, self.decision_model, decision_id)

    def _decision_dialog(self, decision: DecisionView | None) -> DecisionDialog | None:
        view = self.view
        if view is None:
            return None
        setting = load_setting(self.ctx, self, self.meeting_id)
        if setting is None:
            return None
        number = decision.number if decision else f"{view.position}.{len(view.decisions) + 1}"
        kind = DecisionKind.NOTE if not view.decisions else DecisionKind.INSTRUCTION
        dialog = DecisionDialog(
            self.ctx,
            setting,
            view.id,
            number,
            decision,
            self,
            read_only=self.read_only,
            default_kind=kind,
        )

        def saved() -> None:
            if dialog.saved is not None:
                self.select_decision(dialog.saved.id)
            self._saved_elsewhere()

        self._open(dialog, saved)
        return dialog

    def add_decision(self) -> DecisionDialog | None:
        if self.read_only:
            return None
        return self._decision_dialog(None)

    def edit_decision(self) -> DecisionDialog | None:
        decision = self.current_decision()
        if decision is None:
            return None
        return self._decision_dialog(decision)

    def remove_decision(self) -> QMessageBox | None:
        decision = self.current_decision()
        if decision is None or self.read_only:
            return None

        def answered(button: QMessageBox.StandardButton) -> None:
            if button != QMessageBox.StandardButton.Yes:
                return
            ctx = self.ctx

            def remove() -> bool:
                decisions.remove_decision(ctx.db, ctx.actor, decision.id)
                return True

            if ctx.run(self, remove):
                self.sig_changed.emit("decisions")

        return ask(
            self,
            self.tr("Remove a decision"),
            self.tr(
                "Remove point {number} «{text}»? The following points are renumbered; what it "
                "did to earlier decisions is undone."
            ).format(number=decision.number, text=_shortened(decision.text)),
            answered,
        )

    def move_decision(self, delta: int) -> bool:
        """Alt+Up / Alt+Down and ▲ ▼: the point moves and the item's points are renumbered."""
        decision = self.current_decision()
        if decision is None or self.read_only:
            return False
        rows = self.decision_model.rows()
        target = rows.index(decision) + delta
        if not 0 <= target < len(rows):
            return False
        ctx = self.ctx
        stored = ctx.run(
            self,
            lambda: decisions.move_decision(ctx.db, ctx.actor, decision.id, target + 1),
        )
        if stored is None:
            return False
        self.decision_model.set_rows(stored)
        self.select_decision(decision.id)
        self.sig_changed.emit("decisions")
        return True

    def _saved_elsewhere(self) -> None:
        self.sig_changed.emit("")


# --- helpers ----------------------------------------------------------------------------------


def _fields(view: AgendaItemView) -> tuple[object, ...]:
    return (
        view.kind,
        view.title,
        view.speakers,
        view.heard_speaker,
        view.heard_summary,
        view.materials_due,
    )


def _fields_data(view: AgendaItemView) -> AgendaItemData:
    return AgendaItemData(
        kind=view.kind,
        title=view.title,
        speakers=view.speakers,
        heard_speaker=view.heard_speaker,
        heard_summary=view.heard_summary,
        materials_due=view.materials_due,
    )


def _comparable(data: AgendaItemData) -> tuple[object, ...]:
    """Fields as shown: what the widgets hold for the record compares equal to the record."""

    def text(value: str | None, multiline: bool = True) -> str:
        return plain(value).strip() if multiline else one_line(value)

    materials: date | None = data.materials_due
    return (
        data.kind,
        one_line(data.title),
        text(data.speakers),
        text(data.heard_speaker, multiline=False),
        text(data.heard_summary),
        materials,
    )


def _shortened(text: str, limit: int = 80) -> str:
    line = one_line(text)
    return line if len(line) <= limit else line[: limit - 1] + "…"
