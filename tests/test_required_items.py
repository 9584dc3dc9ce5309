"""The items the law requires: seeded for every commission, proposed by the work plan in the
quarters they are due (never twice), flagged on the dashboard when a period ends without one
heard; and the commission's name with history, which a meeting's minutes print as of its day."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from docx import Document

from commission.db.engine import Database
from commission.domain.enums import AgendaItemKind, RequiredPeriod, WorkPlanState
from commission.domain.permissions import PermissionDenied
from commission.exports.minutes_docx import minutes_docx
from commission.services import (
    agenda,
    agenda_views,
    commission_names,
    composition,
    minutes,
    plan_proposals,
    required_check,
    required_items,
    workplan,
)
from commission.services.agenda_views import AgendaItemData
from commission.services.context import Actor
from commission.services.errors import InvalidInput
from tests.test_decisions import held
from tests.test_meetings import World, build_world, new_meeting


@pytest.fixture
def world(db: Database, admin: Actor) -> World:
    return build_world(db, admin)


def _kinds(world: World) -> dict[AgendaItemKind, required_items.RequiredItemView]:
    return {i.agenda_kind: i for i in required_items.list_required_items(world.db, world.admin)}


def test_a_new_commission_has_what_the_law_requires(world: World) -> None:
    items = _kinds(world)
    police = items[AgendaItemKind.POLICE_REPORT]
    assert police.period is RequiredPeriod.QUARTERLY
    assert "№ 608" in (police.legal_basis_ru or "") and "№ 608" in (police.legal_basis_kk or "")
    assessment = items[AgendaItemKind.DIFFICULT_SITUATION]
    assert assessment.period is RequiredPeriod.HALF_YEARLY
    assert "статьи 72" in (assessment.legal_basis_ru or "")
    assert "72-бабының" in (assessment.legal_basis_kk or "")


def test_the_administrator_adds_changes_and_removes_an_item(world: World) -> None:
    data = required_items.RequiredItemData(
        title_ru="  Об итогах работы  ",
        title_kk="Жұмыс қорытындылары туралы",
        period=RequiredPeriod.YEARLY,
        agenda_kind=AgendaItemKind.OTHER,
        legal_basis_ru="Положение о комиссии, п. 12",
    )
    added = required_items.add_required_item(world.db, world.admin, data)
    assert added.title_ru == "Об итогах работы"
    with pytest.raises(InvalidInput) as refused:
        required_items.add_required_item(
            world.db,
            world.admin,
            data.__class__("", None, RequiredPeriod.YEARLY, AgendaItemKind.OTHER),
        )
    assert refused.value.field == "title_ru"
    with pytest.raises(PermissionDenied):
        required_items.add_required_item(world.db, world.member_user, data)
    changed = required_items.update_required_item(
        world.db,
        world.admin,
        added.id,
        added.version,
        data.__class__(**{**data.__dict__, "period": RequiredPeriod.HALF_YEARLY}),
    )
    assert changed.period is RequiredPeriod.HALF_YEARLY
    planned = plan_proposals.include_required(world.db, world.secretary, added.id, 2026)
    assert len(planned) == 2
    required_items.remove_required_item(world.db, world.admin, added.id, changed.version)
    assert added.id not in {i.id for i in required_items.list_required_items(world.db, world.admin)}
    kept = workplan.list_plan(world.db, world.secretary, 2026)
    assert [v.quarter for v in kept] == [2, 4], "the planned questions stay"


def test_the_plan_proposes_the_required_items_once(world: World) -> None:
    items = _kinds(world)
    police, assessment = (
        items[AgendaItemKind.POLICE_REPORT],
        items[AgendaItemKind.DIFFICULT_SITUATION],
    )
    missing = {
        m.required_item_id: m.quarters
        for m in plan_proposals.missing_required(world.db, world.secretary, 2026)
    }
    assert missing == {police.id: (1, 2, 3, 4), assessment.id: (2, 4)}
    created = plan_proposals.include_required(world.db, world.secretary, assessment.id, 2026)
    assert len(created) == 2
    assert plan_proposals.include_required(world.db, world.secretary, assessment.id, 2026) == []
    plan = workplan.list_plan(world.db, world.secretary, 2026)
    assert [(v.quarter, v.question, v.required_kind) for v in plan] == [
        (2, assessment.title_ru, AgendaItemKind.DIFFICULT_SITUATION),
        (4, assessment.title_ru, AgendaItemKind.DIFFICULT_SITUATION),
    ]
    assert plan[0].question_kk == assessment.title_kk
    missing_after = plan_proposals.missing_required(world.db, world.secretary, 2026)
    assert [m.required_item_id for m in missing_after] == [police.id]
    # The next year is a plan of its own.
    assert len(plan_proposals.missing_required(world.db, world.secretary, 2027)) == 2
    # Put on an agenda, the question becomes an item of the required kind.
    meeting = new_meeting(world, date(2026, 5, 14))
    item_id = workplan.put_on_agenda(world.db, world.secretary, plan[0].id, meeting.id)
    views = agenda_views.list_items(world.db, world.secretary, meeting.id)
    assert next(v.kind for v in views if v.id == item_id) is AgendaItemKind.DIFFICULT_SITUATION


def _hear(world: World, day: date, kind: AgendaItemKind, hold: bool = True) -> None:
    meeting = new_meeting(world, day)
    agenda.add_item(world.db, world.secretary, meeting.id, AgendaItemData(kind=kind, title="Отчёт"))
    if hold:
        held(world.db, meeting.id)


def _flags(world: World, today: date) -> set[tuple[int, int, str, bool]]:
    return {
        (f.year, f.number, f.period.value, f.ended)
        for f in required_check.unheard_required(world.db, world.secretary, today)
    }


def test_the_dashboard_flags_a_quarter_without_the_police_report(world: World) -> None:
    # Q3 2026: the police report heard in August; the ТЖС assessment not heard in II half-year
    # (checked at the end of IV); Q2 (ended before Q3) is no longer looked at.
    _hear(world, date(2026, 8, 13), AgendaItemKind.POLICE_REPORT)
    assert _flags(world, date(2026, 10, 5)) == set()
    # Q4 in its last 30 days: the police report and the half-year's assessment are missing.
    assert _flags(world, date(2026, 12, 10)) == {
        (2026, 4, "quarterly", False),
        (2026, 2, "half_yearly", False),
    }
    # A planned (not held) meeting does not count; a held one does.
    _hear(world, date(2026, 12, 3), AgendaItemKind.POLICE_REPORT, hold=False)
    assert (2026, 4, "quarterly", False) in _flags(world, date(2026, 12, 10))
    _hear(world, date(2026, 11, 19), AgendaItemKind.DIFFICULT_SITUATION)
    _hear(world, date(2026, 11, 20), AgendaItemKind.POLICE_REPORT)
    assert _flags(world, date(2026, 12, 10)) == set()
    # Early in a quarter only the ended one is looked at: Q3 2027 had nothing heard.
    assert _flags(world, date(2027, 10, 2)) == {(2027, 3, "quarterly", True)}
    words = required_check.unheard_required(world.db, world.secretary, date(2027, 10, 2))
    assert words[0].title_ru == "Отчёт начальника полиции"


def _docx_text(data: bytes, tmp_path: Path, name: str) -> str:
    path = tmp_path / name
    path.write_bytes(data)
    document = Document(str(path))
    return "\n".join(p.text for p in document.paragraphs).replace("\xa0", " ")


NEW_RU = (
    "Межведомственная комиссия по реализации конституционного принципа «Закон и Порядок» "
    "при акимате Целиноградского района"
)
NEW_TITLE_RU = (
    "межведомственной комиссии по реализации конституционного принципа «Закон и Порядок» "
    "при акимате Целиноградского района"
)
NEW_KK = (
    "Целиноград ауданы әкімдігі жанындағы «Заң және Тәртіп» конституциялық қағидатын "
    "іске асыру жөніндегі ведомствоаралық комиссия"
)


def test_a_renamed_commission_keeps_its_past_minutes_under_the_old_name(
    world: World, tmp_path: Path
) -> None:
    old = _hear_meeting(world, date(2026, 3, 12))
    commission = composition.get_commission(world.db, world.admin)
    data = commission_names.CommissionNameData(
        valid_from=date(2026, 7, 1),
        name_ru=NEW_RU,
        name_kk=NEW_KK,
        title_ru=NEW_TITLE_RU,
        title_kk=NEW_KK,
        act_type="постановление акимата",
        act_number="245",
        act_date=date(2026, 6, 25),
        act_text_ru="О переименовании комиссии и утверждении положения",
        act_text_kk="Комиссияны қайта атау және ережені бекіту туралы",
    )
    with pytest.raises(InvalidInput) as early:
        commission_names.rename_commission(
            world.db, world.admin, commission.version, data, today=date(2026, 6, 30)
        )
    assert early.value.field == "valid_from"
    commission_names.rename_commission(
        world.db, world.admin, commission.version, data, today=date(2026, 7, 2)
    )
    history = commission_names.name_history(world.db, world.admin)
    assert [(h.valid_from, h.name_ru) for h in history] == [
        (date(2026, 7, 1), NEW_RU),
        (None, "Межведомственная комиссия по профилактике правонарушений"),
    ]
    assert composition.get_commission(world.db, world.admin).name_ru == NEW_RU
    new = _hear_meeting(world, date(2026, 8, 13))
    for language, old_words, new_words in (
        ("ru", "по профилактике правонарушений", "«Закон и Порядок»"),
        ("kk", "Құқық бұзушылық профилактикасы жөніндегі", "«Заң және Тәртіп»"),
    ):
        old_text = _docx_text(
            minutes_docx(minutes.minutes_context(world.db, world.secretary, old), language),
            tmp_path,
            f"old-{language}.docx",
        )
        new_text = _docx_text(
            minutes_docx(minutes.minutes_context(world.db, world.secretary, new), language),
            tmp_path,
            f"new-{language}.docx",
        )
        assert old_words.lower() in old_text.lower() and new_words not in old_text
        assert new_words in new_text and old_words.lower() not in new_text.lower()
    # A second renaming must come after the first.
    with pytest.raises(InvalidInput):
        commission_names.rename_commission(
            world.db,
            world.admin,
            composition.get_commission(world.db, world.admin).version,
            data,
            today=date(2026, 9, 1),
        )


def _hear_meeting(world: World, day: date) -> int:
    meeting = new_meeting(world, day)
    agenda.add_item(
        world.db,
        world.secretary,
        meeting.id,
        AgendaItemData(kind=AgendaItemKind.OTHER, title="О работе", title_kk="Жұмыс туралы"),
    )
    return meeting.id


def test_correcting_the_current_name_corrects_its_history_row(world: World) -> None:
    view = composition.get_commission(world.db, world.admin)
    fields = {n: getattr(view, n) for n in composition.CommissionData.__dataclass_fields__}
    fields["name_ru"] = "Межведомственная комиссия (исправлено)"
    composition.update_commission(
        world.db, world.admin, view.version, composition.CommissionData(**fields)
    )
    history = commission_names.name_history(world.db, world.admin)
    assert [h.name_ru for h in history] == ["Межведомственная комиссия (исправлено)"]
    assert WorkPlanState.PLANNED  # the plan's states are untouched by the settings


def test_a_question_planned_by_hand_and_heard_as_the_police_report_covers_its_quarter(
    world: World,
) -> None:
    police = _kinds(world)[AgendaItemKind.POLICE_REPORT]
    question = workplan.add_plan_item(
        world.db,
        world.secretary,
        workplan.WorkPlanData(year=2026, quarter=1, question="Информация начальника ОП"),
    )
    meeting = new_meeting(world, date(2026, 3, 12))
    workplan.put_on_agenda(
        world.db, world.secretary, question.id, meeting.id, AgendaItemKind.POLICE_REPORT
    )
    missing = {
        m.required_item_id: m.quarters
        for m in plan_proposals.missing_required(world.db, world.secretary, 2026)
    }
    assert missing[police.id] == (2, 3, 4)
    created = plan_proposals.include_required(world.db, world.secretary, police.id, 2026)
    assert len(created) == 3
