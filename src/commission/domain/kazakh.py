"""Kazakh case endings by rule: vowel harmony and the word's last sound.

Kazakh has no grammatical gender, but every case ending has variants, chosen by

* the harmony of the word: back (а, о, ұ, ы) or front (ә, е, ө, ү, і) by its last clear vowel;
  «и», «у», «ю» leave it to the vowels before them (Путин, Мусин are front, Шу is back), «е»
  right after a back vowel is the [йе] of Russian spelling (Тоқаев, Назарбаев stay back) and
  a final soft sign makes a word front (Игорь);
* the last sound: a vowel, a sonorant (л, р, й, and у, и, ю which sound [w], [й] at the end),
  з or ж, a nasal (м, н, ң) or a voiceless consonant — б, в, г, д count as voiceless at the end
  of a (borrowed) word: клубқа, Ивановқа;
* whether the word ends in the third person's possessive ending (жұмыс күні, бөлім бастығы,
  Нұрланұлы): then the dative is -на/-не, the accusative -н, the locative -нда/-нде, the
  ablative -нан/-нен.

A numeral takes no plural noun, and the ending goes on the noun phrase after it («5 жұмыс
күнінен»); a number standing alone in digits takes a hyphenated ending chosen by the last word
spoken when it is read aloud («11-ден», «10-нан», «149-дан»).
"""

from __future__ import annotations

import re
from enum import StrEnum


class KkCase(StrEnum):
    NOMINATIVE = "nom"  # атау
    GENITIVE = "gen"  # ілік
    DATIVE = "dat"  # барыс
    ACCUSATIVE = "acc"  # табыс
    LOCATIVE = "loc"  # жатыс
    ABLATIVE = "abl"  # шығыс
    INSTRUMENTAL = "ins"  # көмектес


_BACK = frozenset("аоұыяё")
_FRONT = frozenset("әеөүіэ")
_UNDECIDED = frozenset("иую")
_VOWELS = frozenset("аәеёоөұүыіэя")
_SONORANTS = frozenset("лрйуию")
_ZH = frozenset("зж")
_NASALS = frozenset("мнң")
_VOICELESS = frozenset("кқпстфхцчшщбвгд")
_POSSESSIVE_WORDS = ("ұлы", "улы", "қызы", "кызы")

# (back, front) variants; "P" is the possessive row.
_ENDINGS: dict[KkCase, dict[str, tuple[str, str]]] = {
    KkCase.DATIVE: {
        "P": ("на", "не"),
        "vowel": ("ға", "ге"),
        "sonorant": ("ға", "ге"),
        "zh": ("ға", "ге"),
        "nasal": ("ға", "ге"),
        "voiceless": ("қа", "ке"),
    },
    KkCase.GENITIVE: {
        "P": ("ның", "нің"),
        "vowel": ("ның", "нің"),
        "sonorant": ("дың", "дің"),
        "zh": ("дың", "дің"),
        "nasal": ("ның", "нің"),
        "voiceless": ("тың", "тің"),
    },
    KkCase.ACCUSATIVE: {
        "P": ("н", "н"),
        "vowel": ("ны", "ні"),
        "sonorant": ("ды", "ді"),
        "zh": ("ды", "ді"),
        "nasal": ("ды", "ді"),
        "voiceless": ("ты", "ті"),
    },
    KkCase.LOCATIVE: {
        "P": ("нда", "нде"),
        "vowel": ("да", "де"),
        "sonorant": ("да", "де"),
        "zh": ("да", "де"),
        "nasal": ("да", "де"),
        "voiceless": ("та", "те"),
    },
    KkCase.ABLATIVE: {
        "P": ("нан", "нен"),
        "vowel": ("дан", "ден"),
        "sonorant": ("дан", "ден"),
        "zh": ("дан", "ден"),
        "nasal": ("нан", "нен"),
        "voiceless": ("тан", "тен"),
    },
    KkCase.INSTRUMENTAL: {
        "P": ("мен", "мен"),
        "vowel": ("мен", "мен"),
        "sonorant": ("мен", "мен"),
        "zh": ("бен", "бен"),
        "nasal": ("бен", "бен"),
        "voiceless": ("пен", "пен"),
    },
}

# The word a number ends with when read aloud, by ``last_spoken_word``'s key.
SPOKEN = {
    "0": "нөл",
    "1": "бір",
    "2": "екі",
    "3": "үш",
    "4": "төрт",
    "5": "бес",
    "6": "алты",
    "7": "жеті",
    "8": "сегіз",
    "9": "тоғыз",
    "10": "он",
    "20": "жиырма",
    "30": "отыз",
    "40": "қырық",
    "50": "елу",
    "60": "алпыс",
    "70": "жетпіс",
    "80": "сексен",
    "90": "тоқсан",
    "100": "жүз",
    "1000": "мың",
    "1000000": "миллион",
    "1000000000": "миллиард",
}


def last_spoken_word(number: int) -> str:
    """The key of the word a number ends with when read aloud: 11 → "1" (он бір), 40 → "40"
    (қырық), 200 → "100" (екі жүз), 3000 → "1000" (үш мың)."""
    n = abs(number)
    if n == 0:
        return "0"
    if n % 10:
        return str(n % 10)
    if n % 100:
        return str(n % 100)
    if n % 1000:
        return "100"
    if n % 1_000_000:
        return "1000"
    if n % 1_000_000_000:
        return "1000000"
    return "1000000000"


def is_front(word: str) -> bool:
    """Front harmony (ә, е, ө, ү, і) rather than back (а, о, ұ, ы)."""
    letters = [c for c in word.casefold() if c.isalpha()]
    if letters and letters[-1] == "ь":
        return True
    for index in range(len(letters) - 1, -1, -1):
        letter = letters[index]
        if letter in _BACK:
            return False
        if letter in _FRONT:
            # «Тоқаев»: Russian «е» after a vowel is [йе]; the vowel before it leads.
            return not (letter == "е" and index > 0 and letters[index - 1] in "аоұуыя")
    undecided = [c for c in letters if c in _UNDECIDED]
    return bool(undecided) and undecided[-1] == "и"


def _sound(word: str) -> str:
    letters = [c for c in word.casefold() if c.isalpha() and c not in "ьъ"]
    if not letters:
        return "vowel"
    last = letters[-1]
    if last in _SONORANTS:
        return "sonorant"
    if last in _VOWELS:
        return "vowel"
    if last in _ZH:
        return "zh"
    if last in _NASALS:
        return "nasal"
    if last in _VOICELESS:
        return "voiceless"
    return "sonorant"  # a letter of another alphabet: the commonest endings


def ending(word: str, case: KkCase, *, possessive: bool = False) -> str:
    """The case ending ``word`` takes: «Қасымов» dat → «қа», «күні» (possessive) abl → «нен»."""
    if case is KkCase.NOMINATIVE:
        return ""
    row = "P" if possessive else _sound(word)
    back, front = _ENDINGS[case][row]
    return front if is_front(word) else back


def looks_possessive(phrase: str) -> bool:
    """A noun phrase ending in the third person's possessive: «жұмыс күні», «бөлім бастығы»,
    «комиссия хатшысы», «басшысы», «Нұрланұлы». A single word ending in -ы/-і is taken as one
    only with -сы/-сі, -ұлы, -қызы («Алматы», «хатшы» are not)."""
    words = phrase.split()
    if not words:
        return False
    last = words[-1].casefold().strip("»\"'.,")
    if last.endswith(_POSSESSIVE_WORDS):
        return True
    if not last.endswith(("ы", "і")):
        return False
    if len(words) > 1:
        return True
    return len(last) > 3 and last.endswith(("сы", "сі"))


def with_ending(phrase: str, case: KkCase, *, possessive: bool | None = None) -> str:
    """The phrase with the case ending on its last word: «полиция бөлімінің бастығы» dat →
    «полиция бөлімінің бастығына». ``possessive`` ``None``: ``looks_possessive`` decides."""
    stripped = phrase.rstrip()
    if not stripped or case is KkCase.NOMINATIVE:
        return phrase
    if possessive is None:
        possessive = looks_possessive(stripped)
    return stripped + ending(stripped.split()[-1], case, possessive=possessive)


def name_with_ending(name: str, case: KkCase) -> str:
    """A person's name with the ending on the surname: «Е. Б. Қасымов» dat → «Е. Б. Қасымовқа»,
    «А. Нұрланова» → «А. Нұрлановаға», «Ли» → «Лиге», «Б. Мұхтарұлы» → «Б. Мұхтарұлына».
    In «Қасымов Е. Б.» the ending goes on the surname too, before the initials."""
    words = list(re.finditer(r"\S+", name))  # the spaces between are kept (no-break ones too)
    if case is KkCase.NOMINATIVE or not words:
        return name
    surname = next((w for w in reversed(words) if not w.group().endswith(".")), None)
    if surname is None:
        return name  # initials only
    word = surname.group()
    possessive = word.casefold().endswith(_POSSESSIVE_WORDS)
    declined = word + ending(word, case, possessive=possessive)
    return name[: surname.start()] + declined + name[surname.end() :]


def number(n: int, case: KkCase) -> str:
    """A number in digits with its ending: «11-ден», «10-нан», «5-ке», «149-дан»."""
    if case is KkCase.NOMINATIVE:
        return str(n)
    return f"{n}-{ending(SPOKEN[last_spoken_word(n)], case)}"


def count(n: int, noun: str, case: KkCase, *, possessive: bool | None = None) -> str:
    """A number and its noun phrase (singular, as Kazakh wants) with the ending on the noun:
    «5 жұмыс күні», «5 жұмыс күнінен», «149 жұмыс күніне», «10 күнтізбелік күнде»."""
    noun = noun.strip()
    if not noun:
        return number(n, case)
    return f"{n} {with_ending(noun, case, possessive=possessive)}"
