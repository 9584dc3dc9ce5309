"""The demo's documents as a secretary sends them: each in one language, with no grammar slip.

Issue 10's acceptance: the minutes, an extract, a letter, the work plan and an individual
programme of the demo read back in Kazakh with no Russian paragraph, and in Russian with no
Kazakh one; no «(а)» placeholder is left for the reader to resolve.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest
from docx import Document
from sqlalchemy import select

from commission.db import migrate
from commission.db.engine import Database
from commission.db.models import Case, Decision, Measure, Meeting, User
from commission.domain.enums import MeetingStatus, Role
from commission.exports.extract_docx import extract_docx
from commission.exports.letter_docx import letter_docx
from commission.exports.minutes_docx import minutes_docx
from commission.exports.programme_docx import programme_docx
from commission.exports.workplan_docx import workplan_docx
from commission.services import letters, minutes, probation_exports, workplan
from commission.services.context import Actor
from commission.services.demo import build_demo
from tests.exports.pages import libreoffice_pdfs
from tests.exports.test_pages_docx import _closing_page
from tests.language import kazakh_paragraphs, russian_paragraphs

TODAY = date(2026, 11, 24)
LANGUAGES = ("ru", "kk")
# «сообщил(а)», «ознакомлен(а) и согласен(на)»: forms a reader must choose between.
HELD = (
    MeetingStatus.HELD,
    MeetingStatus.MINUTES_DRAFTED,
    MeetingStatus.MINUTES_SIGNED,
    MeetingStatus.EXTRACTS_SENT,
)
PLACEHOLDER = re.compile(r"\((?:а|на|ла|ы|ой|ая)\)")


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Database]:
    db = Database(f"sqlite:///{tmp_path_factory.mktemp('demo-docs') / 'demo.sqlite3'}")
    migrate.upgrade(db)
    build_demo(db, Actor.command_line(), seed=1, today=TODAY, clients=30)
    yield db
    db.dispose()


def _actor(db: Database, role: Role) -> Actor:
    with db.reading() as session:
        user = session.scalars(select(User).where(User.role == role).order_by(User.id)).first()
        assert user is not None
        return Actor(
            user_id=user.id,
            login=user.login,
            full_name=user.full_name,
            role=role,
            district_id=user.district_id,
            agency_id=user.agency_id,
        )


def _paragraphs(data: bytes, tmp_path: Path, name: str) -> list[str]:
    path = tmp_path / name
    path.write_bytes(data)
    document = Document(str(path))
    texts = [p.text for p in document.paragraphs]
    for table in document.tables:
        for row in table.rows:
            texts.extend(cell.text for cell in row.cells)
    for section in document.sections:
        texts.extend(p.text for p in section.header.paragraphs)
        texts.extend(p.text for p in section.footer.paragraphs)
    return [t.replace("\xa0", " ").strip() for t in texts if t.strip()]


def _last_held(db: Database) -> int:
    with db.reading() as session:
        meeting_id = session.scalar(
            select(Meeting.id)
            .where(Meeting.status.in_(HELD))
            .order_by(Meeting.meeting_date.desc())
            .limit(1)
        )
        assert meeting_id is not None
        return meeting_id


def _documents(db: Database, language: str, tmp_path: Path) -> dict[str, list[str]]:
    secretary = _actor(db, Role.SECRETARY)
    meeting_id = _last_held(db)
    ctx = minutes.minutes_context(db, secretary, meeting_id)
    agency_id = next(
        agency.id
        for item in ctx.agenda
        for decision in item.decisions
        for agency in (decision.lead,)
        if agency is not None
    )
    docs = {
        "minutes": minutes_docx(ctx, language),
        "extract": extract_docx(ctx, agency_id, language),
        "plan": workplan_docx(workplan.plan_context(db, secretary, TODAY.year, TODAY), language),
    }
    due = letters.letters_due(db, secretary, TODAY)
    assert due, "the demo has letters to send on its today"
    docs["letter"] = letter_docx(due[0], language)
    officer = _actor(db, Role.PROBATION_OFFICER)
    with db.reading() as session:
        case_id = session.scalar(
            select(Case.id).join(Measure, Measure.case_id == Case.id).order_by(Case.id).limit(1)
        )
    assert case_id is not None
    docs["programme"] = programme_docx(
        probation_exports.programme_context(db, officer, case_id), language
    )
    return {
        name: _paragraphs(data, tmp_path, f"{name}-{language}.docx") for name, data in docs.items()
    }


def test_kazakh_documents_have_no_russian_paragraph(demo: Database, tmp_path: Path) -> None:
    for name, paragraphs in _documents(demo, "kk", tmp_path).items():
        assert russian_paragraphs(paragraphs) == [], name


def test_russian_documents_have_no_kazakh_paragraph(demo: Database, tmp_path: Path) -> None:
    for name, paragraphs in _documents(demo, "ru", tmp_path).items():
        assert kazakh_paragraphs(paragraphs) == [], name


def test_no_form_is_left_for_the_reader_to_choose(demo: Database, tmp_path: Path) -> None:
    for language in LANGUAGES:
        for name, paragraphs in _documents(demo, language, tmp_path).items():
            slips = [p for p in paragraphs if PLACEHOLDER.search(p)]
            assert slips == [], (language, name)


def test_kazakh_minutes_name_every_decision_in_kazakh(demo: Database) -> None:
    """Every decision of the demo has its Kazakh text: nothing falls back to the Russian."""
    with demo.reading() as session:
        missing = session.scalars(
            select(Decision.id).where((Decision.text_kk.is_(None)) | (Decision.text_kk == ""))
        ).all()
    assert missing == []


def test_the_export_of_a_kazakh_letter_keeps_one_number(demo: Database) -> None:
    secretary = _actor(demo, Role.SECRETARY)
    due = letters.letters_due(demo, secretary, TODAY)[:2]
    first = letters.record_letters(demo, secretary, TODAY, due)
    again = letters.record_letters(
        demo, secretary, TODAY, [replace(letter, number=None) for letter in due]
    )
    assert [letter.number for letter in again] == [letter.number for letter in first]
    assert all(letter.reprinted for letter in again)


def test_libreoffice_keeps_the_demo_signatures_together(demo: Database, tmp_path: Path) -> None:
    """The last sitting's minutes as the secretary prints them: the closing paragraph and both
    signatures on one page, the attendance list right after it, no empty page."""
    ctx = minutes.minutes_context(demo, _actor(demo, Role.SECRETARY), _last_held(demo))
    documents = {language: minutes_docx(ctx, language) for language in LANGUAGES}
    for language, pages in libreoffice_pdfs(documents, tmp_path).items():
        _closing_page(pages, ctx, language, language)
        assert all(page.body(20) for page in pages), language
