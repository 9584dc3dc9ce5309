"""An extract of the minutes for one agency: only the points addressed to it.

Model: «Extract» in ``/work/shared/samples/extract-and-letter-ru.md``. No votes and no other
agencies' points; where to report is said once, at the end.
"""

from __future__ import annotations

from commission.documents.minutes import MinutesContext
from commission.domain.messages import QT_TRANSLATE_NOOP, UserError
from commission.exports import catalog, draft, items_layout
from commission.exports.blocks import DocumentBlocks, Style, bold, para
from commission.exports.minutes_layout import signature_table
from commission.exports.wording import Wording


class NothingAddressed(UserError):
    """The agency has no point in these minutes: an extract would be empty."""


def extract_blocks(ctx: MinutesContext, agency_id: int, w: Wording) -> DocumentBlocks:
    items = ctx.for_agency(agency_id)
    if not items:
        raise NothingAddressed(
            QT_TRANSLATE_NOOP(
                "Errors", "No point of the minutes No. {number} is addressed to this agency."
            ),
            number=ctx.number,
        )
    w = w.with_phrases(ctx.phrases)  # the phrase book as the administrator edited it
    lang = w.language
    title = w.text(
        catalog.EXTRACT_TITLE,
        number=ctx.number,
        commission=ctx.commission_name.get(lang),
        date=w.date_of(ctx.meeting_date),
    )
    agency = ctx.agency(agency_id)
    name = f" — {agency.short_name.get(lang)}" if agency is not None else ""
    doc = DocumentBlocks(
        title=title.replace("\n", " ") + name, language=lang, mark=draft.draft_mark(ctx, w)
    )
    for line in title.split("\n"):
        doc.add(para(bold(line), style=Style.TITLE, keep_with_next=True))
    for item in items:
        doc.add(items_layout.heading(item, w))
        for block in items_layout.decided(item.decisions, w, votes=False, report_lines=False):
            doc.add(block)
    if any(d.report_to_secretary for item in items for d in item.decisions):
        doc.add(para(w.text(catalog.REPORT_TO_SECRETARY), style=Style.SECTION))
    secretary = ctx.secretary.signature_name if ctx.secretary is not None else ""
    doc.add(signature_table([(w.text(catalog.EXTRACT_CERTIFIED), secretary)]))
    return doc
