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
from dataclasses import dataclass
from enum import StrEnum

from commission.documents.minutes import Bilingual
from commission.domain.enums import DecisionKind
from commission.domain.messages import QT_TRANSLATE_NOOP
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


# --- the phrase book's built-in phrases ---------------------------------------------------
# Their words are in documents_*.ts like every fixed word of a document (context
# "DocumentPhrase", or "Document" for the sentences the documents themselves compose); a row
# of the ``phrases`` table with the same key is the administrator's edit of one
# (services.phrase_book).
PHRASE_CONTEXT = "DocumentPhrase"


class PhraseUse(StrEnum):
    """Where a phrase goes: only a decision's text is offered beside the decision's editor."""

    DECISION = "decision"  # a decision's text, or its opening, chosen by the secretary
    SENTENCE = "sentence"  # a sentence the documents compose with the record's values
    CONTROL = "control"  # whom the minutes charge with control of their execution
    TITLE = "title"  # an agenda item's title


@dataclass(frozen=True)
class PhraseDefault:
    key: str
    decision_kind: DecisionKind | None
    source: str  # the English source of the translation files
    context: str = PHRASE_CONTEXT
    use: PhraseUse = PhraseUse.DECISION

    @property
    def text(self) -> Bilingual:
        """The phrase as the translation files give it, placeholders left in."""
        return bilingual(self.source, self.context)


_N = DecisionKind
DEFAULT_PHRASES: tuple[PhraseDefault, ...] = (
    # The same word as exports.catalog.NOTE_TEXT, printed for a note typed with no text.
    PhraseDefault(
        "note",
        _N.NOTE,
        QT_TRANSLATE_NOOP("Document", "Take the information into account."),
        "Document",
    ),
    PhraseDefault(
        "remove_executed",
        _N.REMOVE_FROM_CONTROL,
        QT_TRANSLATE_NOOP("DocumentPhrase", "Remove from control as executed."),
    ),
    # {date}: the new term, as typed (30.04.2026).
    PhraseDefault(
        "extend_term",
        _N.EXTEND,
        QT_TRANSLATE_NOOP("DocumentPhrase", "Extend the term of execution until {date}."),
    ),
    PhraseDefault(
        "ensure_execution",
        _N.INSTRUCTION,
        QT_TRANSLATE_NOOP(
            "DocumentPhrase",
            "The responsible executors are to ensure the timely execution of the decisions of"
            " the commission.",
        ),
    ),
    PhraseDefault(
        "report_on_execution",
        _N.INSTRUCTION,
        QT_TRANSLATE_NOOP(
            "DocumentPhrase",
            "Submit information on the work done to the secretary of the commission.",
        ),
    ),
    PhraseDefault(
        "hear_next_meeting",
        _N.INSTRUCTION,
        QT_TRANSLATE_NOOP(
            "DocumentPhrase",
            "Hear information on the progress of execution at the next meeting of the commission.",
        ),
    ),
    PhraseDefault(
        "recommend_measures",
        _N.RECOMMENDATION,
        QT_TRANSLATE_NOOP("DocumentPhrase", "Recommend taking measures to …"),
    ),
    PhraseDefault(
        "recommend_consider",
        _N.RECOMMENDATION,
        QT_TRANSLATE_NOOP("DocumentPhrase", "Recommend considering the question of …"),
    ),
    # The sentences the minutes compose for a removal or an extension typed with no text: the
    # same words as exports.catalog.REMOVE_TEXT and EXTEND_TEXT.
    PhraseDefault(
        "remove_points",
        _N.REMOVE_FROM_CONTROL,
        QT_TRANSLATE_NOOP("Document", "Remove from control {refs}."),
        "Document",
        PhraseUse.SENTENCE,
    ),
    PhraseDefault(
        "extend_point",
        _N.EXTEND,
        QT_TRANSLATE_NOOP(
            "Document",
            "Extend the term of point {point} of the minutes No. {number} {date} {until}.",
        ),
        "Document",
        PhraseUse.SENTENCE,
    ),
    # «Контроль за исполнением настоящего протокола возложить на секретаря комиссии»: the
    # minutes write the sentence, the meeting's «control assigned to» holds these words.
    PhraseDefault(
        "control_secretary",
        None,
        QT_TRANSLATE_NOOP("DocumentPhrase", "the secretary of the commission"),
        use=PhraseUse.CONTROL,
    ),
    PhraseDefault(
        "progress_review_title",
        None,
        QT_TRANSLATE_NOOP(
            "DocumentPhrase",
            "On the progress of execution of the decisions taken at the meetings of the commission",
        ),
        use=PhraseUse.TITLE,
    ),
)


def default_phrase(key: str) -> PhraseDefault | None:
    """The built-in phrase of ``key``; None for a phrase the office added."""
    return _BY_KEY.get(key)


_BY_KEY = {phrase.key: phrase for phrase in DEFAULT_PHRASES}
