"""The control card of a decision: its terms, the agencies' reports and the extensions.

The secretary registers and assesses reports and records extension requests; the chair grants
or refuses extensions and removes the decision from control. Buttons a user may not use are
hidden. After each action the card reloads and announces the change.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import replace
from datetime import date
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from commission.domain.control import ComputedState
from commission.domain.enums import (
    ControlPointState,
    ExtensionState,
    ReportAssessment,
    ReportKind,
)
from commission.domain.messages import QT_TRANSLATE_NOOP
from commission.domain.permissions import Permission
from commission.services import agencies, control, overview
from commission.services.control import (
    ControlCard,
    ControlPointView,
    ExtensionView,
    ReportView,
)
from commission.ui.admin.forms import ErrorLabel
from commission.ui.card_actions import CardActions
from commission.ui.card_header import CardHeader, Tone
from commission.ui.context import AppContext
from commission.ui.decisions.card_dialogs import (
    CardCommentDialog,
    CardExtensionDialog,
    CardGradeDialog,
    CardReportDialog,
    grade_label,
    report_kind_label,
)
from commission.ui.decisions.ladder_box import LadderBox
from commission.ui.labels import reading_as_shown, shown_name
from commission.ui.open_file import open_attachment
from commission.ui.overview_labels import (
    binding_label,
    computed_state_label,
    decision_kind_label,
)

_POINT_STATES = {
    ControlPointState.OPEN: QT_TRANSLATE_NOOP("CardLabels", "Open"),
    ControlPointState.EXECUTED_ON_TIME: QT_TRANSLATE_NOOP("CardLabels", "Executed on time"),
    ControlPointState.EXECUTED_LATE: QT_TRANSLATE_NOOP("CardLabels", "Executed late"),
    ControlPointState.CANCELLED: QT_TRANSLATE_NOOP("CardLabels", "Cancelled"),
}
_ASSESSMENTS = {
    ReportAssessment.PENDING: QT_TRANSLATE_NOOP("CardLabels", "Awaiting assessment"),
    ReportAssessment.ACCEPTED: QT_TRANSLATE_NOOP("CardLabels", "Accepted"),
    ReportAssessment.RETURNED: QT_TRANSLATE_NOOP("CardLabels", "Returned for rework"),
}
_EXTENSION_STATES = {
    ExtensionState.REQUESTED: QT_TRANSLATE_NOOP("CardLabels", "Awaiting the chair"),
    ExtensionState.GRANTED: QT_TRANSLATE_NOOP("CardLabels", "Granted"),
    ExtensionState.REFUSED: QT_TRANSLATE_NOOP("CardLabels", "Refused"),
}


def _label(text: str) -> str:
    return QCoreApplication.translate("CardLabels", text)


def _assessment(report: ReportView) -> str:
    """«Accepted: partially executed», «Returned for rework: formal reply»."""
    text = _label(_ASSESSMENTS[report.assessment])
    if report.grade is None:
        return text
    return f"{text}: {grade_label(report.grade)}"


def _day(value: date | None) -> str:
    return value.strftime("%d.%m.%Y") if value is not None else ""


# What the state asks of the secretary, as the badge's colour.
_STATE_TONES = {
    ComputedState.OVERDUE: Tone.ALERT,
    ComputedState.DUE_SOON: Tone.WARNING,
    ComputedState.REWORK: Tone.WARNING,
    ComputedState.ON_CONTROL: Tone.ACTIVE,
    ComputedState.IN_PROGRESS: Tone.ACTIVE,
    ComputedState.EXTENDED: Tone.ACTIVE,
    ComputedState.EXECUTED: Tone.DONE,
}


def _table(headers: Sequence[str]) -> QTableWidget:
    table = QTableWidget(0, len(headers))
    table.setHorizontalHeaderLabels(list(headers))
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.verticalHeader().hide()
    table.verticalHeader().setDefaultSectionSize(table.fontMetrics().height() + 10)
    table.setWordWrap(False)
    table.horizontalHeader().setStretchLastSection(True)
    table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    return table


# Long cells (an agency's full name, a comment) are cut at this width and shown whole in a
# tooltip, so that every column of a card fits a 1100-pixel window.
MAX_COLUMN_WIDTH = 240


def _fill(table: QTableWidget, rows: Sequence[Sequence[str]], keep: int) -> None:
    table.blockSignals(True)
    table.setRowCount(len(rows))
    for r, values in enumerate(rows):
        for c, value in enumerate(values):
            item = QTableWidgetItem(value)
            item.setToolTip(value)
            table.setItem(r, c, item)
    table.blockSignals(False)
    table.resizeColumnsToContents()
    for c in range(table.columnCount() - 1):  # the last one stretches
        table.setColumnWidth(c, min(table.columnWidth(c), MAX_COLUMN_WIDTH))
    if rows:
        table.selectRow(min(max(keep, 0), len(rows) - 1))


def _section(title: str, table: QTableWidget, buttons: Sequence[QPushButton]) -> QGroupBox:
    """A titled box: a table with its action buttons under it."""
    box = QGroupBox(title)
    layout = QVBoxLayout(box)
    layout.addWidget(table)
    row = QHBoxLayout()
    for button in buttons:
        row.addWidget(button)
    row.addStretch(1)
    layout.addLayout(row)
    return box


class ControlCardDialog(CardActions, QDialog):
    """The control card of one decision; open it with ``open()``.

    Signals:
        sig_show_meeting(int): the user asked for the record of the decision's meeting.

    Attributes:
        card: the card as last read, ``None`` if it could not be read.
        dialog: the form last opened from the card (a report, a comment...).
    """

    changed_table = "decisions"

    sig_show_meeting = Signal(int)

    def __init__(
        self,
        ctx: AppContext,
        decision_id: int,
        parent: QWidget | None = None,
        *,
        clock: Callable[[], date] = date.today,
        read_only: bool = False,
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.decision_id = decision_id
        self.read_only = read_only
        self._clock = clock
        self.card: ControlCard | None = None
        self.dialog: QDialog | None = None
        self.setMinimumSize(820, 640)
        self.resize(1100, 780)

        self.header = CardHeader()
        self.text = QPlainTextEdit()
        self.text.setReadOnly(True)
        self.text.setMaximumHeight(90)
        self.points_table = _table([self.tr("Original due"), self.tr("Due"), self.tr("State")])
        self.reports_table = _table(
            [
                self.tr("Received"),
                self.tr("Incoming No."),
                self.tr("Agency"),
                self.tr("Kind"),
                self.tr("Assessment"),
                self.tr("Comment"),
                self.tr("Attachments"),
            ]
        )
        self.extensions_table = _table(
            [
                self.tr("Requested on"),
                self.tr("Agency"),
                self.tr("Old date"),
                self.tr("Proposed date"),
                self.tr("Reason"),
                self.tr("Decision"),
                self.tr("Decided by"),
            ]
        )
        self.error_label = ErrorLabel(self)
        self.ladder = LadderBox(ctx, decision_id, clock, read_only)
        self.ladder.sig_taken.connect(self._done)

        def can(permission: Permission) -> bool:
            # Another commission's decision (the oblast reading a district's): no changes.
            return not read_only and ctx.actor.can(permission)

        self.register_button = QPushButton(self.tr("&Register report…"))
        self.accept_button = QPushButton(self.tr("&Accept"))
        self.return_button = QPushButton(self.tr("Return for re&work…"))
        self.open_files_button = QPushButton(self.tr("Open the attached &files"))
        self.extension_button = QPushButton(self.tr("E&xtension request…"))
        self.grant_button = QPushButton(self.tr("&Grant"))
        self.refuse_button = QPushButton(self.tr("Re&fuse"))
        self.remove_button = QPushButton(self.tr("Re&move from control…"))
        self.meeting_button = QPushButton(self.tr("Open the &meeting record"))

        points_box = _section(
            self.tr("Control points"),
            self.points_table,
            (self.register_button, self.extension_button),
        )
        reports_box = _section(
            self.tr("Reports of the selected point"),
            self.reports_table,
            (self.accept_button, self.return_button, self.open_files_button),
        )
        extensions_box = _section(
            self.tr("Extensions of the selected point"),
            self.extensions_table,
            (self.grant_button, self.refuse_button),
        )

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.buttons.addButton(self.meeting_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.buttons.addButton(self.remove_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.buttons.rejected.connect(self.reject)
        # After the button box took its buttons: adding a button shows it.
        for button in (
            self.register_button,
            self.accept_button,
            self.return_button,
            self.extension_button,
        ):
            button.setVisible(can(Permission.ASSESS_REPORTS))
        for button in (self.grant_button, self.refuse_button):
            button.setVisible(can(Permission.DECIDE_EXTENSIONS))
        self.remove_button.setVisible(can(Permission.REMOVE_FROM_CONTROL))

        layout = QVBoxLayout(self)
        layout.addWidget(self.header)
        layout.addWidget(self.text)
        # Reports are what the secretary reads most; the user may move the dividers.
        sections = QSplitter(Qt.Orientation.Vertical)
        sections.setChildrenCollapsible(False)
        boxes = ((points_box, 2), (reports_box, 3), (extensions_box, 2), (self.ladder, 2))
        for box, stretch in boxes:
            sections.addWidget(box)
            sections.setStretchFactor(sections.count() - 1, stretch)
        layout.addWidget(sections, 1)
        layout.addWidget(self.error_label)
        layout.addWidget(self.buttons)

        self.points_table.itemSelectionChanged.connect(self._show_point)
        self.reports_table.itemSelectionChanged.connect(self._update_buttons)
        self.open_files_button.clicked.connect(lambda: self.open_files())
        self.extensions_table.itemSelectionChanged.connect(self._update_buttons)
        self.register_button.clicked.connect(self.register_report)
        self.accept_button.clicked.connect(self.accept_report)
        self.return_button.clicked.connect(self.return_report)
        self.extension_button.clicked.connect(self.request_extension)
        self.grant_button.clicked.connect(lambda: self.decide_extension(True))
        self.refuse_button.clicked.connect(lambda: self.decide_extension(False))
        self.remove_button.clicked.connect(self.remove_from_control)
        self.meeting_button.clicked.connect(self._show_meeting)
        self.reload()

    # --- reading --------------------------------------------------------------------------

    def reload(self) -> None:
        """Read the card again, keeping the selected point."""
        keep = self.points_table.currentRow()
        ctx = self.ctx
        card = ctx.run(
            self,
            lambda: control.control_card(ctx.db, ctx.actor, self.decision_id, self._clock()),
        )
        if card is None:
            self._update_buttons()
            return
        self.card = card = self._as_shown(card)
        self.setWindowTitle(self.tr("Control card: decision {number}").format(number=card.number))
        self._show_header(card)
        self.text.setPlainText(card.text)
        self.ladder.reload()
        if keep < 0:
            keep = next(
                (i for i, p in enumerate(card.points) if p.state is ControlPointState.OPEN), 0
            )
        _fill(
            self.points_table,
            [
                [_day(p.original_due_date), _day(p.due_date), _label(_POINT_STATES[p.state])]
                for p in card.points
            ],
            keep,
        )
        self._show_point()

    def _as_shown(self, card: ControlCard) -> ControlCard:
        """The card with the agencies' names and the decision's text in the interface's
        language: the card itself carries the Russian ones."""
        ctx, today = self.ctx, self._clock()
        known = ctx.run(self, lambda: agencies.list_agencies(ctx.db, ctx.actor)) or []
        names = {
            a.id: shown_name(a.short_name_ru or a.name_ru, a.short_name_kk or a.name_kk)
            for a in known
        }
        rows = ctx.run(
            self,
            lambda: overview.decision_rows(
                ctx.db, reading_as_shown(ctx.actor), [card.decision_id], today
            ),
        )
        lead = card.lead_agency_id
        points = tuple(
            replace(
                p,
                reports=tuple(
                    replace(r, agency=names.get(r.agency_id, r.agency)) for r in p.reports
                ),
                extensions=tuple(
                    replace(e, requested_by=names.get(e.requested_by_agency_id, e.requested_by))
                    if e.requested_by_agency_id is not None
                    else e
                    for e in p.extensions
                ),
            )
            for p in card.points
        )
        return replace(
            card,
            text=rows[0].text if rows and rows[0].text else card.text,
            lead_agency=names.get(lead, card.lead_agency) if lead is not None else None,
            co_executors=tuple((i, names.get(i, name)) for i, name in card.co_executors),
            points=points,
        )

    def _show_header(self, card: ControlCard) -> None:
        co = ", ".join(name for _id, name in card.co_executors) or "—"
        facts = [
            self.tr("Kind: {kind}; {binding}").format(
                kind=decision_kind_label(card.kind), binding=binding_label(card.is_binding)
            ),
            self.tr("Lead agency: {lead}").format(lead=card.lead_agency or "—"),
            self.tr("Co-executors: {names}").format(names=co),
            self.tr("Term: {due}").format(due=_day(card.due_date) or "—"),
        ]
        if card.removed_on is not None:
            facts.append(self._removal(card))
        self.header.show_card(
            self.tr("Decision {number}, meeting No. {meeting} of {date}").format(
                number=card.number, meeting=card.meeting_number, date=_day(card.meeting_date)
            ),
            computed_state_label(card.state),
            _STATE_TONES.get(card.state, Tone.NEUTRAL),
            facts,
        )

    def _removal(self, card: ControlCard) -> str:
        """How the decision left control, in the interface's language: the commission's
        decision that removed it (stored as facts), or the note the chair typed."""
        if card.removed_by is not None:
            ref = card.removed_by
            return self.tr(
                "Removed from control on {date} by decision {point} of meeting No. {number} "
                "of {meeting_date}"
            ).format(
                date=_day(card.removed_on),
                point=ref.point,
                number=ref.meeting_number,
                meeting_date=_day(ref.meeting_date),
            )
        if card.removal_note:
            return self.tr("Removed from control on {date}: {note}").format(
                date=_day(card.removed_on), note=card.removal_note
            )
        return self.tr("Removed from control on {date}").format(date=_day(card.removed_on))

    def selected_point(self) -> ControlPointView | None:
        row = self.points_table.currentRow()
        if self.card is None or not 0 <= row < len(self.card.points):
            return None
        return self.card.points[row]

    def selected_report(self) -> ReportView | None:
        point = self.selected_point()
        row = self.reports_table.currentRow()
        if point is None or not 0 <= row < len(point.reports):
            return None
        return point.reports[row]

    def selected_extension(self) -> ExtensionView | None:
        point = self.selected_point()
        row = self.extensions_table.currentRow()
        if point is None or not 0 <= row < len(point.extensions):
            return None
        return point.extensions[row]

    def _show_point(self) -> None:
        point = self.selected_point()
        reports = point.reports if point else ()
        extensions = point.extensions if point else ()
        keep_report = next(
            (i for i, r in enumerate(reports) if r.assessment is ReportAssessment.PENDING),
            len(reports) - 1,
        )
        _fill(
            self.reports_table,
            [
                [
                    _day(r.received_on),
                    r.incoming_number or "",
                    r.agency,
                    report_kind_label(r.kind),
                    _assessment(r),
                    r.comment or "",
                    ", ".join(a.file_name for a in r.attachments),
                ]
                for r in reports
            ],
            keep_report,
        )
        keep_extension = next(
            (i for i, e in enumerate(extensions) if e.state is ExtensionState.REQUESTED),
            len(extensions) - 1,
        )
        _fill(
            self.extensions_table,
            [
                [
                    _day(e.requested_on),
                    e.requested_by or "",
                    _day(e.old_date),
                    _day(e.proposed_date),
                    e.reason,
                    _label(_EXTENSION_STATES[e.state]),
                    e.decided_by or "",
                ]
                for e in extensions
            ],
            keep_extension,
        )
        self._update_buttons()

    def open_files(self) -> list[Path]:
        """Open the files attached to the selected report; returns the copies opened."""
        report = self.selected_report()
        if report is None:
            return []
        opened = (open_attachment(self.ctx, self, a.id) for a in report.attachments)
        return [path for path in opened if path is not None]

    def _update_buttons(self) -> None:
        point = self.selected_point()
        report = self.selected_report()
        extension = self.selected_extension()
        self.open_files_button.setEnabled(report is not None and bool(report.attachments))
        open_point = point is not None and point.state is ControlPointState.OPEN
        pending = report is not None and report.assessment is ReportAssessment.PENDING
        requested = extension is not None and extension.state is ExtensionState.REQUESTED
        on_control = self.card is not None and self.card.removed_on is None
        self.register_button.setEnabled(open_point and on_control)
        self.extension_button.setEnabled(open_point and on_control)
        self.accept_button.setEnabled(pending and on_control)
        self.return_button.setEnabled(pending and on_control)
        self.grant_button.setEnabled(requested and open_point)
        self.refuse_button.setEnabled(requested and open_point)
        self.remove_button.setEnabled(on_control and self.card is not None)
        self.meeting_button.setEnabled(self.card is not None)

    # --- actions --------------------------------------------------------------------------

    def register_report(self) -> QDialog | None:
        point = self.selected_point()
        if self.card is None or point is None:
            return None
        return self._open_form(CardReportDialog(self.ctx, self.card, point.id, self._clock(), self))

    def accept_report(self) -> bool | QDialog:
        """Accept an interim report at once; a final one is graded in a form first."""
        report = self.selected_report()
        if report is None:
            return False
        if report.kind is ReportKind.FINAL:
            return self._open_form(
                CardGradeDialog(self.ctx, report.id, report.version, self._clock(), self)
            )
        ctx = self.ctx
        return self._act(
            lambda: control.assess_report(
                ctx.db, ctx.actor, report.id, report.version, True, None, today=self._clock()
            )
        )

    def return_report(self) -> QDialog | None:
        report = self.selected_report()
        if report is None:
            return None
        ctx = self.ctx

        def act(comment: str) -> ControlCard:
            return control.assess_report(
                ctx.db, ctx.actor, report.id, report.version, False, comment, today=self._clock()
            )

        return self._open_form(
            CardCommentDialog(ctx, self.tr("Return for rework"), self.tr("&Comment:"), act, self)
        )

    def request_extension(self) -> QDialog | None:
        point = self.selected_point()
        if self.card is None or point is None:
            return None
        return self._open_form(
            CardExtensionDialog(self.ctx, self.card, point.id, point.due_date, self._clock(), self)
        )

    def decide_extension(self, grant: bool) -> bool:
        extension = self.selected_extension()
        if extension is None:
            return False
        ctx = self.ctx
        return self._act(
            lambda: control.decide_extension(
                ctx.db, ctx.actor, extension.id, extension.version, grant, today=self._clock()
            )
        )

    def remove_from_control(self) -> QDialog | None:
        card = self.card
        if card is None:
            return None
        ctx = self.ctx

        def act(note: str) -> ControlCard:
            return control.remove_from_control(
                ctx.db, ctx.actor, card.decision_id, card.version, note, self._clock()
            )

        return self._open_form(
            CardCommentDialog(ctx, self.tr("Remove from control"), self.tr("&Note:"), act, self)
        )

    def _show_meeting(self) -> None:
        if self.card is not None:
            meeting_id = self.card.meeting_id
            self.accept()
            self.sig_show_meeting.emit(meeting_id)
