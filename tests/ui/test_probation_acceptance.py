"""Issue 5's «done when», tried as a new user would, on the demo database of 24.11.2026:

A probation officer imports last month's register from Excel without losing or duplicating
anyone, finds a client by a few letters of a Kazakh surname, and prints a programme to sign;
the commission (the secretary) sees the escalated case on its next agenda.

The real dialogs and buttons are used; only the file dialogs are bypassed, through the methods
that take a path.
"""

from __future__ import annotations

import gc
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path

import docx
import pytest
from openpyxl import Workbook
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot
from sqlalchemy import func, select

from commission.db import migrate
from commission.db.engine import Database
from commission.db.models import Agency, Client, Meeting
from commission.domain.enums import MeasureState, MeetingStatus, NeedKind, ProgrammeState
from commission.domain.iin import Sex, make_iin
from commission.services import agenda, auth, registers
from commission.services.context import Actor
from commission.services.demo import DEMO_PASSWORD, build_demo
from commission.ui.admin.forms import select_data
from commission.ui.cases.area import CasesArea
from commission.ui.cases.case_card import CaseCardDialog
from commission.ui.cases.case_dialogs import EscalationDialog, MeasureDialog
from commission.ui.cases.new_case_dialog import NewCaseDialog
from commission.ui.clients.area import ClientsArea
from commission.ui.clients.import_dialog import ImportDialog
from commission.ui.context import AppContext
from commission.ui.meetings.agenda_tab import AgendaTab
from tests.ui.test_overview_ui import type_text

pytestmark = [
    pytest.mark.gui,
    pytest.mark.qt_log_ignore(
        "This plugin does not support propagateSizeHints", "This plugin does not support raise"
    ),
]

TODAY = date(2026, 11, 24)  # the demo's day; its next meeting is planned for 17.12.2026
DEMO_CLIENTS = 20


def clock() -> date:
    return TODAY


@pytest.fixture(scope="module")
def demo_db(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Database]:
    path: Path = tmp_path_factory.mktemp("acceptance") / "demo.sqlite3"
    db = Database(f"sqlite:///{path}")
    migrate.upgrade(db)
    build_demo(db, Actor.command_line(), seed=1, today=TODAY, clients=DEMO_CLIENTS)
    yield db
    db.dispose()


@dataclass(frozen=True)
class Person:
    surname: str
    given_name: str
    patronymic: str | None
    born: date
    sex: Sex
    serial: int

    @property
    def iin(self) -> str:
        return make_iin(self.born, self.sex, self.serial)


NEW = (
    Person("Өмірзақов", "Бауыржан", "Серікұлы", date(2001, 3, 15), Sex.MALE, 4101),
    Person("Сейітқалиева", "Әйгерім", "Нұрланқызы", date(1996, 7, 21), Sex.FEMALE, 4102),
    Person("Нұрғалиев", "Дәулет", None, date(1988, 12, 2), Sex.MALE, 4103),
    Person("Есенжолова", "Гүлнұр", "Бақытқызы", date(2003, 5, 9), Sex.FEMALE, 4104),
    Person("Құрманғазы", "Асқар", "Ерланұлы", date(1979, 1, 30), Sex.MALE, 4105),
)


@dataclass(frozen=True)
class Known:
    """A client already in the database, as last month's list has him, with a new phone."""

    id: int
    iin: str
    surname: str
    given_name: str
    patronymic: str | None
    born: date
    category: str
    phone: str


def _known(db: Database, officer: Actor) -> list[Known]:
    """Three clients of the officer's district (one IIN with a leading zero), new phones."""
    words = {"conditional": "условное осуждение", "parole": "УДО", "released": "освобожденный"}
    found: list[Known] = []
    with db.reading() as session:
        rows = session.scalars(
            select(Client)
            .where(
                Client.district_id == officer.district_id,
                Client.deregistered_on.is_(None),
                Client.category.in_(list(words)),
            )
            .order_by(Client.iin.startswith("0").desc(), Client.id)
        ).all()
        for number, c in enumerate(rows[:3]):
            found.append(
                Known(
                    c.id,
                    c.iin,
                    c.surname,
                    c.given_name,
                    c.patronymic,
                    c.birth_date,
                    words[c.category.value],
                    f"+7 701 555 00 0{number}",
                )
            )
    assert any(k.iin.startswith("0") for k in found)
    return found


def _last_months_register(path: Path, known: list[Known]) -> Path:
    """The list as the probation service keeps it: title rows over the header, IINs typed
    as numbers (the leading zero lost) or with spaces, dates as text or as dates, stray
    spaces, an empty row, the known clients with their new phones, one row twice."""
    book = Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.append(["Список лиц, состоящих на учете службы пробации Целиноградского района"])
    sheet.merge_cells("A1:J1")
    sheet.append(["по состоянию на 31.10.2026"])
    sheet.append([])
    sheet.append(
        [
            "№ п/п",
            "Фамилия",
            "Имя",
            "Отчество",
            "ИИН",
            "Дата рождения",
            "Категория учета",
            "Статья УК РК",
            "Дата постановки на учет",
            "Телефон",
        ]
    )
    a, b, c, d, e = NEW
    sheet.append(
        [1, a.surname, a.given_name, a.patronymic, int(a.iin), "15.03.2001", "УДО", "188 ч.2",
         "2026-10-05", "+7 702 111 22 33"]
    )  # fmt: skip
    sheet.append(
        [2, f" {b.surname} ", b.given_name, b.patronymic, f"{b.iin[:6]} {b.iin[6:]}",
         datetime(1996, 7, 21), "условное осуждение", "190", "01.10.2026", None]
    )  # fmt: skip
    sheet.append([None] * 10)
    sheet.append(
        [3, c.surname, c.given_name, None, f" {c.iin} ", "02.12.1988", "ограничение свободы",
         "293", datetime(2026, 10, 12), "87051234567"]
    )  # fmt: skip
    sheet.append(
        [4, d.surname, d.given_name, d.patronymic, int(d.iin), "2003-05-09", "условно",
         "188", "14.10.2026", None]
    )  # fmt: skip
    for number, k in enumerate(known, start=5):
        iin: int | str = int(k.iin) if k.iin.startswith("0") else k.iin
        sheet.append(
            [number, k.surname, k.given_name, k.patronymic, iin, k.born.strftime("%d.%m.%Y"),
             k.category, None, None, k.phone]
        )  # fmt: skip
    sheet.append(
        [8, e.surname, e.given_name, e.patronymic, e.iin, "30.01.1979", "освобожденный",
         "200", "20.10.2026", "+7 777 000 11 22"]
    )  # fmt: skip
    # The same person copied twice by mistake (the IIN the second time as text).
    sheet.append(
        [9, a.surname, a.given_name, a.patronymic, a.iin, "15.03.2001", "УДО", "188 ч.2",
         "2026-10-05", "+7 702 111 22 33"]
    )  # fmt: skip
    target = path / "Реестр за октябрь 2026.xlsx"
    book.save(target)
    return target


def _run(qtbot: QtBot, dialog: ImportDialog, button_name: str) -> None:
    button = getattr(dialog, button_name)
    assert button.isEnabled()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.worker is None, timeout=30000)
    qtbot.waitUntil(gc.isenabled)  # paused while the thread ran (see ui.gc_guard), then back
    assert dialog.error_label.isHidden(), dialog.error_label.text()


def _agency_id(db: Database, short_name: str) -> int:
    with db.reading() as session:
        return session.scalars(select(Agency.id).where(Agency.short_name_ru == short_name)).one()


def _document_text(path: Path) -> str:
    document = docx.Document(str(path))
    parts = [p.text for p in document.paragraphs]
    for table in document.tables:
        for row in table.rows:
            parts.extend(cell.text for cell in row.cells)
    return "\n".join(parts)


def test_a_probation_officer_as_a_new_user_and_the_commission(
    qtbot: QtBot, demo_db: Database, tmp_path: Path
) -> None:
    db = demo_db
    officer = auth.login(db, "officer", DEMO_PASSWORD)
    secretary = auth.login(db, "secretary", DEMO_PASSWORD)
    ctx = AppContext(db, officer, clock=clock)
    known = _known(db, officer)
    workbook = _last_months_register(tmp_path, known)
    with db.reading() as session:
        before = session.scalar(select(func.count(Client.id)))
    assert before == DEMO_CLIENTS

    # --- the import of last month's register, trial run first ---------------------------
    clients_area = ClientsArea(ctx, clock=clock)
    qtbot.addWidget(clients_area)
    clients_area.resize(1100, 600)
    clients_area.show()
    clients_area.refresh()
    qtbot.mouseClick(clients_area.import_button, Qt.MouseButton.LeftButton)
    dialog = clients_area.import_dialog
    assert dialog is not None and dialog.isVisible()
    dialog.set_file(workbook)
    assert dialog.header_label.text().startswith("Header found on row 4")
    _run(qtbot, dialog, "check_button")
    expected = "Created: 5, updated: 3, unchanged: 0, rejected: 1."
    assert dialog.counts_label.text().startswith(expected)
    with db.reading() as session:
        assert session.scalar(select(func.count(Client.id))) == before  # a trial writes nothing
    _run(qtbot, dialog, "import_button")
    assert dialog.counts_label.text() == expected
    report = dialog.report
    rejected = [
        (report.item(r, 0).text(), report.item(r, 2).text())  # type: ignore[union-attr]
        for r in range(report.rowCount())
        if report.item(r, 1).text() == "rejected"  # type: ignore[union-attr]
    ]
    assert rejected == [
        ("14", "The same IIN is already on row 5 of this file; the row was skipped.")
    ]

    # Nobody lost, nobody twice: every valid row's IIN is in the database exactly once.
    with db.reading() as session:
        assert session.scalar(select(func.count(Client.id))) == before + len(NEW)
        for iin in [p.iin for p in NEW] + [k.iin for k in known]:
            assert session.scalar(select(func.count(Client.id)).where(Client.iin == iin)) == 1
        for k in known:
            client = session.get_one(Client, k.id)
            assert (client.iin, client.phone, client.surname) == (k.iin, k.phone, k.surname)
        first = session.scalars(select(Client).where(Client.iin == NEW[0].iin)).one()
        assert (first.surname, first.birth_date, first.registered_on) == (
            "Өмірзақов",
            date(2001, 3, 15),
            date(2026, 10, 5),
        )
        assert first.district_id == officer.district_id and first.officer_id == officer.user_id
        second = session.scalars(select(Client).where(Client.iin == NEW[1].iin)).one()
        assert second.surname == "Сейітқалиева"  # the stray spaces gone
    # The same file again changes nothing.
    dialog.set_file(workbook)
    _run(qtbot, dialog, "import_button")
    assert dialog.counts_label.text() == "Created: 0, updated: 0, unchanged: 8, rejected: 1."
    dialog.close()

    # --- a client found by a few letters of a Kazakh surname, in another letter case -----
    type_text(qtbot, clients_area.search_edit, "ӨМІРЗ")
    qtbot.waitUntil(lambda: clients_area.model.rowCount() == 1, timeout=5000)
    row = clients_area.model.row_at(0)
    assert row is not None and row.full_name == "Өмірзақов Бауыржан Серікұлы"
    clients_area.search_edit.clear()
    type_text(qtbot, clients_area.search_edit, "жАҚсЫл")
    expected_ids = registers.client_ids(db, officer, "Жақсыл")
    assert len(expected_ids) >= 2
    qtbot.waitUntil(lambda: clients_area.model.rowCount() == len(expected_ids), timeout=5000)
    assert [clients_area.model.id_at(r) for r in range(len(expected_ids))] == expected_ids

    # --- a case opened for him, a measure, the programme printed to sign -----------------
    cases_area = CasesArea(ctx, clock=clock)
    qtbot.addWidget(cases_area)
    cases_area.show()
    qtbot.mouseClick(cases_area.new_case_button, Qt.MouseButton.LeftButton)
    form = cases_area.dialog
    assert isinstance(form, NewCaseDialog)
    type_text(qtbot, form.search, "өмірзақ")
    assert form.find_clients() == 1
    form.notes.setPlainText("Освобожден условно-досрочно, ищет работу, паспорт утерян")
    form.accept()
    card = cases_area.card
    assert isinstance(card, CaseCardDialog) and card.card is not None
    assert card.card.client_name == "Өмірзақов Бауыржан Серікұлы"
    assert card.card.state is ProgrammeState.DRAFT
    card.set_need(NeedKind.EMPLOYMENT, 1, "Без работы")
    card.set_need(NeedKind.DOCUMENTS, 1)
    assert card.save_needs()
    actions = {
        NeedKind.EMPLOYMENT: (
            "Направить в центр занятости для подбора вакансий",
            "Центр занятости",
        ),
        NeedKind.DOCUMENTS: ("Восстановить удостоверение личности", "ЦОН Целиноградского района"),
    }
    for need, (action, agency) in actions.items():
        measure = card.add_measure()
        assert isinstance(measure, MeasureDialog)
        select_data(measure.need, need.value)
        measure.action.ru_edit.setPlainText(action)
        select_data(measure.agency, _agency_id(db, agency))
        measure.deadline.set_value(date(2026, 12, 10))
        with qtbot.waitSignal(measure.accepted):
            measure.accept()
    assert len(card.card.measures) == 2
    card.approve_button.click()
    card.start_button.click()
    assert card.card.state is ProgrammeState.IN_PROGRESS

    programme = tmp_path / "programme.docx"
    worker = card.print_programme(programme)
    assert worker is not None
    with qtbot.waitSignal(worker.sig_finished, timeout=20000) as printed:
        pass
    assert printed.args == [True]
    qtbot.waitUntil(gc.isenabled)
    text = _document_text(programme)
    assert "Өмірзақов Бауыржан Серікұлы" in text
    assert actions[NeedKind.EMPLOYMENT][0] in text and card.card.number in text

    # --- a blocked measure escalated to the commission -----------------------------------
    documents = next(m for m in card.card.measures if m.need_kind is NeedKind.DOCUMENTS)
    card.select_measure(documents.id)
    assert card.escalate_button.isEnabled()
    sending = card.escalate()
    assert isinstance(sending, EscalationDialog)
    sending.reason.setPlainText("ЦОН не принимает документы без запроса комиссии")
    sending.accept()
    escalated = next(m for m in card.card.measures if m.id == documents.id)
    assert escalated.state is MeasureState.ESCALATED and escalated.escalation is not None
    with db.reading() as session:
        next_meeting = session.scalars(
            select(Meeting)
            .where(Meeting.meeting_date > TODAY, Meeting.status == MeetingStatus.PLANNED)
            .order_by(Meeting.meeting_date)
        ).first()
        assert next_meeting is not None
        meeting_id, meeting_day = next_meeting.id, next_meeting.meeting_date
    assert escalated.escalation.meeting_id == meeting_id
    assert escalated.escalation.meeting_date == meeting_day == date(2026, 12, 17)

    # --- the secretary: the escalated case on the next meeting's agenda ------------------
    items = agenda.list_items(db, secretary, meeting_id)
    proposed = [i for i in items if card.card.number in [c.case_number for c in i.cases]]
    assert len(proposed) == 1
    assert proposed[0].id == escalated.escalation.agenda_item_id
    assert "Өмірзақов" not in proposed[0].title  # the agenda names him by initials only
    tab = AgendaTab(AppContext(db, secretary, clock=clock), meeting_id)
    qtbot.addWidget(tab)
    tab.show()
    shown = tab.model.item_at(tab.model.row_of(proposed[0].id))
    assert shown is not None and card.card.number in shown.title
    card.close()
