"""The documents' fixed words in either language, read without Qt: for services and read models.

``exports.wording.Wording`` reads the compiled translation with a ``QTranslator``; services may
not use Qt, and they need both languages at once whatever the interface speaks (a standing
item's title is stored in Russian and Kazakh). So the same ``documents_<language>.ts`` files
are read here as XML: the sources are the English strings of ``QT_TRANSLATE_NOOP("Document…",
…)`` markers, and ``python -m commission.exports.catalog`` keeps them in the files.
"""

from __future__ import annotations

import functools
import string
import xml.etree.ElementTree as ET
from collections.abc import Mapping

from commission.documents.minutes import Bilingual
from commission.i18n import ts_path

DOCUMENT_LANGUAGES = ("ru", "kk")
DOMAIN = "documents"


@functools.cache
def _messages(language: str) -> Mapping[tuple[str, str], str]:
    """(context, source) → translation of one language's file; empty when it is missing."""
    path = ts_path(language, DOMAIN)
    if not path.exists():
        return {}
    found: dict[tuple[str, str], str] = {}
    for context in ET.parse(path).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            node = message.find("translation")
            if node is None or node.get("type") in ("unfinished", "obsolete", "vanished"):
                continue
            forms = [form.text or "" for form in node.iter("numerusform")]
            text = forms[0] if forms else (node.text or "")
            if text.strip():
                found[(name, message.findtext("source") or "")] = text
    return found


def translated(source: str, language: str, context: str = "Document") -> str:
    """The ``language`` translation of a document's fixed word; the source when it has none."""
    return _messages(language).get((context, source), source)


class _Keep(dict[str, str]):
    """Leaves a placeholder with no value as it is, for the caller to fill later."""

    def __missing__(self, key: str) -> str:
        return "{" + key + "}"


def fill(template: str, values: Mapping[str, str]) -> str:
    """``template`` with the ``{placeholders}`` it has a value for filled in, the others kept."""
    if not values:
        return template
    try:
        return string.Formatter().vformat(template, (), _Keep(values))
    except (ValueError, IndexError):  # a stray brace typed by hand: nothing to fill
        return template


def placeholders(template: str) -> set[str]:
    """The names of a template's ``{placeholders}``; ValueError for a stray brace."""
    return {name for _, name, _, _ in string.Formatter().parse(template) if name is not None}


def bilingual(source: str, context: str = "Document", **values: str) -> Bilingual:
    """Both translations of a document's fixed word, with ``{placeholders}`` filled."""
    ru, kk = (fill(translated(source, lang, context), values) for lang in DOCUMENT_LANGUAGES)
    return Bilingual(ru, kk)
