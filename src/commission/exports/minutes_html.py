"""The minutes as HTML for Qt's rich text: the PDF export and the print preview share it."""

from __future__ import annotations

from commission.documents.minutes import MinutesContext
from commission.exports.html_render import render_html
from commission.exports.minutes_layout import minutes_blocks
from commission.exports.wording import Wording


def minutes_html(ctx: MinutesContext, language: str, dpi: float = 96.0) -> str:
    """The same content as ``minutes_docx``; ``dpi`` is the resolution it will be laid out at."""
    return render_html(minutes_blocks(ctx, Wording(language)), dpi)
