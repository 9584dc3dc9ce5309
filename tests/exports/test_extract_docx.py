"""An extract for one agency: its points only, ready to send."""

from __future__ import annotations

import pytest

from commission.documents.minutes import MinutesContext
from commission.exports.extract_docx import extract_docx
from commission.exports.extract_layout import NothingAddressed
from tests.exports.conftest import docx_lines, index_of
from tests.exports.sample import EMPLOYMENT, POLICE


def _points(lines: list[str]) -> list[str]:
    return [line.split(" ", 1)[0] for line in lines if line[:1].isdigit() and ". " in line[:6]]


def test_extract_holds_only_the_agencys_points(ctx: MinutesContext) -> None:
    lines = docx_lines(extract_docx(ctx, EMPLOYMENT.id, "ru"))
    assert lines[0] == "ВЫПИСКА"
    assert lines[1].startswith("из протокола № 3 заседания межведомственной комиссии")
    assert lines[1].endswith("от 12 марта 2026 года")
    assert _points(lines) == ["1.3.", "3.1.", "3.3."]
    headings = [line.split(" ", 1)[0] for line in lines if line.startswith(("I", "V", "X"))]
    assert headings == ["I.", "III."]
    assert not any(line.startswith("Итоги голосования") for line in lines)
    assert "Срок: до 10 апреля 2026 года. Решение носит обязательный характер." in lines
    report = index_of(lines, "Информацию об исполнении направить секретарю комиссии.")
    assert report > index_of(lines, "3.3. ")
    assert lines.count("Информацию об исполнении направить секретарю комиссии.") == 1
    assert lines[-1] == "Выписка верна: секретарь комиссии | А. Нурланова"


def test_a_co_executor_gets_its_points_too(ctx: MinutesContext) -> None:
    lines = docx_lines(extract_docx(ctx, POLICE.id, "ru"))
    assert _points(lines) == ["2.2.", "2.4.", "3.2."]


def test_kazakh_extract(ctx: MinutesContext) -> None:
    lines = docx_lines(extract_docx(ctx, EMPLOYMENT.id, "kk"))
    assert lines[0].endswith("отырысының 2026 жылғы 12 наурыздағы № 3 хаттамасынан")
    assert lines[1] == "ҮЗІНДІ"
    assert "Мерзімі: 2026 жылғы 10 сәуірге дейін. Шешім міндетті сипатта болады." in lines
    assert lines[-1] == "Үзінді дұрыс: комиссия хатшысы | А. Нурланова"


def test_no_extract_for_an_agency_without_points(ctx: MinutesContext) -> None:
    with pytest.raises(NothingAddressed) as raised:
        extract_docx(ctx, 999, "ru")
    assert raised.value.render() == "No point of the minutes No. 3 is addressed to this agency."
