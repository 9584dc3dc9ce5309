"""The merged cells of an OpenDocument spreadsheet, which calamine does not report.

A merged cell is a ``table:table-cell`` with ``number-rows-spanned`` / ``number-columns-spanned``;
rows and cells may stand for several (``number-rows-repeated``, ``number-columns-repeated``,
a million empty rows at the end of a sheet), so positions are counted, never expanded. The
XML is read as a stream: a long register is not held as a tree.
"""

from __future__ import annotations

import zipfile
from pathlib import Path
from xml.etree.ElementTree import iterparse

_TABLE = "{urn:oasis:names:tc:opendocument:xmlns:table:1.0}"
_SHEET = _TABLE + "table"
_ROW = _TABLE + "table-row"
_CELLS = frozenset({_TABLE + "table-cell", _TABLE + "covered-table-cell"})


def _count(element: object, name: str) -> int:
    value = element.get(_TABLE + name)  # type: ignore[attr-defined]
    return int(value) if value else 1


def ods_merges(path: Path, sheet_name: str) -> list[tuple[int, int, int, int]]:
    """(first row, first column, last row, last column), 0-based, of the named sheet."""
    found: list[tuple[int, int, int, int]] = []
    inside = False
    row = column = 0
    with zipfile.ZipFile(path) as archive, archive.open("content.xml") as stream:
        for event, element in iterparse(stream, events=("start", "end")):
            tag = element.tag
            if tag == _SHEET:
                if event == "start":
                    inside = element.get(_TABLE + "name") == sheet_name
                elif inside:
                    break
                continue
            if not inside:
                continue
            if tag == _ROW:
                if event == "start":
                    column = 0
                else:
                    row += _count(element, "number-rows-repeated")
                    element.clear()
            elif tag in _CELLS and event == "start":
                rows = _count(element, "number-rows-spanned")
                columns = _count(element, "number-columns-spanned")
                if rows > 1 or columns > 1:
                    found.append((row, column, row + rows - 1, column + columns - 1))
                column += _count(element, "number-columns-repeated")
    return found
