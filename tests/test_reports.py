"""Quarterly statistics and the public report: figures checked against a hand-made commission
(``test_overview.build``, with a few additions), on SQLite and PostgreSQL."""

from __future__ import annotations

from datetime import date

import pytest
from argon2 import PasswordHasher
from sqlalchemy import select

from commission.db.engine import Database
from commission.db.models import (
    AgendaItem,
    AgendaItemCase,
    ControlPoint,
    Decision,
    Extension,
    Measure,
    Meeting,
)
from commission.documents import reports as r
from commission.documents.reports import ReportPeriod
from commission.domain.enums import (
    AgendaItemKind,
    ControlState,
    ExtensionState,
    MeasureState,
    MeetingStatus,
    NeedKind,
)
from commission.services import auth, reports
from commission.services.context import Actor
from commission.services.errors import InvalidInput, NotFound
from tests.conftest import make_admin
from tests.oblast_world import make_oblast_world
from tests.test_overview import FRIDAY, World, build

Q1 = ReportPeriod(2026, 1)


@pytest.fixture(autouse=True)
def _cheap_password_hashing(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(auth, "_hasher", PasswordHasher(time_cost=1, memory_cost=1024))


@pytest.fixture
def world(db: Database) -> World:
    """The overview's commission, and in the first quarter of 2026: the note not binding, the
    far decision removed from control on 10 March, an extension granted on 5 March, the
    health measure provided on 1 February, case A brought before the commission under item 1,
    and a third question whose title carries a client's code."""
    world = build(db)
    with db.transaction() as s:
        s.get_one(Decision, world.note).is_binding = False
        far = s.get_one(Decision, world.far)
        far.control_state = ControlState.REMOVED
        far.removed_on = date(2026, 3, 10)
        point = s.scalars(select(ControlPoint).where(ControlPoint.decision_id == world.soon)).one()
        s.add(
            Extension(
                control_point_id=point.id,
                requested_on=date(2026, 3, 2),
                old_date=date(2026, 3, 20),
                proposed_date=date(2026, 3, 27),
                reason="Ярмарка перенесена",
                state=ExtensionState.GRANTED,
                decided_on=date(2026, 3, 5),
            )
        )
        health = s.scalars(select(Measure).where(Measure.need_kind == NeedKind.HEALTH)).one()
        assert health.state is MeasureState.PROVIDED
        health.completed_on = date(2026, 2, 1)
        item1 = s.scalars(
            select(AgendaItem).where(AgendaItem.meeting_id == world.held, AgendaItem.position == 1)
        ).one()
        s.add(AgendaItemCase(agenda_item_id=item1.id, case_id=world.case_a, is_escalation=True))
        s.add(
            AgendaItem(
                meeting_id=world.held,
                position=3,
                kind=AgendaItemKind.OTHER,
                title="О ходе исполнения программы Б-ов Н. К.",
                title_kk="Б-ов Н. К. бағдарламасының орындалу барысы туралы",
            )
        )
    return world


def test_the_commissions_figures_of_a_quarter(db: Database, world: World) -> None:
    stats = reports.quarterly_stats(db, world.secretary, Q1, FRIDAY)
    assert stats.as_of == FRIDAY and stats.commission.ru.startswith("Межведомственная")
    sittings = stats.section(r.SECTION_SITTINGS)
    # This quarter, the fourth of 2025 (the December sitting), the first of 2025 (none).
    assert sittings.figures[0].values == (1, 1, 0)
    assert sittings.value(r.SITTINGS_EXTRAORDINARY) == 0
    questions = stats.section(r.SECTION_QUESTIONS)
    assert questions.value(r.QUESTIONS_TOTAL) == 3
    assert questions.value(AgendaItemKind.SOCIAL_SUPPORT.value) == 1
    assert questions.value(AgendaItemKind.CRIME_PREVENTION.value) == 1
    assert questions.value(AgendaItemKind.OTHER.value) == 1
    assert questions.value(AgendaItemKind.POLICE_REPORT.value) == 0
    decisions = stats.section(r.SECTION_DECISIONS)
    # The planned meeting's draft is not adopted; the note is not binding nor controlled.
    assert decisions.value(r.DECISIONS_ADOPTED) == 5
    assert decisions.value(r.DECISIONS_BINDING) == 4
    assert decisions.value(r.DECISIONS_CONTROLLED) == 4  # the removed one was controlled
    execution = stats.section(r.SECTION_EXECUTION)
    assert execution.value(r.POINTS_DUE) == 3  # 1 and 27 March open, 1 March executed
    assert execution.value(r.EXECUTED_ON_TIME) == 1
    assert execution.value(r.EXECUTED_LATE) == 0
    assert execution.value(r.OVERDUE) == 1  # 2 March, on Friday 20 March
    assert execution.value(r.REMOVED) == 1
    assert execution.value(r.EXTENDED) == 1
    assert execution.value(r.EXTENDED, 1) == 0  # the quarter before


def test_discipline_per_lead_agency(db: Database, world: World) -> None:
    stats = reports.quarterly_stats(db, world.secretary, Q1, FRIDAY)
    rows = {row.agency_id: row for row in stats.discipline}
    police, employment = rows[world.police], rows[world.employment]
    assert (police.due, police.on_time, police.late, police.overdue) == (2, 1, 0, 1)
    assert (employment.due, employment.on_time, employment.overdue) == (1, 0, 0)
    assert police.agency.ru == "ОП"
    # domain.discipline: 100 × (1 on time) / (2 judged: 1 on time, 1 overdue)
    assert police.score == 50
    assert employment.score is None  # its only point is not due yet: nothing to judge


def test_probation_figures_follow_the_actors_districts(db: Database, world: World) -> None:
    stats = reports.quarterly_stats(db, world.secretary, Q1, FRIDAY)
    register = stats.section(r.SECTION_REGISTER)
    # Five registered in June 2025; one removed on 10 January 2026.
    assert register.figures[0].key == r.ON_REGISTER
    assert register.figures[0].values == (4, 5, 0)
    assert register.value("conditional") == 4
    assert register.value(r.DEREGISTERED) == 1 and register.value(r.REGISTERED) == 0
    cases = stats.section(r.SECTION_CASES)
    assert cases.value(r.CASES_OPENED) == 2
    assert cases.value(r.PROGRAMMES_APPROVED) == 0
    assert cases.value(r.ESCALATIONS) == 1
    measures = stats.section(r.SECTION_MEASURES)
    assert measures.value(r.MEASURES_PROVIDED) == 1
    assert measures.value(NeedKind.HEALTH.value) == 1
    assert measures.value(r.MEASURES_NOT_PROVIDED) == 0

    own = reports.quarterly_stats(db, world.officer_a, Q1, FRIDAY)
    assert own.section(r.SECTION_REGISTER).value(r.ON_REGISTER) == 2  # district A only
    assert own.section(r.SECTION_CASES).value(r.CASES_OPENED) == 1
    other = reports.quarterly_stats(db, world.officer_b, Q1, FRIDAY)
    assert other.section(r.SECTION_REGISTER).value(r.ON_REGISTER) == 2
    assert other.section(r.SECTION_MEASURES).value(r.MEASURES_PROVIDED) == 0

    chair = reports.quarterly_stats(db, world.chair, Q1, FRIDAY)
    assert chair.probation == ()  # the chair does not see the probation register
    assert chair.section(r.SECTION_EXECUTION).value(r.OVERDUE) == 1


def test_annual_figures_and_periods(db: Database, world: World) -> None:
    year = reports.quarterly_stats(db, world.secretary, ReportPeriod(2026), FRIDAY)
    # 2026, 2025, and 2025 again: a year's "same period a year earlier" is the year before.
    assert year.section(r.SECTION_SITTINGS).figures[0].values == (1, 1, 1)
    # The far point (30 June) is cancelled by nothing but its decision was removed: not due.
    assert year.section(r.SECTION_EXECUTION).value(r.POINTS_DUE) == 4
    assert reports.parse_period("2026-Q3") == ReportPeriod(2026, 3)
    assert reports.parse_period(" 2026 ") == ReportPeriod(2026)
    assert ReportPeriod(2026, 1).previous() == ReportPeriod(2025, 4)
    assert ReportPeriod(2026, 2).end == date(2026, 6, 30)
    with pytest.raises(InvalidInput):
        reports.parse_period("2026-Q5")


def test_the_public_report_names_no_client(db: Database, world: World) -> None:
    report = reports.public_report(db, world.secretary, Q1, FRIDAY)
    # Item 1 examines case A, item 3 carries a client's code: both counted, neither named.
    assert [q.ru for q in report.questions] == ["О профилактике"]
    assert report.case_questions == 2
    assert report.section(r.SECTION_DECISIONS).value(r.DECISIONS_ADOPTED) == 5
    assert report.police == ()
    assert reports.public_count(4) is None and reports.public_count(5) == 5


def test_refusals(db: Database, world: World) -> None:
    with pytest.raises(NotFound):
        reports.quarterly_stats(db, world.secretary, Q1, FRIDAY, commission_ids=[999_999])
    with pytest.raises(NotFound):
        reports.public_report(db, world.secretary, Q1, FRIDAY, commission_ids=[999_999])


def test_the_oblast_sums_its_districts_and_a_district_reads_only_its_own(db: Database) -> None:
    w = make_oblast_world(db, make_admin(db))
    with db.transaction() as s:  # both sittings held in the first quarter
        for meeting_id, day in ((w.district_meeting, 10), (w.oblast_meeting, 20)):
            meeting = s.get_one(Meeting, meeting_id)
            meeting.status = MeetingStatus.HELD
            meeting.meeting_date = date(2026, 3, day)
    both = (w.oblast_commission, w.district_commission)

    def held(actor: Actor, ids: tuple[int, ...] | None = None) -> int:
        stats = reports.quarterly_stats(db, actor, Q1, FRIDAY, commission_ids=ids)
        return stats.section(r.SECTION_SITTINGS).value(r.SITTINGS_HELD)

    assert held(w.district) == 1 and held(w.oblast) == 1
    assert held(w.oblast, both) == 2
    assert held(w.oblast, (w.district_commission,)) == 1
    with pytest.raises(NotFound):
        held(w.district, both)  # the oblast's records are not the district's to read
