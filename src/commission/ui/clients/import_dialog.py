"""Importing the client list, or the sheet of programmes and measures, a probation service
keeps in a spreadsheet (.xlsx, .xlsm, .xls, .ods or .csv).

The officer chooses what the file holds and the file, and sees at once which columns the
import recognises; a column
it does not know can be named by hand, and that choice is remembered on this computer for
the next list with the same header. «Check» runs a trial import (nothing written) and shows
what would become of every row; «Import» does it for real; both run off the GUI thread with a
progress dialog and Cancel. The row report can be saved as a workbook.
"""

from __future__ import annotations

import logging
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from commission import settings as local_settings
from commission.domain.enums import Role
from commission.domain.messages import UserError
from commission.services import composition
from commission.services.client_import import Cancelled, ImportResult, Progress, RowOutcome
from commission.services.client_import_columns import ColumnHeader, HeaderPreview
from commission.ui.admin.forms import ErrorLabel, chain_focus, select_data
from commission.ui.admin.tables import pick_name
from commission.ui.clients.import_kinds import (
    FILE_PATTERNS,
    SPECS,
    ImportKind,
    kind_label,
    remembered_field,
)
from commission.ui.clients.import_report import report_lines, report_worker
from commission.ui.clients.import_worker import ImportWorker
from commission.ui.clients.labels import row_outcome_label
from commission.ui.context import AppContext, message_of
from commission.ui.export_worker import ExportWorker
from commission.ui.labels import interface_language

if TYPE_CHECKING:
    from commission.exports.import_report_xlsx import ReportLine

log = logging.getLogger(__name__)

REJECTED_COLOUR = QColor("#b00020")
# Fitting every row's height to a wrapped reason costs about 0.3 s per 10,000 rows; a long
# list keeps one line per row (the whole reason is in the tooltip and the saved report).
WRAP_ROWS_UP_TO = 2000


class ImportDialog(QDialog):
    """Open it with ``open()``.

    Attributes:
        kind: what the file holds (clients, or programmes and measures).
        path: the chosen workbook.
        preview: its header as recognised.
        column_combos: for each unrecognised column (by letter), the field chosen for it.
        outcome: the result of the last check or import.
        worker: the run under way, if any.
        export: the report being saved, if any.
    """

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.kind = ImportKind.CLIENTS
        self.path: Path | None = None
        self.preview: HeaderPreview | None = None
        self.column_combos: dict[str, QComboBox] = {}
        self.outcome: ImportResult | None = None
        self.worker: ImportWorker | None = None
        self.export: ExportWorker | None = None
        self.setWindowTitle(self.tr("Import from a spreadsheet"))
        self.setMinimumSize(860, 700)

        self.kind_combo = QComboBox()
        for kind in ImportKind:
            self.kind_combo.addItem(kind_label(kind), kind.value)
        kind_caption = QLabel(self.tr("&What the file holds:"))
        kind_caption.setBuddy(self.kind_combo)
        kind_row = QHBoxLayout()
        kind_row.addWidget(kind_caption)
        kind_row.addWidget(self.kind_combo)
        kind_row.addStretch(1)

        self.file_edit = QLineEdit()
        self.file_edit.setReadOnly(True)
        self.file_edit.setPlaceholderText(self.tr("No file chosen"))
        self.choose_button = QPushButton(self.tr("&Choose file…"))
        file_caption = QLabel(self.tr("&File:"))
        file_caption.setBuddy(self.choose_button)
        file_row = QHBoxLayout()
        file_row.addWidget(file_caption)
        file_row.addWidget(self.file_edit, 1)
        file_row.addWidget(self.choose_button)
        self.district_label = QLabel(self._district_text())
        self.district_label.setWordWrap(True)

        columns_box = QGroupBox(self.tr("Columns of the list"))
        self.header_label = QLabel(self.tr("Choose the workbook with the list of clients."))
        self.header_label.setWordWrap(True)
        self.columns_widget = QWidget()
        self.columns_grid = QGridLayout(self.columns_widget)
        self.columns_grid.setColumnStretch(1, 1)
        self.columns_grid.setColumnStretch(2, 1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.columns_widget)
        scroll.setMinimumHeight(150)
        scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Tab goes to its combo boxes instead
        columns_layout = QVBoxLayout(columns_box)
        columns_layout.addWidget(self.header_label)
        columns_layout.addWidget(scroll, 1)
        self.warning_label = QLabel()
        self.warning_label.setWordWrap(True)
        self.warning_label.setTextFormat(Qt.TextFormat.PlainText)
        self.warning_label.setStyleSheet("color: #8a5300;")
        self.warning_label.hide()

        self.check_button = QPushButton(self.tr("C&heck"))
        self.check_button.setToolTip(
            self.tr("A trial import: shows what would become of every row, writes nothing.")
        )
        self.import_button = QPushButton(self.tr("&Import"))
        self.report_button = QPushButton(self.tr("Save &report…"))
        actions = QHBoxLayout()
        actions.addWidget(self.check_button)
        actions.addWidget(self.import_button)
        actions.addStretch(1)
        actions.addWidget(self.report_button)

        self.counts_label = QLabel()
        self.counts_label.setWordWrap(True)
        self.report = QTableWidget(0, 3)
        self.report.setHorizontalHeaderLabels(
            [self.tr("Row in the file"), self.tr("Result"), self.tr("Reason")]
        )
        self.report.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.report.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.report.setWordWrap(True)
        self.report.verticalHeader().hide()
        header = self.report.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        report_caption = QLabel(self.tr("Rows of the &list:"))
        report_caption.setBuddy(self.report)
        self.error_label = ErrorLabel(self)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addLayout(kind_row)
        layout.addLayout(file_row)
        layout.addWidget(self.district_label)
        layout.addWidget(columns_box, 1)
        layout.addWidget(self.warning_label)
        layout.addLayout(actions)
        layout.addWidget(self.counts_label)
        layout.addWidget(report_caption)
        layout.addWidget(self.report, 1)
        layout.addWidget(self.error_label)
        layout.addWidget(self.buttons)

        self.kind_combo.currentIndexChanged.connect(self._kind_chosen)
        self.choose_button.clicked.connect(self.choose_file)
        self.check_button.clicked.connect(self.check)
        self.import_button.clicked.connect(self.run_import)
        self.report_button.clicked.connect(self.choose_report_file)
        self._update_buttons()
        self._chain()
        self.choose_button.setFocus(Qt.FocusReason.OtherFocusReason)

    def _district_text(self) -> str:
        actor = self.ctx.actor
        if actor.role is not Role.PROBATION_OFFICER or actor.district_id is None:
            return ""
        ctx = self.ctx
        units = ctx.run(self, lambda: composition.list_admin_units(ctx.db, actor)) or []
        for unit in units:
            if unit.id == actor.district_id:
                name = pick_name(interface_language(), unit.name_ru, unit.name_kk)
                return self.tr(
                    "The clients are registered in your district, {district}; rows of other "
                    "districts are rejected."
                ).format(district=name)
        return ""

    def _chain(self) -> None:
        combos = [self.column_combos[c] for c in sorted(self.column_combos, key=_column_order)]
        chain_focus(
            [
                self.kind_combo,
                self.file_edit,
                self.choose_button,
                *combos,
                self.check_button,
                self.import_button,
                self.report_button,
                self.report,
                *self.buttons.buttons(),
            ]
        )

    def _update_buttons(self) -> None:
        busy = self.worker is not None
        ready = self.preview is not None and self.preview.row is not None and not busy
        self.choose_button.setEnabled(not busy)
        self.kind_combo.setEnabled(not busy)
        self.check_button.setEnabled(ready)
        self.import_button.setEnabled(ready)
        self.report_button.setEnabled(self.outcome is not None and not busy)

    def reject(self) -> None:
        """Closing while an import runs cancels it; the dialog stays to say so."""
        if self.worker is not None:
            self.worker.cancel()
            return
        super().reject()

    # --- the file and its columns ---------------------------------------------------------

    def set_kind(self, kind: ImportKind) -> None:
        select_data(self.kind_combo, kind.value)

    def _kind_chosen(self) -> None:
        self.kind = ImportKind(self.kind_combo.currentData())
        # «The clients are registered in your district» says nothing about measures.
        self.district_label.setVisible(self.kind is ImportKind.CLIENTS)
        if self.path is not None:
            self.set_file(self.path)  # the same file read as the other kind
        else:
            self._show_columns({})

    def choose_file(self) -> None:
        filters = ";;".join(
            [
                self.tr("Spreadsheets and CSV ({patterns})").format(patterns=FILE_PATTERNS),
                self.tr("All files (*)"),
            ]
        )
        chosen, _filter = QFileDialog.getOpenFileName(self, self.tr("Register file"), "", filters)
        if chosen:
            self.set_file(Path(chosen))

    def set_file(self, path: Path) -> None:
        """Show the columns of ``path`` as the import will read them."""
        self.error_label.clear_text()
        self.path = path
        self.file_edit.setText(str(path))
        self.preview = None
        self._show_result(None)
        remembered = local_settings.load().import_columns
        kind = self.kind
        try:
            self.preview = SPECS[kind].preview(
                self.ctx.actor, path, lambda text: remembered_field(kind, remembered, text)
            )
        except UserError as exc:
            self.error_label.show_text(message_of(exc))
        self._show_columns(remembered)
        self._show_warnings(self.preview.warnings if self.preview else ())
        self._update_buttons()

    def _clear_columns(self) -> None:
        self.column_combos = {}
        while self.columns_grid.count():
            item = self.columns_grid.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.deleteLater()

    def _show_columns(self, remembered: dict[str, str]) -> None:
        self._clear_columns()
        preview = self.preview
        if preview is None:
            self.header_label.setText(self.tr("Choose the file with the list."))
        elif preview.row is None:
            self.header_label.setText(self.tr("No header row was found in the first rows."))
        else:
            self.header_label.setText(
                self.tr(
                    "Header found on row {row}: {recognised} of {total} columns recognised. "
                    "Name the others by hand, or leave them out."
                ).format(
                    row=preview.row,
                    recognised=len(preview.recognised),
                    total=len(preview.columns),
                )
            )
            for caption, position in (
                (self.tr("Column"), 0),
                (self.tr("Header in the file"), 1),
                (self.tr("Imported as"), 2),
            ):
                label = QLabel(f"<b>{caption}</b>")
                self.columns_grid.addWidget(label, 0, position)
            for row, column in enumerate(preview.columns, start=1):
                self._add_column(row, column, remembered)
        self._chain()

    def _add_column(self, row: int, column: ColumnHeader, remembered: dict[str, str]) -> None:
        letter = QLabel(column.letter)
        header = QLabel(column.text)
        header.setWordWrap(True)
        header.setTextFormat(Qt.TextFormat.PlainText)
        self.columns_grid.addWidget(letter, row, 0)
        self.columns_grid.addWidget(header, row, 1)
        spec = SPECS[self.kind]
        if column.field is not None:
            text = (
                self.tr("{field} (recognised, not imported)")
                if column.field in spec.not_imported
                else self.tr("{field} (recognised)")
            )
            self.columns_grid.addWidget(QLabel(text.format(field=spec.label(column.field))), row, 2)
            return
        combo = QComboBox()
        combo.addItem(self.tr("— not imported —"), None)
        for field in spec.fields:
            combo.addItem(spec.label(field), field.value)
        chosen = remembered_field(self.kind, remembered, column.text)
        if chosen is not None:
            select_data(combo, chosen.value)
        combo.setAccessibleName(column.text)
        header.setBuddy(combo)
        self.columns_grid.addWidget(combo, row, 2)
        self.column_combos[column.letter] = combo

    def mapping(self) -> dict[str, str]:
        """The columns mapped by hand: ``{column letter: field}``, as the import service takes
        them (the letter, since two columns may share a header text)."""
        chosen: dict[str, str] = {}
        for column in self._unrecognised():
            value = self.column_combos[column.letter].currentData()
            if value:
                chosen[column.letter] = str(value)
        return chosen

    def _unrecognised(self) -> list[ColumnHeader]:
        if self.preview is None:
            return []
        return [c for c in self.preview.unrecognised if c.letter in self.column_combos]

    def _remember(self) -> None:
        choices: dict[str, str | None] = {}
        for column in self._unrecognised():
            value = self.column_combos[column.letter].currentData()
            choices[column.text] = str(value) if value else None
        try:
            local_settings.remember_import_columns(choices)
        except OSError:
            log.warning("the import columns could not be remembered")  # the import goes on

    # --- running --------------------------------------------------------------------------

    def check(self) -> ImportWorker | None:
        """A trial import: what would become of every row, nothing written."""
        return self._start(dry_run=True)

    def run_import(self) -> ImportWorker | None:
        return self._start(dry_run=False)

    def _start(self, *, dry_run: bool) -> ImportWorker | None:
        path = self.path
        if path is None or self.worker is not None:
            return None
        self.error_label.clear_text()
        self._remember()
        db, actor, mapping = self.ctx.db, self.ctx.actor, self.mapping()
        service = SPECS[self.kind].run

        def run(progress: Progress, cancelled: Cancelled) -> ImportResult:
            return service(
                db,
                actor,
                path,
                mapping=mapping,
                dry_run=dry_run,
                progress=progress,
                cancelled=cancelled,
            )

        label = (
            self.tr("Checking the rows of {file}…")
            if dry_run
            else self.tr("Importing from {file}…")
        ).format(file=path.name)
        worker = ImportWorker(self, label, run)
        worker.sig_finished.connect(self._finished)
        self.worker = worker
        self._update_buttons()
        worker.start()
        return worker

    def _finished(self, outcome: object) -> None:
        worker, self.worker = self.worker, None
        if worker is not None:
            worker.deleteLater()
        if isinstance(outcome, ImportResult):
            self._show_result(outcome)
            if not outcome.dry_run and (
                outcome.count(RowOutcome.CREATED) or outcome.count(RowOutcome.UPDATED)
            ):
                self.ctx.changes.sig_changed.emit(SPECS[self.kind].changed)
        elif isinstance(outcome, BaseException):
            self.error_label.show_text(message_of(outcome, where="client import"))
        self._update_buttons()

    def _show_result(self, result: ImportResult | None) -> None:
        self.outcome = result
        self.report.setRowCount(0)
        if result is None:
            self.counts_label.clear()
            return
        self._show_warnings(result.warnings)
        counts = self.tr(
            "Created: {created}, updated: {updated}, unchanged: {unchanged}, rejected: {rejected}."
        ).format(
            created=result.count(RowOutcome.CREATED),
            updated=result.count(RowOutcome.UPDATED),
            unchanged=result.count(RowOutcome.UNCHANGED),
            rejected=result.count(RowOutcome.REJECTED),
        )
        if result.dry_run:
            counts += " " + self.tr("Trial run: nothing was written to the database.")
        self.counts_label.setText(counts)
        self.report.setRowCount(len(result.rows))
        for index, row in enumerate(result.rows):
            cells = (
                str(row.row),
                row_outcome_label(row.outcome),
                message_of(row.reason) if row.reason else "",
            )
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if column == 2 and text:
                    item.setToolTip(text)
                if row.outcome is RowOutcome.REJECTED:
                    item.setForeground(REJECTED_COLOUR)
                if column == 0:
                    item.setTextAlignment(
                        Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
                    )
                self.report.setItem(index, column, item)
        if len(result.rows) <= WRAP_ROWS_UP_TO:
            self.report.resizeRowsToContents()

    def _show_warnings(self, warnings: tuple[UserError, ...]) -> None:
        self.warning_label.setText("\n".join(message_of(w) for w in warnings))
        self.warning_label.setVisible(bool(warnings))

    # --- the report -----------------------------------------------------------------------

    def report_lines(self) -> list[ReportLine]:
        return report_lines(self.outcome)

    def choose_report_file(self) -> None:
        if self.outcome is None or self.path is None:
            return
        suggested = str(self.path.with_name(f"{self.path.stem} — report.xlsx"))
        chosen, _filter = QFileDialog.getSaveFileName(
            self, self.tr("Save the import report"), suggested, self.tr("Excel workbooks (*.xlsx)")
        )
        if chosen:
            self.save_report(Path(chosen))

    def save_report(self, target: Path) -> ExportWorker | None:
        """Write the row report of the last check or import to ``target``."""
        if self.outcome is None or self.path is None:
            return None
        label = self.tr("Saving the import report…")
        self.export = report_worker(self.ctx, self, label, self.outcome, self.path, target)
        return self.export


def _column_order(letter: str) -> tuple[int, str]:
    return (len(letter), letter)
