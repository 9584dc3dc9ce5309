"""A document as a list of paragraphs and tables, before it becomes .docx or HTML.

The layout modules decide *what* the minutes say and in which order; the renderers
(``docx_render``, ``html_render``) only decide how each kind of paragraph looks. So the Word file,
the PDF and the print preview can never drift apart.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum


class Style(StrEnum):
    """Paragraph kinds; the values are the paragraph style names in the .docx template."""

    TITLE = "Commission Title"  # centred, bold: ПРОТОКОЛ, the commission's name
    HEADING = "Commission Heading"  # bold item heading «I. …», kept with what follows
    SECTION = "Commission Section"  # a paragraph opening a part: Председательствовал, СЛУШАЛИ
    BODY = "Commission Body"  # justified text with the first-line indent
    POINT = "Commission Point"  # a decision point «2.1. …» and its term lines
    PLAIN = "Commission Plain"  # no indent: header lines, place and date, signatures
    TABLE = "Commission Table"  # smaller text inside bordered tables


class Align(StrEnum):
    LEFT = "left"
    CENTER = "center"
    RIGHT = "right"
    JUSTIFY = "justify"


@dataclass(frozen=True, slots=True)
class Run:
    text: str
    bold: bool = False
    italic: bool = False


@dataclass(frozen=True, slots=True)
class Paragraph:
    runs: tuple[Run, ...]
    style: Style = Style.BODY
    align: Align | None = None  # None: the style's alignment
    keep_with_next: bool = False
    page_break_before: bool = False

    @property
    def text(self) -> str:
        return "".join(run.text for run in self.runs)


@dataclass(frozen=True, slots=True)
class Table:
    """Rows of cells, each cell a tuple of paragraphs; ``widths`` are shares of the text width."""

    rows: tuple[tuple[tuple[Paragraph, ...], ...], ...]
    widths: tuple[float, ...]
    borders: bool = False
    header_rows: int = 0  # repeated at the top of each page
    space_before: bool = False  # a blank line above, as before the signatures
    keep_together: bool = False  # on one page, as the signatures are
    size_pt: float | None = None  # the text's size when the renderer shrank it to fit words


Block = Paragraph | Table


@dataclass
class DocumentBlocks:
    """A whole document: its blocks and the title for the file's properties.

    ``mark`` is printed at the top of every page («ПРОЕКТ» on minutes that are not final).
    """

    title: str
    language: str
    blocks: list[Block] = field(default_factory=list)
    mark: str = ""

    def add(self, block: Block) -> None:
        self.blocks.append(block)


def para(
    *parts: str | Run,
    style: Style = Style.BODY,
    align: Align | None = None,
    keep_with_next: bool = False,
    page_break_before: bool = False,
) -> Paragraph:
    """A paragraph from plain strings and runs: ``para(Run("СЛУШАЛИ:", bold=True), " …")``."""
    runs = tuple(Run(p) if isinstance(p, str) else p for p in parts if p)
    return Paragraph(runs, style, align, keep_with_next, page_break_before)


def bold(text: str) -> Run:
    return Run(text, bold=True)


def blank_line() -> Paragraph:
    """An empty line, as a secretary leaves one between the header's parts."""
    return Paragraph((), Style.PLAIN)
