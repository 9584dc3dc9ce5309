"""On start: what is overdue and due soon for this user, in a window and a tray message.

Reminders are for those who chase the agencies: the secretary and the chair are reminded of
the commission's decisions, a probation officer of the measures of his own cases
(``officer_home.due_measures``). A member only reads the registers and the administrator keeps
the system: they get no reminder.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date

from PySide6.QtCore import (
    QAbstractTableModel,
    QLocale,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QPushButton,
    QSystemTrayIcon,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from commission.domain.control import ComputedState
from commission.domain.enums import Role
from commission.services import control_registers, officer_home
from commission.services.context import Actor
from commission.services.control_registers import DueItem
from commission.services.officer_home import DueMeasure
from commission.ui.background_read import BackgroundRead
from commission.ui.context import AppContext
from commission.ui.icon import warning_icon
from commission.ui.labels import reading_as_shown
from commission.ui.lazy_model import display_text

__all__ = [
    "OVERDUE_BACKGROUND",
    "ReminderModel",
    "RemindersDialog",
    "gets_reminders",
    "remind",
    "reminder_items",
]

OVERDUE_BACKGROUND = QColor("#fbe0de")
REMINDED_ROLES = frozenset({Role.SECRETARY, Role.CHAIR})
MEASURES_ROLES = frozenset({Role.PROBATION_OFFICER})
TRAY_MESSAGE_MS = 10_000
# Rows the table holds before the user scrolls: a screen and more; the rest come as he scrolls,
# so that eleven thousand reminders open as fast as eleven.
PAGE = 200

Reminder = DueItem | DueMeasure


def gets_reminders(actor: Actor) -> bool:
    """Whether ``actor`` is reminded of deadlines on start."""
    return actor.role in REMINDED_ROLES or actor.role in MEASURES_ROLES


def read_reminders(ctx: AppContext, today: date) -> list[DueItem] | list[DueMeasure]:
    """What this user is reminded of, overdue and due soon: the commission's decisions for the
    secretary and the chair, his own measures for a probation officer; none for other roles.
    Only services: it may run on a worker thread. Raises ``UserError``."""
    db, actor = ctx.db, reading_as_shown(ctx.actor)
    if actor.role in MEASURES_ROLES:
        return officer_home.due_measures(db, actor, today)
    if actor.role in REMINDED_ROLES:
        return control_registers.due_items(db, actor, today)
    return []


def reminder_items(
    ctx: AppContext, today: date, parent: QWidget | None = None
) -> list[DueItem] | list[DueMeasure]:
    """``read_reminders`` on the GUI thread, its error shown to the user."""
    return ctx.run(parent, lambda: read_reminders(ctx, today)) or []


class ReminderModel(QAbstractTableModel):
    """The reminders as table rows, a page at a time: the view asks for more as it scrolls
    (``canFetchMore``), and a cell's text is made only when it is shown."""

    def __init__(
        self,
        items: Sequence[Reminder],
        headers: Sequence[str],
        cells: Callable[[Reminder], list[str]],
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.items = list(items)
        self._headers = list(headers)
        self._cells = cells
        self._shown = min(PAGE, len(self.items))

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else self._shown

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._headers)

    def canFetchMore(self, parent: QModelIndex | QPersistentModelIndex) -> bool:
        return not parent.isValid() and self._shown < len(self.items)

    def fetchMore(self, parent: QModelIndex | QPersistentModelIndex) -> None:
        if not self.canFetchMore(parent):
            return
        more = min(PAGE, len(self.items) - self._shown)
        self.beginInsertRows(QModelIndex(), self._shown, self._shown + more - 1)
        self._shown += more
        self.endInsertRows()

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self._headers[section]
        return None

    def data(
        self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        if not index.isValid() or index.row() >= self._shown:
            return None
        item = self.items[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return self._cells(item)[index.column()]
        if role == Qt.ItemDataRole.ToolTipRole:
            return item.action if isinstance(item, DueMeasure) else item.text
        if role == Qt.ItemDataRole.BackgroundRole and item.state is ComputedState.OVERDUE:
            return QBrush(OVERDUE_BACKGROUND)
        if role == Qt.ItemDataRole.UserRole and index.column() == 0:
            return item.case_id if isinstance(item, DueMeasure) else item.decision_id
        return None


class RemindersDialog(QDialog):
    """The list of decisions (or, for a probation officer, measures) overdue and due soon;
    it does not block the main window. Its table holds a page of rows and grows as the user
    scrolls (``ReminderModel``); the summary counts them all.

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

        self.summary = QLabel(self.summary_text())
        if self.measures:
            headers = [
                self.tr("Case No."),
                self.tr("Client"),
                self.tr("Measure"),
                self.tr("Responsible agency"),
                self.tr("Due date"),
                self.tr("State"),
            ]
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
        self.model = ReminderModel(self.items, headers, self.cells, self)
        self.table = QTableView()
        self.table.setModel(self.model)
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

    def cells(self, item: Reminder) -> list[str]:
        """The texts of ``item``'s row, as the table shows them."""
        if isinstance(item, DueMeasure):
            return [
                item.case_number,
                item.client_name,
                item.action,
                item.agency or "",
                display_text(item.due_date),
                self.state_text(item),
            ]
        meeting = self.tr("No. {number} of {date}").format(
            number=item.meeting_number, date=display_text(item.meeting_date)
        )
        return [
            item.number,
            meeting,
            item.lead_agency or "",
            display_text(item.due_date),
            self.state_text(item),
        ]

    def summary_text(self) -> str:
        """«11 544 reminders. Overdue: 9 120. Due soon: 2 424.», numbers grouped as the
        interface's language writes them."""
        overdue = len(self.overdue_rows())
        count = self.tr("%Ln reminder(s).", "", len(self.items))
        split = self.tr("Overdue: {overdue}. Due soon: {due_soon}.").format(
            overdue=_grouped(overdue), due_soon=_grouped(len(self.items) - overdue)
        )
        return f"{count} {split}"

    def cell_text(self, row: int, column: int) -> str:
        return str(self.model.data(self.model.index(row, column)) or "")

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


def _grouped(number: int) -> str:
    return QLocale().toString(number)


def _notify_tray(dialog: RemindersDialog, items: Sequence[Reminder]) -> QSystemTrayIcon | None:
    if not QSystemTrayIcon.isSystemTrayAvailable():
        return None
    overdue = sum(1 for i in items if i.state is ComputedState.OVERDUE)
    icon = dialog.windowIcon()
    if icon.isNull():
        icon = warning_icon()
    tray = QSystemTrayIcon(icon, dialog)
    tray.setToolTip(dialog.windowTitle())
    tray.messageClicked.connect(dialog.raise_)
    tray.show()
    tray.showMessage(
        dialog.windowTitle(),
        dialog.summary_text(),
        QSystemTrayIcon.MessageIcon.Warning if overdue else QSystemTrayIcon.MessageIcon.Information,
        TRAY_MESSAGE_MS,
    )
    return tray


def present_reminders(
    ctx: AppContext, window: QWidget, items: Sequence[Reminder]
) -> RemindersDialog | None:
    """When there are reminders, show them (without blocking the window) with a tray message
    where the desktop has a tray. Returns the dialog, if any."""
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


def show_reminders(
    ctx: AppContext,
    window: QWidget,
    *,
    clock: Callable[[], date] = date.today,
) -> RemindersDialog | None:
    """Compute this user's reminders here and now, and show them (``present_reminders``)."""
    return present_reminders(ctx, window, reminder_items(ctx, clock(), window))


class ReminderRead(QObject):
    """This user's reminders read off the GUI thread and shown when they arrive.

    Signals:
        sig_done(object): the dialog shown, or ``None`` when there was nothing to remind of
            (or the read failed: the user was told why).
    """

    sig_done = Signal(object)

    def __init__(self, ctx: AppContext, window: QWidget, today: date) -> None:
        super().__init__(window)
        self.ctx = ctx
        self.window = window
        self.dialog: RemindersDialog | None = None
        self.read = BackgroundRead(self)
        self.read.sig_result.connect(self._arrived)
        self.read.sig_failed.connect(self._failed)
        self.read.start(lambda: read_reminders(ctx, today))

    def _arrived(self, items: object) -> None:
        assert isinstance(items, list)
        self.dialog = present_reminders(self.ctx, self.window, items)
        self.sig_done.emit(self.dialog)

    def _failed(self, exc: object) -> None:
        assert isinstance(exc, Exception)
        self.ctx.report(self.window, exc)
        self.sig_done.emit(None)


def remind(
    ctx: AppContext, window: QWidget, *, clock: Callable[[], date] = date.today
) -> ReminderRead | None:
    """Start reading this user's reminders; they are shown when read. ``None`` for a role
    that gets none."""
    if not gets_reminders(ctx.actor):
        return None
    return ReminderRead(ctx, window, clock())
