"""The head of a card: its title, a coloured badge with the record's state, and the key facts
under them — what a user reads first, before any table of the card."""

from __future__ import annotations

from collections.abc import Sequence
from enum import StrEnum

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QVBoxLayout, QWidget


class Tone(StrEnum):
    """The badge's colour: what the state asks of the user."""

    NEUTRAL = "neutral"  # nothing to do (a draft, not on control)
    ACTIVE = "active"  # under way
    WARNING = "warning"  # due soon, back for rework
    ALERT = "alert"  # overdue, stopped
    DONE = "done"  # executed, completed


_COLOURS = {
    Tone.NEUTRAL: ("#37474f", "#eceff1"),
    Tone.ACTIVE: ("#0d47a1", "#e3f2fd"),
    Tone.WARNING: ("#7a4f01", "#fdf0cc"),
    Tone.ALERT: ("#8e0000", "#fbe0de"),
    Tone.DONE: ("#1b5e20", "#e0f2e1"),
}


class CardHeader(QWidget):
    """``show_card(title, state, tone, facts)``; ``text()`` gives it all as plain lines."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title = QLabel()
        font = self.title.font()
        font.setPointSizeF(font.pointSizeF() * 1.25)
        font.setBold(True)
        self.title.setFont(font)
        self.title.setWordWrap(True)
        self.title.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.badge = QLabel()
        self.badge.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.facts = QLabel()
        self.facts.setWordWrap(True)
        self.facts.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        top = QHBoxLayout()
        top.setContentsMargins(0, 0, 0, 0)
        top.addWidget(self.title, 1)
        top.addWidget(self.badge, 0, Qt.AlignmentFlag.AlignTop)
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 4)
        column.addLayout(top)
        column.addWidget(self.facts)
        self.tone = Tone.NEUTRAL
        self.badge.hide()

    def show_card(self, title: str, state: str, tone: Tone, facts: Sequence[str]) -> None:
        self.title.setText(title)
        self.tone = tone
        foreground, background = _COLOURS[tone]
        self.badge.setText(state)
        self.badge.setStyleSheet(
            f"QLabel {{ color: {foreground}; background: {background}; border-radius: 9px;"
            " padding: 2px 10px; font-weight: bold; }"
        )
        self.badge.setVisible(bool(state))
        self.facts.setText("\n".join(facts))

    def clear(self) -> None:
        self.title.clear()
        self.badge.clear()
        self.badge.hide()
        self.facts.clear()

    def text(self) -> str:
        """Everything the header says, title first, as plain lines."""
        parts = [self.title.text(), self.badge.text() if self.badge.isVisibleTo(self) else ""]
        return "\n".join(p for p in (*parts, self.facts.text()) if p)
