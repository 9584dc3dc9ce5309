"""Text as the user meant it, whichever way it came in: typed, pasted from Word, or read from
an Excel list.

Excel keeps a control character of a cell as an escape, ``_x0007_`` (``_xHHHH_``, four hex
digits), and openpyxl hands that escape over as it is; a list's bell or carriage return would
otherwise reach the register and the documents as «_x0007_». One function decodes the escapes
and then drops what no document can hold, for the import and for every service alike.
"""

from __future__ import annotations

import re

# Characters Word pastes that XML (hence .docx/.xlsx) cannot hold: C0 controls but tab,
# newline and carriage return. Vertical tab (Word's manual line break) becomes a newline.
# Lone surrogates (a broken emoji from the clipboard) cannot even be encoded to UTF-8.
_CONTROL = re.compile("[\x00-\x08\x0c\x0e-\x1f\x7f\ud800-\udfff\ufffe\uffff]")
_EXCEL_ESCAPE = re.compile(r"_x([0-9A-Fa-f]{4})_")
# What a spreadsheet takes for the start of a formula (Excel re-reads «+», «-» and «@» too).
FORMULA_STARTS = ("=", "+", "-", "@")


def decode_excel_escapes(text: str) -> str:
    """``Иванов_x0007_Иван`` → ``Иванов\\x07Иван``: the character Excel escaped."""
    if "_x" not in text:  # the common case: no regex work
        return text
    return _EXCEL_ESCAPE.sub(lambda match: chr(int(match[1], 16)), text)


def clean_text(value: str | None, *, multiline: bool = True) -> str | None:
    """Text as the user meant it: Excel's escapes decoded, no control characters, trimmed;
    empty becomes ``None``. A single line also has its runs of spaces (and no-break spaces)
    made one space."""
    if value is None:
        return None
    text = decode_excel_escapes(value)
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\x0b", "\n")
    text = text.replace("\u00a0", " ") if not multiline else text
    text = _CONTROL.sub("", text)
    if not multiline:
        text = " ".join(text.split())
    else:
        text = "\n".join(line.rstrip() for line in text.split("\n")).strip()
    return text or None


def looks_like_formula(text: str | None) -> bool:
    """Whether a spreadsheet would take ``text`` for a formula («=СУММ(A1:A3)», «+7…»)."""
    return text is not None and text.startswith(FORMULA_STARTS)
