"""Who may call what: every public service function, called as every role, against the table.

The functions are found by introspection (module-level functions of ``commission.services.*``
taking ``(db, actor, ...)``), so a new one without a row in ``MATRIX`` fails
``test_every_service_function_has_a_row``. Each is called on one demo database per engine with
the record belonging to district A, as the administrator, the secretary, the chair, a member,
the probation officer of district A and the one of district B; every call is rolled back, so
the calls do not see each other. The outcome must be the table's:

    +  passes the permission and scope checks (it returns, or refuses on a business rule of
       the record, which only someone allowed to see it gets to hear)
    D  ``PermissionDenied``: the role may not do this; nothing was read
    N  ``NotFound`` with exactly the message a missing id gets: the record's existence is not
       disclosed (another district's officer)

A call with a stale version must give a refused caller the same outcome (a «changed by X at T»
would tell him that the record exists and who touched it last), and a refused «N» must be
word for word the outcome of the same call with an id that does not exist.
"""

from __future__ import annotations

import importlib
import inspect
import pkgutil
import shutil
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, fields
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select
from sqlalchemy.orm import sessionmaker

import commission.services
from commission.db.engine import Database
from commission.db.models import (
    AdminUnit,
    Agency,
    AgendaItem,
    Case,
    Client,
    ControlPoint,
    Decision,
    DiscussionEntry,
    ExecutionReport,
    Extension,
    InvitedGuest,
    Measure,
    Meeting,
    Member,
    OutgoingLetter,
    ReleaseNotice,
    RequiredItem,
    User,
    WorkPlanItem,
)
from commission.documents.reports import ReportPeriod
from commission.domain.declension import Case as GrammaticalCase
from commission.domain.enums import (
    AdminLevel,
    AgendaItemKind,
    AttendanceStatus,
    CaseEventKind,
    DeregistrationReason,
    LadderStep,
    Language,
    MeasureState,
    MeetingStatus,
    NeedKind,
    ProgrammeState,
    ReleaseNoticeState,
    ReportKind,
    RequiredPeriod,
    Role,
    WorkPlanState,
)
from commission.domain.messages import UserError
from commission.domain.permissions import PermissionDenied
from commission.domain.workcalendar import DayKind
from commission.exports.templates import default_template
from commission.services import (
    agencies,
    agenda,
    clients,
    commission_names,
    composition,
    control,
    cross_commission,
    decisions,
    measures,
    meetings,
    name_forms,
    phrase_book,
    police_report,
    release_notices,
    required_items,
    users,
    workplan,
)
from commission.services.case_register import CaseFilter
from commission.services.cases import EventData
from commission.services.client_order import ClientFilter
from commission.services.context import Actor
from commission.services.demo.build import build_demo
from commission.services.errors import NotFound, StaleCopy
from commission.services.overview import DecisionFilter
from tests.conftest import PG_ENV, _drop_pg, _fresh_pg

TODAY = date(2026, 3, 2)
ACTORS = ("admin", "secretary", "chair", "member", "officer_a", "officer_b")
MISSING_ID = 987_654

# --- the table ----------------------------------------------------------------------------
#
# One row per function: who gets what, in the order of ACTORS:
#                            admin  secretary  chair  member  officer A  officer B
ADMIN_ONLY = "+ D D D D D"
COMMISSION = "+ + D D D D"  # EDIT_COMMISSION / EDIT_AGENCIES: administrator and secretary
MEETINGS = "D + D D D D"  # EDIT_MEETINGS: the secretary
CALENDAR = "+ + D D D D"  # EDIT_CALENDAR
VIEW = "+ + + + + +"  # VIEW_COMMISSION: everyone
CLIENT_LIST = "D + D D + +"  # VIEW_CLIENTS; lists filtered to the officer's district
CLIENT_READ = "D + D D + N"  # one record of district A, read
CLIENT_EDIT = "D D D D + N"  # one record of district A, changed (EDIT_CLIENTS / EDIT_CASES)
CASE_OWN = "D D D D + +"  # EDIT_CASES on a list or on the officer's own district's data
EXPORT = "+ + + D + +"  # EXPORT_REGISTERS
CONTROL = "D + D D D D"  # ASSESS_REPORTS / SEND_LETTERS: the secretary
CHAIR = "D D + D D D"  # DECIDE_EXTENSIONS / REMOVE_FROM_CONTROL / SIGN_MINUTES
SELF = "+ + + + + +"  # about the caller himself


@dataclass(frozen=True)
class World:
    """Ids in the demo: the records of district A and what their calls need."""

    district_a: int
    district_b: int
    client: int
    client_version: int
    client_data: clients.ClientData
    case: int
    case_version: int
    measure: int
    measure_version: int
    attachment: int
    notice: int
    notice_version: int
    meeting: int
    meeting_version: int
    meeting_year: int
    held_meeting: int
    held_meeting_version: int
    item: int
    item_version: int
    entry: int
    entry_version: int
    decision: int
    decision_version: int
    control_point: int
    report: int
    report_version: int
    extension: int
    extension_version: int
    agency: int
    agency_version: int
    member: int
    member_version: int
    commission: int
    commission_version: int
    commission_data: composition.CommissionData
    plan_item: int
    plan_item_version: int
    form: int
    form_version: int
    phrase_key: str
    phrase_version: int
    user: int
    user_version: int
    guest: int
    folder: Path
    letter: int
    required_item: int = 0
    required_item_version: int = 0


Args = Callable[[World], dict[str, Any]]


@dataclass(frozen=True)
class Row:
    expected: str
    args: Args
    missing: Args | None = None  # the same call with ids that do not exist, for «N» cells

    def outcomes(self) -> tuple[str, ...]:
        codes = tuple(self.expected.split())
        assert len(codes) == len(ACTORS)
        return codes


def _agency_data(**changes: Any) -> agencies.AgencyData:
    return agencies.AgencyData(
        kind=agencies.AgencyKind.OTHER, name_ru="Тест", name_kk="Тест", **changes
    )


def _blank() -> bytes:
    return default_template().read_bytes()


def _member_data() -> composition.MemberData:
    return composition.MemberData(
        full_name="Тестов Тест Тестович",
        position_ru="специалист",
        role=composition.MemberRole.MEMBER,
        valid_from=TODAY,
    )


def _meeting_data(w: World) -> meetings.MeetingData:
    del w
    return meetings.MeetingData(meeting_date=date(2026, 11, 20))


def _item_data() -> agenda.AgendaItemData:
    return agenda.AgendaItemData(kind=AgendaItemKind.OTHER, title="О тестовом вопросе")


def _decision_data() -> decisions.DecisionData:
    return decisions.DecisionData(kind=decisions.DecisionKind.NOTE, text="Принять к сведению.")


def _required_data() -> required_items.RequiredItemData:
    return required_items.RequiredItemData(
        "Об итогах года", None, RequiredPeriod.YEARLY, AgendaItemKind.OTHER
    )


def _plan_data() -> workplan.WorkPlanData:
    return workplan.WorkPlanData(year=2026, quarter=4, question="О тестовом вопросе")


def _notice_data(w: World, district: int | None = None) -> release_notices.ReleaseNoticeData:
    return release_notices.ReleaseNoticeData(
        received_on=TODAY,
        institution="Учреждение ЕЦ-166/11",
        surname="Новиков",
        given_name="Пётр",
        patronymic=None,
        expected_release=date(2026, 5, 1),
        district_id=district or w.district_a,
    )


def _measure_data() -> measures.MeasureData:
    return measures.MeasureData(
        need_kind=NeedKind.DOCUMENTS,
        action="Помочь восстановить паспорт",
        agency_id=None,
        deadline=date(2026, 4, 30),
    )


def _report_data(w: World) -> control.ReportData:
    return control.ReportData(
        agency_id=w.agency,
        kind=next(iter(ReportKind)),
        received_on=TODAY,
        incoming_number="1",
        text="Исполнено.",
    )


def _client_data(w: World, district: int) -> clients.ClientData:
    from commission.domain.iin import Sex, make_iin

    return clients.ClientData(
        iin=make_iin(date(1990, 1, 2), Sex.MALE, 4321),
        surname="Новиков",
        given_name="Пётр",
        district_id=district,
        category=w.client_data.category,
    )


M = MISSING_ID

MATRIX: dict[str, Row] = {
    # agencies and the commission
    "agencies.create_agency": Row(COMMISSION, lambda w: {"data": _agency_data()}),
    "agencies.list_agencies": Row(VIEW, lambda w: {}),
    "agencies.update_agency": Row(
        COMMISSION,
        lambda w: {"agency_id": w.agency, "version": w.agency_version, "data": _agency_data()},
    ),
    "composition.add_member": Row(COMMISSION, lambda w: {"data": _member_data()}),
    "composition.create_commission": Row(
        COMMISSION,
        lambda w: {
            "data": w.commission_data,
            "unit_data": composition.AdminUnitData(AdminLevel.DISTRICT, "Тест", "Тест"),
        },
    ),
    "composition.add_commission": Row(
        ADMIN_ONLY, lambda w: {"data": w.commission_data, "unit_id": w.district_b}
    ),
    "composition.add_admin_unit": Row(
        ADMIN_ONLY,
        lambda w: {
            "data": composition.AdminUnitData(AdminLevel.DISTRICT, "Тест", "Тест"),
            "parent_id": None,
        },
    ),
    "composition.list_commissions": Row(ADMIN_ONLY, lambda w: {}),
    "commission_names.name_history": Row(VIEW, lambda w: {}),
    "commission_names.rename_commission": Row(
        COMMISSION,
        lambda w: {
            "version": w.commission_version,
            "data": commission_names.CommissionNameData(
                valid_from=TODAY, name_ru="Новое название", name_kk="Жаңа атауы"
            ),
            "today": TODAY,
        },
    ),
    "required_items.list_required_items": Row(VIEW, lambda w: {}),
    "required_items.get_required_item": Row(
        VIEW,
        lambda w: {"required_item_id": w.required_item},
    ),
    "required_items.add_required_item": Row(COMMISSION, lambda w: {"data": _required_data()}),
    "required_items.update_required_item": Row(
        COMMISSION,
        lambda w: {
            "required_item_id": w.required_item,
            "version": w.required_item_version,
            "data": _required_data(),
        },
    ),
    "required_items.remove_required_item": Row(
        COMMISSION,
        lambda w: {"required_item_id": w.required_item, "version": w.required_item_version},
    ),
    "plan_proposals.missing_required": Row(VIEW, lambda w: {"year": 2026}),
    "plan_proposals.include_required": Row(
        MEETINGS, lambda w: {"required_item_id": w.required_item, "year": 2026}
    ),
    "required_check.unheard_required": Row(VIEW, lambda w: {"today": TODAY}),
    "commission_choice.choose_commission": Row(VIEW, lambda w: {"commission_id": w.commission}),
    "commission_choice.current_commission": Row(VIEW, lambda w: {}),
    "commission_choice.my_commissions": Row(VIEW, lambda w: {}),
    "commission_choice.readable_commissions": Row(VIEW, lambda w: {}),
    "composition.get_commission": Row(VIEW, lambda w: {}),
    "composition.get_member": Row(VIEW, lambda w: {"member_id": w.member}),
    "composition.list_admin_units": Row(VIEW, lambda w: {}),
    "composition.list_members": Row(VIEW, lambda w: {"on": TODAY}),
    "composition.replace_member": Row(
        COMMISSION,
        lambda w: {
            "member_id": w.member,
            "version": w.member_version,
            "replacement": _member_data(),
        },
    ),
    "document_templates.template_info": Row(VIEW, lambda w: {}),
    "document_templates.commission_template": Row(VIEW, lambda w: {}),
    "document_templates.set_template": Row(
        COMMISSION, lambda w: {"file_name": "Бланк.docx", "content": _blank()}
    ),
    "document_templates.clear_template": Row(COMMISSION, lambda w: {}),
    "composition.update_commission": Row(
        COMMISSION, lambda w: {"version": w.commission_version, "data": w.commission_data}
    ),
    "composition.update_member": Row(
        COMMISSION,
        lambda w: {"member_id": w.member, "version": w.member_version, "data": _member_data()},
    ),
    "name_forms.add_form": Row(
        ADMIN_ONLY,
        lambda w: {"data": name_forms.NameFormData("Тестов", GrammaticalCase.GENITIVE, "Тестова")},
    ),
    "name_forms.delete_form": Row(ADMIN_ONLY, lambda w: {"form_id": w.form}),
    "name_forms.list_forms": Row(VIEW, lambda w: {}),
    "name_forms.update_form": Row(
        ADMIN_ONLY,
        lambda w: {
            "form_id": w.form,
            "version": w.form_version,
            "data": name_forms.NameFormData("Тестов", GrammaticalCase.GENITIVE, "Тестова"),
        },
    ),
    "phrase_book.add_phrase": Row(
        ADMIN_ONLY, lambda w: {"text_ru": "Фраза.", "text_kk": "Сөйлем.", "decision_kind": None}
    ),
    "phrase_book.list_phrases": Row(VIEW, lambda w: {}),
    "phrase_book.reset_phrase": Row(
        ADMIN_ONLY, lambda w: {"key": w.phrase_key, "version": w.phrase_version}
    ),
    "phrase_book.save_phrase": Row(
        ADMIN_ONLY,
        lambda w: {
            "key": w.phrase_key,
            "version": w.phrase_version,
            "text_ru": "Фраза.",
            "text_kk": "Сөйлем.",
        },
    ),
    "phrase_book.set_phrase_active": Row(
        ADMIN_ONLY,
        lambda w: {"key": w.phrase_key, "version": w.phrase_version, "active": False},
    ),
    # the calendar
    "calendar.ensure_years": Row(CALENDAR, lambda w: {"years": [2031]}),
    "calendar.seed_current_years": Row(VIEW, lambda w: {"today": date(2032, 1, 5)}),
    "calendar.list_days": Row(VIEW, lambda w: {"year": 2026}),
    "calendar.remove_day": Row(CALENDAR, lambda w: {"day": date(2026, 3, 8)}),
    "calendar_updates.library_changes": Row(CALENDAR, lambda w: {}),
    "calendar_updates.apply_library_changes": Row(
        CALENDAR, lambda w: {"accepted": [date(2026, 8, 31)], "declined": [date(2027, 3, 15)]}
    ),
    "calendar_updates.confirm_feast": Row(
        CALENDAR, lambda w: {"estimated": date(2026, 5, 27), "actual": date(2026, 5, 26)}
    ),
    "calendar.set_day": Row(
        CALENDAR,
        lambda w: {"day": date(2026, 6, 13), "kind": DayKind.WORKING_DAY, "name": "Постановление"},
    ),
    # users, the audit trail, backups: the administrator's
    "users.add_user": Row(
        ADMIN_ONLY,
        lambda w: {
            "login": "newcomer",
            "password": "correct horse 1",
            "data": users.UserInput(full_name="Новый Пользователь", role=Role.MEMBER),
        },
    ),
    "users.list_users": Row(ADMIN_ONLY, lambda w: {}),
    "users.officers": Row(VIEW, lambda w: {}),
    "users.set_language": Row(SELF, lambda w: {"language": Language.KK}),
    "users.set_password": Row(
        ADMIN_ONLY, lambda w: {"user_id": w.user, "password": "another horse 2"}
    ),
    "users.unlock_user": Row(ADMIN_ONLY, lambda w: {"user_id": w.user}),
    "users.update_user": Row(
        ADMIN_ONLY,
        lambda w: {
            "user_id": w.user,
            "version": w.user_version,
            "data": users.UserInput(full_name="Ахметова Дана", role=Role.MEMBER),
        },
    ),
    "audit.recent_entries": Row(ADMIN_ONLY, lambda w: {"limit": 5}),
    "audit_log.entries": Row(ADMIN_ONLY, lambda w: {"limit": 5}),
    "audit_log.authors": Row(ADMIN_ONLY, lambda w: {}),
    "audit_log.entity_names": Row(ADMIN_ONLY, lambda w: {}),
    "backup.make_backup": Row(ADMIN_ONLY, lambda w: {"target": w.folder / "matrix.backup"}),
    "backup.restore_backup": Row(
        ADMIN_ONLY, lambda w: {"source": w.folder / "none.backup", "folder": w.folder}
    ),
    "checkpoint_folder.change_checkpoint_folder": Row(
        ADMIN_ONLY, lambda w: {"folder": w.folder / "checkpoints"}
    ),
    "demo.build.build_demo": Row(ADMIN_ONLY, lambda w: {"today": TODAY, "clients": 10}),
    "demo.large.build_large": Row(ADMIN_ONLY, lambda w: {"today": TODAY, "scale": 0.001}),
    # meetings, agenda, attendance, decisions, minutes, the plan
    "meetings.create_meeting": Row(MEETINGS, lambda w: {"data": _meeting_data(w)}),
    "meetings.find_meeting": Row(VIEW, lambda w: {"reference": "1"}),
    "meetings.get_meeting": Row(VIEW, lambda w: {"meeting_id": w.meeting}),
    "meetings.next_number": Row(VIEW, lambda w: {"year": 2026}),
    "meetings.set_status": Row(
        MEETINGS,
        lambda w: {
            "meeting_id": w.meeting,
            "version": w.meeting_version,
            "status": MeetingStatus.PLANNED,
        },
    ),
    "meetings.update_meeting": Row(
        MEETINGS,
        lambda w: {
            "meeting_id": w.meeting,
            "version": w.meeting_version,
            "data": _meeting_data(w),
        },
    ),
    # questions between commissions: the demo's only commission has none above it, so a
    # secretary's question is refused on that rule and a question id finds nothing
    "cross_commission.agenda_meetings": Row(MEETINGS, lambda w: {}),
    "cross_commission.decline_question": Row(
        "D N D D D D",
        lambda w: {"question_id": M, "version": 1, "reason": "Не относится к области"},
        missing=lambda w: {"question_id": M, "version": 1, "reason": "Не относится к области"},
    ),
    "cross_commission.proposed_questions": Row(VIEW, lambda w: {}),
    "cross_commission.put_on_agenda": Row(
        "D N D D D D",
        lambda w: {"question_id": M, "version": 1, "meeting_id": w.meeting},
        missing=lambda w: {"question_id": M, "version": 1, "meeting_id": M},
    ),
    "cross_commission.send_question": Row(
        MEETINGS,
        lambda w: {
            "data": cross_commission.QuestionData(title="О тестовом вопросе"),
            "today": TODAY,
        },
    ),
    "cross_commission.sent_questions": Row(VIEW, lambda w: {}),
    "cross_commission.source_choices": Row(MEETINGS, lambda w: {}),
    # an oblast decision's control in a district: the demo's agency is no district's akimat,
    # so its control point is not the district's to report on
    "district_control.oblast_decisions": Row(VIEW, lambda w: {"today": TODAY}),
    "district_control.report_for_akimat": Row(
        "D N D D D D",
        lambda w: {"control_point_id": w.control_point, "data": _report_data(w), "today": TODAY},
        missing=lambda w: {"control_point_id": M, "data": _report_data(w), "today": TODAY},
    ),
    "overview.dashboard": Row(VIEW, lambda w: {"today": TODAY}),
    "overview.decision_ids": Row(VIEW, lambda w: {"filters": DecisionFilter(), "today": TODAY}),
    "overview.decision_rows": Row(VIEW, lambda w: {"ids": [w.decision], "today": TODAY}),
    "overview.decision_state_counts": Row(
        VIEW, lambda w: {"filters": DecisionFilter(), "today": TODAY}
    ),
    "overview.list_meetings": Row(VIEW, lambda w: {"year": w.meeting_year}),
    "global_search.search": Row(VIEW, lambda w: {"text": "заседание"}),
    "calendar_events.period": Row(
        VIEW, lambda w: {"start": date(2026, 1, 1), "end": date(2026, 12, 31), "today": TODAY}
    ),
    "overview.meeting_years": Row(VIEW, lambda w: {}),
    "overview.due_list": Row(VIEW, lambda w: {"today": TODAY}),
    "overview.meeting_choices": Row(VIEW, lambda w: {"text": "1"}),
    "agenda_discussion.add_discussion": Row(
        MEETINGS, lambda w: {"item_id": w.item, "speaker": "Тестов Т.", "summary": "Доложил."}
    ),
    "agenda.add_item": Row(MEETINGS, lambda w: {"meeting_id": w.meeting, "data": _item_data()}),
    "agenda.add_progress_review": Row(MEETINGS, lambda w: {"meeting_id": w.meeting}),
    "agenda_cases.case_choices": Row(MEETINGS, lambda w: {"search": ""}),
    "agenda_cases.link_case": Row(MEETINGS, lambda w: {"item_id": w.item, "case_id": w.case}),
    "agenda_views.list_items": Row(VIEW, lambda w: {"meeting_id": w.meeting}),
    "agenda.move_item": Row(MEETINGS, lambda w: {"item_id": w.item, "new_position": 1}),
    "agenda_progress.progress_lines": Row(VIEW, lambda w: {"meeting_id": w.meeting}),
    "agenda_discussion.remove_discussion": Row(MEETINGS, lambda w: {"entry_id": w.entry}),
    "agenda.remove_item": Row(MEETINGS, lambda w: {"item_id": w.item}),
    "agenda_cases.unlink_case": Row(MEETINGS, lambda w: {"item_id": w.item, "case_id": w.case}),
    "agenda_discussion.update_discussion": Row(
        MEETINGS,
        lambda w: {
            "entry_id": w.entry,
            "version": w.entry_version,
            "speaker": "Тестов Т.",
            "summary": "Доложил.",
        },
    ),
    "agenda.update_item": Row(
        MEETINGS,
        lambda w: {"item_id": w.item, "version": w.item_version, "data": _item_data()},
    ),
    "attendance.add_guest": Row(
        MEETINGS,
        lambda w: {"meeting_id": w.meeting, "full_name": "Гость Г. Г.", "job_title": "юрист"},
    ),
    "attendance.attendance_sheet": Row(VIEW, lambda w: {"meeting_id": w.meeting}),
    "attendance.mark": Row(
        MEETINGS,
        lambda w: {
            "meeting_id": w.meeting,
            "member_id": w.member,
            "status": AttendanceStatus.PRESENT,
        },
    ),
    "attendance.mark_all_present": Row(MEETINGS, lambda w: {"meeting_id": w.meeting}),
    "attendance.remove_guest": Row(MEETINGS, lambda w: {"guest_id": w.guest}),
    "decisions.add_decision": Row(
        MEETINGS, lambda w: {"item_id": w.item, "data": _decision_data()}
    ),
    "decisions_pickers.earlier_decisions": Row(
        VIEW, lambda w: {"meeting_id": w.meeting, "search": ""}
    ),
    "decisions.list_decisions": Row(VIEW, lambda w: {"item_id": w.item}),
    "decisions.move_decision": Row(
        MEETINGS, lambda w: {"decision_id": w.decision, "new_position": 1}
    ),
    "decisions.remove_decision": Row(MEETINGS, lambda w: {"decision_id": w.decision}),
    "decisions.update_decision": Row(
        MEETINGS,
        lambda w: {
            "decision_id": w.decision,
            "version": w.decision_version,
            "data": _decision_data(),
        },
    ),
    "minutes.amend": Row(
        MEETINGS,
        lambda w: {
            "meeting_id": w.held_meeting,
            "version": w.held_meeting_version,
            "reason": "Опечатка",
        },
    ),
    "minutes.finalise": Row(
        MEETINGS, lambda w: {"meeting_id": w.meeting, "version": w.meeting_version}
    ),
    "police_report.get_report": Row(VIEW, lambda w: {"item_id": w.item}),
    "police_report.save_report": Row(
        MEETINGS,
        lambda w: {
            "item_id": w.item,
            "version": None,
            "data": police_report.PoliceReportData(year=2025, quarter=4),
        },
    ),
    "police_report.quarter_figures": Row(VIEW, lambda w: {"year": 2025, "quarter": 4}),
    "signed_minutes.attach_scan": Row(
        "D + + D D D",
        lambda w: {"meeting_id": w.held_meeting, "file_name": "p.pdf", "content": b"%PDF-1.4"},
    ),
    "signed_minutes.scans": Row(VIEW, lambda w: {"meeting_id": w.held_meeting}),
    "signed_minutes.sign_without_scan": Row(
        CHAIR,
        lambda w: {
            "meeting_id": w.held_meeting,
            "version": w.held_meeting_version,
            "reason": "Скан будет позже",
        },
    ),
    "extracts_sent.extracts_state": Row(VIEW, lambda w: {"meeting_id": w.held_meeting}),
    "extracts_sent.record_sent": Row(
        MEETINGS,
        lambda w: {"meeting_id": w.held_meeting, "agency_id": w.agency, "revision": 0},
    ),
    "minutes.minutes_context": Row(VIEW, lambda w: {"meeting_id": w.held_meeting}),
    "minutes.revisions": Row(VIEW, lambda w: {"meeting_id": w.held_meeting}),
    "completeness.meeting_completeness": Row(
        VIEW, lambda w: {"meeting_id": w.meeting, "language": "ru"}
    ),
    "completeness.plan_completeness": Row(VIEW, lambda w: {"year": 2026, "language": "ru"}),
    "completeness.programme_completeness": Row(
        CLIENT_READ,
        lambda w: {"case_id": w.case, "language": "ru"},
        missing=lambda w: {"case_id": M, "language": "ru"},
    ),
    "workplan.add_plan_item": Row(MEETINGS, lambda w: {"data": _plan_data()}),
    "workplan.get_plan_item": Row(VIEW, lambda w: {"plan_item_id": w.plan_item}),
    "workplan.list_plan": Row(VIEW, lambda w: {"year": 2026}),
    "workplan.plan_context": Row(VIEW, lambda w: {"year": 2026, "today": TODAY}),
    "workplan.put_on_agenda": Row(
        MEETINGS,
        lambda w: {
            "plan_item_id": w.plan_item,
            "meeting_id": w.meeting,
            "kind": AgendaItemKind.OTHER,
        },
    ),
    "workplan.remove_plan_item": Row(
        MEETINGS, lambda w: {"plan_item_id": w.plan_item, "version": w.plan_item_version}
    ),
    "workplan.set_plan_state": Row(
        MEETINGS,
        lambda w: {
            "plan_item_id": w.plan_item,
            "version": w.plan_item_version,
            "state": WorkPlanState.DONE,
        },
    ),
    "workplan.update_plan_item": Row(
        MEETINGS,
        lambda w: {
            "plan_item_id": w.plan_item,
            "version": w.plan_item_version,
            "data": _plan_data(),
        },
    ),
    # control of execution
    "control.assess_report": Row(
        CONTROL,
        lambda w: {
            "report_id": w.report,
            "version": w.report_version,
            "accept": True,
            "comment": None,
            "today": TODAY,
        },
    ),
    "control.attach_file": Row(
        CONTROL,
        lambda w: {
            "report_id": w.report,
            "file_name": "отчёт.pdf",
            "media_type": "application/pdf",
            "content": b"%PDF-1.4 report",
        },
    ),
    "control.control_card": Row(VIEW, lambda w: {"decision_id": w.decision, "today": TODAY}),
    "control.decide_extension": Row(
        CHAIR,
        lambda w: {
            "extension_id": w.extension,
            "version": w.extension_version,
            "grant": True,
            "today": TODAY,
        },
    ),
    "control.register_report": Row(
        CONTROL,
        lambda w: {
            "control_point_id": w.control_point,
            "data": _report_data(w),
            "today": TODAY,
        },
    ),
    "control.remove_from_control": Row(
        CHAIR,
        lambda w: {
            "decision_id": w.decision,
            "version": w.decision_version,
            "note": "Исполнено",
            "today": TODAY,
        },
    ),
    "control.request_extension": Row(
        CONTROL,
        lambda w: {
            "control_point_id": w.control_point,
            "agency_id": w.agency,
            "requested_on": TODAY,
            "proposed_date": date(2026, 6, 30),
            "reason": "Нужно время",
            "today": TODAY,
        },
    ),
    "control_registers.discipline": Row(
        VIEW, lambda w: {"year": 2026, "today": TODAY, "language": "ru"}
    ),
    "control_registers.due_items": Row(VIEW, lambda w: {"today": TODAY}),
    "control_registers.register_rows": Row(VIEW, lambda w: {"today": TODAY}),
    "control_registers.register_stream": Row(VIEW, lambda w: {"today": TODAY}),
    # Counts only; the probation figures are left out for the roles that do not see clients.
    "reports.quarterly.quarterly_stats": Row(
        VIEW, lambda w: {"period": ReportPeriod(2026, 1), "today": TODAY}
    ),
    "reports.public.public_report": Row(
        VIEW, lambda w: {"period": ReportPeriod(2026, 1), "today": TODAY}
    ),
    "letters.letters_due": Row(CONTROL, lambda w: {"today": TODAY}),
    "ladder.ladder": Row(VIEW, lambda w: {"decision_id": w.decision, "today": TODAY}),
    "ladder.take_step": Row(
        CONTROL,
        lambda w: {"decision_id": w.decision, "step": LadderStep.REMINDER, "today": TODAY},
    ),
    "outgoing_register.outgoing_letters": Row(VIEW, lambda w: {}),
    "outgoing_register.letter_document": Row(VIEW, lambda w: {"letter_id": w.letter}),
    "letters.record_letters": Row(CONTROL, lambda w: {"today": TODAY, "letters": []}),
    # probation clients: personal data, by district
    "clients.create_client": Row("D D D D + D", lambda w: {"data": _client_data(w, w.district_a)}),
    "clients.deregister_client": Row(
        CLIENT_EDIT,
        lambda w: {
            "client_id": w.client,
            "version": w.client_version,
            "on": TODAY,
            "reason": DeregistrationReason.SENTENCE_SERVED,
        },
        missing=lambda w: {
            "client_id": M,
            "version": w.client_version,
            "on": TODAY,
            "reason": DeregistrationReason.SENTENCE_SERVED,
        },
    ),
    "clients.open_client": Row(
        CLIENT_READ, lambda w: {"client_id": w.client}, missing=lambda w: {"client_id": M}
    ),
    "clients.update_client": Row(
        "D D D D + D",  # officer B: the card's district is not his, whatever the id
        lambda w: {
            "client_id": w.client,
            "version": w.client_version,
            "data": w.client_data,
        },
        missing=lambda w: {
            "client_id": M,
            "version": w.client_version,
            "data": w.client_data,
        },
    ),
    "transfers.transfer_client": Row(
        CLIENT_EDIT,  # officer B: another district's card looks missing
        lambda w: {
            "client_id": w.client,
            "version": w.client_version,
            "to_district_id": w.district_b,
            "on": TODAY,
            "reason": "Смена места жительства",
        },
        missing=lambda w: {
            "client_id": M,
            "version": w.client_version,
            "to_district_id": w.district_b,
            "on": TODAY,
            "reason": "Смена места жительства",
        },
    ),
    "transfers.transfer_destinations": Row(CASE_OWN, lambda w: {}),
    "client_import.import_clients": Row(
        "D D D D + +", lambda w: {"path": w.folder / "none.xlsx", "dry_run": True}
    ),
    "measure_import.import_measures": Row(
        "D D D D + +", lambda w: {"path": w.folder / "none.xlsx", "dry_run": True}
    ),
    "case_register.case_ids": Row(CLIENT_LIST, lambda w: {"search": ""}),
    "case_register.case_rows": Row(CLIENT_LIST, lambda w: {"ids": [w.case], "today": TODAY}),
    "case_register.case_count": Row(CLIENT_LIST, lambda w: {"filters": CaseFilter()}),
    "registers.client_ids": Row(CLIENT_LIST, lambda w: {"search": ""}),
    "registers.find_clients": Row(CLIENT_LIST, lambda w: {"search": "ива"}),
    "registers.client_rows": Row(CLIENT_LIST, lambda w: {"ids": [w.client]}),
    "registers.client_count": Row(CLIENT_LIST, lambda w: {"filters": ClientFilter()}),
    "probation_exports.cases_register": Row(CLIENT_LIST, lambda w: {"today": TODAY}),
    "probation_exports.clients_register": Row(CLIENT_LIST, lambda w: {}),
    "probation_exports.programme_context": Row(
        CLIENT_READ, lambda w: {"case_id": w.case}, missing=lambda w: {"case_id": M}
    ),
    "officer_home.due_measures": Row(CASE_OWN, lambda w: {"today": TODAY}),
    "officer_home.officer_home": Row(CASE_OWN, lambda w: {"today": TODAY}),
    "attachments.open_attachment": Row(
        "N + N N + N",
        lambda w: {"attachment_id": w.attachment},
        missing=lambda w: {"attachment_id": M},
    ),
    "case_card.case_card": Row(
        CLIENT_READ,
        lambda w: {"case_id": w.case, "today": TODAY},
        missing=lambda w: {"case_id": M, "today": TODAY},
    ),
    "case_reviews.case_decisions": Row(
        CLIENT_READ,
        lambda w: {"case_id": w.case, "today": TODAY},
        missing=lambda w: {"case_id": M, "today": TODAY},
    ),
    "cases.change_state": Row(
        CLIENT_EDIT,
        lambda w: {
            "case_id": w.case,
            "version": w.case_version,
            "target": ProgrammeState.CLOSED,
            "day": TODAY,
            "reason": "Тест",
        },
        missing=lambda w: {
            "case_id": M,
            "version": w.case_version,
            "target": ProgrammeState.CLOSED,
            "day": TODAY,
            "reason": "Тест",
        },
    ),
    "cases.log_event": Row(
        CLIENT_EDIT,
        lambda w: {
            "case_id": w.case,
            "data": EventData(CaseEventKind.NOTE, TODAY, "Звонок"),
            "today": TODAY,
        },
        missing=lambda w: {
            "case_id": M,
            "data": EventData(CaseEventKind.NOTE, TODAY, "Звонок"),
            "today": TODAY,
        },
    ),
    "cases.open_case": Row(
        CLIENT_EDIT,
        lambda w: {"client_id": w.client, "opened_on": TODAY},
        missing=lambda w: {"client_id": M, "opened_on": TODAY},
    ),
    "cases.set_needs": Row(
        CLIENT_EDIT,
        lambda w: {"case_id": w.case, "version": w.case_version, "needs": []},
        missing=lambda w: {"case_id": M, "version": w.case_version, "needs": []},
    ),
    "measures.add_measure": Row(
        CLIENT_EDIT,
        lambda w: {"case_id": w.case, "data": _measure_data()},
        missing=lambda w: {"case_id": M, "data": _measure_data()},
    ),
    "measures.attach_evidence": Row(
        CLIENT_EDIT,
        lambda w: {
            "measure_id": w.measure,
            "file_name": "справка.pdf",
            "media_type": "application/pdf",
            "content": b"%PDF-1.4 x",
        },
        missing=lambda w: {
            "measure_id": M,
            "file_name": "справка.pdf",
            "media_type": "application/pdf",
            "content": b"%PDF-1.4 x",
        },
    ),
    "measures.remove_measure": Row(
        CLIENT_EDIT, lambda w: {"measure_id": w.measure}, missing=lambda w: {"measure_id": M}
    ),
    "measures.set_measure_state": Row(
        CLIENT_EDIT,
        lambda w: {
            "measure_id": w.measure,
            "version": w.measure_version,
            "state": MeasureState.IN_PROGRESS,
            "today": TODAY,
        },
        missing=lambda w: {
            "measure_id": M,
            "version": w.measure_version,
            "state": MeasureState.IN_PROGRESS,
            "today": TODAY,
        },
    ),
    "measures.update_measure": Row(
        CLIENT_EDIT,
        lambda w: {"measure_id": w.measure, "version": w.measure_version, "data": _measure_data()},
        missing=lambda w: {"measure_id": M, "version": w.measure_version, "data": _measure_data()},
    ),
    "escalation.escalate_measure": Row(
        CLIENT_EDIT,
        lambda w: {
            "measure_id": w.measure,
            "reason": "Нет мест",
            "version": w.measure_version,
            "today": TODAY,
        },
        missing=lambda w: {
            "measure_id": M,
            "reason": "Нет мест",
            "version": w.measure_version,
            "today": TODAY,
        },
    ),
    "escalation.waiting_escalations": Row(VIEW, lambda w: {}),  # case numbers and codes only
    "release_notices.record_release_notice": Row(
        "D D D D + +",  # officer B: told to pass a notice of district A on (his own input)
        lambda w: {"data": _notice_data(w), "today": TODAY},
    ),
    "release_notices.open_case_from_notice": Row(
        CLIENT_EDIT,
        lambda w: {
            "notice_id": w.notice,
            "version": w.notice_version,
            "person": release_notices.NoticePerson(
                iin=w.client_data.iin, surname="Новиков", given_name="Пётр"
            ),
        },
        missing=lambda w: {
            "notice_id": M,
            "version": w.notice_version,
            "person": release_notices.NoticePerson(
                iin=w.client_data.iin, surname="Новиков", given_name="Пётр"
            ),
        },
    ),
    "release_notices.waiting_notices": Row(CASE_OWN, lambda w: {}),
}


# --- discovery ----------------------------------------------------------------------------


def service_functions() -> dict[str, Callable[..., Any]]:
    """Every module-level function of ``commission.services.*`` taking ``(db, actor, ...)``."""
    found: dict[str, Callable[..., Any]] = {}
    package = commission.services
    for info in pkgutil.walk_packages(package.__path__, package.__name__ + "."):
        module = importlib.import_module(info.name)
        for name, function in inspect.getmembers(module, inspect.isfunction):
            if name.startswith("_") or function.__module__ != module.__name__:
                continue
            params = list(inspect.signature(function).parameters)
            if params[:2] == ["db", "actor"]:
                found[f"{info.name.removeprefix(package.__name__ + '.')}.{name}"] = function
    return found


def test_every_service_function_has_a_row() -> None:
    functions = set(service_functions())
    assert sorted(functions - set(MATRIX)) == [], "new service functions need a row in MATRIX"
    assert sorted(set(MATRIX) - functions) == [], "rows for functions that no longer exist"


# --- the demo, each call rolled back ---------------------------------------------------------


class RolledBack(Database):
    """The demo database; inside ``call()`` every transaction of the services is a savepoint
    of one outer transaction that is rolled back afterwards, so no call sees another's."""

    @contextmanager
    def call(self) -> Iterator[None]:
        plain = self._sessions
        with self.engine.connect() as conn:
            outer = conn.begin()
            self._sessions = sessionmaker(
                bind=conn, expire_on_commit=False, join_transaction_mode="create_savepoint"
            )
            try:
                yield
            finally:
                self._sessions = plain
                outer.rollback()


@dataclass(frozen=True)
class Demo:
    db: RolledBack
    world: World
    actors: dict[str, Actor]


def _actor(user: User) -> Actor:
    return Actor(
        user_id=user.id,
        login=user.login,
        full_name=user.full_name,
        role=user.role,
        district_id=user.district_id,
        agency_id=user.agency_id,
    )


def _first(session: Any, query: Any) -> Any:
    row = session.scalars(query.limit(1)).first()
    assert row is not None, str(query)
    return row


def _build(db: RolledBack, folder: Path) -> Demo:
    build_demo(db, Actor.command_line(), today=TODAY, clients=10)
    cli = Actor.command_line()
    with db.transaction() as session:
        unit = AdminUnit(level=AdminLevel.DISTRICT, name_ru="Аршалынский район", name_kk="Аршалы")
        session.add(unit)
        session.flush()
        district_b = unit.id
    users.add_user(
        db,
        cli,
        "officer_b",
        "correct horse 1",
        users.UserInput(
            full_name="Другой Офицер", role=Role.PROBATION_OFFICER, district_id=district_b
        ),
    )
    with db.reading() as session:
        by_login = {u.login: u for u in session.scalars(select(User))}
        officer_a = _actor(by_login["officer"])
        measure_id = _first(
            session,
            select(Measure)
            .join(Case, Measure.case_id == Case.id)
            .where(Case.state.in_([ProgrammeState.APPROVED, ProgrammeState.IN_PROGRESS]))
            .order_by(Measure.id),
        ).id
        officer_a_district = by_login["officer"].district_id or 0
    evidence = measures.attach_evidence(
        db, officer_a, measure_id, "справка.pdf", "application/pdf", b"%PDF-1.4 evidence"
    )
    notice = release_notices.record_release_notice(
        db,
        officer_a,
        _notice_data_for(officer_a_district),
        today=TODAY,
    )
    name_forms.add_form(
        db, cli, name_forms.NameFormData("Тестов", GrammaticalCase.GENITIVE, "Тестова")
    )
    phrase = phrase_book.list_phrases(db, cli)[0]
    with db.reading() as session:
        by_login = {u.login: u for u in session.scalars(select(User))}
        measure = session.get_one(Measure, measure_id)
        case = session.get_one(Case, measure.case_id)
        client = session.get_one(Client, case.client_id)
        meeting = _first(
            session,
            select(Meeting)
            .where(Meeting.status == MeetingStatus.PLANNED)
            .order_by(Meeting.meeting_date.desc()),
        )
        held = _first(
            session,
            select(Meeting)
            .where(Meeting.status != MeetingStatus.PLANNED)
            .order_by(Meeting.meeting_date.desc()),
        )
        item = _first(
            session,
            select(AgendaItem).where(AgendaItem.meeting_id == meeting.id).order_by(AgendaItem.id),
        )
        entry = _first(session, select(DiscussionEntry).order_by(DiscussionEntry.id))
        decision = _first(session, select(Decision).order_by(Decision.id))
        point = _first(session, select(ControlPoint).order_by(ControlPoint.id))
        report = _first(session, select(ExecutionReport).order_by(ExecutionReport.id))
        extension = _first(session, select(Extension).order_by(Extension.id))
        agency = _first(session, select(Agency).order_by(Agency.id))
        member = _first(session, select(Member).order_by(Member.id))
        plan = _first(session, select(WorkPlanItem).order_by(WorkPlanItem.id))
        guest = _first(session, select(InvitedGuest).order_by(InvitedGuest.id))
        letter = _first(session, select(OutgoingLetter).order_by(OutgoingLetter.id))
        form = _first(session, select(name_forms.NameForm))
        required = _first(session, select(RequiredItem).order_by(RequiredItem.id))
        stored_notice = session.get_one(ReleaseNotice, notice.notice_id)
        assert stored_notice.state is ReleaseNoticeState.RECEIVED
        commission_row = composition.get_commission(db, cli)
        world = World(
            district_a=client.district_id,
            district_b=district_b,
            client=client.id,
            client_version=client.version,
            client_data=clients.ClientData(
                iin=client.iin,
                surname=client.surname,
                given_name=client.given_name,
                patronymic=client.patronymic,
                district_id=client.district_id,
                category=client.category,
            ),
            case=case.id,
            case_version=case.version,
            measure=measure.id,
            measure_version=measure.version,
            attachment=evidence.id,
            notice=stored_notice.id,
            notice_version=stored_notice.version,
            meeting=meeting.id,
            meeting_version=meeting.version,
            meeting_year=meeting.meeting_date.year,
            held_meeting=held.id,
            held_meeting_version=held.version,
            item=item.id,
            item_version=item.version,
            entry=entry.id,
            entry_version=entry.version,
            decision=decision.id,
            decision_version=decision.version,
            control_point=point.id,
            report=report.id,
            report_version=report.version,
            extension=extension.id,
            extension_version=extension.version,
            agency=agency.id,
            agency_version=agency.version,
            member=member.id,
            member_version=member.version,
            commission=commission_row.id,
            commission_version=commission_row.version,
            commission_data=composition.CommissionData(
                **{
                    f.name: getattr(commission_row, f.name)
                    for f in fields(composition.CommissionData)
                }
            ),
            plan_item=plan.id,
            plan_item_version=plan.version,
            form=form.id,
            form_version=form.version,
            phrase_key=phrase.key,
            phrase_version=phrase.version,
            user=by_login["officer2"].id,  # nobody's own account
            user_version=by_login["officer2"].version,
            guest=guest.id,
            folder=folder,
            letter=letter.id,
            required_item=required.id,
            required_item_version=required.version,
        )
        actors = {
            "admin": _actor(by_login["admin"]),
            "secretary": _actor(by_login["secretary"]),
            "chair": _actor(by_login["chair"]),
            "member": _actor(by_login["member"]),
            "officer_a": officer_a,
            "officer_b": _actor(by_login["officer_b"]),
        }
    return Demo(db, world, actors)


def _notice_data_for(district: int) -> release_notices.ReleaseNoticeData:
    return release_notices.ReleaseNoticeData(
        received_on=date(2026, 2, 20),
        institution="Учреждение ЕЦ-166/11",
        surname="Сапаров",
        given_name="Ерлан",
        patronymic="Маратович",
        expected_release=date(2026, 4, 1),
        district_id=district,
    )


@pytest.fixture(scope="module", params=["sqlite", "postgresql"])
def demo(
    request: pytest.FixtureRequest,
    tmp_path_factory: pytest.TempPathFactory,
    sqlite_template: Path,
    pg_template: str | None,
) -> Iterator[Demo]:
    folder = tmp_path_factory.mktemp("matrix")
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("COMMISSION_DATA_DIR", str(folder))
        if request.param == "sqlite":
            path = folder / "demo.sqlite3"
            shutil.copy(sqlite_template, path)
            db = RolledBack(f"sqlite:///{path}", folder / "checkpoints")
            yield _build(db, folder)
            db.dispose()
            return
        if pg_template is None:
            pytest.skip(f"PostgreSQL not configured: set {PG_ENV}")
        url, name = _fresh_pg(pg_template)
        db = RolledBack(url, folder / "checkpoints")
        yield _build(db, folder)
        db.dispose()
        _drop_pg(name)


# --- the calls ------------------------------------------------------------------------------


def _outcome(call: Callable[[], object]) -> tuple[str, str]:
    """The table's code of what happened, and the message a refused caller was shown."""
    try:
        call()
    except PermissionDenied as exc:
        return "D", str(exc)
    except NotFound as exc:
        return "N", str(exc)
    except StaleCopy as exc:
        return "S", str(exc)
    except UserError as exc:
        return "+", f"{type(exc).__name__}: {exc}"
    return "+", ""


def _run(demo: Demo, function: Callable[..., Any], actor: Actor, kwargs: dict[str, Any]) -> Any:
    with demo.db.call():
        return _outcome(lambda: function(demo.db, actor, **kwargs))


def _stale(kwargs: dict[str, Any]) -> dict[str, Any] | None:
    if "version" not in kwargs or not isinstance(kwargs["version"], int):
        return None
    return {**kwargs, "version": kwargs["version"] + 7}


@pytest.mark.parametrize("name", sorted(MATRIX))
def test_role_by_function(demo: Demo, name: str) -> None:
    row = MATRIX[name]
    function = service_functions()[name]
    kwargs = row.args(demo.world)
    got: list[str] = []
    problems: list[str] = []
    for who, expected in zip(ACTORS, row.outcomes(), strict=True):
        actor = demo.actors[who]
        code, message = _run(demo, function, actor, kwargs)
        got.append(code)
        if expected == "+":
            continue
        stale = _stale(kwargs)
        if stale is not None:
            stale_code, stale_message = _run(demo, function, actor, stale)
            if (stale_code, stale_message) != (code, message):
                problems.append(f"{who}: a stale version gives {stale_code} «{stale_message}»")
        assert expected != "N" or row.missing is not None, f"{name}: «N» needs a missing id"
        if row.missing is not None:
            missing = _run(demo, function, actor, row.missing(demo.world))
            if missing != (code, message):
                problems.append(f"{who}: «{message}» differs from a missing id's «{missing[1]}»")
    assert (" ".join(got), problems) == (row.expected, []), name
