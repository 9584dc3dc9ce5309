"""How each kind of paragraph looks and how the page is set up, for every output format.

The .docx template's styles are built from ``SPECS``; a user's template without our styles gets
the same look as direct formatting; the PDF's HTML uses the same numbers.
"""

from __future__ import annotations

from dataclasses import dataclass

from commission.exports.blocks import Align, Style

FONT = "Times New Roman"
# What Qt may use where Times New Roman is not installed (Linux: Liberation Serif has its
# metrics, DejaVu Serif is nearly always present).
FONT_FALLBACKS = ("Times New Roman", "Liberation Serif", "Tinos", "DejaVu Serif", "serif")
FONT_SIZE_PT = 14.0

PAGE_WIDTH_MM = 210.0  # A4
PAGE_HEIGHT_MM = 297.0
# Kazakhstan's rules for official documents: left 30 mm (binding), right 10–15 mm, top and
# bottom 20 mm. An akimat's own template may say otherwise; its page set-up then wins.
MARGIN_LEFT_MM = 30.0
MARGIN_RIGHT_MM = 15.0
MARGIN_TOP_MM = 20.0
MARGIN_BOTTOM_MM = 20.0
TEXT_WIDTH_MM = PAGE_WIDTH_MM - MARGIN_LEFT_MM - MARGIN_RIGHT_MM
PARAGRAPH_INDENT_MM = 12.5  # the first-line indent of office documents
# The page number and the draft mark sit in the top margin this far from the paper's edge, as
# Word places a header: never closer than 10 mm, where office printers clip.
HEADER_DISTANCE_MM = 10.0


@dataclass(frozen=True)
class PageSetup:
    """A4 with the office margins, or what an akimat's template sets; all in millimetres."""

    width: float = PAGE_WIDTH_MM
    height: float = PAGE_HEIGHT_MM
    left: float = MARGIN_LEFT_MM
    right: float = MARGIN_RIGHT_MM
    top: float = MARGIN_TOP_MM
    bottom: float = MARGIN_BOTTOM_MM
    header: float = HEADER_DISTANCE_MM

    @property
    def text_width(self) -> float:
        return self.width - self.left - self.right


OFFICE_PAGE = PageSetup()


@dataclass(frozen=True)
class StyleSpec:
    align: Align
    bold: bool = False
    indent_mm: float = 0.0  # first-line indent
    space_before_pt: float = 0.0
    space_after_pt: float = 0.0
    size_pt: float = FONT_SIZE_PT
    keep_with_next: bool = False
    keep_lines: bool = False  # never split over two pages


SPECS: dict[Style, StyleSpec] = {
    Style.TITLE: StyleSpec(Align.CENTER, bold=True, keep_lines=True),
    # Left-aligned: a justified two-line heading spreads its few words over gaps.
    Style.HEADING: StyleSpec(
        Align.LEFT,
        bold=True,
        indent_mm=PARAGRAPH_INDENT_MM,
        space_before_pt=12,
        space_after_pt=6,
        keep_with_next=True,
        keep_lines=True,
    ),
    Style.SECTION: StyleSpec(Align.JUSTIFY, indent_mm=PARAGRAPH_INDENT_MM, space_before_pt=6),
    Style.BODY: StyleSpec(Align.JUSTIFY, indent_mm=PARAGRAPH_INDENT_MM),
    Style.POINT: StyleSpec(Align.JUSTIFY, indent_mm=PARAGRAPH_INDENT_MM),
    Style.PLAIN: StyleSpec(Align.LEFT),
    Style.TABLE: StyleSpec(Align.LEFT, size_pt=12.0),
}
