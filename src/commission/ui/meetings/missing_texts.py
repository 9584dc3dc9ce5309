"""Texts typed in one language only: the list a user sees before a document would print them in
the other language, and the meeting page's count of how complete each language is.

«Fill in» goes to the field (the page opens its editor); «Export anyway» writes the document
with the other language's text where one is missing, as the document writers do.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from commission.documents import completeness as codes
from commission.documents.completeness import Completeness, MissingText
from commission.ui.bilingual import language_name

PREVIEW_CHARS = 160


def field_label(field: str) -> str:
    """The field's name as the editors call it."""

    labels = {
        codes.PLACE: QCoreApplication.translate("MissingTexts", "Place"),
        codes.CONTROL_ASSIGNED_TO: QCoreApplication.translate(
            "MissingTexts", "Control of execution assigned to"
        ),
        codes.ITEM_TITLE: QCoreApplication.translate("MissingTexts", "Question"),
        codes.ITEM_SPEAKERS: QCoreApplication.translate("MissingTexts", "Speakers"),
        codes.HEARD_SPEAKER: QCoreApplication.translate("MissingTexts", "Heard: reported by"),
        codes.HEARD_SUMMARY: QCoreApplication.translate("MissingTexts", "Heard: summary"),
        codes.DISCUSSION_SPEAKER: QCoreApplication.translate("MissingTexts", "Spoke: speaker"),
        codes.DISCUSSION_SUMMARY: QCoreApplication.translate("MissingTexts", "Spoke: summary"),
        codes.DECISION_TEXT: QCoreApplication.translate("MissingTexts", "Decision text"),
        codes.ABSENCE_REASON: QCoreApplication.translate("MissingTexts", "Reason of absence"),
        codes.SUBSTITUTE_POSITION: QCoreApplication.translate(
            "MissingTexts", "Substitute's position"
        ),
        codes.GUEST_POSITION: QCoreApplication.translate("MissingTexts", "Guest's position"),
        codes.MEMBER_POSITION: QCoreApplication.translate("MissingTexts", "Member's position"),
        codes.PLAN_QUESTION: QCoreApplication.translate("MissingTexts", "Question of the plan"),
        codes.PLAN_SPEAKER: QCoreApplication.translate("MissingTexts", "Speaker"),
        codes.MEASURE_ACTION: QCoreApplication.translate("MissingTexts", "Measure"),
        codes.MEASURE_OUTCOME: QCoreApplication.translate("MissingTexts", "Outcome of the measure"),
    }
    return labels.get(field, field)


def where_label(missing: MissingText, *, plan: bool = False) -> str:
    """Where the text is: «Item 2», «Point 2.1», a person, a quarter of the plan, or the
    meeting itself."""

    if missing.decision_number:
        return QCoreApplication.translate("MissingTexts", "Point {number}").format(
            number=missing.decision_number
        )
    if missing.person:
        return missing.person
    if missing.item_number is not None:
        if plan:
            return QCoreApplication.translate("MissingTexts", "Quarter {number}").format(
                number=missing.item_number
            )
        return QCoreApplication.translate("MissingTexts", "Item {number}").format(
            number=missing.item_number
        )
    return QCoreApplication.translate("MissingTexts", "Meeting")


def missing_title(language: str) -> str:
    if language == "kk":
        return QCoreApplication.translate("MissingTexts", "Texts without Kazakh")
    return QCoreApplication.translate("MissingTexts", "Texts without Russian")


def count_text(found: Completeness) -> str:
    """«Kazakh: 34 / 40 texts»."""
    text = QCoreApplication.translate("MissingTexts", "{language}: {filled} / {total} texts")
    return text.format(
        language=language_name(found.language), filled=found.filled, total=found.total
    )


class MissingTextsDialog(QDialog):
    """The texts a document in ``found.language`` would borrow from the other language.

    With ``for_export`` it asks before writing: accepted means «Export anyway». Otherwise it
    is the meeting page's list, with «Fill in» only.

    Signals:
        sig_fill(object): the user chose to fill this ``MissingText`` (the dialog closes).
    """

    sig_fill = Signal(object)

    def __init__(
        self,
        found: Completeness,
        parent: QWidget | None = None,
        *,
        for_export: bool = True,
        plan: bool = False,
    ) -> None:
        super().__init__(parent)
        self.found = found
        self.setWindowTitle(missing_title(found.language))
        # Whole sentences per language: the languages' names decline in Russian and Kazakh.
        kazakh_missing = found.language == "kk"
        if for_export and kazakh_missing:
            intro = self.tr(
                "These texts have no Kazakh version: the document will print them in Russian. "
                "Fill them in, or export the document as it is."
            )
        elif for_export:
            intro = self.tr(
                "These texts have no Russian version: the document will print them in Kazakh. "
                "Fill them in, or export the document as it is."
            )
        elif kazakh_missing:
            intro = self.tr(
                "These texts have no Kazakh version; documents in Kazakh print them in Russian."
            )
        else:
            intro = self.tr(
                "These texts have no Russian version; documents in Russian print them in Kazakh."
            )
        self.intro = QLabel(intro)
        self.intro.setWordWrap(True)
        self.table = QTableWidget(len(found.missing), 3)
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Where"),
                self.tr("Field"),
                self.tr("Text in Russian") if kazakh_missing else self.tr("Text in Kazakh"),
            ]
        )
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        for row, missing in enumerate(found.missing):
            text = " ".join(missing.text.split())
            shown = text if len(text) <= PREVIEW_CHARS else text[: PREVIEW_CHARS - 1] + "…"
            cells = (where_label(missing, plan=plan), field_label(missing.field), shown)
            for column, cell in enumerate(cells):
                item = QTableWidgetItem(cell)
                item.setToolTip(missing.text if column == 2 else cell)
                self.table.setItem(row, column, item)
        self.table.resizeColumnsToContents()
        self.table.setColumnWidth(1, max(self.table.columnWidth(1), 160))
        if found.missing:
            self.table.selectRow(0)
        self.table.cellActivated.connect(lambda _row, _column: self.fill())

        self.fill_button = QPushButton(self.tr("&Fill in"))
        self.fill_button.clicked.connect(self.fill)
        self.export_button = QPushButton(self.tr("&Export anyway"))
        self.export_button.clicked.connect(self.accept)
        self.buttons = QDialogButtonBox()
        self.buttons.addButton(self.fill_button, QDialogButtonBox.ButtonRole.ActionRole)
        if for_export:
            self.buttons.addButton(self.export_button, QDialogButtonBox.ButtonRole.AcceptRole)
            self.cancel_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        else:
            self.export_button.hide()
            self.cancel_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Close)
        # Named here, not by Qt's own translations, so that every word is the interface's.
        self.cancel_button.setText(self.tr("Cancel") if for_export else self.tr("Close"))
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.buttons)
        self.setMinimumSize(760, 360)
        self.fill_button.setDefault(True)

    def chosen(self) -> MissingText | None:
        row = self.table.currentRow()
        return self.found.missing[row] if 0 <= row < len(self.found.missing) else None

    def fill(self) -> None:
        chosen = self.chosen()
        if chosen is None:
            return
        self.reject()
        self.sig_fill.emit(chosen)


class CompletenessBar(QWidget):
    """«Kazakh: 34 / 40 texts · Russian: 40 / 40 texts [Texts to fill in…]» on the meeting page.

    Signals:
        sig_fill(object, str): fill this ``MissingText`` in this language.
    """

    sig_fill = Signal(object, str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.found: dict[str, Completeness] = {}
        self.label = QLabel()
        self.list_button = QPushButton(self.tr("Texts to &fill in…"))
        self.list_button.clicked.connect(self.open_list)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.label)
        layout.addWidget(self.list_button)
        layout.addStretch(1)
        self.dialog: MissingTextsDialog | None = None

    def show_completeness(self, found: list[Completeness]) -> None:
        self.found = {c.language: c for c in found}
        self.label.setText("   ·   ".join(count_text(c) for c in found))
        self.list_button.setEnabled(any(not c.complete for c in found))

    def open_list(self) -> MissingTextsDialog | None:
        """The missing texts of the least complete language (Kazakh first on a tie)."""
        incomplete = [c for c in self.found.values() if not c.complete]
        if not incomplete:
            return None
        found = max(incomplete, key=lambda c: (len(c.missing), c.language == "kk"))
        dialog = MissingTextsDialog(found, self, for_export=False)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.sig_fill.connect(lambda m: self.sig_fill.emit(m, found.language))
        dialog.open()
        self.dialog = dialog
        return dialog


def ask_before_export(
    parent: QWidget,
    found: Completeness,
    export: Callable[[], object],
    fill: Callable[[MissingText, str], object],
    *,
    plan: bool = False,
) -> MissingTextsDialog | None:
    """The list of missing texts before a document is written (shown with ``open()``):
    «Export anyway» calls ``export``, «Fill in» ``fill``. None when nothing is missing."""
    if found.complete:
        return None
    dialog = MissingTextsDialog(found, parent, plan=plan)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.accepted.connect(export)
    dialog.sig_fill.connect(lambda missing: fill(missing, found.language))
    dialog.open()
    return dialog
