"""documents.phrasebook: a document's fixed words in either language, whatever the interface's."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from commission import i18n
from commission.documents.minutes import Bilingual
from commission.documents.phrasebook import bilingual, fill, placeholders, translated
from commission.exports import catalog


@pytest.fixture(params=["en", "ru"])
def interface(request: pytest.FixtureRequest) -> Iterator[str]:
    """The interface speaks English or Russian while a service asks for document words."""
    i18n.install(request.param)
    yield request.param
    i18n.install("en")


def test_kazakh_and_russian_words_whatever_the_interface_speaks(interface: str) -> None:
    assert translated(catalog.NOTE_TEXT, "kk") == "Ақпарат назарға алынсын."
    assert translated(catalog.NOTE_TEXT, "ru") == "Информацию принять к сведению."
    assert translated("April", "kk", context="DocumentMonthUntil") == "сәуірге"


def test_both_languages_with_placeholders_filled(interface: str) -> None:
    assert bilingual(catalog.REMOVE_TEXT, refs="п. 1.2") == Bilingual(
        "Снять с контроля п. 1.2.", "п. 1.2 бақылаудан алынсын."
    )


def test_an_unknown_word_falls_back_to_its_source() -> None:
    assert translated("No such word in the catalog", "kk") == "No such word in the catalog"
    assert bilingual("Until {date}", date="1.2") == Bilingual("Until 1.2", "Until 1.2")


def test_placeholders_without_a_value_are_kept_and_stray_braces_do_not_break() -> None:
    assert fill("до {date}, {who}", {"date": "30.04.2026"}) == "до 30.04.2026, {who}"
    assert fill("a { b", {"date": "x"}) == "a { b"
    assert placeholders("{point} of {number} {date}") == {"point", "number", "date"}
    with pytest.raises(ValueError):
        placeholders("a { b")
