"""Before a document borrows texts from the other language, the user learns which ones."""

from __future__ import annotations

import dataclasses
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import select

from commission.db import migrate
from commission.db.engine import Database
from commission.db.models import Decision, Meeting
from commission.documents import completeness
from commission.documents.minutes import Bilingual
from commission.services import completeness as completeness_service
from commission.services.context import Actor
from commission.services.demo import build_demo
from tests.exports.sample import POLICE_REPORT, make_context
from tests.test_cli import run_as
from tests.test_minutes import build_sitting


@pytest.fixture
def demo_url(tmp_path: Path) -> Iterator[str]:
    url = f"sqlite:///{tmp_path / 'demo.sqlite3'}"
    db = Database(url)
    migrate.upgrade(db)
    build_demo(db, Actor.command_line(), seed=1, today=date(2026, 11, 24), clients=30)
    db.dispose()
    yield url


def test_a_bilingual_record_is_complete_in_both_languages_but_for_what_is_missing() -> None:
    ctx = make_context()
    russian = completeness.minutes_completeness(ctx, "ru")
    assert russian.complete and russian.filled == russian.total > 30
    kazakh = completeness.minutes_completeness(ctx, "kk")
    # The sample's members all have a Kazakh position but one, who sits in the list.
    assert {(m.field, m.person) for m in kazakh.missing} == {
        (completeness.MEMBER_POSITION, "Мухамеджанова Р. К.")
    }
    assert kazakh.filled == kazakh.total - 1


def test_a_russian_only_decision_is_listed_with_its_number() -> None:
    point = dataclasses.replace(POLICE_REPORT.decisions[1], text=Bilingual("Организовать рейды."))
    item = dataclasses.replace(POLICE_REPORT, decisions=(point,), heard_summary=Bilingual("о…"))
    ctx = make_context(agenda=(item,), venue=Bilingual("", "мәжіліс залы"))
    kazakh = completeness.minutes_completeness(ctx, "kk")
    found = {(m.field, m.item_number, m.decision_number) for m in kazakh.missing}
    assert (completeness.DECISION_TEXT, 2, "2.2") in found
    assert (completeness.HEARD_SUMMARY, 2, None) in found
    decision = next(m for m in kazakh.missing if m.field == completeness.DECISION_TEXT)
    assert decision.record_id == point.id
    # The Kazakh-only place is what the Russian minutes would borrow.
    russian = completeness.minutes_completeness(ctx, "ru")
    assert [m.field for m in russian.missing] == [completeness.PLACE]


def test_a_note_needs_no_typed_kazakh_text_the_form_words_it() -> None:
    note = dataclasses.replace(POLICE_REPORT.decisions[0], text=Bilingual("Принять к сведению."))
    ctx = make_context(agenda=(dataclasses.replace(POLICE_REPORT, decisions=(note,)),))
    assert not any(
        m.field == completeness.DECISION_TEXT
        for m in completeness.minutes_completeness(ctx, "kk").missing
    )


def test_an_extract_lists_only_its_own_points() -> None:
    ctx = make_context()
    police = POLICE_REPORT.decisions[1].lead
    assert police is not None
    point = dataclasses.replace(POLICE_REPORT.decisions[2], text=Bilingual("Рекомендовать."))
    item = dataclasses.replace(POLICE_REPORT, decisions=(POLICE_REPORT.decisions[1], point))
    ctx = make_context(agenda=(item,))
    # 2.3 goes to education, not to the police: the police's extract is complete.
    assert completeness.extract_completeness(ctx, police.id, "kk").complete
    education = point.lead
    assert education is not None
    missing = completeness.extract_completeness(ctx, education.id, "kk").missing
    assert [m.decision_number for m in missing] == ["2.3"]


def test_the_meeting_record_grows_complete_as_kazakh_is_typed(db: Database, admin: Actor) -> None:
    sitting = build_sitting(db, admin)
    world = sitting.world
    before = completeness_service.meeting_completeness(
        db, world.secretary, sitting.meeting.id, "kk"
    )
    assert before.total > 0 and before.filled < before.total
    assert completeness.PLACE in {m.field for m in before.missing}
    with db.transaction() as session:
        meeting = session.get_one(Meeting, sitting.meeting.id)
        meeting.place_kk = "әкімдіктің мәжіліс залы"
        for decision in session.scalars(select(Decision)):
            decision.text_kk = "Тапсырылсын."
    after = completeness_service.meeting_completeness(db, world.secretary, sitting.meeting.id, "kk")
    assert after.total >= before.total  # a note typed in Kazakh now counts too
    fields = {m.field for m in after.missing}
    assert completeness.PLACE not in fields and completeness.DECISION_TEXT not in fields
    assert after.filled > before.filled
    assert completeness_service.meeting_completeness(
        db, world.secretary, sitting.meeting.id, "ru"
    ).complete


def test_the_command_line_warns_before_a_kazakh_document_borrows_russian(
    demo_url: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    target = tmp_path / "kk.docx"
    with Database(demo_url).transaction() as session:
        # The next sitting's draft: signed minutes print their snapshot, which the demo signed
        # with a Kazakh place.
        meeting = session.scalars(select(Meeting).where(Meeting.number == 5)).one()
        meeting.place_kk = None
        meeting.place = "актовый зал"
    code, _out, err = run_as(
        capsys,
        "secretary",
        "--db",
        demo_url,
        "export",
        "minutes",
        "5/2026",
        "--lang",
        "kk",
        "-o",
        str(target),
    )
    assert code == 0 and target.exists()
    assert "warning:" in err and "no Kazakh value" in err and "place" in err
