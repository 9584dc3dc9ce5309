"""Opening the .docx template: ours, or the akimat's own named in the settings.

Offices often keep their letterhead as a Word *template* (.dotx); python-docx opens only
documents, so a .dotx is read as the document it would create. A file that is not a Word
document gives the user a clear message instead of a traceback.
"""

from __future__ import annotations

import io
import zipfile
from pathlib import Path
from typing import Any

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


def default_template() -> Path:
    """The template shipped with the application (``python -m …template_builder`` makes it)."""
    return resources_dir() / "templates" / "minutes.docx"


def open_template(path: Path | None) -> Any:
    """A python-docx Document to write into; ``None`` means our own template."""
    source = path or default_template()
    try:
        data = source.read_bytes()
        return docx.Document(io.BytesIO(_as_document(data)))
    except (OSError, ValueError, KeyError, zipfile.BadZipFile, PackageNotFoundError) as exc:
        raise TemplateUnavailable(
            QT_TRANSLATE_NOOP(
                "Errors",
                "The template {name} cannot be opened as a Word document (.docx or .dotx);"
                " choose another template in the settings.",
            ),
            name=source.name,
        ) from exc


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


def page_setup(path: Path | None) -> PageSetup:
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
