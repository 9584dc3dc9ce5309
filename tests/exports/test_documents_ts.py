"""documents_ru.ts / documents_kk.ts: complete, current, and only the documents' words."""

from __future__ import annotations

import re
import shutil
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from commission.exports import catalog
from commission.i18n import ts_path

# «{n}», «{n:abl}»: a Kazakh translation may put a count in a case (wording.Counted).
PLACEHOLDER = re.compile(r"\{([^{}:]*)(?::[^{}]*)?\}")
LANGUAGES = catalog.DOCUMENT_LANGUAGES


def _messages(path: Path) -> list[tuple[str, str, list[str], str | None]]:
    """(context, source, translations, type) for every message of a .ts file."""
    result = []
    for context in ET.parse(path).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            node = message.find("translation")
            assert node is not None
            forms = [f.text or "" for f in node.iter("numerusform")] or [node.text or ""]
            result.append((name, message.findtext("source") or "", forms, node.get("type")))
    return result


@pytest.mark.parametrize("language", LANGUAGES)
def test_file_names_its_language(language: str) -> None:
    assert ET.parse(ts_path(language, "documents")).getroot().get("language") == language


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_message_is_translated(language: str) -> None:
    gaps = [
        (context, source)
        for context, source, forms, kind in _messages(ts_path(language, "documents"))
        if kind is not None or not all(form.strip() for form in forms)
    ]
    assert not gaps, f"{language}: untranslated: {gaps}"


@pytest.mark.parametrize("language", LANGUAGES)
def test_translations_use_only_the_sources_placeholders(language: str) -> None:
    """A translation may drop or reorder placeholders (word order), never invent one; it may
    give a count a case («{n:abl}»)."""
    wrong = [
        (source, form)
        for _, source, forms, _ in _messages(ts_path(language, "documents"))
        for form in forms
        if not set(PLACEHOLDER.findall(form)) <= set(PLACEHOLDER.findall(source))
        or ("%n" in source and "%n" not in form)
    ]
    assert not wrong, f"{language}: unknown placeholders: {wrong}"


def test_only_document_contexts() -> None:
    for language in LANGUAGES:
        contexts = {context for context, *_ in _messages(ts_path(language, "documents"))}
        assert all(name.startswith("Document") for name in contexts), contexts


def test_both_languages_have_the_same_messages() -> None:
    ru, kk = ({(c, s) for c, s, *_ in _messages(ts_path(lang, "documents"))} for lang in LANGUAGES)
    assert ru == kk


def test_kazakh_month_forms_are_separate_strings() -> None:
    kk = {
        (context, source): forms[0]
        for context, source, forms, _ in _messages(ts_path("kk", "documents"))
    }
    assert kk[("DocumentMonth", "April")] == "сәуір"
    assert kk[("DocumentMonthUntil", "April")] == "сәуірге"
    assert kk[("DocumentMonthOf", "December")] == "желтоқсандағы"


def test_files_match_the_source(tmp_path: Path) -> None:
    """lupdate over the exports package adds or drops nothing: the shipped files are current."""
    copies = {}
    for language in LANGUAGES:
        copies[language] = tmp_path / f"documents_{language}.ts"
        shutil.copyfile(ts_path(language, "documents"), copies[language])
    catalog.update_translation_files(copies)
    hint = "run: python -m commission.exports.catalog, then translate"
    for language, copy in copies.items():
        shipped = {(c, s) for c, s, *_ in _messages(ts_path(language, "documents"))}
        current = {(c, s) for c, s, *_ in _messages(copy)}
        assert current == shipped, f"{language} ({hint}): {current ^ shipped}"
