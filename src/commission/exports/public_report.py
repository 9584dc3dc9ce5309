"""The public report of a quarter: .docx, .pdf and open data (CSV and JSON).

The document and the data say the same: counts below 5 are «менее 5» / «5-тен аз» in the
document and the string ``"<5"`` in the data (``docs/public_report_schema.md``, the JSON
Schema ``resources/schemas/public_report.schema.json``). Nothing here names a person: the
read model holds numbers and the titles of questions that concern no client.
"""

from __future__ import annotations

import csv
import io
import json
from typing import Any

from commission.documents.reports import PublicReport
from commission.exports import report_words as words
from commission.exports.docx_render import render_docx
from commission.exports.minutes_pdf import render_pdf
from commission.exports.page import OFFICE_PAGE
from commission.exports.report_layout import public_blocks
from commission.exports.templates import TemplateSource, page_setup
from commission.exports.wording import Wording

SCHEMA_ID = "commission-public-report/1"
SUPPRESSED = "<5"
CSV_COLUMNS = ("section", "indicator", "label", "value", "same_period_last_year")


def public_report_docx(
    report: PublicReport, language: str, template: TemplateSource = None
) -> bytes:
    return render_docx(public_blocks(report, Wording(language)), template)


def public_report_pdf(
    report: PublicReport, language: str, template: TemplateSource = None
) -> bytes:
    """Needs a QGuiApplication, as the minutes' PDF does."""
    page = page_setup(template) if template is not None else OFFICE_PAGE
    return render_pdf(public_blocks(report, Wording(language)), page)


def _count(n: int | None) -> int | str | None:
    if n is None:
        return None
    return n if n >= 5 else SUPPRESSED


def public_report_data(report: PublicReport, language: str) -> dict[str, Any]:
    """The report as the JSON document of the schema."""
    w = Wording(language)
    indicators = [
        {
            "section": section.key,
            "indicator": figure.key,
            "label": words.figure_label(section.key, figure, w),
            "value": _count(figure.values[0]),
            "same_period_last_year": _count(figure.values[2]),
        }
        for section in report.sections
        for figure in section.figures
    ]
    police = [
        {
            "label": figure.name.get(language),
            "value": _count(figure.current),
            "same_period_last_year": _count(figure.year_ago),
        }
        for figure in report.police
    ]
    return {
        "schema": SCHEMA_ID,
        "language": language,
        "period": str(report.period),
        "period_start": report.period.start.isoformat(),
        "period_end": report.period.end.isoformat(),
        "as_of": report.as_of.isoformat(),
        "akimat": report.akimat.get(language),
        "commission": report.commission.get(language),
        "police": police,
        "indicators": indicators,
        "questions": [q.get(language) for q in report.questions],
        "questions_on_individual_cases": _count(report.case_questions),
    }


def public_report_json(report: PublicReport, language: str) -> bytes:
    data = public_report_data(report, language)
    return (json.dumps(data, ensure_ascii=False, indent=2) + "\n").encode("utf-8")


def public_report_csv(report: PublicReport, language: str) -> bytes:
    """One row per figure; the police's figures and the questions' titles too, in sections
    ``police`` and ``questions`` (UTF-8 with a byte-order mark, which Excel needs to read
    Cyrillic; comma-separated)."""
    data = public_report_data(report, language)
    out = io.StringIO(newline="")
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(CSV_COLUMNS)
    for n, figure in enumerate(data["police"], start=1):
        writer.writerow(
            [
                "police",
                f"police_{n}",
                figure["label"],
                _cell(figure["value"]),
                _cell(figure["same_period_last_year"]),
            ]
        )
    for row in data["indicators"]:
        writer.writerow([_cell(row[column]) for column in CSV_COLUMNS])
    for n, title in enumerate(data["questions"], start=1):
        writer.writerow(["questions_heard", f"question_{n}", title, "", ""])
    writer.writerow(
        [
            "questions_heard",
            "questions_on_individual_cases",
            _case_questions_label(language),
            _cell(data["questions_on_individual_cases"]),
            "",
        ]
    )
    return out.getvalue().encode("utf-8-sig")


def _case_questions_label(language: str) -> str:
    return Wording(language).text(words.CASE_QUESTIONS, count="").rstrip(": ")


def _cell(value: object) -> str:
    return "" if value is None else str(value)
