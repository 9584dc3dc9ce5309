"""The row report of an import saved as a workbook, off the GUI thread."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QWidget

from commission.domain.enums import Language
from commission.services.client_import import ImportResult
from commission.ui.context import AppContext
from commission.ui.export_worker import ExportWorker

if TYPE_CHECKING:
    from commission.exports.import_report_xlsx import ReportLine


def report_lines(result: ImportResult | None) -> list[ReportLine]:
    # The report's writer on use: the clients area holding the import dialog is built before
    # the window's first paint and must not wait for openpyxl.
    from commission.exports.import_report_xlsx import ReportLine

    if result is None:
        return []
    return [ReportLine(r.row, r.outcome.value, r.reason) for r in result.rows]


def report_worker(
    ctx: AppContext, parent: QWidget, label: str, result: ImportResult, path: Path, target: Path
) -> ExportWorker:
    """A started worker writing the report of ``result`` (the import of ``path``) to
    ``target``, in the user's document language."""
    lines = report_lines(result)
    language = ctx.actor.language
    document_language = language.value if language is not Language.EN else "ru"
    file_name, dry_run = path.name, result.dry_run
    from commission.exports.import_report_xlsx import import_report_xlsx  # see report_lines

    worker = ExportWorker(
        ctx,
        parent,
        label,
        lambda: import_report_xlsx(lines, file_name, document_language, dry_run=dry_run),
        target,
    )
    worker.sig_finished.connect(worker.deleteLater)
    worker.start()
    return worker
