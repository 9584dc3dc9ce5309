"""Small pieces every service uses: loading for edit with a version check, text cleaning."""

from __future__ import annotations

import re
from typing import TypeVar

from sqlalchemy.orm import Session

from commission.db.base import Base
from commission.services.errors import not_found, stale_copy

T = TypeVar("T", bound=Base)

# Characters Word pastes that XML (hence .docx/.xlsx) cannot hold: C0 controls but tab,
# newline and carriage return. Vertical tab (Word's manual line break) becomes a newline.
_CONTROL = re.compile("[\x00-\x08\x0c\x0e-\x1f\x7f\ufffe\uffff]")


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
