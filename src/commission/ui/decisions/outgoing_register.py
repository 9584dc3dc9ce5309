"""The outgoing-letters register's window: every letter the secretariat numbered (reminders,
letters to agencies' heads, submissions to the akim) with the decisions it concerns, filtered by
period, agency and kind; a letter opens as a Word file made again from the register, and the
list is saved as .xlsx.

Opened from the decisions area's toolbar (``outgoing_register_button``).
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
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

from commission.domain.enums import LadderStep
from commission.services import agencies, outgoing_register
from commission.services.outgoing_register import OutgoingRow
from commission.ui.admin.forms import from_qdate, make_date_edit
from commission.ui.context import AppContext
from commission.ui.decisions.ladder_box import document_language, open_letter, step_label
from commission.ui.export_worker import ExportWorker
from commission.ui.labels import shown_name

_LETTER_KINDS = (LadderStep.REMINDER, LadderStep.HEAD_LETTER, LadderStep.AKIM)


_ID_ROLE = Qt.ItemDataRole.UserRole
_SORT_ROLE = Qt.ItemDataRole.UserRole + 1


def _day(value: date) -> str:
    return value.strftime("%d.%m.%Y")


class _Item(QTableWidgetItem):
    """A cell that sorts by its key (a date by the day, a number «12-17/9» by its sequence)."""

    def __lt__(self, other: QTableWidgetItem) -> bool:
        mine, theirs = self.data(_SORT_ROLE), other.data(_SORT_ROLE)
        if mine is not None and theirs is not None:
            return bool(mine < theirs)
        return super().__lt__(other)


class OutgoingRegisterDialog(QDialog):
    """The register's list with its filters.

    Attributes:
        rows: the letters shown, newest first.
        opened: the file last opened; exporter: the last export started.
    """

    def __init__(
        self,
        ctx: AppContext,
        parent: QWidget | None = None,
        *,
        clock: Callable[[], date] = date.today,
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self._clock = clock
        self.rows: list[OutgoingRow] = []
        self.opened: Path | None = None
        self.exporter: ExportWorker | None = None
        self.setWindowTitle(self.tr("Outgoing letters"))
        self.resize(1100, 640)
        today = clock()
        self.date_from = make_date_edit(date(today.year, 1, 1))
        self.date_to = make_date_edit(today)
        self.agency = QComboBox()
        self.agency.addItem(self.tr("All agencies"), None)
        known = ctx.run(self, lambda: agencies.list_agencies(ctx.db, ctx.actor)) or []
        for a in known:
            self.agency.addItem(shown_name(a.short_name_ru or a.name_ru, a.short_name_kk), a.id)
        self.kind = QComboBox()
        self.kind.addItem(self.tr("All kinds"), None)
        for kind in _LETTER_KINDS:
            self.kind.addItem(step_label(kind), kind.value)
        filters = QHBoxLayout()
        for caption, widget in (
            (self.tr("&From:"), self.date_from),
            (self.tr("&To:"), self.date_to),
            (self.tr("&Agency:"), self.agency),
            (self.tr("&Kind:"), self.kind),
        ):
            label = QLabel(caption)
            label.setBuddy(widget)
            filters.addWidget(label)
            filters.addWidget(widget)
        filters.addStretch(1)
        self.table = QTableWidget(0, 7)
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Outgoing No."),
                self.tr("Date"),
                self.tr("Kind"),
                self.tr("Agency"),
                self.tr("Decisions"),
                self.tr("Cites No."),
                self.tr("Signed by"),
            ]
        )
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().hide()
        self.table.setSortingEnabled(True)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        self.open_button = QPushButton(self.tr("&Open the letter"))
        self.export_button = QPushButton(self.tr("&Save as .xlsx…"))
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.buttons.addButton(self.open_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.buttons.addButton(self.export_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(filters)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.buttons)
        for edit in (self.date_from, self.date_to):
            edit.dateChanged.connect(lambda _d: self.reload())
        for combo in (self.agency, self.kind):
            combo.currentIndexChanged.connect(lambda _i: self.reload())
        self.table.itemSelectionChanged.connect(self._update_buttons)
        self.table.activated.connect(lambda _index: self.open_selected())
        self.open_button.clicked.connect(lambda: self.open_selected())
        self.export_button.clicked.connect(lambda: self.export())
        ctx.changes.sig_changed.connect(self._changed)
        self.reload()

    def _changed(self, table: str) -> None:
        if table == "outgoing_letters":
            self.reload()

    def reload(self) -> None:
        ctx = self.ctx
        kind, agency_id = self.kind.currentData(), self.agency.currentData()
        start, end = from_qdate(self.date_from.date()), from_qdate(self.date_to.date())
        rows = ctx.run(
            self,
            lambda: outgoing_register.outgoing_letters(
                ctx.db,
                ctx.actor,
                date_from=start,
                date_to=end,
                agency_id=None if agency_id is None else int(agency_id),
                kinds=None if kind is None else (LadderStep(kind),),
            ),
        )
        self.rows = rows or []
        self.table.setSortingEnabled(False)
        self.table.setRowCount(len(self.rows))
        for r, row in enumerate(self.rows):
            cells = [
                row.number,
                _day(row.sent_on),
                step_label(row.kind),
                shown_name(row.agency.ru, row.agency.kk),
                "; ".join(row.decisions),
                row.cites or "",
                row.signed_by or "",
            ]
            keys: dict[int, object] = {
                0: (row.sent_on.year, row.number.rpartition("/")[2].zfill(8)),
                1: row.sent_on.isoformat(),
            }
            for c, text in enumerate(cells):
                item = _Item(text)
                item.setToolTip(text)
                item.setData(_ID_ROLE, row.id)  # the letter, whatever the sort
                if c in keys:
                    item.setData(_SORT_ROLE, keys[c])
                self.table.setItem(r, c, item)
        self.table.setSortingEnabled(True)
        self.table.resizeColumnsToContents()
        if self.rows:
            self.table.selectRow(0)
        self._update_buttons()

    def selected_id(self) -> int | None:
        row = self.table.currentRow()
        item = self.table.item(row, 0) if row >= 0 else None
        return int(item.data(_ID_ROLE)) if item is not None else None

    def _update_buttons(self) -> None:
        self.open_button.setEnabled(self.selected_id() is not None)
        self.export_button.setEnabled(bool(self.rows))

    def open_selected(self) -> Path | None:
        letter_id = self.selected_id()
        if letter_id is None:
            return None
        self.opened = open_letter(self.ctx, self, letter_id)
        return self.opened

    def export(self, path: Path | None = None) -> ExportWorker | None:
        """Save the letters shown as .xlsx (asked where when ``path`` is ``None``)."""
        from commission.ui.decisions.register_actions import ask_xlsx_path, start_export

        day = self._clock()
        if path is None:
            name = self.tr("Outgoing_letters_{date}").format(date=day.isoformat())
            path = ask_xlsx_path(self, self.tr("Save the register of outgoing letters"), name)
            if path is None:
                return None
        # Imported on use: openpyxl must not load before the window's first paint.
        from commission.exports.outgoing_register_xlsx import outgoing_register_xlsx

        rows, language = list(self.rows), document_language(self.ctx)
        self.exporter = start_export(
            self.ctx,
            self,
            self.tr("Saving the register of outgoing letters…"),
            lambda: outgoing_register_xlsx(rows, day, language),
            path,
        )
        return self.exporter


class OutgoingRegisterButton(QPushButton):
    """The toolbar button that opens the register's window (one line in the area).

    Attributes:
        dialog: the window last opened.
    """

    def __init__(
        self, ctx: AppContext, parent: QWidget | None = None, clock: Callable[[], date] = date.today
    ) -> None:
        super().__init__(
            QCoreApplication.translate("OutgoingRegisterDialog", "Outgoing letters…"), parent
        )
        self.ctx = ctx
        self._clock = clock
        self.dialog: OutgoingRegisterDialog | None = None
        self.clicked.connect(lambda: self.show_register())

    def show_register(self) -> OutgoingRegisterDialog:
        dialog = OutgoingRegisterDialog(self.ctx, self.window(), clock=self._clock)
        dialog.finished.connect(dialog.deleteLater)
        self.dialog = dialog
        dialog.open()
        return dialog
