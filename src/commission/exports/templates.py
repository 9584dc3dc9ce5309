"""Opening the .docx template: ours, a commission's own kept in the database, or one named in
this computer's settings.

Offices often keep their letterhead as a Word *template* (.dotx); python-docx opens only
documents, so a .dotx is read as the document it would create. A file that is not a Word
document gives the user a clear message instead of a traceback.
"""

from __future__ import annotations

import io
import zipfile
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Protocol, TypeAlias

import docx
from docx.opc.exceptions import PackageNotFoundError

from commission.domain.messages import QT_TRANSLATE_NOOP, UserError
from commission.exports.page import OFFICE_PAGE, PageSetup
from commission.resources import resources_dir

_CONTENT_TYPES = "[Content_Types].xml"
_TEMPLATE_MAIN = "wordprocessingml.template.main+xml"
_DOCUMENT_MAIN = "wordprocessingml.document.main+xml"


class TemplateUnavailable(UserError):
    """The chosen template cannot be read as a Word document."""


class TemplateContent(Protocol):
    """A template held in memory (a commission's, read from the database)."""

    @property
    def file_name(self) -> str: ...

    @property
    def content(self) -> bytes: ...


# What a document is written on: a commission's template, a file, or ``None`` for ours.
TemplateSource: TypeAlias = TemplateContent | Path | None


def default_template() -> Path:
    """The template shipped with the application (``python -m …template_builder`` makes it)."""
    return resources_dir() / "templates" / "minutes.docx"


def open_template(source: TemplateSource) -> Any:
    """A python-docx Document to write into; ``None`` means our own template."""
    path = source if isinstance(source, Path) else default_template()
    name = path.name if source is None or isinstance(source, Path) else source.file_name
    try:
        data = path.read_bytes() if source is None or isinstance(source, Path) else source.content
        return docx.Document(io.BytesIO(_as_document(data)))
    except (OSError, ValueError, KeyError, zipfile.BadZipFile, PackageNotFoundError) as exc:
        raise TemplateUnavailable(
            QT_TRANSLATE_NOOP(
                "Errors",
                "The template {name} cannot be opened as a Word document (.docx or .dotx);"
                " choose another template in the settings.",
            ),
            name=name,
        ) from exc


@dataclass(frozen=True)
class TemplateFile:
    """A template's name and content, read from a file the user chose."""

    file_name: str
    content: bytes


def check_template(file_name: str, content: bytes) -> None:
    """Refuse, with the user's message, a file our writer cannot write a document on; done
    before a commission's template is saved, so a bad file never reaches the other computers."""
    open_template(TemplateFile(file_name, content))


def _as_document(data: bytes) -> bytes:
    """A .dotx differs from a .docx only in its main part's content type: rewrite that."""
    with zipfile.ZipFile(io.BytesIO(data)) as package:
        types = package.read(_CONTENT_TYPES).decode("utf-8")
        if _TEMPLATE_MAIN not in types:
            return data
        out = io.BytesIO()
        with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as converted:
            for item in package.infolist():
                content = package.read(item.filename)
                if item.filename == _CONTENT_TYPES:
                    content = types.replace(_TEMPLATE_MAIN, _DOCUMENT_MAIN).encode("utf-8")
                converted.writestr(item, content)
        return out.getvalue()


def page_setup(path: TemplateSource) -> PageSetup:
    """The paper and margins of a template's last section (the one documents are written in);
    what the template leaves unset keeps the office value."""
    section = open_template(path).sections[-1]

    def mm(value: Any, default: float) -> float:
        return float(value.mm) if value is not None else default

    return PageSetup(
        width=mm(section.page_width, OFFICE_PAGE.width),
        height=mm(section.page_height, OFFICE_PAGE.height),
        left=mm(section.left_margin, OFFICE_PAGE.left),
        right=mm(section.right_margin, OFFICE_PAGE.right),
        top=mm(section.top_margin, OFFICE_PAGE.top),
        bottom=mm(section.bottom_margin, OFFICE_PAGE.bottom),
        header=max(mm(section.header_distance, OFFICE_PAGE.header), OFFICE_PAGE.header),
    )
