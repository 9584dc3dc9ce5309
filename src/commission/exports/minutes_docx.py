"""The minutes as a Word file, in Russian or Kazakh, from one record."""

from __future__ import annotations

from commission.documents.minutes import MinutesContext
from commission.exports.docx_render import render_docx
from commission.exports.minutes_layout import minutes_blocks
from commission.exports.templates import TemplateSource
from commission.exports.wording import Wording


def minutes_docx(ctx: MinutesContext, language: str, template: TemplateSource = None) -> bytes:
    """The .docx bytes; ``template`` is an akimat's own (settings ``template_path``) or ours."""
    return render_docx(minutes_blocks(ctx, Wording(language)), template)
