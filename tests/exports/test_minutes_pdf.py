"""The minutes as PDF without LibreOffice: Qt's rich text on a PDF writer."""

from __future__ import annotations

import re
import shutil
import subprocess
from pathlib import Path

import pytest
from PySide6.QtCore import QBuffer, QByteArray, QIODevice
from PySide6.QtGui import QPdfWriter
from PySide6.QtWidgets import QApplication

from commission.documents.minutes import MinutesContext
from commission.exports.minutes_html import minutes_html
from commission.exports.minutes_pdf import minutes_pdf, print_minutes

pytestmark = pytest.mark.gui


def _pages(data: bytes) -> int:
    return len(re.findall(rb"/Type\s*/Page\b", data))


def _text(data: bytes, tmp_path: Path) -> str:
    if shutil.which("pdftotext") is None:
        pytest.skip("pdftotext is not installed")
    pdf = tmp_path / "minutes.pdf"
    pdf.write_bytes(data)
    out = subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, check=True)
    return " ".join(out.stdout.decode("utf-8").replace("\u00a0", " ").split())


def test_pdf_pages(qapp: QApplication, ctx: MinutesContext) -> None:
    data = minutes_pdf(ctx, "ru")
    assert data.startswith(b"%PDF")
    assert _pages(data) >= 2


def test_pdf_text_in_both_languages(
    qapp: QApplication, ctx: MinutesContext, tmp_path: Path
) -> None:
    ru = _text(minutes_pdf(ctx, "ru"), tmp_path)
    for expected in (
        "ПРОТОКОЛ",
        "«12» марта 2026 года",
        "Председательствовал:",
        "СЛУШАЛИ:",
        "ПОСТАНОВИЛИ:",
        "Срок: до 10 апреля 2026 года.",
        "Председатель комиссии",
    ):
        assert expected in ru
    kk = _text(minutes_pdf(ctx, "kk"), tmp_path)
    for expected in ("ХАТТАМАСЫ", "2026 жылғы «12» наурыз", "Мерзімі: 2026 жылғы 10 сәуірге дейін"):
        assert expected in kk


def test_print_preview_paints_the_same_pages(qapp: QApplication, ctx: MinutesContext) -> None:
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    print_minutes(ctx, "ru", QPdfWriter(buffer))
    buffer.close()
    assert _pages(bytes(data.data())) == _pages(minutes_pdf(ctx, "ru"))


def test_html_for_preview_holds_the_same_content(ctx: MinutesContext) -> None:
    html = minutes_html(ctx, "kk").replace("\u00a0", " ")
    assert "ХАТТАМАСЫ" in html
    assert "ҚАУЛЫ ЕТТІ:" in html
    assert "2026 жылғы «12» наурыз" in html
