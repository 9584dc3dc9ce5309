"""The commission's own settings: names, founding act, quorum and deadline rules, the Word
template of its documents."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from commission.domain.enums import CommissionKind
from commission.domain.messages import UserError
from commission.domain.permissions import Permission
from commission.domain.workcalendar import DayOffRule
from commission.services import composition
from commission.services.composition import CommissionData, CommissionView
from commission.ui.admin.base import AdminTab
from commission.ui.admin.forms import (
    ErrorLabel,
    InlineErrors,
    OptionalDateEdit,
    chain_focus,
    combo_enum,
    fill_enum_combo,
    make_read_only,
    select_data,
)
from commission.ui.admin.name_history import NameHistoryBox
from commission.ui.admin.tables import pick_name
from commission.ui.admin.template_box import TemplateBox
from commission.ui.context import AppContext
from commission.ui.labels import commission_kind_label, day_off_rule_label, interface_language


def acting_commission(ctx: AppContext) -> CommissionView | None:
    """The commission the user works for now; None before it is described."""
    try:
        return composition.get_commission(ctx.db, ctx.actor)
    except composition.NoCommission:
        return None


def _multiline(lines: int) -> QPlainTextEdit:
    edit = QPlainTextEdit()
    edit.setTabChangesFocus(True)
    margins = edit.contentsMargins()
    frame = 2 * edit.frameWidth() + margins.top() + margins.bottom()
    edit.setFixedHeight(edit.fontMetrics().lineSpacing() * lines + frame + 8)
    return edit


def _line(max_length: int) -> QLineEdit:
    edit = QLineEdit()
    edit.setMaxLength(max_length)
    return edit


def quorum_needed(voting: int, numerator: int, denominator: int) -> int:
    """Members to be present for "more than numerator/denominator of ``voting``"."""
    return voting * numerator // denominator + 1


class CommissionTab(AdminTab):
    """The settings of the commission; read only without the right to edit the commission."""

    tables = frozenset({"commissions", "members", "admin_units", "commission_names"})

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.can_edit = ctx.actor.can(Permission.EDIT_COMMISSION)
        self.commission: CommissionView | None = None
        self.voting_members = 0

        self.notice = QLabel(
            self.tr(
                "The commission is not set up yet. The administrator describes it when the "
                "program is first started."
            )
        )
        self.notice.setWordWrap(True)
        self.notice.hide()

        # Names
        self.kind = QComboBox()
        fill_enum_combo(self.kind, CommissionKind, commission_kind_label, CommissionKind.MERGED)
        self.name_ru = _multiline(3)
        self.name_kk = _multiline(3)
        self.short_name_ru = _line(200)
        self.short_name_kk = _line(200)
        self.title_ru = _multiline(2)
        self.title_ru.setPlaceholderText(
            self.tr("межведомственной комиссии по профилактике правонарушений …")
        )
        self.title_kk = _multiline(2)
        self.akimat_ru = _line(300)
        self.akimat_kk = _line(300)
        self.admin_unit = QLabel()
        self.admin_unit.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        names = QGroupBox(self.tr("Names"))
        names_form = QFormLayout(names)
        names_form.addRow(self.tr("&Kind:"), self.kind)
        names_form.addRow(self.tr("Full name (&Russian):"), self.name_ru)
        names_form.addRow(self.tr("Full name (Ka&zakh):"), self.name_kk)
        names_form.addRow(self.tr("Short name (R&ussian):"), self.short_name_ru)
        names_form.addRow(self.tr("Sh&ort name (Kazakh):"), self.short_name_kk)
        names_form.addRow(self.tr("In the minutes' title (Russian):"), self.title_ru)
        names_form.addRow(self.tr("In the minutes' title (Kazakh):"), self.title_kk)
        names_form.addRow(self.tr("&Akimat (Russian):"), self.akimat_ru)
        names_form.addRow(self.tr("Akimat (Kazak&h):"), self.akimat_kk)
        names_form.addRow(self.tr("Serves:"), self.admin_unit)

        # Founding act
        self.act_type = _line(100)
        self.act_type.setPlaceholderText(self.tr("e.g. Resolution of the akimat"))
        self.act_number = _line(50)
        self.act_date = OptionalDateEdit()
        self.act_date.setToolTip(self.tr("Tick when the date of the act is known."))
        act = QGroupBox(self.tr("Founding act"))
        act_form = QFormLayout(act)
        act_form.addRow(self.tr("Act &type:"), self.act_type)
        act_form.addRow(self.tr("&Number:"), self.act_number)
        act_form.addRow(self.tr("Dat&e:"), self.act_date)

        # Rules
        self.binding_by_default = QCheckBox(self.tr("&Decisions are binding unless stated"))
        self.quorum_numerator = QSpinBox()
        self.quorum_numerator.setRange(1, 99)
        self.quorum_denominator = QSpinBox()
        self.quorum_denominator.setRange(2, 100)
        self.quorum_sentence = QLabel()
        self.quorum_sentence.setWordWrap(True)
        quorum = QWidget()
        quorum_row = QHBoxLayout(quorum)
        quorum_row.setContentsMargins(0, 0, 0, 0)
        quorum_row.addWidget(QLabel(self.tr("more than")))
        quorum_row.addWidget(self.quorum_numerator)
        quorum_row.addWidget(QLabel("/"))
        quorum_row.addWidget(self.quorum_denominator)
        quorum_row.addWidget(QLabel(self.tr("of the voting members")))
        quorum_row.addStretch(1)
        self.chair_casting_vote = QCheckBox(self.tr("The chair's &vote decides a tie"))
        self.meetings_per_year = QSpinBox()
        self.meetings_per_year.setRange(1, 52)
        self.day_off_rule = QComboBox()
        fill_enum_combo(self.day_off_rule, DayOffRule, day_off_rule_label, DayOffRule.NEXT)
        self.due_soon_working_days = QSpinBox()
        self.due_soon_working_days.setRange(0, 60)
        self.due_soon_working_days.setSuffix(self.tr(" working days before"))
        rules = QGroupBox(self.tr("Rules"))
        rules_form = QFormLayout(rules)
        rules_form.addRow("", self.binding_by_default)
        quorum_label = QLabel(self.tr("&Quorum:"))
        quorum_label.setBuddy(self.quorum_numerator)
        rules_form.addRow(quorum_label, quorum)
        rules_form.addRow("", self.quorum_sentence)
        rules_form.addRow("", self.chair_casting_vote)
        self.majority_of_present = QCheckBox(
            self.tr("A decision needs a &majority of the voting members present")
        )
        self.majority_of_present.setToolTip(
            self.tr("Unticked: a majority of those who voted (abstentions do not count).")
        )
        rules_form.addRow("", self.majority_of_present)
        rules_form.addRow(self.tr("&Meetings per year:"), self.meetings_per_year)
        rules_form.addRow(self.tr("Deadline on a day o&ff:"), self.day_off_rule)
        rules_form.addRow(self.tr('"Due soon" &warning:'), self.due_soon_working_days)

        self.quorum_numerator.valueChanged.connect(self._update_quorum_sentence)
        self.quorum_denominator.valueChanged.connect(self._update_quorum_sentence)

        self.error_label = ErrorLabel()
        self.errors = InlineErrors(self.error_label)
        self.errors.fields.update(
            {
                "kind": self.kind,
                "name_ru": self.name_ru,
                "name_kk": self.name_kk,
                "akimat_ru": self.akimat_ru,
                "akimat_kk": self.akimat_kk,
                "act_type": self.act_type,
                "act_number": self.act_number,
                "act_date": self.act_date,
                "quorum_numerator": self.quorum_numerator,
                "quorum_denominator": self.quorum_denominator,
                "meetings_per_year": self.meetings_per_year,
                "day_off_rule": self.day_off_rule,
                "due_soon_working_days": self.due_soon_working_days,
            }
        )
        self.status = QLabel()
        self.save_button = QPushButton(self.tr("&Save"))
        self.save_button.setDefault(True)
        self.save_button.clicked.connect(self.save)
        self.revert_button = QPushButton(self.tr("Discard chan&ges"))
        self.revert_button.clicked.connect(self.refresh)

        self.editors: list[QWidget] = [
            self.kind,
            self.name_ru,
            self.name_kk,
            self.short_name_ru,
            self.short_name_kk,
            self.akimat_ru,
            self.akimat_kk,
            self.act_type,
            self.act_number,
            self.act_date,
            self.binding_by_default,
            self.quorum_numerator,
            self.quorum_denominator,
            self.chair_casting_vote,
            self.majority_of_present,
            self.title_ru,
            self.title_kk,
            self.meetings_per_year,
            self.day_off_rule,
            self.due_soon_working_days,
        ]

        content = QWidget()
        content.setMaximumWidth(900)
        column = QVBoxLayout(content)
        column.addWidget(self.notice)
        column.addWidget(names)
        column.addWidget(act)
        self.name_history = NameHistoryBox(ctx)
        column.addWidget(self.name_history)
        column.addWidget(rules)
        self.template_box = TemplateBox(ctx)
        column.addWidget(self.template_box)
        column.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setWidget(content)
        scroll.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)

        buttons = QHBoxLayout()
        buttons.addWidget(self.status, 1)
        buttons.addWidget(self.revert_button)
        buttons.addWidget(self.save_button)
        layout = QVBoxLayout(self)
        layout.addWidget(scroll, 1)
        layout.addWidget(self.error_label)
        layout.addLayout(buttons)

        if not self.can_edit:
            for widget in self.editors:
                make_read_only(widget)
            self.save_button.hide()
            self.revert_button.hide()
        chain_focus(
            [*self.editors, *self.template_box.buttons(), self.revert_button, self.save_button]
        )
        self._update_quorum_sentence()

    def on_changed(self, table: str) -> None:
        """A change of the composition only updates the quorum example, never the form."""
        if table == "members":
            self._count_voting_members()
            self._update_quorum_sentence()
        elif table in self.tables:
            self.mark_stale()

    def _count_voting_members(self) -> None:
        ctx = self.ctx
        members = ctx.run(
            self, lambda: composition.list_members(ctx.db, ctx.actor, on=date.today())
        )
        self.voting_members = sum(1 for m in members or [] if m.is_voting)

    def reload(self) -> None:
        ctx = self.ctx
        commission = ctx.run(self, lambda: acting_commission(ctx))
        self._count_voting_members()
        self.errors.clear()
        self.status.clear()
        self.commission = commission
        self.notice.setVisible(commission is None)
        for button in (self.save_button, self.revert_button):
            button.setEnabled(commission is not None)
        self.name_history.load(commission)
        if commission is not None:
            self._load(commission)
            self.template_box.refresh()
        self.template_box.setVisible(commission is not None)
        self._update_quorum_sentence()

    def _load(self, c: CommissionView) -> None:
        select_data(self.kind, c.kind.value)
        self.name_ru.setPlainText(c.name_ru)
        self.name_kk.setPlainText(c.name_kk)
        self.short_name_ru.setText(c.short_name_ru or "")
        self.short_name_kk.setText(c.short_name_kk or "")
        self.akimat_ru.setText(c.akimat_ru)
        self.akimat_kk.setText(c.akimat_kk)
        self.admin_unit.setText(pick_name(interface_language(), c.admin_unit_ru, c.admin_unit_kk))
        self.act_type.setText(c.act_type or "")
        self.act_number.setText(c.act_number or "")
        self.act_date.set_value(c.act_date)
        self.binding_by_default.setChecked(c.binding_by_default)
        self.quorum_numerator.setValue(c.quorum_numerator)
        self.quorum_denominator.setValue(c.quorum_denominator)
        self.chair_casting_vote.setChecked(c.chair_casting_vote)
        self.majority_of_present.setChecked(c.majority_of_present)
        self.title_ru.setPlainText(c.title_ru or "")
        self.title_kk.setPlainText(c.title_kk or "")
        self.meetings_per_year.setValue(c.meetings_per_year)
        select_data(self.day_off_rule, c.day_off_rule.value)
        self.due_soon_working_days.setValue(c.due_soon_working_days)

    def _update_quorum_sentence(self) -> None:
        numerator = self.quorum_numerator.value()
        denominator = self.quorum_denominator.value()
        if numerator >= denominator:
            self.quorum_sentence.setStyleSheet("QLabel { color: #b00020; }")
            self.quorum_sentence.setText(
                self.tr("The share must be below one, for example 1/2 or 2/3.")
            )
            return
        self.quorum_sentence.setStyleSheet("")
        if numerator * 2 == denominator:
            text = self.tr(
                "A sitting has a quorum when more than half of the voting members are present."
            )
        else:
            text = self.tr(
                "A sitting has a quorum when more than {share} of the voting members are present."
            ).format(share=f"{numerator}/{denominator}")
        if self.voting_members:
            text += " " + self.tr(
                "Today there are {count} voting members: at least {needed} must be present."
            ).format(
                count=self.voting_members,
                needed=quorum_needed(self.voting_members, numerator, denominator),
            )
        self.quorum_sentence.setText(text)

    def data(self) -> CommissionData:
        return CommissionData(
            kind=combo_enum(self.kind, CommissionKind),
            name_ru=self.name_ru.toPlainText(),
            name_kk=self.name_kk.toPlainText(),
            akimat_ru=self.akimat_ru.text(),
            akimat_kk=self.akimat_kk.text(),
            short_name_ru=self.short_name_ru.text(),
            short_name_kk=self.short_name_kk.text(),
            act_type=self.act_type.text(),
            act_number=self.act_number.text(),
            act_date=self.act_date.value(),
            binding_by_default=self.binding_by_default.isChecked(),
            quorum_numerator=self.quorum_numerator.value(),
            quorum_denominator=self.quorum_denominator.value(),
            chair_casting_vote=self.chair_casting_vote.isChecked(),
            majority_of_present=self.majority_of_present.isChecked(),
            title_ru=self.title_ru.toPlainText(),
            title_kk=self.title_kk.toPlainText(),
            meetings_per_year=self.meetings_per_year.value(),
            day_off_rule=combo_enum(self.day_off_rule, DayOffRule),
            due_soon_working_days=self.due_soon_working_days.value(),
        )

    def save(self) -> bool:
        """Store the form; a refusal is shown under it and the input stays."""
        if self.commission is None or not self.can_edit:
            return False
        self.errors.clear()
        self.status.clear()
        try:
            saved = composition.update_commission(
                self.ctx.db, self.ctx.actor, self.commission.version, self.data()
            )
        except UserError as exc:
            self.errors.show(exc)
            return False
        self.commission = saved
        self.ctx.changes.sig_changed.emit("commissions")
        self.status.setText(self.tr("Saved."))
        return True
