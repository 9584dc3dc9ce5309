"""One point of «ПОСТАНОВИЛИ»: what is decided, for whom, by when, and how the vote went.

The term is previewed live on the working-day calendar with the commission's day-off rule, and
the result of the vote is computed from the counts — nobody types «принято». The service has
the last word (quorum, executors, terms); its refusal appears in red under the form and
everything typed stays.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, timedelta

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QRadioButton,
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
from commission.domain.messages import UserError
from commission.domain.quorum import QuorumResult
from commission.domain.voting import AGAINST, FOR, InvalidVote, vote_outcome
from commission.domain.workcalendar import DayKind, DayOffRule, WorkingCalendar
from commission.exports import catalog, phrases
from commission.exports.wording import Wording
from commission.services import agencies, attendance, composition, decisions, meetings, minutes
from commission.services.agencies import AgencyView
from commission.services.calendar import working_calendar
from commission.services.decisions import DecisionData, DecisionView
from commission.ui.admin.forms import (
    FormDialog,
    OptionalDateEdit,
    fill_agency_combo,
    fill_enum_combo,
    from_qdate,
    make_date_edit,
    select_data,
    to_qdate,
)
from commission.ui.admin.tables import pick_name
from commission.ui.context import AppContext, message_of
from commission.ui.meetings.decision_targets import TargetPicker
from commission.ui.meetings.record_labels import (
    deadline_kind_label,
    decision_ref_label,
    fmt_date,
    period_label,
    plain,
    vote_result_text,
)
from commission.ui.meetings.record_widgets import PlainTextEdit
from commission.ui.overview_labels import decision_kind_label

AGENCY_ROLE = Qt.ItemDataRole.UserRole
# A new fixed term is suggested a month after the meeting; the secretary changes it.
DEFAULT_FIXED_TERM = timedelta(days=30)
PREVIEW_DATES = 6  # periodic terms listed in the preview before «and N more»
ERROR_STYLE = "QLabel { color: #b00020; }"
TERM_KINDS: tuple[DeadlineKind | None, ...] = (None, *DeadlineKind)
ACTS_ON_EARLIER = (DecisionKind.REMOVE_FROM_CONTROL, DecisionKind.EXTEND)
RECORD_LANGUAGE = "ru"  # the record is kept in Russian, like the minutes it becomes


@dataclass(frozen=True)
class DecisionSetting:
    """What the dialog needs to know about the sitting, read once when it opens."""

    meeting_id: int
    meeting_number: int
    meeting_date: date
    binding_by_default: bool
    chair_casting_vote: bool
    majority_of_present: bool  # «for» must be more than half of those present, not of those voting
    day_off_rule: DayOffRule
    calendar: WorkingCalendar
    agencies: tuple[AgencyView, ...]
    quorum: QuorumResult


def load_setting(ctx: AppContext, parent: QWidget, meeting_id: int) -> DecisionSetting | None:
    """The meeting, the commission's rules, the calendar, agencies and today's quorum."""

    def load() -> DecisionSetting:
        db, actor = ctx.db, ctx.actor
        meeting = meetings.get_meeting(db, actor, meeting_id)
        commission = composition.get_commission(db, actor)
        sheet = attendance.attendance_sheet(db, actor, meeting_id)
        return DecisionSetting(
            meeting_id=meeting.id,
            meeting_number=meeting.number,
            meeting_date=meeting.meeting_date,
            binding_by_default=commission.binding_by_default,
            chair_casting_vote=commission.chair_casting_vote,
            majority_of_present=commission.majority_of_present,
            day_off_rule=commission.day_off_rule,
            calendar=working_calendar(db),
            agencies=tuple(agencies.list_agencies(db, actor)),
            quorum=sheet.quorum,
        )

    return ctx.run(parent, load)


def default_binding(setting: DecisionSetting, kind: DecisionKind) -> bool:
    """The commission's default; a recommendation is advisory unless the secretary says so."""
    return setting.binding_by_default and kind is not DecisionKind.RECOMMENDATION


class DecisionDialog(FormDialog):
    """Adds a point to an item, or corrects one.

    Attributes:
        decision: the point as the table showed it (``None`` for a new one).
        saved: the point as stored, once saved.
    """

    def __init__(
        self,
        ctx: AppContext,
        setting: DecisionSetting,
        item_id: int,
        number: str,
        decision: DecisionView | None = None,
        parent: QWidget | None = None,
        *,
        read_only: bool = False,
        default_kind: DecisionKind = DecisionKind.INSTRUCTION,
    ) -> None:
        super().__init__(ctx, parent, read_only=read_only)
        self.setting = setting
        self.default_kind = default_kind
        self.item_id = item_id
        self.decision = decision
        self.saved: DecisionView | None = None
        self._binding_touched = False
        self._auto_text: str | None = None
        self._loading = True
        self.setMinimumWidth(1040)
        if decision is None:
            self.setWindowTitle(self.tr("New decision {number}").format(number=number))
        else:
            self.setWindowTitle(self.tr("Decision {number}").format(number=decision.number))
        if not setting.quorum.has_quorum:
            self.set_intro(
                self.tr(
                    "There is no quorum: {present} of {total} voting members are marked present "
                    "and {required} are needed. The decision cannot be recorded until the "
                    "attendance shows a quorum."
                ).format(
                    present=setting.quorum.present,
                    total=setting.quorum.total,
                    required=setting.quorum.required,
                )
            )
            self.intro.setStyleSheet(ERROR_STYLE)

        left = self._build_main()
        right = QVBoxLayout()
        right.addWidget(self._build_term())
        right.addWidget(self._build_vote())
        right.addStretch(1)
        columns = QHBoxLayout()
        columns.addLayout(left, 5)
        columns.addLayout(right, 4)
        self.targets_box = self._build_targets()
        holder = QWidget()
        body = QVBoxLayout(holder)
        body.setContentsMargins(0, 0, 0, 0)
        body.addLayout(columns)
        body.addWidget(self.targets_box)
        self.form.addRow(holder)

        self._order = [
            self.kind,
            self.text,
            self.compose_button,
            self.binding,
            self.lead,
            self.co_executors,
            self.report,
            self.term_kind,
            self.fixed_date,
            self.days,
            self.period,
            self.report_day,
            self.until,
            self.vote_none,
            self.vote_counted,
            self.vote_all,
            self.votes_for,
            self.votes_against,
            self.votes_abstained,
            self.dissenters,
            self.chair_for,
            self.chair_against,
            self.targets.search,
            self.targets.table,
        ]
        if decision is not None:
            self._load(decision)
        else:
            self._kind_changed()
        self._loading = False
        self._update_all()
        self.finish_form()
        if read_only:
            self.targets.set_read_only(True)
            self.compose_button.hide()
            self.vote_box.setEnabled(False)
        self.kind.setFocus()

    # --- building ---------------------------------------------------------------------------

    def _build_main(self) -> QFormLayout:
        s = self.setting
        self.kind = QComboBox()
        fill_enum_combo(self.kind, DecisionKind, decision_kind_label, self.default_kind)
        self.kind.currentIndexChanged.connect(lambda _i: self._kind_changed())

        self.text = PlainTextEdit(6)
        self.text.setMinimumWidth(420)
        self.text.textChanged.connect(self._text_changed)
        self.text_hint = QLabel(
            self.tr(
                "Write the point as the minutes will print it, without its number: whom it "
                "instructs and what to do. The term, the binding note and «report to the "
                "secretary» are added from the fields."
            )
        )
        self.text_hint.setWordWrap(True)
        self.text_hint.setEnabled(False)  # drawn dimmed: a hint, not a field
        self.compose_button = QPushButton(self.tr("Com&pose the text from the chosen points"))
        self.compose_button.clicked.connect(self.compose_text)
        text_box = QWidget()
        text_layout = QVBoxLayout(text_box)
        text_layout.setContentsMargins(0, 0, 0, 0)
        text_layout.addWidget(self.text)
        text_layout.addWidget(self.text_hint)
        text_layout.addWidget(self.compose_button, 0, Qt.AlignmentFlag.AlignLeft)

        self.binding = QCheckBox(self.tr("&Binding: the agencies must carry it out"))
        self.binding.setToolTip(
            self.tr(
                "Crime-prevention decisions are usually binding, social-support ones advisory. "
                "Tick it to give a social-support decision binding force."
            )
        )
        self.binding.clicked.connect(self._binding_clicked)

        self.lead = QComboBox()
        self.lead.setMinimumContentsLength(30)
        self.lead.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        fill_agency_combo(self.lead, s.agencies, None, self.ctx.actor.language, self.tr("— none —"))
        self.lead.currentIndexChanged.connect(lambda _i: self._lead_changed())
        self.co_executors = QListWidget()
        self.co_executors.setMinimumHeight(self.fontMetrics().lineSpacing() * 4 + 8)
        self.co_executors.itemChanged.connect(lambda _item: self._update_all())
        self._fill_co_executors(())
        self.report = QCheckBox(self.tr("&Information on execution goes to the secretary"))
        self.report.setChecked(True)

        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.addRow(self._buddy(self.tr("&Kind:"), self.kind), self.kind)
        form.addRow(self._buddy(self.tr("&Text:"), self.text), text_box)
        form.addRow("", self.binding)
        form.addRow(self._buddy(self.tr("&Lead agency:"), self.lead), self.lead)
        form.addRow(self._buddy(self.tr("C&o-executors:"), self.co_executors), self.co_executors)
        form.addRow("", self.report)
        for name, widget in (
            ("kind", self.kind),
            ("text", self.text),
            ("is_binding", self.binding),
            ("lead_agency_id", self.lead),
            ("co_executor_ids", self.co_executors),
            ("report_to_secretary", self.report),
        ):
            self.errors.fields[name] = widget
        return form

    @staticmethod
    def _buddy(text: str, widget: QWidget) -> QLabel:
        label = QLabel(text)
        label.setBuddy(widget)
        return label

    def _build_term(self) -> QGroupBox:
        s = self.setting
        self.term_box = QGroupBox(self.tr("Term"))
        self.term_kind = QComboBox()
        for kind in TERM_KINDS:
            self.term_kind.addItem(deadline_kind_label(kind), kind.value if kind else "")
        self.term_kind.currentIndexChanged.connect(lambda _i: self._term_kind_changed())
        self.term_pages = QStackedWidget()

        none_page = QLabel(self.tr("The point has no term of its own."))
        none_page.setWordWrap(True)
        self.fixed_date = make_date_edit(s.meeting_date + DEFAULT_FIXED_TERM)
        self.fixed_date.dateChanged.connect(lambda _d: self._update_term())
        fixed_page = QWidget()
        fixed_layout = QHBoxLayout(fixed_page)
        fixed_layout.setContentsMargins(0, 0, 0, 0)
        fixed_layout.addWidget(self._buddy(self.tr("&Due by:"), self.fixed_date))
        fixed_layout.addWidget(self.fixed_date)
        fixed_layout.addStretch(1)

        self.days = QSpinBox()
        self.days.setRange(1, MAX_TERM_DAYS)
        self.days.setValue(10)
        self.days.valueChanged.connect(lambda _v: self._update_term())
        self.days_caption = QLabel()
        days_page = QWidget()
        days_layout = QHBoxLayout(days_page)
        days_layout.setContentsMargins(0, 0, 0, 0)
        days_layout.addWidget(self._buddy(self.tr("Wit&hin:"), self.days))
        days_layout.addWidget(self.days)
        days_layout.addWidget(self.days_caption)
        days_layout.addStretch(1)

        self.period = QComboBox()
        fill_enum_combo(self.period, Period, period_label, Period.QUARTERLY)
        self.period.currentIndexChanged.connect(lambda _i: self._update_term())
        self.report_day = QSpinBox()
        self.report_day.setRange(1, 31)
        self.report_day.setValue(DEFAULT_REPORT_DAY)
        self.report_day.valueChanged.connect(lambda _v: self._update_term())
        self.until = OptionalDateEdit(self.tr("&Until:"))
        self.until.set_value(None)
        self.until.edit.setDate(to_qdate(date(s.meeting_date.year, 12, 31)))
        self.until.sig_changed.connect(self._update_term)
        periodic_page = QWidget()
        periodic = QGridLayout(periodic_page)
        periodic.setContentsMargins(0, 0, 0, 0)
        periodic.addWidget(self._buddy(self.tr("&Reporting:"), self.period), 0, 0)
        periodic.addWidget(self.period, 0, 1, 1, 2)
        periodic.addWidget(self._buddy(self.tr("by da&y:"), self.report_day), 1, 0)
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

        layout = QVBoxLayout(self.term_box)
        row = QHBoxLayout()
        row.addWidget(self._buddy(self.tr("T&erm:"), self.term_kind))
        row.addWidget(self.term_kind, 1)
        layout.addLayout(row)
        layout.addWidget(self.term_pages)
        layout.addWidget(self.term_preview)
        self.errors.fields["deadline"] = self.term_kind
        return self.term_box

    def _build_vote(self) -> QGroupBox:
        q = self.setting.quorum
        self.vote_box = QGroupBox(self.tr("Vote"))
        self.present_label = QLabel(
            self.tr("Voting members present: {present} of {total} (quorum: {required}).").format(
                present=q.present, total=q.total, required=q.required
            )
        )
        self.present_label.setWordWrap(True)
        self.vote_none = QRadioButton(self.tr("&No vote taken"))
        self.vote_counted = QRadioButton(self.tr("&Voted:"))
        self.vote_all = QRadioButton(self.tr("&All present voted «for», except:"))
        self.vote_mode = QButtonGroup(self)
        for button in (self.vote_none, self.vote_counted, self.vote_all):
            self.vote_mode.addButton(button)
        self.vote_none.setChecked(True)
        self.vote_mode.buttonToggled.connect(self._vote_toggled)

        self.votes_for = self._count_spin()
        self.votes_against = self._count_spin()
        self.votes_abstained = self._count_spin()
        self.dissenters = QLineEdit()
        self.dissenters.setMaxLength(500)
        self.dissenters.setPlaceholderText(self.tr("Names, e.g. «Li V. S.»"))
        counts = QGridLayout()
        counts.setContentsMargins(24, 0, 0, 0)  # under the radio buttons they belong to
        for row, (text, spin) in enumerate(
            (
                (self.tr("«&For»:"), self.votes_for),
                (self.tr("«A&gainst»:"), self.votes_against),
                (self.tr("«Ab&stained»:"), self.votes_abstained),
            )
        ):
            counts.addWidget(self._buddy(text, spin), row, 0)
            counts.addWidget(spin, row, 1)
        counts.addWidget(
            self._buddy(self.tr("Who voted against or abstained (na&mes):"), self.dissenters),
            3,
            0,
            1,
            3,
        )
        counts.addWidget(self.dissenters, 4, 0, 1, 3)
        counts.setColumnStretch(2, 1)

        self.chair_for = QRadioButton(self.tr("«for»"))
        self.chair_against = QRadioButton(self.tr("«against»"))
        self.chair_side = QButtonGroup(self)
        self.chair_side.addButton(self.chair_for)
        self.chair_side.addButton(self.chair_against)
        self.chair_side.buttonToggled.connect(self._vote_toggled)
        self.chair_row = QWidget()
        chair = QHBoxLayout(self.chair_row)
        chair.setContentsMargins(0, 0, 0, 0)
        chair.addWidget(
            QLabel(self.tr("The votes are tied; the chair's vote decides. The chair voted"))
        )
        chair.addWidget(self.chair_for)
        chair.addWidget(self.chair_against)
        chair.addStretch(1)
        self.chair_row.hide()

        self.vote_result = QLabel()
        self.vote_result.setWordWrap(True)
        self.vote_result.setTextFormat(Qt.TextFormat.PlainText)
        self.vote_result.setMinimumWidth(360)
        font = self.vote_result.font()
        font.setBold(True)
        self.vote_result.setFont(font)

        layout = QVBoxLayout(self.vote_box)
        layout.addWidget(self.present_label)
        layout.addWidget(self.vote_none)
        layout.addWidget(self.vote_counted)
        layout.addWidget(self.vote_all)
        layout.addLayout(counts)
        layout.addWidget(self.chair_row)
        layout.addWidget(self.vote_result)
        for name, widget in (
            ("votes_for", self.votes_for),
            ("votes_against", self.votes_against),
            ("votes_abstained", self.votes_abstained),
            ("dissenters", self.dissenters),
            ("chair_side", self.chair_for),
        ):
            self.errors.fields[name] = widget
        return self.vote_box

    def _vote_toggled(self, _button: object, on: bool) -> None:
        if on:
            self._update_vote()

    def _count_spin(self) -> QSpinBox:
        spin = QSpinBox()
        spin.setRange(0, max(self.setting.quorum.present, 0))
        spin.setMinimumWidth(80)
        spin.valueChanged.connect(lambda _v: self._update_vote())
        return spin

    def _build_targets(self) -> QGroupBox:
        box = QGroupBox(self.tr("Earlier decisions concerned"))
        self.targets = TargetPicker(
            self.ctx, self.setting.meeting_id, self.setting.meeting_date, box
        )
        self.targets.sig_changed.connect(self._targets_changed)
        layout = QVBoxLayout(box)
        layout.addWidget(self.targets)
        self.errors.fields["removes"] = self.targets.table
        self.errors.fields["extends"] = self.targets.table
        return box

    # --- loading ----------------------------------------------------------------------------

    def _fill_co_executors(self, chosen: Sequence[int]) -> None:
        self.co_executors.blockSignals(True)
        self.co_executors.clear()
        wanted = set(chosen)
        for agency in self.setting.agencies:
            if not agency.is_active and agency.id not in wanted:
                continue
            name = pick_name(self.ctx.actor.language, agency.name_ru, agency.name_kk)
            entry = QListWidgetItem(name)
            entry.setData(AGENCY_ROLE, agency.id)
            entry.setFlags(entry.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            entry.setCheckState(
                Qt.CheckState.Checked if agency.id in wanted else Qt.CheckState.Unchecked
            )
            self.co_executors.addItem(entry)
        self.co_executors.blockSignals(False)
        self._hide_lead_in_co_executors()

    def _load(self, d: DecisionView) -> None:
        select_data(self.kind, d.kind.value)
        self._apply_kind(d.kind)
        self.text.setPlainText(plain(d.text))
        self._auto_text = None
        self.binding.setChecked(d.is_binding)
        fill_agency_combo(
            self.lead,
            self.setting.agencies,
            d.lead_agency_id,
            self.ctx.actor.language,
            self.tr("— none —"),
        )
        self._fill_co_executors(d.co_executor_ids)
        self.report.setChecked(d.report_to_secretary)
        self._load_rule(d.deadline)
        if d.votes_for is not None:
            top = max(
                self.setting.quorum.present,
                d.votes_for,
                d.votes_against or 0,
                d.votes_abstained or 0,
            )
            for spin in (self.votes_for, self.votes_against, self.votes_abstained):
                spin.setMaximum(top)
            self.vote_counted.setChecked(True)
            self.votes_for.setValue(d.votes_for)
            self.votes_against.setValue(d.votes_against or 0)
            self.votes_abstained.setValue(d.votes_abstained or 0)
            self.dissenters.setText(plain(d.dissenters).replace("\n", " "))
            if d.votes_for == (d.votes_against or 0) and d.votes_for > 0:
                # The chair's side is not in the view; on a tie the result says it.
                (self.chair_for if d.adopted else self.chair_against).setChecked(True)
        if d.removes or d.extends:
            self.targets.load(d.removes, d.extends, self._stored_labels(d))

    def _stored_labels(self, d: DecisionView) -> dict[int, str]:
        """«п. 1.2 протокола № 2 от …» of the points this decision already acts on (the
        search no longer offers them: they are removed or extended by it)."""
        ctx = self.ctx
        context = ctx.run(
            self, lambda: minutes.minutes_context(ctx.db, ctx.actor, self.setting.meeting_id)
        )
        if context is None:
            return {}
        for line in context.decisions():
            if line.id == d.id:
                refs = [*line.removes, *(ref for ref, _new in line.extends)]
                return {ref.decision_id: decision_ref_label(ref) for ref in refs}
        return {}

    def _load_rule(self, rule: DeadlineRule | None) -> None:
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

    # --- reactions --------------------------------------------------------------------------

    def current_kind(self) -> DecisionKind:
        return DecisionKind(self.kind.currentData())

    def _kind_changed(self) -> None:
        kind = self.current_kind()
        self._apply_kind(kind)
        if not self._binding_touched:
            self.binding.setChecked(default_binding(self.setting, kind))
        self._auto_fill_text()
        self._update_all()

    def _apply_kind(self, kind: DecisionKind) -> None:
        acts = kind in ACTS_ON_EARLIER
        self.term_box.setVisible(not acts)
        self.targets_box.setVisible(acts)
        self.compose_button.setVisible(acts and not self.read_only)
        self.text_hint.setVisible(not acts)  # it speaks of terms, which these have none of
        if acts:
            self.targets.set_mode(kind is DecisionKind.EXTEND)
            self.targets.ensure_loaded()
        placeholders = {
            DecisionKind.NOTE: self.tr("For example: Take the information into account."),
            DecisionKind.INSTRUCTION: self.tr(
                "For example: The police department (Kasymov E. B.) together with the "
                "education department is to organise preventive raids in places where young "
                "people spend their leisure."
            ),
            DecisionKind.RECOMMENDATION: self.tr(
                "For example: The employment centre is recommended to consider employing …"
            ),
            DecisionKind.REMOVE_FROM_CONTROL: self.tr(
                "Tick the points below and press «Compose the text», or write it yourself."
            ),
            DecisionKind.EXTEND: self.tr(
                "Tick the points below, give their new terms and press «Compose the text»."
            ),
        }
        self.text.setPlaceholderText(placeholders[kind])

    def _binding_clicked(self) -> None:
        self._binding_touched = True

    def _text_changed(self) -> None:
        if not self._loading and self.text.plain_text() != (self._auto_text or ""):
            self._auto_text = None

    def _generated_text(self) -> str:
        """The point's text as the minutes would word it for this kind, or "" if none."""
        kind = self.current_kind()
        try:
            wording = Wording(RECORD_LANGUAGE)
        except UserError:
            return ""
        if kind is DecisionKind.NOTE:
            return wording.text(catalog.NOTE_TEXT)
        refs = self.targets.chosen_refs()
        if kind is DecisionKind.REMOVE_FROM_CONTROL:
            return phrases.removal_text([r.ref for r in refs], wording)
        if kind is DecisionKind.EXTEND:
            terms = dict(self.targets.extends())
            return phrases.extension_text(
                [(r.ref, terms[r.ref.decision_id]) for r in refs if r.ref.decision_id in terms],
                wording,
            )
        return ""

    def _replace_text(self, text: str) -> None:
        cursor = self.text.textCursor()
        cursor.select(cursor.SelectionType.Document)
        cursor.insertText(text)  # through the cursor, so that Ctrl+Z brings the old text back
        self.text.setTextCursor(cursor)

    def _auto_fill_text(self) -> None:
        """An empty text (or one the dialog wrote itself) follows the kind and the choice."""
        current = self.text.plain_text()
        if current.strip() and current != (self._auto_text or ""):
            return
        generated = self._generated_text()
        if generated == current:
            return
        self._loading = True
        self._replace_text(generated)
        self._loading = False
        self._auto_text = generated or None

    def compose_text(self) -> None:
        """Word the removal or extension from the chosen points, replacing the text."""
        generated = self._generated_text()
        if not generated:
            self.errors.show_text(self.tr("Tick the points concerned first."), "removes")
            return
        self.errors.clear()
        self._loading = True
        self._replace_text(generated)
        self._loading = False
        self._auto_text = generated

    def _targets_changed(self) -> None:
        self._auto_fill_text()

    def _lead_changed(self) -> None:
        self._hide_lead_in_co_executors()
        self._update_all()

    def _hide_lead_in_co_executors(self) -> None:
        lead = self.lead.currentData()
        self.co_executors.blockSignals(True)
        for row in range(self.co_executors.count()):
            entry = self.co_executors.item(row)
            is_lead = entry.data(AGENCY_ROLE) == lead
            if is_lead:
                entry.setCheckState(Qt.CheckState.Unchecked)
            entry.setHidden(is_lead)
        self.co_executors.blockSignals(False)

    def _term_kind_changed(self) -> None:
        kind = self.term_rule_kind()
        self.term_pages.setCurrentIndex(self._pages[kind])
        if kind is DeadlineKind.CALENDAR_DAYS:
            self.days_caption.setText(self.tr("calendar days after the meeting"))
        elif kind is DeadlineKind.WORKING_DAYS:
            self.days_caption.setText(self.tr("working days after the meeting"))
        self._update_term()

    def _update_all(self) -> None:
        self._update_term()
        self._update_vote()

    # --- the term ---------------------------------------------------------------------------

    def term_rule_kind(self) -> DeadlineKind | None:
        value = self.term_kind.currentData()
        return DeadlineKind(value) if value else None

    def rule(self) -> DeadlineRule | None:
        """The term as the form describes it (``None``: no term)."""
        if self.current_kind() in ACTS_ON_EARLIER:
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
            if self.current_kind() is DecisionKind.INSTRUCTION:
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

    def _update_term(self) -> None:
        if self._loading:
            return
        text, is_error = self.term_preview_text()
        self.term_preview.setText(text)
        self.term_preview.setStyleSheet(ERROR_STYLE if is_error else "")

    # --- the vote ---------------------------------------------------------------------------

    def _vote_counts(self) -> tuple[int, int, int] | None:
        if self.vote_none.isChecked():
            return None
        against, abstained = self.votes_against.value(), self.votes_abstained.value()
        if self.vote_all.isChecked():
            return self.setting.quorum.present - against - abstained, against, abstained
        return self.votes_for.value(), against, abstained

    def is_tie(self) -> bool:
        counts = self._vote_counts()
        return counts is not None and counts[0] == counts[1] and counts[0] > 0

    def chair_side_value(self) -> str | None:
        if not (self.is_tie() and self.setting.chair_casting_vote):
            return None
        if self.chair_for.isChecked():
            return FOR
        if self.chair_against.isChecked():
            return AGAINST
        return None

    def _update_vote(self) -> None:
        if self._loading:
            return
        counted = not self.vote_none.isChecked()
        all_mode = self.vote_all.isChecked()
        self.votes_for.setEnabled(counted and not all_mode)
        self.votes_against.setEnabled(counted)
        self.votes_abstained.setEnabled(counted)
        self.dissenters.setEnabled(counted)
        counts = self._vote_counts()
        if all_mode and counts is not None:
            self.votes_for.blockSignals(True)
            self.votes_for.setValue(max(counts[0], 0))
            self.votes_for.blockSignals(False)
        self.chair_row.setVisible(self.is_tie() and self.setting.chair_casting_vote)
        text, is_error = self.vote_result_text()
        self.vote_result.setText(text)
        self.vote_result.setStyleSheet(ERROR_STYLE if is_error else "")

    def vote_result_text(self) -> tuple[str, bool]:
        counts = self._vote_counts()
        if counts is None:
            return self.tr("No vote: the minutes give no vote results for this point."), False
        votes_for, against, abstained = counts
        if self.vote_all.isChecked() and votes_for < 0:
            return (
                self.tr("More «against» and «abstained» than voting members present ({n}).").format(
                    n=self.setting.quorum.present
                ),
                True,
            )
        side = self.chair_side_value()
        if self.is_tie() and self.setting.chair_casting_vote and side is None:
            return self.tr("The votes are tied: say how the chair voted."), True
        try:
            outcome = vote_outcome(
                votes_for,
                against,
                abstained,
                self.setting.quorum.present,
                self.setting.chair_casting_vote,
                side,
                self.setting.majority_of_present,
            )
        except InvalidVote as exc:
            return message_of(exc), True
        present = self.setting.quorum.present
        return vote_result_text(votes_for, against, abstained, outcome, present), False

    # --- saving -----------------------------------------------------------------------------

    def co_executor_ids(self) -> tuple[int, ...]:
        result = []
        for row in range(self.co_executors.count()):
            entry = self.co_executors.item(row)
            if not entry.isHidden() and entry.checkState() == Qt.CheckState.Checked:
                result.append(int(entry.data(AGENCY_ROLE)))
        return tuple(result)

    def data(self) -> DecisionData:
        """What the form holds, as the service takes it (the service cleans and checks it)."""
        kind = self.current_kind()
        lead = self.lead.currentData()
        counted = not self.vote_none.isChecked()
        all_mode = self.vote_all.isChecked()
        return DecisionData(
            kind=kind,
            text=self.text.plain_text(),
            is_binding=self.binding.isChecked(),
            lead_agency_id=int(lead) if lead is not None else None,
            co_executor_ids=self.co_executor_ids(),
            deadline=self.rule(),
            report_to_secretary=self.report.isChecked(),
            votes_for=self.votes_for.value() if counted and not all_mode else None,
            votes_against=self.votes_against.value() if counted else None,
            votes_abstained=self.votes_abstained.value() if counted else None,
            all_present_for_except=all_mode,
            chair_side=self.chair_side_value() if counted else None,
            dissenters=self.dissenters.text() if counted else None,
            removes=self.targets.removes() if kind is DecisionKind.REMOVE_FROM_CONTROL else (),
            extends=self.targets.extends() if kind is DecisionKind.EXTEND else (),
        )

    def save(self) -> None:
        ctx = self.ctx
        data = self.data()
        if self.decision is None:
            self.saved = decisions.add_decision(ctx.db, ctx.actor, self.item_id, data)
        else:
            self.saved = decisions.update_decision(
                ctx.db, ctx.actor, self.decision.id, self.decision.version, data
            )
        ctx.changes.sig_changed.emit("decisions")
