"""The term of a decision's point, previewed live on the working-day calendar with the
commission's day-off rule: a fixed date, days after the meeting, periodic reports, or permanent
control."""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QSpinBox,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from commission.domain.deadlines import (
    DEFAULT_REPORT_DAY,
    MAX_TERM_DAYS,
    DeadlineKind,
    DeadlineRule,
    InvalidDeadline,
    Period,
    due_dates,
)
from commission.domain.enums import DecisionKind
from commission.domain.workcalendar import DayKind, DayOffRule
from commission.ui.admin.forms import (
    OptionalDateEdit,
    fill_enum_combo,
    from_qdate,
    make_date_edit,
    select_data,
    to_qdate,
)
from commission.ui.context import message_of
from commission.ui.meetings.decision_setting import ACTS_ON_EARLIER, ERROR_STYLE, DecisionSetting
from commission.ui.meetings.record_labels import deadline_kind_label, fmt_date, period_label

# A new fixed term is suggested a month after the meeting; the secretary changes it.
DEFAULT_FIXED_TERM = timedelta(days=30)
PREVIEW_DATES = 6  # periodic terms listed in the preview before «and N more»
TERM_KINDS: tuple[DeadlineKind | None, ...] = (None, *DeadlineKind)


def buddy(text: str, widget: QWidget) -> QLabel:
    label = QLabel(text)
    label.setBuddy(widget)
    return label


class TermBox(QGroupBox):
    """The «Term» group of the decision dialog.

    Attributes:
        loading: while True (the dialog fills the fields) the preview is not recomputed.
    """

    def __init__(self, setting: DecisionSetting, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Term"))
        self.setting = setting
        self.loading = False
        self.decision_kind = DecisionKind.INSTRUCTION
        s = setting
        self.term_kind = QComboBox()
        for kind in TERM_KINDS:
            self.term_kind.addItem(deadline_kind_label(kind), kind.value if kind else "")
        self.term_kind.currentIndexChanged.connect(lambda _i: self._term_kind_changed())
        self.term_pages = QStackedWidget()

        none_page = QLabel(self.tr("The point has no term of its own."))
        none_page.setWordWrap(True)
        self.fixed_date = make_date_edit(s.meeting_date + DEFAULT_FIXED_TERM)
        self.fixed_date.dateChanged.connect(lambda _d: self.update_preview())
        fixed_page = QWidget()
        fixed_layout = QHBoxLayout(fixed_page)
        fixed_layout.setContentsMargins(0, 0, 0, 0)
        fixed_layout.addWidget(buddy(self.tr("&Due by:"), self.fixed_date))
        fixed_layout.addWidget(self.fixed_date)
        fixed_layout.addStretch(1)

        self.days = QSpinBox()
        self.days.setRange(1, MAX_TERM_DAYS)
        self.days.setValue(10)
        self.days.valueChanged.connect(lambda _v: self.update_preview())
        self.days_caption = QLabel()
        days_page = QWidget()
        days_layout = QHBoxLayout(days_page)
        days_layout.setContentsMargins(0, 0, 0, 0)
        days_layout.addWidget(buddy(self.tr("Wit&hin:"), self.days))
        days_layout.addWidget(self.days)
        days_layout.addWidget(self.days_caption)
        days_layout.addStretch(1)

        self.period = QComboBox()
        fill_enum_combo(self.period, Period, period_label, Period.QUARTERLY)
        self.period.currentIndexChanged.connect(lambda _i: self.update_preview())
        self.report_day = QSpinBox()
        self.report_day.setRange(1, 31)
        self.report_day.setValue(DEFAULT_REPORT_DAY)
        self.report_day.valueChanged.connect(lambda _v: self.update_preview())
        self.until = OptionalDateEdit(self.tr("&Until:"))
        self.until.set_value(None)
        self.until.edit.setDate(to_qdate(date(s.meeting_date.year, 12, 31)))
        self.until.sig_changed.connect(self.update_preview)
        periodic_page = QWidget()
        periodic = QGridLayout(periodic_page)
        periodic.setContentsMargins(0, 0, 0, 0)
        periodic.addWidget(buddy(self.tr("&Reporting:"), self.period), 0, 0)
        periodic.addWidget(self.period, 0, 1, 1, 2)
        periodic.addWidget(buddy(self.tr("by da&y:"), self.report_day), 1, 0)
        periodic.addWidget(self.report_day, 1, 1)
        periodic.addWidget(QLabel(self.tr("of the month after the period")), 1, 2)
        periodic.addWidget(self.until, 2, 0, 1, 3)
        periodic.setColumnStretch(2, 1)

        permanent_page = QLabel(
            self.tr("Permanently on control: reviewed at each meeting, with no due date.")
        )
        permanent_page.setWordWrap(True)
        self._pages: dict[DeadlineKind | None, int] = {}
        for kind, page in (
            (None, none_page),
            (DeadlineKind.FIXED, fixed_page),
            (DeadlineKind.CALENDAR_DAYS, days_page),
            (DeadlineKind.PERIODIC, periodic_page),
            (DeadlineKind.PERMANENT, permanent_page),
        ):
            self._pages[kind] = self.term_pages.addWidget(page)
        self._pages[DeadlineKind.WORKING_DAYS] = self._pages[DeadlineKind.CALENDAR_DAYS]

        self.term_preview = QLabel()
        self.term_preview.setWordWrap(True)
        self.term_preview.setTextFormat(Qt.TextFormat.PlainText)
        self.term_preview.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.term_preview.setMinimumWidth(360)

        layout = QVBoxLayout(self)
        row = QHBoxLayout()
        row.addWidget(buddy(self.tr("T&erm:"), self.term_kind))
        row.addWidget(self.term_kind, 1)
        layout.addLayout(row)
        layout.addWidget(self.term_pages)
        layout.addWidget(self.term_preview)

    def focus_chain(self) -> list[QWidget]:
        return [
            self.term_kind,
            self.fixed_date,
            self.days,
            self.period,
            self.report_day,
            self.until,
        ]

    def set_decision_kind(self, kind: DecisionKind) -> None:
        self.decision_kind = kind
        self.setVisible(kind not in ACTS_ON_EARLIER)

    def load_rule(self, rule: DeadlineRule | None) -> None:
        select_data(self.term_kind, rule.kind.value if rule else "")
        if rule is None:
            return
        if rule.fixed_date is not None:
            self.fixed_date.setDate(to_qdate(rule.fixed_date))
        if rule.days is not None:
            self.days.setValue(rule.days)
        if rule.period is not None:
            select_data(self.period, rule.period.value)
        if rule.day_of_month is not None:
            self.report_day.setValue(rule.day_of_month)
        self.until.set_value(rule.until)

    def _term_kind_changed(self) -> None:
        kind = self.term_rule_kind()
        self.term_pages.setCurrentIndex(self._pages[kind])
        if kind is DeadlineKind.CALENDAR_DAYS:
            self.days_caption.setText(self.tr("calendar days after the meeting"))
        elif kind is DeadlineKind.WORKING_DAYS:
            self.days_caption.setText(self.tr("working days after the meeting"))
        self.update_preview()

    def term_rule_kind(self) -> DeadlineKind | None:
        value = self.term_kind.currentData()
        return DeadlineKind(value) if value else None

    def rule(self) -> DeadlineRule | None:
        """The term as the form describes it (``None``: no term)."""
        if self.decision_kind in ACTS_ON_EARLIER:
            return None
        kind = self.term_rule_kind()
        if kind is None:
            return None
        if kind is DeadlineKind.FIXED:
            return DeadlineRule(kind, fixed_date=from_qdate(self.fixed_date.date()))
        if kind in (DeadlineKind.CALENDAR_DAYS, DeadlineKind.WORKING_DAYS):
            return DeadlineRule(kind, days=self.days.value())
        if kind is DeadlineKind.PERIODIC:
            return DeadlineRule(
                kind,
                period=Period(self.period.currentData()),
                day_of_month=self.report_day.value(),
                until=self.until.value(),
            )
        return DeadlineRule(kind)

    def _why_off(self, day: date) -> str:
        entry = self.setting.calendar.entry(day)
        if entry is not None and entry.kind is not DayKind.WORKING_DAY and entry.name:
            return self.tr("day off: {name}").format(name=entry.name)
        return self.tr("day off")

    def _dated(self, due: date, raw: date) -> str:
        if due == raw:
            return fmt_date(due)
        return self.tr("{date} (moved from {raw} — {why})").format(
            date=fmt_date(due), raw=fmt_date(raw), why=self._why_off(raw)
        )

    def term_preview_text(self) -> tuple[str, bool]:
        """(the preview, whether it is an error)."""
        rule = self.rule()
        if rule is None:
            if self.decision_kind is DecisionKind.INSTRUCTION:
                return self.tr("No term: the instruction stays on control without a date."), False
            return self.tr("No term."), False
        s = self.setting
        try:
            dates = due_dates(rule, s.meeting_date, s.calendar, s.day_off_rule)
            raw = due_dates(rule, s.meeting_date, s.calendar, DayOffRule.NONE)
        except InvalidDeadline as exc:
            return message_of(exc), True
        if rule.kind is DeadlineKind.PERMANENT:
            return self.tr("Permanently: reviewed at each meeting, no due date."), False
        if not dates:
            return self.tr("No reporting period ends before the end of control."), True
        if rule.kind is not DeadlineKind.PERIODIC:
            return self.tr("Term: {term}").format(term=self._dated(dates[0], raw[0])), False
        shown = [self._dated(d, r) for d, r in zip(dates, raw, strict=False)][:PREVIEW_DATES]
        text = self.tr("Terms: {terms}").format(terms="; ".join(shown))
        if len(dates) > PREVIEW_DATES:
            text = self.tr("{terms} and %n more", "", len(dates) - PREVIEW_DATES).format(terms=text)
        if rule.until is None:
            text += " " + self.tr("(counted to the end of next year; set «Until» to stop earlier)")
        return text, False

    def update_preview(self) -> None:
        if self.loading:
            return
        text, is_error = self.term_preview_text()
        self.term_preview.setText(text)
        self.term_preview.setStyleSheet(ERROR_STYLE if is_error else "")
