"""The Russian and Kazakh values of one typed text, cleaned and checked the same way.

A secretary may type a text in one language only, so a text the record needs (an item's
question, a decision's wording) is there when either value is. Its Russian column is NOT NULL:
a text typed only in Kazakh keeps "" there, as migration 0004 left the texts it moved.
"""

from __future__ import annotations

from commission.services.common import clean_text
from commission.services.errors import InvalidInput


def cleaned_pair(
    ru: str | None, kk: str | None, *, multiline: bool = True
) -> tuple[str | None, str | None]:
    """Both values cleaned as ``clean_text`` cleans one; empty becomes ``None``."""
    return clean_text(ru, multiline=multiline), clean_text(kk, multiline=multiline)


def required_pair(
    ru: str | None, kk: str | None, field: str, message: str, *, multiline: bool = True
) -> tuple[str, str | None]:
    """Both values cleaned; ``InvalidInput(message, field)`` when neither language has text.

    ``message`` is a ``QT_TRANSLATE_NOOP("Errors", ...)`` text, ``field`` the Russian field's
    name: the form shows the two languages of a text as one field.
    """
    text_ru, text_kk = cleaned_pair(ru, kk, multiline=multiline)
    if not text_ru and not text_kk:
        raise InvalidInput(message, field)
    return text_ru or "", text_kk
