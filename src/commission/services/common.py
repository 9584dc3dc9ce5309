"""Small pieces every service uses: loading for edit with a version check, text cleaning
(``clean_text`` lives in ``domain.text``: the import and the services clean text alike)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TypeVar

from sqlalchemy.orm import Session

from commission.db.base import Base
from commission.domain.messages import QT_TRANSLATE_NOOP
from commission.domain.text import clean_text
from commission.services.errors import InvalidInput, not_found, stale_copy

__all__ = ["check_lengths", "check_version", "clean_text", "get_for_edit", "get_or_fail"]

T = TypeVar("T", bound=Base)


def get_or_fail(session: Session, model: type[T], ident: object) -> T:
    obj = session.get(model, ident)
    if obj is None:
        raise not_found(model.__tablename__)
    return obj


def get_for_edit(session: Session, model: type[T], ident: object, version: int | None) -> T:
    """The current row, or a "changed by X at T" error when the user's copy is older. Only for
    rows every caller who got this far may see: the error names who changed it last, so a row
    scoped by district is loaded, scope-checked and only then ``check_version``-ed."""
    obj = get_or_fail(session, model, ident)
    check_version(obj, version)
    return obj


def check_version(obj: Base, version: int | None) -> None:
    """Refuse a save made on a copy older than the row (None: no copy to compare)."""
    current = getattr(obj, "version", None)
    if version is not None and current is not None and current != version:
        raise stale_copy(getattr(obj, "updated_by", None), obj.updated_at)  # type: ignore[attr-defined]


def check_lengths(model: type[Base], values: Mapping[str, object]) -> None:
    """Refuse text longer than its column: PostgreSQL would fail the whole save, SQLite would
    keep it and break the other engine's copy. The field named is the column's."""
    columns = model.__table__.c
    for name, value in values.items():
        if not isinstance(value, str) or name not in columns:
            continue
        limit = getattr(columns[name].type, "length", None)
        if limit is not None and len(value) > limit:
            raise InvalidInput(
                QT_TRANSLATE_NOOP(
                    "Errors",
                    "The text is too long: at most {limit} characters fit, {count} were entered.",
                ),
                name,
                limit=limit,
                count=len(value),
            )
