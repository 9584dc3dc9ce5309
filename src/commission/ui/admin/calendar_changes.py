"""The holiday list's changes for the calendar's keeper to accept, and the confirmation of a
movable feast's date (``services.calendar_updates``)."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication, QObject, Qt, Signal, Slot
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from commission.services import calendar_updates
from commission.services.calendar_updates import ChangeKind, LibraryChange
from commission.ui.admin.forms import FormDialog, from_qdate, make_date_edit
from commission.ui.admin.tables import format_date
from commission.ui.context import AppContext
from commission.ui.day_names import day_name
from commission.ui.labels import day_kind_label
from commission.ui.worker_thread import WorkerThread


def change_text(change: LibraryChange) -> str:
    """What accepting the offer does, as a sentence."""
    if change.kind is ChangeKind.ADDED:
        return QCoreApplication.translate("CalendarChanges", "Add: the list now names this day")
    if change.kind is ChangeKind.REMOVED:
        return QCoreApplication.translate(
            "CalendarChanges", "Remove: the list no longer names this day (a working day again)"
        )
    return QCoreApplication.translate("CalendarChanges", "Change the kind or the name")


def _state(kind: object, name: str | None, source: str, day: date) -> str:
    if name is None or kind is None:
        return QCoreApplication.translate("CalendarChanges", "ordinary day")
    return f"{day_kind_label(kind)}: {day_name(day, name, source)}"  # type: ignore[arg-type]


class CalendarChangesDialog(QDialog):
    """The differences, each with a box (ticked: accept). «Apply» accepts the ticked ones and
    declines the others (they are not offered again); «Later» leaves them all for next time.

    Signals:
        sig_applied(int): the number of days changed.
    """

    sig_applied = Signal(int)

    def __init__(
        self, ctx: AppContext, changes: list[LibraryChange], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.changes = changes
        self.setWindowTitle(self.tr("The holiday list has changed"))
        intro = QLabel(
            self.tr(
                "The list of public holidays installed with the program differs from the "
                "working calendar kept in the database (a law or a decree changed after the "
                "year was filled in). Tick the changes to make; the unticked ones will not be "
                "offered again. Days you entered or changed yourself are never touched."
            )
        )
        intro.setWordWrap(True)
        self.table = QTableWidget(len(changes), 4)
        self.table.setHorizontalHeaderLabels(
            [self.tr("Date"), self.tr("Change"), self.tr("Now"), self.tr("After the change")]
        )
        self.table.verticalHeader().setVisible(False)
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        for row, change in enumerate(changes):
            when = QTableWidgetItem(format_date(change.day))
            when.setFlags(when.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            when.setCheckState(Qt.CheckState.Checked)
            self.table.setItem(row, 0, when)
            self.table.setItem(row, 1, QTableWidgetItem(change_text(change)))
            before = _state(
                change.stored_kind, change.stored_name, change.stored_source or "", change.day
            )
            after = _state(change.new_kind, change.new_name, change.new_source or "", change.day)
            for column, text in ((2, before), (3, after)):
                item = QTableWidgetItem(text)
                item.setToolTip(text)
                self.table.setItem(row, column, item)
        header = self.table.horizontalHeader()
        for column, mode in enumerate(
            (
                QHeaderView.ResizeMode.ResizeToContents,
                QHeaderView.ResizeMode.ResizeToContents,
                QHeaderView.ResizeMode.Stretch,
                QHeaderView.ResizeMode.Stretch,
            )
        ):
            header.setSectionResizeMode(column, mode)
        self.table.setWordWrap(True)
        self.table.resizeRowsToContents()
        self.buttons = QDialogButtonBox()
        self.apply_button = self.buttons.addButton(
            self.tr("&Apply the ticked changes"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.later_button = self.buttons.addButton(
            self.tr("Remind me &later"), QDialogButtonBox.ButtonRole.RejectRole
        )
        self.apply_button.clicked.connect(self.apply)
        self.later_button.clicked.connect(self.reject)
        self.status = QLabel()
        self.status.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.status)
        layout.addWidget(self.buttons)
        self.resize(1040, 380)

    def ticked(self) -> list[date]:
        ticked = []
        for row, change in enumerate(self.changes):
            item = self.table.item(row, 0)
            if item is not None and item.checkState() == Qt.CheckState.Checked:
                ticked.append(change.day)
        return ticked

    def apply(self) -> int | None:
        ctx, accepted = self.ctx, self.ticked()
        declined = [c.day for c in self.changes if c.day not in accepted]
        done = ctx.run(
            self,
            lambda: calendar_updates.apply_library_changes(ctx.db, ctx.actor, accepted, declined),
        )
        if done is None:
            return None
        ctx.changes.sig_changed.emit("calendar_days")
        self.sig_applied.emit(done)
        self.accept()
        return done


class _CheckThread(WorkerThread):
    sig_found = Signal(object)

    def __init__(self, ctx: AppContext) -> None:
        super().__init__()
        self.ctx = ctx

    def run(self) -> None:
        self.sig_found.emit(calendar_updates.library_changes(self.ctx.db, self.ctx.actor))


class CalendarCheck(QObject):
    """Compares the calendar with the holiday list off the GUI thread (it loads every
    country's holidays, which the start must not wait for) and, when they differ, opens the
    dialog (non-blocking) over ``parent``.

    Signals:
        sig_done(int): the comparison has answered with this many differences.

    Attributes:
        done: the comparison has answered.
        dialog: the dialog opened, if any.
    """

    sig_done = Signal(int)

    def __init__(self, ctx: AppContext, parent: QWidget) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.parent_widget = parent
        self.done = False
        self.dialog: CalendarChangesDialog | None = None
        self._thread = _CheckThread(ctx)
        self._thread.sig_found.connect(self._found)  # queued: this object is the GUI thread's

    def launch(self) -> None:
        self._thread.launch()

    @Slot(object)
    def _found(self, changes: object) -> None:
        self.done = True
        if isinstance(changes, list) and changes:
            dialog = CalendarChangesDialog(self.ctx, changes, self.parent_widget)
            dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            dialog.open()
            self.dialog = dialog
        self.sig_done.emit(len(changes) if isinstance(changes, list) else 0)


class ConfirmFeastDialog(FormDialog):
    """The date the religious authorities announced for a movable feast the holiday list only
    estimated; the expected date is offered."""

    def __init__(
        self, ctx: AppContext, estimated: date, name: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(ctx, parent)
        self.estimated = estimated
        self.setWindowTitle(self.tr("Confirm the date of a feast"))
        self.set_intro(
            self.tr(
                "The holiday list computes «{name}» ahead: {date} is the expected date. Enter "
                "the date that was announced, or keep it if it is the same."
            ).format(name=name, date=format_date(estimated))
        )
        self.date = make_date_edit(estimated)
        row = QWidget()
        line = QHBoxLayout(row)
        line.setContentsMargins(0, 0, 0, 0)
        line.addWidget(self.date)
        line.addStretch(1)
        self.form.addRow(self.tr("&Date:"), row)
        self.errors.fields["day"] = self.date
        self._order.append(self.date)
        self.finish_form()

    def save(self) -> None:
        calendar_updates.confirm_feast(
            self.ctx.db, self.ctx.actor, self.estimated, from_qdate(self.date.date())
        )
        self.ctx.changes.sig_changed.emit("calendar_days")


def offer_changes(ctx: AppContext, parent: QWidget) -> CalendarCheck:
    """Compare in the background and offer the differences, if any."""
    check = CalendarCheck(ctx, parent)
    check.launch()
    return check
