"""Column widths that hold every column's longest word, so no table breaks a word in two.

A word wider than its column is broken by Word, LibreOffice and Qt alike, at any letter
(«трудоустройств|о», «07.07.202|6»). Before a table is written its shares of the text width are
checked against the widest word of each column (names bound by non-breaking spaces count as
one word); columns that are too narrow take room from those with room to spare, and when the
words cannot fit at all the table's text is made smaller, down to ``MIN_SIZE_PT``.

Widths are estimated from a table of advance widths of DejaVu Serif, the widest of the fonts
the documents fall back to, so what fits here fits in Times New Roman too.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Iterable

from commission.exports.blocks import Paragraph, Table
from commission.exports.page import SPECS
from commission.exports.typography import bind

MIN_SIZE_PT = 9.0
_PT_MM = 25.4 / 72
_BOLD = 1.13  # bold text is this much wider
_CELL_PADDING_MM = 2.5  # both sides of a bordered cell, with its borders
_SLACK_MM = 1.0  # rounding, kerning and the renderers' own arithmetic
_DEFAULT_EM = 0.66
# Advance widths in em of DejaVu Serif, grouped by width.
_EM_GROUPS = {
    0.27: "'",
    0.32: "іilj.,",
    0.34: ":;-/",
    0.4: "ІI()ftJ!",
    0.5: '"r_s ',
    0.54: "гғзьz?т",
    0.6: "всхэұүcvxyаеёуәaeбоқөko",
    0.64: "д«»кЗлъя0123456789рцңһbdghnpqu",
    0.7: "ийнпчГҒҰҮLYРТЬPTSFZХXУAV",
    0.77: "БВЕЁBEҺKRАСЭCКЧҚмфыЪ",
    0.84: "DGДЯОӘӨOQЛФU",
    0.88: "wюИЙНПЦҢHN",
    0.95: "жшщ№m%Ы",
    1.05: "—МMW",
    1.2: "ЖШЩЮ",
}
_EM = {char: em for em, chars in _EM_GROUPS.items() for char in chars}
_SPACES = re.compile(r"[ \t\n]+")  # where a line may break; a non-breaking space is not one


def word_width_mm(word: str, size_pt: float, bold: bool = False) -> float:
    em = sum(_EM.get(char, _DEFAULT_EM) for char in word.replace("\u00a0", " "))
    return em * size_pt * _PT_MM * (_BOLD if bold else 1.0)


def _words(paragraph: Paragraph) -> Iterable[tuple[str, bool]]:
    bold = SPECS[paragraph.style].bold
    for run in paragraph.runs:
        for word in _SPACES.split(bind(run.text)):
            if word:
                yield word, run.bold or bold


def _needs(table: Table, scale: float) -> list[float]:
    """The narrowest width of each column, in millimetres, at ``scale`` times the text size."""
    padding = _CELL_PADDING_MM if table.borders else 0.0
    needs = [0.0] * len(table.widths)
    for row in table.rows:
        for column, cell in enumerate(row[: len(needs)]):
            for paragraph in cell:
                size = (table.size_pt or SPECS[paragraph.style].size_pt) * scale
                for word, bold in _words(paragraph):
                    width = word_width_mm(word, size, bold) + padding + _SLACK_MM
                    needs[column] = max(needs[column], width)
    return needs


def _spread(shares: tuple[float, ...], needs: list[float], total: float) -> tuple[float, ...]:
    """``shares`` kept where they hold the words; the missing room taken from the others."""
    widths = [share * total for share in shares]
    short = sum(max(0.0, need - width) for need, width in zip(needs, widths, strict=True))
    if short <= 0:
        return shares
    spare = [max(0.0, width - need) for need, width in zip(needs, widths, strict=True)]
    room = sum(spare)
    result = [
        max(need, width - short * free / room) if room else need
        for need, width, free in zip(needs, widths, spare, strict=True)
    ]
    scale = sum(result)
    return tuple(width / scale for width in result)


def fit_table(table: Table, text_width_mm: float) -> Table:
    """``table`` with widths (and, if need be, a smaller text) that hold its longest words."""
    if not table.rows or not table.widths:
        return table
    total = text_width_mm * sum(table.widths)
    base = table.size_pt or max(
        (SPECS[p.style].size_pt for row in table.rows for cell in row for p in cell), default=12.0
    )
    scale = 1.0
    while True:
        needs = _needs(table, scale)
        if sum(needs) <= total or base * scale - 0.5 < MIN_SIZE_PT:
            break
        scale = (base * scale - 0.5) / base
    shares = _spread(tuple(w / sum(table.widths) for w in table.widths), needs, total)
    shares = tuple(share * sum(table.widths) for share in shares)
    if scale == 1.0:
        return dataclasses.replace(table, widths=shares)
    return dataclasses.replace(table, widths=shares, size_pt=round(base * scale * 2) / 2)
