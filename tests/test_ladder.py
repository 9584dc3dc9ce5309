"""Graded execution and the escalation ladder, on both engines: a final report graded below
«executed» needs a reason, a formal reply reopens the point like a return for rework (the stored
state stays right), the grades enter the agency's discipline score; an overdue decision climbs
the ladder one step at a time — a reminder, a letter to the head citing the reminder's number
and date, the question on the next planned agenda, a submission to the akim — each numbered in
the outgoing register, linked to the decision, audited, and written as .docx in ru and kk."""

from __future__ import annotations

import io
from datetime import date

import openpyxl
import pytest
from argon2 import PasswordHasher
from docx import Document
from sqlalchemy import select

from commission.db.engine import Database
from commission.db.models import (
    AgendaItem,
    AuditEntry,
    Commission,
    ControlPoint,
    ControlStep,
    Member,
)
from commission.domain.discipline import DisciplineCounts, discipline_score, next_step
from commission.domain.enums import (
    ControlPointState,
    ControlState,
    ExecutionGrade,
    LadderStep,
    MemberRole,
    ReportAssessment,
    ReportKind,
)
from commission.exports.escalation_docx import ladder_letter_docx
from commission.exports.outgoing_register_xlsx import outgoing_register_xlsx
from commission.services import auth, control, control_registers, control_state, ladder
from commission.services import outgoing_register as register
from commission.services.control import ReportData
from commission.services.errors import InvalidInput
from tests.test_overview import FRIDAY, World, build


@pytest.fixture(autouse=True)
def _cheap_password_hashing(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(auth, "_hasher", PasswordHasher(time_cost=1, memory_cost=1024))


@pytest.fixture
def world(db: Database) -> World:
    world = build(db)
    with db.transaction() as session:
        commission = session.scalars(select(Commission)).one()
        for name, role in (
            ("Нурланова Айгуль Ерлановна", MemberRole.SECRETARY),
            ("Ахметов Серик Болатович", MemberRole.CHAIR),
        ):
            session.add(
                Member(
                    commission_id=commission.id,
                    full_name=name,
                    position_ru="аким района" if role is MemberRole.CHAIR else "специалист",
                    role=role,
                    valid_from=date(2025, 1, 1),
                )
            )
    return world


def _point(db: Database, decision_id: int) -> int:
    with db.reading() as session:
        found = session.scalar(
            select(ControlPoint.id).where(ControlPoint.decision_id == decision_id)
        )
        assert found is not None
        return found


def _final_report(db: Database, world: World, decision_id: int, agency: int) -> tuple[int, int]:
    card = control.register_report(
        db,
        world.secretary,
        _point(db, decision_id),
        ReportData(agency, ReportKind.FINAL, FRIDAY, "вх-1", "Ответ получен."),
        today=FRIDAY,
    )
    report = card.points[0].reports[-1]
    return report.id, report.version


def _graded(db: Database, world: World, grade: ExecutionGrade, reason: str) -> control.ControlCard:
    """The employment centre's final report on its decision due soon, graded ``grade``."""
    report, version = _final_report(db, world, world.soon, world.employment)
    return control.assess_report(
        db, world.secretary, report, version, True, reason, grade=grade, today=FRIDAY
    )


def _text(data: bytes) -> str:
    document = Document(io.BytesIO(data))
    cells = [c.text for t in document.tables for row in t.rows for c in row.cells]
    return "\n".join([p.text for p in document.paragraphs] + cells).replace("\xa0", " ")


# --- the formula --------------------------------------------------------------------------


def test_the_discipline_score_formula() -> None:
    assert discipline_score(DisciplineCounts()) is None  # nothing to judge is not 100
    assert discipline_score(DisciplineCounts(on_time=4)) == 100
    assert discipline_score(DisciplineCounts(on_time=2, late=2)) == 75
    assert discipline_score(DisciplineCounts(on_time=1, partial=1, overdue=2)) == 38
    assert discipline_score(DisciplineCounts(on_time=1, overdue=1, formal=1)) == 38
    assert discipline_score(DisciplineCounts(overdue=1, formal=5)) == 0  # never below 0
    assert next_step([]) is LadderStep.REMINDER
    assert next_step([LadderStep.REMINDER, LadderStep.REMINDER]) is LadderStep.HEAD_LETTER
    assert next_step([LadderStep.AKIM]) is None


# --- grades -------------------------------------------------------------------------------


def test_a_grade_below_executed_needs_a_reason(db: Database, world: World) -> None:
    report, version = _final_report(db, world, world.soon, world.employment)
    with pytest.raises(InvalidInput) as refused:
        control.assess_report(
            db, world.secretary, report, version, True, " ", grade=ExecutionGrade.PARTIAL
        )
    assert refused.value.field == "comment"


def test_a_partial_execution_closes_the_point(db: Database, world: World) -> None:
    card = _graded(
        db, world, ExecutionGrade.PARTIAL, "Ярмарка проведена, но без участия лиц на учёте."
    )
    [point] = card.points
    assert point.state is ControlPointState.EXECUTED_ON_TIME
    assert card.stored_state is ControlState.EXECUTED
    assert point.reports[-1].grade is ExecutionGrade.PARTIAL
    rows = control_registers.discipline(db, world.secretary, 2026, FRIDAY)
    [employment] = [r for r in rows if r.agency_id == world.employment]
    assert (employment.on_time, employment.partial_on_time) == (1, 1)
    assert employment.score == 50  # executed only in part: half the credit


def test_a_formal_reply_reopens_the_point_like_a_return(db: Database, world: World) -> None:
    card = _graded(db, world, ExecutionGrade.FORMAL, "Ответ-отписка: мероприятия не названы.")
    [point] = card.points
    assert point.state is ControlPointState.OPEN and card.stored_state is ControlState.REWORK
    graded = point.reports[-1]
    assert graded.assessment is ReportAssessment.RETURNED
    assert graded.grade is ExecutionGrade.FORMAL and graded.comment
    with db.reading() as session:
        assert control_state.stale_decisions(session) == []  # the reopened point counts open
    view = ladder.ladder(db, world.secretary, world.soon, FRIDAY)
    assert view.formal and not view.overdue and view.proposed is LadderStep.REMINDER
    # The formal reply costs the agency a quarter of a point once the point is judged.
    rows = control_registers.discipline(db, world.secretary, 2026, date(2026, 3, 30))
    [employment] = [r for r in rows if r.agency_id == world.employment and r.quarter == 1]
    assert employment.formal == 1 and employment.overdue == 1 and employment.score == 0


def test_not_executed_is_taken_and_the_point_stays_open(db: Database, world: World) -> None:
    card = _graded(db, world, ExecutionGrade.NOT_EXECUTED, "Вакансий нет.")
    [point] = card.points
    assert point.state is ControlPointState.OPEN
    assert point.reports[-1].assessment is ReportAssessment.ACCEPTED
    assert card.stored_state is ControlState.IN_PROGRESS


# --- the ladder ---------------------------------------------------------------------------


def test_the_ladder_climbs_one_step_at_a_time(db: Database, world: World) -> None:
    secretary = world.secretary
    assert ladder.ladder(db, secretary, world.far, FRIDAY).proposed is None  # not due yet
    view = ladder.ladder(db, secretary, world.overdue, FRIDAY)
    assert view.overdue and view.proposed is LadderStep.REMINDER and view.steps == ()
    with pytest.raises(InvalidInput):  # steps are taken in order
        ladder.take_step(db, secretary, world.overdue, LadderStep.HEAD_LETTER, FRIDAY)

    first = ladder.take_step(db, secretary, world.overdue, LadderStep.REMINDER, FRIDAY)
    assert first.letter is not None and first.letter.number is not None
    later = date(2026, 3, 30)
    second = ladder.take_step(db, secretary, world.overdue, LadderStep.HEAD_LETTER, later)
    assert second.letter is not None
    assert second.letter.cites == (first.letter.number, FRIDAY)
    assert second.letter.number != first.letter.number
    agenda = ladder.take_step(db, secretary, world.overdue, LadderStep.AGENDA, later)
    assert agenda.agenda_item_id is not None and agenda.meeting_date == date(2026, 4, 15)
    akim = ladder.take_step(db, secretary, world.overdue, LadderStep.AKIM, later)
    assert akim.letter is not None and akim.letter.cites == (second.letter.number, later)

    view = ladder.ladder(db, secretary, world.overdue, later)
    assert [s.step for s in view.steps] == [
        LadderStep.REMINDER,
        LadderStep.HEAD_LETTER,
        LadderStep.AGENDA,
        LadderStep.AKIM,
    ]
    assert [s.letter_number for s in view.steps] == [
        first.letter.number,
        second.letter.number,
        None,
        akim.letter.number,
    ]
    assert view.steps[2].meeting_number is not None and view.proposed is None

    with db.reading() as session:
        item = session.get_one(AgendaItem, agenda.agenda_item_id)
        assert item.title.startswith("О ненадлежащем исполнении решения комиссии")
        assert "1.1" in item.title and "ОП" in item.title
        assert item.title_kk and "тиісінше орындалмауы туралы" in item.title_kk
        created = set(
            session.scalars(select(AuditEntry.entity).where(AuditEntry.action == "create"))
        )
        assert {"control_steps", "outgoing_letters", "agenda_items"} <= created

    # The register: both letters (and the submission) with the decision they concern.
    rows = register.outgoing_letters(db, secretary)
    assert [r.kind for r in rows] == [LadderStep.AKIM, LadderStep.HEAD_LETTER, LadderStep.REMINDER]
    assert all(r.decisions == ("1.1 (№ 1/2026)",) for r in rows)
    assert rows[1].cites == first.letter.number
    heads = register.outgoing_letters(db, secretary, kinds=(LadderStep.HEAD_LETTER,))
    assert [r.number for r in heads] == [second.letter.number]
    assert register.outgoing_letters(db, secretary, date_to=date(2026, 3, 25)) == [rows[2]]
    assert register.outgoing_letters(db, secretary, agency_id=world.employment) == []

    # The register read back from its workbook.
    book = openpyxl.load_workbook(io.BytesIO(outgoing_register_xlsx(rows, later, "ru")))
    values = [[c for c in row] for row in book.active.iter_rows(values_only=True)]
    numbers = [row[0] for row in values]
    assert first.letter.number in numbers and second.letter.number in numbers

    # The letter to the head, made again from the register, cites the reminder in both
    # languages; the submission is addressed to the akim and signed by the chair.
    head = register.letter_document(db, secretary, second.letter.letter_id or 0)
    assert head.number == second.letter.number and head.cites == second.letter.cites
    ru, kk = (_text(ladder_letter_docx(head, lang)) for lang in ("ru", "kk"))
    cited = f"№ {first.letter.number} от 20.03.2026"
    assert cited in ru and "ненадлежащем исполнении" in ru and "С. Ахметов" in ru
    assert first.letter.number in kk and "20.03.2026" in kk and "тиісінше" in kk
    assert "Обеспечить" in ru
    submission = register.letter_document(db, secretary, akim.letter.letter_id or 0)
    ru = _text(ladder_letter_docx(submission, "ru"))
    kk = _text(ladder_letter_docx(submission, "kk"))
    assert "Акиму" in ru and second.letter.number in ru and "Председатель комиссии" in ru
    assert "Әкімге" in kk and second.letter.number in kk and "Комиссия төрағасы" in kk


def test_a_reminder_from_the_reminders_window_is_the_first_step(db: Database, world: World) -> None:
    from commission.services import letters

    due = [
        x for x in letters.letters_due(db, world.secretary, FRIDAY) if x.agency_id == world.police
    ]
    [sent] = letters.record_letters(db, world.secretary, FRIDAY, due)
    view = ladder.ladder(db, world.secretary, world.overdue, FRIDAY)
    assert [(s.step, s.letter_number) for s in view.steps] == [(LadderStep.REMINDER, sent.number)]
    assert view.proposed is LadderStep.HEAD_LETTER
    with db.reading() as session:
        steps = session.scalars(select(ControlStep).where(ControlStep.letter_id == sent.letter_id))
        assert {s.decision_id for s in steps} == {i.decision_id for i in sent.items}


def test_no_planned_meeting_no_agenda_step(db: Database, world: World) -> None:
    secretary = world.secretary
    ladder.take_step(db, secretary, world.overdue, LadderStep.REMINDER, FRIDAY)
    ladder.take_step(db, secretary, world.overdue, LadderStep.HEAD_LETTER, FRIDAY)
    with pytest.raises(InvalidInput):  # the next planned meeting is in April
        ladder.take_step(db, secretary, world.overdue, LadderStep.AGENDA, date(2026, 5, 4))
