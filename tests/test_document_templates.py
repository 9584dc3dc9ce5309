"""Each commission's own Word template, kept on the server: a district's minutes are written on
that district's blank, another commission's blank is neither changed nor used, a file Word
would not open is refused with a message; on both engines, from the services and from the
command line."""

from __future__ import annotations

import io
from dataclasses import replace
from datetime import date
from pathlib import Path

import docx
import pytest
from docx.shared import Mm
from sqlalchemy import select

from commission.db.engine import Database
from commission.db.models import AuditEntry, Commission, Meeting
from commission.domain.permissions import PermissionDenied
from commission.exports.minutes_docx import minutes_docx
from commission.exports.templates import TemplateUnavailable, check_template, default_template
from commission.services import audit, auth, document_templates, minutes
from commission.services.attachments import DamagedAttachment
from commission.services.context import Actor
from commission.services.demo import DEMO_PASSWORD, build_demo
from commission.services.errors import InvalidInput, NotFound
from commission.template_choice import template_for
from tests.test_cli import run_as

TODAY = date(2026, 5, 12)


def blank(letterhead: str, left_margin_mm: int = 30) -> bytes:
    """An akimat's blank as a secretary makes it in Word: a letterhead in the header."""
    document = docx.Document(str(default_template()))
    section = document.sections[-1]
    section.left_margin = Mm(left_margin_mm)
    section.header.paragraphs[0].text = letterhead
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


def _header_and_margin(data: bytes) -> tuple[str, int]:
    section = docx.Document(io.BytesIO(data)).sections[-1]
    text = "\n".join(p.text for p in section.header.paragraphs)
    assert section.left_margin is not None
    return text, round(section.left_margin.mm)


def _oblast(db: Database) -> dict[str, Actor]:
    build_demo(db, Actor.command_line(), seed=3, today=TODAY, clients=10, oblast=True)
    return {
        login: auth.login(db, login, DEMO_PASSWORD)
        for login in ("oblast", "secretary", "secretary2", "officer3")
    }


def _held_meeting(db: Database, commission_id: int) -> int:
    with db.reading() as session:
        meeting = session.scalars(
            select(Meeting.id).where(Meeting.commission_id == commission_id).order_by(Meeting.id)
        ).first()
        assert meeting is not None
        return meeting


def test_a_district_s_documents_are_written_on_its_own_blank(db: Database) -> None:
    users = _oblast(db)
    arshaly = users["secretary2"]
    assert document_templates.template_info(db, arshaly) is None
    info = document_templates.set_template(
        db, arshaly, "Бланк Аршалы.docx", blank("АКИМАТ АРШАЛЫНСКОГО РАЙОНА", 25)
    )
    assert info.file_name == "Бланк Аршалы.docx" and info.size > 0
    assert document_templates.template_info(db, arshaly) == info

    meeting = _held_meeting(db, info.commission_id)
    ctx = minutes.minutes_context(db, arshaly, meeting)
    assert ctx.commission_id == info.commission_id
    for language in ("ru", "kk"):
        written = minutes_docx(ctx, language, template_for(db, arshaly, ctx.commission_id))
        assert _header_and_margin(written) == ("АКИМАТ АРШАЛЫНСКОГО РАЙОНА", 25)

    # Целиноград keeps the program's blank; its secretary neither sees nor uses Аршалы's.
    tselinograd = users["secretary"]
    assert document_templates.template_info(db, tselinograd) is None
    assert template_for(db, tselinograd) is None
    with pytest.raises(NotFound):
        document_templates.commission_template(db, tselinograd, info.commission_id)
    # The oblast printing Аршалы's minutes prints them on Аршалы's blank.
    stored = document_templates.commission_template(db, users["oblast"], info.commission_id)
    assert stored is not None and stored.file_name == "Бланк Аршалы.docx"
    # Аршалы's probation officer writes programmes on his district commission's blank.
    officer_template = template_for(db, users["officer3"])
    assert officer_template is not None and not isinstance(officer_template, Path)
    assert officer_template.file_name == "Бланк Аршалы.docx"

    with db.reading() as session:
        entry = session.scalars(
            select(AuditEntry)
            .where(AuditEntry.entity == "commissions")
            .order_by(AuditEntry.seq.desc())
        ).first()
        assert entry is not None and entry.user_login == "secretary2"
        assert "template_file_name" in entry.changes
    document_templates.clear_template(db, arshaly)
    assert document_templates.template_info(db, arshaly) is None
    assert audit.verify(db, deep=True).ok


def test_what_word_would_not_open_is_refused_and_the_old_blank_stays(db: Database) -> None:
    users = _oblast(db)
    arshaly = users["secretary2"]
    document_templates.set_template(db, arshaly, "Бланк.docx", blank("АКИМАТ"))
    pdf = b"%PDF-1.4\n% not a Word document\n"
    spreadsheet = io.BytesIO()
    import openpyxl

    openpyxl.Workbook().save(spreadsheet)
    for name, content in (
        ("Бланк.doc", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(200)),  # Word 97-2003
        ("Бланк.pdf", pdf),
        ("Бланк.docx", spreadsheet.getvalue()),  # a workbook renamed
        ("Бланк.docx", b""),
    ):
        with pytest.raises(InvalidInput) as refused:
            document_templates.set_template(db, arshaly, name, content)
        if content:
            assert "Word" in refused.value.render() and name in refused.value.render()
    with pytest.raises(TemplateUnavailable):
        check_template("Бланк.pdf", pdf)
    info = document_templates.template_info(db, arshaly)
    assert info is not None and info.file_name == "Бланк.docx"


def test_only_the_commission_s_editors_change_its_blank(db: Database) -> None:
    users = _oblast(db)
    for login in ("officer3",):
        with pytest.raises(PermissionDenied):
            document_templates.set_template(db, users[login], "Бланк.docx", blank("X"))
        with pytest.raises(PermissionDenied):
            document_templates.clear_template(db, users[login])
    # The oblast's secretary changes the oblast's blank, never a district's.
    document_templates.set_template(db, users["oblast"], "Облыс.docx", blank("ОБЛАСТЬ"))
    assert document_templates.template_info(db, users["secretary2"]) is None


def test_a_damaged_stored_blank_is_told_not_silently_replaced(db: Database) -> None:
    users = _oblast(db)
    arshaly = users["secretary2"]
    info = document_templates.set_template(db, arshaly, "Бланк.docx", blank("АКИМАТ"))
    from tests.insider import insider_sql

    with db.reading() as session:
        sha = session.get_one(Commission, info.commission_id).template_sha256
    zero = "'\\x00'::bytea" if db.engine.dialect.name == "postgresql" else "X'00'"
    insider_sql(db, f"UPDATE attachment_blobs SET content = {zero} WHERE sha256 = '{sha}'")
    with pytest.raises(DamagedAttachment) as damaged:
        template_for(db, arshaly)
    assert "Бланк.docx" in damaged.value.render()


def test_the_computer_s_template_serves_a_commission_without_its_own(
    db: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from commission import settings as local_settings

    users = _oblast(db)
    mine = tmp_path / "мой бланк.docx"
    mine.write_bytes(blank("БЛАНК ЭТОГО КОМПЬЮТЕРА"))
    monkeypatch.setattr(
        local_settings,
        "load",
        lambda: replace(local_settings.LocalSettings(), template_path=str(mine)),
    )
    assert template_for(db, users["secretary"]) == mine
    document_templates.set_template(db, users["secretary"], "Бланк.docx", blank("АКИМАТ"))
    chosen = template_for(db, users["secretary"])
    assert not isinstance(chosen, Path) and chosen is not None


def test_the_command_line_sets_saves_and_uses_a_commission_s_blank(
    db: Database, db_url: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    users = _oblast(db)
    source = tmp_path / "Бланк Аршалы.docx"
    source.write_bytes(blank("АКИМАТ АРШАЛЫНСКОГО РАЙОНА", 27))
    args = ("--db", db_url, "commission", "template")
    code, out, err = run_as(capsys, "secretary2", *args, "--set", str(source))
    assert (code, err) == (0, ""), err
    code, out, _ = run_as(capsys, "secretary2", *args)
    assert out.startswith("Бланк Аршалы.docx\t")
    copy = tmp_path / "copy.docx"
    assert run_as(capsys, "secretary2", *args, "--save", str(copy))[0] == 0
    assert copy.read_bytes() == source.read_bytes()

    with db.reading() as session:
        meeting = session.get_one(
            Meeting,
            _held_meeting(db, session.get_one(Commission, _arshaly_id(db)).id),
        )
        reference = f"{meeting.number}/{meeting.meeting_date.year}"
    target = tmp_path / "minutes.docx"
    code, _, err = run_as(
        capsys, "secretary2", "--db", db_url, "export", "minutes", reference, "-o", str(target)
    )
    assert code == 0, err
    assert _header_and_margin(target.read_bytes()) == ("АКИМАТ АРШАЛЫНСКОГО РАЙОНА", 27)

    bad = tmp_path / "Бланк.pdf"
    bad.write_bytes(b"%PDF-1.4\n")
    code, _, err = run_as(capsys, "secretary2", *args, "--set", str(bad))
    assert code != 0 and "Бланк.pdf" in err and "Traceback" not in err
    code, _, err = run_as(capsys, "secretary2", *args, "--set", str(tmp_path / "нет.docx"))
    assert code != 0 and "нет.docx" in err and "Traceback" not in err
    assert run_as(capsys, "secretary2", *args, "--clear")[0] == 0
    assert document_templates.template_info(db, users["secretary2"]) is None


def _arshaly_id(db: Database) -> int:
    with db.reading() as session:
        return session.scalars(
            select(Commission.id).where(Commission.name_ru.contains("Аршалы"))
        ).one()
