"""Text as a document file can hold it.

Text pasted from Word brings characters that XML 1.0 forbids: ``\\x0b`` (Word's manual line
break), ``\\x0c`` (page break), ``\\x01`` (a field marker) and other control characters. lxml
refuses them, so python-docx and openpyxl would raise in the middle of an export; every writer
passes typed text through ``xml_safe`` first.
"""

from __future__ import annotations

import re

# Word's line and page breaks keep their meaning as a line break.
_BREAKS = re.compile("[\x0b\x0c\u2028\u2029]|\r\n?")
# What XML 1.0 cannot hold: C0 controls except tab and newline, lone surrogates, U+FFFE/U+FFFF.
_FORBIDDEN = re.compile("[\x00-\x08\x0e-\x1f\x7f\ud800-\udfff\ufffe\uffff]")


def xml_safe(text: str) -> str:
    """``text`` with line breaks normalised to ``\\n`` and forbidden characters removed."""
    if text.isprintable():  # the common case: nothing to clean, no regex work
        return text
    return _FORBIDDEN.sub("", _BREAKS.sub("\n", text))
