"""The police chief's quarterly figures as the minutes print them: a table of the indicators,
this quarter and the same quarter of last year, the difference and the per cent."""

from __future__ import annotations

from collections.abc import Sequence

from commission.documents.minutes import Bilingual, FigureLine, PoliceLine
from commission.documents.reports import PoliceFigure
from commission.domain.messages import QT_TRANSLATE_NOOP
from commission.domain.police_report import CRIME_CATEGORIES, PoliceIndicator
from commission.exports.blocks import Align, Block, Paragraph, Style, Table, bold, para
from commission.exports.items_layout import lines_of
from commission.exports.wording import Wording, roman

CAPTION = QT_TRANSLATE_NOOP(
    "Document", "Figures of the police chief's report for quarter {quarter} of {year}:"
)
COL_INDICATOR = QT_TRANSLATE_NOOP("Document", "Indicator")
COL_QUARTER = QT_TRANSLATE_NOOP("Document", "Q{quarter} {year}")
COL_CHANGE = QT_TRANSLATE_NOOP("Document", "Change")
COL_PER_CENT = QT_TRANSLATE_NOOP("Document", "%")
OF_WHICH = QT_TRANSLATE_NOOP("Document", "of which:")

INDICATORS = {
    PoliceIndicator.CRIMES_TOTAL: QT_TRANSLATE_NOOP(
        "DocumentPoliceIndicator", "Crimes registered, total"
    ),
    PoliceIndicator.CRIMES_DOMESTIC: QT_TRANSLATE_NOOP(
        "DocumentPoliceIndicator", "domestic (in the family)"
    ),
    PoliceIndicator.CRIMES_STREET: QT_TRANSLATE_NOOP("DocumentPoliceIndicator", "street crimes"),
    PoliceIndicator.CRIMES_BY_MINORS: QT_TRANSLATE_NOOP(
        "DocumentPoliceIndicator", "committed by minors"
    ),
    PoliceIndicator.CRIMES_REPEAT: QT_TRANSLATE_NOOP("DocumentPoliceIndicator", "repeat offences"),
    PoliceIndicator.CRIMES_BY_PROBATION: QT_TRANSLATE_NOOP(
        "DocumentPoliceIndicator", "committed by persons on the probation register"
    ),
    PoliceIndicator.ADMINISTRATIVE_OFFENCES: QT_TRANSLATE_NOOP(
        "DocumentPoliceIndicator", "Administrative offences detected"
    ),
    PoliceIndicator.PREVENTIVE_MEASURES: QT_TRANSLATE_NOOP(
        "DocumentPoliceIndicator", "Preventive measures held"
    ),
    PoliceIndicator.CITIZENS_APPEALS: QT_TRANSLATE_NOOP(
        "DocumentPoliceIndicator", "Citizens' appeals received"
    ),
}

_WIDTHS = (0.44, 0.12, 0.12, 0.14, 0.18)


def indicator_name(indicator: PoliceIndicator, w: Wording) -> str:
    return w.text(INDICATORS[indicator], context="DocumentPoliceIndicator")


def _cell(text: str, align: Align = Align.CENTER) -> tuple[Paragraph, ...]:
    return (para(text, style=Style.TABLE, align=align),)


def _number(value: int | None) -> str:
    return "—" if value is None else str(value)


def police_table(police: PoliceLine | None, w: Wording) -> list[Block]:
    """The caption, the table and the note typed with the figures; nothing without figures."""
    if police is None or not any(
        f.current is not None or f.last_year is not None for f in police.figures
    ):
        return []
    header = tuple(
        (para(bold(text), style=Style.TABLE, align=Align.CENTER),)
        for text in (
            w.text(COL_INDICATOR),
            w.text(COL_QUARTER, quarter=roman(police.quarter), year=police.year),
            w.text(COL_QUARTER, quarter=roman(police.quarter), year=police.year - 1),
            w.text(COL_CHANGE),
            w.text(COL_PER_CENT),
        )
    )
    body = []
    for line in police.figures:
        name = indicator_name(line.indicator, w)
        if line.indicator is PoliceIndicator.CRIMES_TOTAL:
            name = f"{name}, {w.text(OF_WHICH)}"
        elif line.indicator in CRIME_CATEGORIES:
            name = f"\u2013 {name}"  # indented under the total, as the police's tables are
        change = line.change()
        body.append(
            (
                _cell(name, Align.LEFT),
                _cell(_number(line.current)),
                _cell(_number(line.last_year)),
                _cell(change.difference_text()),
                _cell(change.per_cent_text()),
            )
        )
    # Roman, as the item's title and the police's own reports number the quarter.
    caption = w.text(CAPTION, quarter=roman(police.quarter), year=police.year)
    table = Table(
        rows=(header, *body), widths=_WIDTHS, borders=True, header_rows=1, keep_together=True
    )
    result: list[Block] = [para(caption, keep_with_next=True), table]
    note = police.note.get(w.language).strip()
    if note:
        result += [para(line) for line in lines_of(note)]
    return result


def public_figures(lines: Sequence[FigureLine]) -> tuple[PoliceFigure, ...]:
    """The figures heard, as the public report publishes them: each indicator named in both
    languages, the ones not given left out."""
    ru, kk = Wording("ru"), Wording("kk")
    return tuple(
        PoliceFigure(
            Bilingual.of(indicator_name(line.indicator, ru), indicator_name(line.indicator, kk)),
            line.current,
            line.last_year,
        )
        for line in lines
        if line.current is not None
    )
