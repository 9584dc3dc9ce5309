"""``commission --self-test``: prove that this installation works, without touching real data.

It runs what a secretary's first day needs on a temporary SQLite database: migrations, the demo
commission, the log-in of the demo secretary, the main window with every area (offscreen when no
display is asked for), the minutes as .docx in Russian and Kazakh and the control register as
.xlsx, each read back and checked. Everything — database, settings, logs, exports — lives in a
temporary folder that is removed afterwards. One line per check; the exit code is 0 only when
every check passed. CI runs it in the built bundle; an administrator can run it on an office PC.
"""

from __future__ import annotations

import io
import os
import sys
import tempfile
import time
import traceback
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any, TextIO

from commission import __version__
from commission.db.engine import Database

DEMO_CLIENTS = 30  # enough for cases and exports; the full demo's 300 only cost time here
DATA_ENV = "COMMISSION_DATA_DIR"
URL_ENV = "COMMISSION_DATABASE_URL"


class CheckFailed(Exception):
    """A check found something wrong; the text says what."""


def expect(condition: bool, reason: str) -> None:
    if not condition:
        raise CheckFailed(reason)


@dataclass
class Outcome:
    name: str
    ok: bool
    detail: str


@dataclass
class _State:
    folder: Path
    # This computer's real backup folder and database, read before the environment is
    # isolated: the latest backup is opened read-only to prove that it can be restored.
    backup_folder: Path | None = None
    database_url: str = ""
    db: Database | None = None
    actor: Any = None  # services.context.Actor of the demo secretary
    meeting_id: int | None = None
    meeting_number: int | None = None
    results: list[Outcome] = field(default_factory=list)


@contextmanager
def _isolated_environment(folder: Path) -> Iterator[None]:
    """Settings, logs, backups and the translation cache go to ``folder``, never the user's."""
    saved = {name: os.environ.get(name) for name in (DATA_ENV, URL_ENV)}
    os.environ[DATA_ENV] = str(folder / "data")
    os.environ.pop(URL_ENV, None)
    try:
        yield
    finally:
        for name, value in saved.items():
            if value is None:
                os.environ.pop(name, None)
            else:
                os.environ[name] = value


def _application() -> Any:
    # Without a display (CI, a service account) Qt must not try to open one; a platform the
    # caller chose (xcb under Xvfb, windows) is kept.
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance() or QApplication(sys.argv[:1])
    return app


# --- the checks ---------------------------------------------------------------------------


def check_database(state: _State) -> str:
    from commission.db import migrate

    state.db = Database(f"sqlite:///{state.folder / 'selftest.sqlite3'}")
    result = migrate.upgrade(state.db)
    expect(migrate.current_revision(state.db) == migrate.head_revision(), "schema not at head")
    return f"migrated to {result.after}"


def check_demo(state: _State) -> str:
    from commission.services.context import Actor
    from commission.services.demo import build_demo

    assert state.db is not None
    summary = build_demo(state.db, Actor.command_line(), seed=1, clients=DEMO_CLIENTS)
    expect(summary.meetings > 0 and summary.decisions > 0, "the demo has no meetings")
    return f"{summary.meetings} meetings, {summary.decisions} decisions"


def check_login(state: _State) -> str:
    from commission.domain.enums import Role
    from commission.services import auth
    from commission.services.demo import DEMO_PASSWORD

    assert state.db is not None
    state.actor = auth.login(state.db, "secretary", DEMO_PASSWORD)
    expect(state.actor.role == Role.SECRETARY, f"logged in as {state.actor.role}")
    return "demo secretary"


def check_translations(state: _State) -> str:
    from PySide6.QtCore import QTranslator

    from commission import i18n

    _application()
    found = []
    for domain in ("commission", "documents"):
        for language in ("ru", "kk"):
            path = i18n.qm_path(language, domain)
            expect(path is not None, f"no compiled translation {domain}_{language}")
            assert path is not None
            translator = QTranslator()
            expect(translator.load(str(path)), f"{path.name} does not load")
            expect(not translator.isEmpty(), f"{path.name} is empty")
            found.append(path.name)
    i18n.install("ru")
    return ", ".join(found)


def check_main_window(state: _State) -> str:
    from PySide6.QtCore import QCoreApplication
    from PySide6.QtGui import QImage

    from commission import settings as local_settings
    from commission.ui.context import AppContext
    from commission.ui.main_window import MainWindow

    assert state.db is not None and state.actor is not None
    app = _application()
    ctx = AppContext(state.db, state.actor)
    window = MainWindow(ctx, local_settings.LocalSettings())
    try:
        window.show()
        for row in range(window.nav.count()):  # every area is built and painted once
            window.nav.setCurrentRow(row)
            QCoreApplication.processEvents()
        window.nav.setCurrentRow(0)
        QCoreApplication.processEvents()
        image = window.grab().toImage().convertToFormat(QImage.Format.Format_RGB32)
        expect(not image.isNull() and image.width() > 100, "the window painted nothing")
        colours = {
            image.pixel(x, y)
            for x in range(0, image.width(), 7)
            for y in range(0, image.height(), 7)
        }
        expect(len(colours) > 8, "the window is blank")
        expect(not ctx.open_messages(), f"the areas reported: {ctx.open_messages()}")
        image.save(str(state.folder / "main-window.png"))
        size = f"{image.width()}×{image.height()}"
        return f"{window.nav.count()} areas, {size} ({app.platformName()})"
    finally:
        window.close()
        window.deleteLater()
        QCoreApplication.processEvents()


def _chosen_meeting(state: _State) -> tuple[int, int]:
    from commission.services import overview

    assert state.db is not None
    rows = overview.list_meetings(state.db, state.actor)
    expect(bool(rows), "no meetings to export")
    best = max(rows, key=lambda r: (r.decisions, -r.id))
    return best.id, best.number


def _docx_text(path: Path) -> str:
    import docx

    document = docx.Document(str(path))
    cells = [c.text for t in document.tables for row in t.rows for c in row.cells]
    return "\n".join([p.text for p in document.paragraphs] + cells).replace("\xa0", " ")


def check_minutes_docx(state: _State) -> str:
    from commission.exports.files import write_bytes_safely
    from commission.exports.minutes_docx import minutes_docx
    from commission.services import minutes

    assert state.db is not None
    meeting_id, number = _chosen_meeting(state)
    ctx = minutes.minutes_context(state.db, state.actor, meeting_id)
    expected = {"ru": ("ПРОТОКОЛ", "ПОСТАНОВИЛИ"), "kk": ("ХАТТАМАСЫ",)}
    sizes = []
    for language, words in expected.items():
        target = state.folder / f"minutes-{number}-{language}.docx"
        write_bytes_safely(target, minutes_docx(ctx, language, None))
        text = _docx_text(target)
        for word in words:
            expect(word in text, f"«{word}» missing from the {language} minutes")
        expect(f"№ {number}" in text, f"the number {number} missing from the {language} minutes")
        sizes.append(f"{language} {target.stat().st_size // 1024} KB")
    return f"meeting No. {number}: " + ", ".join(sizes)


def _plain(value: object) -> str:
    """A sheet holds ordinary spaces where documents keep no-break ones."""
    return str(value).replace("\xa0", " ")


def check_register_xlsx(state: _State) -> str:
    import openpyxl

    from commission.exports import catalog
    from commission.exports.control_register_xlsx import control_register_xlsx
    from commission.exports.files import write_bytes_safely
    from commission.exports.wording import Wording
    from commission.services import control_registers

    assert state.db is not None
    today = date.today()
    rows = control_registers.register_rows(state.db, state.actor, today)
    table = control_registers.discipline(state.db, state.actor, today.year, today=today)
    expect(bool(rows), "the control register is empty")
    target = state.folder / "control-register.xlsx"
    write_bytes_safely(target, control_register_xlsx(rows, table, today, today.year, "ru"))
    workbook = openpyxl.load_workbook(target)
    try:
        sheet = workbook.worksheets[0]
        expect(len(workbook.worksheets) == 2, "the discipline sheet is missing")
        expect(sheet.max_row == len(rows) + 1, f"{sheet.max_row - 1} rows for {len(rows)}")
        header = Wording("ru").text(catalog.COL_MEETING_NUMBER)
        expect(header != catalog.COL_MEETING_NUMBER, "the register's header is not in Russian")
        expect(_plain(sheet.cell(row=1, column=2).value) == _plain(header), "wrong header row")
        first = _plain(sheet.cell(row=2, column=4).value)
        expect(first == _plain(rows[0].text), "the first decision is wrong")
    finally:
        workbook.close()
    return f"{len(rows)} decisions, {len(table)} discipline rows"


def check_case_forms(state: _State) -> str:
    """The declension libraries find their rules and dictionary (data files in a bundle)."""
    del state
    from commission.domain.declension import Case, decline_name, decline_position

    name = decline_name("Нурланова А. Е.", Case.ACCUSATIVE)
    expect(name == "Нурланову А. Е.", f"the petrovich rules give «{name}»")
    position = decline_position("начальник отдела полиции", Case.DATIVE)
    expect(position == "начальнику отдела полиции", f"the dictionary gives «{position}»")
    return f"{name}, {position}"


def check_backup(state: _State) -> str:
    """A backup of the self-test database opens and holds its meetings; then this computer's
    latest real backup opens, read-only, at a schema this program knows."""
    import sqlite3

    from commission.db import dump, migrate
    from commission.services import backup

    assert state.db is not None
    made = backup.write_backup(state.db, state.folder / "backups", backup.MANUAL)
    info = dump.inspect_file(made)
    expect(info.revision == migrate.head_revision(), f"the backup is at {info.revision}")
    copy = sqlite3.connect(f"{made.resolve().as_uri()}?mode=ro", uri=True)
    try:
        meetings = copy.execute("SELECT count(*) FROM meetings").fetchone()[0]
    finally:
        copy.close()
    expect(meetings > 0, "the backup holds no meetings")
    detail = f"a copy of {made.stat().st_size // 1024} KB with {meetings} meetings"
    if state.backup_folder is None or not state.database_url:
        return detail
    latest = backup.last_backup(state.backup_folder, state.database_url)
    if latest is None:
        return f"{detail}; no backup of this computer's database yet"
    real = dump.inspect_file(latest.path)
    expect(real.revision is not None, f"{latest.path} holds no Commission schema")
    expect(
        real.revision in migrate.known_revisions(),
        f"{latest.path} is at schema {real.revision}, unknown to this version",
    )
    if real.engine is dump.Engine.SQLITE:
        conn = sqlite3.connect(f"{latest.path.resolve().as_uri()}?mode=ro", uri=True)
        try:
            verdict = conn.execute("PRAGMA quick_check").fetchone()[0]
        finally:
            conn.close()
        expect(verdict == "ok", f"{latest.path} is damaged: {verdict}")
    return f"{detail}; the latest backup {latest.path.name} opens"


CHECKS: tuple[tuple[str, Callable[[_State], str]], ...] = (
    ("database", check_database),
    ("demo data", check_demo),
    ("log-in", check_login),
    ("translations", check_translations),
    ("Russian case forms", check_case_forms),
    ("main window", check_main_window),
    ("minutes .docx", check_minutes_docx),
    ("control register .xlsx", check_register_xlsx),
    ("backup", check_backup),
)
# A failed check makes the ones that need its result pointless; they are reported, not run.
NEEDS = {"demo data": "database", "log-in": "demo data", "main window": "log-in"}
NEEDS |= {"minutes .docx": "log-in", "control register .xlsx": "log-in", "backup": "demo data"}


def line(outcome: Outcome) -> str:
    """``ok      name: detail`` or ``FAILED  name: reason``: one line, easy to grep in a log."""
    return f"{'ok' if outcome.ok else 'FAILED':<8}{outcome.name}: {outcome.detail}"


def run(out: TextIO | None = None) -> list[Outcome]:
    """Run every check, printing one line each to ``out`` (standard output by default)."""
    stream = out if out is not None else sys.stdout
    started = time.perf_counter()

    def say(text: str) -> None:
        if stream is not None:  # a windowed Windows program has no standard output
            print(text, file=stream, flush=True)

    say(f"Commission {__version__} self-test")
    with tempfile.TemporaryDirectory(prefix="commission-selftest-") as tmp:
        folder = Path(tmp)
        state = _State(folder)
        state.backup_folder, state.database_url = _real_backups()
        with _isolated_environment(folder):
            try:
                failed: set[str] = set()
                for name, check in CHECKS:
                    needed = NEEDS.get(name)
                    if needed in failed:
                        outcome = Outcome(name, False, f"not run: «{needed}» failed")
                    else:
                        outcome = _run_one(name, check, state)
                    if not outcome.ok:
                        failed.add(name)
                    state.results.append(outcome)
                    say(line(outcome))
            finally:
                if state.db is not None:
                    state.db.dispose()
    bad = sum(not r.ok for r in state.results)
    elapsed = time.perf_counter() - started
    say(f"{'passed' if not bad else f'{bad} FAILED'} in {elapsed:.1f} s")
    return state.results


def _real_backups() -> tuple[Path | None, str]:
    """This computer's backup folder and database address, from its settings; never fatal."""
    try:
        from commission import settings as local_settings
        from commission.db.engine import resolve_url
        from commission.services import backup

        config = local_settings.load()
        return backup.folder_of(config.backup_folder), resolve_url(None, config.database_url)
    except Exception:  # the self-test reports on the installation, whatever the settings hold
        return None, ""


def _run_one(name: str, check: Callable[[_State], str], state: _State) -> Outcome:
    try:
        return Outcome(name, True, check(state))
    except CheckFailed as exc:
        return Outcome(name, False, str(exc))
    except Exception as exc:  # the self-test exists to report exactly these
        # The database holds only the invented demo, so the message may be shown: it is what
        # tells a missing module or file in a bundle apart from a bug.
        where = traceback.extract_tb(exc.__traceback__)[-1]
        place = f"{Path(where.filename).name}:{where.lineno}"
        return Outcome(name, False, f"{type(exc).__name__} at {place}: {exc}"[:400])


def report_path() -> Path:
    """Where a windowed program (commission.exe has no standard output) leaves its report."""
    from commission.db.engine import data_dir

    return data_dir() / "logs" / "self-test.txt"


def main() -> int:
    windowed = sys.stdout is None
    report = io.StringIO()
    results = run(report if windowed else None)
    passed = bool(results) and all(r.ok for r in results)
    if windowed:  # «start /wait commission.exe --self-test» gives the exit code; this the why
        target = report_path()
        try:
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_text(report.getvalue(), encoding="utf-8")
        except OSError:
            pass  # the exit code still tells
    return 0 if passed else 1
