"""A table model that holds only row ids and fetches rows when the view first shows them.

The approach of Anki's browser table: the service returns the ids of a list in display order
(cheap, one column), the model asks for the rows of a page of about a hundred ids around the
first one the view paints, and caches the last few thousand used. Nothing loads a whole register
to show one screen, and scrolling one to its end does not keep it all in memory.

Also here: the common set-up of the overview tables and ``ChangeWatcher``, which refreshes an
area when a table it shows changes, or when it is next shown if it is hidden.
"""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Callable, Iterable, Mapping, Sequence
from datetime import date, datetime, time
from typing import Any, Generic, Protocol, TypeVar

from PySide6.QtCore import (
    QAbstractTableModel,
    QItemSelectionModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView, QWidget

from commission.domain.messages import UserError
from commission.ui.context import Changes, message_of

PAGE_SIZE = 100
# Rows held at most: a user scrolling a register of 100,000 to its end keeps the last few
# thousand he saw, not all of them (the rest are fetched again if he scrolls back).
MAX_CACHED_ROWS = 3000
PLACEHOLDER = "…"
_LONG_TEXT = 20  # cells longer than this get their whole text as a tooltip (elided first)

Index = QModelIndex | QPersistentModelIndex
_ROOT = QModelIndex()


class HasId(Protocol):
    @property
    def id(self) -> int: ...


R = TypeVar("R", bound=HasId)


def display_text(value: object) -> str:
    """How a cell shows a value: dates as 31.12.2026, times as 09:30, nothing for ``None``."""
    if value is None:
        return ""
    if isinstance(value, datetime):
        return value.astimezone().strftime("%d.%m.%Y %H:%M")
    if isinstance(value, date):
        return value.strftime("%d.%m.%Y")
    if isinstance(value, time):
        return value.strftime("%H:%M")
    return str(value)


class LazyTableModel(QAbstractTableModel, Generic[R]):
    """Rows of ``R`` (frozen dataclasses with an ``id``) fetched by page on first display.

    Args:
        headers: column titles, already translated.
        fetch_rows: the service call giving the rows of some ids, in any order; ids it does
            not return (deleted meanwhile, out of the user's scope) show as empty rows.
        row_values: a row's cell values, one per column; dates, times, numbers and strings.
        row_background, row_foreground: optional colour of a whole row (e.g. overdue).
        alignments: per column, instead of the default (numbers right, the rest left).
        header_tooltips: per column, a longer explanation of its title.

    Signals:
        sig_fetch_failed(str): fetching a page failed; the text is for the user. The rows stay
            as placeholders and are tried again after the next ``set_ids``.

    Attributes:
        fetch_calls: how many times ``fetch_rows`` was called since construction.
    """

    sig_fetch_failed = Signal(str)

    def __init__(
        self,
        headers: Sequence[str],
        fetch_rows: Callable[[list[int]], Sequence[R]],
        row_values: Callable[[R], Sequence[object]],
        parent: QObject | None = None,
        *,
        page_size: int = PAGE_SIZE,
        row_background: Callable[[R], QColor | None] | None = None,
        row_foreground: Callable[[R], QColor | None] | None = None,
        alignments: Mapping[int, Qt.AlignmentFlag] | None = None,
        header_tooltips: Mapping[int, str] | None = None,
        max_cached_rows: int = MAX_CACHED_ROWS,
    ) -> None:
        super().__init__(parent)
        self._headers = list(headers)
        self._fetch_rows = fetch_rows
        self._row_values = row_values
        self._page_size = max(1, page_size)
        self._row_background = row_background
        self._row_foreground = row_foreground
        self._alignments = dict(alignments or {})
        self._header_tooltips = dict(header_tooltips or {})
        self._ids: list[int] = []
        # A list shown from its first ids: how many rows it has, and how to read the rest.
        self._total: int | None = None
        self._rest: Callable[[], Sequence[int]] | None = None
        self._completing = False
        self._rows: dict[int, R] = {}
        # In order of last use: the first is dropped when more than the bound are held.
        self._values: OrderedDict[int, list[object]] = OrderedDict()
        self._bound = max(self._page_size, max_cached_rows)
        self._max_cached = self._bound
        self._missing: set[int] = set()
        self._failed_pages: set[int] = set()
        self.fetch_calls = 0

    # --- contents --------------------------------------------------------------------------

    def set_ids(self, ids: Iterable[int]) -> None:
        """Show these ids, in this order; every cached row is dropped."""
        self.beginResetModel()
        self._ids = list(ids)
        self._total, self._rest = None, None
        self._rows.clear()
        self._values.clear()
        self._max_cached = self._bound
        self._missing.clear()
        self._failed_pages.clear()
        self.endResetModel()

    def set_first_ids(
        self, first: Sequence[int], total: int | None, rest: Callable[[], Sequence[int]]
    ) -> None:
        """Show a list of ``total`` rows of which only the ``first`` ids are at hand: the first
        screen costs a page, not the whole sorted list. ``total`` may come later
        (``set_total``); until then the list shows ``first``. ``rest`` gives every id in order;
        it is called once, after the event that first shows a row past ``first`` (never while
        painting)."""
        self.set_ids(first)
        if total is None or total > len(first):
            self._total, self._rest = total, rest

    def set_total(self, total: int) -> None:
        """How many rows a list shown from its first ids has, once counted: the rows past the
        first ids appear (as placeholders until they are read)."""
        if self._rest is None or self._total is not None:
            return
        if total <= len(self._ids):
            self._rest = None
            return
        self.beginInsertRows(_ROOT, len(self._ids), total - 1)
        self._total = total
        self.endInsertRows()

    def complete(self) -> None:
        """Read the rest of a list shown from its first ids (see ``set_first_ids``)."""
        rest, total = self._rest, self._total
        self._completing = False
        if rest is None:
            return
        self._rest = None
        try:
            ids = list(rest())
        except UserError as exc:
            self.sig_fetch_failed.emit(message_of(exc))
            return
        if total is None or len(ids) != total or ids[: len(self._ids)] != self._ids:
            # The list changed between the count and now: show it as it is.
            self.set_ids(ids)
            return
        self._ids, self._total = ids, None
        if total:
            last = max(0, self.columnCount() - 1)
            self.dataChanged.emit(self.index(0, 0), self.index(total - 1, last))

    def set_rows(self, rows: Iterable[R]) -> None:
        """Show rows already at hand (a short list): nothing is fetched."""
        rows = list(rows)
        self.beginResetModel()
        self._ids = [r.id for r in rows]
        self._total, self._rest = None, None
        self._rows = {r.id: r for r in rows}
        # Rows at hand are all kept: nothing could fetch them again.
        self._values = OrderedDict((r.id, list(self._row_values(r))) for r in rows)
        self._max_cached = max(self._bound, len(rows))
        self._missing.clear()
        self._failed_pages.clear()
        self.endResetModel()

    def forget(self, ids: Iterable[int]) -> None:
        """Drop the cached rows of these ids (they changed); they are fetched when next shown."""
        for ident in ids:
            self._rows.pop(ident, None)
            self._values.pop(ident, None)
            self._missing.discard(ident)
            row = self.row_of_id(ident)
            if row is not None:
                self.dataChanged.emit(
                    self.index(row, 0), self.index(row, max(0, self.columnCount() - 1))
                )

    def ids(self) -> list[int]:
        self.complete()
        return list(self._ids)

    def id_at(self, row: int) -> int | None:
        """The id shown at ``row``; ``None`` past the first ids of a list not read whole yet."""
        return self._ids[row] if 0 <= row < len(self._ids) else None

    def row_of_id(self, ident: int) -> int | None:
        try:
            return self._ids.index(ident)
        except ValueError:
            return None

    def row_at(self, index: Index | int) -> R | None:
        """The row shown at ``index`` (a model index or a row number), fetched if needed."""
        row = index if isinstance(index, int) else index.row()
        ident = self.id_at(row)
        if ident is None:
            return None
        self._ensure(row)
        return self._rows.get(ident)

    def cached_count(self) -> int:
        """How many rows have been fetched and are held."""
        return len(self._rows)

    # --- fetching --------------------------------------------------------------------------

    def _ensure(self, row: int) -> None:
        ident = self._ids[row]
        if ident in self._values or ident in self._missing:
            return
        page = row // self._page_size
        if page in self._failed_pages:
            return
        start = page * self._page_size
        wanted = [
            i
            for i in self._ids[start : start + self._page_size]
            if i not in self._values and i not in self._missing
        ]
        self.fetch_calls += 1
        try:
            rows = self._fetch_rows(wanted)
        except UserError as exc:
            self._failed_pages.add(page)
            self.sig_fetch_failed.emit(message_of(exc))
            return
        for r in rows:
            self._rows[r.id] = r
            self._values[r.id] = list(self._row_values(r))
        self._missing.update(i for i in wanted if i not in self._rows)
        while len(self._values) > self._max_cached:
            oldest, _ = self._values.popitem(last=False)
            self._rows.pop(oldest, None)

    # --- QAbstractTableModel ---------------------------------------------------------------

    def rowCount(self, parent: Index = _ROOT) -> int:
        if parent.isValid():
            return 0
        return len(self._ids) if self._total is None else max(self._total, len(self._ids))

    def columnCount(self, parent: Index = _ROOT) -> int:
        return 0 if parent.isValid() else len(self._headers)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(self._headers):
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self._headers[section]
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._header_tooltips.get(section)
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < self.rowCount():
            return None
        if index.row() >= len(self._ids):  # past the first ids: the rest is read soon
            if self._rest is not None and not self._completing:
                self._completing = True
                QTimer.singleShot(0, self.complete)
            return PLACEHOLDER if role == Qt.ItemDataRole.DisplayRole else None
        column = index.column()
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return self._alignment(index)
        if role not in (
            Qt.ItemDataRole.DisplayRole,
            Qt.ItemDataRole.ToolTipRole,
            Qt.ItemDataRole.BackgroundRole,
            Qt.ItemDataRole.ForegroundRole,
        ):
            return None
        self._ensure(index.row())
        ident = self._ids[index.row()]
        values = self._values.get(ident)
        if values is not None:
            self._values.move_to_end(ident)
        if values is None:
            if role == Qt.ItemDataRole.DisplayRole and ident not in self._missing:
                return PLACEHOLDER
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return display_text(values[column]) if column < len(values) else ""
        if role == Qt.ItemDataRole.ToolTipRole:
            text = display_text(values[column]) if column < len(values) else ""
            return text if len(text) > _LONG_TEXT or "\n" in text else None
        row = self._rows[ident]
        if role == Qt.ItemDataRole.BackgroundRole and self._row_background is not None:
            return self._row_background(row)
        if role == Qt.ItemDataRole.ForegroundRole and self._row_foreground is not None:
            return self._row_foreground(row)
        return None

    def _alignment(self, index: Index) -> Qt.AlignmentFlag:
        column = index.column()
        if column in self._alignments:
            return self._alignments[column] | Qt.AlignmentFlag.AlignVCenter
        values = self._values.get(self._ids[index.row()]) if index.row() < len(self._ids) else None
        if values is not None and column < len(values):
            value = values[column]
            if isinstance(value, int) and not isinstance(value, bool):
                return Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
        return Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter


def setup_table(
    view: QTableView, widths_in_chars: Sequence[int] = (), stretch: int | None = None
) -> None:
    """The common look of the overview tables: whole rows selected, alternating colours,
    read-only, sorted by the service (no header sorting), columns ``widths_in_chars`` wide
    (never narrower than their title) and column ``stretch`` taking the remaining width.
    Call it after ``view.setModel``."""
    view.setAlternatingRowColors(True)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setSortingEnabled(False)
    view.setWordWrap(False)
    view.setTextElideMode(Qt.TextElideMode.ElideRight)
    view.setHorizontalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
    rows = view.verticalHeader()
    rows.setVisible(False)
    rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
    rows.setDefaultSectionSize(view.fontMetrics().height() + 8)
    header = view.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    header.setHighlightSections(False)
    header.setStretchLastSection(stretch is None)
    char = max(1, view.fontMetrics().averageCharWidth())
    model = view.model()
    for column, chars in enumerate(widths_in_chars):
        title = model.headerData(column, Qt.Orientation.Horizontal) if model else None
        title_width = header.fontMetrics().horizontalAdvance(str(title or "")) + 24
        view.setColumnWidth(column, max(chars * char + 16, title_width))
    if stretch is not None:
        header.setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)


def set_ids_keeping_place(view: QTableView, model: LazyTableModel[Any], ids: Iterable[int]) -> None:
    """``model.set_ids(ids)`` without losing the user's place: the selected rows that are
    still listed stay selected, and the row at the top of the view stays at the top."""
    selection = view.selectionModel()
    selected = (
        [model.id_at(i.row()) for i in selection.selectedRows()] if selection is not None else []
    )
    current = model.id_at(view.currentIndex().row()) if view.currentIndex().isValid() else None
    top = model.id_at(view.rowAt(0))
    model.set_ids(ids)
    selection = view.selectionModel()
    if selection is None:
        return
    flags = QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows
    for ident in selected:
        row = model.row_of_id(ident) if ident is not None else None
        if row is not None:
            selection.select(model.index(row, 0), flags)
    row = model.row_of_id(current) if current is not None else None
    if row is not None:
        selection.setCurrentIndex(model.index(row, 0), QItemSelectionModel.SelectionFlag.NoUpdate)
    row = model.row_of_id(top) if top is not None else None
    if row is not None:
        view.scrollTo(model.index(row, 0), QAbstractItemView.ScrollHint.PositionAtTop)


class ChangeWatcher(QObject):
    """Refreshes a widget when one of the tables it shows changes.

    A visible widget refreshes once the current event is handled, so that a save announcing
    several tables reloads it once; a hidden one only remembers, and refreshes when it is next
    shown (the widget calls ``shown`` from its ``showEvent``). The widget also loads on its
    first show: nothing is read while the window is being built. ``refresh`` is expected to
    set ``stale`` to ``False``.
    """

    def __init__(
        self,
        widget: QWidget,
        changes: Changes,
        tables: Iterable[str],
        refresh: Callable[[], None],
    ) -> None:
        super().__init__(widget)
        self._widget = widget
        self._tables = frozenset(tables)
        self._refresh = refresh
        self.stale = True
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(0)
        self._timer.timeout.connect(self._due)
        changes.sig_changed.connect(self._on_changed)

    def shown(self) -> None:
        if self.stale:
            self._timer.stop()
            self._refresh()

    def _on_changed(self, table: str) -> None:
        if table in self._tables:
            self.stale = True
            if self._widget.isVisible():
                self._timer.start()

    def _due(self) -> None:
        if self.stale and self._widget.isVisible():
            self._refresh()
