"""The bilingual record as the services write it: every Kazakh value typed beside a Russian
one is cleaned, stored, shown back and audited; a text the record needs may be typed in
Kazakh only; and the minutes printed in Kazakh carry what was typed in Kazakh.

Runs on SQLite and PostgreSQL through the services, as the secretary and the officer use them.
"""

from __future__ import annotations

import json
from dataclasses import replace
from datetime import date
from typing import Any

import pytest
from sqlalchemy import select

from commission.db.engine import Database
from commission.db.models import AgendaItem, Attendance, AuditEntry, Decision, Measure
from commission.domain.enums import (
    AgencyKind,
    AgendaItemKind,
    AttendanceStatus,
    DecisionKind,
    MeasureState,
    MemberRole,
    NeedKind,
)
from commission.domain.iin import Sex
from commission.exports.minutes_docx import minutes_docx
from commission.services import (
    agencies,
    agenda,
    attendance,
    case_card,
    composition,
    decisions,
    measures,
    meetings,
    minutes,
    workplan,
)
from commission.services.agenda import AgendaItemData
from commission.services.context import Actor
from commission.services.decisions import DecisionData
from commission.services.errors import InvalidInput
from commission.services.measures import MeasureData
from tests.exports.conftest import docx_lines
from tests.test_cases import TODAY, Desk, make_desk, make_programme
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
)

# What Word puts into a pasted text: a bell, a vertical tab (its line break), a form feed.
PASTED = "\x07Ақпарат\x0bназарға алынсын\x0c"


@pytest.fixture
def sitting(db: Database, admin: Actor) -> Sitting:
    return make_sitting(db, admin)


def _audited(db: Database, entity: str, entity_id: object) -> dict[str, Any]:
    """Every field the trail recorded for the row, latest value last."""
    values: dict[str, Any] = {}
    with db.reading() as session:
        for changes in session.scalars(
            select(AuditEntry.changes)
            .where(AuditEntry.entity == entity, AuditEntry.entity_id == str(entity_id))
            .order_by(AuditEntry.seq)
        ):
            for field, (_old, new) in json.loads(changes).items():
                values[field] = new
    return values


def _item_data(**values: Any) -> AgendaItemData:
    return AgendaItemData(kind=AgendaItemKind.CRIME_PREVENTION, **values)


# --- meetings -----------------------------------------------------------------------------


def test_meeting_place_and_control_in_kazakh(db: Database, sitting: Sitting) -> None:
    s = sitting
    view = meetings.get_meeting(db, s.secretary, s.meeting_id)
    data = meetings.MeetingData(
        meeting_date=MEETING_DAY,
        place="актовый зал акимата",
        place_kk="  әкімдіктің\x07 мәжіліс залы ",
        control_assigned_to="секретаря комиссии",
        control_assigned_to_kk="комиссия хатшысына\x0bжүктелсін",
    )
    view = meetings.update_meeting(db, s.secretary, s.meeting_id, view.version, data)
    assert view.place_kk == "әкімдіктің мәжіліс залы"
    assert view.control_assigned_to_kk == "комиссия хатшысына\nжүктелсін"
    again = meetings.get_meeting(db, s.secretary, s.meeting_id)
    assert (again.place_kk, again.control_assigned_to_kk) == (
        view.place_kk,
        view.control_assigned_to_kk,
    )
    trail = _audited(db, "meetings", s.meeting_id)
    assert trail["place_kk"] == "әкімдіктің мәжіліс залы"
    assert trail["control_assigned_to_kk"] == "комиссия хатшысына\nжүктелсін"

    with pytest.raises(InvalidInput) as too_long:
        meetings.update_meeting(
            db,
            s.secretary,
            s.meeting_id,
            view.version,
            meetings.MeetingData(MEETING_DAY, place_kk="ә" * 301),
        )
    assert too_long.value.field == "place_kk"


# --- agenda items and discussion ----------------------------------------------------------


def test_agenda_item_in_both_languages(db: Database, sitting: Sitting) -> None:
    s = sitting
    view = agenda.add_item(
        db,
        s.secretary,
        s.meeting_id,
        _item_data(
            title="О профилактике бытового насилия",
            title_kk="Тұрмыстық зорлық-зомбылықтың\x07 алдын алу туралы",
            speakers="Касымов Е. Б.",
            speakers_kk="Е. Б. Касымов",
            heard_speaker="Касымов Е. Б.",
            heard_speaker_kk="Е. Б.\x0b Касымов",
            heard_summary="о проделанной работе",
            heard_summary_kk=PASTED,
        ),
    )
    assert view.title_kk == "Тұрмыстық зорлық-зомбылықтың алдын алу туралы"
    assert view.speakers_kk == "Е. Б. Касымов"
    assert view.heard_speaker_kk == "Е. Б. Касымов"  # one line: the break becomes a space
    assert view.heard_summary_kk == "Ақпарат\nназарға алынсын"
    [listed] = agenda.list_items(db, s.secretary, s.meeting_id)
    assert listed.title_kk == view.title_kk and listed.heard_summary_kk == view.heard_summary_kk
    trail = _audited(db, "agenda_items", view.id)
    assert trail["title_kk"] == view.title_kk
    assert trail["heard_summary_kk"] == "Ақпарат\nназарға алынсын"

    changed = agenda.update_item(
        db,
        s.secretary,
        view.id,
        view.version,
        _item_data(title="О профилактике бытового насилия", title_kk="Жаңа тақырып"),
    )
    assert (changed.title_kk, changed.speakers_kk) == ("Жаңа тақырып", None)
    assert _audited(db, "agenda_items", view.id)["title_kk"] == "Жаңа тақырып"


def test_an_item_typed_only_in_kazakh_is_kept_and_an_empty_one_refused(
    db: Database, sitting: Sitting
) -> None:
    s = sitting
    view = agenda.add_item(
        db, s.secretary, s.meeting_id, _item_data(title=" \x07 ", title_kk="Жасөспірімдер туралы")
    )
    assert (view.title, view.title_kk) == ("", "Жасөспірімдер туралы")
    with pytest.raises(InvalidInput) as refused:
        agenda.add_item(db, s.secretary, s.meeting_id, _item_data(title=" ", title_kk="\x0c"))
    assert refused.value.field == "title"
    with pytest.raises(InvalidInput) as refused:
        agenda.update_item(
            db, s.secretary, view.id, view.version, _item_data(title="", title_kk=None)
        )
    assert refused.value.field == "title"
    assert len(agenda.list_items(db, s.secretary, s.meeting_id)) == 1


def test_discussion_in_both_languages_and_kazakh_only(db: Database, sitting: Sitting) -> None:
    s = sitting
    item = new_item(db, s.secretary, s.meeting_id)
    view = agenda.add_discussion(
        db,
        s.secretary,
        item,
        "Дюсенова М. А.",
        "предложила усилить рейды",
        speaker_kk="М. А. Дюсенова",
        summary_kk=PASTED,
    )
    [entry] = view.discussion
    assert (entry.speaker_kk, entry.summary_kk) == ("М. А. Дюсенова", "Ақпарат\nназарға алынсын")
    assert _audited(db, "discussion_entries", entry.id)["summary_kk"] == "Ақпарат\nназарға алынсын"

    view = agenda.update_discussion(
        db, s.secretary, entry.id, entry.version, "", None, speaker_kk="Ли В. С.", summary_kk="Иә"
    )
    [entry] = view.discussion
    assert (entry.speaker, entry.speaker_kk, entry.summary, entry.summary_kk) == (
        "",
        "Ли В. С.",
        None,
        "Иә",
    )
    with pytest.raises(InvalidInput) as refused:
        agenda.add_discussion(db, s.secretary, item, " ", "текст", speaker_kk="")
    assert refused.value.field == "speaker"
    assert len(agenda.list_items(db, s.secretary, s.meeting_id)[0].discussion) == 1


# --- decisions ----------------------------------------------------------------------------


def test_decision_text_in_kazakh(db: Database, sitting: Sitting) -> None:
    s = sitting
    item = new_item(db, s.secretary, s.meeting_id)
    view = decisions.add_decision(db, s.secretary, item, note(text_kk=PASTED))
    assert view.text_kk == "Ақпарат\nназарға алынсын"
    assert decisions.list_decisions(db, s.secretary, item)[0].text_kk == view.text_kk
    assert _audited(db, "decisions", view.id)["text_kk"] == view.text_kk

    only_kk = decisions.update_decision(
        db, s.secretary, view.id, view.version, note(text="", text_kk="Ақпарат назарға алынсын.")
    )
    assert (only_kk.text, only_kk.text_kk) == ("", "Ақпарат назарға алынсын.")
    with db.reading() as session:
        assert session.get_one(Decision, view.id).text == ""
    with pytest.raises(InvalidInput) as refused:
        decisions.add_decision(db, s.secretary, item, note(text="\x07", text_kk="  "))
    assert refused.value.field == "text"
    assert len(decisions.list_decisions(db, s.secretary, item)) == 1


# --- attendance and guests ----------------------------------------------------------------


def test_attendance_and_guests_in_kazakh_with_sex(db: Database, sitting: Sitting) -> None:
    s = sitting
    member = s.member_ids[3]
    sheet = attendance.mark(
        db,
        s.secretary,
        s.meeting_id,
        member,
        AttendanceStatus.REPLACED,
        "отпуск",
        "Ахметова Гульнара Сериковна",
        "заместитель начальника",
        absence_reason_kk="еңбек\x07 демалысы",
        substitute_position_kk="бастықтың орынбасары",
        substitute_sex=Sex.FEMALE,
    )
    [row] = [r for r in sheet.rows if r.member_id == member]
    assert (row.absence_reason_kk, row.substitute_position_kk, row.substitute_sex) == (
        "еңбек демалысы",
        "бастықтың орынбасары",
        Sex.FEMALE,
    )
    [row] = [
        r
        for r in attendance.attendance_sheet(db, s.secretary, s.meeting_id).rows
        if r.member_id == member
    ]
    assert row.substitute_sex is Sex.FEMALE
    with db.reading() as session:
        mark_id = session.scalar(
            select(Attendance.id).where(
                Attendance.meeting_id == s.meeting_id, Attendance.member_id == member
            )
        )
    trail = _audited(db, "attendance", mark_id)
    assert trail["absence_reason_kk"] == "еңбек демалысы"
    assert trail["substitute_sex"] == "female"

    # Present again: the substitute and the reason, in both languages, must not reach the minutes.
    sheet = attendance.mark(db, s.secretary, s.meeting_id, member, AttendanceStatus.PRESENT)
    [row] = [r for r in sheet.rows if r.member_id == member]
    assert (row.absence_reason_kk, row.substitute_position_kk, row.substitute_sex) == (
        None,
        None,
        None,
    )

    sheet = attendance.add_guest(
        db,
        s.secretary,
        s.meeting_id,
        "Жумабаева Асель Маратовна",
        "психолог",
        job_title_kk="  психолог\x07 маман ",
        sex=Sex.FEMALE,
    )
    [guest] = sheet.guests
    assert (guest.job_title_kk, guest.sex) == ("психолог маман", Sex.FEMALE)
    trail = _audited(db, "invited_guests", guest.id)
    assert (trail["job_title_kk"], trail["sex"]) == ("психолог маман", "female")


# --- members and agencies -----------------------------------------------------------------


def test_member_sex_and_agency_head_in_kazakh(db: Database, sitting: Sitting) -> None:
    s = sitting
    view = composition.add_member(
        db,
        s.admin,
        composition.MemberData(
            full_name="Жумабаева Асель Маратовна",
            position_ru="Член комиссии",
            role=MemberRole.MEMBER,
            valid_from=date(2026, 1, 1),
            sex=Sex.FEMALE,
        ),
    )
    assert view.sex is Sex.FEMALE
    assert composition.get_member(db, s.admin, view.id).sex is Sex.FEMALE
    assert _audited(db, "members", view.id)["sex"] == "female"

    agency = agencies.create_agency(
        db,
        s.admin,
        agencies.AgencyData(
            kind=AgencyKind.OTHER,
            name_ru="Отдел культуры",
            name_kk="Мәдениет бөлімі",
            head_name="Сагинтаева Лаура Маратовна",
            head_position="руководитель",
            head_position_kk=" бөлім\x07 басшысы ",
            head_sex=Sex.FEMALE,
        ),
    )
    assert (agency.head_position_kk, agency.head_sex) == ("бөлім басшысы", Sex.FEMALE)
    [listed] = [a for a in agencies.list_agencies(db, s.admin) if a.id == agency.id]
    assert (listed.head_position_kk, listed.head_sex) == ("бөлім басшысы", Sex.FEMALE)
    trail = _audited(db, "agencies", agency.id)
    assert (trail["head_position_kk"], trail["head_sex"]) == ("бөлім басшысы", "female")


# --- work plan ----------------------------------------------------------------------------


def test_plan_question_in_kazakh(db: Database, sitting: Sitting) -> None:
    s = sitting
    view = workplan.add_plan_item(
        db,
        s.secretary,
        workplan.WorkPlanData(
            year=2026,
            quarter=2,
            question="О профилактике",
            question_kk="Алдын алу\x07 туралы",
            speaker="Касымов Е. Б.",
            speaker_kk="Е. Б. Касымов",
        ),
    )
    assert (view.question_kk, view.speaker_kk) == ("Алдын алу туралы", "Е. Б. Касымов")
    assert workplan.get_plan_item(db, s.secretary, view.id).question_kk == "Алдын алу туралы"
    assert _audited(db, "work_plan_items", view.id)["question_kk"] == "Алдын алу туралы"

    only_kk = workplan.update_plan_item(
        db,
        s.secretary,
        view.id,
        view.version,
        workplan.WorkPlanData(year=2026, quarter=2, question="", question_kk="Тек қазақша"),
    )
    assert (only_kk.question, only_kk.question_kk, only_kk.speaker_kk) == ("", "Тек қазақша", None)
    with pytest.raises(InvalidInput) as refused:
        workplan.add_plan_item(
            db,
            s.secretary,
            workplan.WorkPlanData(year=2026, quarter=2, question=" ", question_kk="\x07"),
        )
    assert refused.value.field == "question"


# --- measures -----------------------------------------------------------------------------


@pytest.fixture
def desk(db: Database, admin: Actor) -> Desk:
    return make_desk(db, admin)


def test_measure_action_and_outcome_in_kazakh(db: Database, desk: Desk) -> None:
    d = desk
    case_id, (work, _, _) = make_programme(db, d)
    extra = measures.add_measure(
        db,
        d.officer,
        case_id,
        MeasureData(NeedKind.HOUSING, "", None, None, action_kk="Уақытша\x07 баспана беру"),
    )
    card = case_card.case_card(db, d.officer, case_id, TODAY)
    [view] = [m for m in card.measures if m.id == extra]
    assert (view.action, view.action_kk) == ("", "Уақытша баспана беру")
    [entry] = [e for e in card.schedule if e.measure_id == extra]
    assert entry.action_kk == "Уақытша баспана беру"
    with pytest.raises(InvalidInput) as refused:
        measures.add_measure(
            db, d.officer, case_id, MeasureData(NeedKind.HOUSING, " ", None, None, action_kk="")
        )
    assert refused.value.field == "action"

    with db.reading() as session:
        version = session.get_one(Measure, work).version
    measures.set_measure_state(
        db,
        d.officer,
        work,
        version,
        MeasureState.PROVIDED,
        "",
        TODAY,
        today=TODAY,
        outcome_kk="Жұмысқа\x0bорналастырылды",
    )
    card = case_card.case_card(db, d.officer, case_id, TODAY)
    [view] = [m for m in card.measures if m.id == work]
    assert (view.state, view.outcome, view.outcome_kk) == (
        MeasureState.PROVIDED,
        None,
        "Жұмысқа\nорналастырылды",
    )
    # A finished measure takes its translation, and nothing else.
    measures.update_measure(
        db,
        d.officer,
        work,
        view.version,
        MeasureData(
            view.need_kind,
            view.action,
            view.agency_id,
            view.deadline,
            action_kk="Жұмыспен қамту орталығына жіберу",
            outcome_kk="Жұмысқа орналастырылды",
        ),
    )
    card = case_card.case_card(db, d.officer, case_id, TODAY)
    [view] = [m for m in card.measures if m.id == work]
    assert (view.action_kk, view.outcome_kk) == (
        "Жұмыспен қамту орталығына жіберу",
        "Жұмысқа орналастырылды",
    )
    with pytest.raises(InvalidInput, match="already finished"):
        measures.update_measure(
            db,
            d.officer,
            work,
            view.version,
            MeasureData(view.need_kind, "Иное", view.agency_id, view.deadline),
        )
    # What a case says about a person's life is personal: the trail says it changed, not what.
    trail = _audited(db, "measures", work)
    assert trail["outcome_kk"] != "Жұмысқа орналастырылды"
    assert trail["action_kk"] != "Жұмыспен қамту орталығына жіберу"


# --- the minutes --------------------------------------------------------------------------


def test_kazakh_minutes_print_the_kazakh_values(db: Database, sitting: Sitting) -> None:
    s = sitting
    view = meetings.get_meeting(db, s.secretary, s.meeting_id)
    meetings.update_meeting(
        db,
        s.secretary,
        s.meeting_id,
        view.version,
        meetings.MeetingData(
            meeting_date=MEETING_DAY,
            place="актовый зал",
            place_kk="мәжіліс залы",
        ),
    )
    item = agenda.add_item(
        db,
        s.secretary,
        s.meeting_id,
        _item_data(
            title="О профилактике",
            title_kk="Құқық бұзушылықтың алдын алу туралы",
            speakers="Касымов Е. Б.",
            speakers_kk="Е. Б. Касымов",
            heard_speaker="Касымов Е. Б.",
            heard_speaker_kk="Е. Б. Касымов",
            heard_summary="о работе",
            heard_summary_kk="атқарылған жұмыс туралы",
        ),
    )
    agenda.add_discussion(
        db,
        s.secretary,
        item.id,
        "Дюсенова М. А.",
        "о рейдах",
        speaker_kk="М. А. Дюсенова",
        summary_kk="рейдтер туралы",
    )
    decisions.add_decision(
        db,
        s.secretary,
        item.id,
        DecisionData(
            kind=DecisionKind.NOTE,
            text="Информацию принять к сведению.",
            text_kk="Ақпарат назарға алынсын.",
        ),
    )
    only_kk = agenda.add_item(
        db, s.secretary, s.meeting_id, _item_data(title="", title_kk="Тек қазақша сұрақ")
    )

    ctx = minutes.minutes_context(db, s.secretary, s.meeting_id)
    first, second = ctx.agenda
    assert first.title.get("kk") == "Құқық бұзушылықтың алдын алу туралы"
    assert first.heard_summary.get("kk") == "атқарылған жұмыс туралы"
    assert first.decisions[0].text.get("kk") == "Ақпарат назарға алынсын."
    assert second.title.get("kk") == "Тек қазақша сұрақ"
    assert ctx.venue.get("kk") == "мәжіліс залы"
    assert only_kk.title == ""

    text = "\n".join(docx_lines(minutes_docx(ctx, "kk")))
    for typed in (
        "мәжіліс залы",
        "Құқық бұзушылықтың алдын алу туралы",
        "атқарылған жұмыс туралы",
        "рейдтер туралы",
        "Ақпарат назарға алынсын.",
        "Тек қазақша сұрақ",
    ):
        assert typed in text, typed
    assert "О профилактике" not in text and "о работе" not in text
    with db.reading() as session:
        assert session.scalar(select(AgendaItem.title_kk).where(AgendaItem.id == item.id))


def test_an_earlier_decision_is_found_by_its_kazakh_text(db: Database, sitting: Sitting) -> None:
    s = sitting
    item = new_item(db, s.secretary, s.meeting_id)
    earlier = decisions.add_decision(
        db,
        s.secretary,
        item,
        replace(
            instruction(s.police, fixed(date(2026, 4, 10))),
            text="",
            text_kk="Профилактикалық рейдтер ұйымдастырылсын.",
        ),
    )
    held(db, s.meeting_id)
    later = new_meeting(db, s.secretary, date(2026, 6, 11))
    [found] = decisions.earlier_decisions(db, s.secretary, later, "рейдтер ұйымдастырылсын")
    assert (found.ref.decision_id, found.text, found.text_kk) == (
        earlier.id,
        "",
        "Профилактикалық рейдтер ұйымдастырылсын.",
    )
    assert decisions.earlier_decisions(db, s.secretary, later, "ұйымдастыру жоспары") == []
