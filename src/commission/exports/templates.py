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
