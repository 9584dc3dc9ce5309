"""The shipped template: A4, the KZ margins of official documents, Times New Roman 14, our
styles, page numbers."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import docx
from docx.shared import Pt

from commission.exports.blocks import Style
from commission.exports.template_builder import build
from commission.exports.templates import default_template


def _summary(path: Path) -> dict[str, Any]:
    document = docx.Document(str(path))
    section: Any = document.sections[0]
    styles = {
        style.name: (style.font.bold, style.font.size, style.paragraph_format.alignment)
        for style in document.styles
        if style.name in set(Style)
    }
    return {
        "page": (round(section.page_width.mm), round(section.page_height.mm)),
        "margins": (
            round(section.left_margin.mm),
            round(section.top_margin.mm),
            round(section.right_margin.mm),
            round(section.bottom_margin.mm),
        ),
        "normal": (document.styles["Normal"].font.name, document.styles["Normal"].font.size),
        "styles": styles,
        "first_page_header": section.different_first_page_header_footer,
        "page_field": 'w:instr="PAGE"' in section.header._element.xml,
    }


def test_shipped_template_page_and_styles() -> None:
    summary = _summary(default_template())
    assert summary["page"] == (210, 297)
    assert summary["margins"] == (30, 20, 15, 20)  # left 30, right 10–15, top and bottom 20
    assert summary["normal"] == ("Times New Roman", Pt(14))
    assert set(summary["styles"]) == {style.value for style in Style}
    assert summary["first_page_header"] is True
    assert summary["page_field"] is True


def test_shipped_template_is_what_the_builder_makes(tmp_path: Path) -> None:
    """The committed binary was made by the builder: rebuilding changes nothing that matters."""
    assert _summary(build(tmp_path / "minutes.docx")) == _summary(default_template())
