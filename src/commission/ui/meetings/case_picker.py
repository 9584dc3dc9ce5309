"""Linking a probation client's case to an agenda item, found by number or surname.

The secretary sees only the case number and the client's initials («№ 14/2026 — Б-ов Н. К.»):
the minutes go to a dozen agencies and must not identify the person.
"""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import (
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QWidget,
)

from commission.domain.messages import UserError
from commission.services import agenda
from commission.services.agenda import AgendaItemView, CaseLinkView
from commission.ui.admin.forms import FormDialog
from commission.ui.context import AppContext
from commission.ui.meetings.record_labels import case_link_label

SEARCH_DELAY_MS = 300
CASE_ROLE = Qt.ItemDataRole.UserRole


class CasePicker(FormDialog):
    """Search open cases as you type; Save links the chosen one to the item.

    Attributes:
        saved: the agenda item as stored after linking.
    """

    def __init__(
        self,
        ctx: AppContext,
        item_id: int,
        linked: Iterable[int] = (),
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(ctx, parent)
        self.item_id = item_id
        self.linked = set(linked)
        self.saved: AgendaItemView | None = None
        self.choices: list[CaseLinkView] = []
        self.setWindowTitle(self.tr("Link a client's case"))
        self.set_intro(
            self.tr(
                "Find an open case by its number or by the first letters of the client's "
                "surname. The agenda and the minutes show only the case number and the "
                "initials."
            )
        )
        self.search = QLineEdit()
        self.search.setClearButtonEnabled(True)
        self.search.setPlaceholderText(
            self.tr("A case number such as 14/2026, or the first letters of a surname")
        )
        self.search.setMinimumWidth(360)
        self.results = QListWidget()
        self.results.setMinimumHeight(220)
        self.results.itemActivated.connect(lambda _item: self.accept())
        self.status = QLabel()
        self.status.setWordWrap(True)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(SEARCH_DELAY_MS)
        self._timer.timeout.connect(self.search_now)
        self.search.textChanged.connect(lambda _text: self._timer.start())
        self.add_row("search", self.tr("&Find:"), self.search)
        self.add_row("case_id", self.tr("&Cases:"), self.results)
        self.form.addRow("", self.status)
        save = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        if save is not None:
            save.setText(self.tr("&Link"))
        self.finish_form()
        self.search_now()

    def search_now(self) -> None:
        """Ask the register for the cases matching the search (the timer calls it as you type)."""
        self._timer.stop()
        ctx, text = self.ctx, self.search.text()
        found = ctx.run(self, lambda: agenda.case_choices(ctx.db, ctx.actor, text))
        self.choices = found or []
        self.results.clear()
        for choice in self.choices:
            label = case_link_label(choice.case_number, choice.label)
            if choice.case_id in self.linked:
                label = self.tr("{case} (already linked)").format(case=label)
            entry = QListWidgetItem(label)
            entry.setData(CASE_ROLE, choice.case_id)
            if choice.case_id in self.linked:
                entry.setFlags(entry.flags() & ~Qt.ItemFlag.ItemIsEnabled)
            self.results.addItem(entry)
        for row in range(self.results.count()):
            entry = self.results.item(row)
            if entry.flags() & Qt.ItemFlag.ItemIsEnabled:
                self.results.setCurrentRow(row)
                break
        if not self.choices:
            self.status.setText(self.tr("No open case matches the search."))
        else:
            self.status.setText(self.tr("%n open case(s) found.", "", len(self.choices)))

    def labels(self) -> list[str]:
        return [self.results.item(row).text() for row in range(self.results.count())]

    def choose(self, case_id: int) -> bool:
        for row in range(self.results.count()):
            if self.results.item(row).data(CASE_ROLE) == case_id:
                self.results.setCurrentRow(row)
                return True
        return False

    def save(self) -> None:
        current = self.results.currentItem()
        if current is None or not current.flags() & Qt.ItemFlag.ItemIsEnabled:
            raise UserError(self.tr("Choose a case in the list."))
        case_id = int(current.data(CASE_ROLE))
        ctx = self.ctx
        self.saved = agenda.link_case(ctx.db, ctx.actor, self.item_id, case_id)
        ctx.changes.sig_changed.emit("agenda_items")
