"""Reading a register saved as CSV: its encoding and its separator found from the text.

Excel saves «CSV UTF-8» with a byte-order mark, plain «CSV» in the Windows code page (cp1251
on a Russian Windows, which has no Kazakh letters: ә, ғ, қ, ң, ө, ұ, ү, һ, і are lost as «?»
before the file reaches us, so the officer is warned), «Unicode text» as UTF-16 with tabs; a
Russian Windows separates by «;», others by «,». Every value stays text: an IIN keeps its
leading zero, a date is read as the cells of a workbook are.
"""

from __future__ import annotations

import codecs
import csv
import io
import re
from pathlib import Path
from typing import Any

from commission.domain.messages import QT_TRANSLATE_NOOP, UserError
from commission.services.import_file import (
    PROGRESS_EVERY,
    Cancelled,
    cancelled_error,
    file_damaged,
)

_SEPARATORS = (";", ",", "\t")
_SAMPLE_LINES = 30
_SEP_LINE = re.compile(r"^sep=(.)\r?\n?$")


def cp1251_warning() -> UserError:
    return UserError(
        QT_TRANSLATE_NOOP(
            "Errors",
            "The file is in the Windows-1251 encoding, which has no Kazakh letters (ә, ғ, қ, ң, "
            "ө, ұ, ү, һ, і): check the names after the import, or save the list again as "
            "«CSV UTF-8».",
        )
    )


def _decode(data: bytes) -> tuple[str, bool]:
    """The text and whether it was read as cp1251."""
    for bom, encoding in (
        (codecs.BOM_UTF8, "utf-8-sig"),
        (codecs.BOM_UTF16_LE, "utf-16"),
        (codecs.BOM_UTF16_BE, "utf-16"),
    ):
        if data.startswith(bom):
            try:
                return data.decode(encoding), False
            except UnicodeDecodeError as exc:
                raise file_damaged() from exc
    try:
        return data.decode("utf-8"), False
    except UnicodeDecodeError:
        pass
    if b"\x00" in data:
        raise file_damaged()
    return data.decode("cp1251"), True  # every byte is some character in cp1251


def separator(lines: list[str]) -> str:
    """The separator that splits the first lines into the same number (above one) of columns
    most often; «;» when nothing does (one column)."""
    best = (0, 0, ";")
    for candidate in _SEPARATORS:
        counts = [len(row) for row in csv.reader(lines, delimiter=candidate)]
        counts = [c for c in counts if c > 1]
        if not counts:
            continue
        common = max(set(counts), key=counts.count)
        score = (counts.count(common), common, candidate)
        if score[:2] > best[:2]:
            best = score
    return best[2]


def read_csv(
    path: Path, cancelled: Cancelled | None, limit: int | None
) -> tuple[list[list[Any]], tuple[UserError, ...]]:
    text, legacy = _decode(path.read_bytes())
    stream = io.StringIO(text, newline="")
    sample = [line for _, line in zip(range(_SAMPLE_LINES), stream, strict=False)]
    stream.seek(0)
    delimiter = separator(sample)
    if sample and (named := _SEP_LINE.match(sample[0])):
        # Excel's own hint on the first line, «sep=;»: the separator, and no row of the list.
        delimiter = named[1]
        rows: list[list[Any]] = [[]]
        stream.readline()
    else:
        rows = []
    try:
        for values in csv.reader(stream, delimiter=delimiter):
            rows.append([v if v.strip() else None for v in values])
            if limit is not None and len(rows) >= limit:
                break
            if cancelled is not None and len(rows) % PROGRESS_EVERY == 0 and cancelled():
                raise cancelled_error()
    except csv.Error as exc:
        raise file_damaged() from exc
    return rows, (cp1251_warning(),) if legacy else ()
