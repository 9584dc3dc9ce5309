"""On start: what is overdue and due soon for this user, in a window and a tray message.

Reminders are for those who chase the agencies: the secretary and the chair are reminded of
the commission's decisions, a probation officer of the measures of his own cases
(``officer_home.due_measures``). A member only reads the registers and the administrator keeps
the system: they get no reminder.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QPushButton,
    QStyle,
    QSystemTrayIcon,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from commission.domain.control import ComputedState
from commission.domain.enums import Role
from commission.services import control_registers, officer_home
from commission.services.context import Actor
from commission.services.control_registers import DueItem
from commission.services.officer_home import DueMeasure
from commission.ui.context import AppContext
from commission.ui.labels import reading_as_shown
from commission.ui.lazy_model import display_text

__all__ = ["OVERDUE_BACKGROUND", "RemindersDialog", "gets_reminders", "reminder_items"]

OVERDUE_BACKGROUND = QColor("#fbe0de")
REMINDED_ROLES = frozenset({Role.SECRETARY, Role.CHAIR})
MEASURES_ROLES = frozenset({Role.PROBATION_OFFICER})
TRAY_MESSAGE_MS = 10_000

Reminder = DueItem | DueMeasure


def gets_reminders(actor: Actor) -> bool:
    """Whether ``actor`` is reminded of deadlines on start."""
    return actor.role in REMINDED_ROLES or actor.role in MEASURES_ROLES


def reminder_items(
    ctx: AppContext, today: date, parent: QWidget | None = None
) -> list[DueItem] | list[DueMeasure]:
    """What this user is reminded of, overdue and due soon: the commission's decisions for the
    secretary and the chair, his own measures for a probation officer; none for other roles."""
    db, actor = ctx.db, reading_as_shown(ctx.actor)
    if actor.role in MEASURES_ROLES:
        return ctx.run(parent, lambda: officer_home.due_measures(db, actor, today)) or []
    if actor.role in REMINDED_ROLES:
        return ctx.run(parent, lambda: control_registers.due_items(db, actor, today)) or []
    return []


class RemindersDialog(QDialog):
    """The list of decisions (or, for a probation officer, measures) overdue and due soon;
    it does not block the main window.

    Signals:
        sig_open_register: the user asked for the decisions register (or his cases).

    Attributes:
        measures: whether the items are an officer's measures rather than decisions.
        state_column: the column saying how overdue or how soon.
    """

    sig_open_register = Signal()

    COLUMNS = 5

    def __init__(
        self,
        ctx: AppContext,
        items: Sequence[Reminder],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.items = list(items)
        self.measures = any(isinstance(i, DueMeasure) for i in items)
        self.tray: QSystemTrayIcon | None = None
        self.setWindowTitle(
            self.tr("Deadlines of my measures") if self.measures else self.tr("Execution deadlines")
        )
        self.setModal(False)
        self.setWindowModality(Qt.WindowModality.NonModal)

        overdue = sum(1 for i in items if i.state is ComputedState.OVERDUE)
        self.summary = QLabel(
            self.tr("Overdue: {overdue}. Due soon: {due_soon}.").format(
                overdue=overdue, due_soon=len(items) - overdue
            )
        )
        if self.measures:
            headers = [
                self.tr("Case No."),
                self.tr("Client"),
                self.tr("Measure"),
                self.tr("Responsible agency"),
                self.tr("Due date"),
                self.tr("State"),
            ]
            stretch = 2
        else:
            headers = [
                self.tr("Decision No."),
                self.tr("Meeting"),
                self.tr("Lead agency"),
                self.tr("Due date"),
                self.tr("State"),
            ]
            stretch = 2
        self.state_column = len(headers) - 1
        self.table = QTableWidget(len(items), len(headers))
        self.table.setHorizontalHeaderLabels(headers)
        self.table.verticalHeader().setVisible(False)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        header = self.table.horizontalHeader()
        for column in range(len(headers)):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)
        self.table.setWordWrap(False)
        if self.measures:
            # Agencies' full names would take the width the measure's action needs.
            header.setSectionResizeMode(3, QHeaderView.ResizeMode.Interactive)
            self.table.setColumnWidth(3, 220)
        for row, item in enumerate(items):
            if isinstance(item, DueMeasure):
                self._fill_measure(row, item)
            else:
                self._fill_row(row, item)

        self.open_register_button = QPushButton(
            self.tr("Open my cases") if self.measures else self.tr("Open the decisions register")
        )
        self.open_register_button.clicked.connect(self._open_register)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.addButton(self.open_register_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.table, 1)
        layout.addWidget(buttons)
        self.resize(1100 if self.measures else 820, 440)

    def _put(self, row: int, cells: Sequence[str], ident: int, tip: str, overdue: bool) -> None:
        for column, text in enumerate(cells):
            cell = QTableWidgetItem(text)
            cell.setToolTip(tip)
            if column == 0:
                cell.setData(Qt.ItemDataRole.UserRole, ident)
            if overdue:
                cell.setBackground(QBrush(OVERDUE_BACKGROUND))
            self.table.setItem(row, column, cell)

    def _fill_row(self, row: int, item: DueItem) -> None:
        meeting = self.tr("No. {number} of {date}").format(
            number=item.meeting_number, date=display_text(item.meeting_date)
        )
        cells = [
            item.number,
            meeting,
            item.lead_agency or "",
            display_text(item.due_date),
            self.state_text(item),
        ]
        self._put(row, cells, item.decision_id, item.text, item.state is ComputedState.OVERDUE)

    def _fill_measure(self, row: int, item: DueMeasure) -> None:
        cells = [
            item.case_number,
            item.client_name,
            item.action,
            item.agency or "",
            display_text(item.due_date),
            self.state_text(item),
        ]
        self._put(row, cells, item.case_id, item.action, item.state is ComputedState.OVERDUE)

    def state_text(self, item: Reminder) -> str:
        if item.state is ComputedState.OVERDUE:
            return self.tr("overdue by {n} working day(s)").format(n=max(1, item.days_overdue))
        if item.working_days <= 0:
            return self.tr("due today")
        return self.tr("due in {n} working day(s)").format(n=item.working_days)

    def overdue_rows(self) -> list[int]:
        return [r for r, i in enumerate(self.items) if i.state is ComputedState.OVERDUE]

    def _open_register(self) -> None:
        self.sig_open_register.emit()


def _notify_tray(dialog: RemindersDialog, items: Sequence[Reminder]) -> QSystemTrayIcon | None:
    if not QSystemTrayIcon.isSystemTrayAvailable():
        return None
    overdue = sum(1 for i in items if i.state is ComputedState.OVERDUE)
    icon = dialog.windowIcon()
    if icon.isNull():
        icon = dialog.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning)
    tray = QSystemTrayIcon(icon, dialog)
    tray.setToolTip(dialog.windowTitle())
    tray.messageClicked.connect(dialog.raise_)
    tray.show()
    tray.showMessage(
        dialog.windowTitle(),
        QCoreApplication.translate(
            "RemindersDialog", "Overdue: {overdue}. Due soon: {due_soon}."
        ).format(overdue=overdue, due_soon=len(items) - overdue),
        QSystemTrayIcon.MessageIcon.Warning if overdue else QSystemTrayIcon.MessageIcon.Information,
        TRAY_MESSAGE_MS,
    )
    return tray


def show_reminders(
    ctx: AppContext,
    window: QWidget,
    *,
    clock: Callable[[], date] = date.today,
) -> RemindersDialog | None:
    """Compute this user's reminders; when there are any, show them (without blocking the
    window) with a tray message where the desktop has a tray. Returns the dialog, if any."""
    items = reminder_items(ctx, clock(), window)
    if not items:
        return None
    dialog = RemindersDialog(ctx, items, window)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    show_area = getattr(window, "show_area", None)
    areas = [getattr(a, "key", None) for a in getattr(window, "areas", [])]
    target = "my_cases" if dialog.measures else "decisions"
    if callable(show_area) and target in areas:
        dialog.sig_open_register.connect(lambda: show_area(target))
    else:
        dialog.open_register_button.hide()
    dialog.show()  # not exec(), not open(): the main window stays usable
    dialog.raise_()
    dialog.tray = _notify_tray(dialog, items)
    return dialog
