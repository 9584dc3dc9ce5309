"""The register's meeting filter: the latest meetings in a drop-down, any other found by typing.

An oblast's ten years hold thousands of meetings: the drop-down lists the latest few dozen and
a completer under the typed text asks the service for the meetings it names (a number, a year,
a date), a few dozen at a time, so that nothing lists every meeting.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QComboBox, QCompleter, QWidget

from commission.services.overview import MeetingChoice

SEARCH_DELAY_MS = 200
_ID = Qt.ItemDataRole.UserRole + 1


class MeetingPicker(QComboBox):
    """An editable combo box of meetings; its data is the meeting's id (``None``: all).

    Args:
        find: the service call giving the meetings a text names (all, latest first, for "").
        label: how a meeting is shown.
        all_text: the first choice, «All meetings».
    """

    def __init__(
        self,
        find: Callable[[str], Sequence[MeetingChoice]],
        label: Callable[[MeetingChoice], str],
        all_text: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._find = find
        self._label = label
        self._all_text = all_text
        self.setEditable(True)
        self.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.found = QStandardItemModel(self)
        completer = QCompleter(self.found, self)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        # The service already chose what matches: the completer shows all it was given.
        completer.setCompletionMode(QCompleter.CompletionMode.UnfilteredPopupCompletion)
        self.setCompleter(completer)
        self._completer = completer
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(SEARCH_DELAY_MS)
        self._timer.timeout.connect(self._search)
        line = self.lineEdit()
        assert line is not None  # an editable combo box has its line edit
        self._line = line
        line.textEdited.connect(self._timer.start)
        line.editingFinished.connect(self._restore_text)
        completer.activated.connect(self._chosen)

    def load(self, choices: Sequence[MeetingChoice]) -> None:
        """List ``choices`` (the latest meetings) after «All meetings», keeping the current
        meeting chosen (added to the list when it is not among them)."""
        current = self.currentData()
        kept = None
        if current is not None:
            kept = self.itemText(self.currentIndex())
        self.blockSignals(True)
        try:
            self.clear()
            self.addItem(self._all_text, None)
            for choice in choices:
                self.addItem(self._label(choice), choice.id)
            if current is not None and self.findData(current) < 0 and kept is not None:
                self.addItem(kept, current)
            self.setCurrentIndex(max(0, self.findData(current)))
        finally:
            self.blockSignals(False)

    def search(self, text: str) -> None:
        """Offer the meetings ``text`` names in the completer (what typing does)."""
        self.found.clear()
        for choice in self._find(text):
            item = QStandardItem(self._label(choice))
            item.setData(choice.id, _ID)
            self.found.appendRow(item)
        self._completer.setCompletionPrefix("")
        if self.found.rowCount():
            self._completer.complete()

    def choose(self, meeting_id: int | None, text: str | None = None) -> None:
        """Make ``meeting_id`` the chosen meeting, adding it to the list if needed."""
        index = self.findData(meeting_id)
        if index < 0 and text is not None:
            self.addItem(text, meeting_id)
            index = self.count() - 1
        self.setCurrentIndex(max(0, index))
        self._restore_text()

    def _search(self) -> None:
        self.search(self._line.text())

    def _chosen(self, text: str) -> None:
        """A meeting picked in the completer (labels are unique: number, date, district)."""
        for row in range(self.found.rowCount()):
            item = self.found.item(row)
            if item is not None and item.text() == text:
                self.choose(int(item.data(_ID)), text)
                return

    def _restore_text(self) -> None:
        """The edit shows the chosen meeting, not half-typed text that chose nothing."""
        self._timer.stop()
        text = self.itemText(self.currentIndex()) if self.currentIndex() >= 0 else ""
        if self._line.text() != text:
            self._line.setText(text)
