"""A one-line label that gives up width gracefully: its text shortened in the middle with «…»
when the room is short, the whole text in its tooltip. For the status bar, where a database's
path or a long name must never push the window wider than the screen."""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QPainter, QPaintEvent
from PySide6.QtWidgets import QLabel, QWidget

# The screen review's mark of a text shortened on purpose (devtools.screen_review.checks).
ELIDED_PROPERTY = "elided"
_MIN_CHARS = 12  # what stays readable when the room is shortest


class ElidedLabel(QLabel):
    def __init__(self, text: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setProperty(ELIDED_PROPERTY, True)
        self.setText(text)

    def setText(self, text: str) -> None:
        super().setText(text)
        self.setToolTip(text)

    def minimumSizeHint(self) -> QSize:
        hint = super().minimumSizeHint()
        return QSize(self.fontMetrics().averageCharWidth() * _MIN_CHARS, hint.height())

    def paintEvent(self, event: QPaintEvent) -> None:
        del event
        painter = QPainter(self)
        room = self.contentsRect()
        shown = self.fontMetrics().elidedText(
            self.text(), Qt.TextElideMode.ElideMiddle, room.width()
        )
        painter.drawText(room, int(self.alignment() | Qt.AlignmentFlag.AlignVCenter), shown)

    def shown_text(self) -> str:
        """The text as painted at the label's present width."""
        return self.fontMetrics().elidedText(
            self.text(), Qt.TextElideMode.ElideMiddle, self.contentsRect().width()
        )
