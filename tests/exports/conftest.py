"""Fixtures of the export tests: the sample sitting and readers of the produced files."""

from __future__ import annotations

import io

import docx
import pytest
from docx.text.paragraph import Paragraph

from commission.documents.minutes import MinutesContext
from tests.exports.sample import make_context

NBSP = "\u00a0"


@pytest.fixture
def ctx() -> MinutesContext:
    return make_context()


def docx_lines(data: bytes) -> list[str]:
    """The body of a .docx in order: a paragraph per line, a table row as «a | b»."""
    document = docx.Document(io.BytesIO(data))
    lines = []
    for block in document.iter_inner_content():
        if isinstance(block, Paragraph):
            lines.append(block.text.replace(NBSP, " "))
        else:
            for row in block.rows:
                cells = (cell.text.replace(NBSP, " ").replace("\n", " / ") for cell in row.cells)
                lines.append(" | ".join(cells))
    return lines


def index_of(lines: list[str], start: str, after: int = -1) -> int:
    """The first line after ``after`` that starts with ``start``."""
    for index in range(after + 1, len(lines)):
        if lines[index].startswith(start):
            return index
    raise AssertionError(f"no line starting with {start!r} after line {after}: {lines}")
