"""Non-breaking spaces where a line must not break: between a surname and its initials.

Secretaries type names as «Дюсенова М. А.», «М. А. Дюсенова» or «М.А. Дюсенова»; a line break
inside such a name («Дюсенова М. | А.») is what an office proof-reader marks first. The
renderers pass every run of text through ``bind``, typed or fixed, so the .docx, the PDF and
the print preview all keep names whole, whoever wrote the text.
"""

from __future__ import annotations

import re

NBSP = "\u00a0"

_UPPER = "A-ZА-ЯЁӘҒҚҢӨҰҮҺІ"
_LOWER = "a-zа-яёәғқңөұүһі"
_CYRILLIC_UPPER = "А-ЯЁӘҒҚҢӨҰҮҺІ"  # Latin capitals would catch the Roman numerals of headings
# «Дюсенова», «Ахмет-Оглы», and a client's masked surname «Б-ов».
_SURNAME = rf"[{_UPPER}](?:[{_LOWER}]+(?:-[{_UPPER}]?[{_LOWER}]+)*|(?:-[{_UPPER}]?[{_LOWER}]+)+)"
# One to three initials, with or without a space between them: «М. А.», «М.А.», «М.».
_INITIALS = rf"[{_CYRILLIC_UPPER}]\.(?:[ {NBSP}]?[{_CYRILLIC_UPPER}]\.){{0,2}}"
_BEFORE = r"(?<![\w.\-])"  # not inside a word or an abbreviation
_AFTER = r"(?![\w])"

_SURNAME_FIRST = re.compile(rf"{_BEFORE}({_SURNAME})[ ]+({_INITIALS}){_AFTER}")
_INITIALS_FIRST = re.compile(rf"{_BEFORE}({_INITIALS})[ ]+({_SURNAME}){_AFTER}")
# «№ 3», «п. 1.2», «пп. 2.2, 3.3»: a number stays with its sign.
_NUMBER_SIGN = re.compile(r"(?<![\w.])(№|пп?\.)[ ](?=\d)")


def _initials(text: str) -> str:
    return text.replace(" ", NBSP)


def bind(text: str) -> str:
    """``text`` with the spaces inside names and after «№» made non-breaking."""
    if " " not in text:
        return text
    text = _SURNAME_FIRST.sub(lambda m: f"{m[1]}{NBSP}{_initials(m[2])}", text)
    text = _INITIALS_FIRST.sub(lambda m: f"{_initials(m[1])}{NBSP}{m[2]}", text)
    return _NUMBER_SIGN.sub(lambda m: f"{m[1]}{NBSP}", text)
