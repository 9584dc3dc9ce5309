"""One point of «ПОСТАНОВИЛИ»: what is decided, for whom, by when, and how the vote went.

The term is previewed live on the working-day calendar with the commission's day-off rule, and
the result of the vote is computed from the counts — nobody types «принято». The service has
the last word (quorum, executors, terms); its refusal appears in red under the form and
everything typed stays.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from commission.domain.deadlines import DeadlineRule
from commission.domain.enums import DecisionKind
from commission.domain.messages import UserError
from commission.exports import catalog, phrases
from commission.exports.wording import Wording
from commission.services import decisions, minutes
from commission.services.decisions import DecisionData, DecisionView
from commission.ui.admin.forms import FormDialog, fill_agency_combo, fill_enum_combo, select_data
from commission.ui.admin.tables import pick_name
from commission.ui.bilingual import BilingualTextEdit
from commission.ui.context import AppContext
from commission.ui.labels import interface_language
from commission.ui.meetings.decision_setting import (
    ACTS_ON_EARLIER,
    ERROR_STYLE,
    DecisionSetting,
    default_binding,
    load_setting,
)
from commission.ui.meetings.decision_targets import TargetPicker
from commission.ui.meetings.decision_term import TermBox
from commission.ui.meetings.decision_vote import VoteBox
from commission.ui.meetings.record_labels import decision_ref_label, plain
from commission.ui.overview_labels import decision_kind_label
from commission.ui.phrase_picker import PhrasePicker

__all__ = ["DecisionDialog", "DecisionSetting", "load_setting"]

AGENCY_ROLE = Qt.ItemDataRole.UserRole
NO_TEXT = ("", "")


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
        # The texts the dialog wrote itself (a note, a removal): they follow the kind and the
        # chosen points until the secretary edits them.
        self._auto_text: tuple[str, str] | None = None
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
        self.term = TermBox(setting)
        self.errors.fields["deadline"] = self.term.term_kind
        self.vote = VoteBox(setting)
        self.errors.fields.update(self.vote.error_fields())
        self.term.loading = self.vote.loading = True
        right.addWidget(self.term)
        right.addWidget(self.vote)
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
            *self.text.focus_chain(),
            self.phrase_picker,
            self.compose_button,
            self.binding,
            self.lead,
            self.co_executors,
            self.report,
            *self.term.focus_chain(),
            *self.vote.focus_chain(),
            self.targets.search,
            self.targets.table,
        ]
        if decision is not None:
            self._load(decision)
        else:
            self._kind_changed()
        self._set_loading(False)
        self._update_all()
        self.finish_form()
        if read_only:
            self.targets.set_read_only(True)
            self.compose_button.hide()
            self.phrase_picker.hide()
            self.vote.setEnabled(False)
        self.kind.setFocus()

    # --- building ---------------------------------------------------------------------------

    def _build_main(self) -> QFormLayout:
        s = self.setting
        self.kind = QComboBox()
        fill_enum_combo(self.kind, DecisionKind, decision_kind_label, self.default_kind)
        self.kind.currentIndexChanged.connect(lambda _i: self._kind_changed())

        self.text = BilingualTextEdit(lines=6)
        self.text.setMinimumWidth(420)
        self.text.changed.connect(self._text_changed)
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
        # Beside the text: a standard phrase fills both languages at once.
        self.phrase_picker = PhrasePicker(self.ctx.db, self.ctx.actor)
        self.phrase_picker.chosen.connect(self.choose_phrase)
        text_buttons = QHBoxLayout()
        text_buttons.addWidget(self.phrase_picker)
        text_buttons.addWidget(self.compose_button)
        text_buttons.addStretch(1)
        text_layout.addLayout(text_buttons)

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
        fill_agency_combo(self.lead, s.agencies, None, interface_language(), self.tr("— none —"))
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
            ("text_kk", self.text),
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
            name = pick_name(interface_language(), agency.name_ru, agency.name_kk)
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
        self.text.set_value(plain(d.text), plain(d.text_kk))
        self._auto_text = None
        self.binding.setChecked(d.is_binding)
        fill_agency_combo(
            self.lead,
            self.setting.agencies,
            d.lead_agency_id,
            interface_language(),
            self.tr("— none —"),
        )
        self._fill_co_executors(d.co_executor_ids)
        self.report.setChecked(d.report_to_secretary)
        self.term.load_rule(d.deadline)
        self.vote.load(d)
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
        self.term.set_decision_kind(kind)
        self.phrase_picker.set_decision_kind(kind)
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
        for edit in (self.text.ru_edit, self.text.kk_edit):
            edit.setPlaceholderText(placeholders[kind])

    def _binding_clicked(self) -> None:
        self._binding_touched = True

    def _text_changed(self) -> None:
        if not self._loading and self.text.value() != (self._auto_text or NO_TEXT):
            self._auto_text = None

    def _generated_text(self) -> tuple[str, str]:
        """The point's text as each language's minutes would word it for this kind."""
        ru, kk = (self._generated_in(language) for language in ("ru", "kk"))
        return ru, kk

    def _generated_in(self, language: str) -> str:
        """The text in ``language``, or "" if the kind has no wording of its own."""
        kind = self.current_kind()
        try:
            wording = Wording(language)
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

    def _replace_text(self, texts: tuple[str, str]) -> None:
        for edit, text in zip((self.text.ru_edit, self.text.kk_edit), texts, strict=True):
            if edit.plain_text() == text:
                continue
            cursor = edit.textCursor()
            cursor.select(cursor.SelectionType.Document)
            cursor.insertText(text)  # through the cursor, so that Ctrl+Z brings the old text back
            edit.setTextCursor(cursor)

    def _auto_fill_text(self) -> None:
        """An empty text (or one the dialog wrote itself) follows the kind and the choice."""
        current = self.text.value()
        if not self.text.is_empty() and current != (self._auto_text or NO_TEXT):
            return
        generated = self._generated_text()
        if generated == current:
            return
        self._loading = True
        self._replace_text(generated)
        self._loading = False
        self._auto_text = generated if any(generated) else None

    def choose_phrase(self, ru: str, kk: str) -> None:
        """A standard phrase fills both languages (Ctrl+Z in each brings the old text back)."""
        self._replace_text((ru, kk))
        self._auto_text = None

    def compose_text(self) -> None:
        """Word the removal or extension from the chosen points, replacing the text."""
        generated = self._generated_text()
        if not any(generated):
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

    def _update_all(self) -> None:
        self.term.update_preview()
        self.vote.update_vote()

    def rule(self) -> DeadlineRule | None:
        """The term as the form describes it (``None``: no term)."""
        return self.term.rule()

    def _set_loading(self, loading: bool) -> None:
        self._loading = self.term.loading = self.vote.loading = loading

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
        vote = self.vote.values()
        text, text_kk = self.text.value()
        return DecisionData(
            kind=kind,
            text=text,
            text_kk=text_kk or None,
            is_binding=self.binding.isChecked(),
            lead_agency_id=int(lead) if lead is not None else None,
            co_executor_ids=self.co_executor_ids(),
            deadline=self.rule(),
            report_to_secretary=self.report.isChecked(),
            votes_for=vote.votes_for,
            votes_against=vote.votes_against,
            votes_abstained=vote.votes_abstained,
            all_present_for_except=vote.all_present_for_except,
            chair_side=vote.chair_side,
            dissenters=vote.dissenters,
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
