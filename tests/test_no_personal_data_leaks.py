"""Things go wrong on a database full of people, and no IIN or name ends up where it must not.

On the demo (plus the people of the lists imported here) the test makes real failures: a client
list that the database refuses half-way (a trigger stands for any constraint the import's checks
do not foresee), a report written where a folder stands, two imports of one list at the same
moment (PostgreSQL), a job that fails inside an export worker and a worker thread that raises —
through the dialogs and through ``commission-admin``. Then it reads the log file the program
writes, everything printed to standard output and error, every message shown, and every audit
entry, looking for each IIN (whole, spaced, in parts) and each surname and given name.
"""

from __future__ import annotations

import logging
import re
import threading
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from argon2 import PasswordHasher
from openpyxl import Workbook
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot
from sqlalchemy import event, select
from sqlalchemy.engine import Engine

from commission import cli
from commission.app import setup_logging
from commission.cli_actor import ENV_PASSWORD
from commission.db import migrate
from commission.db.engine import Database, data_dir
from commission.db.models import Agency, AuditEntry, Client, Member, User
from commission.domain.iin import Sex, make_iin
from commission.services import auth
from commission.services.context import Actor
from commission.services.demo import DEMO_PASSWORD, build_demo
from commission.ui.clients.import_dialog import ImportDialog
from commission.ui.context import AppContext
from commission.ui.export_worker import ExportWorker
from commission.ui.worker_thread import WorkerThread

pytestmark = [
    pytest.mark.gui,
    pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints"),
]

BREAKER = "Тестбаев"  # the database refuses the row of this surname (see _refuse_breaker)
REFUSAL = "the test refuses this row"


@pytest.fixture(autouse=True)
def _cheap_password_hashing(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(auth, "_hasher", PasswordHasher(time_cost=1, memory_cost=1024))


@pytest.fixture
def app_log() -> Iterator[Path]:
    """The log file, set up as the desktop application sets it up."""
    setup_logging()
    yield data_dir() / "logs" / "commission.log"
    logger = logging.getLogger("commission")
    for handler in list(logger.handlers):
        logger.removeHandler(handler)
        handler.close()


@dataclass(frozen=True)
class Person:
    iin: str
    surname: str
    given_name: str


@dataclass
class Demo:
    db: Database
    officer: Actor
    district: int
    people: list[Person]  # the demo's clients
    public_words: set[str]  # names of staff, members, agencies: not a client's data


@pytest.fixture
def demo(db: Database) -> Demo:
    build_demo(db, Actor.command_line(), seed=5, clients=20)
    with db.reading() as session:
        people = [Person(c.iin, c.surname, c.given_name) for c in session.scalars(select(Client))]
        texts = [*session.scalars(select(User.full_name))]
        texts += list(session.scalars(select(Member.full_name)))
        texts += [a.name_ru + " " + (a.head_name or "") for a in session.scalars(select(Agency))]
    officer = auth.login(db, "officer", DEMO_PASSWORD)
    assert officer.district_id is not None and len(people) == 20
    public = {word for text in texts for word in re.findall(r"\w+", text or "")}
    return Demo(db, officer, officer.district_id, people, public)


def _new_people(start: int, count: int, breaker_at: int | None = None) -> list[Person]:
    return [
        Person(
            make_iin(date(1975 + start + n, 1 + n % 12, 1 + n), Sex.FEMALE, 500 + start + n),
            BREAKER if n == breaker_at else f"Сейітова{chr(ord('а') + start + n)}",
            f"Айжан{chr(ord('а') + start + n)}",
        )
        for n in range(count)
    ]


def _client_list(path: Path, known: list[Person], new: list[Person]) -> Path:
    """Known clients with a new phone (updated) and new ones (created), in one list."""
    book = Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.append(["Ф.И.О.", "ИИН", "Категория учета", "Телефон"])
    for n, person in enumerate([*known, *new]):
        phone = f"+7 701 000 00 {n:02d}"
        sheet.append([f"{person.surname} {person.given_name}", person.iin, "условно", phone])
    book.save(path)
    return path


def _refuse_breaker(db: Database, on: bool) -> None:
    """A rule of the database the import does not know of, refusing one row of a list."""
    with db.engine.begin() as conn:
        if db.is_sqlite:
            conn.exec_driver_sql("DROP TRIGGER IF EXISTS leak_probe")
            if on:
                conn.exec_driver_sql(
                    "CREATE TRIGGER leak_probe BEFORE INSERT ON clients "
                    f"WHEN NEW.surname = '{BREAKER}' "
                    f"BEGIN SELECT RAISE(ABORT, '{REFUSAL}'); END"
                )
            return
        conn.exec_driver_sql("DROP TRIGGER IF EXISTS leak_probe ON clients")
        if on:
            conn.exec_driver_sql(
                "CREATE OR REPLACE FUNCTION leak_probe() RETURNS trigger LANGUAGE plpgsql AS $$ "
                f"BEGIN IF NEW.surname = '{BREAKER}' THEN RAISE EXCEPTION '{REFUSAL}'; END IF; "
                "RETURN NEW; END $$"
            )
            conn.exec_driver_sql(
                "CREATE TRIGGER leak_probe BEFORE INSERT ON clients "
                "FOR EACH ROW EXECUTE FUNCTION leak_probe()"
            )


class _InsertsMeet:
    """Holds the first INSERT INTO clients of each of two threads until both are there, so
    that both imports have found the same IINs missing before either writes."""

    def __init__(self) -> None:
        self.barrier = threading.Barrier(2, timeout=30)
        self.local = threading.local()

    def __call__(self, *args: Any) -> None:
        if str(args[2]).lstrip().upper().startswith("INSERT INTO CLIENTS") and not getattr(
            self.local, "met", False
        ):
            self.local.met = True
            self.barrier.wait()

    def __enter__(self) -> _InsertsMeet:
        event.listen(Engine, "before_cursor_execute", self)
        return self

    def __exit__(self, *exc: object) -> None:
        event.remove(Engine, "before_cursor_execute", self)


def _cli(*args: str) -> int:
    """``commission-admin`` in the demo officer's name, as a scheduled import runs it (the
    test puts the password in the environment)."""
    return cli.main(["--user", "officer", *args])


def _dialog(qtbot: QtBot, demo: Demo, path: Path) -> ImportDialog:
    dialog = ImportDialog(AppContext(Database(demo.db.url), demo.officer))
    qtbot.addWidget(dialog)
    dialog.set_file(path)
    return dialog


def _run(qtbot: QtBot, *dialogs: ImportDialog) -> list[str]:
    for dialog in dialogs:
        assert dialog.run_import() is not None
    qtbot.waitUntil(lambda: all(d.worker is None for d in dialogs), timeout=60000)
    return [d.error_label.text() for d in dialogs]


def _forms(person: Person) -> list[str]:
    """What must not be found of ``person``: the IIN whole, grouped and in parts, the names."""
    iin = person.iin
    return [
        iin,
        f"{iin[:6]} {iin[6:]}",
        f"{iin[:4]} {iin[4:8]} {iin[8:]}",
        iin[:8],
        iin[4:],
        person.surname,
        person.given_name,
    ]


def test_failures_leave_no_personal_data_anywhere(
    qtbot: QtBot,
    demo: Demo,
    app_log: Path,
    tmp_path: Path,
    capfd: pytest.CaptureFixture[str],
    caplog: pytest.LogCaptureFixture,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv(ENV_PASSWORD, DEMO_PASSWORD)
    db, url = demo.db, demo.db.url
    known = demo.people[:4]
    shown: list[str] = []  # every message a user read
    lists: list[Person] = []  # the people of the lists imported here
    district = str(demo.district)

    def client_list(name: str, start: int, breaker_at: int | None = None) -> Path:
        new = _new_people(start, 4, breaker_at)
        lists.extend(new)
        return _client_list(tmp_path / name, known, new)

    # -- commission-admin -----------------------------------------------------------------
    # The database refuses a row half-way: an unexpected failure, one line, nothing written.
    refused = client_list(f"{BREAKER} список.xlsx", 0, breaker_at=2)
    _refuse_breaker(db, on=True)
    assert _cli("--db", url, "import", "clients", str(refused), "--district", district) == 3
    printed = capfd.readouterr()
    assert printed.out == "" and len(printed.err.splitlines()) == 1, printed
    assert "incident" in printed.err
    shown.append(printed.err)
    _refuse_breaker(db, on=False)
    # Imported, but the report goes where a folder stands.
    folder = tmp_path / "отчёт.xlsx"
    folder.mkdir()
    args = ("--db", url, "import", "clients", str(refused), "--district", district)
    assert _cli(*args, "--report", str(folder)) == 1
    shown.append(capfd.readouterr().err)
    if not db.is_sqlite:  # two imports of one list at the same moment
        raced = client_list("список второй.xlsx", 10)
        codes: list[int] = []
        args = ("--db", url, "import", "clients", str(raced), "--district", district)
        with _InsertsMeet():
            workers = [threading.Thread(target=lambda: codes.append(_cli(*args))) for _ in "ab"]
            for thread in workers:
                thread.start()
            for thread in workers:
                thread.join(timeout=120)
        assert sorted(codes) == [0, 1]
        shown.append(capfd.readouterr().err)

    # -- the dialogs ----------------------------------------------------------------------
    breaking = client_list(f"{BREAKER} ещё.xlsx", 20, breaker_at=1)
    _refuse_breaker(db, on=True)
    dialog = _dialog(qtbot, demo, breaking)
    [message] = _run(qtbot, dialog)
    assert "incident" in message
    shown.append(message)
    _refuse_breaker(db, on=False)
    # The report of a trial run saved where a folder stands.
    assert dialog.check() is not None
    qtbot.waitUntil(lambda: dialog.worker is None, timeout=20000)
    export = dialog.save_report(folder)
    assert export is not None
    qtbot.waitUntil(export.is_finished, timeout=20000)
    assert dialog.ctx.open_messages()
    shown.extend(dialog.ctx.open_messages())
    if not db.is_sqlite:
        raced = client_list("список третий.xlsx", 30)
        with _InsertsMeet():
            messages = _run(qtbot, _dialog(qtbot, demo, raced), _dialog(qtbot, demo, raced))
        assert sorted(bool(m) for m in messages) == [False, True], messages
        shown.extend(messages)
    # A job that fails inside an export worker, its error quoting a client.
    victim = demo.people[5]
    secret = f"{victim.surname} {victim.given_name}, {victim.iin}"

    def failing_job() -> object:
        raise RuntimeError(f"cannot print the programme of {secret}")

    parent = QWidget()
    qtbot.addWidget(parent)
    ctx = AppContext(db, demo.officer)
    job = ExportWorker(ctx, parent, "Printing…", failing_job, None)
    job.start()
    qtbot.waitUntil(job.is_finished, timeout=20000)
    assert ctx.open_messages()
    shown.extend(ctx.open_messages())

    # A worker thread that lets its error through.
    class Careless(WorkerThread):
        def run(self) -> None:
            raise ValueError(f"a row of {secret}")

    careless = Careless()
    with qtbot.waitSignal(careless.finished, timeout=20000):
        careless.launch()

    # -- where the data must not be ---------------------------------------------------------
    printed = capfd.readouterr()
    log_text = app_log.read_text(encoding="utf-8")
    assert "incident" in log_text and "RuntimeError" in log_text and "ValueError" in log_text
    with db.reading() as session:
        trail = list(session.scalars(select(AuditEntry.changes)))
    # A file's name the user chose may be said back to him (a report of «X.xlsx»); nowhere else.
    own_names = {p.name for p in tmp_path.iterdir()}

    def echoed(text: str) -> str:
        for name in own_names:
            text = text.replace(name, "<file>")
        return text

    places = {
        "the log file": log_text,
        "the log records": caplog.text,
        "standard output": echoed(printed.out),
        "standard error": echoed(printed.err),
        "the messages shown": echoed("\n".join(shown)),
        "the audit trail": "\n".join(trail),
    }
    found = []
    for person in [*demo.people, *lists]:
        for form in _forms(person):
            if form in demo.public_words:
                continue  # a staff member's name as well: not a sign of the client
            for place, text in places.items():
                if form in text:
                    found.append(f"{form!r} in {place}")
    assert found == []
    assert migrate.check_known(db) is not None
