"""The clients and cases registers as .xlsx from the GUI, as ``commission-admin export register
clients|cases`` writes them: the same services (district scope, IIN masked per role, the export
audited) and the same writers, run off the GUI thread through ``ExportWorker``.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QWidget

from commission.domain.permissions import Permission
from commission.services import probation_exports
from commission.ui.context import AppContext
from commission.ui.decisions.register_actions import document_language, start_export
from commission.ui.export_worker import ExportWorker
from commission.ui.meetings.minutes_tab import default_folder


def can_export(ctx: AppContext) -> bool:
    """Whether the registers' buttons are shown: both permissions, as the service requires."""
    return ctx.actor.can(Permission.EXPORT_REGISTERS) and ctx.actor.can(Permission.VIEW_CLIENTS)


def _ask_path(parent: QWidget, title: str, name: str) -> Path | None:
    chosen, _selected = QFileDialog.getSaveFileName(
        parent,
        title,
        str(default_folder() / f"{name}.xlsx"),
        QCoreApplication.translate("ProbationRegisters", "Excel workbooks (*.xlsx)"),
    )
    if not chosen:
        return None
    path = Path(chosen)
    return path if path.suffix.lower() == ".xlsx" else path.with_name(path.name + ".xlsx")


def export_clients_register(
    ctx: AppContext, parent: QWidget, path: Path | None = None, *, today: date | None = None
) -> ExportWorker | None:
    """Write the clients register (those removed from it included, in grey text in the list)
    to ``path``, asked for when ``None``; ``None`` when nothing was started."""
    day = today or date.today()
    if path is None:
        name = QCoreApplication.translate("ProbationRegisters", "Clients_register_{date}").format(
            date=day.isoformat()
        )
        path = _ask_path(
            parent,
            QCoreApplication.translate("ProbationRegisters", "Save the clients register"),
            name,
        )
        if path is None:
            return None
    db, actor, language = ctx.db, ctx.actor, document_language(ctx)
    # The writer on use: the areas offering it are built before the window's first paint.
    from commission.exports.probation_registers_xlsx import clients_register_xlsx

    return start_export(
        ctx,
        parent,
        QCoreApplication.translate("ProbationRegisters", "Saving the clients register…"),
        # The rows are read in the worker too: a whole region's register takes a while.
        lambda: clients_register_xlsx(probation_exports.clients_register(db, actor), day, language),
        path,
    )


def export_cases_register(
    ctx: AppContext, parent: QWidget, path: Path | None = None, *, today: date | None = None
) -> ExportWorker | None:
    """Write the cases register, with open and overdue measures as of ``today``, to ``path``,
    asked for when ``None``; ``None`` when nothing was started."""
    day = today or date.today()
    if path is None:
        name = QCoreApplication.translate("ProbationRegisters", "Cases_register_{date}").format(
            date=day.isoformat()
        )
        path = _ask_path(
            parent,
            QCoreApplication.translate("ProbationRegisters", "Save the cases register"),
            name,
        )
        if path is None:
            return None
    db, actor, language = ctx.db, ctx.actor, document_language(ctx)
    from commission.exports.probation_registers_xlsx import cases_register_xlsx  # on use

    return start_export(
        ctx,
        parent,
        QCoreApplication.translate("ProbationRegisters", "Saving the cases register…"),
        lambda: cases_register_xlsx(
            probation_exports.cases_register(db, actor, day), day, language
        ),
        path,
    )
