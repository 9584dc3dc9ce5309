"""One agenda item as the minutes record it: the question, «СЛУШАЛИ», «ВЫСТУПИЛИ», the cases
examined, the progress review's table, and the points of «ПОСТАНОВИЛИ».

The item's own fields are saved with «Save» (Ctrl+S); the tab asks before leaving an item with
unsaved changes. Speeches, cases and decisions are separate records, saved as soon as their
dialog is saved, so nothing typed there waits for the item's Save.
"""

from __future__ import annotations

from collections.abc import Mapping

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QScrollArea,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from commission.domain.enums import AgendaItemKind
from commission.domain.messages import UserError
from commission.services import agenda
from commission.services.agenda import AgendaItemData, AgendaItemView
from commission.ui.admin.forms import ErrorLabel, InlineErrors, chain_focus
from commission.ui.context import AppContext
from commission.ui.meetings.case_picker import CasePicker
from commission.ui.meetings.item_decisions import DecidedBox, button_bar, make_button, open_dialog
from commission.ui.meetings.item_discussion import DiscussionDialog
from commission.ui.meetings.item_fields import ItemFields, comparable, fields_data, stored_fields
from commission.ui.meetings.item_tables import DiscussionModel, ProgressModel
from commission.ui.meetings.police_figures import PoliceFiguresButton
from commission.ui.meetings.record_labels import case_link_label, one_line
from commission.ui.meetings.record_widgets import MoveKeys, ask, current_of, make_table, select_row
from commission.ui.overview_labels import agenda_item_kind_label
from commission.ui.splitter_state import keep_splitter

CASE_ROLE = Qt.ItemDataRole.UserRole


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

        # The item's texts above, what was said and decided on it below, each scrolling on
        # its own: the divider gives the room to whichever the secretary is filling in.
        texts = QWidget()
        text_body = QVBoxLayout(texts)
        text_body.setContentsMargins(0, 0, 0, 0)
        self.fields = ItemFields(self)
        self.fields.sig_edited.connect(self._update_state)
        text_body.addWidget(self.fields.question_box)
        text_body.addWidget(self.fields.heard_box)
        text_body.addStretch(1)
        content = QWidget()
        body = QVBoxLayout(content)
        body.setContentsMargins(0, 0, 0, 0)
        body.addWidget(self._build_discussion())
        body.addWidget(self._build_cases())
        body.addWidget(self._build_progress())
        self.police_button = PoliceFiguresButton(ctx, self)
        body.addWidget(self.police_button, 0, Qt.AlignmentFlag.AlignLeft)
        self.decided = DecidedBox(ctx, meeting_id)
        self.decided.sig_changed.connect(self.sig_changed)
        body.addWidget(self.decided)
        body.addStretch(1)
        self.text_area = _scrolling(texts)
        self.scroll_area = _scrolling(content)
        self.content = content
        self.splitter = QSplitter(Qt.Orientation.Vertical)
        self.splitter.addWidget(self.text_area)
        self.splitter.addWidget(self.scroll_area)
        self.splitter.setStretchFactor(0, 3)  # the question and «Heard» are typed at length
        self.splitter.setStretchFactor(1, 2)
        self.splitter.setChildrenCollapsible(False)
        self.splitter_keeper = keep_splitter(self.splitter, "agenda item")

        self.error_label = ErrorLabel()
        self.errors = InlineErrors(self.error_label)
        self.errors.fields.update(self.fields.error_fields())
        self.dirty_label = QLabel()
        self.save_button = make_button(
            self.tr("Sa&ve item"), self.tr("Save the question, «Heard» and the speakers (Ctrl+S)")
        )
        self.revert_button = make_button(self.tr("Undo &changes"))
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
        layout.addWidget(self.splitter, 1)
        layout.addWidget(self.error_label)
        layout.addWidget(self.save_bar)

        chain_focus(
            [
                *self.fields.focus_chain(),
                self.discussion_table,
                self.add_speech_button,
                self.edit_speech_button,
                self.remove_speech_button,
                self.cases_list,
                self.link_case_button,
                self.unlink_case_button,
                self.progress_table,
                *self.decided.focus_chain(),
                self.revert_button,
                self.save_button,
            ]
        )
        self.set_item(None)

    # --- building ---------------------------------------------------------------------------

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
        self.add_speech_button = make_button(self.tr("Add &speech…"))
        self.edit_speech_button = make_button(self.tr("Edit speech…"))
        self.remove_speech_button = make_button(self.tr("Remove speech"))
        self.add_speech_button.clicked.connect(self.add_speech)
        self.edit_speech_button.clicked.connect(self.edit_speech)
        self.remove_speech_button.clicked.connect(self.remove_speech)
        layout = QVBoxLayout(box)
        layout.addWidget(self.discussion_table)
        layout.addLayout(
            button_bar(self.add_speech_button, self.edit_speech_button, self.remove_speech_button)
        )
        return box

    def _build_cases(self) -> QGroupBox:
        box = QGroupBox(self.tr("Clients' cases examined"))
        self.cases_list = QListWidget()
        self.cases_list.setMaximumHeight(self.fontMetrics().lineSpacing() * 5 + 12)
        self.cases_list.currentRowChanged.connect(lambda _r: self._update_buttons())
        self.link_case_button = make_button(
            self.tr("&Link a case…"),
            self.tr("The minutes show the case number and the client's initials only."),
        )
        self.unlink_case_button = make_button(self.tr("Unlink case"))
        self.link_case_button.clicked.connect(self.link_case)
        self.unlink_case_button.clicked.connect(self.unlink_case)
        layout = QVBoxLayout(box)
        layout.addWidget(self.cases_list)
        layout.addLayout(button_bar(self.link_case_button, self.unlink_case_button))
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

    # --- showing an item --------------------------------------------------------------------

    def item_id(self) -> int | None:
        return self.view.id if self.view is not None else None

    def set_agencies(self, names: Mapping[int, str]) -> None:
        self.agency_names = dict(names)
        self.decided.decision_model.agency_names = self.agency_names

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
            self.fields.load(None)
        elif not keep:
            self.base = view
            self.fields.load(view)
        elif self.base is not None and stored_fields(self.base) == stored_fields(view):
            self.base = view  # moved or renumbered only: the edits still apply to this version
        self._show_lists()
        self._update_heading()
        self._update_state()

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
        self.decided.set_item(view)
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
        self.splitter.setVisible(view is not None)
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

    def is_dirty(self) -> bool:
        if self.base is None or self.read_only:
            return False
        return comparable(self.data()) != comparable(fields_data(self.base))

    def data(self) -> AgendaItemData:
        """The item's own fields as typed (the service cleans and checks them)."""
        return self.fields.data()

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
        self.decided.view = self.view
        self.decided.read_only = self.read_only
        self.decided.update_buttons()
        self.police_button.show_for(self.view, editable)

    def set_read_only(self, read_only: bool) -> None:
        self.read_only = read_only
        self.fields.set_read_only(read_only)
        if read_only and self.base is not None:
            self.fields.load(self.base)  # nothing unsaved stays in a locked record
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
        self.fields.load(stored)
        self._update_heading()
        self._update_state()
        self.sig_changed.emit("agenda_items")
        return True

    def discard(self) -> None:
        """Back to the record as stored."""
        if self.base is not None:
            self.fields.load(self.base)
        self.errors.clear()
        self._update_state()

    # --- speeches ---------------------------------------------------------------------------

    def add_speech(self) -> DiscussionDialog | None:
        if self.view is None or self.read_only:
            return None
        dialog = DiscussionDialog(self.ctx, self.view.id, None, self)
        open_dialog(dialog, lambda: self._saved_elsewhere())
        return dialog

    def edit_speech(self) -> DiscussionDialog | None:
        entry = current_of(self.discussion_table, self.discussion_model)
        if self.view is None or entry is None:
            return None
        dialog = DiscussionDialog(self.ctx, self.view.id, entry, self, read_only=self.read_only)
        open_dialog(dialog, lambda: self._saved_elsewhere())
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
        open_dialog(picker, lambda: self._saved_elsewhere())
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

    def _saved_elsewhere(self) -> None:
        self.sig_changed.emit("")


def _scrolling(content: QWidget) -> QScrollArea:
    """``content`` scrolling up and down, never sideways: it is laid out to the width shown."""
    area = QScrollArea()
    area.setWidgetResizable(True)
    area.setFrameShape(QFrame.Shape.NoFrame)
    area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    area.setWidget(content)
    return area
