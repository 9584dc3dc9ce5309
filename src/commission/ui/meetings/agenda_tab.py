"""The agenda of a meeting and what was heard, said and decided on each item.

Left, the agenda: items in order, moved by dragging, by Alt+Up / Alt+Down or by ▲ ▼; the
standing item «О ходе исполнения решений …» is added with one button and goes first. Right, the
selected item in the :class:`ItemEditor`. Leaving an item with unsaved changes asks first.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QItemSelectionModel, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from commission.domain.enums import AgendaItemKind, MinutesState
from commission.domain.permissions import Permission
from commission.services import agencies, agenda, meetings
from commission.services.agenda import AgendaItemView
from commission.services.meetings import MeetingView
from commission.ui.admin.forms import chain_focus
from commission.ui.context import AppContext
from commission.ui.labels import shown_name
from commission.ui.meetings.agenda_item_dialog import AgendaItemDialog
from commission.ui.meetings.agenda_model import ID_ROLE, AgendaListModel, AgendaListView
from commission.ui.meetings.item_decisions import arrow_button
from commission.ui.meetings.item_editor import ItemEditor
from commission.ui.meetings.record_labels import one_line
from commission.ui.meetings.record_widgets import MoveKeys, ask
from commission.ui.splitter_state import keep_splitter

# Changes elsewhere that alter what this tab shows: the agenda and decisions themselves, the
# quorum (attendance), agency names, the meeting's date (terms), the calendar, cases.
WATCHED_TABLES = frozenset(
    {
        "agenda_items",
        "decisions",
        "attendance",
        "agencies",
        "meetings",
        "calendar_days",
        "cases",
        "commissions",
        "minutes_revisions",
    }
)
AnyIndex = QModelIndex | QPersistentModelIndex


class AgendaTab(QWidget):
    """Signals:
    sig_changed(): something of the agenda or its decisions was changed from this tab.
    """

    sig_changed = Signal()

    def __init__(self, ctx: AppContext, meeting_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.meeting_id = meeting_id
        self.can_edit = ctx.actor.can(Permission.EDIT_MEETINGS)
        self._read_only = False
        self._locked = False
        self._stale = True
        self._announcing = False
        self._selecting = False
        self._agencies_stale = True
        self.pending_question: QMessageBox | None = None

        self.model = AgendaListModel(self)
        self.model.mover = self._move_item
        self.model.sig_moved.connect(self._after_move)
        self.list = AgendaListView()
        self.list.setModel(self.model)
        self.list.setMinimumWidth(220)
        self.list.selectionModel().currentChanged.connect(self._current_changed)
        self.list_keys = MoveKeys(self.list)
        self.list_keys.sig_move.connect(self.move_current)
        self.list_keys.sig_delete.connect(self.remove_current)
        caption = QLabel(self.tr("A&genda:"))
        caption.setBuddy(self.list)

        self.add_button = QPushButton(self.tr("&Add item…"))
        self.review_button = QPushButton(self.tr("Progress on &earlier decisions"))
        self.review_button.setToolTip(
            self.tr(
                "Adds the standing item on the progress of decisions taken at earlier meetings "
                "as item 1, with every decision due since the previous meeting."
            )
        )
        self.remove_button = QPushButton(self.tr("Re&move item…"))
        self.up_button = arrow_button("▲", self.tr("Move the item up (Alt+Up)"))
        self.down_button = arrow_button("▼", self.tr("Move the item down (Alt+Down)"))
        self.up_button.setAccessibleName(self.tr("Move the item up"))
        self.down_button.setAccessibleName(self.tr("Move the item down"))
        self.add_button.clicked.connect(self.add_item)
        self.review_button.clicked.connect(self.add_progress_review)
        self.remove_button.clicked.connect(self.remove_current)
        self.up_button.clicked.connect(lambda: self.move_current(-1))
        self.down_button.clicked.connect(lambda: self.move_current(1))
        self.hint = QLabel(self.tr("Drag an item, or press Alt+Up / Alt+Down, to reorder."))
        self.hint.setWordWrap(True)
        self.hint.setEnabled(False)  # drawn dimmed: a hint

        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        buttons.addWidget(self.up_button)
        buttons.addWidget(self.down_button)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(caption)
        left_layout.addWidget(self.list, 1)
        left_layout.addLayout(buttons)
        left_layout.addWidget(self.review_button)
        left_layout.addWidget(self.hint)

        self.editor = ItemEditor(ctx, meeting_id)
        self.editor.setMinimumWidth(500)
        self.editor.sig_changed.connect(self._editor_changed)
        self.editor.sig_dirty_changed.connect(lambda _dirty: self._update_buttons())
        # Enter on an item goes to its question, to type straight away.
        self.list.activated.connect(lambda _index: self.editor.fields.title.setFocus())

        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.addWidget(left)
        self.splitter.addWidget(self.editor)
        self.splitter.setStretchFactor(0, 2)
        self.splitter.setStretchFactor(1, 5)
        self.splitter.setChildrenCollapsible(False)
        self.splitter_keeper = keep_splitter(self.splitter, "agenda")
        layout = QVBoxLayout(self)
        layout.addWidget(self.splitter)

        chain_focus(
            [
                self.list,
                self.add_button,
                self.remove_button,
                self.up_button,
                self.down_button,
                self.review_button,
                self.editor.fields.kind,
            ]
        )
        ctx.changes.sig_changed.connect(self._on_changed)
        self._apply_read_only()

    # --- public -----------------------------------------------------------------------------

    def refresh(self) -> None:
        """Reload the agenda; the selected item stays selected, and unsaved edits stay."""
        self._stale = False
        ctx = self.ctx

        def load() -> tuple[MeetingView, list[AgendaItemView]]:
            meeting = meetings.get_meeting(ctx.db, ctx.actor, self.meeting_id)
            return meeting, agenda.list_items(ctx.db, ctx.actor, self.meeting_id)

        loaded = ctx.run(self, load)
        if loaded is None:
            return
        meeting, items = loaded
        locked = meeting.minutes_state is MinutesState.FINAL
        if locked != self._locked:
            self._locked = locked  # final minutes: nothing changes until they are amended
            self._apply_read_only()
        if self._agencies_stale:
            found = ctx.run(self, lambda: agencies.list_agencies(ctx.db, ctx.actor))
            if found is not None:
                self._agencies_stale = False
                # In the interface's language, as every list names them.
                self.editor.set_agencies(
                    {
                        a.id: shown_name(a.short_name_ru or a.name_ru, a.short_name_kk or a.name_kk)
                        for a in found
                    }
                )
        current = self.editor.item_id()
        if not self.model.update_rows(items):
            self._selecting = True
            try:
                self.model.set_rows(items)
            finally:
                self._selecting = False
        ids = [i.id for i in items]
        target = current if current in ids else (ids[0] if ids else None)
        self._select(target)
        self.editor.set_item(self._view(target))
        self._update_buttons()

    def set_read_only(self, read_only: bool) -> None:
        """Lock (or unlock) every change: the minutes are final, or the user may only read."""
        self._read_only = read_only
        self._apply_read_only()

    def is_read_only(self) -> bool:
        """Locked by the page, by the user's role, or by final minutes."""
        return self._read_only or self._locked or not self.can_edit

    def has_unsaved_changes(self) -> bool:
        return self.editor.is_dirty()

    def save_changes(self) -> bool:
        """Save the item being edited (``True`` when nothing is left unsaved)."""
        return self.editor.save()

    def items(self) -> list[AgendaItemView]:
        return self.model.rows()

    def current_item(self) -> AgendaItemView | None:
        return self._view(self.editor.item_id())

    def select_item(self, item_id: int) -> QMessageBox | None:
        """Show another item; with unsaved changes, returns the (non-blocking) question."""
        return self._request(item_id)

    # --- loading and selection --------------------------------------------------------------

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._stale:
            self.refresh()

    def _on_changed(self, table: str) -> None:
        if self._announcing or table not in WATCHED_TABLES:
            return
        if table == "agencies":
            self._agencies_stale = True
        if self.isVisible():
            self.refresh()
        else:
            self._stale = True

    def _view(self, item_id: int | None) -> AgendaItemView | None:
        if item_id is None:
            return None
        row = self.model.row_of(item_id)
        return self.model.item_at(row)

    def _select(self, item_id: int | None) -> None:
        self._selecting = True
        try:
            selection = self.list.selectionModel()
            row = self.model.row_of(item_id) if item_id is not None else -1
            if row < 0:
                selection.clear()
                return
            index = self.model.index(row, 0)
            selection.setCurrentIndex(index, QItemSelectionModel.SelectionFlag.ClearAndSelect)
            self.list.scrollTo(index)
        finally:
            self._selecting = False

    def _current_changed(self, current: AnyIndex, _previous: AnyIndex) -> None:
        if self._selecting:
            return
        wanted = current.data(ID_ROLE) if current.isValid() else None
        if wanted == self.editor.item_id():
            return
        if self.editor.is_dirty():
            self._select(self.editor.item_id())  # stay until the user answers
            if wanted is not None:
                self._ask_unsaved(lambda: self._show(int(wanted)))
            return
        self._show(int(wanted) if wanted is not None else None)

    def _show(self, item_id: int | None) -> None:
        self._select(item_id)
        self.editor.set_item(self._view(item_id))
        self._update_buttons()

    def _request(self, item_id: int) -> QMessageBox | None:
        if item_id == self.editor.item_id():
            self._show(item_id)
            return None
        if self.editor.is_dirty():
            return self._ask_unsaved(lambda: self._show(item_id))
        self._show(item_id)
        return None

    def _ask_unsaved(self, then: Callable[[], None]) -> QMessageBox:
        view = self.editor.view
        number = view.position if view is not None else ""
        buttons = (
            QMessageBox.StandardButton.Save
            | QMessageBox.StandardButton.Discard
            | QMessageBox.StandardButton.Cancel
        )

        def answered(button: QMessageBox.StandardButton) -> None:
            self.pending_question = None
            if button == QMessageBox.StandardButton.Save:
                if self.editor.save():
                    then()
            elif button == QMessageBox.StandardButton.Discard:
                self.editor.discard()
                then()

        box = ask(
            self,
            self.tr("Unsaved changes"),
            self.tr("Item {number} has changes that are not saved. Save them first?").format(
                number=number
            ),
            answered,
            buttons,
            QMessageBox.StandardButton.Save,
        )
        self.pending_question = box
        return box

    # --- changes ----------------------------------------------------------------------------

    def _announce(self, *tables: str, reload: bool = True) -> None:
        """Tell the other screens (not this one) what changed, then reload and signal."""
        self._announcing = True
        try:
            for table in tables:
                self.ctx.changes.sig_changed.emit(table)
        finally:
            self._announcing = False
        if reload:
            self.refresh()
        self.sig_changed.emit()

    def _editor_changed(self, table: str) -> None:
        if table:
            self._announce(table)
        else:
            self.sig_changed.emit()  # a dialog saved and announced it; the tab has reloaded

    def add_item(self) -> AgendaItemDialog | None:
        """Open (non-blocking) the form of a new item; once saved, it is selected."""
        if self.is_read_only():
            return None
        dialog = AgendaItemDialog(self.ctx, self.meeting_id, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)

        def saved() -> None:
            self.sig_changed.emit()
            if dialog.saved is not None:
                self._request(dialog.saved.id)

        dialog.accepted.connect(saved)
        dialog.open()
        return dialog

    def add_progress_review(self) -> AgendaItemView | None:
        """The standing item «О ходе исполнения решений …», as item 1."""
        if self.is_read_only():
            return None
        ctx = self.ctx
        view = ctx.run(self, lambda: agenda.add_progress_review(ctx.db, ctx.actor, self.meeting_id))
        if view is None:
            return None
        self._announce("agenda_items")
        self._request(view.id)
        return view

    def remove_current(self) -> QMessageBox | None:
        """Ask, then delete the selected item with its speeches, decisions and case links."""
        view = self.current_item()
        if view is None or self.is_read_only():
            return None
        if view.decisions:
            text = self.tr(
                "Remove item {number} «{title}» from the agenda together with its %n "
                "decision(s)? The following items are renumbered.",
                "",
                len(view.decisions),
            )
        else:
            text = self.tr(
                "Remove item {number} «{title}» from the agenda? The following items are "
                "renumbered."
            )
        title = one_line(view.title)
        if len(title) > 80:
            title = title[:79] + "…"

        def answered(button: QMessageBox.StandardButton) -> None:
            if button != QMessageBox.StandardButton.Yes:
                return
            ctx = self.ctx

            def remove() -> bool:
                agenda.remove_item(ctx.db, ctx.actor, view.id)
                return True

            if ctx.run(self, remove):
                self.editor.set_item(None)
                self._announce("agenda_items", "decisions")

        return ask(
            self,
            self.tr("Remove an item"),
            text.format(number=view.position, title=title),
            answered,
        )

    def move_current(self, delta: int) -> bool:
        """Move the selected item one place up (-1) or down (+1); the items are renumbered."""
        if self.is_read_only():
            return False
        current = self.editor.item_id()
        row = self.model.row_of(current) if current is not None else -1
        if row < 0:
            return False
        return self.model.move_by(row, delta)

    def _move_item(self, item_id: int, position: int) -> list[AgendaItemView] | None:
        """The model's mover (drop or keyboard): the service stores the new order."""
        if self.is_read_only():
            return None
        ctx = self.ctx
        return ctx.run(self, lambda: agenda.move_item(ctx.db, ctx.actor, item_id, position))

    def _after_move(self, item_id: int) -> None:
        """The list has followed the move (keeping the selection); the rest follows it."""
        del item_id
        current = self.editor.item_id()
        if self._view(current) is None:
            self.refresh()
        else:
            self._select(current)
            self.editor.set_item(self._view(current))
            self._update_buttons()
        self._announce("agenda_items", reload=False)

    # --- state ------------------------------------------------------------------------------

    def _apply_read_only(self) -> None:
        read_only = self.is_read_only()
        self.list.set_movable(not read_only)
        for button in (self.add_button, self.review_button, self.remove_button):
            button.setVisible(not read_only)
        self.up_button.setVisible(not read_only)
        self.down_button.setVisible(not read_only)
        self.hint.setVisible(not read_only)
        self.editor.set_read_only(read_only)
        self._update_buttons()

    def _update_buttons(self) -> None:
        editable = not self.is_read_only()
        row = self.model.row_of(self.editor.item_id() or -1)
        count = self.model.rowCount()
        has_review = any(i.kind is AgendaItemKind.PROGRESS_REVIEW for i in self.model.rows())
        self.add_button.setEnabled(editable)
        self.review_button.setEnabled(editable and not has_review)
        self.remove_button.setEnabled(editable and row >= 0)
        self.up_button.setEnabled(editable and row > 0)
        self.down_button.setEnabled(editable and 0 <= row < count - 1)
