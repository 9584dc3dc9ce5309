"""The audit trail as filtered on screen, saved as .xlsx for an inspection: every matching
entry, not only the pages scrolled through, in the words the tab shows them."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from commission.db.engine import Database
from commission.services import audit_log
from commission.services.audit_log import AuditFilter, AuditLine
from commission.services.context import Actor
from commission.ui.admin.tables import Column
from commission.ui.context import AppContext
from commission.ui.export_worker import ExportWorker

_BATCH = 2000  # entries read at a time while the workbook is written
_WIDTHS = (8, 18, 36, 16, 22, 10, 80)  # the tab's columns, in characters


def _cell(column: Column[AuditLine], line: AuditLine) -> object:
    return column.text(line) if column.text is not None else column.value(line)


def audit_rows(
    db: Database, actor: Actor, filters: AuditFilter, columns: list[Column[AuditLine]]
) -> Iterator[list[object]]:
    """Every entry matching ``filters``, newest first, as the tab's ``columns`` show it."""
    before: int | None = None
    while True:
        lines = audit_log.entries(db, actor, filters, _BATCH, before)
        for line in lines:
            yield [_cell(column, line) for column in columns]
        if len(lines) < _BATCH:
            return
        before = lines[-1].entry.seq


def export_audit(
    ctx: AppContext,
    parent: QWidget,
    filters: AuditFilter,
    columns: list[Column[AuditLine]],
    path: Path | None = None,
) -> ExportWorker | None:
    """Ask where (unless ``path``) and write the workbook off the GUI thread; the window's
    notice says where it went."""
    from commission.ui.decisions.register_actions import ask_xlsx_path, start_export

    title = QCoreApplication.translate("AuditExport", "Audit trail as of {date}").format(
        date=date.today().strftime("%d.%m.%Y")
    )
    if path is None:
        name = QCoreApplication.translate("AuditExport", "Audit_trail_{date}").format(
            date=date.today().isoformat()
        )
        caption = QCoreApplication.translate("AuditExport", "Save the audit trail")
        path = ask_xlsx_path(parent, caption, name)
        if path is None:
            return None
    headers = [(c.title, width) for c, width in zip(columns, _WIDTHS, strict=True)]
    sheet = QCoreApplication.translate("AuditExport", "Audit trail")
    db, actor = ctx.db, ctx.actor

    def build() -> bytes:
        # Imported on use: openpyxl must not load before the window's first paint.
        from commission.exports.plain_table_xlsx import plain_table_xlsx

        return plain_table_xlsx(title, sheet, headers, audit_rows(db, actor, filters, columns))

    return start_export(
        ctx,
        parent,
        QCoreApplication.translate("AuditExport", "Saving the audit trail…"),
        build,
        path,
    )
