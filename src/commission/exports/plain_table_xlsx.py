"""A list as the screen shows it, saved as an Excel table: the headers and the texts already
in the interface's language (the audit trail's entries as the administrator reads them)."""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from commission.exports.xlsx_stream import Column, StreamedBook


def plain_table_xlsx(
    title: str, sheet: str, headers: Sequence[tuple[str, float]], rows: Iterable[Sequence[object]]
) -> bytes:
    """One sheet named ``sheet`` under ``title``: ``headers`` as (text, width in characters),
    then ``rows``, streamed (the trail of years has hundreds of thousands of entries)."""
    book = StreamedBook(title)
    table = book.table(sheet, [Column(text, width) for text, width in headers], title)
    for row in rows:
        table.append(list(row))
    return book.save()
