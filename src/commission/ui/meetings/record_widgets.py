"""Small pieces the agenda screens share: keyboard reordering, questions that do not block,
text fields that take Word's paste cleanly, and simple record tables."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TypeVar

from PySide6.QtCore import QCoreApplication, QEvent, QMimeData, QObject, QSize, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QMessageBox,
    QPlainTextEdit,
    QSizePolicy,
    QTableView,
    QWidget,
)

from commission.ui.admin.tables import RowsModel
from commission.ui.lazy_model import setup_table
from commission.ui.meetings.record_labels import plain

T = TypeVar("T")


class MoveKeys(QObject):
    """Alt+Up / Alt+Down move the current row; Delete asks to remove it.

    Installed as an event filter on a list or table view.

    Signals:
        sig_move(int): -1 to move the current row up, +1 down.
        sig_delete(): the Delete key was pressed.
    """

    sig_move = Signal(int)
    sig_delete = Signal()

    def __init__(self, view: QAbstractItemView, *, moves: bool = True) -> None:
        super().__init__(view)
        self.enabled = True
        self.moves = moves
        view.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if not self.enabled or event.type() != QEvent.Type.KeyPress:
            return False
        assert isinstance(event, QKeyEvent)
        modifiers = event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
        if self.moves and modifiers == Qt.KeyboardModifier.AltModifier:
            if event.key() == Qt.Key.Key_Up:
                self.sig_move.emit(-1)
                return True
            if event.key() == Qt.Key.Key_Down:
                self.sig_move.emit(1)
                return True
        if modifiers == Qt.KeyboardModifier.NoModifier and event.key() == Qt.Key.Key_Delete:
            self.sig_delete.emit()
            return True
        return False


def name_unsaved_buttons(box: QMessageBox) -> None:
    """Qt's own «Discard» reads «Отклонить» in Russian, which a secretary takes for rejecting
    something: the button says what it does, «Не сохранять» / «Сақтамау»."""
    discard = box.button(QMessageBox.StandardButton.Discard)
    if discard is not None:
        discard.setText(QCoreApplication.translate("UnsavedChanges", "&Don't save"))
    save = box.button(QMessageBox.StandardButton.Save)
    if save is not None:
        save.setText(QCoreApplication.translate("UnsavedChanges", "&Save"))
    cancel = box.button(QMessageBox.StandardButton.Cancel)
    if cancel is not None:
        cancel.setText(QCoreApplication.translate("UnsavedChanges", "Cancel"))


def ask(
    parent: QWidget,
    title: str,
    text: str,
    on_answer: Callable[[QMessageBox.StandardButton], None],
    buttons: QMessageBox.StandardButton = (
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No
    ),
    default: QMessageBox.StandardButton = QMessageBox.StandardButton.No,
) -> QMessageBox:
    """A question shown with ``open()``: the caller carries on; ``on_answer`` gets the button."""
    box = QMessageBox(QMessageBox.Icon.Question, title, text, buttons, parent)
    box.setDefaultButton(default)
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    name_unsaved_buttons(box)

    def answered(_result: int) -> None:
        clicked = box.clickedButton()
        button = box.standardButton(clicked) if clicked is not None else None
        if button is None or button == QMessageBox.StandardButton.NoButton:
            button = QMessageBox.StandardButton.Cancel
        on_answer(button)

    box.finished.connect(answered)
    box.open()
    return box


class PlainTextEdit(QPlainTextEdit):
    """Multi-line text that takes a paste from Word as plain text, without its control
    characters (a manual line break \\x0b becomes a new line)."""

    def __init__(self, lines: int = 3, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTabChangesFocus(True)
        self.setLineWrapMode(QPlainTextEdit.LineWrapMode.WidgetWidth)
        self._height = self.fontMetrics().lineSpacing() * lines + 14
        self.setMinimumHeight(self._height)
        # As tall as asked: spare room goes to the form's stretch, not to empty text boxes.
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)

    def sizeHint(self) -> QSize:
        return QSize(super().sizeHint().width(), self._height)

    def insertFromMimeData(self, source: QMimeData) -> None:
        if source.hasText():
            self.insertPlainText(plain(source.text()))

    def canInsertFromMimeData(self, source: QMimeData) -> bool:
        return source.hasText()

    def plain_text(self) -> str:
        """The text with its no-break spaces («№ 3» stays together), which
        ``toPlainText`` would turn into ordinary ones."""
        raw = self.document().toRawText()
        return raw.replace("\u2029", "\n").replace("\u2028", "\n")


def make_table(model: RowsModel[T], widths: Sequence[int], stretch: int) -> QTableView:
    """A read-only table of records in the service's order, one row selected at a time."""
    view = QTableView()
    view.setModel(model)
    setup_table(view, widths, stretch=stretch)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setTabKeyNavigation(False)
    return view


def current_of(view: QTableView, model: RowsModel[T]) -> T | None:
    rows = view.selectionModel().selectedRows()
    if not rows:
        return None
    row = rows[0].row()
    return model.row_at(row) if 0 <= row < model.rowCount() else None


def select_row(view: QTableView, model: RowsModel[T], key: object) -> bool:
    for row in range(model.rowCount()):
        if model.key_of(model.row_at(row)) == key:
            view.selectRow(row)
            view.scrollTo(model.index(row, 0))
            return True
    return False
