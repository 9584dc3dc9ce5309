"""«New case…»: the officer finds the client by a few letters of the name or the IIN and opens
a draft programme for him."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QLineEdit, QListWidget, QListWidgetItem, QPlainTextEdit, QWidget

from commission.domain.messages import QT_TRANSLATE_NOOP
from commission.services import cases, registers
from commission.services.errors import InvalidInput
from commission.ui.admin.forms import FormDialog, from_qdate, make_date_edit, text_of
from commission.ui.cases.labels import day_text
from commission.ui.context import AppContext
from commission.ui.labels import reading_as_shown

SEARCH_DELAY_MS = 250
MAX_SHOWN = 50


class NewCaseDialog(FormDialog):
    """Opens a draft case for a client chosen by search.

    Attributes:
        case_id: the new case's id once saved.
    """

    def __init__(self, ctx: AppContext, today: date, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.setWindowTitle(self.tr("New case"))
        self.case_id: int | None = None
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("A few letters of the surname, or the IIN"))
        self.search.setClearButtonEnabled(True)
        self.results = QListWidget()
        self.results.setMinimumHeight(160)
        # Room for «Surname Given Patronymic, born dd.mm.yyyy, IIN 12 digits» on one line.
        self.results.setMinimumWidth(self.fontMetrics().horizontalAdvance("М" * 30 + "0" * 34))
        self.opened = make_date_edit(today)
        self.notes = QPlainTextEdit()
        self.notes.setTabChangesFocus(True)
        self.notes.setMaximumHeight(90)
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(SEARCH_DELAY_MS)
        self.add_row("search", self.tr("&Find the client:"), self.search)
        self.add_row("client_id", self.tr("C&lient:"), self.results)
        self.add_row("opened_on", self.tr("&Opened on:"), self.opened)
        self.add_row("assessment_notes", self.tr("&Assessment notes:"), self.notes)
        self.finish_form()
        self.search.textChanged.connect(self.timer.start)
        self.search.returnPressed.connect(self.find_clients)
        self.timer.timeout.connect(self.find_clients)
        self.results.itemDoubleClicked.connect(lambda _item: self.accept())

    def find_clients(self) -> int:
        """Show the clients matching the search text; returns how many are shown."""
        self.timer.stop()
        ctx = self.ctx
        text = self.search.text()
        self.results.clear()
        if not text.strip():
            return 0
        ids = ctx.run(self, lambda: registers.client_ids(ctx.db, ctx.actor, text)) or []
        rows = ctx.run(
            self,
            lambda: registers.client_rows(ctx.db, reading_as_shown(ctx.actor), ids[:MAX_SHOWN]),
        )
        for row in rows or []:
            item = QListWidgetItem(
                self.tr("{name}, born {born}, IIN {iin}").format(
                    name=row.full_name, born=day_text(row.birth_date), iin=row.iin
                )
            )
            item.setData(Qt.ItemDataRole.UserRole, row.id)
            item.setToolTip(item.text())
            self.results.addItem(item)
        if self.results.count():
            self.results.setCurrentRow(0)
        return self.results.count()

    def chosen_client(self) -> int | None:
        item = self.results.currentItem()
        return int(item.data(Qt.ItemDataRole.UserRole)) if item is not None else None

    def save(self) -> None:
        client_id = self.chosen_client()
        if client_id is None:
            raise InvalidInput(
                QT_TRANSLATE_NOOP("Errors", "Find the client and choose him in the list."),
                "search",
            )
        self.case_id = cases.open_case(
            self.ctx.db,
            self.ctx.actor,
            client_id,
            from_qdate(self.opened.date()),
            text_of(self.notes),
        )
        self.ctx.changes.sig_changed.emit("cases")
