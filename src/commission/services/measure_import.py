"""Import of the programmes and measures an officer keeps in Excel: each row a measure of a
client's case (client by IIN, kind of need, action, agency, deadline, state, outcome), or a
row of the program's own cases register (a case by its number).

A row goes to the client's current case (draft, approved or in progress); a client without
one gets a new draft case, opened on the earliest date the sheet gives for him (so that last
year's deadlines fit). A measure is the same measure when its case has one with the same
action text (in either language): then what changed is updated within the domain's rules
(a finished measure stays as it was; a measure is worked on only once its programme is
approved), else it is added. Agencies are matched by name (Russian or Kazakh, full or short)
or BIN and never created: rows naming an unknown one are rejected and the names listed.
As in the clients import: a dry run computes the exact row report without writing, the
accepted rows go in one transaction, and importing the same sheet twice adds nothing.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from datetime import date
from enum import StrEnum
from pathlib import Path

from commission.db.engine import Database
from commission.db.models import Case, Client
from commission.domain.enums import AuditAction
from commission.domain.messages import QT_TRANSLATE_NOOP, UserError
from commission.domain.permissions import Permission
from commission.services import audit
from commission.services.client_import import ImportResult, ImportRow, Progress, RowOutcome
from commission.services.client_import_cells import is_empty
from commission.services.client_import_columns import HeaderPreview, find_columns
from commission.services.client_import_headers import locate_header, parse_fields
from commission.services.context import Actor
from commission.services.import_file import (
    PROGRESS_EVERY,
    Cancelled,
    ImportRefused,
    cancelled_error,
    read_table,
)
from commission.services.measure_import_headers import (
    NAMED,
    MeasureField,
    recognise_measure_header,
)
from commission.services.measure_import_plan import Context, Planner, client_and_case
from commission.services.measure_import_rows import SheetRow, read_row


def _unknown_agencies(names: Sequence[str]) -> UserError:
    return UserError(
        QT_TRANSLATE_NOOP(
            "Errors",
            "Agencies not in the program's list: {agencies}. The rows naming them were "
            "rejected; add the agencies to the list or correct the names, then import again.",
        ),
        agencies=", ".join(f"«{n}»" for n in names),
    )


def _check_columns(columns: Mapping[MeasureField, int]) -> None:
    named = MeasureField.IIN in columns or MeasureField.CASE_NUMBER in columns
    if MeasureField.ACTION in columns and not named:
        raise ImportRefused(
            QT_TRANSLATE_NOOP(
                "Errors",
                "No column with the client's IIN or the case number was found. Map it by hand "
                "(for example iin=B).",
            )
        )


def preview_measures_header(
    actor: Actor, path: Path | str, remembered: Callable[[str], StrEnum | None]
) -> HeaderPreview:
    """The header row of a sheet of measures as ``preview_header`` finds a client list's."""
    actor.require(Permission.IMPORT_CLIENTS)
    actor.require(Permission.EDIT_CASES)
    return find_columns(path, remembered, recognise_measure_header, frozenset(NAMED))


def import_measures(
    db: Database,
    actor: Actor,
    path: Path | str,
    *,
    mapping: Mapping[str, str] | None = None,
    dry_run: bool = False,
    progress: Progress | None = None,
    cancelled: Cancelled | None = None,
    today: date | None = None,
) -> ImportResult:
    """Import the sheet of programmes and measures in ``path`` (see the module); the
    arguments are those of ``import_clients``."""
    actor.require(Permission.IMPORT_CLIENTS)
    actor.require(Permission.EDIT_CASES)
    today = today or date.today()
    fields = parse_fields(
        mapping,
        MeasureField,
        QT_TRANSLATE_NOOP(
            "Errors", "«{field}» is not a field of the measures sheet; use one of: {fields}."
        ),
    )
    table = read_table(Path(path), cancelled)
    header, columns = locate_header(table.rows, fields, recognise_measure_header, NAMED)
    _check_columns(columns)
    data_rows = [(i + 1, r) for i, r in enumerate(table.rows) if i > header and not is_empty(r)]
    rows: list[SheetRow] = []
    for done, (number, values) in enumerate(data_rows, start=1):
        rows.append(read_row(number, values, columns))
        if (done % PROGRESS_EVERY == 0 or done == len(data_rows)) and cancelled and cancelled():
            raise cancelled_error()
    with db.transaction() as session:
        ctx = Context(session, actor, rows)
        planner = Planner(ctx, today)
        outcomes: dict[int, ImportRow] = {}
        resolved: list[tuple[SheetRow, Client, Case | None]] = []
        for row in rows:
            try:
                if row.reason is not None:
                    raise row.reason
                client, case = client_and_case(ctx, row)
            except UserError as reason:
                outcomes[row.number] = ImportRow(row.number, RowOutcome.REJECTED, reason)
                continue
            if case is None:
                planner.note_new_case(client, row)
            resolved.append((row, client, case))
        for done, (row, client, case) in enumerate(resolved, start=1):
            try:
                outcome = planner.plan(row, client, case)
            except UserError as reason:
                outcomes[row.number] = ImportRow(row.number, RowOutcome.REJECTED, reason)
            else:
                outcomes[row.number] = ImportRow(row.number, outcome, client_id=client.id)
            if progress is not None and (done % PROGRESS_EVERY == 0 or done == len(resolved)):
                progress(done, len(resolved))
        results = tuple(outcomes[r.number] for r in rows)
        if not dry_run:
            for step in planner.steps:
                step()
            session.flush()
            if planner.created or planner.updated or planner.new_cases:
                audit.record(
                    session,
                    actor,
                    AuditAction.CREATE if planner.created else AuditAction.UPDATE,
                    "measures",
                    None,
                    {
                        "import": audit.REDACTED + Path(path).suffix.lower(),
                        "cases": [c.id for c in planner.new_cases.values()],
                        "created": [m.id for m in planner.created],
                        "updated": [m.id for m in planner.updated],
                        "rejected": sum(1 for r in results if r.outcome is RowOutcome.REJECTED),
                    },
                )
            if cancelled is not None and cancelled():
                raise cancelled_error()
    from openpyxl.utils import get_column_letter  # on use: not before the first paint

    warnings = table.warnings
    if planner.unknown_agencies:
        warnings += (_unknown_agencies(planner.unknown_agencies),)
    return ImportResult(
        rows=results,
        dry_run=dry_run,
        header_row=header + 1,
        columns={f.value: get_column_letter(i + 1) for f, i in columns.items()},
        warnings=warnings,
    )
