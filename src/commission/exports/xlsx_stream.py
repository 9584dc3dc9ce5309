"""Excel tables written as a stream, at the pace of openpyxl's own write-only loop.

A register of 100,000 decisions is too big for a normal workbook: every cell becomes an object
and every style assignment looks the style up again. Here rows go straight to the file
(``Workbook(write_only=True)``); each column has a few cells made once — plain text, text kept
from becoming a formula, a date — with a named style set once, and each row only binds values
to them. The header, widths, frozen panes, auto-filter, print titles and landscape A4 of the
earlier tables are kept. Typed text is always stored as text: «=…», «+7 …», «- организовать …»
or «@…» must never become a formula, whether openpyxl or a user editing the cell would take it
for one.

openpyxl's write-only sheet turns each appended value into a fresh cell and looks its style up
again per cell; ``_StreamedSheet`` takes the prepared cells as they are. That leans on two
private names of openpyxl 3.1 (``_values_to_row``, ``_cell_styles``), hence the version bound
in pyproject.toml; the tests read every table back.
"""

from __future__ import annotations

import io
import re
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any

from openpyxl import Workbook
from openpyxl.cell.cell import Cell
from openpyxl.styles import Alignment, Font, NamedStyle, PatternFill
from openpyxl.utils import get_column_letter
from openpyxl.worksheet._write_only import WriteOnlyWorksheet
from openpyxl.worksheet.worksheet import Worksheet

from commission.exports.sanitize import xml_safe
from commission.exports.wording import NBSP, Wording

_FORMULA_STARTS = ("=", "+", "-", "@")
_EXCEL_CELL_LIMIT = 32767  # characters; Excel "repairs" a file with a longer cell
_DATE_FORMAT = "DD.MM.YYYY"
_SHEET_FORBIDDEN = re.compile(r"[\[\]:*?/\\]")
_HEADER = "Commission header"


@dataclass(frozen=True)
class Column:
    """A column of a table: its header (already in the table's language) and width."""

    header: str
    width: float
    centred: bool = False


def columns(pairs: Sequence[tuple[str, float]], w: Wording) -> list[Column]:
    """``(header, width)`` pairs as the columns of a table in ``w``'s language."""
    return [Column(w.text(header), width) for header, width in pairs]


class _PreparedCell(Cell):  # type: ignore[misc]
    """A cell whose style index is known once: openpyxl would look it up for every cell."""

    __slots__ = ("_index",)

    @property
    def style_id(self) -> int:
        return self._index  # type: ignore[no-any-return]


class _StreamedSheet(WriteOnlyWorksheet):  # type: ignore[misc]
    def _values_to_row(self, values: Iterable[Cell | None], row_idx: int) -> Iterator[Cell]:
        for cell in values:
            if cell is not None:
                cell.row = row_idx
                yield cell


class StreamedBook:
    """A write-only workbook of tables; ``save`` once every table is written."""

    def __init__(self, title: str) -> None:
        self._book = Workbook(write_only=True)
        self._book.properties.title = xml_safe(title)
        self._book.properties.creator = "Commission"
        self._styles: set[str] = set()
        self._tables: list[Table] = []

    def table(self, title: str, columns: Sequence[Column], print_title: str) -> Table:
        """A new sheet named ``title`` with the header row of ``columns`` written."""
        sheet = _StreamedSheet(parent=self._book, title=_sheet_title(title))
        self._book._add_sheet(sheet)
        table = Table(self, sheet, columns, print_title)
        self._tables.append(table)
        return table

    def style(self, name: str, alignment: Alignment, number_format: str = "General") -> str:
        """The named style ``name``, registered in the workbook the first time it is asked."""
        if name not in self._styles:
            style = NamedStyle(name, alignment=alignment, number_format=number_format)
            if name == _HEADER:
                style.font = Font(bold=True)
                style.fill = PatternFill("solid", fgColor="D9D9D9")
            self._book.add_named_style(style)
            self._styles.add(name)
        return name

    def cell(self, sheet: WriteOnlyWorksheet, column: int, style: str, quoted: bool) -> Cell:
        cell = _PreparedCell(sheet, column=column)
        cell.style = style
        cell.quotePrefix = quoted
        cell._index = self._book._cell_styles.add(cell._style)
        return cell

    def save(self) -> bytes:
        for table in self._tables:
            table.close()
        out = io.BytesIO()
        self._book.save(out)
        return out.getvalue()


class _ColumnCells:
    """The prepared cells of one column: text, text that looks like a formula, a date."""

    def __init__(self, book: StreamedBook, sheet: WriteOnlyWorksheet, index: int, column: Column):
        horizontal = "center" if column.centred else None
        align = Alignment(wrap_text=True, vertical="top", horizontal=horizontal)
        suffix = " centred" if column.centred else ""
        text = book.style(f"Commission text{suffix}", align)
        dated = book.style(f"Commission date{suffix}", align, _DATE_FORMAT)
        self.text = book.cell(sheet, index, text, quoted=False)
        self.quoted = book.cell(sheet, index, text, quoted=True)
        self.date = book.cell(sheet, index, dated, quoted=False)

    def bind(self, value: Any) -> Cell | None:
        if isinstance(value, str):
            if not value:
                return None
            text = xml_safe(value)
            if NBSP in text:  # no-break spaces keep «№ 3» together on paper; here they
                text = text.replace(NBSP, " ")  # only defeat filters
            if len(text) > _EXCEL_CELL_LIMIT:
                text = text[:_EXCEL_CELL_LIMIT]
            if text.startswith(_FORMULA_STARTS):
                # openpyxl turns «=…» into a formula; Excel re-reads the others on editing.
                self.quoted.value = text
                self.quoted.data_type = "s"
                return self.quoted
            self.text.value = text
            return self.text
        if value is None:
            return None
        cell = self.date if isinstance(value, date) else self.text
        cell.value = value
        return cell


def _sheet_title(text: str) -> str:
    """Excel's rules: at most 31 characters, none of []:*?/\\."""
    return _SHEET_FORBIDDEN.sub(" ", xml_safe(text)).strip()[:31] or "Sheet1"


def _print_setup(sheet: Any, title: str) -> None:
    setup = sheet.page_setup
    setup.orientation = "landscape"
    setup.paperSize = Worksheet.PAPERSIZE_A4
    setup.fitToWidth = 1
    setup.fitToHeight = 0  # as many pages down as needed
    sheet.sheet_properties.pageSetUpPr.fitToPage = True
    sheet.print_title_rows = "1:1"
    sheet.print_options.gridLines = True
    sheet.page_margins.left = sheet.page_margins.right = 0.5
    # Excel's header codes: "&&" is a literal ampersand; "&P" the page number.
    sheet.oddHeader.center.text = xml_safe(title).replace("&", "&&")
    sheet.oddFooter.center.text = "&P"


class Table:
    """One sheet: the header written at once, then ``append`` row by row, then ``close``."""

    def __init__(
        self,
        book: StreamedBook,
        sheet: WriteOnlyWorksheet,
        columns: Sequence[Column],
        print_title: str,
    ) -> None:
        self._sheet = sheet
        self._width = len(columns)
        self.rows = 0
        for index, column in enumerate(columns, start=1):
            sheet.column_dimensions[get_column_letter(index)].width = column.width
        sheet.freeze_panes = "A2"
        _print_setup(sheet, print_title)
        header = Alignment(wrap_text=True, vertical="center", horizontal="center")
        style = book.style(_HEADER, header)
        heads = []
        for index, column in enumerate(columns, start=1):
            cell = book.cell(sheet, index, style, quoted=False)
            cell.value = xml_safe(column.header).replace(NBSP, " ")
            cell.data_type = "s"
            heads.append(cell)
        sheet.append(heads)
        self._columns = [_ColumnCells(book, sheet, i, c) for i, c in enumerate(columns, start=1)]

    def append(self, values: Sequence[Any]) -> None:
        self._sheet.append([c.bind(v) for c, v in zip(self._columns, values, strict=False)])
        self.rows += 1

    def close(self) -> None:
        """The auto-filter over the rows written: part of the sheet's tail, written on save."""
        self._sheet.auto_filter.ref = f"A1:{get_column_letter(self._width)}{self.rows + 1}"
