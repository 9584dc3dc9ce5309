"""The calendar: a month or a week of sittings, control deadlines and (for an officer) measure
deadlines, with holidays and moved working days marked from the working calendar.

A day's cell names what falls on it; the list beside the grid holds the chosen day's items,
and opening one leads to its record: the meeting, the decision's control card, the case card.
«Export to Outlook» writes the same items as an .ics file.
"""

from __future__ import annotations

import calendar as month_grid
from collections.abc import Callable
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

from PySide6.QtCore import QLocale, QPoint, QStandardPaths, Qt, Signal
from PySide6.QtGui import QAction, QBrush, QColor, QFont, QGuiApplication
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QCheckBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMenu,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from commission.domain.control import ComputedState
from commission.domain.enums import MeetingKind
from commission.domain.permissions import Permission
from commission.domain.workcalendar import DayKind
from commission.i18n import current_language
from commission.services import calendar_events, commission_choice
from commission.services.calendar_events import ControlDue, MeasureDue, Period, Sitting
from commission.ui.admin.forms import to_qdate
from commission.ui.commands import button_actions
from commission.ui.context import AppContext
from commission.ui.day_names import day_name
from commission.ui.export_notice import show_saved
from commission.ui.icon import icon
from commission.ui.labels import interface_language

_HOLIDAY = QColor("#fdecea")  # a day off: holidays, weekends
_WORKDAY_MOVED = QColor("#e8f0fe")  # a Saturday made a working day
_TODAY_FONT_WEIGHT = QFont.Weight.Bold
_CELL_LINES = 3  # items named in a cell; the rest is «+N»

# What an item of the day's list opens: (kind, id).
_SITTING, _CONTROL, _MEASURE = "sitting", "control", "measure"


def _locale() -> QLocale:
    """Month and day names in the interface's language (Qt's own Kazakh and Russian)."""
    languages = {"kk": QLocale.Language.Kazakh, "ru": QLocale.Language.Russian}
    return QLocale(languages.get(current_language(), QLocale.Language.English))


class CalendarArea(QWidget):
    """Signals:
    sig_show_meeting(int): open the record of this meeting (the main window does it).
    """

    sig_show_meeting = Signal(int)

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
        self.anchor = clock()  # a day of the month or week shown
        self.selected = self.anchor
        self.week_view = False
        self.period: Period | None = None
        self.dialog: QWidget | None = None  # the last card opened from here

        self.title = QLabel()
        font = self.title.font()
        font.setPointSizeF(font.pointSizeF() * 1.3)
        font.setBold(True)
        self.title.setFont(font)
        self.previous_button = QPushButton("◀")
        self.previous_button.setToolTip(self.tr("Previous"))
        self.previous_button.clicked.connect(lambda: self.step(-1))
        self.today_button = QPushButton(self.tr("&Today"))
        self.today_button.clicked.connect(self.go_today)
        self.next_button = QPushButton("▶")
        self.next_button.setToolTip(self.tr("Next"))
        self.next_button.clicked.connect(lambda: self.step(1))
        self.month_button = QPushButton(self.tr("&Month"))
        self.week_button = QPushButton(self.tr("&Week"))
        views = QButtonGroup(self)
        for button in (self.month_button, self.week_button):
            button.setCheckable(True)
            views.addButton(button)
        self.month_button.setChecked(True)
        self.month_button.clicked.connect(lambda: self.set_week_view(False))
        self.week_button.clicked.connect(lambda: self.set_week_view(True))
        self.show_sittings = QCheckBox(self.tr("&Sittings"))
        self.show_control = QCheckBox(self.tr("&Control deadlines"))
        self.show_measures = QCheckBox(self.tr("Measure &deadlines"))
        for box in (self.show_sittings, self.show_control, self.show_measures):
            box.setChecked(True)
            box.toggled.connect(self._fill)
        self.export_button = QPushButton(self.tr("E&xport to Outlook (.ics)…"))
        self.export_button.clicked.connect(self.export_ics)

        bar = QHBoxLayout()
        bar.addWidget(self.previous_button)
        bar.addWidget(self.today_button)
        bar.addWidget(self.next_button)
        bar.addWidget(self.title, 1)
        bar.addWidget(self.month_button)
        bar.addWidget(self.week_button)
        filters = QHBoxLayout()
        filters.addWidget(self.show_sittings)
        filters.addWidget(self.show_control)
        filters.addWidget(self.show_measures)
        filters.addStretch(1)
        filters.addWidget(self.export_button)

        self.grid = QTableWidget(6, 7)
        self.grid.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.grid.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.grid.setWordWrap(True)
        self.grid.verticalHeader().hide()
        self.grid.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.grid.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.grid.setHorizontalHeaderLabels(
            [
                _locale().dayName(day, QLocale.FormatType.ShortFormat)
                for day in range(1, 8)  # Monday first, as in Kazakhstan
            ]
        )
        self.grid.currentCellChanged.connect(self._cell_chosen)
        self.grid.cellDoubleClicked.connect(lambda _r, _c: self.open_item(0))

        self.day_title = QLabel()
        self.day_title.setWordWrap(True)
        self.day_list = QListWidget()
        self.day_list.setWordWrap(True)
        self.day_list.itemActivated.connect(lambda item: self.open_item(self.day_list.row(item)))
        self.day_list.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.day_list.customContextMenuRequested.connect(self._item_menu_requested)
        self.day_note = QLabel()
        self.day_note.setWordWrap(True)
        side = QWidget()
        side_column = QVBoxLayout(side)
        side_column.setContentsMargins(0, 0, 0, 0)
        side_column.addWidget(self.day_title)
        side_column.addWidget(self.day_list, 1)
        side_column.addWidget(self.day_note)
        splitter = QSplitter()
        splitter.addWidget(self.grid)
        splitter.addWidget(side)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([900, 300])

        self.status = QLabel()
        self.status.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addLayout(filters)
        layout.addWidget(splitter, 1)
        layout.addWidget(self.status)

        self.has_measures = False
        self.refresh()

    # --- the period shown ---------------------------------------------------------------

    def days(self) -> list[date]:
        """The days of the grid: whole weeks from Monday covering the month, or one week."""
        if self.week_view:
            monday = self.anchor - timedelta(days=self.anchor.weekday())
            return [monday + timedelta(days=i) for i in range(7)]
        weeks = month_grid.Calendar(firstweekday=0).monthdatescalendar(
            self.anchor.year, self.anchor.month
        )
        return [day for week in weeks for day in week]

    def step(self, step: int) -> None:
        if self.week_view:
            self.anchor += timedelta(days=7 * step)
        else:
            month = self.anchor.month - 1 + step
            self.anchor = date(self.anchor.year + month // 12, month % 12 + 1, 1)
        self.selected = self.anchor
        self.refresh()

    def go_today(self) -> None:
        self.anchor = self.selected = self._clock()
        self.refresh()

    def set_week_view(self, week: bool) -> None:
        self.week_view = week
        self.anchor = self.selected
        self.month_button.setChecked(not week)
        self.week_button.setChecked(week)
        self.refresh()

    def toolbar_actions(self) -> list[QAction]:
        """The toolbar's commands: these buttons' (ui.commands)."""
        return button_actions(
            self,
            (self.export_button, "export_ics"),
        )

    def refresh(self) -> None:
        days = self.days()
        found = self.ctx.run(
            self,
            lambda: calendar_events.period(
                self.ctx.db, self.ctx.actor, days[0], days[-1], self._clock()
            ),
        )
        self.period = found
        self.has_measures = found is not None and bool(found.measures)
        self.show_measures.setVisible(self.ctx.actor.can(Permission.EDIT_CASES))
        self._fill()

    # --- drawing ------------------------------------------------------------------------

    def _title_text(self) -> str:
        locale = _locale()
        if self.week_view:
            days = self.days()
            first, last = (
                locale.toString(to_qdate(days[0]), "d MMMM"),
                locale.toString(to_qdate(days[-1]), "d MMMM yyyy"),
            )
            return f"{first} — {last}"
        month = locale.standaloneMonthName(self.anchor.month)
        return f"{month[:1].upper()}{month[1:]} {self.anchor.year}"

    def _items(self, day: date) -> tuple[list[Sitting], list[ControlDue], list[MeasureDue]]:
        if self.period is None:
            return [], [], []
        sittings, control, measures = self.period.on(day)
        return (
            sittings if self.show_sittings.isChecked() else [],
            control if self.show_control.isChecked() else [],
            measures if self.show_measures.isChecked() and self.show_measures.isVisible() else [],
        )

    def _marked(self, day: date) -> calendar_events.MarkedDay | None:
        if self.period is None:
            return None
        return next((m for m in self.period.marked if m.day == day), None)

    def _fill(self) -> None:
        self.title.setText(self._title_text())
        days = self.days()
        rows = len(days) // 7
        self.grid.blockSignals(True)
        self.grid.clearContents()
        self.grid.setRowCount(rows)
        today = self._clock()
        for index, day in enumerate(days):
            lines = [str(day.day)]
            sittings, control, measures = self._items(day)
            texts = [self._sitting_text(s) for s in sittings]
            if control:
                texts.append(self.tr("◇ %n deadline(s)", "", len(control)))
            if measures:
                texts.append(self.tr("◆ %n measure(s)", "", len(measures)))
            marked = self._marked(day)
            if marked is not None and marked.kind is not DayKind.WORKING_DAY:
                texts.insert(0, self._day_name(marked))
            shown = texts[:_CELL_LINES]
            if len(texts) > _CELL_LINES:
                shown.append(self.tr("+%n more", "", len(texts) - _CELL_LINES))
            cell = QTableWidgetItem("\n".join(lines + shown))
            cell.setTextAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
            cell.setData(Qt.ItemDataRole.UserRole, day.toordinal())
            cell.setToolTip("\n".join(texts))
            off = day.weekday() >= 5
            if marked is not None:
                off = marked.kind is not DayKind.WORKING_DAY
                if not off:
                    cell.setBackground(QBrush(_WORKDAY_MOVED))
            if off:
                cell.setBackground(QBrush(_HOLIDAY))
            if not self.week_view and day.month != self.anchor.month:
                cell.setForeground(QBrush(QColor("#9aa0a6")))
            if day == today:
                font = cell.font()
                font.setWeight(_TODAY_FONT_WEIGHT)
                cell.setFont(font)
            self.grid.setItem(index // 7, index % 7, cell)
        self.grid.blockSignals(False)
        if self.selected in days:
            at = days.index(self.selected)
            self.grid.setCurrentCell(at // 7, at % 7)
        self._show_day(self.selected)
        self._update_status()

    def _sitting_text(self, sitting: Sitting) -> str:
        if sitting.kind is MeetingKind.EXTRAORDINARY:
            text = self.tr("● Extraordinary sitting No. %1").replace("%1", str(sitting.number))
        else:
            text = self.tr("● Sitting No. %1").replace("%1", str(sitting.number))
        if sitting.start is not None:
            text += f" {sitting.start:%H:%M}"
        return text

    def _update_status(self) -> None:
        if self.period is None:
            self.status.clear()
            return
        days = set(self.days())
        sittings = sum(1 for s in self.period.sittings if s.day in days)
        overdue = sum(
            1 for c in self.period.control if c.day in days and c.state is ComputedState.OVERDUE
        )
        self.status.setText(
            self.tr("Sittings: %1. Control deadlines: %2, of them overdue: %3.")
            .replace("%1", str(sittings))
            .replace("%2", str(sum(1 for c in self.period.control if c.day in days)))
            .replace("%3", str(overdue))
        )

    # --- the chosen day -----------------------------------------------------------------

    def _cell_chosen(self, row: int, column: int, _old_row: int, _old_column: int) -> None:
        item = self.grid.item(row, column)
        if item is None:
            return
        self.selected = date.fromordinal(int(item.data(Qt.ItemDataRole.UserRole)))
        self._show_day(self.selected)

    def _show_day(self, day: date) -> None:
        self.day_title.setText(_locale().toString(to_qdate(day), "dddd, d MMMM yyyy"))
        self.day_list.clear()
        sittings, control, measures = self._items(day)
        for sitting in sittings:
            text = self._sitting_text(sitting)
            if sitting.place:
                text += f"\n{sitting.place}"
            self._add(text, _SITTING, sitting.meeting_id)
        for due in control:
            text = (
                self.tr("◇ Decision %1 of minutes No. %2")
                .replace("%1", due.number)
                .replace("%2", str(due.meeting_number))
            )
            if due.lead_agency:
                text += f"\n{due.lead_agency}"
            if due.state is ComputedState.OVERDUE:
                text += "\n" + self.tr("Overdue")
            self._add(text, _CONTROL, due.decision_id)
        for measure in measures:
            text = self.tr("◆ Measure of case No. %1").replace("%1", measure.case_number)
            if measure.agency:
                text += f"\n{measure.agency}"
            self._add(text, _MEASURE, measure.case_id)
        marked = self._marked(day)
        note = self._day_name(marked) if marked is not None else ""
        if not self.day_list.count():
            note = "\n".join(t for t in (note, self.tr("Nothing falls on this day.")) if t)
        self.day_note.setText(note)

    @staticmethod
    def _day_name(marked: calendar_events.MarkedDay) -> str:
        return day_name(marked.day, marked.name, marked.source)

    def _add(self, text: str, kind: str, ident: int) -> None:
        item = QListWidgetItem(text)
        item.setData(Qt.ItemDataRole.UserRole, (kind, ident))
        self.day_list.addItem(item)

    def item_menu(self, at: QPoint) -> QMenu | None:
        """The right click on a day's item: open it (what a double click does), or copy it."""
        item = self.day_list.itemAt(at)
        if item is None:
            return None
        self.day_list.setCurrentItem(item)
        row = self.day_list.row(item)
        menu = QMenu(self)
        menu.setObjectName("rowMenu")
        menu.addAction(icon("open"), self.tr("Open"), lambda: self.open_item(row))
        menu.addSeparator()
        text = item.text()
        menu.addAction(
            icon("copy"), self.tr("Copy"), lambda: QGuiApplication.clipboard().setText(text)
        )
        return menu

    def _item_menu_requested(self, at: QPoint) -> None:
        menu = self.item_menu(at)
        if menu is not None:
            menu.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            menu.popup(self.day_list.viewport().mapToGlobal(at))

    def open_item(self, row: int) -> QWidget | None:
        """Open the chosen day's item ``row``: its meeting, control card or case card."""
        item = self.day_list.item(row)
        if item is None:
            return None
        kind, ident = item.data(Qt.ItemDataRole.UserRole)
        if kind == _SITTING:
            self.sig_show_meeting.emit(ident)
            return None
        if kind == _CONTROL:
            from commission.ui.decisions.control_card import ControlCardDialog

            card = ControlCardDialog(self.ctx, ident, self, clock=self._clock)
            card.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            card.open()
            self.dialog = card
            return card
        from commission.ui.cases.case_card import open_case_card

        self.dialog = open_case_card(self.ctx, ident, self, self._clock)
        return self.dialog

    # --- Outlook --------------------------------------------------------------------------

    def export_ics(self) -> None:
        documents = QStandardPaths.writableLocation(
            QStandardPaths.StandardLocation.DocumentsLocation
        )
        path, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Export to Outlook"),
            str(Path(documents) / self.tr("commission.ics")),
            self.tr("Calendar files (*.ics)"),
        )
        if path:
            self.export_to(Path(path))

    def export_to(self, path: Path) -> bool:
        """The last month and the year ahead, as the command line's ``export ical`` writes."""
        today = self._clock()
        start, end = today - timedelta(days=31), today + timedelta(days=366)
        language = interface_language().value

        def write() -> int:
            from commission.exports.files import write_bytes_safely
            from commission.exports.ical import period_ics  # icalendar: on use

            found = calendar_events.period(self.ctx.db, self.ctx.actor, start, end, today)
            name = commission_choice.current_commission(self.ctx.db, self.ctx.actor).short_name(
                language
            )
            write_bytes_safely(path, period_ics(found, language, name, datetime.now(UTC)))
            return len(found.sittings) + len(found.control) + len(found.measures)

        count = self.ctx.run(self, write, self.tr("Export to Outlook"))
        if count is None:
            return False
        show_saved(
            self, path, self.tr("%n item(s) exported to %1.", "", count).replace("%1", path.name)
        )
        return True
