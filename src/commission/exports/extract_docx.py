"""An extract of the minutes for one agency, as a Word file ready to send."""

from __future__ import annotations

from commission.documents.minutes import MinutesContext
from commission.exports.docx_render import render_docx
from commission.exports.extract_layout import extract_blocks
from commission.exports.templates import TemplateSource
from commission.exports.wording import Wording


def extract_docx(
    ctx: MinutesContext, agency_id: int, language: str, template: TemplateSource = None
) -> bytes:
    """Only the points addressed to ``agency_id``; raises ``NothingAddressed`` when none are."""
    return render_docx(extract_blocks(ctx, agency_id, Wording(language)), template)
