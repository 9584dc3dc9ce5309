"""Names of the working calendar's days in the interface's language.

The rows seeded from the ``holidays`` library keep its Kazakh names; the library has no
Russian, so a Russian (or English) interface names a seeded day by the library's English name,
translated here («Nowruz Holiday (observed)» → «Наурыз мейрамы (перенос)»). A day the
administrator typed is shown as typed.
"""

from __future__ import annotations

import re
from datetime import date

from PySide6.QtCore import QCoreApplication

from commission.domain.enums import Language
from commission.domain.workcalendar import english_name, is_library_source, is_seeded_working_day
from commission.services.calendar import ADMINISTRATOR_SOURCE
from commission.ui.labels import interface_language

_SUBSTITUTED = re.compile(r"Day off \(substituted from (\d\d)/(\d\d)/(\d{4})\)")
_SUFFIXES = (" (observed)", " (estimated)")


def _holiday(english: str) -> str:
    names = {
        "New Year's Day": QCoreApplication.translate("Holidays", "New Year's Day"),
        "Orthodox Christmas": QCoreApplication.translate("Holidays", "Orthodox Christmas"),
        "International Women's Day": QCoreApplication.translate(
            "Holidays", "International Women's Day"
        ),
        "Nowruz Holiday": QCoreApplication.translate("Holidays", "Nowruz Holiday"),
        "Kazakhstan's People Solidarity Holiday": QCoreApplication.translate(
            "Holidays", "Kazakhstan's People Solidarity Holiday"
        ),
        "Defender of the Fatherland Day": QCoreApplication.translate(
            "Holidays", "Defender of the Fatherland Day"
        ),
        "Victory Day": QCoreApplication.translate("Holidays", "Victory Day"),
        "Capital Day": QCoreApplication.translate("Holidays", "Capital Day"),
        "Eid al-Adha": QCoreApplication.translate("Holidays", "Eid al-Adha"),
        "Constitution Day": QCoreApplication.translate("Holidays", "Constitution Day"),
        "Republic Day": QCoreApplication.translate("Holidays", "Republic Day"),
        "Independence Day": QCoreApplication.translate("Holidays", "Independence Day"),
    }
    return names.get(english, english)


def day_name(day: date, name: str, source: str) -> str:
    """What the calendar calls ``day`` in the interface's language."""
    if is_seeded_working_day(name):
        return QCoreApplication.translate("Holidays", "Working day")
    if interface_language() is Language.KK or not is_library_source(source):
        return name
    english = english_name(day)
    if english is None:
        return name  # the library no longer lists it: its Kazakh name is all there is
    moved = _SUBSTITUTED.fullmatch(english)
    if moved:
        return QCoreApplication.translate("Holidays", "Day off moved from {date}").format(
            date=f"{moved.group(1)}.{moved.group(2)}.{moved.group(3)}"
        )
    base, suffix = english, ""
    for ending in _SUFFIXES:
        if english.endswith(ending):
            base, suffix = english.removesuffix(ending), ending
    text = _holiday(base)
    if suffix == " (observed)":
        text = QCoreApplication.translate("Holidays", "{holiday} (moved day off)").format(
            holiday=text
        )
    elif suffix == " (estimated)":
        text = QCoreApplication.translate("Holidays", "{holiday} (date expected)").format(
            holiday=text
        )
    return text


def feast_name(day: date, name: str, source: str) -> str:
    """A movable feast's name without the holiday list's «estimated» mark, in the interface's
    language: the calendar says «awaiting confirmation» of its own."""
    from commission.services.calendar_updates import ESTIMATED_MARK

    english = english_name(day) if is_library_source(source) else None
    if interface_language() is Language.KK or english is None:
        return name.rstrip().removesuffix(ESTIMATED_MARK).rstrip()
    return _holiday(english.removesuffix(" (estimated)"))


def source_name(source: str) -> str:
    """Where a calendar row came from, as the administrator understands it."""
    if source == ADMINISTRATOR_SOURCE:
        return QCoreApplication.translate("Holidays", "Entered by hand")
    if is_library_source(source):
        return QCoreApplication.translate(
            "Holidays", "Public holidays of Kazakhstan (list version {version})"
        ).format(version=source.split(" ", 1)[1])
    return source
