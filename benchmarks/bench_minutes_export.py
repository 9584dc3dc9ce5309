"""Minutes export speed: a sitting with 40 agenda items and 200 decisions.

Run: ``.venv/bin/python benchmarks/bench_minutes_export.py``. Prints a table; asserts nothing.
Goals (issue 3): .docx under 0.5 s and within 1.3x of bare python-docx writing the same
paragraphs, measured in the same run; PDF likewise under 0.5 s.

"Bare python-docx" is the plainest code that writes the same paragraphs, runs and tables
(``add_paragraph(style=…)``, ``add_run``, ``add_table`` + ``cell.text``) on the same template,
without our layout, wording or safety work; our figure includes all of that.
"""

from __future__ import annotations

import io
import os
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import date
from datetime import time as clock

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("COMMISSION_DATA_DIR", tempfile.mkdtemp(prefix="bench-minutes-"))

import docx
from PySide6.QtGui import QGuiApplication

from commission.documents.minutes import (
    AgencyRef,
    AgendaLine,
    Bilingual,
    DecisionLine,
    DecisionRef,
    DiscussionLine,
    MinutesContext,
    PersonLine,
    ProgressLine,
    VoteLine,
)
from commission.domain.deadlines import DeadlineKind, DeadlineRule, Period
from commission.domain.enums import (
    AgendaItemKind,
    DecisionKind,
    MeetingFormat,
    MeetingKind,
    MinutesState,
)
from commission.exports.blocks import Block, Paragraph
from commission.exports.decisions_xlsx import decisions_xlsx
from commission.exports.minutes_docx import minutes_docx
from commission.exports.minutes_layout import minutes_blocks
from commission.exports.minutes_pdf import minutes_pdf
from commission.exports.templates import default_template
from commission.exports.wording import Wording

ITEMS, DECISIONS_PER_ITEM = 40, 5
RULES = (
    DeadlineRule(DeadlineKind.FIXED, fixed_date=date(2026, 4, 10)),
    DeadlineRule(DeadlineKind.CALENDAR_DAYS, days=30),
    DeadlineRule(DeadlineKind.WORKING_DAYS, days=10),
    DeadlineRule(DeadlineKind.PERIODIC, period=Period.QUARTERLY, day_of_month=5),
    DeadlineRule(DeadlineKind.PERMANENT),
)
TEXT = (
    "Отделу полиции (Касымов Е. Б.) совместно с отделом образования (Сагинтаева Л. М.)"
    " организовать профилактические рейды в местах массового досуга молодежи."
)


def person(name: str) -> PersonLine:
    return PersonLine(name, name, name, Bilingual("член комиссии", "комиссия мүшесі"))


def big_meeting() -> MinutesContext:
    police = AgencyRef(1, Bilingual("Отдел полиции"), Bilingual("ОП"), "Касымов Е. Б.")
    items = []
    for number in range(1, ITEMS + 1):
        decisions = tuple(
            DecisionLine(
                id=number * 10 + k,
                number=f"{number}.{k}",
                kind=DecisionKind.INSTRUCTION,
                text=Bilingual(TEXT),
                is_binding=k % 2 == 0,
                lead=police,
                co_executors=(),
                deadline=RULES[k - 1],
                due_dates=(date(2026, 4, 10),),
                report_to_secretary=True,
                vote=VoteLine(9 - k % 3, k % 3, 0, adopted=True),
            )
            for k in range(1, DECISIONS_PER_ITEM + 1)
        )
        progress: tuple[ProgressLine, ...] = ()
        if number == 1:
            ref = DecisionRef(1, "1.1", 2, date(2025, 12, 15))
            progress = tuple(
                ProgressLine(ref, Bilingual(TEXT), police, date(2026, 3, 1), "executed")
                for _ in range(30)
            )
        items.append(
            AgendaLine(
                number=number,
                kind=AgendaItemKind.PROGRESS_REVIEW if number == 1 else AgendaItemKind.OTHER,
                title=Bilingual(f"О вопросе номер {number} повестки дня заседания комиссии"),
                speakers=Bilingual("начальник отдела Касымов Е. Б."),
                heard_speaker=Bilingual("Касымова Е. Б."),
                heard_summary=Bilingual("о состоянии дел (информация прилагается)."),
                discussion=(
                    DiscussionLine(
                        Bilingual("Сейтказинов Б. А."), Bilingual("о мерах профилактики")
                    ),
                ),
                decisions=decisions,
                progress=progress,
            )
        )
    members = tuple(person(f"Членов{i} А. Б.") for i in range(11))
    return MinutesContext(
        meeting_id=1,
        akimat=Bilingual("Акимат района"),
        commission_name=Bilingual("межведомственной комиссии"),
        town=Bilingual("г. Косшы", "Қосшы қ."),
        number=3,
        meeting_date=date(2026, 3, 12),
        start_time=clock(10),
        venue=Bilingual("актовый зал"),
        kind=MeetingKind.REGULAR,
        format=MeetingFormat.IN_PERSON,
        chair=members[0],
        secretary=members[1],
        voting_members_total=11,
        voting_present=9,
        has_quorum=True,
        present=members,
        absent=(),
        invited=(),
        agenda=tuple(items),
        control_assigned_to=Bilingual("секретаря комиссии"),
        minutes_state=MinutesState.FINAL,
    )


def _write_bare(blocks: list[Block], *, by_style_id: bool = False) -> bytes:
    """The same paragraphs, runs and tables written with python-docx's plain API.

    ``by_style_id`` sets each paragraph's style id directly, as our writer does, instead of
    ``add_paragraph(style=name)``, which looks the default style up among all styles each time.
    """
    document = docx.Document(str(default_template()))
    ids = {style.name: style.style_id for style in document.styles}
    for block in blocks:
        if isinstance(block, Paragraph):
            if by_style_id:
                paragraph = document.add_paragraph()
                paragraph._p.get_or_add_pPr().style = ids[block.style.value]
            else:
                paragraph = document.add_paragraph(style=block.style.value)
            for part in block.runs:
                run = paragraph.add_run(part.text)
                run.bold = part.bold or None
        else:
            table = document.add_table(rows=len(block.rows), cols=len(block.widths))
            for tr, row in zip(table.rows, block.rows, strict=True):
                for cell, paragraphs in zip(tr.cells, row, strict=True):
                    cell.text = "\n".join(p.text for p in paragraphs)
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


def median_s(fn: Callable[[], object], repeat: int = 7) -> float:
    fn()  # warm: translation loaded, template cached by the OS
    samples = []
    for _ in range(repeat):
        started = time.perf_counter()
        fn()
        samples.append(time.perf_counter() - started)
    return statistics.median(samples)


def main() -> int:
    app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])
    ctx = big_meeting()
    blocks = minutes_blocks(ctx, Wording("ru")).blocks
    paragraphs = sum(isinstance(b, Paragraph) for b in blocks)
    print(f"{ITEMS} items, {len(ctx.decisions())} decisions -> {paragraphs} paragraphs,")
    print(f"{len(blocks) - paragraphs} tables; median of 7 runs\n")
    figures = [
        ("bare python-docx, add_paragraph(style=name)", median_s(lambda: _write_bare(blocks))),
        (
            "bare python-docx, style ids set directly",
            median_s(lambda: _write_bare(blocks, by_style_id=True)),
        ),
        ("minutes_docx ru (layout + wording + writing)", median_s(lambda: minutes_docx(ctx, "ru"))),
        ("minutes_docx kk", median_s(lambda: minutes_docx(ctx, "kk"))),
        ("minutes_pdf ru (QTextDocument + QPdfWriter)", median_s(lambda: minutes_pdf(ctx, "ru"))),
        ("minutes_pdf kk", median_s(lambda: minutes_pdf(ctx, "kk"))),
        ("decisions_xlsx ru", median_s(lambda: decisions_xlsx(ctx, "ru"))),
    ]
    plain, lean = figures[0][1], figures[1][1]
    print(f"{'what':<52} {'seconds':>8} {'x plain':>8} {'x lean':>7}")
    for what, seconds in figures:
        ratios = f"{seconds / plain:>8.2f} {seconds / lean:>7.2f}" if "docx" in what else ""
        print(f"{what:<52} {seconds:>8.3f} {ratios}")
    del app
    return 0


if __name__ == "__main__":
    code = main()
    sys.stdout.flush()
    # PySide6 6.12 on Python 3.11 drops a reference to None on every call of a method that
    # returns nothing; after thousands of PDF pages the interpreter's final clean-up aborts
    # ("deallocating None"). The figures are printed: leave without that clean-up.
    os._exit(code)
