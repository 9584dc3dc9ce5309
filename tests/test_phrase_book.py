"""The phrase book: every role reads it, the administrator edits it (audited, stale copies
refused), both languages are required, and a reset brings the translation files' words back."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from sqlalchemy import select

from commission.db.engine import Database
from commission.db.models import AuditEntry
from commission.documents.minutes import Bilingual
from commission.documents.phrasebook import DEFAULT_PHRASES
from commission.domain.enums import DecisionKind, Role
from commission.domain.permissions import PermissionDenied
from commission.exports import catalog
from commission.services import phrase_book
from commission.services.context import Actor
from commission.services.errors import InvalidInput, StaleCopy
from tests.conftest import make_user

NOTE = Bilingual("Информацию принять к сведению.", "Ақпарат назарға алынсын.")


def test_the_defaults_come_from_the_translation_files(db: Database, admin: Actor) -> None:
    secretary = make_user(db, admin, "secretary", Role.SECRETARY)
    views = {v.key: v for v in phrase_book.list_phrases(db, secretary)}
    assert views["note"].text == views["note"].default == NOTE
    assert views["note"].decision_kind is DecisionKind.NOTE and views["note"].version == 0
    assert views["remove_executed"].text == Bilingual(
        "Снять с контроля как исполненное.", "Орындалған ретінде бақылаудан алынсын."
    )
    assert views["extend_term"].text == Bilingual(
        "Продлить срок исполнения до {date}.", "{date} дейін орындау мерзімі ұзартылсын."
    )
    assert views["control_secretary"].text == Bilingual("секретаря комиссии", "комиссия хатшысына")
    assert views["progress_review_title"].text == Bilingual(
        "О ходе исполнения решений, принятых на заседаниях комиссии",
        "Комиссия отырыстарында қабылданған шешімдердің орындалу барысы туралы",
    )
    # Every built-in phrase has real words in both languages, none is the English source.
    for phrase in DEFAULT_PHRASES:
        text = views[phrase.key].text
        assert text.ru != phrase.source and text.kk != phrase.source, phrase.key
        assert text.ru.strip() and text.kk.strip(), phrase.key
    kinds = phrase_book.list_phrases(db, secretary, decision_kind=DecisionKind.INSTRUCTION)
    assert kinds and all(v.decision_kind is DecisionKind.INSTRUCTION for v in kinds)
    assert phrase_book.fill_phrase(views["extend_term"], date="30.04.2026") == Bilingual(
        "Продлить срок исполнения до 30.04.2026.", "30.04.2026 дейін орындау мерзімі ұзартылсын."
    )


def test_the_documents_sentences_are_the_catalogs_words() -> None:
    sources = {p.key: p.source for p in DEFAULT_PHRASES}
    assert sources["note"] == catalog.NOTE_TEXT
    assert sources["remove_points"] == catalog.REMOVE_TEXT
    assert sources["extend_point"] == catalog.EXTEND_TEXT


def test_the_administrator_edits_resets_and_adds_audited(db: Database, admin: Actor) -> None:
    edited = phrase_book.save_phrase(
        db, admin, "note", 0, " Информацию принять к сведению  ", "Ақпарат назарға алынсын "
    )
    assert edited.text == Bilingual("Информацию принять к сведению", "Ақпарат назарға алынсын")
    assert edited.default == NOTE and edited.is_edited and edited.version == 1
    with db.reading() as session:
        assert phrase_book.current_phrase(session, "note") == edited.text
        assert phrase_book.stored_phrases(session) == (
            ("note", "Информацию принять к сведению", "Ақпарат назарға алынсын"),
        )
    with pytest.raises(StaleCopy):
        phrase_book.save_phrase(db, admin, "note", 0, "а", "ә")
    hidden = phrase_book.set_phrase_active(db, admin, "note", edited.version, False)
    assert not hidden.is_active and hidden.text == edited.text
    assert "note" not in {v.key for v in phrase_book.list_phrases(db, admin)}

    back = phrase_book.reset_phrase(db, admin, "note", hidden.version)
    assert back.text == NOTE and back.is_active and back.version == 0
    with db.reading() as session:
        assert phrase_book.current_phrase(session, "note") == NOTE
        assert phrase_book.stored_phrases(session) == ()

    # Hiding a built-in phrase keeps the translation files' words.
    off = phrase_book.set_phrase_active(db, admin, "remove_executed", 0, False)
    assert off.text == off.default and not off.is_edited
    with db.reading() as session:
        assert phrase_book.stored_phrases(session) == ()

    own = phrase_book.add_phrase(
        db,
        admin,
        "Рекомендовать акиматам сельских округов …",
        "Ауылдық округтердің әкімдіктеріне …",
        DecisionKind.RECOMMENDATION,
    )
    assert own.key == "custom-1" and own.default is None
    assert phrase_book.list_phrases(db, admin)[-1] == own
    second = phrase_book.add_phrase(db, admin, "До {date} представить", "{date} дейін ұсынылсын")
    assert second.key == "custom-2" and second.decision_kind is None
    with pytest.raises(InvalidInput):
        phrase_book.reset_phrase(db, admin, own.key, own.version)

    with db.reading() as session:
        audited = session.execute(
            select(AuditEntry.action, AuditEntry.entity_id)
            .where(AuditEntry.entity == "phrases")
            .order_by(AuditEntry.seq)
        ).all()
    assert [str(action) for action, _ in audited] == [
        "create",
        "update",
        "delete",
        "create",
        "create",
        "create",
    ]


def test_both_languages_and_the_documents_values_are_required(db: Database, admin: Actor) -> None:
    with pytest.raises(InvalidInput) as no_kk:
        phrase_book.save_phrase(db, admin, "note", 0, "Принять к сведению.", "  ")
    assert no_kk.value.field == "text_kk"
    with pytest.raises(InvalidInput) as no_ru:
        phrase_book.add_phrase(db, admin, "", "Ақпарат назарға алынсын.")
    assert no_ru.value.field == "text_ru"
    # The composed sentence must keep where the points go, and cannot invent a value.
    with pytest.raises(InvalidInput) as lost:
        phrase_book.save_phrase(
            db, admin, "remove_points", 0, "Снять с контроля.", "{refs} алынсын."
        )
    assert lost.value.field == "text_ru"
    with pytest.raises(InvalidInput) as invented:
        phrase_book.save_phrase(db, admin, "note", 0, "Принять {who}.", "Ақпарат назарға алынсын.")
    assert invented.value.field == "text_ru"
    with pytest.raises(InvalidInput) as stray:
        phrase_book.add_phrase(db, admin, "Принять {", "Алынсын.")
    assert stray.value.field == "text_ru"
    saved = phrase_book.save_phrase(
        db, admin, "remove_points", 0, "Снять с контроля как исполненные {refs}.", "{refs} алынсын."
    )
    assert saved.text.ru == "Снять с контроля как исполненные {refs}."
    assert phrase_book.list_phrases(db, admin, include_inactive=True)


def test_only_the_administrator_changes_the_book(db: Database, admin: Actor) -> None:
    secretary = make_user(db, admin, "secretary", Role.SECRETARY)
    changes: list[Callable[[], object]] = [
        lambda: phrase_book.save_phrase(db, secretary, "note", 0, "а", "ә"),
        lambda: phrase_book.add_phrase(db, secretary, "а", "ә"),
        lambda: phrase_book.set_phrase_active(db, secretary, "note", 0, False),
        lambda: phrase_book.reset_phrase(db, secretary, "note", 0),
    ]
    for change in changes:
        with pytest.raises(PermissionDenied):
            change()
    with db.reading() as session:
        assert phrase_book.stored_phrases(session) == ()
        with pytest.raises(KeyError):
            phrase_book.current_phrase(session, "no-such-phrase")
