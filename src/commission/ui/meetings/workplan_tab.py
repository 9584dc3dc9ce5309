"""The year's work plan: questions by quarter with the responsible agency and the speaker; a
question goes on a meeting's agenda with one action and its state follows. The plan is saved
as Word or Excel in Russian or Kazakh, off the GUI thread like the minutes (``ExportWorker``).
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from functools import partial
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QAction, QShowEvent
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QMenu,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from commission.documents.completeness import PLAN_SPEAKER, MissingText, plan_completeness
from commission.documents.plan import PlanContext
from commission.domain.enums import Language, MeetingStatus, WorkPlanState
from commission.domain.permissions import Permission
from commission.services import agencies, overview, workplan
from commission.services.workplan import WorkPlanView
from commission.template_choice import template_for
from commission.ui.admin.tables import Column, RecordTable, RowsModel
from commission.ui.context import AppContext
from commission.ui.export_notice import ExportNotice, show_saved
from commission.ui.export_worker import ExportWorker
from commission.ui.icon import icon
from commission.ui.labels import interface_language
from commission.ui.lazy_model import ChangeWatcher
from commission.ui.meetings import minutes_tab
from commission.ui.meetings.item_tables import shown
from commission.ui.meetings.meeting_labels import document_language_label, work_plan_state_label
from commission.ui.meetings.missing_texts import ask_before_export
from commission.ui.meetings.required_proposals import RequiredProposals
from commission.ui.meetings.workplan_dialogs import (
    MAX_YEAR,
    MIN_YEAR,
    PlanItemDialog,
    PutOnAgendaDialog,
    quarter_label,
)

SCHEDULABLE = (WorkPlanState.PLANNED, WorkPlanState.CARRIED_OVER)
# Meetings whose agenda may still take a question.
OPEN_FOR_AGENDA = (MeetingStatus.PLANNED, MeetingStatus.AGENDA_APPROVED)
WATCHED_TABLES = ("work_plan_items", "agencies", "meetings", "agenda_items", "required_items")


class PlanModel(RowsModel[WorkPlanView]):
    def make_columns(self) -> list[Column[WorkPlanView]]:
        return [
            Column(
                self.tr("Quarter"), lambda r: r.quarter, text=lambda r: quarter_label(r.quarter)
            ),
            Column(
                self.tr("Question"),
                lambda r: shown(r.question, r.question_kk),
                tooltip=lambda r: shown(r.question, r.question_kk),
            ),
            Column(self.tr("Responsible agency"), lambda r: shown(r.agency_name, r.agency_name_kk)),
            Column(self.tr("Speaker"), lambda r: shown(r.speaker, r.speaker_kk)),
            Column(
                self.tr("State"),
                lambda r: r.state.value,
                text=lambda r: work_plan_state_label(r.state),
            ),
            Column(
                self.tr("Meeting"),
                lambda r: r.meeting_number,
                text=lambda r: (
                    self.tr("No. {number}").format(number=r.meeting_number)
                    if r.meeting_number is not None
                    else ""
                ),
            ),
        ]

    def is_dimmed(self, row: WorkPlanView) -> bool:
        return row.state in (WorkPlanState.DROPPED, WorkPlanState.DONE)


class WorkPlanTab(QWidget):
    """The plan of one year; the buttons act on the selected question.

    Signals:
        sig_saved(str): the plan was written to this path.

    Attributes:
        last_path: the last document written.
    """

    sig_saved = Signal(str)

    def __init__(
        self,
        ctx: AppContext,
        parent: QWidget | None = None,
        *,
        clock: Callable[[], date] = date.today,
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.can_edit = ctx.actor.can(Permission.EDIT_MEETINGS)
        self.year = QSpinBox()
        self.year.setRange(MIN_YEAR, MAX_YEAR)
        self.year.setValue(clock().year)
        year_label = QLabel(self.tr("&Year:"))
        year_label.setBuddy(self.year)
        self.year.valueChanged.connect(lambda _v: self.refresh())

        self.add_button = QPushButton(self.tr("&Add question…"))
        self.edit_button = QPushButton(self.tr("&Edit…"))
        self.remove_button = QPushButton(self.tr("&Delete"))
        self.agenda_button = QPushButton(self.tr("Put on the a&genda…"))
        self.state_button = QToolButton()
        self.state_button.setText(self.tr("&Mark as"))
        self.state_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.state_actions: dict[WorkPlanState, QAction] = {}
        state_menu = QMenu(self)
        for state, text in (
            (WorkPlanState.CARRIED_OVER, self.tr("Carried over to a later meeting")),
            (WorkPlanState.DROPPED, self.tr("Dropped")),
            (WorkPlanState.DONE, self.tr("Done")),
            (WorkPlanState.PLANNED, self.tr("Planned again")),
        ):
            action = QAction(text, self)
            action.triggered.connect(lambda _c=False, s=state: self.set_state(s))
            state_menu.addAction(action)
            self.state_actions[state] = action
        self.state_button.setMenu(state_menu)
        self.add_button.clicked.connect(lambda: self.open_item_dialog(None))
        self.edit_button.clicked.connect(self.edit_current)
        self.remove_button.clicked.connect(self.remove_current)
        self.agenda_button.clicked.connect(lambda: self.open_agenda_dialog())
        for widget in (
            self.add_button,
            self.edit_button,
            self.remove_button,
            self.agenda_button,
            self.state_button,
        ):
            widget.setVisible(self.can_edit)

        # Saving the plan changes nothing: everyone who sees the plan may save it.
        self.last_path: Path | None = None
        self.workers: list[ExportWorker] = []
        self.language_combo = QComboBox()
        for language in minutes_tab.LANGUAGES:
            self.language_combo.addItem(document_language_label(language), language)
        self.set_language("kk" if interface_language() is Language.KK else "ru")
        language_label = QLabel(self.tr("&Language of the documents:"))
        language_label.setBuddy(self.language_combo)
        self.docx_button = QPushButton(self.tr("Save &plan (.docx)…"))
        self.xlsx_button = QPushButton(self.tr("Save plan (.&xlsx)…"))
        self.docx_button.setIcon(icon("export_docx"))
        self.xlsx_button.setIcon(icon("export_xlsx"))
        self.docx_button.clicked.connect(lambda: self.export_docx())
        self.xlsx_button.clicked.connect(lambda: self.export_xlsx())
        self.notice: ExportNotice | None = None  # what said the last document is written

        self.model = PlanModel()
        self.table: RecordTable[WorkPlanView] = RecordTable(
            self.model, stretch_column=1, name="work_plan"
        )
        self.table.set_key_columns([4])  # the question stretches; where it stands
        self.table.sig_activated.connect(self.edit_current)
        self.table.sig_selection_changed.connect(self._update_buttons)
        edit, agenda, remove = self.table.set_row_buttons(
            (self.edit_button, "edit"),
            (self.agenda_button, "agenda"),
            (self.remove_button, "delete"),
        )
        for action in self.state_actions.values():
            action.setVisible(self.can_edit)
        self.table.row_actions = [edit, agenda, None, *self.state_actions.values(), None, remove]
        self.summary = QLabel()

        bar = QHBoxLayout()
        bar.addWidget(year_label)
        bar.addWidget(self.year)
        bar.addStretch(1)
        for widget in (
            self.add_button,
            self.edit_button,
            self.remove_button,
            self.agenda_button,
            self.state_button,
        ):
            bar.addWidget(widget)
        documents = QHBoxLayout()
        documents.addWidget(language_label)
        documents.addWidget(self.language_combo)
        documents.addWidget(self.docx_button)
        documents.addWidget(self.xlsx_button)
        documents.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.table, 1)
        self.required = RequiredProposals(ctx)
        layout.addWidget(self.required)
        layout.addWidget(self.summary)
        layout.addLayout(documents)
        self._watcher = ChangeWatcher(self, ctx.changes, WATCHED_TABLES, self.refresh)
        self._update_buttons()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self._watcher.shown()

    def refresh(self) -> None:
        self._watcher.stale = False
        ctx = self.ctx
        year = self.year.value()
        rows = ctx.run(self, lambda: workplan.list_plan(ctx.db, ctx.actor, year))
        if rows is None:
            return
        self.table.set_rows(rows)
        self.required.load(year)
        done = sum(1 for r in rows if r.state is WorkPlanState.DONE)
        self.summary.setText(
            self.tr("{count} question(s) in the plan of {year}; done: {done}.").format(
                count=len(rows), year=year, done=done
            )
        )

    def _update_buttons(self) -> None:
        current = self.table.current()
        selected = self.can_edit and current is not None
        self.edit_button.setEnabled(selected)
        self.remove_button.setEnabled(selected)
        self.agenda_button.setEnabled(
            selected and current is not None and current.state in SCHEDULABLE
        )
        self.state_button.setEnabled(selected)
        for state, action in self.state_actions.items():
            action.setEnabled(selected and current is not None and current.state is not state)

    def _agencies(self) -> list[agencies.AgencyView]:
        ctx = self.ctx
        return ctx.run(self, lambda: agencies.list_agencies(ctx.db, ctx.actor)) or []

    def open_item_dialog(self, item: WorkPlanView | None) -> PlanItemDialog | None:
        if not self.can_edit:
            return None
        dialog = PlanItemDialog(self.ctx, self.year.value(), item, self._agencies(), self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(lambda: self._saved(dialog.saved))
        dialog.open()
        return dialog

    def _saved(self, saved: WorkPlanView | None) -> None:
        if saved is None:
            return
        if saved.year != self.year.value():
            self.year.setValue(saved.year)  # refreshes
        else:
            self.refresh()
        self.table.select_key(saved.id)

    def edit_current(self) -> None:
        current = self.table.current()
        if current is not None:
            self.open_item_dialog(current)

    def remove_current(self) -> QMessageBox | None:
        current = self.table.current()
        if current is None or not self.can_edit:
            return None
        box = QMessageBox(
            QMessageBox.Icon.Question,
            self.tr("Delete the question"),
            self.tr("Delete this question from the plan?\n\n{question}").format(
                question=current.question
            ),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            self,
        )
        box.setDefaultButton(QMessageBox.StandardButton.No)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.finished.connect(
            lambda result: (
                self._remove(current) if result == QMessageBox.StandardButton.Yes else None
            )
        )
        box.open()
        return box

    def _remove(self, item: WorkPlanView) -> None:
        ctx = self.ctx

        def remove() -> bool:
            workplan.remove_plan_item(ctx.db, ctx.actor, item.id, item.version)
            return True

        if ctx.run(self, remove):
            ctx.changes.sig_changed.emit("work_plan_items")
            self.refresh()

    def set_state(self, state: WorkPlanState) -> WorkPlanView | None:
        current = self.table.current()
        if current is None:
            return None
        ctx = self.ctx
        saved = ctx.run(
            self,
            lambda: workplan.set_plan_state(ctx.db, ctx.actor, current.id, current.version, state),
        )
        if saved is not None:
            ctx.changes.sig_changed.emit("work_plan_items")
            self.refresh()
            self.table.select_key(saved.id)
        return saved

    def open_agenda_dialog(self) -> PutOnAgendaDialog | None:
        current = self.table.current()
        if current is None or not self.can_edit:
            return None
        ctx = self.ctx
        rows = ctx.run(self, lambda: overview.list_meetings(ctx.db, ctx.actor, None))
        if rows is None:
            return None
        candidates = sorted(
            (r for r in rows if r.status in OPEN_FOR_AGENDA),
            key=lambda r: (r.meeting_date, r.number),
        )
        dialog = PutOnAgendaDialog(ctx, current, candidates, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(self.refresh)
        dialog.open()
        return dialog

    # --- saving the plan ------------------------------------------------------------------

    def set_language(self, language: str) -> None:
        self.language_combo.setCurrentIndex(max(0, self.language_combo.findData(language)))

    def language(self) -> str:
        return str(self.language_combo.currentData() or "ru")

    def plan_context(self) -> PlanContext | None:
        """The shown year's plan as its documents print it (one short read on the GUI thread)."""
        ctx = self.ctx
        year = self.year.value()
        return ctx.run(self, lambda: workplan.plan_context(ctx.db, ctx.actor, year))

    def file_name(self, year: int, language: str) -> str:
        """«План_работы_2026_ru»-like names, in the interface's language."""
        return "_".join((self.tr("Work_plan_{year}").format(year=year), language))

    def _ask_path(self, name: str, suffix: str, file_filter: str) -> Path | None:
        folder = minutes_tab.default_folder()
        chosen, _selected = QFileDialog.getSaveFileName(
            self, self.tr("Save as"), str(folder / f"{name}{suffix}"), file_filter
        )
        if not chosen:
            return None
        path = Path(chosen)
        if path.suffix.lower() != suffix:
            path = path.with_name(path.name + suffix)
        minutes_tab._last_folder = path.parent  # the next document is offered the same folder
        return path

    def _prepare(
        self, suffix: str, file_filter: str, path: Path | None, language: str | None
    ) -> tuple[PlanContext, str, Path] | None:
        lang = language or self.language()
        context = self.plan_context()
        if context is None:
            return None
        if path is None:
            path = self._ask_path(self.file_name(context.year, lang), suffix, file_filter)
            if path is None:
                return None
        return context, lang, path

    def _missing(self, language: str | None, export: Callable[[], object]) -> QDialog | None:
        """Questions and speakers without the document's language, listed before it is
        written; «Export anyway» calls ``export``."""
        context = self.plan_context()
        if context is None:
            return None
        found = plan_completeness(context, language or self.language())
        return ask_before_export(self, found, export, self.fill_missing, plan=True)

    def fill_missing(self, missing: MissingText, language: str) -> PlanItemDialog | None:
        """Open the question's dialog at the field in the missing language."""
        item = next((r for r in self.model.rows() if r.id == missing.record_id), None)
        dialog = self.open_item_dialog(item) if item is not None else None
        if dialog is not None:
            field = dialog.speaker if missing.field == PLAN_SPEAKER else dialog.question
            field.focus_language(language)
        return dialog

    def export_docx(
        self, path: Path | None = None, language: str | None = None, *, confirmed: bool = False
    ) -> ExportWorker | QDialog | None:
        """Save the plan as Word; without ``path`` the user chooses where. Unless
        ``confirmed``, texts missing in the language are listed first."""
        again = partial(self.export_docx, path, language, confirmed=True)
        if not confirmed and (asked := self._missing(language, again)) is not None:
            return asked
        prepared = self._prepare(".docx", self.tr("Word documents (*.docx)"), path, language)
        if prepared is None:
            return None
        context, lang, target = prepared
        found = self.ctx.run(self, lambda: (template_for(self.ctx.db, self.ctx.actor),))
        if found is None:  # the commission's template cannot be read: the user was told
            return None
        template = found[0]
        # The writers on use: the meetings area, built before the first paint, must not wait
        # for python-docx and openpyxl.
        from commission.exports.workplan_docx import workplan_docx

        return self._start(
            self.tr("Writing the work plan…"),
            lambda: workplan_docx(context, lang, template),
            target,
        )

    def export_xlsx(
        self, path: Path | None = None, language: str | None = None, *, confirmed: bool = False
    ) -> ExportWorker | QDialog | None:
        """Save the plan as an Excel table; without ``path`` the user chooses where."""
        again = partial(self.export_xlsx, path, language, confirmed=True)
        if not confirmed and (asked := self._missing(language, again)) is not None:
            return asked
        prepared = self._prepare(".xlsx", self.tr("Excel workbooks (*.xlsx)"), path, language)
        if prepared is None:
            return None
        context, lang, target = prepared
        from commission.exports.workplan_xlsx import workplan_xlsx  # see export_docx

        return self._start(
            self.tr("Writing the work plan…"), lambda: workplan_xlsx(context, lang), target
        )

    def _start(self, label: str, build: Callable[[], bytes], path: Path) -> ExportWorker:
        worker = ExportWorker(self.ctx, self, label, build, path)
        worker.sig_finished.connect(lambda written: self._finished(worker, written))
        self.workers.append(worker)
        worker.start()
        return worker

    def _finished(self, worker: ExportWorker, written: bool) -> None:
        if worker in self.workers:
            self.workers.remove(worker)
        worker.deleteLater()
        if not written:
            return
        assert worker.path is not None  # a file export, not a job
        self.last_path = worker.path
        self.notice = show_saved(self, worker.path)
        self.sig_saved.emit(str(worker.path))
