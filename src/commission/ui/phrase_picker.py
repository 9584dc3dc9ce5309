"""A button beside a decision's text: choosing a standard phrase fills both languages."""

from __future__ import annotations

from PySide6.QtCore import QDate, Signal
from PySide6.QtWidgets import (
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QMenu,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from commission.db.engine import Database
from commission.documents.phrasebook import PhraseUse, placeholders
from commission.domain.enums import DecisionKind
from commission.domain.messages import UserError
from commission.i18n import current_language
from commission.services import phrase_book
from commission.services.context import Actor
from commission.services.phrase_book import PhraseView


class PhrasePicker(QToolButton):
    """A menu of the phrase book's active phrases for the decision's kind.

    Signals:
        chosen(str, str): the phrase's Russian and Kazakh text, ``{date}`` filled in.
    """

    chosen = Signal(str, str)

    def __init__(self, db: Database, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.actor = actor
        self.decision_kind: DecisionKind | None = None
        self.setText(self.tr("Phrases"))
        self.setToolTip(self.tr("Insert a standard phrase in both languages"))
        self.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.menu_ = QMenu(self)
        self.menu_.aboutToShow.connect(self.reload)
        self.setMenu(self.menu_)

    def set_decision_kind(self, kind: DecisionKind | None) -> None:
        """Offer the phrases of ``kind`` and those for any decision; ``None``: all of them."""
        self.decision_kind = kind

    def phrases(self) -> list[PhraseView]:
        """The phrases the menu offers, read afresh (the administrator may have changed them)."""
        try:
            views = phrase_book.list_phrases(self.db, self.actor)
        except UserError:
            return []
        kind = self.decision_kind
        return [
            v
            for v in views
            if v.use is PhraseUse.DECISION
            and (kind is None or v.decision_kind is None or v.decision_kind is kind)
        ]

    def reload(self) -> None:
        self.menu_.clear()
        shown = self.phrases()
        language = "kk" if current_language() == "kk" else "ru"
        for phrase in shown:
            label = phrase.text.get(language).replace("&", "&&")
            action = self.menu_.addAction(label if len(label) <= 90 else label[:89] + "…")
            action.setToolTip(f"{phrase.text.ru}\n{phrase.text.kk}")
            action.triggered.connect(lambda _=False, p=phrase: self.choose(p))
        if not shown:
            empty = self.menu_.addAction(self.tr("No phrases for this kind of decision"))
            empty.setEnabled(False)

    def choose(self, phrase: PhraseView, day: QDate | None = None) -> None:
        """Emit the phrase's texts; a phrase with a {date} asks for the date first."""
        values: dict[str, str] = {}
        if "date" in placeholders(phrase.text.ru) | placeholders(phrase.text.kk):
            if day is None:
                day = self._ask_date()
            if day is None:
                return
            values["date"] = day.toString("dd.MM.yyyy")
        text = phrase_book.fill_phrase(phrase, **values)
        self.chosen.emit(text.ru, text.kk)

    def _ask_date(self) -> QDate | None:
        dialog = QDialog(self)
        dialog.setWindowTitle(self.tr("New term"))
        edit = QDateEdit(QDate.currentDate(), dialog)
        edit.setCalendarPopup(True)
        edit.setDisplayFormat("dd.MM.yyyy")
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, dialog
        )
        buttons.accepted.connect(dialog.accept)
        buttons.rejected.connect(dialog.reject)
        layout = QVBoxLayout(dialog)
        layout.addWidget(edit)
        layout.addWidget(buttons)
        self.date_dialog = dialog  # for tests
        self.date_edit = edit
        accepted = dialog.exec() == QDialog.DialogCode.Accepted
        return edit.date() if accepted else None
