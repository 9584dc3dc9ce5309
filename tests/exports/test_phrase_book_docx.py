"""The documents print the phrase book as the administrator edited it, and a phrase typed in
one language only prints in the other as the book has it (records kept before the Kazakh text)."""

from __future__ import annotations

import dataclasses

from commission.documents.minutes import Bilingual, MinutesContext
from commission.domain.enums import DecisionKind
from commission.exports.extract_docx import extract_docx
from commission.exports.minutes_docx import minutes_docx
from tests.exports.conftest import docx_lines
from tests.exports.sample import EMPLOYMENT, PROGRESS

EDITED = (
    (
        "note",
        "Информацию членов комиссии принять к сведению.",
        "Мүшелердің ақпараты назарға алынсын.",
    ),
    (
        "remove_points",
        "Снять с контроля как исполненные {refs}.",
        "{refs} орындалды деп бақылаудан алынсын.",
    ),
    (
        "extend_point",
        "Продлить {until} срок пункта {point} протокола № {number} {date}.",
        "{date} № {number} хаттаманың {point}-тармағының мерзімі {until} ұзартылсын.",
    ),
)


def _generated_only(ctx: MinutesContext) -> MinutesContext:
    """The progress item's three points with no typed text: the documents compose them."""
    points = tuple(dataclasses.replace(d, text=Bilingual("")) for d in PROGRESS.decisions)
    points = (*points[:2], dataclasses.replace(points[2], lead=EMPLOYMENT))
    return dataclasses.replace(ctx, agenda=(dataclasses.replace(PROGRESS, decisions=points),))


def test_the_minutes_print_the_edited_sentences(ctx: MinutesContext) -> None:
    ctx = dataclasses.replace(_generated_only(ctx), phrases=EDITED)
    ru = docx_lines(minutes_docx(ctx, "ru"))
    assert "1.1. Информацию членов комиссии принять к сведению." in ru
    assert (
        "1.2. Снять с контроля как исполненные пункты 1.2, 2.1 протокола № 2 от 15 декабря"
        " 2025 года." in ru
    )
    assert (
        "1.3. Продлить до 30 апреля 2026 года срок пункта 3.2 протокола № 2 от 15 декабря"
        " 2025 года." in ru
    )
    kk = docx_lines(minutes_docx(ctx, "kk"))
    assert "1.1. Мүшелердің ақпараты назарға алынсын." in kk
    assert (
        "1.2. 2025 жылғы 15 желтоқсандағы № 2 хаттаманың 1.2, 2.1-тармақтары орындалды деп"
        " бақылаудан алынсын." in kk
    )


def test_without_edits_the_translation_files_words(ctx: MinutesContext) -> None:
    ru = docx_lines(minutes_docx(_generated_only(ctx), "ru"))
    assert "1.1. Информацию принять к сведению." in ru
    assert "1.2. Снять с контроля пункты 1.2, 2.1 протокола № 2 от 15 декабря 2025 года." in ru
    kk = docx_lines(minutes_docx(_generated_only(ctx), "kk"))
    assert "1.1. Ақпарат назарға алынсын." in kk


def test_the_extract_prints_the_edit(ctx: MinutesContext) -> None:
    ctx = dataclasses.replace(_generated_only(ctx), phrases=EDITED)
    lines = docx_lines(extract_docx(ctx, EMPLOYMENT.id, "ru"))
    assert any(
        line.startswith("1.3. Продлить до 30 апреля 2026 года срок пункта 3.2") for line in lines
    ), lines


def test_a_phrase_typed_in_russian_only_prints_in_kazakh(ctx: MinutesContext) -> None:
    """Old records hold «Информацию принять к сведению.» with no Kazakh text; the control
    assignee «секретаря комиссии» and the standing item's title likewise."""
    note = dataclasses.replace(
        PROGRESS.decisions[0], text=Bilingual("Информацию  принять к сведению")
    )
    removed = dataclasses.replace(
        PROGRESS.decisions[1], text=Bilingual("Снять с контроля как исполненное."), removes=()
    )
    typed = dataclasses.replace(
        PROGRESS.decisions[2],
        kind=DecisionKind.INSTRUCTION,
        text=Bilingual("Провести сверку списков."),
        extends=(),
    )
    item = dataclasses.replace(
        PROGRESS,
        title=Bilingual("О ходе исполнения решений, принятых на заседаниях комиссии"),
        decisions=(note, removed, typed),
    )
    old = dataclasses.replace(
        ctx, agenda=(item,), control_assigned_to=Bilingual("секретаря комиссии")
    )
    kk = docx_lines(minutes_docx(old, "kk"))
    assert "1.1. Ақпарат назарға алынсын." in kk
    assert "1.2. Орындалған ретінде бақылаудан алынсын." in kk
    assert "1.3. Провести сверку списков." in kk  # not a phrase: printed as typed
    assert "Осы хаттаманың орындалуын бақылау комиссия хатшысына жүктелсін." in kk
    assert "1. Комиссия отырыстарында қабылданған шешімдердің орындалу барысы туралы." in kk

    # The administrator corrected the Kazakh words: the correction is printed.
    corrected = (
        ("control_secretary", "секретаря комиссии", "комиссия хатшысына (А. Е. Нұрлановаға)"),
    )
    kk = docx_lines(minutes_docx(dataclasses.replace(old, phrases=corrected), "kk"))
    assert (
        "Осы хаттаманың орындалуын бақылау комиссия хатшысына (А. Е. Нұрлановаға) жүктелсін." in kk
    )
    # Both languages changed: the old Russian words are still the translation files' phrase.
    reworded = (("control_secretary", "ответственного секретаря", "жауапты хатшыға"),)
    kk = docx_lines(minutes_docx(dataclasses.replace(old, phrases=reworded), "kk"))
    assert "Осы хаттаманың орындалуын бақылау комиссия хатшысына жүктелсін." in kk


def test_a_phrase_typed_in_kazakh_only_prints_in_russian(ctx: MinutesContext) -> None:
    note = dataclasses.replace(
        PROGRESS.decisions[0], text=Bilingual("", "Ақпарат назарға алынсын.")
    )
    custom = dataclasses.replace(
        PROGRESS.decisions[2],
        kind=DecisionKind.RECOMMENDATION,
        text=Bilingual("", "Ауылдық округтер әкімдіктеріне ұсынылсын."),
        extends=(),
    )
    item = dataclasses.replace(PROGRESS, decisions=(note, custom))
    added = (
        (
            "custom-1",
            "Рекомендовать акимам сельских округов.",
            "Ауылдық округтер әкімдіктеріне ұсынылсын.",
        ),
    )
    ru = docx_lines(minutes_docx(dataclasses.replace(ctx, agenda=(item,), phrases=added), "ru"))
    assert "1.1. Информацию принять к сведению." in ru
    assert "1.3. Рекомендовать акимам сельских округов." in ru
