"""The phrase book: the standard phrases in Russian and Kazakh, which the administrator corrects.

A secretary picks a phrase beside a decision's text (``ui.phrase_picker``) and gets both
languages at once; the minutes print the corrected note, removal and extension sentences.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from commission.documents.phrasebook import PhraseUse
from commission.domain.enums import DecisionKind
from commission.domain.permissions import Permission
from commission.services import phrase_book
from commission.services.phrase_book import PhraseView
from commission.ui.admin.base import AdminTab
from commission.ui.admin.forms import FormDialog, select_data
from commission.ui.admin.tables import Column, RecordTable, RowsModel
from commission.ui.context import AppContext
from commission.ui.overview_labels import decision_kind_label

TABLE = "phrases"


def phrase_purpose(phrase: PhraseView) -> str:
    """What the phrase is for: its decision kind, or the place the documents put it."""
    if phrase.use is PhraseUse.SENTENCE:
        sentence = QCoreApplication.translate("PhraseBook", "{kind}: the sentence of the minutes")
        kind = decision_kind_label(phrase.decision_kind) if phrase.decision_kind else ""
        return sentence.format(kind=kind)
    if phrase.use is PhraseUse.CONTROL:
        return QCoreApplication.translate("PhraseBook", "Control of execution assigned to")
    if phrase.use is PhraseUse.TITLE:
        return QCoreApplication.translate("PhraseBook", "Title of the standing item")
    if phrase.decision_kind is None:
        return QCoreApplication.translate("PhraseBook", "Any decision")
    return decision_kind_label(phrase.decision_kind)


def phrase_state(phrase: PhraseView) -> str:
    if not phrase.is_active:
        return QCoreApplication.translate("PhraseBook", "hidden")
    if phrase.default is None:
        return QCoreApplication.translate("PhraseBook", "added")
    if phrase.is_edited:
        return QCoreApplication.translate("PhraseBook", "changed")
    return QCoreApplication.translate("PhraseBook", "as shipped")


class PhraseModel(RowsModel[PhraseView]):
    def make_columns(self) -> list[Column[PhraseView]]:
        return [
            Column(self.tr("For"), phrase_purpose),
            Column(self.tr("Russian"), lambda p: p.text.ru),
            Column(self.tr("Kazakh"), lambda p: p.text.kk),
            Column(self.tr("State"), phrase_state),
        ]

    def key_of(self, row: PhraseView) -> str:
        return row.key

    def is_dimmed(self, row: PhraseView) -> bool:
        return not row.is_active


def _text_edit() -> QPlainTextEdit:
    edit = QPlainTextEdit()
    edit.setTabChangesFocus(True)
    edit.setFixedHeight(edit.fontMetrics().lineSpacing() * 4 + 12)
    return edit


class PhraseDialog(FormDialog):
    """One phrase in both languages, changed or added.

    Attributes:
        saved: the phrase as stored, once saved.
    """

    def __init__(
        self, ctx: AppContext, shown: PhraseView | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(ctx, parent)
        self.shown = shown
        self.saved: PhraseView | None = None
        self.setWindowTitle(self.tr("Change a phrase") if shown else self.tr("Add a phrase"))
        self.set_intro(
            self.tr(
                "Type the phrase in both languages: choosing it fills the Russian and the Kazakh "
                "text at once. Words in braces, such as {date}, are filled in by the program."
            )
        )
        self.kind = QComboBox()
        self.kind.addItem(self.tr("Any decision"), None)
        for kind in DecisionKind:
            self.kind.addItem(decision_kind_label(kind), kind.value)
        self.text_ru = _text_edit()
        self.text_kk = _text_edit()
        if shown is None:
            self.add_row("decision_kind", self.tr("&Decision kind:"), self.kind)
        self.add_row("text_ru", self.tr("&Russian:"), self.text_ru)
        self.add_row("text_kk", self.tr("&Kazakh:"), self.text_kk)
        if shown is not None:
            self.text_ru.setPlainText(shown.text.ru)
            self.text_kk.setPlainText(shown.text.kk)
            if shown.default is not None:
                self.default_label = QLabel(
                    self.tr("As shipped: «{ru}» / «{kk}»").format(
                        ru=shown.default.ru, kk=shown.default.kk
                    )
                )
                self.default_label.setWordWrap(True)
                self.default_label.setTextInteractionFlags(
                    Qt.TextInteractionFlag.TextSelectableByMouse
                )
                self.form.addRow("", self.default_label)
        self.finish_form()

    def save(self) -> None:
        db, actor = self.ctx.db, self.ctx.actor
        ru, kk = self.text_ru.toPlainText(), self.text_kk.toPlainText()
        if self.shown is None:
            data = self.kind.currentData()
            kind = DecisionKind(data) if data else None
            self.saved = phrase_book.add_phrase(db, actor, ru, kk, kind)
        else:
            shown = self.shown
            self.saved = phrase_book.save_phrase(db, actor, shown.key, shown.version, ru, kk)
        self.ctx.changes.sig_changed.emit(TABLE)

    def select_kind(self, kind: DecisionKind | None) -> None:
        select_data(self.kind, kind.value if kind else None)


class PhraseBookTab(AdminTab):
    """The phrase book, which the administrator corrects, extends, hides from and resets."""

    tables = frozenset({TABLE})

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.can_edit = ctx.actor.can(Permission.EDIT_SETTINGS)
        explanation = QLabel(
            self.tr(
                "Standard phrases of decisions and minutes in Russian and Kazakh. Choosing one "
                "beside a decision's text fills both languages; the minutes print the note, "
                "removal and extension sentences as corrected here."
            )
        )
        explanation.setWordWrap(True)
        self.add_button = QPushButton(self.tr("&Add phrase…"))
        self.change_button = QPushButton(self.tr("&Change…"))
        self.active_button = QPushButton(self.tr("&Hide"))
        self.reset_button = QPushButton(self.tr("&Reset to shipped"))
        self.add_button.clicked.connect(lambda: self.open_dialog(None))
        self.change_button.clicked.connect(self.change_current)
        self.active_button.clicked.connect(self.toggle_current)
        self.reset_button.clicked.connect(self.reset_current)
        buttons = (self.add_button, self.change_button, self.active_button, self.reset_button)
        for button in buttons:
            button.setVisible(self.can_edit)
        self.model = PhraseModel()
        self.table: RecordTable[PhraseView] = RecordTable(
            self.model, stretch_column=1, name="phrase_book"
        )
        self.table.sig_activated.connect(self.change_current)
        self.table.set_row_buttons(
            (self.change_button, "edit"),
            (self.active_button, "hide"),
            (self.reset_button, "reset"),
        )
        self.table.sig_selection_changed.connect(self._update_buttons)
        bar = QHBoxLayout()
        bar.addStretch(1)
        for button in buttons:
            bar.addWidget(button)
        layout = QVBoxLayout(self)
        layout.addWidget(explanation)
        layout.addLayout(bar)
        layout.addWidget(self.table, 1)
        self._update_buttons()

    def reload(self) -> None:
        ctx = self.ctx
        rows = ctx.run(
            self, lambda: phrase_book.list_phrases(ctx.db, ctx.actor, include_inactive=True)
        )
        if rows is not None:
            self.table.set_rows(rows)
        self._update_buttons()

    def _update_buttons(self) -> None:
        current = self.table.current()
        self.change_button.setEnabled(self.can_edit and current is not None)
        self.active_button.setEnabled(self.can_edit and current is not None)
        self.active_button.setText(
            self.tr("&Show") if current is not None and not current.is_active else self.tr("&Hide")
        )
        resettable = current is not None and current.default is not None and current.version > 0
        self.reset_button.setEnabled(self.can_edit and resettable)

    def change_current(self) -> None:
        current = self.table.current()
        if current is not None and self.can_edit:
            self.open_dialog(current)

    def open_dialog(self, shown: PhraseView | None) -> PhraseDialog | None:
        """Open (non-blocking) a phrase, or a blank one to add."""
        if not self.can_edit:
            return None
        dialog = PhraseDialog(self.ctx, shown, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(
            lambda: dialog.saved is not None and self.table.select_key(dialog.saved.key)
        )
        dialog.open()
        return dialog

    def _apply(self, change: str) -> None:
        current = self.table.current()
        if current is None or not self.can_edit:
            return
        ctx = self.ctx

        def run() -> PhraseView:
            if change == "reset":
                return phrase_book.reset_phrase(ctx.db, ctx.actor, current.key, current.version)
            return phrase_book.set_phrase_active(
                ctx.db, ctx.actor, current.key, current.version, not current.is_active
            )

        if ctx.run(self, run) is not None:
            ctx.changes.sig_changed.emit(TABLE)
            self.table.select_key(current.key)

    def toggle_current(self) -> None:
        """Hide the selected phrase from the choice, or offer it again."""
        self._apply("active")

    def reset_current(self) -> None:
        """The selected phrase back to the words the program was shipped with."""
        self._apply("reset")
