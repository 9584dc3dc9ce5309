"""What the lazily fetched registers (meetings, decisions, cases, clients) share around their
table: headers that sort in the service, the columns kept as the user leaves them, a context
menu of the row's actions (Ctrl+F reaches the area's search field through the main window's
``find_in_area``).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from enum import Enum
from typing import Any, Generic, TypeVar

from PySide6.QtCore import QObject, QPoint, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QComboBox,
    QCompleter,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMenu,
    QTableView,
    QWidget,
)

from commission.domain.enums import ClientCategory
from commission.domain.permissions import Permission
from commission.services import users
from commission.ui.context import AppContext
from commission.ui.lazy_model import LazyTableModel, set_ids_keeping_place
from commission.ui.overview_labels import client_category_label
from commission.ui.table_columns import ColumnKeeper, keep_columns

S = TypeVar("S", bound=Enum)
# A combo with more choices than this is typed into: a list of thousands is not scrolled.
SEARCHABLE_CHOICES = 30


class ServerSort(QObject, Generic[S]):
    """The header of ``view`` sorting its list in the service: a click on a sortable column
    calls ``changed(sort, descending)``; a click on one that is not puts the indicator back
    where the order really is.

    Attributes:
        sort, descending: the order the list is in now.
    """

    def __init__(
        self,
        view: QTableView,
        columns: Mapping[int, S],
        sort: S,
        descending: bool,
        changed: Callable[[S, bool], None],
    ) -> None:
        super().__init__(view)
        self.view = view
        self.columns = dict(columns)
        self.sort, self.descending = sort, descending
        self._changed = changed
        header = view.horizontalHeader()
        header.setSectionsClickable(True)
        header.setSortIndicatorShown(True)
        self._show(sort, descending)
        header.sortIndicatorChanged.connect(self._clicked)

    def sort_by(self, sort: S, descending: bool = False) -> None:
        """Sort the list as a click on the column's header does."""
        self._show(sort, descending)

    def _show(self, sort: S, descending: bool) -> None:
        column = next(c for c, s in self.columns.items() if s == sort)
        order = Qt.SortOrder.DescendingOrder if descending else Qt.SortOrder.AscendingOrder
        self.view.horizontalHeader().setSortIndicator(column, order)

    def _clicked(self, column: int, order: Qt.SortOrder) -> None:
        sort = self.columns.get(column)
        if sort is None:
            self._show(self.sort, self.descending)
            return
        descending = order == Qt.SortOrder.DescendingOrder
        if (sort, descending) == (self.sort, self.descending):
            return
        self.sort, self.descending = sort, descending
        self._changed(sort, descending)


class RowMenu(QObject):
    """The context menu of a list's rows: the row under the pointer is selected first, then
    the area's own actions (those of its buttons) are offered; hidden ones are left out."""

    def __init__(self, view: QTableView, actions: Sequence[QAction | None]) -> None:
        super().__init__(view)
        self.view = view
        self.actions = list(actions)  # None: a separator
        view.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        view.customContextMenuRequested.connect(self._requested)

    def menu_at(self, at: QPoint) -> QMenu | None:
        """The menu for a click at ``at`` (viewport coordinates); ``None`` off the rows."""
        index = self.view.indexAt(at)
        if not index.isValid():
            return None
        selection = self.view.selectionModel()
        if selection is None or not selection.isRowSelected(index.row()):
            self.view.selectRow(index.row())
        self.view.setCurrentIndex(index)
        menu = QMenu(self.view)
        menu.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        for action in self.actions:
            if action is None:
                menu.addSeparator()
            elif action.isVisible():
                menu.addAction(action)
        return menu

    def _requested(self, at: QPoint) -> None:
        menu = self.menu_at(at)
        if menu is not None:
            menu.popup(self.view.viewport().mapToGlobal(at))


def keep_list_columns(view: QTableView, name: str, login: str) -> ColumnKeeper:
    """Long texts elided in the middle (their whole text is the tooltip) and the columns
    restored as the user ``login`` left them under ``name``; call after the columns are laid
    out. Per user: the program lays a list out by role (the district column only for the
    oblast), and colleagues sharing a computer keep their own layouts."""
    view.setTextElideMode(Qt.TextElideMode.ElideMiddle)
    keeper = keep_columns(view, f"{name}@{login}")
    keeper.restore()
    return keeper


def focus_field(field: QLineEdit) -> None:
    """The cursor in a search field, its text selected to be typed over (Ctrl+F)."""
    field.setFocus(Qt.FocusReason.ShortcutFocusReason)
    field.selectAll()


def make_searchable(combo: QComboBox) -> None:
    """A combo of many choices (officers of an oblast) becomes one you type into: the names
    containing what is typed are offered."""
    if combo.count() <= SEARCHABLE_CHOICES or combo.isEditable():
        return
    combo.setEditable(True)
    combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
    completer = combo.completer()
    if completer is not None:
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)


# Ids read for the first screen of a register; the rest of the sorted list when scrolled to.
FIRST_IDS = 200


def place_to_keep(view: QTableView) -> bool:
    """Whether the user has a place in the list to keep: a selection, or a scrolled view."""
    selection = view.selectionModel()
    selected = selection is not None and selection.hasSelection()
    return selected or view.rowAt(0) > 0


def show_list(
    view: QTableView,
    model: LazyTableModel[Any],
    *,
    keep_place: bool,
    first: Callable[[int], Sequence[int] | None],
    every: Callable[[], Sequence[int] | None],
    count: Callable[[], int | None],
) -> int:
    """Show a sorted list, the first screen from a page of ids (``first(limit)``) and the
    list's length from ``count``; the whole list (``every``) is read when the user scrolls
    past the page, or at once when his selection or scrolled place must be kept. Returns how
    many rows the list has."""
    if keep_place and place_to_keep(view):
        ids = list(every() or [])
        set_ids_keeping_place(view, model, ids)
        return len(ids)
    ids = list(first(FIRST_IDS) or [])
    if len(ids) < FIRST_IDS:
        model.set_ids(ids)
        return len(ids)
    model.set_first_ids(ids, None, lambda: every() or [])
    total = count()
    model.set_total(total if total is not None else len(ids))
    return max(total or 0, len(ids))


def load_officers(combo: QComboBox, ctx: AppContext, owner: QWidget, every_text: str) -> None:
    """The probation officers a user may narrow a list to (an officer: his district's),
    keeping the one chosen; typed into when they are many."""
    chosen = combo.currentData()
    actor = ctx.actor
    found = ctx.run(owner, lambda: users.officers(ctx.db, actor)) or []
    district = None if actor.can(Permission.VIEW_ALL_DISTRICTS) else actor.district_id
    combo.blockSignals(True)
    try:
        combo.clear()
        combo.addItem(every_text, None)
        for officer in found:
            if district is None or officer.district_id == district:
                combo.addItem(officer.full_name, officer.id)
        combo.setCurrentIndex(max(0, combo.findData(chosen)))
    finally:
        combo.blockSignals(False)
    make_searchable(combo)


def add_filters(row: QHBoxLayout, filters: Sequence[tuple[str, QWidget]]) -> None:
    """Each filter after its caption (whose accelerator focuses it), a little apart."""
    for label, widget in filters:
        caption = QLabel(label)
        caption.setBuddy(widget)
        row.addWidget(caption)
        row.addWidget(widget)
        row.addSpacing(8)


def narrow_combo(chars: int) -> QComboBox:
    """A filter's combo about ``chars`` letters wide whatever its longest choice (a long
    Kazakh category or an officer's full name is elided, its list still shows it whole), so
    that a row of filters fits at 1280 pixels."""
    combo = QComboBox()
    combo.setMinimumContentsLength(chars)
    combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
    # The choice shortened in the box reads whole when the pointer rests on it.
    combo.currentTextChanged.connect(combo.setToolTip)
    return combo


def category_combo(every_text: str) -> QComboBox:
    combo = narrow_combo(16)
    combo.addItem(every_text, None)
    for category in ClientCategory:
        combo.addItem(client_category_label(category), category)
    return combo


def chosen_category(combo: QComboBox) -> ClientCategory | None:
    """The category chosen in a ``category_combo`` (Qt hands the enum back as its text)."""
    value = combo.currentData()
    return None if value is None else ClientCategory(value)
