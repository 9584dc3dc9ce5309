"""The meetings of a year: number, date, place, status and what was decided."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QModelIndex, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from commission.services import overview
from commission.services.overview import MeetingRow
from commission.ui.context import AppContext
from commission.ui.lazy_model import ChangeWatcher, LazyTableModel, setup_table
from commission.ui.overview_labels import meeting_kind_label, meeting_status_label

WATCHED_TABLES = ("meetings", "agenda_items", "decisions", "attendance")


class MeetingsArea(QWidget):
    """Signals:
    sig_open_meeting(int): the user asked to open a meeting (double click, Enter).
    """

    sig_open_meeting = Signal(int)

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
        self._loading = False

        self.year_combo = QComboBox()
        caption = QLabel(self.tr("Year:"))
        caption.setBuddy(self.year_combo)
        bar = QHBoxLayout()
        bar.addWidget(caption)
        bar.addWidget(self.year_combo)
        bar.addStretch(1)

        self.model: LazyTableModel[MeetingRow] = LazyTableModel(
            [
                self.tr("No."),
                self.tr("Date"),
                self.tr("Time"),
                self.tr("Place"),
                self.tr("Kind"),
                self.tr("Status"),
                self.tr("Agenda items"),
                self.tr("Decisions"),
                self.tr("Present"),
            ],
            self._no_fetch,
            self._values,
            self,
        )
        self.table = QTableView()
        self.table.setModel(self.model)
        setup_table(self.table, (5, 10, 6, 36, 14, 22, 6, 6, 6), stretch=3)
        self.status = QLabel()

        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.status)

        self.year_combo.currentIndexChanged.connect(self._year_changed)
        self.table.activated.connect(self._activated)
        self._watcher = ChangeWatcher(self, ctx.changes, WATCHED_TABLES, self.refresh)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self._watcher.shown()

    def refresh(self) -> None:
        """Reload the years and the meetings of the chosen one (this year at first)."""
        self._watcher.stale = False
        years = self.ctx.run(self, lambda: overview.meeting_years(self.ctx.db, self.ctx.actor))
        chosen = self.year_combo.currentData() if self.year_combo.count() else self._clock().year
        self._loading = True
        try:
            self.year_combo.clear()
            self.year_combo.addItem(self.tr("All years"), None)
            for year in years or []:
                self.year_combo.addItem(str(year), year)
            index = self.year_combo.findData(chosen)
            if index < 0:
                index = 1 if years else 0  # the latest year with meetings
            self.year_combo.setCurrentIndex(index)
        finally:
            self._loading = False
        self._reload()

    def selected_id(self) -> int | None:
        index = self.table.currentIndex()
        return self.model.id_at(index.row()) if index.isValid() else None

    def _year_changed(self) -> None:
        if not self._loading:
            self._reload()

    def _reload(self) -> None:
        year = self.year_combo.currentData()
        rows = self.ctx.run(self, lambda: overview.list_meetings(self.ctx.db, self.ctx.actor, year))
        self.model.set_rows(rows or [])
        self.status.setText(self.tr("%n meeting(s)", "", len(rows or [])))

    @staticmethod
    def _no_fetch(ids: list[int]) -> list[MeetingRow]:
        del ids  # every row is loaded by set_rows: a year has a handful of meetings
        return []

    def _values(self, row: MeetingRow) -> list[object]:
        return [
            row.number,
            row.meeting_date,
            row.start_time,
            row.place,
            meeting_kind_label(row.kind),
            meeting_status_label(row.status),
            row.agenda_items,
            row.decisions,
            row.present,
        ]

    def _activated(self, index: QModelIndex) -> None:
        ident = self.model.id_at(index.row())
        if ident is not None:
            self.sig_open_meeting.emit(ident)
