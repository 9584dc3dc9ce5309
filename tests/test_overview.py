"""The read side of the main window: dashboard, meetings, decisions, clients and cases."""

from __future__ import annotations

import itertools
import json
from dataclasses import dataclass
from datetime import date, time, timedelta

import pytest
from argon2 import PasswordHasher
from sqlalchemy import event, select
from sqlalchemy.orm import Session

from commission.db.engine import Database
from commission.db.models import (
    AdminUnit,
    Agency,
    AgendaItem,
    Attendance,
    AuditEntry,
    CalendarDay,
    Case,
    Client,
    Commission,
    ControlPoint,
    Decision,
    DecisionAssignee,
    Measure,
    Meeting,
    Member,
)
from commission.domain.control import ComputedState
from commission.domain.enums import (
    AdminLevel,
    AgencyKind,
    AgendaItemKind,
    AssigneeRole,
    AttendanceStatus,
    AuditAction,
    ClientCategory,
    CommissionKind,
    ControlPointState,
    ControlState,
    DecisionKind,
    MeasureState,
    MeetingStatus,
    MemberRole,
    NeedKind,
    ProgrammeState,
    Role,
)
from commission.domain.iin import Sex, make_iin
from commission.domain.permissions import PermissionDenied
from commission.domain.workcalendar import DayKind
from commission.services import auth, case_register, overview, registers
from commission.services.context import Actor
from commission.services.overview import DecisionFilter, DecisionSort
from tests.conftest import make_admin, make_user

FRIDAY = date(2026, 3, 20)  # before Nauryz: 21-23 March holidays, 24-25 March days off
THURSDAY = date(2026, 3, 19)
NAURYZ = [
    (date(2026, 3, 21), DayKind.HOLIDAY),
    (date(2026, 3, 22), DayKind.HOLIDAY),
    (date(2026, 3, 23), DayKind.HOLIDAY),
    (date(2026, 3, 24), DayKind.TRANSFERRED_DAY_OFF),
    (date(2026, 3, 25), DayKind.TRANSFERRED_DAY_OFF),
]


@dataclass
class World:
    district_a: int
    district_b: int
    police: int
    employment: int
    held: int
    planned: int
    overdue: int  # 1.1: open point due 2 March
    soon: int  # 1.2: open point due Friday 27 March (2 working days after FRIDAY)
    executed: int  # 2.1
    note: int  # 2.2: note, no term
    far: int  # 2.3: open point due 30 June
    draft: int  # in the planned meeting: not adopted yet
    ivanov: int  # district A
    aliev: int  # district A, Kazakh letters
    deregistered: int  # district A, removed from the register
    ivanova: int  # district B
    alieva: int  # district B
    case_a: int
    case_b: int
    secretary: Actor
    officer_a: Actor
    officer_b: Actor
    chair: Actor
    admin: Actor


def _unit(session: Session, name: str, kato: str) -> AdminUnit:
    unit = AdminUnit(
        level=AdminLevel.DISTRICT, name_ru=name, name_kk=name + " ауданы", kato_code=kato
    )
    session.add(unit)
    return unit


def _client(
    session: Session,
    surname: str,
    given: str,
    patronymic: str | None,
    district: AdminUnit,
    serial: int,
    officer_id: int | None = None,
    deregistered_on: date | None = None,
) -> Client:
    born = date(1990, 1, 1) + timedelta(days=serial * 97)
    client = Client(
        iin=make_iin(born, Sex.MALE, serial),
        surname=surname,
        given_name=given,
        patronymic=patronymic,
        search_name=registers.search_key(surname, given, patronymic),
        birth_date=born,
        sex=Sex.MALE,
        district=district,
        category=ClientCategory.CONDITIONAL,
        registered_on=date(2025, 6, 1),
        deregistered_on=deregistered_on,
        officer_id=officer_id,
    )
    session.add(client)
    return client


def _decision(
    session: Session,
    item: AgendaItem,
    position: int,
    text: str,
    lead: Agency | None,
    points: list[tuple[date, ControlPointState]],
    *,
    kind: DecisionKind = DecisionKind.INSTRUCTION,
    stored: ControlState = ControlState.ON_CONTROL,
    co: Agency | None = None,
) -> Decision:
    decision = Decision(
        agenda_item_id=item.id,
        position=position,
        kind=kind,
        text=text,
        is_binding=True,
        control_state=stored,
        due_date=max((d for d, _ in points), default=None),
    )
    for due, state in points:
        decision.control_points.append(
            ControlPoint(original_due_date=due, due_date=due, state=state)
        )
    if lead is not None:
        decision.assignees.append(DecisionAssignee(agency_id=lead.id, role=AssigneeRole.LEAD))
    if co is not None:
        decision.assignees.append(DecisionAssignee(agency_id=co.id, role=AssigneeRole.CO_EXECUTOR))
    session.add(decision)
    return decision


def build(db: Database) -> World:
    admin = make_admin(db)
    with db.transaction() as s:
        a = _unit(s, "Косшы", "111010000")
        b = _unit(s, "Целиноград", "111020000")
        s.flush()
        ids_a, ids_b = a.id, b.id
    secretary = make_user(db, admin, "secretary", Role.SECRETARY)
    officer_a = make_user(db, admin, "officer.a", Role.PROBATION_OFFICER, district_id=ids_a)
    officer_b = make_user(db, admin, "officer.b", Role.PROBATION_OFFICER, district_id=ids_b)
    chair = make_user(db, admin, "chair", Role.CHAIR)
    with db.transaction() as s:
        a = s.get_one(AdminUnit, ids_a)
        b = s.get_one(AdminUnit, ids_b)
        for day, kind in NAURYZ:
            s.add(CalendarDay(day=day, kind=kind, name="Наурыз", source="test"))
        commission = Commission(
            kind=CommissionKind.MERGED,
            name_ru="Межведомственная комиссия по профилактике правонарушений",
            name_kk="Құқық бұзушылық профилактикасы жөніндегі ведомствоаралық комиссия",
            short_name_ru="МВК Косшы",
            short_name_kk="ВАК Қосшы",
            akimat_ru="Акимат",
            akimat_kk="Әкімдік",
            admin_unit=a,
            due_soon_working_days=2,
        )
        police = Agency(
            kind=AgencyKind.POLICE,
            name_ru="Отдел полиции",
            name_kk="Полиция бөлімі",
            short_name_ru="ОП",
        )
        employment = Agency(
            kind=AgencyKind.EMPLOYMENT, name_ru="Центр занятости", name_kk="Жұмыспен қамту орталығы"
        )
        s.add_all([commission, police, employment])
        s.flush()
        members = [
            Member(
                commission_id=commission.id,
                full_name=f"Член {n}",
                position_ru="Должность",
                role=MemberRole.MEMBER,
                valid_from=date(2025, 1, 1),
            )
            for n in range(3)
        ]
        s.add_all(members)
        old = Meeting(
            commission_id=commission.id,
            year=2025,
            number=4,
            meeting_date=date(2025, 12, 10),
            status=MeetingStatus.MINUTES_SIGNED,
        )
        held = Meeting(
            commission_id=commission.id,
            year=2026,
            number=1,
            meeting_date=date(2026, 2, 10),
            start_time=time(10, 0),
            place="Зал заседаний",
            status=MeetingStatus.MINUTES_SIGNED,
        )
        planned = Meeting(
            commission_id=commission.id,
            year=2026,
            number=2,
            meeting_date=date(2026, 4, 15),
            start_time=time(11, 0),
            place="Акимат, каб. 5",
            status=MeetingStatus.PLANNED,
        )
        s.add_all([old, held, planned])
        s.flush()
        s.add_all(
            [
                Attendance(
                    meeting_id=held.id, member_id=members[0].id, status=AttendanceStatus.PRESENT
                ),
                Attendance(
                    meeting_id=held.id,
                    member_id=members[1].id,
                    status=AttendanceStatus.REPLACED,
                    substitute_name="Зам",
                ),
                Attendance(
                    meeting_id=held.id, member_id=members[2].id, status=AttendanceStatus.ABSENT
                ),
            ]
        )
        item1 = AgendaItem(
            meeting_id=held.id,
            position=1,
            kind=AgendaItemKind.SOCIAL_SUPPORT,
            title="О трудоустройстве",
        )
        item2 = AgendaItem(
            meeting_id=held.id,
            position=2,
            kind=AgendaItemKind.CRIME_PREVENTION,
            title="О профилактике",
        )
        item3 = AgendaItem(
            meeting_id=planned.id, position=1, kind=AgendaItemKind.OTHER, title="Проект"
        )
        s.add_all([item1, item2, item3])
        s.flush()
        open_ = ControlPointState.OPEN
        overdue = _decision(
            s,
            item1,
            1,
            "Обеспечить ТРУДОУСТРОЙСТВО лиц, состоящих на учёте",
            police,
            [(date(2026, 3, 2), open_)],
            co=employment,
        )
        soon = _decision(
            s, item1, 2, "Провести ярмарку вакансий", employment, [(date(2026, 3, 27), open_)]
        )
        executed = _decision(
            s,
            item2,
            1,
            "Усилить патрулирование",
            police,
            [(date(2026, 3, 1), ControlPointState.EXECUTED_ON_TIME)],
            stored=ControlState.EXECUTED,
        )
        note = _decision(
            s,
            item2,
            2,
            "Информацию принять к сведению",
            None,
            [],
            kind=DecisionKind.NOTE,
            stored=ControlState.NOT_CONTROLLED,
        )
        far = _decision(
            s,
            item2,
            3,
            "Рекомендовать Құқық қорғау органдарына",
            police,
            [(date(2026, 6, 30), open_)],
            kind=DecisionKind.RECOMMENDATION,
        )
        draft = _decision(s, item3, 1, "Проект решения", police, [(date(2026, 3, 2), open_)])
        ivanov = _client(s, "ИВАНОВ", "Иван", "Петрович", a, 1, officer_a.user_id)
        aliev = _client(s, "Әлиев", "Нұрлан", None, a, 2, officer_a.user_id)
        gone = _client(s, "Иваненко", "Пётр", None, a, 3, deregistered_on=date(2026, 1, 10))
        ivanova = _client(s, "Иванова", "Мария", "Ивановна", b, 4, officer_b.user_id)
        alieva = _client(s, "ӘЛІЕВА", "Айгүл", None, b, 5)
        s.flush()
        case_a = Case(
            client_id=ivanov.id,
            year=2026,
            seq=1,
            number="2026-001",
            opened_on=date(2026, 1, 15),
            officer_id=officer_a.user_id,
            state=ProgrammeState.IN_PROGRESS,
        )
        case_a.measures.extend(
            [
                Measure(
                    need_kind=NeedKind.EMPLOYMENT,
                    action="Направить в ЦЗ",
                    deadline=date(2026, 3, 1),
                    state=MeasureState.ASSIGNED,
                ),
                Measure(
                    need_kind=NeedKind.DOCUMENTS,
                    action="Восстановить документы",
                    deadline=date(2026, 5, 1),
                    state=MeasureState.IN_PROGRESS,
                ),
                Measure(
                    need_kind=NeedKind.HEALTH,
                    action="Прикрепить к поликлинике",
                    deadline=date(2026, 2, 1),
                    state=MeasureState.PROVIDED,
                ),
            ]
        )
        case_b = Case(
            client_id=ivanova.id,
            year=2026,
            seq=2,
            number="2026-002",
            opened_on=date(2026, 2, 1),
            state=ProgrammeState.CLOSED,
        )
        s.add_all([case_a, case_b])
        s.flush()
        return World(
            district_a=ids_a,
            district_b=ids_b,
            police=police.id,
            employment=employment.id,
            held=held.id,
            planned=planned.id,
            overdue=overdue.id,
            soon=soon.id,
            executed=executed.id,
            note=note.id,
            far=far.id,
            draft=draft.id,
            ivanov=ivanov.id,
            aliev=aliev.id,
            deregistered=gone.id,
            ivanova=ivanova.id,
            alieva=alieva.id,
            case_a=case_a.id,
            case_b=case_b.id,
            secretary=secretary,
            officer_a=officer_a,
            officer_b=officer_b,
            chair=chair,
            admin=admin,
        )


@pytest.fixture(autouse=True)
def _cheap_password_hashing(monkeypatch: pytest.MonkeyPatch) -> None:
    """These tests log in five users each; hashing strength is tested elsewhere."""
    monkeypatch.setattr(auth, "_hasher", PasswordHasher(time_cost=1, memory_cost=1024))


@pytest.fixture
def world(db: Database) -> World:
    return build(db)


def _views(db: Database, entity: str) -> list[tuple[str, str | None, dict[str, object]]]:
    """(login, entity id, changes) of the audit's view entries for ``entity``, in order."""
    with db.reading() as s:
        rows = s.execute(
            select(AuditEntry.user_login, AuditEntry.entity_id, AuditEntry.changes)
            .where(AuditEntry.action == AuditAction.VIEW.value, AuditEntry.entity == entity)
            .order_by(AuditEntry.seq)
        )
        return [(login, ident, json.loads(changes)) for login, ident, changes in rows]


# --- decisions ----------------------------------------------------------------------------


def test_decision_states_on_friday_before_the_holidays(db: Database, world: World) -> None:
    rows = overview.decision_rows(
        db,
        world.secretary,
        [world.overdue, world.soon, world.executed, world.note, world.far],
        FRIDAY,
    )
    states = {r.id: r.state for r in rows}
    assert states == {
        world.overdue: ComputedState.OVERDUE,
        world.soon: ComputedState.DUE_SOON,  # 27 March is 2 working days after Nauryz
        world.executed: ComputedState.EXECUTED,
        world.note: ComputedState.NOT_CONTROLLED,
        world.far: ComputedState.ON_CONTROL,
    }


def test_today_moved_back_one_working_day_leaves_due_soon(db: Database, world: World) -> None:
    [row] = overview.decision_rows(db, world.secretary, [world.soon], THURSDAY)
    assert row.state is ComputedState.ON_CONTROL
    [row] = overview.decision_rows(db, world.secretary, [world.soon], date(2026, 3, 28))
    assert row.state is ComputedState.OVERDUE
    assert row.days_overdue == 0  # Saturday: no working day has passed since Friday


def test_decision_row_details(db: Database, world: World) -> None:
    [row] = overview.decision_rows(db, world.secretary, [world.overdue], FRIDAY)
    assert row.number == "1.1"
    assert row.meeting_number == 1
    assert row.meeting_date == date(2026, 2, 10)
    assert row.lead_agency == "ОП"  # the short name when there is one
    assert row.co_executors == ("Центр занятости",)
    assert row.due_date == date(2026, 3, 2)
    assert row.kind is DecisionKind.INSTRUCTION
    assert row.is_binding
    # 3-6, 9-13 and 16-20 March (the test calendar holds only Nauryz).
    assert row.days_overdue == 14
    [executed] = overview.decision_rows(db, world.secretary, [world.executed], FRIDAY)
    assert executed.days_overdue is None
    assert executed.due_date == date(2026, 3, 1)


def test_decision_rows_only_for_requested_ids_in_their_order(db: Database, world: World) -> None:
    rows = overview.decision_rows(db, world.secretary, [world.far, world.overdue, 999_999], FRIDAY)
    assert [r.id for r in rows] == [world.far, world.overdue]
    assert overview.decision_rows(db, world.secretary, [], FRIDAY) == []


def test_decision_ids_by_due_date_adopted_only(db: Database, world: World) -> None:
    ids = overview.decision_ids(db, world.secretary, DecisionFilter(), FRIDAY)
    assert ids == [world.executed, world.overdue, world.soon, world.far, world.note]
    assert world.draft not in ids


def test_decision_filters(db: Database, world: World) -> None:
    def ids(**kwargs: object) -> list[int]:
        return overview.decision_ids(db, world.chair, DecisionFilter(**kwargs), FRIDAY)  # type: ignore[arg-type]

    assert ids(state=ComputedState.OVERDUE) == [world.overdue]
    assert ids(state=ComputedState.DUE_SOON) == [world.soon]
    assert ids(state=ComputedState.EXECUTED) == [world.executed]
    assert ids(state=ComputedState.NOT_CONTROLLED) == [world.note]
    assert ids(agency_id=world.employment) == [world.overdue, world.soon]  # lead or co-executor
    assert ids(year=2025) == []
    assert ids(year=2026, agency_id=world.police, state=ComputedState.ON_CONTROL) == [world.far]
    counts = overview.decision_state_counts(
        db, world.chair, DecisionFilter(state=ComputedState.OVERDUE), FRIDAY
    )
    assert counts[ComputedState.OVERDUE] == 1
    assert counts[ComputedState.DUE_SOON] == 1
    assert counts[ComputedState.REWORK] == 0
    assert sum(counts.values()) == 5
    on_thursday = overview.decision_ids(
        db, world.chair, DecisionFilter(state=ComputedState.DUE_SOON), THURSDAY
    )
    assert on_thursday == []


def test_decision_search_is_case_insensitive_in_cyrillic_and_kazakh(
    db: Database, world: World
) -> None:
    def search(text: str) -> list[int]:
        return overview.decision_ids(db, world.secretary, DecisionFilter(search=text), FRIDAY)

    assert search("трудоуст") == [world.overdue]
    assert search("Трудоустройство") == [world.overdue]
    assert search("  ЯРМАРКУ  ") == [world.soon]
    assert search("құқық") == [world.far]
    assert search("100%") == []
    assert search("_") == []


def test_sql_and_python_control_states_agree(db: Database, world: World) -> None:
    """Every combination of stored state, kind and date position: register filter == row."""
    limit = date(2026, 3, 30)  # first date beyond 2 working days after FRIDAY
    positions: list[list[date]] = [
        [],
        [date(2026, 3, 19)],
        [FRIDAY],
        [date(2026, 3, 27)],
        [limit],
        [date(2026, 9, 1), date(2026, 3, 2)],
    ]
    with db.transaction() as s:
        meeting = s.get_one(Meeting, world.held)
        item = AgendaItem(meeting_id=meeting.id, position=9, kind=AgendaItemKind.OTHER, title="x")
        s.add(item)
        s.flush()
        combos = itertools.product(
            ControlState, (DecisionKind.NOTE, DecisionKind.EXTEND), positions
        )
        for n, (stored, kind, dates) in enumerate(combos, start=1):
            points = [(d, ControlPointState.OPEN) for d in dates]
            _decision(s, item, n, "combo", None, points, kind=kind, stored=stored)
    everything = overview.decision_ids(db, world.secretary, DecisionFilter(), FRIDAY)
    python = {
        r.id: r.state for r in overview.decision_rows(db, world.secretary, everything, FRIDAY)
    }
    sql: dict[int, ComputedState] = {}
    for state in ComputedState:
        for ident in overview.decision_ids(
            db, world.secretary, DecisionFilter(state=state), FRIDAY
        ):
            assert ident not in sql
            sql[ident] = state
    assert sql == python
    counts = overview.decision_state_counts(db, world.secretary, DecisionFilter(), FRIDAY)
    assert counts == {s: list(python.values()).count(s) for s in ComputedState}


# --- dashboard ----------------------------------------------------------------------------


def test_dashboard_for_the_secretary(db: Database, world: World) -> None:
    data = overview.dashboard(db, world.secretary, FRIDAY)
    assert data.commission_name == "МВК Косшы"
    assert data.due_soon_working_days == 2
    assert data.overdue == 1
    assert data.due_soon == 1
    assert data.on_control == 1
    assert data.executed == 1
    assert data.state_counts[ComputedState.NOT_CONTROLLED] == 1
    assert data.next_meeting is not None
    assert (data.next_meeting.number, data.next_meeting.meeting_date) == (2, date(2026, 4, 15))
    assert data.next_meeting.place == "Акимат, каб. 5"
    assert data.last_held is not None and data.last_held.id == world.held
    assert [(a.name, a.count) for a in data.top_overdue_agencies] == [("ОП", 1)]
    assert data.clients_on_register == 4
    assert data.open_cases == 1


def test_dashboard_scopes_and_hides_clients(db: Database, world: World) -> None:
    assert overview.dashboard(db, world.officer_b, FRIDAY).clients_on_register == 2
    assert overview.dashboard(db, world.officer_b, FRIDAY).open_cases == 0
    assert overview.dashboard(db, world.officer_a, FRIDAY).open_cases == 1
    chair = overview.dashboard(db, world.chair, FRIDAY)
    assert chair.clients_on_register is None and chair.open_cases is None
    assert chair.overdue == 1


def test_dashboard_of_an_empty_database(db: Database) -> None:
    admin = make_admin(db)
    data = overview.dashboard(db, admin, FRIDAY)
    assert data.commission_name is None
    assert data.next_meeting is None and data.last_held is None
    assert data.overdue == 0 and data.top_overdue_agencies == ()
    assert overview.list_meetings(db, admin, None) == []
    assert overview.meeting_years(db, admin) == []


# --- meetings -----------------------------------------------------------------------------


def test_meetings_with_counts(db: Database, world: World) -> None:
    assert overview.meeting_years(db, world.chair) == [2026, 2025]
    rows = overview.list_meetings(db, world.chair, 2026)
    assert [(r.number, r.status) for r in rows] == [
        (1, MeetingStatus.MINUTES_SIGNED),
        (2, MeetingStatus.PLANNED),
    ]
    held = rows[0]
    assert (held.agenda_items, held.decisions, held.present) == (2, 5, 2)
    assert held.start_time == time(10, 0)
    assert (rows[1].agenda_items, rows[1].decisions, rows[1].present) == (1, 1, 0)
    assert [r.year for r in overview.list_meetings(db, world.chair, None)] == [2026, 2026, 2025]


# --- clients ------------------------------------------------------------------------------


def test_officer_sees_only_own_district_by_any_search(db: Database, world: World) -> None:
    a = world.officer_a
    assert set(registers.client_ids(db, a)) == {world.ivanov, world.aliev}
    for text in ("иван", "ИВАНОВА", "әлі", "Мария", "ива", world_iin(db, world.ivanova)):
        assert world.ivanova not in registers.client_ids(db, a, text)
        assert world.alieva not in registers.client_ids(db, a, text)
    rows = registers.client_rows(db, a, [world.ivanova, world.ivanov, world.alieva])
    assert [r.id for r in rows] == [world.ivanov]
    assert set(registers.client_ids(db, world.officer_b)) == {world.ivanova, world.alieva}


def test_roles_without_client_access_are_refused(db: Database, world: World) -> None:
    for actor in (world.chair, world.admin):
        with pytest.raises(PermissionDenied):
            registers.client_ids(db, actor)
        with pytest.raises(PermissionDenied):
            registers.client_rows(db, actor, [world.ivanov])
        with pytest.raises(PermissionDenied):
            case_register.case_ids(db, actor)


def test_iin_masked_for_the_secretary_full_for_the_officer(db: Database, world: World) -> None:
    full = world_iin(db, world.ivanov)
    [secretary_row] = registers.client_rows(db, world.secretary, [world.ivanov])
    [officer_row] = registers.client_rows(db, world.officer_a, [world.ivanov])
    assert secretary_row.iin == full[:6] + "******"
    assert officer_row.iin == full
    assert officer_row.full_name == "ИВАНОВ Иван Петрович"
    assert officer_row.district == "Косшы"
    assert officer_row.officer == "Officer.A"
    assert officer_row.case_count == 1
    assert officer_row.category is ClientCategory.CONDITIONAL


def test_iin_search_does_not_reveal_masked_digits(db: Database, world: World) -> None:
    full = world_iin(db, world.ivanov)
    sec = world.secretary
    assert registers.client_ids(db, sec, full[:6]) == [world.ivanov]
    assert registers.client_ids(db, sec, full[:8]) == []  # would tell the 7th and 8th digits
    assert registers.client_ids(db, sec, full) == [world.ivanov]  # the whole number: a lookup
    assert registers.client_ids(db, sec, f"{full[:6]} {full[6:]}") == [world.ivanov]
    assert registers.client_ids(db, world.officer_a, full[:8]) == [world.ivanov]


def test_name_search_folds_cyrillic_and_kazakh_case(db: Database, world: World) -> None:
    sec = world.secretary
    assert registers.client_ids(db, sec, "иван")[:2] == [world.ivanov, world.ivanova]
    assert set(registers.client_ids(db, sec, "иван")) == {world.ivanov, world.ivanova}
    # Every word anywhere: «Иванова Мария Ивановна» has both, after the name that starts so.
    assert registers.client_ids(db, sec, "ИВАНОВ ИВАН") == [world.ivanov, world.ivanova]
    assert registers.client_ids(db, sec, "ИВАНОВ ПЕТР") == [world.ivanov]
    assert registers.client_ids(db, sec, "әлі") == [world.alieva]  # ӘЛІЕВА, Kazakh і
    assert registers.client_ids(db, sec, "Әли") == [world.aliev]  # Әлиев, Russian и
    assert registers.client_ids(db, sec, "ӘЛ") == [world.aliev, world.alieva]
    assert registers.client_ids(db, sec, "нұрлан") == [world.aliev]  # inside the name
    assert registers.client_ids(db, sec, "%") == []
    with_gone = registers.client_ids(db, sec, "иван", include_deregistered=True)
    assert world.deregistered in with_gone


def test_client_list_is_audited_without_names(db: Database, world: World) -> None:
    before = len(_views(db, "clients"))
    registers.client_ids(db, world.officer_a, "Иванов")
    registers.client_ids(db, world.officer_a)
    registers.client_ids(db, world.officer_a, "никого")  # nothing handed out: nothing to log
    entries = _views(db, "clients")[before:]
    assert entries == [
        ("officer.a", None, {"list": 1, "search": True}),
        ("officer.a", None, {"list": 2, "search": False}),
    ]
    registers.client_rows(db, world.officer_a, [world.ivanov])
    assert len(_views(db, "clients")) == before + 2


# --- cases --------------------------------------------------------------------------------


def test_cases_scope_rows_and_audit(db: Database, world: World) -> None:
    assert case_register.case_ids(db, world.secretary) == [world.case_b, world.case_a]
    assert case_register.case_ids(db, world.secretary, open_only=True) == [world.case_a]
    assert case_register.case_ids(db, world.officer_a) == [world.case_a]
    assert case_register.case_ids(db, world.officer_a, "иванова") == []
    assert case_register.case_ids(db, world.secretary, "иванова") == [world.case_b]
    assert case_register.case_ids(db, world.secretary, "2026-00") == [world.case_b, world.case_a]
    assert case_register.case_rows(db, world.officer_a, [world.case_b], FRIDAY) == []
    [row] = case_register.case_rows(db, world.officer_a, [world.case_a], FRIDAY)
    assert row.number == "2026-001"
    assert row.client_name == "ИВАНОВ И. П."
    assert row.state is ProgrammeState.IN_PROGRESS
    assert (row.measures_open, row.measures_overdue) == (2, 1)
    assert row.officer == "Officer.A"
    case_register.case_ids(db, world.officer_a, "001")
    assert _views(db, "cases")[-1] == ("officer.a", None, {"list": 1, "search": True})


def world_iin(db: Database, client_id: int) -> str:
    with db.reading() as s:
        return s.get_one(Client, client_id).iin


def test_rows_and_dashboard_take_a_fixed_number_of_queries(db: Database, world: World) -> None:
    """No query per row: the cost of a page does not grow with the page."""
    statements: list[str] = []

    def count(*args: object) -> None:
        if not str(args[2]).startswith("BEGIN"):  # SQLite's explicit transaction start
            statements.append(str(args[2]))

    everything = overview.decision_ids(db, world.secretary, DecisionFilter(), FRIDAY)
    event.listen(db.engine, "before_cursor_execute", count)
    try:
        overview.decision_rows(db, world.secretary, everything[:1], FRIDAY)
        one = len(statements)
        statements.clear()
        overview.decision_rows(db, world.secretary, everything, FRIDAY)
        assert len(statements) == one
        statements.clear()
        registers.client_rows(db, world.secretary, [world.ivanov, world.aliev, world.ivanova])
        case_register.case_rows(db, world.secretary, [world.case_a, world.case_b], FRIDAY)
        # The clients; the cases; their open measures and the calendar that the overdue rule
        # (``measure_terms``) needs; and, once per page, whether the server holds more than one
        # commission (a secretary then sees her districts' clients only): a page costs no more.
        assert len(statements) == 6
        statements.clear()
        overview.list_meetings(db, world.secretary, None)
        assert len(statements) == 2  # the acting commission, then its meetings
        statements.clear()
        overview.dashboard(db, world.secretary, FRIDAY)
        assert len(statements) <= 9  # with the one-commission check of the clients' scope
    finally:
        event.remove(db.engine, "before_cursor_execute", count)


# --- on the demo commission ---------------------------------------------------------------


def test_the_demo_commission_reads_consistently(db: Database) -> None:
    """Invariants over a realistic data set: counts, filters and rows agree with each other."""
    demo = pytest.importorskip("commission.services.demo")
    summary = demo.build_demo(db, Actor.command_line(), seed=3, today=FRIDAY, clients=40)
    secretary = auth.login(db, "secretary", demo.DEMO_PASSWORD)
    officer = auth.login(db, "officer", demo.DEMO_PASSWORD)

    data = overview.dashboard(db, secretary, FRIDAY)
    ids = overview.decision_ids(db, secretary, DecisionFilter(), FRIDAY)
    rows = overview.decision_rows(db, secretary, ids, FRIDAY)
    assert 0 < len(ids) <= summary.decisions
    assert [r.id for r in rows] == ids
    assert dict(data.state_counts) == {s: sum(r.state is s for r in rows) for s in ComputedState}
    for state in ComputedState:
        by_sql = overview.decision_ids(db, secretary, DecisionFilter(state=state), FRIDAY)
        assert by_sql == [r.id for r in rows if r.state is state]
    assert sum(a.count for a in data.top_overdue_agencies) <= data.overdue
    for row in rows:
        assert (row.days_overdue is not None) == (row.state is ComputedState.OVERDUE)
    held = overview.list_meetings(db, secretary, None)
    assert sum(m.decisions for m in held) >= len(ids)

    clients = registers.client_ids(db, secretary)
    assert len(clients) == data.clients_on_register
    assert all(r.iin.endswith("******") for r in registers.client_rows(db, secretary, clients))
    mine = registers.client_ids(db, officer)
    assert len(mine) == overview.dashboard(db, officer, FRIDAY).clients_on_register
    assert all(
        len(r.iin) == 12 and r.iin.isdigit() for r in registers.client_rows(db, officer, mine)
    )
    open_cases = case_register.case_ids(db, secretary, open_only=True)
    assert len(open_cases) == data.open_cases


def test_decision_filters_by_meeting_term_and_force(db: Database, world: World) -> None:
    def ids(**kwargs: object) -> list[int]:
        return overview.decision_ids(db, world.secretary, DecisionFilter(**kwargs), FRIDAY)  # type: ignore[arg-type]

    with db.transaction() as s:
        s.get_one(Decision, world.far).is_binding = False
    everything = [world.executed, world.overdue, world.soon, world.far, world.note]
    assert ids(meeting_id=world.held) == everything
    assert ids(meeting_id=world.planned) == []  # its draft decision is not adopted yet
    assert ids(binding=False) == [world.far]
    assert ids(binding=True) == [world.executed, world.overdue, world.soon, world.note]
    # The term: the earliest open point, else the decision's own term; both ends included.
    assert ids(due_from=date(2026, 3, 2), due_to=date(2026, 3, 27)) == [world.overdue, world.soon]
    assert ids(due_from=date(2026, 4, 1)) == [world.far]
    assert ids(due_to=date(2026, 3, 1)) == [world.executed]
    counts = overview.decision_state_counts(
        db, world.secretary, DecisionFilter(due_to=date(2026, 3, 27)), FRIDAY
    )
    assert sum(counts.values()) == 3


def test_decision_register_sorts_by_the_clicked_column(db: Database, world: World) -> None:
    def ids(sort: DecisionSort, descending: bool = False) -> list[int]:
        return overview.decision_ids(
            db, world.secretary, DecisionFilter(), FRIDAY, sort, descending
        )

    minutes = [world.overdue, world.soon, world.executed, world.note, world.far]
    assert ids(DecisionSort.NUMBER) == minutes
    assert ids(DecisionSort.NUMBER, descending=True) == minutes[::-1]
    # What needs attention first, then the order of the minutes.
    assert ids(DecisionSort.STATE) == [
        world.overdue,
        world.soon,
        world.far,
        world.executed,
        world.note,
    ]
    # «ОП» before «Центр занятости»; no lead agency last.
    assert ids(DecisionSort.LEAD_AGENCY) == [
        world.overdue,
        world.executed,
        world.far,
        world.soon,
        world.note,
    ]
    assert ids(DecisionSort.KIND)[-1] == world.far  # the only recommendation
    assert ids(DecisionSort.DUE, descending=True) == [
        world.far,
        world.soon,
        world.overdue,
        world.executed,
        world.note,
    ]
