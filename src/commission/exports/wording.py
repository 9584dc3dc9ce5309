"""The fixed words of a document in one language: translated form words, dates, numbers.

``Wording("ru")`` / ``Wording("kk")`` read the compiled ``documents_{language}`` translation with
a bare ``QTranslator`` — QtCore only, no application object — so exports run the same in the
GUI, the command line, a worker thread and the tests.
"""

from __future__ import annotations

import datetime as dt
import functools
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass

from PySide6.QtCore import QTranslator

from commission.documents import phrasebook
from commission.documents.minutes import Bilingual
from commission.domain import kazakh
from commission.domain.iin import Sex
from commission.domain.kazakh import KkCase
from commission.domain.messages import QT_TRANSLATE_NOOP, UserError
from commission.exports import catalog
from commission.i18n import qm_path

NBSP = "\u00a0"
_SHORT_NAME = re.compile(r"^(?P<surname>[^\s.]+)\s+(?P<initials>(?:\w\.\s?){1,3})$")
_ROMAN = (
    (1000, "M"),
    (900, "CM"),
    (500, "D"),
    (400, "CD"),
    (100, "C"),
    (90, "XC"),
    (50, "L"),
    (40, "XL"),
    (10, "X"),
    (9, "IX"),
    (5, "V"),
    (4, "IV"),
    (1, "I"),
)


class WordingUnavailable(UserError):
    """The translation of the documents' words is missing from this installation."""


def roman(number: int) -> str:
    """``4`` → ``IV``: agenda items are headed by Roman numerals in the body of the minutes."""
    if number <= 0:
        return str(number)
    parts = []
    for value, letters in _ROMAN:
        count, number = divmod(number, value)
        parts.append(letters * count)
    return "".join(parts)


@dataclass(frozen=True)
class Counted:
    """A number with the noun it counts, put in a case by the translation's format spec.

    Kazakh keeps the noun singular after a numeral and puts the case ending on the noun
    phrase, so a Kazakh translation writes ``{n}`` («5 жұмыс күні»), ``{n:abl}`` («5 жұмыс
    күнінен»), ``{n:dat}`` («5 жұмыс күніне»)…; with no noun the ending goes on the digits with a
    hyphen («{n:abl}» → «11-ден»). Russian translations write the noun themselves and ``{n}``
    is the bare number. The spec is a ``domain.kazakh.KkCase`` value: nom, gen, dat, acc, loc,
    abl, ins.
    """

    n: int
    noun: str = ""

    def __format__(self, spec: str) -> str:
        case = KkCase(spec) if spec else KkCase.NOMINATIVE
        if not self.noun:
            return kazakh.number(self.n, case)
        return kazakh.count(self.n, self.noun, case)

    def __str__(self) -> str:
        return format(self, "")


@functools.cache
def _translator(language: str) -> QTranslator:
    path = qm_path(language, catalog.DOMAIN)
    translator = QTranslator()
    if path is None or not translator.load(str(path)):
        raise WordingUnavailable(
            QT_TRANSLATE_NOOP(
                "Errors",
                "The {language} wording of documents is missing from this installation;"
                " reinstall the application.",
            ),
            language=language,
        )
    return translator


def _plain(text: str) -> str:
    """A text as compared with the phrase book: case, spacing and the final stop aside."""
    return " ".join(text.replace("ё", "е").replace("Ё", "Е").split()).rstrip(". ").casefold()


class Wording:
    """Translated form words and the date, number and name forms of one language.

    Attributes:
        language: "ru" or "kk".
    """

    def __init__(self, language: str, phrases: Iterable[tuple[str, str, str]] = ()) -> None:
        """``phrases``: the phrase book's edited and added phrases as (key, ru, kk), as the
        read model carries them (``MinutesContext.phrases``)."""
        if language not in catalog.DOCUMENT_LANGUAGES:
            raise ValueError(f"documents are written in ru or kk, not {language!r}")
        self.language = language
        self._translator = _translator(language)
        self._phrases = {key: Bilingual(ru, kk) for key, ru, kk in phrases}

    def with_phrases(self, phrases: Iterable[tuple[str, str, str]]) -> Wording:
        """The same wording with the administrator's phrases (a document's read model's)."""
        return Wording(self.language, phrases)

    def text(self, source: str, /, context: str = "Document", **params: object) -> str:
        """The translation of a catalog string with its ``{placeholders}`` filled in."""
        translated = self._translator.translate(context, source) or source
        return self._filled(translated, params)

    @staticmethod
    def _filled(template: str, params: Mapping[str, object]) -> str:
        text = template.format(**params) if params else template
        return text.replace("№ ", "№" + NBSP)  # «№ 3» stays on one line

    # --- the phrase book ----------------------------------------------------------------------
    def phrase(self, key: str, /, **params: object) -> str:
        """A phrase of the book in this language with its ``{placeholders}`` filled: the
        administrator's edit, else the translation files' words."""
        edited = self._phrases.get(key)
        if edited is not None and edited.has(self.language):
            try:
                return self._filled(edited.get(self.language), params)
            except (KeyError, IndexError, ValueError):
                pass  # an edit the service would refuse today: the default's words instead
        default = phrasebook.default_phrase(key)
        if default is None:
            return edited.get(self.language) if edited is not None else ""
        return self.text(default.source, context=default.context, **params)

    def _book(self) -> list[tuple[Bilingual, ...]]:
        """Each phrase's words, the current ones first, then the translation files' words."""
        book: list[tuple[Bilingual, ...]] = []
        for default in phrasebook.DEFAULT_PHRASES:
            edited = self._phrases.get(default.key)
            book.append((edited, default.text) if edited is not None else (default.text,))
        book += [
            (text,) for key, text in self._phrases.items() if not phrasebook.default_phrase(key)
        ]
        return book

    def own(self, text: Bilingual) -> str:
        """``text`` in this language. A text typed only in the other language that is a phrase
        of the book (old records: «Информацию принять к сведению.» with no Kazakh) prints as
        the phrase's words in this language; any other text prints as typed."""
        if text.has(self.language) or not text:
            return text.get(self.language).strip()
        other = "ru" if self.language == "kk" else "kk"
        typed = _plain(text.get(other))
        for versions in self._book():
            for words in versions:
                if "{" in words.ru + words.kk or not words.has(self.language):
                    continue  # a sentence with values to fill is never typed as it stands
                if _plain(words.get(other)) == typed:
                    return words.get(self.language).strip()
        return text.get(self.language).strip()

    # --- dates ------------------------------------------------------------------------------
    def date(self, day: dt.date) -> str:
        """«12 марта 2026 года» / «2026 жылғы 12 наурыз»."""
        return self._date(catalog.DATE, "DocumentMonth", catalog.MONTHS, day)

    def date_quoted(self, day: dt.date) -> str:
        """The header's form: «"12" марта 2026 года» / «2026 жылғы "12" наурыз»."""
        return self._date(catalog.DATE_QUOTED, "DocumentMonth", catalog.MONTHS, day)

    def date_until(self, day: dt.date) -> str:
        """A term: «до 10 апреля 2026 года» / «2026 жылғы 10 сәуірге дейін»."""
        return self._date(catalog.DATE_UNTIL, "DocumentMonthUntil", catalog.MONTHS_UNTIL, day)

    def date_of(self, day: dt.date) -> str:
        """A reference: «от 15 декабря 2025 года» / «2025 жылғы 15 желтоқсандағы»."""
        return self._date(catalog.DATE_OF, "DocumentMonthOf", catalog.MONTHS_OF, day)

    @staticmethod
    def date_numeric(day: dt.date) -> str:
        return f"{day:%d.%m.%Y}"

    def _date(self, template: str, context: str, months: tuple[str, ...], day: dt.date) -> str:
        month = self.text(months[day.month - 1], context=context)
        return self.text(template, day=day.day, month=month, year=day.year)

    # --- numbers, terms in days, names ---------------------------------------------------------
    def counted(self, n: int, noun: str | None = None) -> Counted:
        """``n`` for a ``{n}`` placeholder: in Kazakh with the noun of ``catalog.COUNT_NOUNS``
        (key ``noun``) that the translation puts in its case (see ``Counted``)."""
        if self.language != "kk" or noun is None:
            return Counted(n)
        return Counted(n, self.text(catalog.COUNT_NOUNS[noun], context="DocumentCountNoun"))

    def of_total(self, total: int) -> str:
        """«из 11» / «11-ден», to stand beside the count present."""
        return self.text(catalog.OF_TOTAL, n=self.counted(total))

    def none_or(self, count: int) -> str:
        """A vote count: the number, or «нет» / «жоқ» for zero."""
        return str(count) if count else self.text(catalog.VOTE_NONE)

    def calendar_days(self, days: int) -> str:
        """«в течение 10 календарных дней» / «10 күнтізбелік күн ішінде»."""
        source = "within %n calendar day(s)"
        found = self._translator.translate("Document", "within %n calendar day(s)", None, days)
        return (found or source).replace("%n", str(days))

    def working_days(self, days: int) -> str:
        """«в течение 10 рабочих дней» / «10 жұмыс күні ішінде»."""
        source = "within %n working day(s)"
        found = self._translator.translate("Document", "within %n working day(s)", None, days)
        return (found or source).replace("%n", str(days))

    def person(self, short_name: str) -> str:
        """A member's short name in the language's order: «Сейтказинов Б. А.» / «Б. А. …»."""
        match = _SHORT_NAME.match(short_name.strip())
        if match is None:
            return short_name  # not «Surname I. O.»: keep it exactly as typed
        initials = match["initials"].strip()
        name = self.text(catalog.PERSON_NAME, surname=match["surname"], initials=initials)
        return name.replace(" ", NBSP)  # initials never part from the surname at a line end

    def by_sex(self, sources: Mapping[str, str], sex: Sex | None) -> str:
        """The form of a fixed phrase that agrees with a person: «ознакомлен» / «ознакомлена».

        ``sources`` maps "male" and "female" to catalog strings (Kazakh translates both alike);
        an unknown sex takes the masculine form, the one Russian forms use for a position.
        """
        return self.text(sources["female" if sex is Sex.FEMALE else "male"])

    def state(self, value: str) -> str:
        source = catalog.STATES.get(value)
        return self.text(source, context="DocumentState") if source else value

    def decision_kind(self, value: str) -> str:
        source = catalog.DECISION_KINDS.get(value)
        return self.text(source, context="DocumentDecisionKind") if source else value

    def need_kind(self, value: str) -> str:
        source = catalog.NEED_KINDS.get(value)
        return self.text(source, context="DocumentNeedKind") if source else value

    def client_category(self, value: str) -> str:
        source = catalog.CLIENT_CATEGORIES.get(value)
        return self.text(source, context="DocumentClientCategory") if source else value

    def programme_state(self, value: str) -> str:
        source = catalog.PROGRAMME_STATES.get(value)
        return self.text(source, context="DocumentProgrammeState") if source else value
