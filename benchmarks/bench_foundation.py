"""Foundation figures: cold start, demo database build, service call latency.

Run: ``.venv/bin/python benchmarks/bench_foundation.py`` (set COMMISSION_TEST_PG_URL to an
empty PostgreSQL database to measure the server mode too). Prints a table; asserts nothing.
"""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import date
from pathlib import Path

from sqlalchemy import create_engine, text
from sqlalchemy.engine import make_url

HERE = Path(__file__).resolve().parent
ROWS: list[tuple[str, str, str]] = []


def row(what: str, value: str, note: str = "") -> None:
    ROWS.append((what, value, note))
    print(f"  {what:<52} {value:>12}  {note}", flush=True)


def median_ms(fn: Callable[[], object], repeat: int = 30) -> float:
    fn()  # warm caches and connections
    samples = []
    for _ in range(repeat):
        t0 = time.perf_counter()
        fn()
        samples.append((time.perf_counter() - t0) * 1000)
    return statistics.median(samples)


def cold_start(args: list[str], runs: int = 5) -> float:
    times = []
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    for _ in range(runs):
        t0 = time.perf_counter()
        out = subprocess.run(
            [sys.executable, str(HERE / "startup_probe.py"), *args],
            capture_output=True,
            text=True,
            env=env,
            check=True,
        )
        del out
        times.append(time.perf_counter() - t0)
    return statistics.median(times)


def fresh_pg(url: str, name: str) -> str:
    engine = create_engine(make_url(url), isolation_level="AUTOCOMMIT")
    with engine.connect() as conn:
        conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        conn.execute(text(f'CREATE DATABASE "{name}"'))
    engine.dispose()
    return make_url(url).set(database=name).render_as_string(hide_password=False)


def measure_database(label: str, url: str) -> None:
    from commission.db import migrate
    from commission.db.engine import Database
    from commission.services import agencies, auth, composition, demo
    from commission.services.context import Actor

    db = Database(url)
    t0 = time.perf_counter()
    migrate.upgrade(db)
    row(f"{label}: migrate empty database", f"{time.perf_counter() - t0:.2f} s")
    t0 = time.perf_counter()
    summary = demo.build_demo(db, Actor.command_line(), seed=1, today=date(2026, 11, 23))
    row(
        f"{label}: demo database build",
        f"{time.perf_counter() - t0:.2f} s",
        f"{summary.clients} clients, {summary.decisions} decisions",
    )
    actor = auth.login(db, "secretary", "demo-demo")
    row(
        f"{label}: log in (argon2id verify)",
        f"{median_ms(lambda: auth.login(db, 'secretary', 'demo-demo'), 5):.1f} ms",
    )
    row(f"{label}: list agencies", f"{median_ms(lambda: agencies.list_agencies(db, actor)):.2f} ms")
    row(
        f"{label}: composition on a date",
        f"{median_ms(lambda: composition.list_members(db, actor, date(2026, 6, 1))):.2f} ms",
    )
    counter = iter(range(10_000))

    def create() -> None:
        n = next(counter)
        agencies.create_agency(
            db,
            actor,
            agencies.AgencyData(
                kind=agencies.AgencyKind.NGO, name_ru=f"ОО «Тест {n}»", name_kk=f"ҚБ «Тест {n}»"
            ),
        )

    row(f"{label}: create agency (+ audit entry)", f"{median_ms(create):.2f} ms")
    view = agencies.list_agencies(db, actor)[0]
    state = {"v": view.version}

    def update() -> None:
        data = agencies.AgencyData(
            kind=view.kind,
            name_ru=view.name_ru,
            name_kk=view.name_kk,
            phone=str(time.perf_counter_ns()),
        )
        state["v"] = agencies.update_agency(db, actor, view.id, state["v"], data).version

    row(f"{label}: update agency (version check + audit)", f"{median_ms(update):.2f} ms")
    from commission.services import audit

    t0 = time.perf_counter()
    result = audit.verify(db)
    row(
        f"{label}: audit verify",
        f"{(time.perf_counter() - t0) * 1000:.0f} ms",
        f"{result.checked} entries",
    )
    db.dispose()


def main() -> None:
    print("Commission foundation benchmark")
    print(f"  {'what':<52} {'median':>12}")
    with tempfile.TemporaryDirectory() as tmp:
        os.environ["COMMISSION_DATA_DIR"] = tmp
        sqlite_url = f"sqlite:///{Path(tmp) / 'bench.sqlite3'}"
        measure_database("SQLite", sqlite_url)
        pg = os.environ.get("COMMISSION_TEST_PG_URL")
        if pg:
            measure_database("PostgreSQL", fresh_pg(pg, "commission_bench"))
        bare = cold_start(["bare"])
        real = cold_start(["commission", sqlite_url])
        row("cold start: bare PySide6 window shown", f"{bare:.2f} s", "new process, offscreen")
        row(
            "cold start: Commission main window shown",
            f"{real:.2f} s",
            f"{real / bare:.1f}× bare; includes log-in",
        )


if __name__ == "__main__":
    main()
