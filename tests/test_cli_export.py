"""``commission-admin export``: the documents a secretary sends, written from the command line."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from docx import Document
from openpyxl import load_workbook

from commission import cli
from commission.db import migrate
from commission.db.engine import Database
from commission.services import minutes
from commission.services.context import Actor
from commission.services.demo import build_demo
from tests.test_cli import _one_error_line, run_as


@pytest.fixture(scope="module")
def demo_url(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    url = f"sqlite:///{tmp_path_factory.mktemp('export') / 'demo.sqlite3'}"
    db = Database(url)
    migrate.upgrade(db)
    build_demo(db, Actor.command_line(), seed=1, today=date(2026, 11, 24), clients=30)
    db.dispose()
    yield url


def _text(path: Path) -> str:
    document = Document(str(path))
    cells = [c.text for t in document.tables for row in t.rows for c in row.cells]
    # The writer keeps "№ 3" and initials together with no-break spaces.
    return "\n".join([p.text for p in document.paragraphs] + cells).replace("\xa0", " ")


def test_minutes_in_russian_and_kazakh(
    demo_url: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    ru, kk = tmp_path / "ru.docx", tmp_path / "kk.docx"
    assert (
        run_as(capsys, "secretary", "--db", demo_url, "export", "minutes", "3/2026", "-o", str(ru))[
            0
        ]
        == 0
    )
    code = run_as(
        capsys,
        "secretary",
        "--db",
        demo_url,
        "export",
        "minutes",
        "3/2026",
        "--lang",
        "kk",
        "-o",
        str(kk),
    )[0]
    assert code == 0
    russian, kazakh = _text(ru), _text(kk)
    assert "ПРОТОКОЛ" in russian and "№ 3" in russian and "июня 2026 года" in russian
    assert "ПОСТАНОВИЛИ" in russian and "СЛУШАЛИ" in russian
    assert "ХАТТАМАСЫ" in kazakh and "2026 жылғы" in kazakh and "маусым" in kazakh
    assert "ҚАУЛЫ ЕТТІ" in kazakh or "ШЕШІМ ҚАБЫЛДАНДЫ" in kazakh


def test_minutes_as_pdf_and_decisions_as_xlsx(
    demo_url: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    pdf, xlsx = tmp_path / "m.pdf", tmp_path / "m.xlsx"
    args = ("--db", demo_url, "export", "minutes", "3/2026")
    assert run_as(capsys, "secretary", *args, "--format", "pdf", "-o", str(pdf))[0] == 0
    assert pdf.read_bytes().startswith(b"%PDF")
    assert run_as(capsys, "secretary", *args, "--format", "xlsx", "-o", str(xlsx))[0] == 0
    sheet = load_workbook(xlsx).active
    assert sheet is not None and sheet.max_row > 1 and sheet.freeze_panes


def test_extract_only_for_an_agency_with_points(
    demo_url: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = Database(demo_url)
    try:
        ctx = minutes.minutes_context(db, Actor.command_line(), _meeting_id(db, 3, 2026))
    finally:
        db.dispose()
    addressed = next(d.lead for d in ctx.decisions() if d.lead is not None)
    assert addressed is not None
    target = tmp_path / "extract.docx"
    code, out, _ = run_as(
        capsys,
        "secretary",
        "--db",
        demo_url,
        "export",
        "extract",
        "3/2026",
        "--agency",
        str(addressed.id),
        "-o",
        str(target),
    )
    assert code == 0 and str(target) in out
    text = _text(target)
    assert "ВЫПИСКА" in text
    others = [d for d in ctx.decisions() if not d.addressed_to(addressed.id)]
    assert all(f"{d.number}. " not in text for d in others)


def _meeting_id(db: Database, number: int, year: int) -> int:
    from commission.services import meetings

    return meetings.find_meeting(db, Actor.command_line(), f"{number}/{year}").id


def test_bad_requests_are_one_line_and_write_nothing(
    demo_url: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    target = tmp_path / "x.docx"
    code, _, err = run_as(
        capsys, "secretary", "--db", demo_url, "export", "minutes", "42/2026", "-o", str(target)
    )
    assert code == 1 and "42/2026" in _one_error_line(err) and not target.exists()
    busy = tmp_path / "open-in-word.docx"
    busy.mkdir()  # stands for a file Word holds open: the name cannot be replaced
    code, _, err = run_as(
        capsys, "secretary", "--db", demo_url, "export", "minutes", "3/2026", "-o", str(busy)
    )
    assert code == 1 and "open-in-word.docx" in _one_error_line(err)
    assert busy.is_dir() and list(tmp_path.glob("*.tmp")) == []


def test_cli_module_is_wired() -> None:
    assert cli.main(["export", "minutes", "--help"]) == 0


def test_demo_signed_minutes_carry_their_first_revision(demo_url: str) -> None:
    """The secretary opening a signed demo meeting sees «revision 1», as after finalising."""
    from commission.services import meetings

    db = Database(demo_url)
    try:
        actor = Actor.command_line()
        meeting = meetings.find_meeting(db, actor, "3/2026")
        history = minutes.revisions(db, actor, meeting.id)
        assert [r.revision for r in history] == [1] and history[0].is_final
        stored = minutes.minutes_context(db, actor, meeting.id, revision=1)
        assert stored.number == 3 and stored.revision == 1
    finally:
        db.dispose()
