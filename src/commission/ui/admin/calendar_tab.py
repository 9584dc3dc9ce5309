"""The working-day calendar: holidays, transferred days off and working Saturdays of a year."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from commission.domain.permissions import Permission
from commission.domain.workcalendar import DayKind, DayOffRule
from commission.services import calendar
from commission.services.calendar import DayView
from commission.services.calendar_updates import is_estimated
from commission.ui.admin.base import AdminTab
from commission.ui.admin.calendar_changes import CalendarCheck, ConfirmFeastDialog
from commission.ui.admin.commission_tab import acting_commission
from commission.ui.admin.forms import (
    FormDialog,
    combo_enum,
    fill_enum_combo,
    from_qdate,
    make_date_edit,
    select_data,
    to_qdate,
)
from commission.ui.admin.tables import Column, RecordTable, RowsModel, format_date
from commission.ui.context import AppContext
from commission.ui.day_names import day_name, feast_name, source_name
from commission.ui.labels import day_kind_label

FIRST_YEAR = 2000
LAST_YEAR = 2100


def weekday_name(day: date) -> str:
    """The day of the week in the interface language (the default locale follows it)."""
    return QLocale().dayName(to_qdate(day).dayOfWeek(), QLocale.FormatType.LongFormat)


class DayTableModel(RowsModel[DayView]):
    def make_columns(self) -> list[Column[DayView]]:
        return [
            Column(self.tr("Date"), lambda d: d.day),
            Column(
                self.tr("Weekday"), lambda d: d.day.isoweekday(), text=lambda d: weekday_name(d.day)
            ),
            Column(self.tr("Kind"), lambda d: day_kind_label(d.kind)),
            Column(self.tr("Name"), self._name),
            Column(self.tr("Source"), lambda d: source_name(d.source)),
        ]

    def key_of(self, row: DayView) -> date:
        return row.day

    def _name(self, row: DayView) -> str:
        if is_estimated(row.name, row.source):
            name = feast_name(row.day, row.name, row.source)
            return self.tr("{name} — awaiting confirmation").format(name=name)
        return day_name(row.day, row.name, row.source)


class DayDialog(FormDialog):
    """One exception to the five-day week, added or changed.

    Attributes:
        saved: the day as stored, once saved.
    """

    def __init__(
        self,
        ctx: AppContext,
        day: DayView | None = None,
        parent: QWidget | None = None,
        *,
        default_date: date | None = None,
    ) -> None:
        super().__init__(ctx, parent)
        self.day = day
        self.saved: DayView | None = None
        self.setWindowTitle(self.tr("Change a day") if day else self.tr("Add a day"))
        self.set_intro(
            self.tr(
                "A public holiday or a transferred day off is a day off; a working day is a "
                "Saturday or Sunday worked by government decree. Name the day or the decree."
            )
        )
        self.date = make_date_edit(day.day if day else default_date)
        self.weekday = QLabel()
        self.kind = QComboBox()
        fill_enum_combo(self.kind, DayKind, day_kind_label)
        self.name = QLineEdit()
        self.name.setMaxLength(200)
        self.name.setPlaceholderText(self.tr("e.g. Government decree No. 123 of 15.01.2026"))
        date_row = QWidget()
        row = QHBoxLayout(date_row)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.date)
        row.addWidget(self.weekday, 1)

        self.form.addRow(self.tr("&Date:"), date_row)
        self.errors.fields["day"] = self.date
        self._order.append(self.date)
        self.add_row("kind", self.tr("&Kind:"), self.kind)
        self.add_row("name", self.tr("&Name:"), self.name)
        self._kind_chosen = day is not None
        self.kind.activated.connect(self._kind_activated)
        self.date.dateChanged.connect(self._date_changed)
        if day is not None:
            select_data(self.kind, day.kind.value)
            self.name.setText(day.name)
            self.date.setReadOnly(True)  # the date is the record: remove it and add another
        self._date_changed()
        self.finish_form()
        if day is not None:
            self.kind.setFocus()

    def _kind_activated(self, _index: int) -> None:
        self._kind_chosen = True

    def _date_changed(self) -> None:
        day = from_qdate(self.date.date())
        self.weekday.setText(weekday_name(day))
        if not self._kind_chosen:
            weekend = day.weekday() >= 5
            kind = DayKind.WORKING_DAY if weekend else DayKind.TRANSFERRED_DAY_OFF
            select_data(self.kind, kind.value)

    def save(self) -> None:
        self.saved = calendar.set_day(
            self.ctx.db,
            self.ctx.actor,
            from_qdate(self.date.date()),
            combo_enum(self.kind, DayKind),
            self.name.text(),
        )
        self.ctx.changes.sig_changed.emit("calendar_days")


class CalendarTab(AdminTab):
    """The year's exceptions to the Monday–Friday week, which deadlines are counted by."""

    tables = frozenset({"calendar_days", "commissions"})

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.can_edit = ctx.actor.can(Permission.EDIT_CALENDAR)

        self.explanation = QLabel()
        self.explanation.setWordWrap(True)
        self.year = QSpinBox()
        self.year.setRange(FIRST_YEAR, LAST_YEAR)
        self.year.setValue(date.today().year)
        self.year.valueChanged.connect(lambda _y: self.refresh())
        year_label = QLabel(self.tr("&Year:"))
        year_label.setBuddy(self.year)
        self.add_button = QPushButton(self.tr("&Add day…"))
        self.change_button = QPushButton(self.tr("&Change…"))
        self.remove_button = QPushButton(self.tr("&Remove"))
        self.confirm_button = QPushButton(self.tr("C&onfirm the date…"))
        self.confirm_button.setToolTip(
            self.tr("A movable feast's date is expected until the announced date is entered.")
        )
        self.compare_button = QPushButton(self.tr("Compare with the &holiday list…"))
        self.compare_button.setToolTip(
            self.tr(
                "Shows what the list of public holidays installed with the program says "
                "differently (a law changed after the year was filled in)."
            )
        )
        self.fill_button = QPushButton(self.tr("&Fill from the holiday list"))
        self.fill_button.setToolTip(
            self.tr(
                "Adds the public holidays and the days moved by government decree that the "
                "program knows for this year. Check them against this year's decree."
            )
        )
        self.add_button.clicked.connect(lambda: self.open_day_dialog(None))
        self.change_button.clicked.connect(self.change_current)
        self.remove_button.clicked.connect(self._remove_current)
        self.fill_button.clicked.connect(self.fill_year)
        self.confirm_button.clicked.connect(self.confirm_current)
        self.compare_button.clicked.connect(self.compare)
        self.check: CalendarCheck | None = None
        for button in (
            self.add_button,
            self.change_button,
            self.remove_button,
            self.fill_button,
            self.confirm_button,
            self.compare_button,
        ):
            button.setVisible(self.can_edit)
            button.setEnabled(self.can_edit)

        self.model = DayTableModel()
        self.table: RecordTable[DayView] = RecordTable(
            self.model, stretch_column=3, name="working_days"
        )
        self.table.set_key_columns([0, 2])  # the date and the kind of day
        self.table.sig_activated.connect(self.change_current)
        self.table.set_row_buttons((self.change_button, "edit"), (self.remove_button, "delete"))
        self.table.sig_selection_changed.connect(self._update_buttons)
        self.status = QLabel()
        self.status.setWordWrap(True)

        # The year and its days' own buttons, then what comes from the holiday list: the seven
        # in one row asked for 1063 px and widened the window past a 1280 px screen.
        bar = QHBoxLayout()
        bar.addWidget(year_label)
        bar.addWidget(self.year)
        bar.addStretch(1)
        bar.addWidget(self.add_button)
        bar.addWidget(self.change_button)
        bar.addWidget(self.remove_button)
        holidays = QHBoxLayout()
        holidays.addWidget(self.compare_button)
        holidays.addWidget(self.confirm_button)
        holidays.addWidget(self.fill_button)
        holidays.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.explanation)
        layout.addLayout(bar)
        layout.addLayout(holidays)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.status)
        self._set_explanation(None)
        self._update_buttons()

    def _set_explanation(self, rule: DayOffRule | None) -> None:
        texts = {
            DayOffRule.NEXT: self.tr(
                "A deadline that falls on a day off moves to the next working day."
            ),
            DayOffRule.PREVIOUS: self.tr(
                "A deadline that falls on a day off moves to the previous working day."
            ),
            DayOffRule.NONE: self.tr("A deadline that falls on a day off stays on that day."),
        }
        text = self.tr(
            "The week is Monday to Friday. This list holds the exceptions of the year: public "
            "holidays, days off transferred by government decree, and Saturdays made working "
            "days by decree. Working-day deadlines are counted by this calendar."
        )
        if rule is not None:
            text += " " + texts[rule] + " " + self.tr("(The rule is set on the Commission tab.)")
        self.explanation.setText(text)

    def reload(self) -> None:
        ctx = self.ctx
        year = self.year.value()
        commission = ctx.run(self, lambda: acting_commission(ctx))
        self._set_explanation(commission.day_off_rule if commission else None)
        days = ctx.run(self, lambda: calendar.list_days(ctx.db, ctx.actor, year))
        if days is None:
            return
        self.table.set_rows(days)
        if days:
            self.status.setText(
                self.tr("{count} exceptions in {year}.").format(count=len(days), year=year)
            )
        else:
            self.status.setText(
                self.tr(
                    "No exceptions are recorded for {year}: every Monday to Friday counts as a "
                    "working day."
                ).format(year=year)
            )
        self._update_buttons()

    def _update_buttons(self) -> None:
        selected = self.table.current() is not None
        self.change_button.setEnabled(self.can_edit and selected)
        self.remove_button.setEnabled(self.can_edit and selected)
        self.fill_button.setEnabled(self.can_edit and self.model.rowCount() == 0)
        current = self.table.current()
        self.confirm_button.setEnabled(
            self.can_edit and current is not None and is_estimated(current.name, current.source)
        )
        self.compare_button.setEnabled(self.can_edit)

    def confirm_current(self) -> ConfirmFeastDialog | None:
        """The announced date of the selected movable feast (non-blocking)."""
        current = self.table.current()
        if current is None or not self.can_edit or not is_estimated(current.name, current.source):
            return None
        name = feast_name(current.day, current.name, current.source)
        dialog = ConfirmFeastDialog(self.ctx, current.day, name, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def compare(self) -> CalendarCheck | None:
        """The holiday list's differences, in the background; said here when there are none."""
        if not self.can_edit:
            return None
        self.status.setText(self.tr("Comparing with the holiday list…"))
        self.check = CalendarCheck(self.ctx, self)
        self.check.sig_done.connect(self._compared)
        self.check.launch()
        return self.check

    def _compared(self, count: int) -> None:
        if count == 0:
            self.status.setText(
                self.tr("The calendar agrees with the list of public holidays installed.")
            )
        else:
            self.status.setText(
                self.tr(
                    "The holiday list differs on {count} day(s): see the window opened."
                ).format(count=count)
            )

    def change_current(self) -> None:
        current = self.table.current()
        if current is not None and self.can_edit:
            self.open_day_dialog(current.day)

    def open_day_dialog(self, day: date | None = None) -> DayDialog | None:
        """Open (non-blocking) a day of the shown year, or a blank one to add a day."""
        if not self.can_edit:
            return None
        existing = self.model.find(day) if day is not None else None
        if day is not None and existing is None:
            return None
        year = self.year.value()
        today = date.today()
        default = today if today.year == year else date(year, 1, 1)
        dialog = DayDialog(self.ctx, existing, self, default_date=default)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(lambda: self._show_saved(dialog))
        dialog.open()
        return dialog

    def _show_saved(self, dialog: DayDialog) -> None:
        saved = dialog.saved
        if saved is None:
            return
        if saved.day.year != self.year.value():
            self.year.setValue(saved.day.year)
        self.table.select_key(saved.day)

    def _remove_current(self) -> None:
        current = self.table.current()
        if current is not None:
            self.remove_day(current.day)

    def remove_day(self, day: date, confirm: bool = True) -> QMessageBox | None:
        """Remove an exception, after the user confirms unless ``confirm`` is ``False``.

        Returns the (non-blocking) confirmation box, or ``None`` when removed at once.
        """
        if not confirm:
            self._remove(day)
            return None
        shown = self.model.find(day)
        box = QMessageBox(
            QMessageBox.Icon.Question,
            self.tr("Remove a day"),
            self.tr(
                "Remove {date} ({name}) from the calendar? The day will follow the ordinary "
                "Monday–Friday week again."
            ).format(date=format_date(day), name=shown.name if shown else ""),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            self,
        )
        box.setDefaultButton(QMessageBox.StandardButton.No)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.finished.connect(
            lambda result: result == QMessageBox.StandardButton.Yes and self._remove(day)
        )
        box.open()
        return box

    def _remove(self, day: date) -> bool:
        ctx = self.ctx

        def remove() -> bool:
            calendar.remove_day(ctx.db, ctx.actor, day)
            return True

        if ctx.run(self, remove) is None:
            return False
        ctx.changes.sig_changed.emit("calendar_days")
        return True

    def fill_year(self) -> int | None:
        """Seed the shown year from the holiday list when it has no days yet."""
        if not self.can_edit:
            return None
        ctx = self.ctx
        year = self.year.value()
        added = ctx.run(self, lambda: calendar.ensure_years(ctx.db, ctx.actor, [year]))
        if added is None:
            return None
        ctx.changes.sig_changed.emit("calendar_days")
        if added:
            self.status.setText(
                self.tr(
                    "{count} days added from the holiday list for {year}. Check them against "
                    "this year's government decree on transferring days off."
                ).format(count=added, year=year)
            )
        else:
            self.status.setText(
                self.tr("The holiday list has no days to add for {year}.").format(year=year)
            )
        return added
