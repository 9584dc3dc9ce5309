"""The minutes as documents: Word in Russian or Kazakh, PDF, print, Excel, extracts per agency,
and the history of the minutes' revisions (any final revision can be saved again).

Every document is written from ``minutes.minutes_context`` — built here on the GUI thread (one
short read) — by the writers in ``commission.exports``, off the GUI thread (``ExportWorker``).
The writers are imported when a document is asked for: they bring python-docx, openpyxl and
lxml, which the meetings area, built before the window's first paint, must not wait for.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QStandardPaths, Qt, Signal
from PySide6.QtPrintSupport import QPrinter, QPrintPreviewDialog
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFileDialog,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from commission.documents.completeness import extract_completeness, minutes_completeness
from commission.documents.minutes import MinutesContext
from commission.domain.enums import Language, MinutesState
from commission.domain.messages import QT_TRANSLATE_NOOP, UserError
from commission.exports.draft import is_draft
from commission.services import minutes
from commission.services.meetings import MeetingView
from commission.services.minutes import RevisionView
from commission.template_choice import template_for
from commission.ui.admin.tables import format_datetime
from commission.ui.context import AppContext
from commission.ui.export_notice import ExportNotice, show_saved
from commission.ui.export_worker import ExportWorker
from commission.ui.icon import icon
from commission.ui.labels import interface_language
from commission.ui.meetings.extracts_sent import ExtractsSentBox
from commission.ui.meetings.meeting_labels import document_language_label
from commission.ui.meetings.minutes_extract import (
    ExtractDialog,
    NothingToExtract,
    addressed_agencies,
)
from commission.ui.meetings.missing_texts import MissingTextsDialog, ask_before_export
from commission.ui.meetings.signed_scan import SignedScanBox

if TYPE_CHECKING:
    from commission.exports.templates import TemplateSource

LANGUAGES = ("ru", "kk")
_UNSAFE_IN_NAMES = re.compile(r'[<>:"/\\|?*\x00-\x1f]+')
_NAME_PART_MAX = 60

# The folder the last document went to, offered for the next one during this session.
_last_folder: Path | None = None


def safe_file_name(text: str) -> str:
    """``text`` usable as (part of) a file name on Windows: no reserved characters."""
    cleaned = _UNSAFE_IN_NAMES.sub(" ", text).strip().strip(".")
    cleaned = re.sub(r"\s+", " ", cleaned).replace(" ", "_")
    return cleaned[:_NAME_PART_MAX] or "_"


def default_folder() -> Path:
    if _last_folder is not None and _last_folder.is_dir():
        return _last_folder
    documents = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    return Path(documents) if documents else Path.home()


class MinutesTab(QWidget):
    """Saving and printing the minutes of one meeting.

    Signals:
        sig_saved(str): a document was written to this path.

    Attributes:
        last_path: the last document written.
    """

    sig_saved = Signal(str)
    sig_fill = Signal(object, str)  # a MissingText to fill, in this language
    sig_record_changed = Signal()  # a scan attached or an extract sent: the status may follow

    def __init__(self, ctx: AppContext, meeting_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.meeting_id = meeting_id
        self.meeting: MeetingView | None = None
        self.revisions: list[RevisionView] = []
        self.last_path: Path | None = None
        self.workers: list[ExportWorker] = []
        self._drafts: list[ExportWorker] = []  # exports of minutes that are not final
        self._preview: tuple[QPrintPreviewDialog, QPrinter] | None = None

        self.language_combo = QComboBox()
        for language in LANGUAGES:
            self.language_combo.addItem(document_language_label(language), language)
        # A Kazakh-speaking secretary most often writes the Kazakh minutes, and vice versa.
        self.set_language("kk" if interface_language() is Language.KK else "ru")
        self.revision_combo = QComboBox()
        self.revision_combo.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.revision_combo.setMinimumContentsLength(30)
        self.state_label = QLabel()
        self.state_label.setWordWrap(True)

        self.docx_button = QPushButton(self.tr("Save the minutes (.&docx)…"))
        self.pdf_button = QPushButton(self.tr("Save as &PDF…"))
        self.print_button = QPushButton(self.tr("Print pre&view and print…"))
        self.xlsx_button = QPushButton(self.tr("Decisions to E&xcel (.xlsx)…"))
        self.extract_button = QPushButton(self.tr("Extract for an a&gency…"))
        for button, name in (
            (self.docx_button, "export_docx"),
            (self.pdf_button, "export"),
            (self.print_button, "print"),
            (self.xlsx_button, "export_xlsx"),
            (self.extract_button, "letters"),
        ):
            button.setIcon(icon(name))
        self.extract_button.setToolTip(
            self.tr("Only the points addressed to one agency, ready to send to it.")
        )
        self.docx_button.clicked.connect(lambda: self.export_docx())
        self.pdf_button.clicked.connect(lambda: self.export_pdf())
        self.print_button.clicked.connect(lambda: self.print_preview())
        self.xlsx_button.clicked.connect(lambda: self.export_xlsx())
        self.extract_button.clicked.connect(lambda: self.export_extract())
        self.notice: ExportNotice | None = None  # what said the last document is written

        choice = QFormLayout()
        choice.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        choice.addRow(self.tr("&Language of the documents:"), self.language_combo)
        choice.addRow(self.tr("&Text:"), self.revision_combo)
        grid = QGridLayout()
        grid.addWidget(self.docx_button, 0, 0)
        grid.addWidget(self.pdf_button, 0, 1)
        grid.addWidget(self.print_button, 0, 2)
        grid.addWidget(self.xlsx_button, 1, 0)
        grid.addWidget(self.extract_button, 1, 1)
        grid.setColumnStretch(3, 1)
        documents = QGroupBox(self.tr("Documents"))
        documents_layout = QVBoxLayout(documents)
        documents_layout.addLayout(choice)
        documents_layout.addWidget(self.state_label)
        documents_layout.addLayout(grid)

        self.history = QTableWidget(0, 5)
        self.history.setHorizontalHeaderLabels(
            [
                self.tr("Revision"),
                self.tr("Finalised"),
                self.tr("By"),
                self.tr("Reason"),
                self.tr("Signed copy"),
            ]
        )
        self.history.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.history.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.history.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.history.verticalHeader().hide()
        self.history.setWordWrap(False)
        self.history.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.history.horizontalHeader().setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        self.history.cellActivated.connect(lambda row, _column: self.choose_history_row(row))
        self.use_revision_button = QPushButton(self.tr("Use this revision for the &documents"))
        self.use_revision_button.clicked.connect(
            lambda: self.choose_history_row(self.history.currentRow())
        )
        self.history.itemSelectionChanged.connect(self._update_buttons)
        history_box = QGroupBox(self.tr("History of revisions"))
        history_layout = QVBoxLayout(history_box)
        history_layout.addWidget(self.history, 1)
        row = QHBoxLayout()
        row.addWidget(self.use_revision_button)
        row.addStretch(1)
        history_layout.addLayout(row)

        self.signed_box = SignedScanBox(ctx, meeting_id)
        self.extracts_box = ExtractsSentBox(ctx, meeting_id)
        self.signed_box.sig_attached.connect(self.sig_record_changed)
        self.extracts_box.sig_recorded.connect(self.sig_record_changed)
        sent = QHBoxLayout()
        sent.addWidget(self.signed_box, 1)
        sent.addWidget(self.extracts_box, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(documents)
        layout.addLayout(sent)
        layout.addWidget(history_box, 1)
        QWidget.setTabOrder(self.language_combo, self.revision_combo)
        previous: QWidget = self.revision_combo
        for widget in (
            self.docx_button,
            self.pdf_button,
            self.print_button,
            self.xlsx_button,
            self.extract_button,
            self.history,
            self.use_revision_button,
        ):
            QWidget.setTabOrder(previous, widget)
            previous = widget
        self._update_buttons()

    # --- state ----------------------------------------------------------------------------

    def set_meeting(self, meeting: MeetingView) -> None:
        self.meeting = meeting
        self.refresh()

    def set_read_only(self, read_only: bool) -> None:
        """Documents can be saved whatever the state: nothing here changes the record."""
        del read_only

    def set_language(self, language: str) -> None:
        self.language_combo.setCurrentIndex(max(0, self.language_combo.findData(language)))

    def language(self) -> str:
        return str(self.language_combo.currentData() or "ru")

    def chosen_revision(self) -> int | None:
        data = self.revision_combo.currentData()
        return int(data) if data is not None else None

    def set_revision(self, revision: int | None) -> None:
        index = self.revision_combo.findData(revision)
        self.revision_combo.setCurrentIndex(max(0, index))

    def refresh(self) -> None:
        ctx = self.ctx
        found = ctx.run(self, lambda: minutes.revisions(ctx.db, ctx.actor, self.meeting_id))
        if found is None:
            return
        self.revisions = found
        chosen = self.chosen_revision()
        self.revision_combo.clear()
        self.revision_combo.addItem(self.tr("The minutes as they stand"), None)
        for revision in found:
            if revision.is_final:
                text = self.tr("Revision {revision} of {date}").format(
                    revision=revision.revision, date=format_datetime(revision.created_at)
                )
                self.revision_combo.addItem(text, revision.revision)
        self.set_revision(chosen)
        self.signed_box.set_meeting(self.meeting)
        self.extracts_box.refresh()
        self.history.setRowCount(len(found))
        for index, revision in enumerate(found):
            when = format_datetime(revision.created_at) if revision.is_final else ""
            reason = revision.reason or (self.tr("First revision") if index == 0 else "")
            if not revision.is_final:
                reason = self.tr("{reason} (being amended)").format(reason=reason)
            cells = (
                str(revision.revision),
                when,
                revision.created_by,
                reason,
                self.signed_box.scan_for(revision.revision),
            )
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setToolTip(text)
                item.setData(Qt.ItemDataRole.UserRole, revision.revision)
                self.history.setItem(index, column, item)
        self.history.resizeColumnsToContents()
        self._show_state()
        self._update_buttons()

    def _show_state(self) -> None:
        meeting = self.meeting
        if meeting is None:
            self.state_label.clear()
            return
        if meeting.minutes_state is MinutesState.FINAL:
            text = self.tr(
                "The minutes are final (revision {revision}): the documents show them exactly "
                "as finalised."
            ).format(revision=meeting.revision)
        elif meeting.minutes_state is MinutesState.AMENDED:
            text = self.tr(
                "The minutes are being amended: the documents show the corrections made so "
                "far. Finalise the minutes again when they are complete."
            )
        else:
            text = self._draft_note()
        self.state_label.setText(text)

    def _draft_note(self) -> str:
        return self.tr(
            "The minutes are not final yet: what you save now is a draft. Finalise them "
            "when the record is complete."
        )

    def _update_buttons(self) -> None:
        row = self.history.currentRow()
        final = 0 <= row < len(self.revisions) and self.revisions[row].is_final
        self.use_revision_button.setEnabled(final)

    def choose_history_row(self, row: int) -> None:
        if 0 <= row < len(self.revisions) and self.revisions[row].is_final:
            self.set_revision(self.revisions[row].revision)
            self.revision_combo.setFocus(Qt.FocusReason.OtherFocusReason)

    # --- exporting ------------------------------------------------------------------------

    def context(self, revision: int | None = None) -> MinutesContext | None:
        """The minutes' read model: of ``revision``, else of the revision chosen in the tab."""
        chosen = revision if revision is not None else self.chosen_revision()
        ctx = self.ctx
        return ctx.run(
            self,
            lambda: minutes.minutes_context(ctx.db, ctx.actor, self.meeting_id, revision=chosen),
        )

    def file_name(self, kind: str, context: MinutesContext, language: str, extra: str = "") -> str:
        """«Протокол_№3_2026-03-12_ru.docx»-like names, in the interface's language."""
        stems = {
            "minutes": self.tr("Minutes_No{number}_{date}"),
            "decisions": self.tr("Decisions_No{number}_{date}"),
            "extract": self.tr("Extract_No{number}_{date}"),
        }
        stem = stems[kind].format(number=context.number, date=context.meeting_date.isoformat())
        parts = [stem]
        if extra:
            parts.append(safe_file_name(extra))
        if self.chosen_revision() is not None:
            parts.append(self.tr("rev{revision}").format(revision=context.revision))
        parts.append(language)
        return "_".join(parts)

    def _ask_path(self, name: str, suffix: str, file_filter: str) -> Path | None:
        global _last_folder
        chosen, _selected = QFileDialog.getSaveFileName(
            self, self.tr("Save as"), str(default_folder() / f"{name}{suffix}"), file_filter
        )
        if not chosen:
            return None
        path = Path(chosen)
        if path.suffix.lower() != suffix:
            path = path.with_name(path.name + suffix)
        _last_folder = path.parent
        return path

    def _start(
        self, label: str, build: Callable[[], bytes], path: Path, draft: bool = False
    ) -> ExportWorker:
        worker = ExportWorker(self.ctx, self, label, build, path)
        worker.sig_finished.connect(lambda written: self._finished(worker, written))
        self.workers.append(worker)
        if draft:
            self._drafts.append(worker)
        worker.start()
        return worker

    def _finished(self, worker: ExportWorker, written: bool) -> None:
        if worker in self.workers:
            self.workers.remove(worker)
        draft = worker in self._drafts
        if draft:
            self._drafts.remove(worker)
        worker.deleteLater()
        if not written:
            return
        assert worker.path is not None  # a file export, not a job
        self.last_path = worker.path
        # A draft's pages say «ПРОЕКТ»; the notice says why.
        note = self._draft_note() if draft else ""
        self.notice = show_saved(self, worker.path, note=note)
        self.sig_saved.emit(str(worker.path))

    def _prepare(
        self,
        kind: str,
        suffix: str,
        file_filter: str,
        path: Path | None,
        language: str | None,
        revision: int | None,
        extra: str = "",
    ) -> tuple[MinutesContext, str, Path] | None:
        lang = language or self.language()
        context = self.context(revision)
        if context is None:
            return None
        if path is None:
            path = self._ask_path(self.file_name(kind, context, lang, extra), suffix, file_filter)
            if path is None:
                return None
        return context, lang, path

    def _missing(
        self, language: str | None, revision: int | None, export: Callable[[], object]
    ) -> MissingTextsDialog | None:
        """Before the minutes (or their decisions) are written in a language some texts lack,
        the user sees them and fills them in or goes on; ``export`` then writes anyway."""
        context = self.context(revision)
        if context is None:
            return None
        found = minutes_completeness(context, language or self.language())
        return ask_before_export(self, found, export, self.sig_fill.emit)

    def export_docx(
        self,
        path: Path | None = None,
        language: str | None = None,
        revision: int | None = None,
        *,
        confirmed: bool = False,
    ) -> ExportWorker | MissingTextsDialog | None:
        """Save the minutes as Word; without ``path`` the user chooses where. Unless
        ``confirmed``, texts missing in the language are listed first."""
        again = partial(self.export_docx, path, language, revision, confirmed=True)
        if not confirmed and (asked := self._missing(language, revision, again)) is not None:
            return asked
        prepared = self._prepare(
            "minutes", ".docx", self.tr("Word documents (*.docx)"), path, language, revision
        )
        if prepared is None:
            return None
        context, lang, target = prepared
        if (found := self._template(context)) is None:
            return None
        template = found[0]
        from commission.exports.minutes_docx import minutes_docx  # see the module's note

        return self._start(
            self.tr("Writing the minutes…"),
            lambda: minutes_docx(context, lang, template),
            target,
            draft=is_draft(context),
        )

    def export_pdf(
        self,
        path: Path | None = None,
        language: str | None = None,
        revision: int | None = None,
        *,
        confirmed: bool = False,
    ) -> ExportWorker | MissingTextsDialog | None:
        again = partial(self.export_pdf, path, language, revision, confirmed=True)
        if not confirmed and (asked := self._missing(language, revision, again)) is not None:
            return asked
        prepared = self._prepare(
            "minutes", ".pdf", self.tr("PDF documents (*.pdf)"), path, language, revision
        )
        if prepared is None:
            return None
        context, lang, target = prepared
        if (found := self._template(context)) is None:  # its paper and margins
            return None
        template = found[0]
        from commission.exports.minutes_pdf import minutes_pdf  # see the module's note

        return self._start(
            self.tr("Writing the minutes as PDF…"),
            lambda: minutes_pdf(context, lang, template),
            target,
            draft=is_draft(context),
        )

    def export_xlsx(
        self,
        path: Path | None = None,
        language: str | None = None,
        revision: int | None = None,
        *,
        confirmed: bool = False,
    ) -> ExportWorker | MissingTextsDialog | None:
        again = partial(self.export_xlsx, path, language, revision, confirmed=True)
        if not confirmed and (asked := self._missing(language, revision, again)) is not None:
            return asked
        prepared = self._prepare(
            "decisions", ".xlsx", self.tr("Excel workbooks (*.xlsx)"), path, language, revision
        )
        if prepared is None:
            return None
        context, lang, target = prepared
        from commission.exports.decisions_xlsx import decisions_xlsx  # see the module's note

        return self._start(
            self.tr("Writing the decisions…"), lambda: decisions_xlsx(context, lang), target
        )

    def export_extract(
        self,
        agency_id: int | None = None,
        path: Path | None = None,
        language: str | None = None,
        revision: int | None = None,
        *,
        confirmed: bool = False,
    ) -> ExportWorker | ExtractDialog | MissingTextsDialog | None:
        """Save the extract for one agency; without ``agency_id`` the user chooses it first."""
        lang = language or self.language()
        context = self.context(revision)
        if context is None:
            return None
        agencies = addressed_agencies(context)
        if not agencies:
            self.ctx.report(
                self,
                NothingToExtract(
                    QT_TRANSLATE_NOOP(
                        "Errors",
                        "No point of these minutes names a lead agency or co-executor, so "
                        "there is no extract to send.",
                    )
                ),
            )
            return None
        if agency_id is None:
            dialog = ExtractDialog(agencies, lang, self)
            dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            dialog.accepted.connect(
                lambda: self._extract_chosen(dialog.chosen_id(), path, lang, revision)
            )
            dialog.open()
            return dialog
        agency = next((a for a in agencies if a.id == agency_id), None)
        if not confirmed:
            asked = ask_before_export(
                self,
                extract_completeness(context, agency_id, lang),
                lambda: self.export_extract(agency_id, path, lang, revision, confirmed=True),
                self.sig_fill.emit,
            )
            if asked is not None:
                return asked
        if path is None:
            name = agency.short_name.get(lang) if agency is not None else ""
            path = self._ask_path(
                self.file_name("extract", context, lang, name),
                ".docx",
                self.tr("Word documents (*.docx)"),
            )
            if path is None:
                return None
        if (found := self._template(context)) is None:
            return None
        template = found[0]
        chosen = agency_id
        from commission.exports.extract_docx import extract_docx  # see the module's note

        worker = self._start(
            self.tr("Writing the extract…"),
            lambda: extract_docx(context, chosen, lang, template),
            path,
        )
        latest = self.meeting.revision if self.meeting is not None else 0
        worker.sig_finished.connect(
            lambda written: self.extracts_box.record(context, chosen, latest) if written else None
        )
        return worker

    def _extract_chosen(
        self, agency_id: int | None, path: Path | None, language: str, revision: int | None
    ) -> None:
        if agency_id is not None:
            self.export_extract(agency_id, path, language, revision)

    def print_preview(
        self, language: str | None = None, revision: int | None = None
    ) -> QPrintPreviewDialog | None:
        """The print preview of the same pages as the PDF; printing is from its toolbar."""
        lang = language or self.language()
        context = self.context(revision)
        if context is None:
            return None
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setDocName(self.file_name("minutes", context, lang))
        dialog = QPrintPreviewDialog(printer, self)
        dialog.setWindowTitle(self.tr("Print preview of the minutes"))
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.paintRequested.connect(lambda device: self._paint(context, lang, device))
        dialog.destroyed.connect(lambda: self._preview_closed())
        self._preview = (dialog, printer)  # the printer must outlive the dialog
        dialog.resize(900, 1000)
        dialog.open()
        return dialog

    def _paint(self, context: MinutesContext, language: str, printer: QPrinter) -> None:
        from commission.exports.minutes_pdf import print_minutes  # see the module's note

        try:
            template = template_for(self.ctx.db, self.ctx.actor, context.commission_id)
            print_minutes(context, language, printer, template)
        except UserError as exc:
            self.ctx.report(self, exc)

    def _template(self, context: MinutesContext) -> tuple[TemplateSource] | None:
        """The template of the minutes' commission; None (the user told why) when it cannot
        be read: a document is not written on another blank than the one the office chose."""
        return self.ctx.run(
            self, lambda: (template_for(self.ctx.db, self.ctx.actor, context.commission_id),)
        )

    def _preview_closed(self) -> None:
        self._preview = None
