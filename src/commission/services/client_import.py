"""Import of the client lists probation services and secretaries keep in Excel today.

The lists are messy: title rows above the header, Russian or Kazakh headers worded a dozen ways,
IINs that Excel turned into numbers and so lost a leading zero, dates as real dates or as text,
non-breaking spaces, empty rows, merged cells, text that starts like a formula. Each row ends as
created, updated, unchanged or rejected with its Excel row number and the reason; a dry run
computes exactly that without writing, and otherwise the accepted rows go in one transaction.
Importing the same file twice changes nothing the second time.

The file (.xlsx, .xlsm, .xls, .ods, .csv) is read in ``import_file``, its header row found in
``client_import_headers``, each row made a card in ``client_import_cells``; this module compares
the cards with the register and writes them.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, replace
from enum import StrEnum
from pathlib import Path
from typing import Any

from sqlalchemy import insert, select
from sqlalchemy.orm import Session

from commission.db.engine import Database
from commission.db.models import AdminUnit, Client, User
from commission.domain.enums import AuditAction, Role
from commission.domain.messages import QT_TRANSLATE_NOOP, UserError
from commission.domain.permissions import Permission
from commission.services import audit
from commission.services.client_import_cells import (
    CARD_FIELDS,
    Draft,
    Officer,
    district_key,
    is_empty,
    row_draft,
)
from commission.services.client_import_headers import (
    NOT_IMPORTED,
    ClientField,
    category_of,
    find_header,
    header_key,
    parse_mapping,
    recognise_header,
)
from commission.services.clients import ClientData
from commission.services.context import Actor
from commission.services.errors import InvalidInput
from commission.services.import_file import (
    PROGRESS_EVERY,
    Cancelled,
    ImportCancelled,
    ImportRefused,
    cancelled_error,
    read_table,
)
from commission.services.registers import search_key
from commission.services.scope import sees_district

__all__ = [
    "NOT_IMPORTED",
    "Cancelled",
    "ClientField",
    "ImportCancelled",
    "ImportRefused",
    "ImportResult",
    "ImportRow",
    "Progress",
    "RowOutcome",
    "category_of",
    "import_clients",
    "recognise_header",
]

Progress = Callable[[int, int], None]

_CHUNK = 500


class RowOutcome(StrEnum):
    CREATED = "created"
    UPDATED = "updated"
    UNCHANGED = "unchanged"
    REJECTED = "rejected"


@dataclass(frozen=True)
class ImportRow:
    """What became of one Excel row; ``reason`` says why it was rejected."""

    row: int
    outcome: RowOutcome
    reason: UserError | None = None
    client_id: int | None = None


@dataclass(frozen=True)
class ImportResult:
    rows: tuple[ImportRow, ...]
    dry_run: bool
    header_row: int
    columns: Mapping[str, str]  # field (a ClientField, MeasureField) -> column letter
    warnings: tuple[UserError, ...] = ()  # about the whole file (a CSV without Kazakh letters)

    def count(self, outcome: RowOutcome) -> int:
        return sum(1 for r in self.rows if r.outcome is outcome)

    @property
    def rejected(self) -> tuple[ImportRow, ...]:
        return tuple(r for r in self.rows if r.outcome is RowOutcome.REJECTED)


# --- comparing with the database ----------------------------------------------------------


def _existing(session: Session, iins: Sequence[str]) -> dict[str, Client]:
    found: dict[str, Client] = {}
    for start in range(0, len(iins), _CHUNK):
        part = iins[start : start + _CHUNK]
        for client in session.scalars(select(Client).where(Client.iin.in_(part))):
            found[client.iin] = client
    return found


def _changes(client: Client, data: ClientData, fields: Iterable[ClientField]) -> dict[str, Any]:
    """The card values the file changes: only columns the file has, and no empty cell wipes
    out what the card already holds (a list seldom has every column filled)."""
    changes: dict[str, Any] = {}
    for name in fields:
        attribute = CARD_FIELDS[name]
        new = getattr(data, attribute)
        if new is None:
            continue
        if getattr(client, attribute) != new:
            changes[attribute] = new
    return changes


def _scope_reason() -> InvalidInput:
    return InvalidInput(
        QT_TRANSLATE_NOOP(
            "Errors", "The client belongs to a district you do not serve; the row was skipped."
        ),
        "district_id",
    )


def _duplicate_reason(first_row: int) -> InvalidInput:
    return InvalidInput(
        QT_TRANSLATE_NOOP(
            "Errors", "The same IIN is already on row {row} of this file; the row was skipped."
        ),
        "iin",
        row=first_row,
    )


def _districts(session: Session) -> dict[str, int]:
    names: dict[str, int] = {}
    for unit in session.execute(select(AdminUnit.id, AdminUnit.name_ru, AdminUnit.name_kk)):
        for name in (unit.name_ru, unit.name_kk):
            if name:
                names.setdefault(district_key(name), unit.id)
    return names


def _officers(session: Session) -> dict[str, Officer]:
    rows = session.execute(
        select(User.id, User.full_name, User.district_id).where(
            User.role == Role.PROBATION_OFFICER, User.is_active.is_(True)
        )
    )
    return {header_key(r.full_name): Officer(r.id, r.district_id) for r in rows}


def _tick(done: int, total: int, progress: Progress | None, cancelled: Cancelled | None) -> None:
    if done % PROGRESS_EVERY and done != total:
        return
    if cancelled is not None and cancelled():
        raise cancelled_error()
    if progress is not None:
        progress(done, total)


def import_clients(
    db: Database,
    actor: Actor,
    path: Path | str,
    *,
    mapping: Mapping[str, str] | None = None,
    dry_run: bool = False,
    progress: Progress | None = None,
    cancelled: Cancelled | None = None,
) -> ImportResult:
    """Import the client list in ``path``. ``mapping`` gives the field of columns whose header
    is not recognised, ``{column letter or header text: field}`` (``{"C": "iin"}``), and
    overrides a recognised one. ``progress(done, total)``
    is called now and then; ``cancelled()`` returning True stops the import with nothing
    changed. Runs without Qt, so the GUI can call it off its thread."""
    actor.require(Permission.IMPORT_CLIENTS)
    fields = parse_mapping(mapping)
    table = read_table(Path(path), cancelled)
    rows = table.rows
    header, columns = find_header(rows, fields)
    default_district = actor.district_id if actor.role is Role.PROBATION_OFFICER else None
    data_rows = [(i + 1, r) for i, r in enumerate(rows) if i > header and not is_empty(r)]
    total = len(data_rows)
    with db.transaction() as session:
        districts = _districts(session)
        officers = _officers(session) if ClientField.OFFICER in columns else {}
        drafts: list[Draft] = []
        first_row_of: dict[str, int] = {}
        for done, (number, values) in enumerate(data_rows, start=1):
            draft = row_draft(number, values, columns, districts, default_district, officers)
            data = draft.data
            if data is not None:
                if not sees_district(session, actor, data.district_id):
                    draft = Draft(number, reason=_scope_reason())
                elif data.iin in first_row_of:
                    draft = Draft(number, reason=_duplicate_reason(first_row_of[data.iin]))
                else:
                    first_row_of[data.iin] = number
            drafts.append(draft)
            _tick(done, total, progress, cancelled)
        existing = _existing(session, list(first_row_of))
        results: list[ImportRow] = []
        created: list[tuple[int, dict[str, Any]]] = []
        updated: dict[int, list[str]] = {}
        for draft in drafts:
            if draft.data is None:
                results.append(ImportRow(draft.row, RowOutcome.REJECTED, draft.reason))
                continue
            data = draft.data
            client = existing.get(data.iin)
            if client is None:
                created.append((len(results), _new_client(actor, data)))
                results.append(ImportRow(draft.row, RowOutcome.CREATED))
                continue
            if not sees_district(session, actor, client.district_id):
                results.append(ImportRow(draft.row, RowOutcome.REJECTED, _scope_reason()))
                continue
            changes = _changes(client, data, draft.fields)
            if not changes:
                results.append(ImportRow(draft.row, RowOutcome.UNCHANGED, client_id=client.id))
                continue
            if not dry_run:
                for attribute, value in changes.items():
                    setattr(client, attribute, value)
                client.search_name = search_key(
                    client.surname, client.given_name, client.patronymic
                )
                client.updated_by = actor.login
            updated[client.id] = sorted(changes)
            results.append(ImportRow(draft.row, RowOutcome.UPDATED, client_id=client.id))
        if not dry_run:
            created_ids: list[int] = []
            if created:
                session.flush()  # the updates first, in the same transaction
                for start in range(0, len(created), _CHUNK):
                    part = created[start : start + _CHUNK]
                    ids = session.scalars(
                        insert(Client).returning(Client.id, sort_by_parameter_order=True),
                        [values for _, values in part],
                    ).all()
                    for (index, _), client_id in zip(part, ids, strict=True):
                        results[index] = replace(results[index], client_id=client_id)
                        created_ids.append(client_id)
                    audit.note_rows(session, Client, list(ids))  # stamped before the commit
            if created or updated:
                audit.record(
                    session,
                    actor,
                    AuditAction.CREATE if created else AuditAction.UPDATE,
                    "clients",
                    None,
                    {
                        # The file's type, not its name, which may be a person's.
                        "import": audit.REDACTED + Path(path).suffix.lower(),
                        "created": created_ids,
                        "updated": {str(k): v for k, v in updated.items()},
                        "rejected": sum(1 for r in results if r.outcome is RowOutcome.REJECTED),
                    },
                )
            if cancelled is not None and cancelled():
                raise cancelled_error()
    from openpyxl.utils import get_column_letter  # on use: not before the first paint

    return ImportResult(
        rows=tuple(results),
        dry_run=dry_run,
        header_row=header + 1,
        columns={f.value: get_column_letter(i + 1) for f, i in columns.items()},
        warnings=table.warnings,
    )


def _new_client(actor: Actor, data: ClientData) -> dict[str, Any]:
    """The row of a new client, for one multi-row INSERT (ORM objects cost seconds here)."""
    return {
        "iin": data.iin,
        "surname": data.surname,
        "given_name": data.given_name,
        "patronymic": data.patronymic,
        "search_name": search_key(data.surname, data.given_name, data.patronymic),
        "birth_date": data.birth_date,
        "sex": data.sex,
        "district_id": data.district_id,
        "category": data.category,
        "articles": data.articles,
        "sentence_start": data.sentence_start,
        "sentence_end": data.sentence_end,
        "registered_on": data.registered_on,
        "registered_address": data.registered_address,
        "actual_address": data.actual_address,
        "phone": data.phone,
        "officer_id": data.officer_id
        if data.officer_id is not None
        else actor.user_id
        if actor.role is Role.PROBATION_OFFICER
        else None,
        "consent_given": False,
        "updated_by": actor.login,
    }
