"""Texts a service writes for the secretary are written in both languages: a planned question
put on the agenda, the standing item on earlier decisions, an escalated measure's item."""

from __future__ import annotations

from datetime import date

import pytest

from commission.db.engine import Database
from commission.db.models import Measure
from commission.domain.enums import AgendaItemKind
from commission.services import agenda, escalation, meetings, phrase_book, workplan
from commission.services.context import Actor
from tests.test_cases import TODAY, Desk, make_desk, make_programme
from tests.test_decisions import Sitting, make_sitting

AFTER = date(2026, 3, 13)  # the day after the planned meeting


@pytest.fixture
def sitting(db: Database, admin: Actor) -> Sitting:
    return make_sitting(db, admin)


def test_a_planned_question_goes_on_the_agenda_in_both_languages(
    db: Database, sitting: Sitting
) -> None:
    s = sitting
    plan = workplan.add_plan_item(
        db,
        s.secretary,
        workplan.WorkPlanData(
            year=2026,
            quarter=1,
            question="О профилактике правонарушений среди несовершеннолетних",
            question_kk="Кәмелетке толмағандар арасындағы құқық бұзушылықтың алдын алу туралы",
            speaker="Сагинтаева Л. М.",
            speaker_kk="Л. М. Сагинтаева",
        ),
    )
    item_id = workplan.put_on_agenda(db, s.secretary, plan.id, s.meeting_id)
    [item] = [i for i in agenda.list_items(db, s.secretary, s.meeting_id) if i.id == item_id]
    assert (item.title, item.title_kk) == (
        "О профилактике правонарушений среди несовершеннолетних",
        "Кәмелетке толмағандар арасындағы құқық бұзушылықтың алдын алу туралы",
    )
    assert (item.speakers, item.speakers_kk) == ("Сагинтаева Л. М.", "Л. М. Сагинтаева")


def test_the_standing_item_has_its_kazakh_title(db: Database, sitting: Sitting) -> None:
    s = sitting
    review = agenda.add_progress_review(db, s.secretary, s.meeting_id)
    assert review.kind is AgendaItemKind.PROGRESS_REVIEW
    assert review.title == "О ходе исполнения решений, принятых на заседаниях комиссии"
    assert review.title_kk == (
        "Комиссия отырыстарында қабылданған шешімдердің орындалу барысы туралы"
    )
    assert review.speakers == review.speakers_kk


def test_the_standing_item_follows_the_administrators_wording(
    db: Database, sitting: Sitting
) -> None:
    s = sitting
    [phrase] = [
        p
        for p in phrase_book.list_phrases(db, s.admin, include_inactive=True)
        if p.key == "progress_review_title"
    ]
    phrase_book.save_phrase(
        db,
        s.admin,
        phrase.key,
        phrase.version,
        "О ходе исполнения ранее принятых решений",
        "Бұрын қабылданған шешімдердің орындалу барысы туралы",
    )
    review = agenda.add_progress_review(db, s.secretary, s.meeting_id)
    assert (review.title, review.title_kk) == (
        "О ходе исполнения ранее принятых решений",
        "Бұрын қабылданған шешімдердің орындалу барысы туралы",
    )


@pytest.fixture
def desk(db: Database, admin: Actor) -> Desk:
    return make_desk(db, admin)


def _version(db: Database, measure_id: int) -> int:
    with db.reading() as session:
        return session.get_one(Measure, measure_id).version


def test_an_escalated_measure_is_proposed_in_both_languages(db: Database, desk: Desk) -> None:
    d = desk
    _case_id, (work, documents, _) = make_programme(db, d)
    result = escalation.escalate_measure(
        db, d.officer, work, "Нет вакансий", version=_version(db, work), today=TODAY
    )
    [item] = [
        i
        for i in agenda.list_items(db, d.s.secretary, d.s.meeting_id)
        if i.id == result.agenda_item_id
    ]
    assert item.title == (
        "О затруднениях в оказании социально-правовой помощи по делу № 1/2026 (Б-ов Н. К.): "
        "трудоустройство, Центр занятости"
    )
    # The sitting's agencies have the same name in both languages.
    assert item.title_kk == (
        "№ 1/2026 іс (Б-ов Н. К.) бойынша әлеуметтік-құқықтық көмек көрсетудегі қиындықтар "
        "туралы: жұмысқа орналасу, Центр занятости"
    )
    assert item.speakers == item.speakers_kk == "Officer"

    # One waiting for a meeting gets both titles when the meeting is planned.
    later = escalation.escalate_measure(
        db, d.officer, documents, "Нет ответа", version=_version(db, documents), today=AFTER
    )
    assert later.agenda_item_id is None
    meeting = meetings.create_meeting(
        db, d.s.secretary, meetings.MeetingData(meeting_date=date(2026, 6, 11))
    )
    [placed] = agenda.list_items(db, d.s.secretary, meeting.id)
    assert placed.title_kk is not None
    assert placed.title_kk.endswith("жеке басын куәландыратын құжаттар, Отдел полиции")
    assert placed.title.endswith("документы, удостоверяющие личность, Отдел полиции")
