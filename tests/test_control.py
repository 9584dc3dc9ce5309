"""Control of execution through the services on the real database (SQLite and PostgreSQL):
the control card, reports and their assessment, extensions, removal from control, files."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import func, select

from commission.db.engine import Database
from commission.db.models import Attachment, AttachmentBlob, Decision
from commission.domain.control import ComputedState
from commission.domain.deadlines import DeadlineKind, DeadlineRule, Period
from commission.domain.enums import (
    ControlPointState,
    ControlState,
    ExtensionState,
    ReportAssessment,
    ReportKind,
    Role,
)
from commission.domain.permissions import PermissionDenied
from commission.services import attachments, calendar, control, decisions
from commission.services.context import Actor
from commission.services.control import ControlCard, ReportData
from commission.services.errors import InvalidInput, NotFound, StaleCopy
from tests.conftest import make_user
from tests.test_decisions import MEETING_DAY, Sitting, fixed, instruction, make_sitting, new_item

DUE = date(2026, 4, 10)  # a Friday


@pytest.fixture
def sitting(db: Database, admin: Actor) -> Sitting:
    return make_sitting(db, admin)


def _decision(db: Database, s: Sitting, rule: DeadlineRule | None = None) -> int:
    item = new_item(db, s.secretary, s.meeting_id)
    data = instruction(s.police, rule or fixed(DUE), co_executor_ids=(s.employment,))
    return decisions.add_decision(db, s.secretary, item, data).id


def _report(
    db: Database,
    actor: Actor,
    point_id: int,
    agency: int,
    kind: ReportKind = ReportKind.FINAL,
    received: date = date(2026, 4, 8),
) -> ControlCard:
    data = ReportData(agency, kind, received, "вх-15", "Рейды проведены.")
    return control.register_report(db, actor, point_id, data, today=date(2026, 12, 1))


def _stored(db: Database, decision_id: int) -> Decision:
    with db.reading() as session:
        decision = session.get_one(Decision, decision_id)
        session.expunge_all()
        return decision


def test_card_shows_the_decision_and_computes_its_state(db: Database, sitting: Sitting) -> None:
    s = sitting
    decision_id = _decision(db, s)
    card = control.control_card(db, s.secretary, decision_id, date(2026, 3, 13))
    assert card.number == "1.1"
    assert (card.meeting_date, card.meeting_number) == (MEETING_DAY, 1)
    assert card.lead_agency_id == s.police and card.lead_agency == "Отдел полиции"
    assert card.co_executors == ((s.employment, "Центр занятости"),)
    assert card.deadline == fixed(DUE)
    assert card.stored_state is ControlState.ON_CONTROL
    assert card.state is ComputedState.ON_CONTROL
    assert card.due_date == DUE
    [point] = card.points
    assert (point.original_due_date, point.due_date, point.state) == (
        DUE,
        DUE,
        ControlPointState.OPEN,
    )
    assert point.reports == () and point.extensions == ()
    assert control.control_card(db, s.secretary, decision_id, DUE).state is ComputedState.DUE_SOON
    late = control.control_card(db, s.secretary, decision_id, date(2026, 4, 13))
    assert late.state is ComputedState.OVERDUE


def test_interim_report_never_closes_a_point(db: Database, sitting: Sitting) -> None:
    s = sitting
    card = control.control_card(db, s.secretary, _decision(db, s), MEETING_DAY)
    point_id = card.points[0].id
    card = _report(db, s.secretary, point_id, s.employment, ReportKind.INTERIM)
    assert card.stored_state is ControlState.IN_PROGRESS
    [report] = card.points[0].reports
    assert (report.agency, report.kind, report.incoming_number) == (
        "Центр занятости",
        ReportKind.INTERIM,
        "вх-15",
    )
    assert report.assessment is ReportAssessment.PENDING
    card = control.assess_report(
        db, s.secretary, report.id, report.version, True, None, today=date(2026, 4, 9)
    )
    point = card.points[0]
    assert point.state is ControlPointState.OPEN and point.executed_on is None
    assert point.reports[0].assessment is ReportAssessment.ACCEPTED
    assert point.reports[0].assessed_by == "secretary"
    assert card.stored_state is ControlState.IN_PROGRESS and card.due_date == DUE


def test_final_reports_close_points_on_time_or_late(db: Database, sitting: Sitting) -> None:
    s = sitting
    rule = DeadlineRule(
        DeadlineKind.PERIODIC, period=Period.QUARTERLY, day_of_month=5, until=date(2026, 6, 30)
    )
    card = control.control_card(db, s.secretary, _decision(db, s, rule), MEETING_DAY)
    first, second = card.points
    assert (first.due_date, second.due_date) == (date(2026, 4, 6), date(2026, 7, 7))

    card = _report(db, s.secretary, first.id, s.police, received=date(2026, 4, 6))
    report = card.points[0].reports[0]
    card = control.assess_report(db, s.secretary, report.id, report.version, True, "Принято")
    assert card.points[0].state is ControlPointState.EXECUTED_ON_TIME
    assert card.points[0].executed_on == date(2026, 4, 6)
    assert card.stored_state is ControlState.IN_PROGRESS
    assert card.due_date == date(2026, 7, 7)  # the register's term follows the open point
    assert _stored(db, card.decision_id).due_date == date(2026, 7, 7)

    card = _report(db, s.secretary, second.id, s.police, received=date(2026, 7, 8))
    report = card.points[1].reports[0]
    card = control.assess_report(
        db, s.secretary, report.id, report.version, True, None, today=date(2026, 7, 10)
    )
    assert card.points[1].state is ControlPointState.EXECUTED_LATE
    assert card.stored_state is ControlState.EXECUTED
    assert card.state is ComputedState.EXECUTED
    assert card.executed_on == date(2026, 7, 8)
    # Both points closed: nothing more can be reported.
    with pytest.raises(InvalidInput):
        _report(db, s.secretary, second.id, s.police)


def test_return_for_rework_needs_a_comment(db: Database, sitting: Sitting) -> None:
    s = sitting
    card = control.control_card(db, s.secretary, _decision(db, s), MEETING_DAY)
    card = _report(db, s.secretary, card.points[0].id, s.police)
    report = card.points[0].reports[0]
    with pytest.raises(InvalidInput) as err:
        control.assess_report(db, s.secretary, report.id, report.version, False, "  ")
    assert err.value.field == "comment"
    card = control.assess_report(
        db, s.secretary, report.id, report.version, False, "Нет сведений о результатах."
    )
    assert card.stored_state is ControlState.REWORK
    point = card.points[0]
    assert point.state is ControlPointState.OPEN
    assert point.reports[0].assessment is ReportAssessment.RETURNED
    assert point.reports[0].comment == "Нет сведений о результатах."
    # A stale copy of the report cannot be assessed again; an assessed one neither.
    with pytest.raises(StaleCopy):
        control.assess_report(db, s.secretary, report.id, report.version, True, None)
    with pytest.raises(InvalidInput):
        control.assess_report(db, s.secretary, report.id, point.reports[0].version, True, None)


def test_extension_granted_moves_the_term_to_a_working_day(db: Database, sitting: Sitting) -> None:
    s = sitting
    chair = make_user(db, s.admin, "chair", Role.CHAIR)
    card = control.control_card(db, s.secretary, _decision(db, s), MEETING_DAY)
    point_id = card.points[0].id
    sunday = date(2026, 4, 26)

    def ask(proposed: date) -> ControlCard:
        return control.request_extension(
            db,
            s.secretary,
            point_id,
            s.police,
            date(2026, 4, 6),
            proposed,
            "Ожидается ответ из области.",
            today=date(2026, 4, 7),
        )

    with pytest.raises(InvalidInput) as err:
        ask(DUE)
    assert err.value.field == "proposed_date"
    card = ask(sunday)
    with pytest.raises(InvalidInput):
        ask(date(2026, 5, 29))  # one pending request per point
    [ext] = card.points[0].extensions
    assert (ext.old_date, ext.proposed_date, ext.state) == (DUE, sunday, ExtensionState.REQUESTED)
    assert ext.requested_by == "Отдел полиции"

    with pytest.raises(PermissionDenied):
        control.decide_extension(db, s.secretary, ext.id, ext.version, True)
    with pytest.raises(StaleCopy):
        control.decide_extension(db, chair, ext.id, ext.version + 1, True)
    card = control.decide_extension(db, chair, ext.id, ext.version, True, today=date(2026, 4, 8))
    expected = calendar.working_calendar(db).next_working_day(sunday)
    assert expected == date(2026, 4, 27)
    point = card.points[0]
    assert (point.original_due_date, point.due_date) == (DUE, expected)
    [ext] = point.extensions
    assert ext.state is ExtensionState.GRANTED
    assert (ext.decided_by, ext.decided_on) == ("chair", date(2026, 4, 8))
    assert card.stored_state is ControlState.EXTENDED
    assert _stored(db, card.decision_id).due_date == expected
    # The computed state still follows the dates.
    late = control.control_card(db, s.secretary, card.decision_id, date(2026, 4, 28))
    assert late.state is ComputedState.OVERDUE

    # A second request, refused: the date stays and both stay in the history.
    card = ask(date(2026, 5, 29))
    pending = card.points[0].extensions[-1]
    card = control.decide_extension(
        db, chair, pending.id, pending.version, False, today=date(2026, 4, 9)
    )
    point = card.points[0]
    assert point.due_date == expected
    assert [e.state for e in point.extensions] == [ExtensionState.GRANTED, ExtensionState.REFUSED]


def test_permissions_and_removal_from_control(db: Database, sitting: Sitting) -> None:
    s = sitting
    member = make_user(db, s.admin, "member", Role.MEMBER)
    officer = make_user(db, s.admin, "officer", Role.PROBATION_OFFICER, district_id=s.district_id)
    chair = make_user(db, s.admin, "chair", Role.CHAIR)
    decision_id = _decision(db, s)
    card = control.control_card(db, member, decision_id, MEETING_DAY)  # members may read
    with pytest.raises(PermissionDenied):
        _report(db, member, card.points[0].id, s.police)
    card = _report(db, s.secretary, card.points[0].id, s.police)
    report = card.points[0].reports[0]
    with pytest.raises(PermissionDenied):
        control.assess_report(db, member, report.id, report.version, True, None)
    for actor in (officer, s.secretary, member):
        with pytest.raises(PermissionDenied):
            control.remove_from_control(db, actor, decision_id, card.version, None, DUE)
    with pytest.raises(StaleCopy):
        control.remove_from_control(db, chair, decision_id, card.version + 1, None, DUE)
    card = control.remove_from_control(
        db, chair, decision_id, card.version, "  Утратило актуальность. ", date(2026, 4, 15)
    )
    assert card.stored_state is ControlState.REMOVED
    assert card.state is ComputedState.REMOVED
    assert (card.removed_on, card.removal_note) == (date(2026, 4, 15), "Утратило актуальность.")
    assert card.points[0].state is ControlPointState.CANCELLED
    # Nothing more is recorded against a decision removed from control.
    with pytest.raises(InvalidInput):
        _report(db, s.secretary, card.points[0].id, s.police)
    with pytest.raises(InvalidInput):
        control.assess_report(db, s.secretary, report.id, report.version, True, None)


def test_report_checks_agency_and_date(db: Database, sitting: Sitting) -> None:
    s = sitting
    card = control.control_card(db, s.secretary, _decision(db, s), MEETING_DAY)
    point_id = card.points[0].id
    with pytest.raises(InvalidInput) as err:
        _report(db, s.secretary, point_id, s.education)  # not assigned
    assert err.value.field == "agency_id"
    with pytest.raises(InvalidInput) as err:
        control.register_report(
            db,
            s.secretary,
            point_id,
            ReportData(s.police, ReportKind.FINAL, date(2026, 4, 9), None, "Исполнено."),
            today=date(2026, 4, 8),
        )
    assert err.value.field == "received_on"
    card = control.control_card(db, s.secretary, card.decision_id, MEETING_DAY)
    assert card.points[0].reports == () and card.stored_state is ControlState.ON_CONTROL


def test_attachments_are_stored_once_by_sha256(db: Database, sitting: Sitting) -> None:
    s = sitting
    card = control.control_card(db, s.secretary, _decision(db, s), MEETING_DAY)
    card = _report(db, s.secretary, card.points[0].id, s.police)
    report_id = card.points[0].reports[0].id
    content = "Справка о проведённых рейдах".encode()
    first = control.attach_file(
        db, s.secretary, report_id, "справка.pdf", "application/pdf", content
    )
    second = control.attach_file(
        db, s.secretary, report_id, "копия.pdf", "application/pdf", content
    )
    assert first.sha256 == second.sha256 and first.id != second.id
    assert first.size == len(content)
    with db.reading() as session:
        assert session.scalar(select(func.count()).select_from(AttachmentBlob)) == 1
        assert session.scalar(select(func.count()).select_from(Attachment)) == 2
    card = control.control_card(db, s.secretary, card.decision_id, MEETING_DAY)
    files = card.points[0].reports[0].attachments
    assert [f.file_name for f in files] == ["справка.pdf", "копия.pdf"]
    with pytest.raises(PermissionDenied):
        member = make_user(db, s.admin, "member", Role.MEMBER)
        control.attach_file(db, member, report_id, "x.pdf", "application/pdf", b"x")
    with pytest.raises(InvalidInput) as err:
        big = b"\0" * (control.MAX_ATTACHMENT_BYTES + 1)
        control.attach_file(db, s.secretary, report_id, "big.pdf", "application/pdf", big)
    assert err.value.field == "content" and "20 MB" in str(err.value)


def test_an_attached_report_is_opened_whole_and_checked(db: Database, sitting: Sitting) -> None:
    s = sitting
    card = control.control_card(db, s.secretary, _decision(db, s), MEETING_DAY)
    card = _report(db, s.secretary, card.points[0].id, s.police)
    content = "Справка о проведённых рейдах".encode()
    view = control.attach_file(
        db, s.secretary, card.points[0].reports[0].id, "справка.pdf", "application/pdf", content
    )
    member = make_user(db, s.admin, "member", Role.MEMBER)
    for actor in (s.secretary, member):  # the commission's records: whoever views them
        opened = attachments.open_attachment(db, actor, view.id)
        assert (opened.file_name, opened.media_type, opened.content) == (
            "справка.pdf",
            "application/pdf",
            content,
        )
    with db.transaction() as session:  # the stored copy changed behind the program's back
        session.get_one(AttachmentBlob, view.sha256).content = b"tampered"
    with pytest.raises(attachments.DamagedAttachment):
        attachments.open_attachment(db, s.secretary, view.id)
    with pytest.raises(NotFound):
        attachments.open_attachment(db, s.secretary, 999_999)
