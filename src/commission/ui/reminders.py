"""On start: what is overdue and due soon for this user, in a window and a tray message.

Reminders are for those who chase the agencies: the secretary and the chair. A member
only reads the registers, the administrator keeps the system, and a probation officer's
own measures have no due-date service yet, so they get no reminder.
"""

from __future__ import annotations

from collections.abc import Callable
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
from commission.services import control_registers
from commission.services.context import Actor
from commission.services.control_registers import DueItem
from commission.ui.context import AppContext
from commission.ui.lazy_model import display_text

__all__ = ["OVERDUE_BACKGROUND", "RemindersDialog", "gets_reminders", "reminder_items"]

OVERDUE_BACKGROUND = QColor("#fbe0de")
REMINDED_ROLES = frozenset({Role.SECRETARY, Role.CHAIR})
TRAY_MESSAGE_MS = 10_000


def gets_reminders(actor: Actor) -> bool:
    """Whether ``actor`` is reminded of deadlines on start."""
    return actor.role in REMINDED_ROLES


def reminder_items(ctx: AppContext, today: date, parent: QWidget | None = None) -> list[DueItem]:
    """The overdue and due-soon decisions this user is reminded of; none for other roles."""
    if not gets_reminders(ctx.actor):
        return []
    items = ctx.run(parent, lambda: control_registers.due_items(ctx.db, ctx.actor, today))
    return items or []


class RemindersDialog(QDialog):
    """The list of decisions overdue and due soon; it does not block the main window.

    Signals:
        sig_open_register: the user asked for the decisions register.
    """

    sig_open_register = Signal()

    COLUMNS = 5

    def __init__(
        self, ctx: AppContext, items: list[DueItem], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.items = items
        self.tray: QSystemTrayIcon | None = None
        self.setWindowTitle(self.tr("Execution deadlines"))
        self.setModal(False)
        self.setWindowModality(Qt.WindowModality.NonModal)

        overdue = sum(1 for i in items if i.state is ComputedState.OVERDUE)
        self.summary = QLabel(
            self.tr("Overdue: {overdue}. Due soon: {due_soon}.").format(
                overdue=overdue, due_soon=len(items) - overdue
            )
        )
        self.table = QTableWidget(len(items), self.COLUMNS)
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Decision No."),
                self.tr("Meeting"),
                self.tr("Lead agency"),
                self.tr("Due date"),
                self.tr("State"),
            ]
        )
        self.table.verticalHeader().setVisible(False)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        header = self.table.horizontalHeader()
        for column in range(self.COLUMNS):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        for row, item in enumerate(items):
            self._fill_row(row, item)

        self.open_register_button = QPushButton(self.tr("Open the decisions register"))
        self.open_register_button.clicked.connect(self._open_register)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.addButton(self.open_register_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.table, 1)
        layout.addWidget(buttons)
        self.resize(820, 420)

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
        overdue = item.state is ComputedState.OVERDUE
        for column, text in enumerate(cells):
            cell = QTableWidgetItem(text)
            cell.setToolTip(item.text)
            if column == 0:
                cell.setData(Qt.ItemDataRole.UserRole, item.decision_id)
            if overdue:
                cell.setBackground(QBrush(OVERDUE_BACKGROUND))
            self.table.setItem(row, column, cell)

    def state_text(self, item: DueItem) -> str:
        if item.state is ComputedState.OVERDUE:
            return self.tr("overdue by {n} working day(s)").format(n=max(1, item.days_overdue))
        if item.working_days <= 0:
            return self.tr("due today")
        return self.tr("due in {n} working day(s)").format(n=item.working_days)

    def overdue_rows(self) -> list[int]:
        return [r for r, i in enumerate(self.items) if i.state is ComputedState.OVERDUE]

    def _open_register(self) -> None:
        self.sig_open_register.emit()


def _notify_tray(dialog: RemindersDialog, items: list[DueItem]) -> QSystemTrayIcon | None:
    if not QSystemTrayIcon.isSystemTrayAvailable():
        return None
    overdue = sum(1 for i in items if i.state is ComputedState.OVERDUE)
    icon = dialog.windowIcon()
    if icon.isNull():
        icon = dialog.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning)
    tray = QSystemTrayIcon(icon, dialog)
    tray.setToolTip(QCoreApplication.translate("RemindersDialog", "Execution deadlines"))
    tray.messageClicked.connect(dialog.raise_)
    tray.show()
    tray.showMessage(
        QCoreApplication.translate("RemindersDialog", "Execution deadlines"),
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
    if callable(show_area) and "decisions" in areas:
        dialog.sig_open_register.connect(lambda: show_area("decisions"))
    else:
        dialog.open_register_button.hide()
    dialog.show()  # not exec(), not open(): the main window stays usable
    dialog.raise_()
    dialog.tray = _notify_tray(dialog, items)
    return dialog
