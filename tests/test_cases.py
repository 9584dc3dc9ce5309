"""Cases on the real database (SQLite and PostgreSQL): the programme and its states, needs,
measures with evidence, the activity log apart from the schedule, escalation to the commission,
release notices and the probation officer's home; district scope and permissions."""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date

import pytest
from sqlalchemy import select

from commission.db.engine import Database
from commission.db.models import (
    AdminUnit,
    AgendaItemCase,
    AuditEntry,
    Case,
    Client,
    Measure,
    ReleaseNotice,
)
from commission.domain.control import ComputedState
from commission.domain.enums import (
    AdminLevel,
    AgendaItemKind,
    AuditAction,
    CaseEventKind,
    ClientCategory,
    DeregistrationReason,
    MeasureState,
    MeetingStatus,
    NeedKind,
    ProgrammeState,
    ReleaseNoticeState,
    Role,
)
from commission.domain.iin import InvalidIin, Sex, make_iin
from commission.domain.permissions import PermissionDenied
from commission.domain.programme import Timing, TransitionRefused
from commission.services import (
    agenda,
    attachments,
    case_card,
    case_register,
    cases,
    clients,
    decisions,
    escalation,
    measures,
    meetings,
    officer_home,
    registers,
    release_notices,
)
from commission.services.cases import EventData, NeedData
from commission.services.clients import DuplicateIin
from commission.services.context import Actor
from commission.services.errors import InvalidInput, NotFound, StaleCopy
from commission.services.measures import MeasureData
from tests.conftest import make_user
from tests.test_decisions import (
    MEETING_DAY,
    Sitting,
    fixed,
    instruction,
    make_sitting,
    set_meeting,
)

OPENED = date(2026, 2, 2)
TODAY = date(2026, 3, 2)  # a Monday, ten days before the planned meeting


@dataclass(frozen=True)
class Desk:
    s: Sitting
    officer: Actor
    stranger: Actor  # a probation officer of another district
    member: Actor
    other_district: int
    client_id: int


def add_client(
    db: Database,
    district_id: int,
    surname: str = "Бекенов",
    given: str = "Нурлан",
    patronymic: str | None = "Кайратович",
    serial: int = 1,
    officer_id: int | None = None,
) -> int:
    born = date(1990, 5, 17)
    with db.transaction() as session:
        client = Client(
            iin=make_iin(born, Sex.MALE, serial),
            surname=surname,
            given_name=given,
            patronymic=patronymic,
            search_name=registers.search_key(surname, given, patronymic),
            birth_date=born,
            sex=Sex.MALE,
            district_id=district_id,
            category=ClientCategory.RELEASED,
            officer_id=officer_id,
        )
        session.add(client)
        session.flush()
        return client.id


@pytest.fixture
def desk(db: Database, admin: Actor) -> Desk:
    return make_desk(db, admin)


def make_desk(db: Database, admin: Actor) -> Desk:
    """A commission with its meeting, two districts, their officers, a member, a client."""
    s = make_sitting(db, admin)
    with db.transaction() as session:
        unit = AdminUnit(level=AdminLevel.DISTRICT, name_ru="Аршалынский район", name_kk="Аршалы")
        session.add(unit)
        session.flush()
        other = unit.id
    officer = make_user(db, admin, "officer", Role.PROBATION_OFFICER, district_id=s.district_id)
    stranger = make_user(db, admin, "stranger", Role.PROBATION_OFFICER, district_id=other)
    member = make_user(db, admin, "member", Role.MEMBER)
    client_id = add_client(db, s.district_id, officer_id=officer.user_id)
    return Desk(s, officer, stranger, member, other, client_id)


def make_programme(db: Database, d: Desk) -> tuple[int, list[int]]:
    """A case with needs and three measures for three agencies, approved."""
    case_id = cases.open_case(db, d.officer, d.client_id, OPENED, "Нужна работа и документы")
    card = case_card.case_card(db, d.officer, case_id, TODAY)
    cases.set_needs(
        db,
        d.officer,
        case_id,
        card.version,
        [NeedData(NeedKind.EMPLOYMENT, 1), NeedData(NeedKind.DOCUMENTS, 2)],
        "Без работы с января.",
    )
    ids = [
        measures.add_measure(
            db,
            d.officer,
            case_id,
            MeasureData(NeedKind.EMPLOYMENT, "Направить в центр занятости", d.s.employment, due),
        )
        for due in (date(2026, 3, 4),)
    ]
    ids.append(
        measures.add_measure(
            db,
            d.officer,
            case_id,
            MeasureData(
                NeedKind.DOCUMENTS, "Восстановить удостоверение", d.s.police, date(2026, 2, 27)
            ),
        )
    )
    ids.append(
        measures.add_measure(
            db,
            d.officer,
            case_id,
            MeasureData(NeedKind.EDUCATION, "Курсы сварщика", d.s.education, date(2026, 4, 30)),
        )
    )
    card = case_card.case_card(db, d.officer, case_id, TODAY)
    cases.change_state(db, d.officer, case_id, card.version, ProgrammeState.APPROVED, OPENED)
    return case_id, ids


def _version(db: Database, model: type[Case] | type[Measure], ident: int) -> int:
    with db.reading() as session:
        return session.get_one(model, ident).version


# --- opening and the programme ------------------------------------------------------------


def test_case_numbers_run_through_the_year(db: Database, desk: Desk) -> None:
    d = desk
    first = cases.open_case(db, d.officer, d.client_id, OPENED)
    other = add_client(db, d.s.district_id, "Ким", "Анна", None, serial=2)
    second = cases.open_case(db, d.officer, other, date(2026, 2, 3))
    numbers = [case_card.case_card(db, d.officer, i, TODAY).number for i in (first, second)]
    assert numbers == ["1/2026", "2/2026"]
    card = case_card.case_card(db, d.officer, first, TODAY)
    assert card.state is ProgrammeState.DRAFT and card.officer_id == d.officer.user_id
    assert card.client_label == "Б-ов Н. К." and card.client_name == "Бекенов Нурлан Кайратович"
    with pytest.raises(InvalidInput) as err:
        cases.open_case(db, d.officer, d.client_id, OPENED)
    assert err.value.params == {"number": "1/2026"}


def test_programme_moves_through_its_states(db: Database, desk: Desk) -> None:
    d = desk
    case_id = cases.open_case(db, d.officer, d.client_id, OPENED)
    version = _version(db, Case, case_id)
    with pytest.raises(TransitionRefused, match="at least one measure"):
        cases.change_state(db, d.officer, case_id, version, ProgrammeState.APPROVED, OPENED)
    with pytest.raises(TransitionRefused, match="must be approved"):
        cases.change_state(db, d.officer, case_id, version, ProgrammeState.IN_PROGRESS, OPENED)
    measure = measures.add_measure(
        db, d.officer, case_id, MeasureData(NeedKind.HOUSING, "Койко-место", d.s.police, None)
    )
    with pytest.raises(InvalidInput, match="Approve the programme"):
        measures.set_measure_state(
            db, d.officer, measure, _version(db, Measure, measure), MeasureState.IN_PROGRESS
        )
    cases.change_state(db, d.officer, case_id, version, ProgrammeState.APPROVED, date(2026, 2, 5))
    card = case_card.case_card(db, d.officer, case_id, TODAY)
    assert (card.state, card.approved_on) == (ProgrammeState.APPROVED, date(2026, 2, 5))
    assert card.next_states == (
        ProgrammeState.IN_PROGRESS,
        ProgrammeState.CLOSED,
        ProgrammeState.STOPPED,
    )
    # The first measure worked on starts the programme.
    measures.set_measure_state(
        db,
        d.officer,
        measure,
        _version(db, Measure, measure),
        MeasureState.IN_PROGRESS,
        today=TODAY,
    )
    assert case_card.case_card(db, d.officer, case_id, TODAY).state is ProgrammeState.IN_PROGRESS
    version = _version(db, Case, case_id)
    with pytest.raises(TransitionRefused, match="not finished") as err:
        cases.change_state(db, d.officer, case_id, version, ProgrammeState.COMPLETED, TODAY)
    assert err.value.params == {"count": 1}
    with pytest.raises(InvalidInput, match="outcome"):
        measures.set_measure_state(
            db,
            d.officer,
            measure,
            _version(db, Measure, measure),
            MeasureState.PROVIDED,
            today=TODAY,
        )
    measures.set_measure_state(
        db,
        d.officer,
        measure,
        _version(db, Measure, measure),
        MeasureState.PROVIDED,
        "Заселен в центр адаптации",
        date(2026, 2, 20),
        today=TODAY,
    )
    with pytest.raises(TransitionRefused, match="removed from the register"):
        cases.change_state(db, d.officer, case_id, version, ProgrammeState.CLOSED, TODAY)
    cases.change_state(db, d.officer, case_id, version, ProgrammeState.COMPLETED, TODAY)
    card = case_card.case_card(db, d.officer, case_id, TODAY)
    assert (card.state, card.closed_on, card.next_states) == (ProgrammeState.COMPLETED, TODAY, ())
    assert card.schedule == ()
    with pytest.raises(TransitionRefused, match="has ended"):
        cases.change_state(db, d.officer, case_id, card.version, ProgrammeState.STOPPED, TODAY, "x")
    with pytest.raises(InvalidInput, match="has ended"):
        measures.add_measure(
            db, d.officer, case_id, MeasureData(NeedKind.LEGAL, "Юрист", None, None)
        )


def test_stopping_needs_a_reason_and_removal_closes(db: Database, desk: Desk) -> None:
    d = desk
    case_id = cases.open_case(db, d.officer, d.client_id, OPENED)
    with pytest.raises(InvalidInput, match="why"):
        cases.change_state(
            db, d.officer, case_id, _version(db, Case, case_id), ProgrammeState.STOPPED, TODAY
        )
    with db.transaction() as session:
        client = session.get_one(Client, d.client_id)
        client.deregistered_on = date(2026, 3, 1)
        client.deregistration_reason = DeregistrationReason.MOVED
        assert cases.close_cases_on_removal(session, d.officer, client) == [case_id]
    card = case_card.case_card(db, d.officer, case_id, TODAY)
    assert (card.state, card.closed_on) == (ProgrammeState.CLOSED, date(2026, 3, 1))


def test_needs_are_replaced_and_stale_copies_refused(db: Database, desk: Desk) -> None:
    d = desk
    case_id = cases.open_case(db, d.officer, d.client_id, OPENED)
    version = _version(db, Case, case_id)
    cases.set_needs(db, d.officer, case_id, version, [NeedData(NeedKind.HOUSING, 1, "срочно")])
    with pytest.raises(StaleCopy):
        cases.set_needs(db, d.officer, case_id, version, [])
    with pytest.raises(InvalidInput, match="once"):
        cases.set_needs(
            db,
            d.officer,
            case_id,
            _version(db, Case, case_id),
            [NeedData(NeedKind.HOUSING), NeedData(NeedKind.HOUSING)],
        )
    cases.set_needs(
        db,
        d.officer,
        case_id,
        _version(db, Case, case_id),
        [NeedData(NeedKind.FAMILY, 3), NeedData(NeedKind.HEALTH, 1)],
    )
    card = case_card.case_card(db, d.officer, case_id, TODAY)
    assert [(n.kind, n.priority) for n in card.needs] == [
        (NeedKind.HEALTH, 1),
        (NeedKind.FAMILY, 3),
    ]


# --- schedule, log, evidence --------------------------------------------------------------


def test_schedule_is_apart_from_the_log(db: Database, desk: Desk) -> None:
    d = desk
    case_id, (work, papers, courses) = make_programme(db, d)
    cases.log_event(
        db,
        d.officer,
        case_id,
        EventData(CaseEventKind.VISIT, date(2026, 2, 25), "Посещение"),
        today=TODAY,
    )
    cases.log_event(
        db,
        d.officer,
        case_id,
        EventData(CaseEventKind.CONTACT, date(2026, 2, 27), "Звонок", measure_id=work),
        today=TODAY,
    )
    with pytest.raises(InvalidInput, match="future"):
        cases.log_event(
            db,
            d.officer,
            case_id,
            EventData(CaseEventKind.NOTE, date(2026, 3, 3), "x"),
            today=TODAY,
        )
    card = case_card.case_card(db, d.officer, case_id, TODAY)
    assert [(e.kind, e.text) for e in card.events] == [
        (CaseEventKind.CONTACT, "Звонок"),
        (CaseEventKind.VISIT, "Посещение"),
    ]
    # By due date: overdue (27.02 < 02.03), due soon (04.03, within the commission's working
    # days), on time (30.04).
    assert [(e.measure_id, e.timing) for e in card.schedule] == [
        (papers, Timing.OVERDUE),
        (work, Timing.DUE_SOON),
        (courses, Timing.ON_TIME),
    ]
    assert [e.working_days for e in card.schedule][:2] == [-1, 2]
    assert card.schedule[0].agency == "Отдел полиции"


def test_evidence_is_attached_to_a_measure(db: Database, desk: Desk) -> None:
    d = desk
    case_id, (work, _, _) = make_programme(db, d)
    view = measures.attach_evidence(
        db, d.officer, work, "справка.pdf", "application/pdf", b"%PDF-1.4 enrolment"
    )
    assert view.size == 18 and len(view.sha256) == 64
    card = case_card.case_card(db, d.officer, case_id, TODAY)
    [measure] = [m for m in card.measures if m.id == work]
    assert [a.file_name for a in measure.attachments] == ["справка.pdf"]
    with pytest.raises(InvalidInput, match="empty"):
        measures.attach_evidence(db, d.officer, work, "пусто.pdf", "application/pdf", b"")
    with pytest.raises(NotFound):  # another district's measure looks like none at all
        measures.attach_evidence(db, d.stranger, work, "a.pdf", "application/pdf", b"1")


# --- permissions and scope ----------------------------------------------------------------


def test_member_cannot_edit_and_other_district_is_refused(db: Database, desk: Desk) -> None:
    d = desk
    case_id, (work, _, _) = make_programme(db, d)
    with pytest.raises(PermissionDenied):
        cases.open_case(db, d.member, d.client_id, OPENED)
    with pytest.raises(PermissionDenied):
        case_card.case_card(db, d.member, case_id, TODAY)
    # Another district's case looks exactly like a missing one, even with a stale version:
    # the officer learns neither that it exists nor who changed it last.
    with pytest.raises(NotFound):
        case_card.case_card(db, d.stranger, case_id, TODAY)
    with pytest.raises(NotFound):
        cases.log_event(
            db, d.stranger, case_id, EventData(CaseEventKind.NOTE, TODAY, "x"), today=TODAY
        )
    with pytest.raises(NotFound):
        measures.set_measure_state(
            db, d.stranger, work, _version(db, Measure, work) - 1, MeasureState.IN_PROGRESS
        )
    with pytest.raises(NotFound):
        escalation.escalate_measure(
            db,
            d.stranger,
            work,
            version=_version(db, Measure, work) - 1,
            reason="нет мест",
            today=TODAY,
        )
    with pytest.raises(NotFound):
        cases.open_case(db, d.stranger, d.client_id, OPENED)
    # The secretary reads the card (all districts) but may not change the programme.
    assert case_card.case_card(db, d.s.secretary, case_id, TODAY).number == "1/2026"
    with pytest.raises(PermissionDenied):
        cases.change_state(
            db,
            d.s.secretary,
            case_id,
            _version(db, Case, case_id),
            ProgrammeState.STOPPED,
            TODAY,
            "x",
        )


def test_opening_a_card_is_audited_without_personal_data(db: Database, desk: Desk) -> None:
    d = desk
    case_id, _ = make_programme(db, d)
    case_card.case_card(db, d.officer, case_id, TODAY)
    with db.reading() as session:
        views = session.scalars(
            select(AuditEntry).where(AuditEntry.entity == "cases", AuditEntry.action == "view")
        ).all()
        assert views and views[-1].entity_id == str(case_id)
        measure_entries = session.scalars(
            select(AuditEntry.changes).where(AuditEntry.entity == "measures")
        ).all()
    assert measure_entries and all("Направить" not in text for text in measure_entries)


# --- escalation ---------------------------------------------------------------------------


def test_escalated_measure_becomes_a_proposed_item_and_follows_the_decision(
    db: Database, desk: Desk
) -> None:
    d = desk
    case_id, (work, _, _) = make_programme(db, d)
    result = escalation.escalate_measure(
        db,
        d.officer,
        work,
        version=_version(db, Measure, work),
        reason="Нет вакансий три месяца",
        today=TODAY,
    )
    assert (result.meeting_id, result.meeting_date) == (d.s.meeting_id, MEETING_DAY)
    assert result.agenda_item_id is not None
    items = agenda.list_items(db, d.s.secretary, d.s.meeting_id)
    [item] = [i for i in items if i.id == result.agenda_item_id]
    assert item.kind is AgendaItemKind.SOCIAL_SUPPORT
    assert item.title == (
        "О затруднениях в оказании социально-правовой помощи по делу № 1/2026 (Б-ов Н. К.): "
        "трудоустройство, Центр занятости"
    )
    assert "Бекенов" not in item.title and "Нурлан" not in item.title
    assert [(c.case_number, c.label) for c in item.cases] == [("1/2026", "Б-ов Н. К.")]
    with db.reading() as session:
        link = session.get_one(AgendaItemCase, (item.id, case_id))
        assert link.is_escalation
    card = case_card.case_card(db, d.officer, case_id, TODAY)
    [measure] = [m for m in card.measures if m.id == work]
    assert measure.state is MeasureState.ESCALATED
    assert measure.escalation is not None and measure.escalation.decision is None
    assert measure.escalation.meeting_number == 1
    [entry] = [e for e in card.schedule if e.measure_id == work]
    assert (entry.escalated, entry.timing) == (True, Timing.NO_DEADLINE)
    assert card.events[0].kind is CaseEventKind.REFERRAL
    assert card.events[0].agenda_item_id == item.id
    with pytest.raises(InvalidInput, match="already sent"):
        escalation.escalate_measure(
            db, d.officer, work, version=_version(db, Measure, work), reason="ещё раз", today=TODAY
        )

    decision = decisions.add_decision(
        db, d.s.secretary, item.id, instruction(d.s.employment, fixed(date(2026, 4, 10)))
    )
    card = case_card.case_card(db, d.officer, case_id, date(2026, 3, 13))
    review = card.events[0]
    assert (review.kind, review.decision_id, review.measure_id) == (
        CaseEventKind.REVIEW,
        decision.id,
        work,
    )
    assert review.happened_on == MEETING_DAY
    [measure] = [m for m in card.measures if m.id == work]
    assert measure.escalation is not None and measure.escalation.decision is not None
    link_view = measure.escalation.decision
    assert (link_view.decision_id, link_view.number, link_view.due_date) == (
        decision.id,
        f"{item.position}.1",
        date(2026, 4, 10),
    )
    assert link_view.state is ComputedState.ON_CONTROL
    [entry] = [e for e in card.schedule if e.measure_id == work]
    assert (entry.due_date, entry.timing) == (date(2026, 4, 10), Timing.ON_TIME)
    late = case_card.case_card(db, d.officer, case_id, date(2026, 4, 13))
    [entry] = [e for e in late.schedule if e.measure_id == work]
    assert (entry.timing, entry.decision_state) == (Timing.OVERDUE, ComputedState.OVERDUE)
    due = officer_home.due_measures(db, d.officer, date(2026, 4, 13))
    assert work in [m.measure_id for m in due]


def test_escalation_waits_for_the_next_meeting_planned(db: Database, desk: Desk) -> None:
    d = desk
    case_id, (work, _, _) = make_programme(db, d)
    later = date(2026, 3, 20)  # after the only meeting
    result = escalation.escalate_measure(
        db, d.officer, work, version=_version(db, Measure, work), reason="Нет мест", today=later
    )
    assert result.agenda_item_id is None and result.meeting_id is None
    waiting = escalation.waiting_escalations(db, d.s.secretary)
    assert [(w.case_number, w.label) for w in waiting] == [("1/2026", "Б-ов Н. К.")]
    meeting = meetings.create_meeting(
        db, d.s.secretary, meetings.MeetingData(meeting_date=date(2026, 4, 9))
    )
    items = agenda.list_items(db, d.s.secretary, meeting.id)
    assert [i.cases[0].case_number for i in items] == ["1/2026"]
    assert escalation.waiting_escalations(db, d.s.secretary) == []
    card = case_card.case_card(db, d.officer, case_id, later)
    [measure] = [m for m in card.measures if m.id == work]
    assert measure.escalation is not None and measure.escalation.meeting_id == meeting.id
    assert card.events[0].agenda_item_id == items[0].id


def test_a_removed_proposal_waits_for_the_next_meeting(db: Database, desk: Desk) -> None:
    d = desk
    case_id, (work, _, _) = make_programme(db, d)
    result = escalation.escalate_measure(db, d.officer, work, "Нет мест", today=TODAY)
    assert result.agenda_item_id is not None
    agenda.remove_item(db, d.s.secretary, result.agenda_item_id)
    [waiting] = escalation.waiting_escalations(db, d.s.secretary)
    assert (waiting.measure_id, waiting.escalated_on) == (work, TODAY)
    card = case_card.case_card(db, d.officer, case_id, TODAY)
    [measure] = [m for m in card.measures if m.id == work]
    assert measure.state is MeasureState.ESCALATED
    assert measure.escalation is not None and measure.escalation.agenda_item_id is None


def test_an_approved_agenda_takes_no_proposals(db: Database, desk: Desk) -> None:
    d = desk
    _, (work, _, _) = make_programme(db, d)
    set_meeting(db, d.s.meeting_id, status=MeetingStatus.AGENDA_APPROVED)
    with pytest.raises(StaleCopy):
        escalation.escalate_measure(db, d.officer, work, "Нет мест", version=0, today=TODAY)
    result = escalation.escalate_measure(db, d.officer, work, "Нет мест", today=TODAY)
    assert result.agenda_item_id is None
    assert len(escalation.waiting_escalations(db, d.s.secretary)) == 1


# --- release notices ----------------------------------------------------------------------


def _notice(d: Desk, **changes: object) -> release_notices.ReleaseNoticeData:
    values: dict[str, object] = {
        "received_on": date(2026, 2, 20),
        "institution": "Учреждение ЕЦ-166/11",
        "surname": "Сапаров",
        "given_name": "Ерлан",
        "patronymic": "Маратович",
        "expected_release": date(2026, 4, 1),
        "district_id": d.s.district_id,
        "iin": make_iin(date(1985, 3, 4), Sex.MALE, 77),
        "chosen_residence": "с. Косшы, ул. Абая, 5",
        "needs": (NeedKind.HOUSING, NeedKind.DOCUMENTS, NeedKind.HOUSING),
        "needs_text": "Жилья нет, паспорт утерян.",
    }
    values.update(changes)
    return release_notices.ReleaseNoticeData(**values)  # type: ignore[arg-type]


def test_release_notice_opens_a_draft_case(db: Database, desk: Desk) -> None:
    d = desk
    result = release_notices.record_release_notice(db, d.officer, _notice(d), today=TODAY)
    assert result.client_created and result.case_created
    assert result.state is ReleaseNoticeState.CASE_OPENED and result.case_number == "1/2026"
    assert result.case_id is not None
    card = case_card.case_card(db, d.officer, result.case_id, TODAY)
    assert card.state is ProgrammeState.DRAFT and card.opened_on == date(2026, 2, 20)
    assert {n.kind for n in card.needs} == {NeedKind.HOUSING, NeedKind.DOCUMENTS}
    assert card.assessment_notes == "Жилья нет, паспорт утерян."
    assert card.events[0].kind is CaseEventKind.NOTE and "01.04.2026" in card.events[0].text
    with db.reading() as session:
        client = session.get_one(Client, result.client_id)
        assert (client.birth_date, client.category) == (date(1985, 3, 4), ClientCategory.RELEASED)
        assert client.officer_id == d.officer.user_id
    # A second notice for the same person: matched by IIN, the open case gets the new need.
    again = release_notices.record_release_notice(
        db, d.officer, _notice(d, needs=(NeedKind.EMPLOYMENT,)), today=TODAY
    )
    assert not again.client_created and not again.case_created
    assert again.case_id == result.case_id and again.client_id == result.client_id
    card = case_card.case_card(db, d.officer, result.case_id, TODAY)
    assert NeedKind.EMPLOYMENT in {n.kind for n in card.needs}


def test_release_notice_without_iin_or_elsewhere(db: Database, desk: Desk) -> None:
    d = desk
    kept = release_notices.record_release_notice(db, d.officer, _notice(d, iin=None), today=TODAY)
    assert (kept.state, kept.case_id, kept.client_id) == (ReleaseNoticeState.RECEIVED, None, None)
    with pytest.raises(InvalidInput, match="another district"):
        release_notices.record_release_notice(db, d.stranger, _notice(d, iin=None), today=TODAY)
    with pytest.raises(InvalidIin, match="birth date"):
        release_notices.record_release_notice(
            db, d.officer, _notice(d, birth_date=date(1985, 3, 5)), today=TODAY
        )
    with pytest.raises(PermissionDenied):
        release_notices.record_release_notice(db, d.member, _notice(d), today=TODAY)
    # A notice naming a client of another district: no second card, and no word of where.
    taken = release_notices.record_release_notice(db, d.officer, _notice(d), today=TODAY)
    with pytest.raises(DuplicateIin, match="transfer the card") as caught:
        release_notices.record_release_notice(
            db, d.stranger, _notice(d, district_id=d.other_district), today=TODAY
        )
    assert caught.value.params == {} and str(taken.case_number) not in str(caught.value)
    with db.reading() as session:
        assert len(session.scalars(select(ReleaseNotice)).all()) == 2


# --- the officer's home -------------------------------------------------------------------


def test_officer_home(db: Database, desk: Desk) -> None:
    d = desk
    case_id, (work, papers, _) = make_programme(db, d)
    other = add_client(
        db, d.s.district_id, "Ли", "Олег", None, serial=5, officer_id=d.officer.user_id
    )
    draft = cases.open_case(db, d.officer, other, OPENED)
    add_client(db, d.other_district, "Ахметов", "Али", None, serial=9)
    home = officer_home.officer_home(db, d.officer, TODAY)
    assert [c.full_name for c in home.clients] == ["Бекенов Нурлан Кайратович", "Ли Олег"]
    assert [(m.measure_id, m.state, m.working_days) for m in home.due] == [
        (papers, ComputedState.OVERDUE, -1),
        (work, ComputedState.DUE_SOON, 2),
    ]
    assert home.due[0].days_overdue == 1 and home.due[0].client_name == "Бекенов Н. К."
    assert [c.id for c in home.without_programme] == [draft]
    assert officer_home.due_measures(db, d.stranger, TODAY) == []
    with pytest.raises(PermissionDenied):
        officer_home.officer_home(db, d.member, TODAY)
    assert case_id not in [c.id for c in home.without_programme]


# --- one product: the register, the card and the client service agree ----------------------


def _overdue_on_card(db: Database, d: Desk, case_id: int, day: date) -> int:
    card = case_card.case_card(db, d.officer, case_id, day)
    return sum(1 for e in card.schedule if e.timing is Timing.OVERDUE)


def test_cases_register_counts_an_escalated_measure_by_the_decision(
    db: Database, desk: Desk
) -> None:
    d = desk
    case_id, (_, papers, _) = make_programme(db, d)

    def listed(day: date) -> int:
        [row] = case_register.case_rows(db, d.officer, [case_id], day)
        assert row.measures_overdue == _overdue_on_card(db, d, case_id, day)
        return row.measures_overdue

    assert listed(TODAY) == 1  # the papers, due 27.02
    result = escalation.escalate_measure(
        db,
        d.officer,
        papers,
        version=_version(db, Measure, papers),
        reason="Нет ответа",
        today=TODAY,
    )
    assert result.agenda_item_id is not None
    # Sent to the commission: no longer overdue by its own old deadline, waiting for a decision.
    assert listed(TODAY) == 0
    decisions.add_decision(
        db, d.s.secretary, result.agenda_item_id, instruction(d.s.police, fixed(date(2026, 4, 10)))
    )
    assert listed(date(2026, 3, 13)) == 1  # the work, due 04.03; the papers on time
    assert listed(date(2026, 4, 13)) == 2  # and now the decision's term has passed too
    [row] = case_register.case_rows(db, d.officer, [case_id], date(2026, 4, 13))
    assert row.measures_open == 3


def test_removal_from_the_register_closes_the_open_cases(db: Database, desk: Desk) -> None:
    d = desk
    case_id, _ = make_programme(db, d)
    ended = cases.open_case(
        db, d.officer, add_client(db, d.s.district_id, "Ли", "Олег", None, serial=5), OPENED
    )
    with db.reading() as session:
        version = session.get_one(Client, d.client_id).version
    saved = clients.deregister_client(
        db, d.officer, d.client_id, version, date(2026, 3, 1), DeregistrationReason.MOVED
    )
    assert saved.closed_cases == (case_id,)
    card = case_card.case_card(db, d.officer, case_id, TODAY)
    assert (card.state, card.closed_on) == (ProgrammeState.CLOSED, date(2026, 3, 1))
    assert card.close_reason == "Снят с учета службы пробации"
    assert case_card.case_card(db, d.officer, ended, TODAY).state is ProgrammeState.DRAFT
    with db.reading() as session:
        entries = session.scalars(
            select(AuditEntry).where(
                AuditEntry.entity == "cases", AuditEntry.entity_id == str(case_id)
            )
        ).all()
        assert any("closed" in str(e.changes) for e in entries)


def test_a_stale_removal_closes_nothing(db: Database, desk: Desk) -> None:
    d = desk
    case_id, _ = make_programme(db, d)
    with pytest.raises(StaleCopy):
        clients.deregister_client(
            db, d.officer, d.client_id, 0, date(2026, 3, 1), DeregistrationReason.MOVED
        )
    assert case_card.case_card(db, d.officer, case_id, TODAY).state is ProgrammeState.APPROVED


def test_release_notice_enters_the_client_by_the_card_rules(db: Database, desk: Desk) -> None:
    d = desk
    born = date(1985, 3, 4)
    # The same person already on the register under another IIN (a typing mistake somewhere).
    add_client(db, d.s.district_id, "Сапаров", "Ерлан", None, serial=5)
    with db.transaction() as session:
        same = session.scalars(select(Client).where(Client.surname == "Сапаров")).one()
        same.birth_date = born
        same.iin = make_iin(born, Sex.MALE, 5)
    notice = _notice(
        d, surname="  сапаров ", given_name="ЕРЛАН", chosen_residence="с. Косшы,\n ул. Абая, 5"
    )
    with pytest.raises(release_notices.PossibleDuplicateClient) as caught:
        release_notices.record_release_notice(db, d.officer, notice, today=TODAY)
    assert caught.value.field == "iin"
    assert caught.value.warnings[0].name == "Сапаров Е."
    with db.reading() as session:
        assert session.scalars(select(ReleaseNotice)).all() == []
    result = release_notices.record_release_notice(
        db, d.officer, notice, today=TODAY, confirm_duplicates=True
    )
    assert result.client_created and result.client_id is not None
    with db.reading() as session:
        client = session.get_one(Client, result.client_id)
        assert (client.surname, client.given_name, client.search_name) == (
            "сапаров",
            "ЕРЛАН",
            "сапаров ерлан маратович",
        )
        assert (client.sex, client.category) == (Sex.MALE, ClientCategory.RELEASED)
        assert client.actual_address == "с. Косшы, ул. Абая, 5"
        assert client.officer_id == d.officer.user_id
        created = session.scalars(
            select(AuditEntry).where(
                AuditEntry.entity == "clients", AuditEntry.entity_id == str(client.id)
            )
        ).all()
        assert [e.action for e in created] == ["create"]


def test_a_notice_without_iin_becomes_a_case_once_the_iin_is_known(
    db: Database, desk: Desk
) -> None:
    d = desk
    kept = release_notices.record_release_notice(
        db, d.officer, _notice(d, iin=None, surname="Сапаров", given_name="Ерлан"), today=TODAY
    )
    assert release_notices.waiting_notices(db, d.stranger) == []
    [waiting] = release_notices.waiting_notices(db, d.officer)
    assert (waiting.id, waiting.full_name) == (kept.notice_id, "Сапаров Ерлан Маратович")
    assert release_notices.split_full_name(waiting.full_name) == ("Сапаров", "Ерлан", "Маратович")
    iin = make_iin(date(1985, 3, 4), Sex.MALE, 77)
    person = release_notices.NoticePerson(
        iin=iin,
        surname="Сапаров",
        given_name="Ерлан",
        patronymic="Маратович",
        needs=(NeedKind.HOUSING,),
    )
    with pytest.raises(NotFound):  # the stranger does not even learn that it exists
        release_notices.open_case_from_notice(db, d.stranger, waiting.id, waiting.version, person)
    wrong = iin[:-1] + str((int(iin[-1]) + 1) % 10)
    with pytest.raises(InvalidIin):
        release_notices.open_case_from_notice(
            db, d.officer, waiting.id, waiting.version, replace(person, iin=wrong)
        )
    result = release_notices.open_case_from_notice(
        db, d.officer, waiting.id, waiting.version, person
    )
    assert result.notice_id == waiting.id and result.state is ReleaseNoticeState.CASE_OPENED
    assert result.client_created and result.case_created and result.case_id is not None
    card = case_card.case_card(db, d.officer, result.case_id, TODAY)
    assert card.state is ProgrammeState.DRAFT and card.opened_on == date(2026, 2, 20)
    assert {n.kind for n in card.needs} == {NeedKind.HOUSING}
    assert card.assessment_notes == "Жилья нет, паспорт утерян."
    with db.reading() as session:
        notice = session.get_one(ReleaseNotice, waiting.id)
        assert (notice.iin, notice.case_id) == (iin, result.case_id)
        client = session.get_one(Client, result.client_id)
        assert client.actual_address == "с. Косшы, ул. Абая, 5"
        version = notice.version
    assert release_notices.waiting_notices(db, d.officer) == []
    with pytest.raises(InvalidInput, match="already been opened"):
        release_notices.open_case_from_notice(db, d.officer, waiting.id, version, person)


def test_evidence_is_opened_only_in_the_district_and_each_opening_audited(
    db: Database, desk: Desk
) -> None:
    d = desk
    _case_id, (work, _, _) = make_programme(db, d)
    view = measures.attach_evidence(
        db, d.officer, work, "справка.pdf", "application/pdf", b"%PDF-1.4 enrolment"
    )
    opened = attachments.open_attachment(db, d.officer, view.id)
    assert opened.content == b"%PDF-1.4 enrolment"
    with db.reading() as session:
        entries = session.scalars(
            select(AuditEntry.entity_id).where(
                AuditEntry.entity == "attachments", AuditEntry.action == AuditAction.VIEW
            )
        ).all()
    assert list(entries) == [str(view.id)]
    with pytest.raises(NotFound):  # another district's evidence looks like none at all
        attachments.open_attachment(db, d.stranger, view.id)
    with pytest.raises(NotFound):  # personal data: a member is not told the file exists
        attachments.open_attachment(db, d.member, view.id)
