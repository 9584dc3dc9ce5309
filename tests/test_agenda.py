"""The agenda as the secretary builds it: items in order, the standing progress review with
the decisions it lists, discussion, and clients' cases shown by initials only."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

import pytest
from sqlalchemy import func, select, update

from commission.db.engine import Database
from commission.db.models import (
    AgendaItem,
    AuditEntry,
    Case,
    Client,
    ControlPoint,
    Decision,
    WorkPlanItem,
)
from commission.domain.deadlines import DeadlineKind, DeadlineRule
from commission.domain.enums import (
    AgendaItemKind,
    ClientCategory,
    ControlPointState,
    ControlState,
    DecisionKind,
    MinutesState,
    ProgrammeState,
    Role,
    WorkPlanState,
)
from commission.domain.iin import Sex, make_iin
from commission.domain.messages import UserError
from commission.domain.permissions import PermissionDenied
from commission.services import agenda, decisions, meetings, registers, workplan
from commission.services.agenda import AgendaItemData
from commission.services.context import Actor
from commission.services.errors import InvalidInput, StaleCopy
from tests.conftest import make_user
from tests.test_decisions import (
    MEETING_DAY,
    Sitting,
    fixed,
    held,
    instruction,
    make_sitting,
    new_item,
    new_meeting,
    note,
    set_meeting,
)


@pytest.fixture
def sitting(db: Database, admin: Actor) -> Sitting:
    return make_sitting(db, admin)


def _titles(db: Database, s: Sitting) -> list[tuple[int, str]]:
    return [(i.position, i.title) for i in agenda.list_items(db, s.secretary, s.meeting_id)]


# ------------------------------------------------------------------------------------ items


def test_items_are_added_moved_and_removed(db: Database, sitting: Sitting) -> None:
    s = sitting
    one, two, three = (new_item(db, s.secretary, s.meeting_id, t) for t in ("А", "Б", "В"))
    decision = decisions.add_decision(db, s.secretary, three, note())
    assert decision.number == "3.1"

    items = agenda.move_item(db, s.secretary, three, 1)
    assert [(i.position, i.title) for i in items] == [(1, "В"), (2, "А"), (3, "Б")]
    # The decision's number follows its item.
    assert items[0].decisions[0].number == "1.1"
    assert decisions.list_decisions(db, s.secretary, three)[0].number == "1.1"

    agenda.move_item(db, s.secretary, three, 0)  # clamped: stays first
    agenda.move_item(db, s.secretary, one, 3)
    assert _titles(db, s) == [(1, "В"), (2, "Б"), (3, "А")]

    agenda.remove_item(db, s.secretary, three)
    assert _titles(db, s) == [(1, "Б"), (2, "А")]
    with db.reading() as session:
        assert session.scalar(select(func.count()).select_from(Decision)) == 0
    assert agenda.list_items(db, s.secretary, s.meeting_id)[0].id == two


def test_item_text_is_cleaned_and_checked(db: Database, sitting: Sitting) -> None:
    s = sitting
    data = AgendaItemData(
        kind=AgendaItemKind.SOCIAL_SUPPORT,
        title="О социальной\x0bадаптации\x01 лиц",
        speakers="Дюсенова М. А.\x0b(начальник службы пробации)",
        heard_summary="Текст\x01 прилагается.\x0b",
        materials_due=date(2026, 3, 5),
    )
    view = agenda.add_item(db, s.secretary, s.meeting_id, data)
    assert view.title == "О социальной адаптации лиц"
    assert view.speakers == "Дюсенова М. А.\n(начальник службы пробации)"
    assert view.heard_summary == "Текст прилагается."
    with pytest.raises(InvalidInput) as err:
        agenda.add_item(db, s.secretary, s.meeting_id, AgendaItemData(AgendaItemKind.OTHER, "\x01"))
    assert err.value.field == "title"
    late = AgendaItemData(AgendaItemKind.OTHER, "Вопрос", materials_due=date(2026, 3, 13))
    with pytest.raises(InvalidInput) as err:
        agenda.add_item(db, s.secretary, s.meeting_id, late)
    assert err.value.field == "materials_due"
    too_long = AgendaItemData(AgendaItemKind.OTHER, "Вопрос", heard_speaker="я" * 301)
    with pytest.raises(InvalidInput) as err:
        agenda.update_item(db, s.secretary, view.id, view.version, too_long)
    assert err.value.field == "heard_speaker"
    updated = agenda.update_item(
        db, s.secretary, view.id, view.version, AgendaItemData(AgendaItemKind.OTHER, "Иной вопрос")
    )
    assert (updated.title, updated.speakers, updated.kind) == (
        "Иной вопрос",
        None,
        AgendaItemKind.OTHER,
    )
    with pytest.raises(StaleCopy):
        agenda.update_item(db, s.secretary, view.id, view.version, data)


def test_progress_review_goes_first_once(db: Database, sitting: Sitting) -> None:
    s = sitting
    new_item(db, s.secretary, s.meeting_id, "Об информации полиции")
    new_item(db, s.secretary, s.meeting_id, "О социальной адаптации")
    review = agenda.add_progress_review(db, s.secretary, s.meeting_id)
    assert review.position == 1 and review.kind is AgendaItemKind.PROGRESS_REVIEW
    assert review.title == "О ходе исполнения решений, принятых на заседаниях комиссии"
    again = agenda.add_progress_review(db, s.secretary, s.meeting_id)
    assert again.id == review.id
    assert _titles(db, s) == [
        (1, review.title),
        (2, "Об информации полиции"),
        (3, "О социальной адаптации"),
    ]
    second = AgendaItemData(AgendaItemKind.PROGRESS_REVIEW, "Ещё один обзор")
    with pytest.raises(InvalidInput) as err:
        agenda.add_item(db, s.secretary, s.meeting_id, second)
    assert err.value.field == "kind"


# --------------------------------------------------------------------- progress on decisions


def _executed(db: Database, decision_id: int, on: date) -> None:
    with db.transaction() as session:
        session.execute(
            update(ControlPoint)
            .where(ControlPoint.decision_id == decision_id)
            .values(state=ControlPointState.EXECUTED_ON_TIME, executed_on=on)
        )
        session.execute(
            update(Decision)
            .where(Decision.id == decision_id)
            .values(control_state=ControlState.EXECUTED, executed_on=on)
        )


def test_progress_lines(db: Database, sitting: Sitting) -> None:
    s = sitting
    # January meeting: one point done before the February meeting, one still open.
    january = new_meeting(db, s.secretary, date(2026, 1, 15))
    item = new_item(db, s.secretary, january)
    done_early = decisions.add_decision(
        db, s.secretary, item, instruction(s.police, fixed(date(2026, 2, 2)))
    )
    still_late = decisions.add_decision(
        db, s.secretary, item, instruction(s.education, fixed(date(2026, 2, 3)))
    )
    _executed(db, done_early.id, date(2026, 2, 1))
    held(db, january)
    # February meeting, the previous held one.
    february = new_meeting(db, s.secretary, date(2026, 2, 10))
    item = new_item(db, s.secretary, february)
    overdue = decisions.add_decision(
        db, s.secretary, item, instruction(s.police, fixed(date(2026, 3, 2)))
    )
    executed = decisions.add_decision(
        db, s.secretary, item, instruction(s.employment, fixed(date(2026, 3, 5)))
    )
    due_soon = decisions.add_decision(
        db, s.secretary, item, instruction(s.police, fixed(MEETING_DAY))
    )
    decisions.add_decision(db, s.secretary, item, instruction(s.police, fixed(date(2026, 4, 30))))
    permanent = decisions.add_decision(
        db, s.secretary, item, instruction(s.police, DeadlineRule(DeadlineKind.PERMANENT))
    )
    decisions.add_decision(db, s.secretary, item, note())
    _executed(db, executed.id, date(2026, 3, 4))
    held(db, february)
    # A meeting planned but never held: its drafts were never adopted.
    draft = new_meeting(db, s.secretary, date(2026, 3, 2))
    decisions.add_decision(
        db,
        s.secretary,
        new_item(db, s.secretary, draft),
        instruction(s.police, fixed(date(2026, 3, 10))),
    )

    lines = agenda.progress_lines(db, s.secretary, s.meeting_id)
    jan, feb = (meetings.get_meeting(db, s.secretary, m).number for m in (january, february))
    assert [
        (x.ref.decision_id, x.ref.number, x.ref.meeting_number, x.due_date, x.state) for x in lines
    ] == [
        (still_late.id, "1.2", jan, date(2026, 2, 3), "overdue"),
        (overdue.id, "1.1", feb, date(2026, 3, 2), "overdue"),
        (executed.id, "1.2", feb, date(2026, 3, 5), "executed"),
        (due_soon.id, "1.3", feb, MEETING_DAY, "due_soon"),
        (permanent.id, "1.5", feb, None, "on_control"),
    ]
    assert lines[1].ref.meeting_date == date(2026, 2, 10)
    assert lines[1].lead is not None and lines[1].lead.short_name.ru == "Отдел полиции"
    assert lines[1].lead.head_name == "Касымов Е. Б."
    assert lines[0].text.ru == "Организовать профилактические рейды."


# --------------------------------------------------------------------------------- discussion


def test_discussion(db: Database, sitting: Sitting) -> None:
    s = sitting
    item = new_item(db, s.secretary, s.meeting_id)
    view = agenda.add_discussion(db, s.secretary, item, "Сейтказинов Б. А.\x01")
    view = agenda.add_discussion(db, s.secretary, item, "Касымов Е. Б.", "О рейдах\x0bв марте")
    assert [(d.position, d.speaker, d.summary) for d in view.discussion] == [
        (1, "Сейтказинов Б. А.", None),
        (2, "Касымов Е. Б.", "О рейдах\nв марте"),
    ]
    first, second = view.discussion
    with pytest.raises(InvalidInput) as err:
        agenda.add_discussion(db, s.secretary, item, " \x0b ")
    assert err.value.field == "speaker"
    view = agenda.update_discussion(
        db, s.secretary, second.id, second.version, "Касымов Е. Б.", None
    )
    assert view.discussion[1].summary is None
    with pytest.raises(StaleCopy):
        agenda.update_discussion(db, s.secretary, second.id, second.version, "Другой", None)
    view = agenda.remove_discussion(db, s.secretary, first.id)
    assert [(d.position, d.speaker) for d in view.discussion] == [(1, "Касымов Е. Б.")]


# ---------------------------------------------------------------------------------- cases


def _case(
    db: Database,
    s: Sitting,
    surname: str,
    given: str,
    patronymic: str,
    number: str,
    state: ProgrammeState = ProgrammeState.IN_PROGRESS,
) -> int:
    with db.transaction() as session:
        born = date(1990, 5, 17)
        client = Client(
            iin=make_iin(born, Sex.MALE, int(number.split("/")[0])),
            surname=surname,
            given_name=given,
            patronymic=patronymic,
            search_name=registers.search_key(surname, given, patronymic),
            birth_date=born,
            sex=Sex.MALE,
            district_id=s.district_id,
            category=ClientCategory.RELEASED,
            registered_address="г. Косшы, ул. Абая, 1",
        )
        seq, year = (int(part) for part in number.split("/"))
        case = Case(
            client=client,
            year=year,
            seq=seq,
            number=number,
            opened_on=date(2026, 2, 1),
            state=state,
        )
        session.add(case)
        session.flush()
        return case.id


def test_cases_are_linked_by_initials(db: Database, sitting: Sitting) -> None:
    s = sitting
    bekenov = _case(db, s, "Бекенов", "Нурлан", "Кайратович", "14/2026")
    _case(db, s, "Беков", "Асхат", "Ерланович", "15/2026", ProgrammeState.CLOSED)
    aliev = _case(db, s, "Әлиев", "Ерлан", "Серікұлы", "16/2026")

    by_surname = agenda.case_choices(db, s.secretary, "бек")
    assert [(c.case_id, c.case_number, c.label) for c in by_surname] == [
        (bekenov, "14/2026", "Б-ов Н. К.")
    ]  # the closed case is not offered
    assert [c.case_id for c in agenda.case_choices(db, s.secretary, "16/20")] == [aliev]
    assert [c.label for c in agenda.case_choices(db, s.secretary, "ӘЛИ")] == ["Ә-ев Е. С."]
    assert len(agenda.case_choices(db, s.secretary, "")) == 2
    with db.reading() as session:
        entry = session.scalars(select(AuditEntry).order_by(AuditEntry.seq.desc())).first()
        assert entry is not None and entry.action == "view" and entry.entity == "cases"

    item = new_item(db, s.secretary, s.meeting_id)
    agenda.link_case(db, s.secretary, item, bekenov)
    view = agenda.link_case(db, s.secretary, item, bekenov)  # twice: still one link
    assert [(c.case_number, c.label) for c in view.cases] == [("14/2026", "Б-ов Н. К.")]
    shown = repr(agenda.list_items(db, s.secretary, s.meeting_id))
    assert "Бекенов" not in shown and "Абая" not in shown and "Нурлан" not in shown
    view = agenda.unlink_case(db, s.secretary, item, bekenov)
    assert view.cases == []


def test_removing_a_planned_question_returns_it_to_the_plan(db: Database, sitting: Sitting) -> None:
    s = sitting
    plan = workplan.add_plan_item(
        db, s.secretary, workplan.WorkPlanData(year=2026, quarter=1, question="О профилактике")
    )
    item_id = workplan.put_on_agenda(db, s.secretary, plan.id, s.meeting_id)
    agenda.remove_item(db, s.secretary, item_id)
    with db.reading() as session:
        assert session.get_one(WorkPlanItem, plan.id).state is WorkPlanState.PLANNED
        assert session.scalar(select(func.count()).select_from(AgendaItem)) == 0


# ------------------------------------------------------------------------ rights and locks


def test_members_and_officers_cannot_edit_the_agenda(db: Database, sitting: Sitting) -> None:
    s = sitting
    item = new_item(db, s.secretary, s.meeting_id)
    member = make_user(db, s.admin, "member", Role.MEMBER)
    officer = make_user(db, s.admin, "officer", Role.PROBATION_OFFICER, district_id=s.district_id)
    data = AgendaItemData(AgendaItemKind.OTHER, "Вопрос")

    def attempts(actor: Actor) -> list[Callable[[], object]]:
        return [
            lambda: agenda.add_item(db, actor, s.meeting_id, data),
            lambda: agenda.move_item(db, actor, item, 1),
            lambda: agenda.remove_item(db, actor, item),
            lambda: agenda.add_progress_review(db, actor, s.meeting_id),
            lambda: agenda.add_discussion(db, actor, item, "Кто-то"),
            lambda: agenda.case_choices(db, actor, "бек"),
        ]

    for actor in (member, officer):
        for attempt in attempts(actor):
            with pytest.raises(PermissionDenied):
                attempt()
        assert [i.id for i in agenda.list_items(db, actor, s.meeting_id)] == [item]
        assert agenda.progress_lines(db, actor, s.meeting_id) == []


def test_final_minutes_lock_the_agenda(db: Database, sitting: Sitting) -> None:
    s = sitting
    item = new_item(db, s.secretary, s.meeting_id)
    view = agenda.add_discussion(db, s.secretary, item, "Касымов Е. Б.")
    case_id = _case(db, s, "Бекенов", "Нурлан", "Кайратович", "14/2026")
    set_meeting(db, s.meeting_id, minutes_state=MinutesState.FINAL)
    entry = view.discussion[0]
    data = AgendaItemData(AgendaItemKind.OTHER, "Вопрос")
    for attempt in (
        lambda: agenda.add_item(db, s.secretary, s.meeting_id, data),
        lambda: agenda.update_item(db, s.secretary, item, view.version, data),
        lambda: agenda.move_item(db, s.secretary, item, 1),
        lambda: agenda.remove_item(db, s.secretary, item),
        lambda: agenda.add_progress_review(db, s.secretary, s.meeting_id),
        lambda: agenda.add_discussion(db, s.secretary, item, "Кто-то"),
        lambda: agenda.update_discussion(db, s.secretary, entry.id, entry.version, "X"),
        lambda: agenda.remove_discussion(db, s.secretary, entry.id),
        lambda: agenda.link_case(db, s.secretary, item, case_id),
        lambda: agenda.unlink_case(db, s.secretary, item, case_id),
    ):
        with pytest.raises(UserError) as err:
            attempt()
        assert "final" in str(err.value)
    assert len(agenda.list_items(db, s.secretary, s.meeting_id)) == 1


def test_decision_kinds_are_listed_under_their_item(db: Database, sitting: Sitting) -> None:
    s = sitting
    item = new_item(db, s.secretary, s.meeting_id)
    decisions.add_decision(db, s.secretary, item, note())
    decisions.add_decision(db, s.secretary, item, instruction(s.police, fixed(date(2026, 4, 1))))
    [view] = agenda.list_items(db, s.secretary, s.meeting_id)
    assert [(d.number, d.kind) for d in view.decisions] == [
        ("1.1", DecisionKind.NOTE),
        ("1.2", DecisionKind.INSTRUCTION),
    ]
    assert view.decisions[1].due_dates == [date(2026, 4, 1)]
