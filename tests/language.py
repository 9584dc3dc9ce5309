"""Tell a Russian paragraph from a Kazakh one, to check that a document speaks one language.

Kazakh has letters Russian lacks (ә ғ қ ң ө ұ ү һ і), and Russian sentences hardly go five words
without a preposition or conjunction that Kazakh never uses. Proper names are the trap: a Kazakh
surname in a Russian sentence, a Russian surname or an agency's quoted name in a Kazakh one; so
a paragraph is judged by its ordinary words, names and quotes left out.
"""

from __future__ import annotations

import re

_KAZAKH_LETTERS = re.compile("[әғқңөұүһі]")
_WORD = re.compile(r"[а-яёәғқңөұүһі]+(?:-[а-яёәғқңөұүһі]+)*", re.IGNORECASE)
_RUSSIAN_ENDING = re.compile(
    "(ого|его|ому|ему|ой|ей|ых|их|ый|ий|ая|яя|ое|ее|ью|ться|ать|ять|ить|еть|ует|ют|ами|ями"
    "|ость|ние|ния|нию|ции|тель|теля|ела|ела|ов|ев)$"
)
_QUOTED = re.compile(r"«[^»]*»|\"[^\"]*\"")
# Words of Russian that Kazakh text does not use (Kazakh has «мен», «және», postpositions).
_RUSSIAN_FUNCTION_WORDS = frozenset(
    [
        "и",
        "в",
        "во",
        "на",
        "о",
        "об",
        "обо",
        "по",
        "с",
        "со",
        "для",
        "от",
        "до",
        "к",
        "ко",
        "не",
        "из",
        "за",
        "при",
        "или",
        "что",
        "как",
        "также",
        "а",
        "но",
        "у",
        "года",
        "году",
        "лиц",
        "его",
        "ее",
        "их",
        "которые",
        "который",
        "является",
    ]
)


def _ordinary_words(paragraph: str) -> list[str]:
    """Lower-case words, without quoted names and capitalised words (names) but the first."""
    text = _QUOTED.sub(" ", paragraph)
    words = _WORD.findall(text)
    first = [words[0].lower()] if words else []
    return first + [w for w in words[1:] if w[0].islower()]


def is_russian(paragraph: str) -> bool:
    """Russian prose: Russian function words and few Kazakh letters among the ordinary words,
    or (a position, a heading) no Kazakh letter at all and Russian case endings."""
    words = _ordinary_words(paragraph)
    if len(words) < 3:
        return False
    kazakh = sum(1 for w in words if _KAZAKH_LETTERS.search(w))
    function = sum(1 for w in words if w in _RUSSIAN_FUNCTION_WORDS)
    if function >= 1 and kazakh * 6 < len(words):
        return True
    endings = sum(1 for w in words if _RUSSIAN_ENDING.search(w))
    return kazakh == 0 and endings * 2 >= len(words)


def is_kazakh(paragraph: str) -> bool:
    """Kazakh prose: Kazakh letters in a good share of the ordinary words, no Russian glue."""
    words = _ordinary_words(paragraph)
    if len(words) < 3:
        return False
    kazakh = sum(1 for w in words if _KAZAKH_LETTERS.search(w))
    function = sum(1 for w in words if w in _RUSSIAN_FUNCTION_WORDS)
    return kazakh * 4 >= len(words) and function == 0


def russian_paragraphs(paragraphs: list[str]) -> list[str]:
    return [p for p in paragraphs if is_russian(p)]


def kazakh_paragraphs(paragraphs: list[str]) -> list[str]:
    return [p for p in paragraphs if is_kazakh(p)]
