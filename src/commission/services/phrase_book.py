"""The phrase book: standard phrases in Russian and Kazakh, corrected by the administrator.

The built-in phrases are the documents' words (``documents.phrasebook.DEFAULT_PHRASES``, kept
in ``documents_*.ts``). A row of ``phrases`` with a built-in key changes one: both texts set
are the administrator's edit; both empty keep the translation files' words (so a corrected
translation still reaches it) and store only whether it is offered. A row with a ``custom-…``
key is a phrase of the office's own. Every role reads the book (a secretary picks from it);
only the administrator changes it, audited, with the usual check against a stale copy.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from commission.db.engine import Database
from commission.db.models import Phrase
from commission.documents.minutes import Bilingual
from commission.documents.phrasebook import (
    DEFAULT_PHRASES,
    PhraseUse,
    default_phrase,
    fill,
    placeholders,
)
from commission.domain.enums import DecisionKind
from commission.domain.messages import QT_TRANSLATE_NOOP
from commission.domain.permissions import Permission
from commission.services import audit
from commission.services.common import clean_text
from commission.services.context import Actor
from commission.services.errors import InvalidInput, not_found, stale_copy

CUSTOM_PREFIX = "custom-"
# A phrase of the office's own may leave the term for the secretary to fill, nothing else.
_CUSTOM_PLACEHOLDERS = frozenset({"date"})
_POSITION_STEP = 10


@dataclass(frozen=True)
class PhraseView:
    key: str
    decision_kind: DecisionKind | None
    text: Bilingual  # the current words: the administrator's edit, else the default
    default: Bilingual | None  # the translation files' words; None for the office's own
    position: int
    is_active: bool
    version: int  # 0: never changed (no row yet)
    use: PhraseUse = PhraseUse.DECISION

    @property
    def is_edited(self) -> bool:
        return self.default is not None and self.text != self.default


def _edited(row: Phrase | None) -> Bilingual | None:
    if row is None or not (row.text_ru.strip() or row.text_kk.strip()):
        return None
    return Bilingual(row.text_ru, row.text_kk)


def _view(key: str, row: Phrase | None) -> PhraseView:
    builtin = default_phrase(key)
    if builtin is not None:
        position = DEFAULT_PHRASES.index(builtin) * _POSITION_STEP
        return PhraseView(
            key=key,
            decision_kind=builtin.decision_kind,
            text=_edited(row) or builtin.text,
            default=builtin.text,
            position=row.position if row is not None else position,
            is_active=row.is_active if row is not None else True,
            version=row.version if row is not None else 0,
            use=builtin.use,
        )
    if row is None:
        raise not_found("phrases")
    return PhraseView(
        key=key,
        decision_kind=DecisionKind(row.decision_kind) if row.decision_kind else None,
        text=Bilingual(row.text_ru, row.text_kk),
        default=None,
        position=row.position,
        is_active=row.is_active,
        version=row.version,
    )


def _rows(session: Session) -> dict[str, Phrase]:
    return {row.key: row for row in session.scalars(select(Phrase))}


def _all(session: Session) -> list[PhraseView]:
    rows = _rows(session)
    keys = [phrase.key for phrase in DEFAULT_PHRASES]
    keys += sorted(key for key in rows if default_phrase(key) is None)
    views = [_view(key, rows.get(key)) for key in keys]
    return sorted(views, key=lambda v: (v.position, keys.index(v.key)))


def list_phrases(
    db: Database,
    actor: Actor,
    *,
    decision_kind: DecisionKind | None = None,
    include_inactive: bool = False,
) -> list[PhraseView]:
    """The book in its order; with ``decision_kind``, the phrases of that kind only."""
    actor.require(Permission.VIEW_COMMISSION)
    with db.reading() as session:
        views = _all(session)
    return [
        v
        for v in views
        if (include_inactive or v.is_active)
        and (decision_kind is None or v.decision_kind is decision_kind)
    ]


def current_phrase(session: Session, key: str) -> Bilingual:
    """The phrase as the administrator edited it, else the default (KeyError: no such key)."""
    row = session.scalar(select(Phrase).where(Phrase.key == key))
    if default_phrase(key) is None and row is None:
        raise KeyError(key)
    return _view(key, row).text


def stored_phrases(session: Session) -> tuple[tuple[str, str, str], ...]:
    """(key, ru, kk) of every edited or added phrase, for a read model kept as JSON: the
    documents print the edits, and a signed snapshot keeps those it was signed with."""
    rows = session.scalars(select(Phrase).order_by(Phrase.key))
    return tuple((r.key, r.text_ru, r.text_kk) for r in rows if _edited(r) is not None)


def fill_phrase(phrase: PhraseView, **values: str) -> Bilingual:
    """Both texts with ``{placeholders}`` filled (``date="30.04.2026"``); others kept."""
    return Bilingual(fill(phrase.text.ru, values), fill(phrase.text.kk, values))


# --- the administrator's changes -------------------------------------------------------------


def _row_for_edit(session: Session, key: str, version: int) -> Phrase | None:
    """The phrase's row (None: a built-in phrase never changed), checked against ``version``."""
    row = session.scalar(select(Phrase).where(Phrase.key == key))
    if row is None:
        if default_phrase(key) is None:
            raise not_found("phrases")
        if version:  # the row the user saw was removed by a reset meanwhile
            raise not_found("phrases")
        return None
    if row.version != version:
        raise stale_copy(row.updated_by, row.updated_at)
    return row


def _cleaned(key: str | None, text_ru: str, text_kk: str) -> tuple[str, str]:
    ru = clean_text(text_ru)
    kk = clean_text(text_kk)
    if not ru:
        raise InvalidInput(QT_TRANSLATE_NOOP("Errors", "Enter the phrase in Russian."), "text_ru")
    if not kk:
        raise InvalidInput(QT_TRANSLATE_NOOP("Errors", "Enter the phrase in Kazakh."), "text_kk")
    builtin = default_phrase(key) if key else None
    for field, text, language in (("text_ru", ru, "ru"), ("text_kk", kk, "kk")):
        try:
            used = placeholders(text)
        except ValueError:
            raise InvalidInput(
                QT_TRANSLATE_NOOP(
                    "Errors",
                    "Braces mark the values a document fills in; remove the unmatched brace.",
                ),
                field,
            ) from None
        if builtin is None:
            allowed, needed = set(_CUSTOM_PLACEHOLDERS), set[str]()
        else:
            allowed = placeholders(builtin.source)
            needed = placeholders(builtin.text.get(language)) & allowed
        if used - allowed:
            raise InvalidInput(
                QT_TRANSLATE_NOOP(
                    "Errors", "The document has nothing to put in {names}: remove it from the text."
                ),
                field,
                names=", ".join("{" + name + "}" for name in sorted(used - allowed)),
            )
        if needed - used:
            raise InvalidInput(
                QT_TRANSLATE_NOOP(
                    "Errors",
                    "Keep {names} in the text: the document puts the record's values there.",
                ),
                field,
                names=", ".join("{" + name + "}" for name in sorted(needed - used)),
            )
    return ru, kk


def _saved(session: Session, actor: Actor, row: Phrase, created: bool) -> PhraseView:
    if created:
        row.updated_by = actor.login
        session.add(row)
        session.flush()
        audit.record_create(session, actor, row)
    else:
        audit.record_update(session, actor, row)
    return _view(row.key, row)


def _new_row(key: str, position: int) -> Phrase:
    builtin = default_phrase(key)
    return Phrase(
        key=key,
        decision_kind=builtin.decision_kind.value if builtin and builtin.decision_kind else None,
        text_ru="",
        text_kk="",
        position=position,
        is_active=True,
    )


def save_phrase(
    db: Database, actor: Actor, key: str, version: int, text_ru: str, text_kk: str
) -> PhraseView:
    """Change a phrase's words in both languages (both are required)."""
    actor.require(Permission.EDIT_SETTINGS)
    ru, kk = _cleaned(key, text_ru, text_kk)
    with db.transaction() as session:
        row = _row_for_edit(session, key, version)
        created = row is None
        if row is None:
            row = _new_row(key, _view(key, None).position)
        row.text_ru, row.text_kk = ru, kk
        return _saved(session, actor, row, created)


def add_phrase(
    db: Database,
    actor: Actor,
    text_ru: str,
    text_kk: str,
    decision_kind: DecisionKind | None = None,
) -> PhraseView:
    """A phrase of the office's own, offered after the others."""
    actor.require(Permission.EDIT_SETTINGS)
    ru, kk = _cleaned(None, text_ru, text_kk)
    with db.transaction() as session:
        views = _all(session)
        last = max((v.position for v in views), default=0)
        number = 1 + max(
            (int(v.key[len(CUSTOM_PREFIX) :]) for v in views if _custom_number(v.key)),
            default=0,
        )
        row = Phrase(
            key=f"{CUSTOM_PREFIX}{number}",
            decision_kind=decision_kind.value if decision_kind else None,
            text_ru=ru,
            text_kk=kk,
            position=last + _POSITION_STEP,
            is_active=True,
        )
        return _saved(session, actor, row, True)


def _custom_number(key: str) -> bool:
    return key.startswith(CUSTOM_PREFIX) and key[len(CUSTOM_PREFIX) :].isdigit()


def set_phrase_active(
    db: Database, actor: Actor, key: str, version: int, active: bool
) -> PhraseView:
    """Offer the phrase for choosing or not; the documents print an edit either way."""
    actor.require(Permission.EDIT_SETTINGS)
    with db.transaction() as session:
        row = _row_for_edit(session, key, version)
        created = row is None
        if row is None:
            row = _new_row(key, _view(key, None).position)
        row.is_active = active
        return _saved(session, actor, row, created)


def reset_phrase(db: Database, actor: Actor, key: str, version: int) -> PhraseView:
    """A built-in phrase back to the translation files' words, offered again."""
    actor.require(Permission.EDIT_SETTINGS)
    if default_phrase(key) is None:
        raise InvalidInput(
            QT_TRANSLATE_NOOP(
                "Errors", "A phrase added in the office has no default words to go back to."
            ),
            "text_ru",
        )
    with db.transaction() as session:
        row = _row_for_edit(session, key, version)
        if row is not None:
            audit.record_delete(session, actor, row)  # and deletes it
        return _view(key, None)
