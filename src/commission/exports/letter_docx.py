"""The request for execution information (запрос об исполнении) to one agency, as a Word file.

Model: «Request for execution information» in ``/work/shared/samples/extract-and-letter-ru.md``:
the outgoing number and date, the addressee (the agency's head), a reminder, a table of the
agency's items due soon or overdue with their state in words («истекает через 4 рабочих дня»,
«просрочено на 5 рабочих дней»), the date to reply by and the secretary's signature.
"""

from __future__ import annotations

import re

from commission.documents.letter import LetterContext, LetterItem
from commission.domain import declension, kazakh
from commission.domain.control import ComputedState
from commission.domain.declension import Case
from commission.domain.kazakh import KkCase
from commission.exports import catalog
from commission.exports.blocks import (
    Align,
    DocumentBlocks,
    Paragraph,
    Style,
    Table,
    blank_line,
    bold,
    para,
)
from commission.exports.docx_render import render_docx
from commission.exports.minutes_layout import signature_table
from commission.exports.templates import TemplateSource
from commission.exports.wording import Wording

_WIDTHS = (0.06, 0.18, 0.36, 0.18, 0.22)  # the due date fits on one line
_HEADERS = (
    catalog.COL_NUMBER,
    catalog.COL_MINUTES_POINT,
    catalog.COL_INSTRUCTION,
    catalog.COL_DUE_DATE,
    catalog.COL_STATE,
)

Cell = tuple[Paragraph, ...]
# «КГУ «Центр занятости…»», «ОО «Шанс»», «“Береке” ЖШС»: a name Russian does not decline.
_INDECLINABLE = re.compile(r"^(?:[«“\"]|[A-ZА-ЯЁӘҒҚҢӨҰҮҺІ]{2,}\b)")


def plural_key(n: int) -> str:
    """The Russian plural form of ``n``: one (1, 21), few (2–4, 22–24), many (the rest)."""
    n = abs(n)
    if n % 10 == 1 and n % 100 != 11:
        return "one"
    if 2 <= n % 10 <= 4 and not 12 <= n % 100 <= 14:
        return "few"
    return "many"


def state_words(item: LetterItem, w: Wording) -> str:
    """«истекает через 4 рабочих дня», «истекает сегодня», «просрочено на 5 рабочих дней»;
    in Kazakh «4 жұмыс күнінен кейін аяқталады» — the count's case set by the translation."""
    n = item.working_days
    if item.state is ComputedState.OVERDUE or n < 0:
        if n >= 0:  # due on a day off just passed: overdue, but not by a working day yet
            return w.state(ComputedState.OVERDUE.value)
        days = w.counted(-n, "working_day")
        return w.text(catalog.OVERDUE_BY[plural_key(-n)], context="DocumentOverdueBy", n=days)
    if n <= 0:
        return w.text(catalog.DUE_TODAY)
    days = w.counted(n, "working_day")
    return w.text(catalog.DUE_IN[plural_key(n)], context="DocumentDueIn", n=days)


def _capitalised(text: str) -> str:
    return text[:1].upper() + text[1:]


def addressee(ctx: LetterContext, w: Wording) -> list[str]:
    """The lines of the addressee block, right-aligned at the top of the letter.

    Russian puts the head's recorded position and name in the dative («Начальнику отдела
    полиции Целиноградского района» / «Касымову Е. Б.»). With no position recorded, an agency
    whose name does not decline follows «Руководителю» («Руководителю КГУ «Центр занятости…»»);
    any other stands in the nominative above «Руководителю» (the agency, then the official).
    Kazakh keeps the position in the nominative and gives the dative to the name that follows
    («… бастығы» / «Е. Б. Қасымовқа»), or to the position when no name is recorded.
    """
    lang = w.language
    agency = ctx.agency_name.get(lang).strip()
    position = ctx.head_position.get(lang).strip() if ctx.head_position.has(lang) else ""
    name = (ctx.head_name or "").strip()
    if lang != "ru":
        head = position or w.text(catalog.LETTER_TO, agency=agency)
        if not name:
            return [_capitalised(kazakh.with_ending(head, KkCase.DATIVE))]
        return [_capitalised(head), kazakh.name_with_ending(w.person(name), KkCase.DATIVE)]
    forms = ctx.name_forms
    lines: list[str] = []
    if position:
        lines.append(_capitalised(declension.decline_position(position, Case.DATIVE, forms)))
    elif _INDECLINABLE.match(agency):
        lines.append(w.text(catalog.LETTER_TO, agency=agency))
    else:
        lines += [agency, w.text(catalog.LETTER_HEAD)]
    if name:
        lines.append(w.person(declension.decline_name(name, Case.DATIVE, ctx.head_sex, forms)))
    return lines


def executor_line(ctx: LetterContext, w: Wording) -> str | None:
    """«Исп.: Нурланова А. Е., тел. 8 (71651) 3-12-45», at the foot of the letter."""
    if not ctx.executor:
        return None
    name = w.person(ctx.executor)
    if ctx.executor_phone:
        return w.text(catalog.LETTER_EXECUTOR_PHONE, name=name, phone=ctx.executor_phone)
    return w.text(catalog.LETTER_EXECUTOR, name=name)


def letter_blocks(ctx: LetterContext, w: Wording) -> DocumentBlocks:
    lang = w.language
    title = w.text(catalog.LETTER_TITLE)
    agency = ctx.agency_name.get(lang)
    doc = DocumentBlocks(title=f"{title} — {agency}", language=lang)
    number = ctx.number or "____"
    doc.add(
        para(
            w.text(catalog.LETTER_NUMBER, number=number, date=w.date_numeric(ctx.today)),
            style=Style.PLAIN,
        )
    )
    doc.add(blank_line())
    for line in addressee(ctx, w):
        doc.add(para(line, style=Style.PLAIN, align=Align.RIGHT))
    doc.add(blank_line())
    doc.add(para(w.text(catalog.LETTER_BODY, commission=ctx.commission_name.get(lang))))
    doc.add(items_table(ctx, w))
    doc.add(blank_line())
    doc.add(para(w.text(catalog.LETTER_REPLY_BY, date=w.date_until(ctx.reply_by))))
    doc.add(signature_table([(w.text(catalog.SECRETARY), ctx.secretary or "")]))
    executor = executor_line(ctx, w)
    if executor:
        doc.add(blank_line())
        doc.add(para(executor, style=Style.PLAIN))
    return doc


def _cell(text: str, align: Align | None = None) -> Cell:
    return (para(text, style=Style.TABLE, align=align),)


def items_table(ctx: LetterContext, w: Wording) -> Table:
    header = tuple(
        (para(bold(w.text(source)), style=Style.TABLE, align=Align.CENTER),) for source in _HEADERS
    )
    rows: list[tuple[Cell, ...]] = [header]
    for index, item in enumerate(ctx.items, start=1):
        ref = w.text(
            catalog.MINUTES_POINT_REF,
            number=item.meeting_number,
            date=w.date_numeric(item.meeting_date),
            point=item.number,
        )
        rows.append(
            (
                _cell(str(index), Align.CENTER),
                _cell(ref),
                _cell(item.text.get(w.language).strip()),
                _cell(w.date_numeric(item.due_date), Align.CENTER),
                _cell(state_words(item, w)),
            )
        )
    return Table(rows=tuple(rows), widths=_WIDTHS, borders=True, header_rows=1, space_before=True)


def letter_docx(ctx: LetterContext, language: str, template: TemplateSource = None) -> bytes:
    """The .docx bytes; ``template`` is an akimat's own (settings ``template_path``) or ours."""
    return render_docx(letter_blocks(ctx, Wording(language)), template)
