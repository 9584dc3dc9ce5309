"""«My cases»: the probation officer's start screen — my measures due soon and overdue, my cases
without a programme, my clients, and the clients lately transferred to my district from another.
Double click (or Enter) on a measure, a case or a client opens its card.

What is due is computed by ``services.officer_home`` with the working-day calendar, as for the
commission's decisions; the rows are tinted the same way.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QBrush, QColor, QResizeEvent, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from commission.domain.control import ComputedState
from commission.domain.permissions import Permission
from commission.services import officer_home
from commission.services.officer_home import OfficerHome
from commission.ui.cases.case_card import CaseCardDialog, open_case_card
from commission.ui.cases.case_forms import start_new_case, start_release_notice
from commission.ui.cases.labels import day_text, due_text, need_kind_label, state_background
from commission.ui.commands import button_actions
from commission.ui.context import AppContext
from commission.ui.labels import reading_as_shown
from commission.ui.lazy_model import ChangeWatcher
from commission.ui.overview_labels import client_category_label, programme_state_label

WATCHED_TABLES = (
    "cases",
    "measures",
    "case_events",
    "clients",
    "decisions",
    "control_points",
    "client_transfers",
)


# The text column (a measure's action) keeps at least this width and takes what the others
# leave up to its contents; the others are never wider than OTHER_COLUMN_MAX, so the due date and
# where the measure stands stay in sight at 1280 px (the table scrolls sideways below that).
TEXT_COLUMN_WIDTH = 240
OTHER_COLUMN_MAX = 200


class _Table(QTableWidget):
    """A read-only table whose text column gives up width when the window is narrower."""

    def __init__(self, headers: Sequence[str], stretch: int) -> None:
        super().__init__(0, len(headers))
        self.text_column = stretch
        self.text_width = TEXT_COLUMN_WIDTH  # the text column's width by its contents

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.share_width()

    def share_width(self) -> None:
        header = self.horizontalHeader()
        others = sum(
            header.sectionSize(c)
            for c in range(self.columnCount())
            if c != self.text_column and not header.isSectionHidden(c)
        )
        room = self.viewport().width() - others
        self.setColumnWidth(self.text_column, max(TEXT_COLUMN_WIDTH, min(self.text_width, room)))


def _table(headers: Sequence[str], stretch: int) -> QTableWidget:
    """A read-only table; column ``stretch`` holds the long text (see ``TEXT_COLUMN_WIDTH``)
    and the last column fills what is left."""
    table = _Table(headers, stretch)
    table.setHorizontalHeaderLabels(list(headers))
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setWordWrap(False)
    table.setTextElideMode(Qt.TextElideMode.ElideMiddle)  # the tooltip has the whole text
    table.verticalHeader().hide()
    header = table.horizontalHeader()
    header.setStretchLastSection(True)
    header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    return table


def _fill(
    table: QTableWidget,
    rows: Sequence[Sequence[str]],
    ids: Sequence[int | None],
    backgrounds: Sequence[QColor | None] = (),
) -> None:
    table.setRowCount(len(rows))
    for r, values in enumerate(rows):
        colour = backgrounds[r] if r < len(backgrounds) else None
        for c, value in enumerate(values):
            item = QTableWidgetItem(value)
            item.setToolTip(value)
            if c == 0:
                item.setData(Qt.ItemDataRole.UserRole, ids[r])
            if colour is not None:
                item.setBackground(QBrush(colour))
            table.setItem(r, c, item)
    assert isinstance(table, _Table)
    for c in range(table.columnCount()):
        table.resizeColumnToContents(c)
        if c == table.text_column:
            table.text_width = table.columnWidth(c)
        else:
            table.setColumnWidth(c, min(table.columnWidth(c), OTHER_COLUMN_MAX))
    table.share_width()


class OfficerHomeArea(QWidget):
    """The officer's own work, read by ``officer_home.officer_home``.

    Attributes:
        home: what was last read.
        card: the case card last opened from here.
        dialog: the form last opened («New case…», «Release notice…»).
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
        self.home: OfficerHome | None = None
        self.card: CaseCardDialog | None = None
        self.dialog: QDialog | None = None
        self.allowed = ctx.actor.can(Permission.EDIT_CASES)
        layout = QVBoxLayout(self)
        if not self.allowed:
            notice = QLabel(self.tr("This page is for probation officers."))
            notice.setAlignment(Qt.AlignmentFlag.AlignCenter)
            layout.addWidget(notice)
            return

        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.new_case_button = QPushButton(self.tr("&New case…"))
        self.notice_button = QPushButton(self.tr("&Release notice…"))
        bar = QHBoxLayout()
        bar.addWidget(self.summary, 1)
        bar.addWidget(self.new_case_button)
        bar.addWidget(self.notice_button)

        self.due_table = _table(
            [
                self.tr("Case No."),
                self.tr("Client"),
                self.tr("Kind of help"),
                self.tr("Action"),
                self.tr("Responsible agency"),
                self.tr("Due"),
                self.tr("Where it stands"),
            ],
            3,
        )
        self.drafts_table = _table(
            [
                self.tr("Case No."),
                self.tr("Client"),
                self.tr("Opened on"),
                self.tr("Programme"),
                self.tr("Open measures"),
            ],
            1,
        )
        self.clients_table = _table(
            [
                self.tr("Client"),
                self.tr("Birth date"),
                self.tr("IIN"),
                self.tr("Category"),
                self.tr("Registered on"),
                self.tr("Cases"),
            ],
            0,
        )
        self.arrived_table = _table(
            [
                self.tr("Client"),
                self.tr("Transferred from"),
                self.tr("Transferred on"),
                self.tr("Probation officer"),
            ],
            0,
        )
        self.arrived_box = QGroupBox(self.tr("New: transferred to my district"))
        arrived_layout = QVBoxLayout(self.arrived_box)
        arrived_layout.addWidget(self.arrived_table)
        self.arrived_box.hide()  # shown when someone has arrived
        self.due_box = QGroupBox(self.tr("My measures due soon and overdue"))
        self.drafts_box = QGroupBox(self.tr("My cases without a programme"))
        self.clients_box = QGroupBox(self.tr("My clients"))
        splitter = QSplitter(Qt.Orientation.Vertical)
        for box, table in (
            (self.due_box, self.due_table),
            (self.drafts_box, self.drafts_table),
            (self.clients_box, self.clients_table),
        ):
            box_layout = QVBoxLayout(box)
            box_layout.addWidget(table)
            splitter.addWidget(box)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        splitter.setStretchFactor(2, 2)
        layout.addLayout(bar)
        layout.addWidget(self.arrived_box)
        layout.addWidget(splitter, 1)
        QWidget.setTabOrder(self.new_case_button, self.notice_button)
        QWidget.setTabOrder(self.notice_button, self.due_table)
        QWidget.setTabOrder(self.due_table, self.drafts_table)
        QWidget.setTabOrder(self.drafts_table, self.clients_table)

        self.due_table.activated.connect(lambda index: self.open_due(index.row()))
        self.drafts_table.activated.connect(
            lambda index: self._open_row(self.drafts_table, index.row())
        )
        self.clients_table.activated.connect(lambda index: self.open_client(index.row()))
        self.arrived_table.activated.connect(
            lambda index: self.open_client(index.row(), self.arrived_table)
        )
        self.new_case_button.clicked.connect(lambda: self.new_case())
        self.notice_button.clicked.connect(lambda: self.release_notice())
        self._watcher = ChangeWatcher(self, ctx.changes, WATCHED_TABLES, self.refresh)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self.allowed:
            self._watcher.shown()

    def toolbar_actions(self) -> list[QAction]:
        """The toolbar's commands: these buttons' (ui.commands)."""
        return button_actions(
            self,
            (self.new_case_button, "new_case"),
            (self.notice_button, "notice"),
        )

    def refresh(self) -> None:
        if not self.allowed:
            return
        self._watcher.stale = False
        ctx = self.ctx
        home = ctx.run(
            self,
            lambda: officer_home.officer_home(ctx.db, reading_as_shown(ctx.actor), self._clock()),
        )
        if home is None:
            return
        self.home = home
        overdue = sum(1 for d in home.due if d.state is ComputedState.OVERDUE)
        self.summary.setText(
            self.tr(
                "Overdue measures: {overdue}. Due soon: {due_soon}. Cases without a programme: "
                "{drafts}. Clients: {clients}."
            ).format(
                overdue=overdue,
                due_soon=len(home.due) - overdue,
                drafts=len(home.without_programme),
                clients=len(home.clients),
            )
        )
        _fill(
            self.due_table,
            [
                [
                    d.case_number,
                    d.client_name,
                    need_kind_label(d.need_kind),
                    d.action,
                    d.agency or "",
                    day_text(d.due_date),
                    due_text(d) + (self.tr(" (commission's decision)") if d.escalated else ""),
                ]
                for d in home.due
            ],
            [d.case_id for d in home.due],
            [state_background(d.state) for d in home.due],
        )
        _fill(
            self.drafts_table,
            [
                [
                    c.number,
                    c.client_name,
                    day_text(c.opened_on),
                    programme_state_label(c.state),
                    str(c.measures_open),
                ]
                for c in home.without_programme
            ],
            [c.id for c in home.without_programme],
        )
        _fill(
            self.clients_table,
            [
                [
                    c.full_name,
                    day_text(c.birth_date),
                    c.iin,
                    client_category_label(c.category),
                    day_text(c.registered_on),
                    str(c.case_count),
                ]
                for c in home.clients
            ],
            [c.id for c in home.clients],
        )
        self.due_box.setTitle(
            self.tr("My measures due soon and overdue ({count})").format(count=len(home.due))
        )
        self.drafts_box.setTitle(
            self.tr("My cases without a programme ({count})").format(
                count=len(home.without_programme)
            )
        )
        self.clients_box.setTitle(self.tr("My clients ({count})").format(count=len(home.clients)))
        _fill(
            self.arrived_table,
            [
                [a.client_name, a.from_district, day_text(a.transferred_on), a.officer or ""]
                for a in home.arrived
            ],
            [a.client_id for a in home.arrived],
        )
        self.arrived_box.setTitle(
            self.tr("New: transferred to my district ({count})").format(count=len(home.arrived))
        )
        self.arrived_box.setVisible(bool(home.arrived))

    def _open_row(self, table: QTableWidget, row: int) -> CaseCardDialog | None:
        item = table.item(row, 0)
        case_id = item.data(Qt.ItemDataRole.UserRole) if item is not None else None
        if case_id is None:
            return None
        return self.open_case(int(case_id))

    def open_case(self, case_id: int) -> CaseCardDialog:
        self.card = open_case_card(self.ctx, case_id, self, self._clock)
        return self.card

    def open_client(self, row: int, table: QTableWidget | None = None) -> QDialog | None:
        """The card of the client in ``row`` of «My clients» (or of ``table``, the arrivals);
        opening it is audited."""
        from commission.services import clients
        from commission.ui.clients.client_card import ClientCardDialog

        item = (table or self.clients_table).item(row, 0)
        client_id = item.data(Qt.ItemDataRole.UserRole) if item is not None else None
        if client_id is None:
            return None
        ctx = self.ctx
        card = ctx.run(
            self, lambda: clients.open_client(ctx.db, reading_as_shown(ctx.actor), int(client_id))
        )
        if card is None:
            return None
        dialog = ClientCardDialog(ctx, card, self, clock=self._clock)
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()
        self.dialog = dialog
        return dialog

    def open_due(self, row: int) -> CaseCardDialog | None:
        """Open the case of the due measure in ``row``, with the measure selected."""
        card = self._open_row(self.due_table, row)
        if card is not None and self.home is not None:
            card.select_measure(self.home.due[row].measure_id)
            card.tabs.setCurrentIndex(1)
        return card

    def new_case(self) -> QDialog:
        self.dialog = start_new_case(self.ctx, self, self._clock(), self.open_case)
        return self.dialog

    def release_notice(self) -> QDialog:
        self.dialog = start_release_notice(self.ctx, self, self._clock(), self.open_case)
        return self.dialog
