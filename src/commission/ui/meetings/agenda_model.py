"""The agenda as a list: «1. Question» over a dimmed line with its kind and speakers, reordered
by dragging or from the keyboard.

A drop (or Alt+Up / Alt+Down) asks the agenda service to move the item; the list follows what
the service stored, so the numbers shown are always the ones the minutes will print.
"""

from __future__ import annotations

import html
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSize,
    Qt,
    Signal,
)
from PySide6.QtGui import QAbstractTextDocumentLayout, QPainter, QPalette, QTextDocument
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QListView,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QWidget,
)

from commission.services.agenda import AgendaItemView
from commission.ui.meetings.item_tables import shown
from commission.ui.meetings.record_labels import one_line
from commission.ui.overview_labels import agenda_item_kind_label

AnyIndex = QModelIndex | QPersistentModelIndex
ID_ROLE = Qt.ItemDataRole.UserRole
SUBTITLE_ROLE = Qt.ItemDataRole.UserRole + 1
MARGIN = 6

# Called with (item id, new 1-based position); returns the agenda as stored, or None if refused.
Mover = Callable[[int, int], list[AgendaItemView] | None]


def subtitle(item: AgendaItemView) -> str:
    """«Kind · Speakers: … · 3 decisions» under the question."""
    parts = [agenda_item_kind_label(item.kind)]
    if item.speakers:
        parts.append(
            QCoreApplication.translate("Record", "Speakers: {names}").format(
                names=one_line(shown(item.speakers, item.speakers_kk))
            )
        )
    if item.decisions:
        # Formatted, not %n: lupdate cannot mark Python strings as plural.
        decisions = QCoreApplication.translate("Record", "Decisions: {count}")
        parts.append(decisions.format(count=len(item.decisions)))
    return " · ".join(parts)


class AgendaListModel(QAbstractListModel):
    """The items of one meeting in agenda order.

    Signals:
        sig_moved(int): an item (its id) was moved and the agenda stored in its new order.
    """

    sig_moved = Signal(int)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[AgendaItemView] = []
        self.movable = True
        self.mover: Mover | None = None

    # --- contents ---------------------------------------------------------------------------

    def rows(self) -> list[AgendaItemView]:
        return list(self._rows)

    def set_rows(self, rows: list[AgendaItemView]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def update_rows(self, rows: list[AgendaItemView]) -> bool:
        """Take new data for the same items in the same order without a reset (keeps the
        selection and the scroll position); ``False`` if the agenda differs."""
        if [r.id for r in rows] != [r.id for r in self._rows]:
            return False
        self._rows = list(rows)
        if rows:
            self.dataChanged.emit(self.index(0, 0), self.index(len(rows) - 1, 0))
        return True

    def item_at(self, row: int) -> AgendaItemView | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def row_of(self, item_id: int) -> int:
        for row, item in enumerate(self._rows):
            if item.id == item_id:
                return row
        return -1

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        item = self.item_at(index.row()) if index.isValid() else None
        if item is None:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return f"{item.position}. {one_line(shown(item.title, item.title_kk))}"
        if role == SUBTITLE_ROLE:
            return subtitle(item)
        if role == ID_ROLE:
            return item.id
        if role == Qt.ItemDataRole.ToolTipRole:
            return (
                f"{item.position}. {one_line(shown(item.title, item.title_kk))}\n{subtitle(item)}"
            )
        if role == Qt.ItemDataRole.AccessibleDescriptionRole:
            return subtitle(item)
        return None

    # --- drag and drop ----------------------------------------------------------------------

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        if not index.isValid():
            # Drops land between items, never on one.
            return Qt.ItemFlag.ItemIsDropEnabled if self.movable else Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if self.movable:
            flags |= Qt.ItemFlag.ItemIsDragEnabled
        return flags

    def supportedDropActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction

    def supportedDragActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction

    def moveRows(
        self,
        source_parent: AnyIndex,
        source_row: int,
        count: int,
        destination_parent: AnyIndex,
        destination_child: int,
    ) -> bool:
        """Move one item before row ``destination_child`` (what a drop and the keyboard ask),
        through the agenda service."""
        if (
            count != 1
            or source_parent.isValid()
            or destination_parent.isValid()
            or not self.movable
            or self.mover is None
        ):
            return False
        item = self.item_at(source_row)
        destination = max(0, min(destination_child, len(self._rows)))
        if item is None or destination in (source_row, source_row + 1):
            return False
        new_index = destination if destination < source_row else destination - 1
        stored = self.mover(item.id, new_index + 1)
        if stored is None:
            return False
        expected = [r.id for r in self._rows]
        expected.insert(new_index, expected.pop(source_row))
        if [r.id for r in stored] != expected:
            self.set_rows(stored)  # someone else changed the agenda meanwhile: show it as stored
        else:
            self.beginMoveRows(QModelIndex(), source_row, source_row, QModelIndex(), destination)
            self._rows = list(stored)
            self.endMoveRows()
            self.dataChanged.emit(self.index(0, 0), self.index(len(self._rows) - 1, 0))
        self.sig_moved.emit(item.id)
        return True

    def move_by(self, row: int, delta: int) -> bool:
        """Alt+Up (-1) / Alt+Down (+1) on ``row``."""
        target = row + delta
        if not 0 <= row < len(self._rows) or not 0 <= target < len(self._rows):
            return False
        destination = target if delta < 0 else target + 1
        return self.moveRow(QModelIndex(), row, QModelIndex(), destination)


class AgendaItemDelegate(QStyledItemDelegate):
    """Draws an item as its numbered question over a smaller, dimmed line (kind, speakers)."""

    def __init__(self, view: QListView) -> None:
        super().__init__(view)
        self.view = view

    def _document(self, index: AnyIndex, width: int, selected: bool) -> QTextDocument:
        doc = QTextDocument()
        doc.setDefaultFont(self.view.font())
        doc.setDocumentMargin(0)
        title = html.escape(str(index.data(Qt.ItemDataRole.DisplayRole) or ""))
        sub = html.escape(str(index.data(SUBTITLE_ROLE) or ""))
        palette = self.view.palette()
        role = (
            QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.PlaceholderText
        )
        dim = palette.color(role).name()
        doc.setHtml(f"{title}<br><small><span style='color:{dim}'>{sub}</span></small>")
        doc.setTextWidth(max(width, 80))
        return doc

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: AnyIndex) -> None:
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        opt.text = ""
        widget = opt.widget
        style = widget.style() if widget is not None else QApplication.style()
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, widget)
        selected = bool(opt.state & QStyle.StateFlag.State_Selected)
        rect = opt.rect
        doc = self._document(index, rect.width() - 2 * MARGIN, selected)
        context = QAbstractTextDocumentLayout.PaintContext()
        group = (
            QPalette.ColorGroup.Active
            if widget is None or widget.isActiveWindow()
            else (QPalette.ColorGroup.Inactive)
        )
        text_role = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        context.palette.setColor(
            QPalette.ColorRole.Text,
            opt.palette.color(group, text_role),
        )
        painter.save()
        painter.translate(rect.left() + MARGIN, rect.top() + MARGIN)
        painter.setClipRect(0, 0, rect.width() - 2 * MARGIN, rect.height() - 2 * MARGIN)
        doc.documentLayout().draw(painter, context)
        painter.restore()

    def sizeHint(self, option: QStyleOptionViewItem, index: AnyIndex) -> QSize:
        width = self.view.viewport().width() - 2 * MARGIN
        doc = self._document(index, width, False)
        return QSize(max(width, 80), int(doc.size().height()) + 2 * MARGIN)


class AgendaListView(QListView):
    """The agenda list: one item selected, dragged to a new place between the others."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setWordWrap(True)
        self.setUniformItemSizes(False)
        self.setResizeMode(QListView.ResizeMode.Adjust)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.setAlternatingRowColors(True)
        self.setItemDelegate(AgendaItemDelegate(self))
        self.set_movable(True)

    def set_movable(self, movable: bool) -> None:
        model = self.model()
        if isinstance(model, AgendaListModel):
            model.movable = movable
        self.setDragEnabled(movable)
        self.setAcceptDrops(movable)
        self.setDropIndicatorShown(movable)
        self.setDragDropMode(
            QAbstractItemView.DragDropMode.InternalMove
            if movable
            else QAbstractItemView.DragDropMode.NoDragDrop
        )
        self.setDefaultDropAction(Qt.DropAction.MoveAction)
