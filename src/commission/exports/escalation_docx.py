"""The upper rungs of the escalation ladder as Word files: the letter to an agency's head and the
submission to the akim, both signed by the chair.

They follow the reminder letter (``letter_docx``): the outgoing number and date, the addressee,
the same table of the decisions with their state in words; the letter to the head cites the
reminder's number and date, the submission cites the letter to the head. A reminder is written
by ``letter_docx`` itself; ``ladder_letter_docx`` picks the writer by the letter's kind.
"""

from __future__ import annotations

from commission.documents.letter import LetterContext
from commission.domain.enums import LadderStep
from commission.domain.messages import QT_TRANSLATE_NOOP
from commission.exports import catalog
from commission.exports.blocks import Align, DocumentBlocks, Style, blank_line, bold, para
from commission.exports.docx_render import render_docx
from commission.exports.letter_docx import addressee, executor_line, items_table, letter_docx
from commission.exports.minutes_layout import signature_table
from commission.exports.templates import TemplateSource
from commission.exports.wording import Wording

HEAD_TITLE = QT_TRANSLATE_NOOP("Document", "On improper execution of the commission's decisions")
HEAD_BODY = QT_TRANSLATE_NOOP(
    "Document",
    "By letter No. {number} of {date} the secretariat of the {commission} reminded your "
    "institution of the following decisions of the commission and asked for information on "
    "their execution. The decisions have not been properly executed:",
)
HEAD_DEMAND = QT_TRANSLATE_NOOP(
    "Document",
    "Please take measures to execute them, consider the responsibility of the officials at "
    "fault and inform the commission of the results by {date}.",
)
AKIM_TITLE = QT_TRANSLATE_NOOP(
    "Document", "Submission on improper execution of the commission's decisions"
)
# Above it the akimat's name in the nominative: the addressee is its akim.
AKIM_TO = QT_TRANSLATE_NOOP("Document", "To the akim")
AKIM_BODY = QT_TRANSLATE_NOOP(
    "Document",
    "The following decisions of the {commission}, whose executor is {agency}, have not been "
    "properly executed, although the agency was reminded of them and letter No. {number} of "
    "{date} was sent to its head:",
)
AKIM_ASK = QT_TRANSLATE_NOOP(
    "Document",
    "Please consider the responsibility of the head of {agency} for failing to execute the "
    "commission's decisions.",
)
NO_NUMBER = "____"


def _cited(ctx: LetterContext, w: Wording) -> dict[str, str]:
    if ctx.cites is None:
        return {"number": NO_NUMBER, "date": NO_NUMBER}
    number, day = ctx.cites
    return {"number": number, "date": w.date_numeric(day)}


def escalation_blocks(ctx: LetterContext, w: Wording) -> DocumentBlocks:
    lang = w.language
    head = ctx.kind is LadderStep.HEAD_LETTER
    title = w.text(HEAD_TITLE if head else AKIM_TITLE)
    agency = ctx.agency_name.get(lang)
    doc = DocumentBlocks(title=f"{title} — {agency}", language=lang)
    number = ctx.number or NO_NUMBER
    doc.add(
        para(
            w.text(catalog.LETTER_NUMBER, number=number, date=w.date_numeric(ctx.today)),
            style=Style.PLAIN,
        )
    )
    doc.add(blank_line())
    lines = addressee(ctx, w) if head else [ctx.akimat.get(lang), w.text(AKIM_TO)]
    for line in lines:
        if line.strip():
            doc.add(para(line, style=Style.PLAIN, align=Align.RIGHT))
    doc.add(blank_line())
    doc.add(para(bold(title), style=Style.PLAIN, align=Align.CENTER))
    commission = ctx.commission_name.get(lang)
    cited = _cited(ctx, w)
    if head:
        doc.add(para(w.text(HEAD_BODY, commission=commission, **cited)))
    else:
        doc.add(para(w.text(AKIM_BODY, commission=commission, agency=agency, **cited)))
    doc.add(items_table(ctx, w))
    doc.add(blank_line())
    if head:
        doc.add(para(w.text(HEAD_DEMAND, date=w.date_until(ctx.reply_by))))
    else:
        doc.add(para(w.text(AKIM_ASK, agency=agency)))
    doc.add(signature_table([(w.text(catalog.CHAIR), ctx.signer or "")]))
    executor = executor_line(ctx, w)
    if executor:
        doc.add(blank_line())
        doc.add(para(executor, style=Style.PLAIN))
    return doc


def ladder_letter_docx(ctx: LetterContext, language: str, template: TemplateSource = None) -> bytes:
    """The .docx bytes of any letter of the outgoing register, by its kind."""
    if ctx.kind is LadderStep.REMINDER:
        return letter_docx(ctx, language, template)
    return render_docx(escalation_blocks(ctx, Wording(language)), template)
