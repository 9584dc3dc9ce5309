"""Typed speakers as the minutes print them: «СЛУШАЛИ: Нурланову А. Е., секретаря комиссии».

A secretary types who reported as she would say it in the nominative: «Нурланова А. Е.,
секретарь комиссии» or «секретарь комиссии Нурланова А. Е.». Russian minutes need the
accusative after СЛУШАЛИ; the names and positions are declined by ``domain.declension``, with
the sex of the person taken from the meeting's members and guests where the name is one of
theirs, and the administrator's stored forms first. Kazakh has no case change here («ТЫҢДАЛДЫ:
А. Е. Нурланова»). In both languages a name's initials are bound to its surname, and Kazakh
puts them first, as ``Wording.person`` does for a name alone.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field

from commission.documents.minutes import MinutesContext, PersonLine
from commission.domain import declension
from commission.domain.declension import Case, NameForms
from commission.domain.iin import Sex
from commission.exports.wording import Wording


@dataclass(frozen=True)
class Speakers:
    """What declining a typed speaker needs.

    Attributes:
        sexes: the sex of the people the minutes name, by ``declension.person_key``: as
            recorded, else as their full names tell.
        forms: the stored case forms (``name_forms``), which win over the rules.
    """

    sexes: Mapping[str, Sex] = field(default_factory=dict)
    forms: NameForms = field(default_factory=dict)

    @classmethod
    def of(cls, ctx: MinutesContext) -> Speakers:
        people: list[tuple[str, Sex | None]] = [
            (p.short_name, p.sex or declension.guess_sex(p.full_name))
            for p in _people(ctx)
            if p.short_name
        ]
        people += [
            (a.substitute_name, a.substitute_sex or declension.guess_sex(a.substitute_name))
            for a in ctx.absent
            if a.substitute_name
        ]
        sexes = {declension.person_key(name): sex for name, sex in people if sex is not None}
        return cls(sexes, declension.forms_mapping(ctx.name_forms))


def _people(ctx: MinutesContext) -> Iterable[PersonLine]:
    yield from (p for p in (ctx.chair, ctx.secretary) if p is not None)
    yield from ctx.present
    yield from (a.person for a in ctx.absent)
    yield from ctx.invited


def named(text: str, w: Wording) -> str:
    """A typed text with each «Surname I. O.» in it as ``Wording.person`` writes a name:
    initials bound to the surname, and first in Kazakh."""
    spans = declension.names_in(text)
    if not spans:
        return text
    pieces = []
    position = 0
    for start, end in spans:
        pieces += [text[position:start], w.person(" ".join(text[start:end].split()))]
        position = end
    pieces.append(text[position:])
    return "".join(pieces)


def heard_speaker(text: str, w: Wording, speakers: Speakers | None = None) -> str:
    """Who is heard, after «СЛУШАЛИ:»: the accusative in Russian, as typed in Kazakh."""
    text = text.strip()
    if w.language == "ru" and text:
        speakers = speakers or Speakers()
        text = declension.decline_speaker(
            text, Case.ACCUSATIVE, forms=speakers.forms, sexes=speakers.sexes
        )
    return named(text, w)
