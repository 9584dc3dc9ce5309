"""Read-only tables of records: a column-described item model and the view around it.

Every list in the administration screens and the agencies area is a :class:`RowsModel`
subclass (one per kind of record, naming its columns with ``self.tr``) shown by a
:class:`RecordTable`: sortable, filterable by a search line, one row selected at a time.
"""

from __future__ import annotations

from collections.abc import Callable, Hashable, Iterable, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any, Generic, TypeVar

from PySide6.QtCore import (
    QAbstractTableModel,
    QEvent,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QPoint,
    QSortFilterProxyModel,
    Qt,
    Signal,
)
from PySide6.QtGui import QAction, QGuiApplication, QPalette
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QHeaderView,
    QLineEdit,
    QMenu,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from commission.domain.enums import Language
from commission.ui.commands import button_actions
from commission.ui.icon import icon
from commission.ui.labels import yes_no
from commission.ui.table_columns import keep_columns

T = TypeVar("T")
CellValue = str | int | bool | date | datetime | None
AnyIndex = QModelIndex | QPersistentModelIndex

DATE_FORMAT = "%d.%m.%Y"
DATETIME_FORMAT = "%d.%m.%Y %H:%M"
MAX_COLUMN_WIDTH = 360
SHORT_COLUMN = 160  # a phone, a date, a flag: never narrower than its contents
MIN_LONG_COLUMN = 240  # a name or a question still readable when the others need room


def format_date(value: date | None) -> str:
    return value.strftime(DATE_FORMAT) if value is not None else ""


def format_datetime(value: datetime | None, seconds: bool = False) -> str:
    """A stored UTC instant in the computer's local time."""
    if value is None:
        return ""
    return value.astimezone().strftime(DATETIME_FORMAT + (":%S" if seconds else ""))


def pick_name(language: Language, name_ru: str, name_kk: str | None) -> str:
    """The name in the user's language: Kazakh users read the Kazakh name where there is one."""
    if language == Language.KK and name_kk:
        return name_kk
    return name_ru


def format_cell(value: CellValue) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return yes_no(value)
    if isinstance(value, datetime):
        return format_datetime(value)
    if isinstance(value, date):
        return format_date(value)
    return str(value)


def sort_key(value: CellValue) -> str | int:
    """What the column sorts by: dates chronologically, flags and numbers as numbers."""
    if value is None:
        return ""
    if isinstance(value, bool | int):
        return int(value)
    if isinstance(value, date):  # datetime too
        return value.isoformat()
    return value


@dataclass(frozen=True)
class Column(Generic[T]):
    title: str
    value: Callable[[T], CellValue]
    tooltip: Callable[[T], str | None] | None = None
    text: Callable[[T], str] | None = None  # overrides how the value is written


class RowsModel(QAbstractTableModel, Generic[T]):
    """Rows of plain records (the services' views) described by columns."""

    SORT_ROLE = Qt.ItemDataRole.UserRole

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[T] = []
        self._columns: list[Column[T]] = self.make_columns()

    def make_columns(self) -> list[Column[T]]:
        raise NotImplementedError

    def key_of(self, row: T) -> Hashable:
        """What identifies a record across reloads (to keep it selected)."""
        key: Hashable = getattr(row, "id", None)
        return key

    def is_dimmed(self, row: T) -> bool:
        """Rows drawn in grey: inactive, ended, no longer in force."""
        del row
        return False

    def rows(self) -> list[T]:
        return list(self._rows)

    def row_at(self, row: int) -> T:
        return self._rows[row]

    def find(self, key: Hashable) -> T | None:
        for row in self._rows:
            if self.key_of(row) == key:
                return row
        return None

    def set_rows(self, rows: Iterable[T]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def append_rows(self, rows: list[T]) -> None:
        if not rows:
            return
        first = len(self._rows)
        self.beginInsertRows(QModelIndex(), first, first + len(rows) - 1)
        self._rows.extend(rows)
        self.endInsertRows()

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._columns)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if (
            orientation == Qt.Orientation.Horizontal
            and role == Qt.ItemDataRole.DisplayRole
            and 0 <= section < len(self._columns)
        ):
            return self._columns[section].title
        return None

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self._rows):
            return None
        row = self._rows[index.row()]
        column = self._columns[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return column.text(row) if column.text else format_cell(column.value(row))
        if role == self.SORT_ROLE:
            return sort_key(column.value(row))
        if role == Qt.ItemDataRole.ToolTipRole:
            if column.tooltip is not None:
                return column.tooltip(row)
            text = column.text(row) if column.text else format_cell(column.value(row))
            return text if len(text) > 40 else None
        if role == Qt.ItemDataRole.ForegroundRole and self.is_dimmed(row):
            return QPalette().brush(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text)
        return None


class RecordTable(QWidget, Generic[T]):
    """A sortable, searchable table of one kind of record, one row selected at a time.

    A right click on a row selects it and offers the row's actions (``row_actions``: the
    screen's buttons for the selected record, ``set_row_buttons``), then «Copy»; the header
    keeps its own menu, the column chooser.

    Signals:
        sig_activated(): the user double-clicked the selected row or pressed Enter on it.
        sig_selection_changed(): another row (or none) is selected.
    """

    sig_activated = Signal()
    sig_selection_changed = Signal()

    def __init__(
        self,
        model: RowsModel[T],
        *,
        search: QLineEdit | None = None,
        stretch_column: int | None = None,
        name: str | None = None,
        parent: QWidget | None = None,
    ) -> None:
        """``name``: the list's columns are kept as the user leaves them under this name."""
        super().__init__(parent)
        self.model = model
        model.setParent(self)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(model)
        self.proxy.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.proxy.setFilterKeyColumn(-1)
        self.proxy.setSortRole(RowsModel.SORT_ROLE)
        self.proxy.setSortLocaleAware(True)
        self.search = search
        if search is not None:
            search.setClearButtonEnabled(True)
            search.textChanged.connect(self.proxy.setFilterFixedString)

        view = QTableView(self)
        self.view = view
        view.setModel(self.proxy)
        view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        view.setAlternatingRowColors(True)
        view.setWordWrap(False)
        # A long name keeps its start and its end («ГУ «Отдел … района»»); the tooltip has all.
        view.setTextElideMode(Qt.TextElideMode.ElideMiddle)
        view.verticalHeader().hide()
        view.verticalHeader().setDefaultSectionSize(view.fontMetrics().height() + 8)
        header = view.horizontalHeader()
        header.setHighlightSections(False)
        header.setSortIndicatorClearable(True)
        # No sort until the user asks: the services' own order (by date, by role) comes first.
        header.setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
        view.setSortingEnabled(True)
        # Until the rows come (or when there are none), each column as wide as its title.
        view.resizeColumnsToContents()
        self._stretch_column = stretch_column
        if stretch_column is None:
            header.setStretchLastSection(True)
        else:
            header.setSectionResizeMode(stretch_column, QHeaderView.ResizeMode.Stretch)
        self._sized = False
        self._natural: list[int] = []  # the columns' widths by their contents
        self._sharing = False
        view.viewport().installEventFilter(self)
        self.columns = keep_columns(view, name) if name else None
        view.activated.connect(self._on_activated)
        view.selectionModel().selectionChanged.connect(self._on_selection)
        self.row_actions: list[QAction | None] = []  # None: a separator
        view.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        view.customContextMenuRequested.connect(self._menu_requested)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(view)
        self.setFocusProxy(view)

    def set_row_buttons(self, *buttons: tuple[QAbstractButton, str]) -> list[QAction]:
        """Offer these buttons (with their icon names) in the rows' context menu: the menu
        does what the button does, and only when the button is there and enabled."""
        actions = button_actions(self, *buttons)
        self.row_actions = list(actions)
        return actions

    def row_menu(self, at: QPoint | None = None) -> QMenu | None:
        """The context menu of the row at ``at`` (viewport coordinates; default: the selected
        row), which it selects first; ``None`` off the rows."""
        if at is not None:
            index = self.view.indexAt(at)
            if not index.isValid():
                return None
            self.view.selectRow(index.row())
        if self.current() is None:
            return None
        menu = QMenu(self)
        menu.setObjectName("rowMenu")
        for action in self.row_actions:
            if action is None:
                menu.addSeparator()
            elif action.isVisible():
                menu.addAction(action)
        if menu.actions():
            menu.addSeparator()
        copy = menu.addAction(icon("copy"), self.tr("Copy"))
        copy.triggered.connect(self.copy_current)
        return menu

    def _menu_requested(self, at: QPoint) -> None:
        menu = self.row_menu(at)
        if menu is not None:
            menu.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            menu.popup(self.view.viewport().mapToGlobal(at))

    def current_text(self) -> str:
        """The selected row as shown, its visible columns separated by tabs (as a spreadsheet
        pastes them)."""
        rows = self.view.selectionModel().selectedRows()
        if not rows:
            return ""
        header = self.view.horizontalHeader()
        columns = [
            header.logicalIndex(v)
            for v in range(header.count())
            if not header.isSectionHidden(header.logicalIndex(v))
        ]
        row = rows[0].row()
        return "\t".join(str(self.proxy.index(row, c).data() or "") for c in columns)

    def copy_current(self) -> None:
        QGuiApplication.clipboard().setText(self.current_text())

    def _on_activated(self, index: QModelIndex) -> None:
        if index.isValid():
            self.sig_activated.emit()

    def _on_selection(self, *args: object) -> None:
        self.sig_selection_changed.emit()

    def set_rows(self, rows: Iterable[T]) -> None:
        """Show ``rows``, keeping the same record selected when it is still there."""
        current = self.current()
        key = self.model.key_of(current) if current is not None else None
        self.model.set_rows(rows)
        if key is not None:
            self.select_key(key)
        self.fit_columns()
        self.sig_selection_changed.emit()

    def fit_columns(self) -> None:
        """Size the columns to their contents once there is content to size them to."""
        if self._sized or self.model.rowCount() == 0:
            return
        self._sized = True
        if self.columns is not None and self.columns.restore():
            return  # as the user left them
        self.view.resizeColumnsToContents()
        header = self.view.horizontalHeader()
        self._natural = [
            min(header.sectionSize(c), MAX_COLUMN_WIDTH)
            if c != self._stretch_column
            else header.sectionSize(c)
            for c in range(header.count())
        ]
        header.sectionResized.connect(self._resized_by_hand)
        self._share_width()

    def _resized_by_hand(self, *_args: object) -> None:
        if not self._sharing:
            self._natural = []  # the user's widths win from now on

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.view.viewport() and event.type() == QEvent.Type.Resize:
            self._share_width()
        return super().eventFilter(watched, event)

    def _share_width(self) -> None:
        """The long column (a name, a question) takes what the others leave, but never pushes
        them out of sight: a long Kazakh name is elided, not the columns after it; when the
        others are too wide together, each gives up a share, never below its title."""
        if not self._natural or (self.columns is not None and self.columns.restored):
            return
        header = self.view.horizontalHeader()
        width = self.view.viewport().width()
        stretch = self._stretch_column
        shown = [c for c in range(header.count()) if c != stretch and not header.isSectionHidden(c)]
        # The column users scan first (the name) keeps at least two fifths of the width.
        long_min = max(MIN_LONG_COLUMN, width * 2 // 5) if stretch is not None else 0
        # Short columns (a phone, a date, a flag) and the key ones (a person's name, a role, a
        # state: see set_key_columns) keep their width; the other wide ones share.
        keys = self.key_columns()
        short = [c for c in shown if self._natural[c] <= SHORT_COLUMN or c in keys]
        wide = [c for c in shown if c not in short]
        room = width - long_min - sum(self._natural[c] for c in short)
        wide_total = sum(self._natural[c] for c in wide)
        share = 1.0
        if wide_total > 0 and wide_total > room:
            share = max(0.0, room / wide_total)
        self._sharing = True
        try:
            for column in shown:
                title = header.sectionSizeFromContents(column).width()
                scale = share if column in wide else 1.0
                header.resizeSection(column, max(title, int(self._natural[column] * scale)))
            if stretch is not None:
                used = sum(header.sectionSize(c) for c in shown)
                header.resizeSection(
                    stretch, max(MIN_LONG_COLUMN, min(self._natural[stretch], width - used))
                )
                header.setSectionResizeMode(stretch, QHeaderView.ResizeMode.Interactive)
                header.setStretchLastSection(True)
        finally:
            self._sharing = False

    def set_key_columns(self, columns: Sequence[int]) -> None:
        """The columns users scan (a name, a role, a state): kept whole when the others must
        give up width, and checked by the screen review (``priorityColumns``)."""
        self.view.setProperty("priorityColumns", list(columns))
        self._share_width()

    def key_columns(self) -> set[int]:
        declared = self.view.property("priorityColumns")
        return {int(c) for c in declared} if isinstance(declared, list) else set()

    def current(self) -> T | None:
        rows = self.view.selectionModel().selectedRows()
        if not rows:
            return None
        source = self.proxy.mapToSource(rows[0])
        return self.model.row_at(source.row()) if source.isValid() else None

    def select_key(self, key: Hashable) -> bool:
        for row in range(self.model.rowCount()):
            if self.model.key_of(self.model.row_at(row)) == key:
                index = self.proxy.mapFromSource(self.model.index(row, 0))
                if not index.isValid():
                    return False
                self.view.selectRow(index.row())
                self.view.scrollTo(index)
                return True
        return False

    def visible_rows(self) -> list[T]:
        """The records the user sees, in the order shown (after search and sort)."""
        result = []
        for row in range(self.proxy.rowCount()):
            source = self.proxy.mapToSource(self.proxy.index(row, 0))
            result.append(self.model.row_at(source.row()))
        return result
