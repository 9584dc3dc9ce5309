"""Small pieces every service uses: loading for edit with a version check, text cleaning."""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import TypeVar

from sqlalchemy.orm import Session

from commission.db.base import Base
from commission.domain.messages import QT_TRANSLATE_NOOP
from commission.services.errors import InvalidInput, not_found, stale_copy

T = TypeVar("T", bound=Base)

# Characters Word pastes that XML (hence .docx/.xlsx) cannot hold: C0 controls but tab,
# newline and carriage return. Vertical tab (Word's manual line break) becomes a newline.
# Lone surrogates (a broken emoji from the clipboard) cannot even be encoded to UTF-8.
_CONTROL = re.compile("[\x00-\x08\x0c\x0e-\x1f\x7f\ud800-\udfff\ufffe\uffff]")


def clean_text(value: str | None, *, multiline: bool = True) -> str | None:
    """Text as the user meant it: no control characters, trimmed; empty becomes ``None``."""
    if value is None:
        return None
    text = value.replace("\r\n", "\n").replace("\r", "\n").replace("\x0b", "\n")
    text = text.replace("\u00a0", " ") if not multiline else text
    text = _CONTROL.sub("", text)
    if not multiline:
        text = " ".join(text.split())
    else:
        text = "\n".join(line.rstrip() for line in text.split("\n")).strip()
    return text or None


def get_or_fail(session: Session, model: type[T], ident: object) -> T:
    obj = session.get(model, ident)
    if obj is None:
        raise not_found(model.__tablename__)
    return obj


def get_for_edit(session: Session, model: type[T], ident: object, version: int | None) -> T:
    """The current row, or a "changed by X at T" error when the user's copy is older."""
    obj = get_or_fail(session, model, ident)
    current = getattr(obj, "version", None)
    if version is not None and current is not None and current != version:
        raise stale_copy(getattr(obj, "updated_by", None), obj.updated_at)  # type: ignore[attr-defined]
    return obj


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
