"""People's names as the commission's documents print them.

Members and guests appear as «Сейтказинов Б. А.» in the text and «Б. Сейтказинов» under a
signature; a probation client appears only as «Б-ов Н. К.» (never the full surname), so that a
minute sent to a dozen agencies does not identify the person to readers without the case file.
"""

from __future__ import annotations

import re

# Kazakh and Turkic patronymics may be written as two words («Нұрлан ұлы», «Али оглы»): the
# particle is part of the patronymic and gets no initial of its own.
_PATRONYMIC_PARTICLES = frozenset({"ұлы", "улы", "қызы", "кызы", "оглы", "гызы"})
_SPLIT = re.compile(r"[\s.]+")


def _words(text: str | None) -> list[str]:
    """Words of a name; dots split too, so an already shortened «Б.А.» gives «Б», «А»."""
    if not text:
        return []
    return [w for w in _SPLIT.split(text) if w]


def _initials(words: list[str]) -> list[str]:
    return [f"{w[0].upper()}." for w in words if w.casefold() not in _PATRONYMIC_PARTICLES]


def short_name(full_name: str | None) -> str:
    """«Сейтказинов Бауыржан Амангельдиевич» → «Сейтказинов Б. А.»; "" for no name."""
    words = _words(full_name)
    if not words:
        return ""
    return " ".join([words[0], *_initials(words[1:])])


def signature_name(full_name: str | None) -> str:
    """«Сейтказинов Бауыржан Амангельдиевич» → «Б. Сейтказинов», the form under a signature
    (the given name's initial only)."""
    words = _words(full_name)
    if not words:
        return ""
    if len(words) == 1:
        return words[0]
    return f"{words[1][0].upper()}. {words[0]}"


def surname_code(surname: str) -> str:
    """«Бекенов» → «Б-ов»: the first letter and the ending, the rest hidden.

    The ending lets Russian text decline the code («Б-ову Н. К.»). At least one letter always
    stays hidden, so a short surname shows less: «Ким» → «К-м», «Ли» → «Л.».
    """
    letters = "".join(surname.split())
    if not letters:
        return ""
    first = letters[0].upper()
    tail = min(2, len(letters) - 2)
    if tail <= 0:
        return f"{first}."
    return f"{first}-{letters[-tail:]}"


def case_label(surname: str, given_name: str | None, patronymic: str | None) -> str:
    """A client as documents may show him: «Бекенов Нурлан Кайратович» → «Б-ов Н. К.»."""
    initials = _initials(_words(given_name)[:1] + _words(patronymic)[:1])
    return " ".join([surname_code(surname), *initials]).strip()
