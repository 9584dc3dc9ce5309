"""Russian case forms of people's names and of positions, by rule rather than by placeholder.

A document says «СЛУШАЛИ: Нурланову А. Е.» and «Начальнику отдела полиции Целиноградского
района Касымову Е. Б.», never «Нурланова А. Е.» or «Руководителю Отдел полиции». Two maintained
libraries do the Russian:

* personal names by the petrovich rules (pytrovich): surnames, given names and patronymics,
  Kazakh and Korean surnames among them («Касымов» → «Касымову», «Ли» and a woman's «Ким» stay);
* positions by the OpenCorpora dictionary (pymorphy3): only the head of the phrase changes, the
  nominative words it begins with — «старший инспектор», «заместитель», «начальник» — while the
  genitive complement stays («начальника | отдела полиции Целиноградского района»).

A stored form (table ``name_forms``) wins over both, for a whole phrase or for a surname: the
caller passes them in as a mapping made by ``forms_mapping``, so this module stays free of the
database. The libraries are imported on first use (a tenth of a second), when a document is
written, not when the application starts.
"""

from __future__ import annotations

import functools
import logging
import re
from collections.abc import Iterable, Mapping
from enum import StrEnum
from typing import TYPE_CHECKING, Any

from commission.domain.iin import Sex

if TYPE_CHECKING:
    from pytrovich.enums import Gender
    from pytrovich.maker import PetrovichDeclinationMaker

NBSP = "\u00a0"


class Case(StrEnum):
    """The Russian cases a document needs besides the nominative (``name_forms`` values)."""

    GENITIVE = "gen"
    DATIVE = "dat"
    ACCUSATIVE = "acc"
    INSTRUMENTAL = "ins"
    PREPOSITIONAL = "pre"


# (the nominative as ``form_key`` folds it, the case) -> the stored form
NameForms = Mapping[tuple[str, Case], str]

_PYMORPHY_CASE = {
    Case.GENITIVE: "gent",
    Case.DATIVE: "datv",
    Case.ACCUSATIVE: "accs",
    Case.INSTRUMENTAL: "ablt",
    Case.PREPOSITIONAL: "loct",
}

# A surname, an initial, a Kazakh or Turkic patronymic particle (part of the patronymic).
_WORD = r"[^\W\d_][\w'’]*(?:-[^\W\d_][\w'’]*)*"
_INITIALS = r"(?:[^\W\d_]\.[ \u00a0]?){1,2}"
_SURNAME_FIRST = re.compile(rf"(?P<surname>{_WORD})[ \u00a0]+(?P<initials>{_INITIALS})")
_INITIALS_FIRST = re.compile(rf"(?P<initials>{_INITIALS})[ \u00a0]*(?P<surname>{_WORD})")
_MALE_PARTICLES = frozenset({"ұлы", "улы", "оглы", "уулу"})
_FEMALE_PARTICLES = frozenset({"қызы", "кызы", "гызы", "кизи"})
_MALE_ENDINGS = ("ович", "евич", "ич", "ұлы", "улы", "оглы")
_FEMALE_ENDINGS = ("овна", "евна", "ична", "инична", "қызы", "кызы", "гызы")
# «Б-ов»: a client's hidden surname keeps its ending, which Russian declines (sample: «Б-ову»).
_CODED_SURNAME = re.compile(r"^(?P<letter>[^\W\d_])-(?P<ending>[^\W\d_]{1,3})$")
_CODE_STEM = "Петр"  # any stem that takes the ending's forms as a surname

# pytrovich logs the name parts it cannot place; names are personal data and stay out of logs.
logging.getLogger("pytrovich").setLevel(logging.ERROR)


def form_key(nominative: str) -> str:
    """How a stored nominative is matched: spaces, «ё», letter case and «А.Е.» vs «А. Е.»."""
    text = nominative.replace(NBSP, " ").replace("ё", "е").replace("Ё", "Е")
    text = re.sub(r"\.(?=\S)", ". ", text)
    return " ".join(text.split()).casefold()


def forms_mapping(rows: Iterable[tuple[str, str, str]]) -> dict[tuple[str, Case], str]:
    """``(nominative, case value, form)`` rows (table ``name_forms``) as the mapping to pass in."""
    result: dict[tuple[str, Case], str] = {}
    for nominative, case, form in rows:
        if case in Case._value2member_map_ and form.strip():
            result[(form_key(nominative), Case(case))] = form.strip()
    return result


def _stored(forms: NameForms, nominative: str, case: Case) -> str | None:
    return forms.get((form_key(nominative), case)) if forms else None


# --- sex ------------------------------------------------------------------------------------


def guess_sex(name: str | None) -> Sex | None:
    """The sex a Russian or Kazakh name shows: the patronymic first («Ерланович», «Нурлан
    қызы»), then the given name and the surname («Нурланова»); ``None`` when they do not tell
    («Ким А. В.», «Ли»)."""
    words = [w for w in re.split(r"[\s.]+", (name or "").replace(NBSP, " ")) if w]
    if not words:
        return None
    folded = [w.casefold() for w in words]
    for word in reversed(folded):
        if word in _MALE_PARTICLES:
            return Sex.MALE
        if word in _FEMALE_PARTICLES:
            return Sex.FEMALE
    surname, given, patronymic = _parts(words)
    if patronymic and patronymic.casefold().endswith(_FEMALE_ENDINGS):
        return Sex.FEMALE
    if patronymic and patronymic.casefold().endswith(_MALE_ENDINGS):
        return Sex.MALE
    from pytrovich.enums import Gender

    detect: Any = _detector().detect
    found = detect(lastname=surname, firstname=given, middlename=patronymic)
    if found is Gender.MALE:
        return Sex.MALE
    if found is Gender.FEMALE:
        return Sex.FEMALE
    return None


def _parts(words: list[str]) -> tuple[str, str | None, str | None]:
    """Surname, given name and patronymic of a name written surname first (initials skipped)."""
    full = [w for w in words if len(w) > 1]  # initials carry no ending
    if not full:
        return words[0], None, None
    surname = full[0]
    given = full[1] if len(full) > 1 else None
    patronymic = " ".join(full[2:]) or None
    return surname, given, patronymic


# --- personal names -------------------------------------------------------------------------


@functools.cache
def _maker() -> PetrovichDeclinationMaker:
    from pytrovich.maker import PetrovichDeclinationMaker

    return PetrovichDeclinationMaker()


@functools.cache
def _detector() -> Any:
    from pytrovich.detector import PetrovichGenderDetector

    return PetrovichGenderDetector()


def _gender(sex: Sex | None) -> tuple[Gender, bool]:
    from pytrovich.enums import Gender

    if sex is Sex.MALE:
        return Gender.MALE, True
    if sex is Sex.FEMALE:
        return Gender.FEMALE, True
    return Gender.ANDROGYNOUS, False


def _petrovich_case(case: Case) -> Any:
    from pytrovich.enums import Case as PCase

    return {
        Case.GENITIVE: PCase.GENITIVE,
        Case.DATIVE: PCase.DATIVE,
        Case.ACCUSATIVE: PCase.ACCUSATIVE,
        Case.INSTRUMENTAL: PCase.INSTRUMENTAL,
        Case.PREPOSITIONAL: PCase.PREPOSITIONAL,
    }[case]


def _make(part: str, word: str, case: Case, sex: Sex | None) -> str:
    from pytrovich.enums import NamePart

    gender, known = _gender(sex)
    name_part = {
        "last": NamePart.LASTNAME,
        "first": NamePart.FIRSTNAME,
        "middle": NamePart.MIDDLENAME,
    }[part]
    return _maker().make(name_part, gender, _petrovich_case(case), word, known_gender=known)


def decline_surname(
    surname: str, case: Case, sex: Sex | None = None, forms: NameForms | None = None
) -> str:
    """One surname: a stored form first, then the petrovich rules; «Б-ов» → «Б-ову»."""
    stored = _stored(forms or {}, surname, case)
    if stored is not None:
        return stored
    if sex is None:
        sex = guess_sex(surname)
    coded = _CODED_SURNAME.match(surname)
    if coded is not None:
        declined = _make("last", _CODE_STEM + coded["ending"], case, sex)
        if declined.startswith(_CODE_STEM):
            return f"{coded['letter']}-{declined[len(_CODE_STEM) :]}"
        return surname
    if surname.casefold() in _MALE_PARTICLES | _FEMALE_PARTICLES:
        return surname
    return _make("last", surname, case, sex)


def decline_name(
    name: str, case: Case, sex: Sex | None = None, forms: NameForms | None = None
) -> str:
    """A person's name in ``case``: «Нурланова А. Е.», «А. Е. Нурланова», «Нурланова Айгуль
    Ерлановна» or a surname alone. A stored form of the whole name wins, then one of the
    surname; initials never change. ``sex`` unknown: guessed from the name."""
    forms = forms or {}
    stripped = name.strip()
    if not stripped:
        return name
    stored = _stored(forms, stripped, case)
    if stored is not None:
        return stored
    if sex is None:
        sex = guess_sex(stripped)
    short = _SURNAME_FIRST.fullmatch(stripped) or _INITIALS_FIRST.fullmatch(stripped)
    if short is not None:
        surname = decline_surname(short["surname"], case, sex, forms)
        start, end = short.span("surname")
        return stripped[:start] + surname + stripped[end:]
    words = stripped.split(" ")
    if len(words) > 4 or not all(re.fullmatch(_WORD, w) for w in words):
        return stripped  # not a name we can read: keep it as typed
    surname, given, patronymic = _parts(words)
    result = [decline_surname(surname, case, sex, forms)]
    if given:
        result.append(_make("first", given, case, sex))
    if patronymic:
        if patronymic.split(" ")[-1].casefold() in _MALE_PARTICLES | _FEMALE_PARTICLES:
            result.append(patronymic)  # «Нурлан қызы» does not decline in Russian
        else:
            result.append(_make("middle", patronymic, case, sex))
    return " ".join(result)


# --- positions ------------------------------------------------------------------------------


@functools.cache
def _morph() -> Any:
    import pymorphy3
    import pymorphy3_dicts_ru

    # The path is given: a frozen bundle has no package metadata to find the dictionary by.
    return pymorphy3.MorphAnalyzer(path=pymorphy3_dicts_ru.get_path())


_HEAD_KINDS = frozenset({"NOUN", "ADJF", "PRTF"})


def _nominatives(word: str) -> list[Any]:
    """The parses of ``word`` as a singular nominative noun, adjective or participle."""
    return [
        p
        for p in _morph().parse(word)
        if p.tag.POS in _HEAD_KINDS and "nomn" in p.tag and "sing" in p.tag
    ]


def _same_case_letters(original: str, declined: str) -> str:
    if original.isupper() and len(original) > 1:
        return declined.upper()
    if original[:1].isupper():
        return declined[:1].upper() + declined[1:]
    return declined


def _inflect(parse: Any, grammemes: set[str]) -> str | None:
    found = parse.inflect(grammemes)
    return None if found is None else str(found.word)


def decline_position(phrase: str, case: Case, forms: NameForms | None = None) -> str:
    """A position in ``case``: the leading nominative words change, the rest stays.

    «Начальник отдела полиции Целиноградского района» → «Начальнику отдела полиции
    Целиноградского района»; «старший инспектор службы пробации» → «старшему инспектору …»;
    «председатель ОО «Шанс»» → «председателю ОО «Шанс»». A phrase that does not begin with a
    nominative noun («и. о. начальника …», «КГУ «Центр занятости»») is kept as typed.
    """
    stored = _stored(forms or {}, phrase.strip(), case)
    if stored is not None:
        return stored
    tokens = re.split(r"([\s\u00a0]+)", phrase)  # words at even places, the spaces kept
    words = tokens[0::2]
    head_at: int | None = None
    head: Any = None
    for index, word in enumerate(words):
        parses = _nominatives(word)
        if not parses:
            break
        nouns = [p for p in parses if p.tag.POS == "NOUN"]
        adjectives = [p for p in parses if p.tag.POS in ("ADJF", "PRTF")]
        following = words[index + 1] if index + 1 < len(words) else ""
        if adjectives and following and _nominatives(following):
            continue  # «старший | инспектор»: an adjective before its noun
        head_at, head = index, (nouns or adjectives)[0]
        break
    if head_at is None:
        return phrase
    grammeme = _PYMORPHY_CASE[case]
    gender = head.tag.gender if head.tag.gender in ("masc", "femn", "neut") else "masc"
    animate = head.tag.animacy or "anim"  # positions name people
    declined = _inflect(head, {grammeme, "sing"})
    if declined is None:
        return phrase
    result = list(words)
    result[head_at] = _same_case_letters(words[head_at], declined)
    for index in range(head_at):
        adjective = next(
            (p for p in _nominatives(words[index]) if p.tag.POS in ("ADJF", "PRTF")), None
        )
        if adjective is None:
            return phrase
        wanted = {grammeme, "sing", gender}
        if case is Case.ACCUSATIVE and gender == "masc":
            wanted.add(animate)
        form = _inflect(adjective, wanted)
        if form is None:
            return phrase
        result[index] = _same_case_letters(words[index], form)
    tokens[0::2] = result
    return "".join(tokens)


# --- a speaker as typed: names and positions ------------------------------------------------

_NAME_IN_TEXT = re.compile(
    rf"(?<![\w.])(?:(?P<s1>{_WORD})[ \u00a0]+(?P<i1>{_INITIALS})"
    rf"|(?P<i2>{_INITIALS})[ \u00a0]*(?P<s2>{_WORD}))(?!\w)"
)
_SEPARATORS = re.compile(r"(,\s*|\s+[—–-]\s+|;\s*)")


def names_in(text: str) -> list[tuple[int, int]]:
    """Where «Surname I. O.» or «I. O. Surname» stand in a typed text. Only capitalised words
    count, so «г. Косшы» is no name and «комиссии А. Е. Нурланова» finds «А. Е. Нурланова»."""
    spans = []
    position = 0
    while (match := _NAME_IN_TEXT.search(text, position)) is not None:
        surname = match["s1"] or match["s2"]
        initials = match["i1"] or match["i2"]
        if surname[:1].isupper() and initials[:1].isupper():
            spans.append(match.span())
            position = match.end()
        else:
            position = match.start() + 1
    return spans


def person_key(name: str) -> str:
    """The key a person is known by in ``sexes``: «Нурланова А. Е.» whichever order it was
    written in («А. Е. Нурланова» too)."""
    stripped = name.strip()
    match = _INITIALS_FIRST.fullmatch(stripped)
    if match is not None and _SURNAME_FIRST.fullmatch(stripped) is None:
        stripped = f"{match['surname']} {match['initials']}"
    return form_key(stripped)


def decline_speaker(
    text: str,
    case: Case,
    sex: Sex | None = None,
    forms: NameForms | None = None,
    sexes: Mapping[str, Sex] | None = None,
) -> str:
    """A typed speaker in ``case``, names and positions alike: «Нурланова А. Е., секретарь
    комиссии» → «Нурланову А. Е., секретаря комиссии»; «секретарь комиссии Нурланова А. Е.» →
    «секретаря комиссии Нурланову А. Е.».

    ``sex`` is that of the one person named; ``sexes`` (by ``person_key``) those of the
    people a text may name, such as the meeting's members and guests. Text that
    is neither a name nor a nominative position is kept as typed.
    """
    forms = forms or {}
    stripped = text.strip()
    if not stripped:
        return text
    stored = _stored(forms, stripped, case)
    if stored is not None:
        return stored
    spans = names_in(stripped)
    pieces: list[str] = []
    position = 0
    for start, end in spans:
        pieces.append(_decline_positions(stripped[position:start], case, forms))
        name = stripped[start:end]
        known = (sexes or {}).get(person_key(name))
        if known is None and _declined_already(name, case, sexes or {}):
            pieces.append(name)
        else:
            if known is None and len(spans) == 1:
                known = sex
            pieces.append(decline_name(name, case, known, forms))
        position = end
    pieces.append(_decline_positions(stripped[position:], case, forms))
    return "".join(pieces)


# Endings no Russian surname has in the nominative: a name typed «Нурланову А. Е.» is declined.
_OBLIQUE_ENDINGS = ("ову", "еву", "ёву", "ину", "ыну", "ую", "ого", "его", "ому", "ему")


def _declined_already(name: str, case: Case, sexes: Mapping[str, Sex]) -> bool:
    """A name typed in ``case`` already, as secretaries did while documents printed it as typed:
    «Касымова Е. Б.» is the accusative of «Касымов Е. Б.» when he is one of the people named,
    «Нурланову А. Е.» can only be an accusative."""
    key = person_key(name)
    for known, sex in sexes.items():
        if form_key(decline_name(known, case, sex)) == key:
            return True
    match = _SURNAME_FIRST.fullmatch(name.strip()) or _INITIALS_FIRST.fullmatch(name.strip())
    surname = (match["surname"] if match else name).casefold()
    return case is Case.ACCUSATIVE and surname.endswith(_OBLIQUE_ENDINGS)


def _decline_positions(text: str, case: Case, forms: NameForms) -> str:
    """Each comma- or dash-separated part of ``text`` declined as a position."""
    parts = _SEPARATORS.split(text)
    for index in range(0, len(parts), 2):
        part = parts[index]
        core = part.strip()
        if core:
            lead = part[: len(part) - len(part.lstrip())]
            tail = part[len(part.rstrip()) :]
            parts[index] = lead + decline_position(core, case, forms) + tail
    return "".join(parts)
