"""The header preview of the import dialog: recognised and unknown columns, a header found
thanks to a column named by hand before, files that are not workbooks, and who may look."""

from __future__ import annotations

from pathlib import Path

import pytest
from openpyxl import Workbook

from commission.domain.enums import Role
from commission.domain.permissions import PermissionDenied
from commission.services.client_import import ClientField as F
from commission.services.client_import import ImportRefused
from commission.services.client_import_columns import ColumnHeader, preview_header
from commission.services.context import Actor

OFFICER = Actor(1, "officer", "Officer", Role.PROBATION_OFFICER, district_id=1)


def _book(path: Path, *rows: list[object]) -> Path:
    book = Workbook()
    sheet = book.active
    assert sheet is not None
    for row in rows:
        sheet.append(row)
    book.save(path)
    return path


def test_recognised_and_unknown_columns_below_a_title(tmp_path: Path) -> None:
    path = _book(
        tmp_path / "list.xlsx",
        ["Список лиц на учете"],
        [],
        ["№", "ФИО осужденного", "\u00a0ИИН ", "Осужден по статье", "ИИН", None, "Тел."],
        ["1", "Иванов Иван", "000301500170", "190", "x", None, "8 701"],
    )
    preview = preview_header(OFFICER, path)
    assert preview.row == 3
    assert preview.columns == (
        ColumnHeader("A", "№", F.ROW_NUMBER),  # known, and not imported
        ColumnHeader("B", "ФИО осужденного", F.FULL_NAME),
        ColumnHeader("C", "ИИН", F.IIN),
        ColumnHeader("D", "Осужден по статье", None),
        ColumnHeader("E", "ИИН", None),  # the import reads the first IIN column only
        ColumnHeader("G", "Тел.", F.PHONE),
    )
    assert [c.letter for c in preview.unrecognised] == ["D", "E"]


def test_a_column_named_by_hand_before_finds_the_header(tmp_path: Path) -> None:
    path = _book(
        tmp_path / "list.xlsx",
        ["Осужденный", "Номер", "Статья"],
        ["Иванов Иван", "000301500170", "190"],
    )
    # Without the remembered names the first row with two filled cells is offered.
    assert preview_header(OFFICER, path).row == 1
    remembered = {"осужденный": F.FULL_NAME, "номер": F.IIN}
    preview = preview_header(OFFICER, path, lambda text: remembered.get(text.casefold()))
    assert (preview.row, [c.field for c in preview.columns]) == (1, [None, None, F.ARTICLES])


def test_nothing_like_a_header(tmp_path: Path) -> None:
    path = _book(tmp_path / "list.xlsx", ["одна ячейка"], [None, "и ещё одна"])
    assert preview_header(OFFICER, path).row is None


@pytest.mark.parametrize(
    ("content", "words"),
    [
        (b"", "damaged"),
        (b"not a workbook", "not a table the import reads"),
        (b"PK\x03\x04broken zip", "damaged"),
    ],
)
def test_files_that_are_not_workbooks_are_refused(
    tmp_path: Path, content: bytes, words: str
) -> None:
    path = tmp_path / "list.xlsx"
    path.write_bytes(content)
    with pytest.raises(ImportRefused, match=words):
        preview_header(OFFICER, path)
    with pytest.raises(ImportRefused, match="not there"):
        preview_header(OFFICER, tmp_path / "missing.xlsx")


def test_only_roles_that_import_may_look(tmp_path: Path) -> None:
    path = _book(tmp_path / "list.xlsx", ["ФИО", "ИИН"])
    secretary = Actor(2, "secretary", "Secretary", Role.SECRETARY)
    with pytest.raises(PermissionDenied):
        preview_header(secretary, path)
