"""What the decision documents print from a sitting recorded through the services: the term
the control follows when the typed date is a day off, «Обязательное» only for points that
oblige someone, and the minutes' number with its year in the control register.

The sitting is the one of ``test_decisions`` (12 March 2026, the 2026 calendar); every document
is written and read back as a user would open it.
"""

from __future__ import annotations

import io
from datetime import date, datetime

import pytest
from openpyxl import load_workbook

from commission.db.engine import Database
from commission.domain.deadlines import DeadlineKind, DeadlineRule
from commission.domain.enums import DecisionKind
from commission.exports import catalog
from commission.exports.control_register_xlsx import control_register_xlsx
from commission.exports.decisions_xlsx import decisions_xlsx
from commission.exports.extract_docx import extract_docx
from commission.exports.minutes_docx import minutes_docx
from commission.exports.wording import NBSP, Wording
from commission.services import agenda, control_registers, decisions, minutes
from commission.services.context import Actor
from commission.services.decisions import DecisionData
from tests.exports.conftest import docx_lines
from tests.test_decisions import Sitting, held, instruction, make_sitting, new_item, note

SATURDAY = date(2026, 3, 14)  # the control follows Monday 16 March
NAURYZ_SUNDAY = date(2026, 3, 22)  # 21–25 March are days off: the control follows 26 March
TODAY = date(2026, 3, 13)


def _fixed(day: date) -> DeadlineRule:
    return DeadlineRule(DeadlineKind.FIXED, fixed_date=day)


@pytest.fixture
def sitting(db: Database, admin: Actor) -> Sitting:
    s = make_sitting(db, admin)
    item = new_item(db, s.secretary, s.meeting_id, "О профилактике правонарушений")
    decisions.add_decision(db, s.secretary, item, note())
    decisions.add_decision(
        db,
        s.secretary,
        item,
        instruction(s.police, _fixed(SATURDAY)),
    )
    decisions.add_decision(
        db,
        s.secretary,
        item,
        DecisionData(
            kind=DecisionKind.INSTRUCTION,
            text="Провести проверку по месту жительства.",
            lead_agency_id=s.police,
            deadline=_fixed(NAURYZ_SUNDAY),
        ),
    )
    return s


def _stored_dates(db: Database, s: Sitting) -> list[list[date]]:
    item_views = decisions.list_decisions(db, s.secretary, _item_id(db, s))
    return [list(view.due_dates) for view in item_views]


def _item_id(db: Database, s: Sitting) -> int:
    return agenda.list_items(db, s.secretary, s.meeting_id)[0].id


def _until(w: Wording, day: date) -> str:
    return w.date_until(day).replace(NBSP, " ")  # as the documents are read back


@pytest.mark.parametrize("language", ["ru", "kk"])
def test_documents_print_the_working_day_the_control_follows(
    db: Database, sitting: Sitting, language: str
) -> None:
    # The control follows the next working day; the register knows only that date.
    assert _stored_dates(db, sitting) == [[], [date(2026, 3, 16)], [date(2026, 3, 26)]]
    w = Wording(language)
    ctx = minutes.minutes_context(db, sitting.secretary, sitting.meeting_id)
    expected = [_until(w, date(2026, 3, 16)), _until(w, date(2026, 3, 26))]
    typed = [_until(w, SATURDAY), _until(w, NAURYZ_SUNDAY)]
    for name, data in (
        ("minutes", minutes_docx(ctx, language)),
        ("extract", extract_docx(ctx, sitting.police, language)),
    ):
        text = "\n".join(docx_lines(data))
        for until in expected:
            assert until in text, (name, until)
        for until in typed:
            assert until not in text, (name, until)
    sheet = load_workbook(io.BytesIO(decisions_xlsx(ctx, language))).active
    assert sheet is not None
    rows = list(sheet.iter_rows(min_row=2, values_only=True))
    assert [row[6] for row in rows] == [None, *expected]
    assert [row[7] for row in rows] == [None, datetime(2026, 3, 16), datetime(2026, 3, 26)]


@pytest.mark.parametrize("language", ["ru", "kk"])
def test_binding_only_for_points_that_oblige_someone(
    db: Database, sitting: Sitting, language: str
) -> None:
    w = Wording(language)
    ctx = minutes.minutes_context(db, sitting.secretary, sitting.meeting_id)
    assert ctx.decisions()[0].is_binding  # the commission's default, even for a note
    sheet = load_workbook(io.BytesIO(decisions_xlsx(ctx, language))).active
    assert sheet is not None
    binding = [row[3] for row in sheet.iter_rows(min_row=2, values_only=True)]
    assert binding == [w.text(catalog.NO), w.text(catalog.YES), w.text(catalog.YES)]


def test_control_register_numbers_the_minutes_with_their_year(
    db: Database, sitting: Sitting
) -> None:
    held(db, sitting.meeting_id)  # the register lists the decisions of sittings held
    rows = control_registers.register_rows(db, sitting.secretary, TODAY, language="ru")
    data = control_register_xlsx(rows, [], TODAY, 2026, "ru")
    sheet = load_workbook(io.BytesIO(data)).worksheets[0]
    header = [cell.value for cell in sheet[1]]
    number, due = header.index("№ протокола"), header.index("Срок")
    binding = header.index("Обязательное")
    values = list(sheet.iter_rows(min_row=2, values_only=True))
    assert [row[number] for row in values] == ["1/2026"] * 3
    assert sheet.cell(row=2, column=number + 1).data_type == "s"
    # By due date, the note (no term) last: it is on the register but obliges no one.
    assert [row[due] for row in values] == [datetime(2026, 3, 16), datetime(2026, 3, 26), None]
    assert [row[binding] for row in values] == ["да", "да", "нет"]
