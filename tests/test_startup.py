"""Start-up that does not wait: the window paints before anything only exports or schema
upgrades need is imported, and a current schema is recognised without Alembic (issue 13).

The first-paint checks run ``benchmarks/startup_probe.py`` — the launcher's own path, log-in
included — in a fresh interpreter, which is also the smoke run of that benchmark's probe.
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
import time
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import text

from commission.db import migrate
from commission.db.engine import Database
from commission.services.context import Actor
from commission.services.demo import build_demo
from tests import migration_steps

ROOT = Path(__file__).resolve().parents[1]
PROBE = ROOT / "benchmarks" / "startup_probe.py"
LATE_PACKAGES = ("openpyxl", "docx", "lxml", "alembic", "mako", "pygments", "python_calamine")


def _run(args: list[str], data_dir: Path) -> subprocess.CompletedProcess[str]:
    # SQLite only: the benchmark's smoke run would otherwise build its PostgreSQL databases too.
    env = {
        **{k: v for k, v in os.environ.items() if k != "COMMISSION_TEST_PG_URL"},
        "QT_QPA_PLATFORM": "offscreen",
        "COMMISSION_DATA_DIR": str(data_dir),
        "PYTHONPATH": os.pathsep.join([str(ROOT / "src"), os.environ.get("PYTHONPATH", "")]),
    }
    return subprocess.run(
        [sys.executable, *args], capture_output=True, text=True, env=env, timeout=120, check=False
    )


@pytest.fixture(scope="module")
def demo_url(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    url = f"sqlite:///{tmp_path_factory.mktemp('start') / 'demo.sqlite3'}"
    db = Database(url)
    migrate.upgrade(db)
    build_demo(db, Actor.command_line(), seed=1, today=date(2026, 11, 24), clients=20)
    db.dispose()
    yield url


def test_head_revision_is_the_newest_migration() -> None:
    # Move migrate.HEAD_REVISION to the new revision when adding a migration: a start compares
    # the database with it, without reading the migration scripts.
    assert migrate.head_revision() == migrate.HEAD_REVISION


def test_a_current_schema_is_checked_without_alembic(demo_url: str, tmp_path: Path) -> None:
    code = (
        "import sys\n"
        "from commission.db import migrate\n"
        "from commission.db.engine import Database\n"
        f"db = Database({demo_url!r}, create=False)\n"
        "result = migrate.upgrade(db)\n"
        "assert result.before == result.after == migrate.HEAD_REVISION, result\n"
        "migrate.ensure_current(db)\n"
        "print(sorted(m for m in sys.modules if m.split('.')[0] in ('alembic', 'mako')))\n"
    )
    done = _run(["-c", code], tmp_path)
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "[]"


def test_an_older_schema_is_still_upgraded(db: Database) -> None:
    """The quick check must not take an older database for a current one."""
    migration_steps.downgrade(db, "-1")
    older = migrate.current_revision(db)
    assert older is not None and older != migrate.HEAD_REVISION
    result = migrate.upgrade(db)
    assert (result.before, result.after) == (older, migrate.HEAD_REVISION)
    assert migrate.current_revision(db) == migrate.HEAD_REVISION


def test_a_database_without_a_schema_has_no_revision(db: Database) -> None:
    migration_steps.downgrade(db, "base")
    assert migrate.current_revision(db) is None  # the version table, empty
    with db.engine.begin() as conn:
        conn.execute(text("DROP TABLE alembic_version"))
    assert migrate.current_revision(db) is None  # no version table at all
    assert migrate.check_known(db) is None
    assert migrate.upgrade(db).after == migrate.HEAD_REVISION


def test_the_officers_window_paints_before_export_and_upgrade_modules_load(
    demo_url: str, tmp_path: Path
) -> None:
    """The probation officer's home screen, his cases (the secretary's dashboard: the
    benchmark's smoke run below)."""
    started = time.time()
    done = _run([str(PROBE), "commission", demo_url, "officer", "--filled"], tmp_path)
    assert done.returncode == 0, done.stderr
    report = dict(line.split(" ", 1) for line in done.stdout.splitlines())
    assert report["modules"] == "-", f"imported before the first paint: {report['modules']}"
    assert float(report["paint"]) > started
    assert set(report) == {"paint", "cpu", "modules", "filled"}


def test_no_area_imports_the_writers_before_it_is_used(tmp_path: Path) -> None:
    """Whichever area the user left open last is built before the first paint: none of them
    may import a document writer or Alembic as a module (they do so when a file is asked for).
    """
    areas = (ROOT / "src" / "commission" / "ui" / "areas.py").read_text(encoding="utf-8")
    modules = re.findall(r"^\s+from (commission\.ui\.[\w.]+) import", areas, re.M)
    assert len(modules) >= 8
    code = (
        "import importlib, sys\n"
        "from commission.ui import early_login\n"
        "for name in (*early_login.DATA_MODULES, *early_login.WINDOW_MODULES,"
        f" *{modules!r}):\n"
        "    importlib.import_module(name)\n"
        f"late = {{m.split('.')[0] for m in sys.modules}} & set({LATE_PACKAGES!r})\n"
        "print(sorted(late))\n"
    )
    done = _run(["-c", code], tmp_path)
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "[]"


def test_the_foundation_benchmark_runs(tmp_path: Path) -> None:
    """Its smoke run, on tiny sizes: the cold starts are measured and tabled beside bare."""
    done = _run([str(ROOT / "benchmarks" / "bench_foundation.py"), "--quick"], tmp_path)
    assert done.returncode == 0, done.stderr
    assert "bare PySide6 QMainWindow" in done.stdout
    for start in ("SQLite, demo", "SQLite, 500 decisions"):
        found = re.search(rf"^  {start}\s+\S+s\s+\S+×\s+\S+\s+\S+s  (\S+)", done.stdout, re.M)
        assert found is not None, done.stdout
        # The secretary's dashboard painted before anything of exports or Alembic was imported.
        assert found.group(1) == "-", found.group(0)
