"""The quarterly statistics and the public report as files, built from the demo and read back.

The public report is scanned in both languages and every format for each demo client's
surname, client code («Б-ов Н. К.»), IIN, case number and address: the goal is no hit at all.
"""

from __future__ import annotations

import csv
import io
import json
import shutil
import subprocess
from collections.abc import Iterator
from dataclasses import replace
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from docx import Document
from openpyxl import load_workbook
from sqlalchemy import select

from commission import cli
from commission.cli_actor import ENV_PASSWORD
from commission.db import migrate
from commission.db.engine import Database
from commission.db.models import Case, Client
from commission.documents import reports as r
from commission.documents.reports import ReportPeriod
from commission.domain.enums import Role
from commission.domain.names import case_label
from commission.exports.public_report import (
    public_report_csv,
    public_report_docx,
    public_report_json,
    public_report_pdf,
)
from commission.exports.quarterly_stats_docx import quarterly_stats_docx
from commission.exports.quarterly_stats_xlsx import quarterly_stats_xlsx
from commission.resources import resources_dir
from commission.services import reports
from commission.services.context import Actor
from commission.services.demo import DEMO_PASSWORD, build_demo

TODAY = date(2026, 11, 24)
Q3 = ReportPeriod(2026, 3)
SECRETARY = replace(Actor.command_line(), role=Role.SECRETARY)


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Database]:
    db = Database(f"sqlite:///{tmp_path_factory.mktemp('reports') / 'demo.sqlite3'}")
    migrate.upgrade(db)
    build_demo(db, Actor.command_line(), seed=1, today=TODAY, clients=30)
    yield db
    db.dispose()


def _docx_text(data: bytes) -> str:
    document = Document(io.BytesIO(data))
    parts = [p.text for p in document.paragraphs]
    for table in document.tables:
        for row in table.rows:
            parts.extend(cell.text for cell in row.cells)
    return "\n".join(parts)


def _pdf_text(data: bytes, tmp_path: Path) -> str | None:
    tool = shutil.which("pdftotext")
    if tool is None:
        return None
    source = tmp_path / "report.pdf"
    source.write_bytes(data)
    subprocess.run([tool, "-enc", "UTF-8", str(source), str(tmp_path / "report.txt")], check=True)
    return (tmp_path / "report.txt").read_text(encoding="utf-8")


@pytest.mark.parametrize("language", ["ru", "kk"])
def test_statistics_workbook_holds_every_figure(demo: Database, language: str) -> None:
    stats = reports.quarterly_stats(demo, SECRETARY, Q3, TODAY)
    book = load_workbook(io.BytesIO(quarterly_stats_xlsx(stats, language)))
    figures, discipline = book.worksheets
    rows = list(figures.iter_rows(values_only=True))
    header = rows[0]
    assert header[2:] == (
        ("III квартал 2026 года", "II квартал 2026 года", "III квартал 2025 года")
        if language == "ru"
        else ("2026 жылғы III тоқсан", "2026 жылғы II тоқсан", "2025 жылғы III тоқсан")
    )
    held = "Проведено заседаний" if language == "ru" else "Өткізілген отырыстар"
    sittings = stats.section(r.SECTION_SITTINGS).figures[0]
    assert [row[2:] for row in rows if row[1] == held] == [sittings.values]
    expected = sum(len(s.figures) for s in (*stats.sections, *stats.probation))
    assert len(rows) == 1 + expected
    agencies = [row[0] for row in discipline.iter_rows(min_row=2, values_only=True)]
    assert agencies == [row.agency.get(language) for row in stats.discipline]


@pytest.mark.parametrize("language", ["ru", "kk"])
def test_statistics_document_has_tables_and_charts(demo: Database, language: str) -> None:
    stats = reports.quarterly_stats(demo, SECRETARY, Q3, TODAY)
    data = quarterly_stats_docx(stats, language)
    document = Document(io.BytesIO(data))
    text = _docx_text(data)
    if language == "ru":
        assert "СТАТИСТИЧЕСКИЕ СВЕДЕНИЯ О РАБОТЕ КОМИССИИ" in text
        assert "за III квартал 2026 года" in text and "Исполнение решений" in text
    else:
        assert "КОМИССИЯ ЖҰМЫСЫ ТУРАЛЫ СТАТИСТИКАЛЫҚ МӘЛІМЕТТЕР" in text
        assert "2026 жылғы III тоқсан бойынша" in text and "Шешімдердің орындалуы" in text
    assert len(document.inline_shapes) == 3  # questions, execution, help provided


def _personal_marks(db: Database) -> list[str]:
    with db.reading() as session:
        clients = session.scalars(select(Client)).all()
        marks = [c.iin for c in clients] + [c.surname for c in clients]
        marks += [case_label(c.surname, c.given_name, c.patronymic) for c in clients]
        marks += [c.actual_address for c in clients if c.actual_address]
        marks += list(session.scalars(select(Case.number)))
    return [m for m in marks if m and len(m) >= 3]


@pytest.mark.parametrize("language", ["ru", "kk"])
def test_the_public_report_holds_no_personal_data(
    demo: Database, language: str, tmp_path: Path
) -> None:
    report = reports.public_report(demo, SECRETARY, Q3, TODAY)
    assert report.case_questions >= 1  # the demo's quarter examines cases: titles withheld
    texts = {
        "docx": _docx_text(public_report_docx(report, language)),
        "csv": public_report_csv(report, language).decode("utf-8-sig"),
        "json": public_report_json(report, language).decode("utf-8"),
    }
    pdf = _pdf_text(public_report_pdf(report, language), tmp_path)
    if pdf is not None:
        texts["pdf"] = pdf
    marks = _personal_marks(demo)
    assert len(marks) > 60
    hits = [
        (fmt, m) for fmt, text in texts.items() for m in marks if m.casefold() in text.casefold()
    ]
    assert hits == []
    less = "менее 5" if language == "ru" else "5-тен аз"
    assert less in texts["docx"]
    if "pdf" in texts:
        assert less in " ".join(texts["pdf"].split())
    assert '"<5"' in texts["json"] and ",<5," in texts["csv"]


def _check(value: Any, schema: dict[str, Any], root: dict[str, Any]) -> None:
    """The part of JSON Schema the public report's schema uses."""
    if "$ref" in schema:
        schema = root["$defs"][schema["$ref"].split("/")[-1]]
    if "oneOf" in schema:
        passed = 0
        for option in schema["oneOf"]:
            try:
                _check(value, option, root)
                passed += 1
            except AssertionError:
                pass
        assert passed == 1, (value, schema)
        return
    kinds = {"object": dict, "array": list, "string": str, "integer": int, "null": type(None)}
    assert isinstance(value, kinds[schema["type"]]), (value, schema)
    assert "const" not in schema or value == schema["const"]
    assert "enum" not in schema or value in schema["enum"]
    assert "minimum" not in schema or value >= schema["minimum"]
    if isinstance(value, dict):
        assert set(schema.get("required", ())) <= set(value)
        assert set(value) <= set(schema["properties"])
        for key, item in value.items():
            _check(item, schema["properties"][key], root)
    if isinstance(value, list):
        for item in value:
            _check(item, schema["items"], root)


def test_open_data_follows_its_schema(demo: Database) -> None:
    schema = json.loads(
        (resources_dir() / "schemas" / "public_report.schema.json").read_text(encoding="utf-8")
    )
    police = (r.PoliceFigure(r.Bilingual("Зарегистрировано преступлений", "Тіркелген"), 37, 3),)
    report = reports.public_report(demo, SECRETARY, Q3, TODAY, police_figures=police)
    for language in ("ru", "kk"):
        data = json.loads(public_report_json(report, language))
        _check(data, schema, schema)
        assert data["police"] == [
            {"label": police[0].name.get(language), "value": 37, "same_period_last_year": "<5"}
        ]
        rows = list(
            csv.reader(io.StringIO(public_report_csv(report, language).decode("utf-8-sig")))
        )
        assert rows[0] == ["section", "indicator", "label", "value", "same_period_last_year"]
        assert rows[1][:2] == ["police", "police_1"] and rows[1][3:] == ["37", "<5"]
        by_code = {(row[0], row[1]): row[3] for row in rows[1:]}
        for item in data["indicators"]:
            assert by_code[(item["section"], item["indicator"])] == str(item["value"])
    text = _docx_text(public_report_docx(report, "ru"))
    assert "Отчёт начальника полиции" in text and "Зарегистрировано преступлений" in text


def test_commission_admin_report(
    demo: Database,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv(ENV_PASSWORD, DEMO_PASSWORD)
    base = ["--db", demo.url, "--user", "secretary", "report"]
    kk = tmp_path / "q3-kk.docx"
    assert (
        cli.main(
            [*base, "quarterly", "2026-Q3", "--lang", "kk", "-o", str(kk), "--date", "2026-11-24"]
        )
        == 0
    )
    assert "Шешімдердің орындалуы" in _docx_text(kk.read_bytes())
    year = tmp_path / "2026.xlsx"
    assert cli.main([*base, "annual", "2026", "-o", str(year)]) == 0
    assert load_workbook(year).worksheets[0].cell(1, 3).value == "2026 год"
    pdf = tmp_path / "public.pdf"
    assert (
        cli.main([*base, "public", "2026-Q3", "--format", "pdf", "--lang", "kk", "-o", str(pdf)])
        == 0
    )
    assert pdf.read_bytes().startswith(b"%PDF")
    wrong = tmp_path / "q3.txt"
    assert cli.main([*base, "quarterly", "2026-Q3", "-o", str(wrong)]) != 0
    assert cli.main([*base, "quarterly", "2026", "-o", str(kk)]) != 0
    _out, err = capsys.readouterr()
    assert "xlsx or .docx" in err and not wrong.exists()
