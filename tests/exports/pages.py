"""Readers of laid-out pages for the layout tests: the words of each page of a PDF with their
boxes in millimetres (poppler's ``pdftotext -bbox``), LibreOffice's PDF of a .docx, and the
minutes with a run of filler lines before the closing paragraph, so that a page's end falls at
every place near the signatures in one of them."""

from __future__ import annotations

import dataclasses
import shutil
import subprocess
from dataclasses import dataclass
from pathlib import Path
from xml.etree import ElementTree as ET

import pytest

from commission.documents.minutes import MinutesContext
from commission.exports.blocks import DocumentBlocks, Paragraph, Style, Table, para
from commission.exports.minutes_layout import minutes_blocks
from commission.exports.wording import Wording

_PT_MM = 25.4 / 72
_XHTML = "{http://www.w3.org/1999/xhtml}"


@dataclass(frozen=True)
class Word:
    text: str
    left: float
    top: float
    right: float
    bottom: float


@dataclass(frozen=True)
class Page:
    width: float
    height: float
    words: tuple[Word, ...]

    @property
    def text(self) -> str:
        return " ".join(word.text for word in self.words).replace("\u00a0", " ")

    def body(self, top_mm: float) -> list[Word]:
        """The words below the header band (page number, draft mark)."""
        return [word for word in self.words if word.top >= top_mm - 1]

    def header(self, top_mm: float) -> list[Word]:
        return [word for word in self.words if word.top < top_mm - 1]


def need(tool: str) -> str:
    path = shutil.which(tool)
    if path is None:
        pytest.skip(f"{tool} is not installed")
    return path


def pdf_pages(pdf: Path) -> list[Page]:
    out = subprocess.run(
        [need("pdftotext"), "-bbox", str(pdf), "-"], capture_output=True, check=True
    ).stdout
    pages = []
    for page in ET.fromstring(out).iter(f"{_XHTML}page"):
        words = tuple(
            Word(
                word.text or "",
                *(float(word.get(side) or 0) * _PT_MM for side in ("xMin", "yMin", "xMax", "yMax")),
            )
            for word in page.iter(f"{_XHTML}word")
        )
        width, height = (float(page.get(side) or 0) * _PT_MM for side in ("width", "height"))
        pages.append(Page(width, height, words))
    return pages


def pdf_bytes_pages(data: bytes, folder: Path, name: str = "document.pdf") -> list[Page]:
    path = folder / name
    path.write_bytes(data)
    return pdf_pages(path)


def libreoffice_pdfs(documents: dict[str, bytes], folder: Path) -> dict[str, list[Page]]:
    """Each .docx converted by LibreOffice in one run, read back page by page."""
    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    if soffice is None:
        pytest.skip("LibreOffice is not installed")
    need("pdftotext")
    sources = []
    for name, data in documents.items():
        path = folder / f"{name}.docx"
        path.write_bytes(data)
        sources.append(str(path))
    out = folder / "pdf"
    # A profile of its own: another LibreOffice running on this machine would take the job.
    profile = (folder / "profile").as_uri()
    subprocess.run(
        [
            soffice,
            f"-env:UserInstallation={profile}",
            "--headless",
            "--convert-to",
            "pdf",
            "--outdir",
            str(out),
            *sources,
        ],
        capture_output=True,
        check=True,
        timeout=300,
    )
    return {name: pdf_pages(out / f"{name}.pdf") for name in documents}


def with_filler(doc: DocumentBlocks, lines: int) -> DocumentBlocks:
    """``doc`` with ``lines`` one-line paragraphs before its closing part: the page ends then
    fall at every place of the closing paragraph and the signatures in some variant."""
    closing = next(
        index
        for index, block in enumerate(doc.blocks)
        if isinstance(block, Table) and block.keep_together
    )
    while closing > 0 and isinstance(doc.blocks[closing - 1], Paragraph):
        previous = doc.blocks[closing - 1]
        assert isinstance(previous, Paragraph)
        if not previous.keep_with_next:
            break
        closing -= 1
    filler = [para("Строка.", style=Style.PLAIN) for _ in range(lines)]
    blocks = [*doc.blocks[:closing], *filler, *doc.blocks[closing:]]
    return dataclasses.replace(doc, blocks=blocks)


def with_long_tables(doc: DocumentBlocks, times: int, lines: int) -> DocumentBlocks:
    """``doc`` with the body rows of its bordered tables repeated ``times`` and ``lines``
    filler lines at the top: tables then run over pages, their rows ending anywhere."""
    blocks: list[Paragraph | Table] = [para("Строка.", style=Style.PLAIN) for _ in range(lines)]
    for block in doc.blocks:
        if isinstance(block, Table) and block.borders:
            head, body = block.rows[: block.header_rows], block.rows[block.header_rows :]
            block = dataclasses.replace(block, rows=head + body * times)
        blocks.append(block)
    return dataclasses.replace(doc, blocks=blocks)


def minutes_variants(ctx: MinutesContext, language: str, lines: range) -> dict[str, DocumentBlocks]:
    doc = minutes_blocks(ctx, Wording(language))
    return {f"{language}-{count}": with_filler(doc, count) for count in lines}


def page_of(pages: list[Page], text: str) -> list[int]:
    """The pages (from 0) whose text holds ``text``."""
    return [index for index, page in enumerate(pages) if text in page.text]
