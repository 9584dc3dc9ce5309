"""The Russian and Kazakh translation files: complete, up to date, and safe to format.

Every English source string inside ``tr()`` / ``translate()`` / ``QT_TRANSLATE_NOOP`` must have a
finished translation in both ``commission_ru.ts`` and ``commission_kk.ts``; the translations must
keep the ``{placeholders}`` the code fills in and the ``&`` keyboard shortcut of the source.
"""

from __future__ import annotations

import re
import shutil
import xml.etree.ElementTree as ET
from collections import Counter
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QLocale
from PySide6.QtWidgets import QApplication

from commission import i18n
from commission.devtools import translations
from commission.devtools.translations import TRANSLATED_LANGUAGES, Message, read_ts, ts_file

PLACEHOLDER = re.compile(r"\{[^{}]*\}")


def _messages(language: str) -> list[Message]:
    return read_ts(ts_file(language))


def _texts(message: Message) -> tuple[str, ...]:
    """The translation, or each plural form of a ``%n`` message."""
    return message.forms or (message.translation,)


def _has_mnemonic(text: str) -> bool:
    """True when ``text`` has a ``&`` shortcut marker (``&&`` is a literal ampersand)."""
    return "&" in text.replace("&&", "")


def _pairs(path: Path) -> set[tuple[str, str]]:
    return {(m.context, m.source) for m in read_ts(path)}


def _label(message: Message) -> str:
    return f"[{message.context}] {message.source!r}"


@pytest.mark.parametrize("language", TRANSLATED_LANGUAGES)
def test_every_message_is_translated(language: str) -> None:
    messages = _messages(language)
    assert messages, f"{ts_file(language)} holds no messages"
    unfinished = [_label(m) for m in messages if not m.finished]
    empty = [_label(m) for m in messages if not all(t.strip() for t in _texts(m))]
    assert not unfinished, f"{language}: unfinished translations: {unfinished}"
    assert not empty, f"{language}: empty translations: {empty}"


@pytest.mark.parametrize("language", TRANSLATED_LANGUAGES)
def test_no_unfinished_or_obsolete_markers(language: str) -> None:
    root = ET.parse(ts_file(language)).getroot()
    marked = [
        message.findtext("source")
        for message in root.iter("message")
        if (node := message.find("translation")) is None or node.get("type") is not None
    ]
    assert not marked, f"{language}: translations still marked or missing: {marked}"


@pytest.mark.parametrize("language", TRANSLATED_LANGUAGES)
def test_ts_file_names_its_language(language: str) -> None:
    assert ET.parse(ts_file(language)).getroot().get("language") == language


def test_translation_files_match_the_source(tmp_path: Path) -> None:
    """Running lupdate over the source adds or drops nothing: the committed files are current."""
    copies = []
    for language in TRANSLATED_LANGUAGES:
        copy = tmp_path / ts_file(language).name
        shutil.copyfile(ts_file(language), copy)
        copies.append(copy)
    translations.run_lupdate(copies)
    hint = "run: python -m commission.devtools.translations update, then translate"
    for language, copy in zip(TRANSLATED_LANGUAGES, copies, strict=True):
        committed = _pairs(ts_file(language))
        current = _pairs(copy)
        new, gone = current - committed, committed - current
        assert not new, f"{language}: strings missing from the .ts ({hint}): {sorted(new)}"
        assert not gone, f"{language}: strings no longer in the source ({hint}): {sorted(gone)}"


@pytest.mark.parametrize("language", TRANSLATED_LANGUAGES)
def test_placeholders_are_kept(language: str) -> None:
    wrong = []
    for message in _messages(language):
        expected = Counter(PLACEHOLDER.findall(message.source))
        for text in _texts(message):
            if Counter(PLACEHOLDER.findall(text)) != expected:
                wrong.append(f"{_label(message)} -> {text!r}")
            if "%n" in message.source and "%n" not in text:
                wrong.append(f"{_label(message)} -> {text!r} (no %n)")
    assert not wrong, f"{language}: placeholders lost or added: {wrong}"


@pytest.mark.parametrize("language", TRANSLATED_LANGUAGES)
def test_keyboard_shortcuts_are_kept(language: str) -> None:
    wrong = [
        f"{_label(m)} -> {text!r}"
        for m in _messages(language)
        if _has_mnemonic(m.source)
        for text in _texts(m)
        if not _has_mnemonic(text)
    ]
    assert not wrong, f"{language}: translations without the & shortcut: {wrong}"


def test_both_languages_have_the_same_messages() -> None:
    ru, kk = (_pairs(ts_file(language)) for language in TRANSLATED_LANGUAGES)
    assert ru == kk


@pytest.fixture
def restore_language(qapp: QApplication) -> Iterator[None]:
    """Put back the translators and locale that were installed before the test."""
    before = list(i18n._installed)
    locale = QLocale()
    yield
    i18n.install("en")
    for translator in before:
        qapp.installTranslator(translator)
    i18n._installed[:] = before
    QLocale.setDefault(locale)


@pytest.mark.gui
@pytest.mark.usefixtures("restore_language")
def test_installed_language_translates_the_interface() -> None:
    i18n.install("ru")
    assert QCoreApplication.translate("MainWindow", "Decisions") == "Решения"
    assert QCoreApplication.translate("Labels", "Removed from control") == "Снято с контроля"
    assert QCoreApplication.translate("Errors", "The password cannot consist of spaces only.") == (
        "Пароль не может состоять из одних пробелов."
    )
    i18n.install("kk")
    assert QCoreApplication.translate("MainWindow", "Decisions") == "Шешімдер"
    assert QCoreApplication.translate("Labels", "Removed from control") == "Бақылаудан алынды"
    i18n.install("en")
    assert QCoreApplication.translate("MainWindow", "Decisions") == "Decisions"


@pytest.mark.gui
@pytest.mark.usefixtures("restore_language")
def test_plural_forms_follow_the_number() -> None:
    i18n.install("ru")
    texts = [
        QCoreApplication.translate("DecisionsArea", "%n decision(s)", "", n) for n in (1, 3, 5)
    ]
    assert texts == ["1 решение", "3 решения", "5 решений"]


def test_a_sitting_in_person_is_not_a_daytime_one_in_kazakh() -> None:
    """«Очно» is «бетпе-бет» (face to face); «күндізгі» (daytime) is a study form's word."""
    import xml.etree.ElementTree as ET

    from commission.i18n import ts_path

    for domain in ("commission", "documents"):
        tree = ET.parse(ts_path("kk", domain))
        for message in tree.iter("message"):
            source = message.findtext("source") or ""
            if "in person" in source.lower() and "password" not in source:
                translation = message.findtext("translation") or ""
                assert "бетпе-бет" in translation.lower(), (source, translation)
                assert "күндізгі" not in translation.lower()
