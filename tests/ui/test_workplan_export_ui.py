"""Saving the year's work plan from its tab, as Word and as Excel, in Russian and Kazakh.

The commission is the one of ``tests.test_meetings.build_world``; the questions are entered
through ``services.workplan`` and one of them is put on a meeting's agenda.
"""

from __future__ import annotations

import io
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import docx
import openpyxl
import pytest
from argon2 import PasswordHasher
from docx.table import _Cell
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox
from pytestqt.qtbot import QtBot

from commission.db.engine import Database
from commission.domain.enums import WorkPlanState
from commission.services import auth, workplan
from commission.services.context import Actor
from commission.ui.context import AppContext
from commission.ui.export_worker import ExportWorker
from commission.ui.meetings import minutes_tab
from commission.ui.meetings.missing_texts import MissingTextsDialog
from commission.ui.meetings.workplan_tab import WorkPlanTab
from tests.conftest import make_admin
from tests.exports.conftest import docx_lines, index_of
from tests.test_meetings import World, build_world, new_meeting

pytestmark = [
    pytest.mark.gui,
    pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints"),
]

TODAY = date(2026, 3, 20)
POLICE_RU = "Отдел полиции Целиноградского района"


def clock() -> date:
    return TODAY


@pytest.fixture(autouse=True)
def _cheap_password_hashing(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(auth, "_hasher", PasswordHasher(time_cost=1, memory_cost=1024))


@pytest.fixture
def world(sqlite_db: Database) -> World:
    world = build_world(sqlite_db, make_admin(sqlite_db))
    police, employment = world.agencies["police"].id, world.agencies["employment"].id
    for quarter, question, agency, speaker in (
        (3, "О профилактике бытового насилия", police, "Касымов Е. Б."),
        (1, "Об итогах работы полиции за 2025 год", police, "Касымов Е. Б., начальник ОП"),
        (2, "О трудоустройстве лиц, состоящих на учете пробации", employment, "Рахимов С. Т."),
        (4, "=итоги года", None, None),
    ):
        workplan.add_plan_item(
            world.db,
            world.secretary,
            workplan.WorkPlanData(2026, quarter, question, agency, speaker),
        )
    first = workplan.list_plan(world.db, world.secretary, 2026)[0]
    meeting = new_meeting(world, date(2026, 3, 12))
    workplan.put_on_agenda(world.db, world.secretary, first.id, meeting.id)
    return world


def _tab(qtbot: QtBot, actor: Actor, world: World) -> WorkPlanTab:
    tab = WorkPlanTab(AppContext(world.db, actor), clock=clock)
    qtbot.addWidget(tab)
    tab.resize(1060, 600)
    with qtbot.waitExposed(tab):
        tab.show()
    tab.refresh()
    return tab


@pytest.fixture
def tab(qtbot: QtBot, world: World) -> Iterator[WorkPlanTab]:
    yield _tab(qtbot, world.secretary, world)
    for message in QApplication.topLevelWidgets():
        if isinstance(message, QMessageBox) and message.isVisible():
            message.close()


def _finish(qtbot: QtBot, worker: ExportWorker | None) -> ExportWorker:
    assert worker is not None
    with qtbot.waitSignal(worker.sig_finished, timeout=20000):
        pass
    return worker


def _anyway(qtbot: QtBot, owner: WorkPlanTab, asked: object) -> ExportWorker:
    """A Kazakh document of a record typed in Russian: the missing texts are listed first;
    «Export anyway» writes it."""
    assert isinstance(asked, MissingTextsDialog) and asked.found.missing
    qtbot.mouseClick(asked.export_button, Qt.MouseButton.LeftButton)
    return owner.workers[-1]


def _plan_table(path: Path) -> list[list[str]]:
    table = docx.Document(io.BytesIO(path.read_bytes())).tables[0]
    rows = [[_Cell(tc, table).text for tc in row._tr.tc_lst] for row in table.rows]
    return [[text.replace("\xa0", " ") for text in row] for row in rows]  # NBSPs read as spaces


def test_plan_saved_as_word_in_both_languages(
    qtbot: QtBot, tab: WorkPlanTab, tmp_path: Path
) -> None:
    assert tab.model.rowCount() == 4
    ru, kk = tmp_path / "plan_ru.docx", tmp_path / "plan_kk.docx"
    assert _finish(qtbot, tab.export_docx(ru, "ru")).written
    assert _finish(qtbot, _anyway(qtbot, tab, tab.export_docx(kk, "kk"))).written
    assert tab.last_path == kk and tab.notice is not None
    assert "plan_kk.docx" in tab.notice.label.text() and tab.notice.path == kk

    lines = docx_lines(ru.read_bytes())
    assert lines[0] == "АКИМАТ ЦЕЛИНОГРАДСКОГО РАЙОНА"
    title = index_of(lines, "ПЛАН")
    assert lines[title + 2] == "на 2026 год"
    rows = _plan_table(ru)
    assert [row[0] for row in rows if len(row) == 1] == [
        "I квартал",
        "II квартал",
        "III квартал",
        "IV квартал",
    ]
    questions = [row for row in rows[1:] if len(row) == 5]
    assert [row[0] for row in questions] == ["1", "2", "3", "4"]
    assert questions[0] == [
        "1",
        "Об итогах работы полиции за 2025 год",
        POLICE_RU,
        "Касымов Е. Б., начальник ОП",
        "I квартал",
    ]
    assert questions[3][1] == "=итоги года"
    assert "Секретарь комиссии | А. Нурланова" in lines

    kk_lines = docx_lines(kk.read_bytes())
    assert "ЖОСПАРЫ" in kk_lines
    kk_rows = _plan_table(kk)
    assert [row[0] for row in kk_rows if len(row) == 1][:2] == ["I тоқсан", "II тоқсан"]
    assert kk_rows[2][2] == "Отдел полиции Целиноградского района (kk)"
    assert "Комиссия хатшысы | А. Нурланова" in kk_lines


def test_plan_saved_as_excel(qtbot: QtBot, tab: WorkPlanTab, tmp_path: Path) -> None:
    target = tmp_path / "plan.xlsx"
    assert _finish(qtbot, tab.export_xlsx(target, "ru")).written
    sheet = openpyxl.load_workbook(target).active
    assert [cell.value for cell in sheet[1]][:3] == ["№", "Квартал", "Наименование вопроса"]
    assert sheet.freeze_panes == "A2" and sheet.auto_filter.ref == "A1:G5"
    rows = list(sheet.iter_rows(min_row=2, values_only=True))
    assert [row[1] for row in rows] == ["I квартал", "II квартал", "III квартал", "IV квартал"]
    assert rows[0][5:] == ("включен в повестку дня", "№ 1")
    assert rows[3][2] == "=итоги года" and sheet["C5"].data_type == "s"


def test_buttons_ask_where_and_use_the_chosen_language(
    qtbot: QtBot, tab: WorkPlanTab, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    asked: list[str] = []

    def save_as(_parent: object, _title: str, proposed: str, _filter: str) -> tuple[str, str]:
        asked.append(Path(proposed).name)
        return str(tmp_path / "план"), ""  # the suffix is added when the user leaves it out

    monkeypatch.setattr(QFileDialog, "getSaveFileName", save_as)
    monkeypatch.setattr(minutes_tab, "_last_folder", None)  # restored after the test
    tab.set_language("kk")
    with qtbot.waitSignal(tab.sig_saved, timeout=20000) as saved:
        qtbot.mouseClick(tab.docx_button, Qt.MouseButton.LeftButton)
        _anyway(qtbot, tab, tab.findChild(MissingTextsDialog))
    (proposed,) = asked  # «Work_plan_2026_kk.docx», the stem in the interface's language
    assert proposed.endswith("_2026_kk.docx")
    assert saved.args == [str(tmp_path / "план.docx")]
    assert "ЖОСПАРЫ" in docx_lines((tmp_path / "план.docx").read_bytes())

    with qtbot.waitSignal(tab.sig_saved, timeout=20000) as saved:
        qtbot.mouseClick(tab.xlsx_button, Qt.MouseButton.LeftButton)
        _anyway(qtbot, tab, tab.findChild(MissingTextsDialog))
    assert saved.args == [str(tmp_path / "план.xlsx")]
    assert openpyxl.load_workbook(tmp_path / "план.xlsx").active.title == "Жұмыс жоспары"


def test_cancelled_file_dialog_writes_nothing(
    tab: WorkPlanTab, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *_args: ("", ""))
    assert tab.export_docx() is None and tab.export_xlsx() is None
    assert not [*tmp_path.glob("*.docx"), *tmp_path.glob("*.xlsx")]


def test_the_shown_year_is_saved(qtbot: QtBot, tab: WorkPlanTab, tmp_path: Path) -> None:
    tab.year.setValue(2027)
    assert tab.model.rowCount() == 0
    target = tmp_path / "empty.docx"
    assert _finish(qtbot, tab.export_docx(target, "ru")).written
    assert "На 2027 год вопросы не запланированы." in docx_lines(target.read_bytes())


def test_a_member_may_save_the_plan(qtbot: QtBot, world: World, tmp_path: Path) -> None:
    tab = _tab(qtbot, world.member_user, world)
    assert not tab.add_button.isVisible()
    assert tab.docx_button.isVisible() and tab.xlsx_button.isVisible()
    target = tmp_path / "plan.docx"
    assert _finish(qtbot, tab.export_docx(target, "ru")).written
    assert len([r for r in _plan_table(target)[1:] if len(r) == 5]) == 4
    assert workplan.list_plan(world.db, world.member_user, 2026)[0].state is (
        WorkPlanState.ON_AGENDA
    )
