"""Foundation figures: cold start, demo database build, service call latency.

Run: ``.venv/bin/python benchmarks/bench_foundation.py [--large N] [--starts K] [--quick]``
(set COMMISSION_TEST_PG_URL to an empty PostgreSQL database to measure the server mode too).
Prints a table; asserts nothing.

The cold start is timed from before the process is started to the main window's first paint
after log-in (``startup_probe.py``), on the demo and on the demo copied up to N decisions
(``bench_decisions_register.multiply``), with a bare PySide6 window in the same run beside it:
the goal is 1.0 s and three times the bare window (issue 13). «Figures» is when the
dashboard's figures, read after the paint, are on the screen; «CPU» the process's CPU time at
the paint, which a busy machine inflates less than the wall clock.
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from sqlalchemy import create_engine, text
from sqlalchemy.engine import make_url

HERE = Path(__file__).resolve().parent
ROWS: list[tuple[str, str, str]] = []
REPEAT = {"n": 30}  # samples of a service call's median; a smoke run (--quick) takes a few


def row(what: str, value: str, note: str = "") -> None:
    ROWS.append((what, value, note))
    print(f"  {what:<52} {value:>12}  {note}", flush=True)


def median_ms(fn: Callable[[], object], repeat: int | None = None) -> float:
    fn()  # warm caches and connections
    samples = []
    for _ in range(min(repeat or REPEAT["n"], REPEAT["n"])):
        t0 = time.perf_counter()
        fn()
        samples.append((time.perf_counter() - t0) * 1000)
    return statistics.median(samples)


START_GOAL_S = 1.0
START_GOAL_RATIO = 3.0


@dataclass(frozen=True)
class Start:
    paint: float  # seconds from before the process started to the first paint
    filled: float | None  # ... to the dashboard's figures on the screen
    cpu: float  # the process's CPU seconds at the first paint
    late: str  # modules of exports or upgrades imported by the first paint («-»: none)


def probe_once(args: list[str]) -> Start:
    # Compiled bytecode, as an installed program has it, kept out of the source tree.
    env = {
        **{k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"},
        "QT_QPA_PLATFORM": "offscreen",
        "PYTHONPYCACHEPREFIX": str(Path(os.environ["COMMISSION_DATA_DIR"]) / "pycache"),
    }
    t0 = time.time()
    out = subprocess.run(
        [sys.executable, str(HERE / "startup_probe.py"), *args, "--filled"],
        capture_output=True,
        text=True,
        env=env,
        check=True,
    )
    report = dict(line.split(" ", 1) for line in out.stdout.splitlines() if " " in line)
    filled = report.get("filled", "-")
    return Start(
        paint=float(report["paint"]) - t0,
        filled=None if filled == "-" else float(filled) - t0,
        cpu=float(report.get("cpu", "nan")),
        late=report.get("modules", "-"),
    )


def cold_start(args: list[str], runs: int = 5) -> Start:
    """The median of ``runs`` fresh processes (paint, figures and CPU each their own median),
    after one not counted: it compiles the bytecode and the translations, and makes the day's
    backup, which the later starts of a day do not repeat."""
    if runs > 1:
        probe_once(args)
    starts = [probe_once(args) for _ in range(runs)]
    filled = [s.filled for s in starts if s.filled is not None]
    return Start(
        paint=statistics.median(s.paint for s in starts),
        filled=statistics.median(filled) if filled else None,
        cpu=statistics.median(s.cpu for s in starts),
        late=",".join(sorted({m for s in starts for m in s.late.split(",") if m != "-"})) or "-",
    )


def fresh_pg(url: str, name: str) -> str:
    engine = create_engine(make_url(url), isolation_level="AUTOCOMMIT")
    with engine.connect() as conn:
        conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        conn.execute(text(f'CREATE DATABASE "{name}"'))
    engine.dispose()
    return make_url(url).set(database=name).render_as_string(hide_password=False)


def measure_database(label: str, url: str, clients: int | None = None) -> None:
    from commission.db import migrate
    from commission.db.engine import Database
    from commission.domain.enums import AgencyKind
    from commission.services import agencies, auth, composition, demo
    from commission.services.context import Actor
    from commission.services.demo import DEFAULT_CLIENTS

    db = Database(url)
    t0 = time.perf_counter()
    migrate.upgrade(db)
    row(f"{label}: migrate empty database", f"{time.perf_counter() - t0:.2f} s")
    t0 = time.perf_counter()
    summary = demo.build_demo(
        db,
        Actor.command_line(),
        seed=1,
        today=date(2026, 11, 23),
        clients=clients or DEFAULT_CLIENTS,
    )
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
                kind=AgencyKind.NGO, name_ru=f"ОО «Тест {n}»", name_kk=f"ҚБ «Тест {n}»"
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


def large_database(
    label: str, url: str, decisions: int, clients: int | None, demo_file: Path | None = None
) -> str:
    """The demo copied up to ``decisions`` decisions (the register benchmark's generator);
    on SQLite it starts from a copy of the demo file ``demo_file`` instead of a new demo."""
    from bench_decisions_register import multiply  # run as a script: this folder is on the path
    from commission.db import migrate
    from commission.db.engine import Database
    from commission.services import demo
    from commission.services.context import Actor
    from commission.services.demo import DEFAULT_CLIENTS

    if demo_file is not None:
        target = make_url(url).database
        assert target is not None
        shutil.copy(demo_file, target)
    db = Database(url)
    if demo_file is None:
        migrate.upgrade(db)
        demo.build_demo(
            db,
            Actor.command_line(),
            seed=1,
            today=date(2026, 11, 23),
            clients=clients or DEFAULT_CLIENTS,
        )
    t0 = time.perf_counter()
    count = multiply(db, decisions)
    row(f"{label}: copy the demo up to {count:,} decisions", f"{time.perf_counter() - t0:.1f} s")
    db.dispose()
    return url


def start_rows(bare: Start, starts: dict[str, Start]) -> list[str]:
    """The cold-start table; returns the figures that miss their goal."""
    print()
    print(f"  {'cold start to the first paint after log-in':<44} {'paint':>7} {'× bare':>7}"
          f" {'figures':>8} {'CPU':>6}  imported early")  # fmt: skip
    print(f"  {'bare PySide6 QMainWindow':<44} {bare.paint:>6.2f}s {'1.0×':>7} {'':>8}"
          f" {bare.cpu:>5.2f}s")  # fmt: skip
    misses = []
    for what, start in starts.items():
        ratio = start.paint / bare.paint
        filled = f"{start.filled:.2f}s" if start.filled is not None else "-"
        goal = start.paint <= START_GOAL_S and ratio <= START_GOAL_RATIO and start.late == "-"
        if not goal:
            misses.append(what)
        print(
            f"  {what:<44} {start.paint:>6.2f}s {ratio:>6.1f}× {filled:>8} {start.cpu:>5.2f}s"
            f"  {start.late}{'' if goal else '   MISSES the goal'}"
        )
    print(f"  goal: ≤ {START_GOAL_S:.1f} s and ≤ {START_GOAL_RATIO:.0f}× bare, nothing of"
          " exports or Alembic imported")  # fmt: skip
    return misses


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument(
        "--large", type=int, default=100_000, metavar="N", help="decisions (0: no large database)"
    )
    parser.add_argument("--starts", type=int, default=5, help="cold starts per database")
    parser.add_argument("--quick", action="store_true", help="a smoke run on tiny sizes")
    args = parser.parse_args()
    clients = 20 if args.quick else None
    large = min(args.large, 500) if args.quick else args.large
    runs = 1 if args.quick else args.starts
    if args.quick:
        REPEAT["n"] = 2
    print("Commission foundation benchmark")
    print(f"  {'what':<52} {'median':>12}")
    with tempfile.TemporaryDirectory() as tmp:
        os.environ["COMMISSION_DATA_DIR"] = tmp
        urls = {"SQLite": f"sqlite:///{Path(tmp) / 'bench.sqlite3'}"}
        measure_database("SQLite", urls["SQLite"], clients)
        pg = os.environ.get("COMMISSION_TEST_PG_URL")
        if pg:
            urls["PostgreSQL"] = fresh_pg(pg, "commission_bench")
            measure_database("PostgreSQL", urls["PostgreSQL"], clients)
        large_urls: dict[str, str] = {}
        if large:
            large_urls["SQLite"] = large_database(
                "SQLite",
                f"sqlite:///{Path(tmp) / 'large.sqlite3'}",
                large,
                clients,
                demo_file=Path(tmp) / "bench.sqlite3",
            )
            if pg:
                large_urls["PostgreSQL"] = large_database(
                    "PostgreSQL", fresh_pg(pg, "commission_bench_large"), large, clients
                )
        bare = cold_start(["bare"], runs)
        starts: dict[str, Start] = {}
        for engine, url in urls.items():
            starts[f"{engine}, demo"] = cold_start(["commission", url], runs)
            if engine in large_urls:
                starts[f"{engine}, {large:,} decisions"] = cold_start(
                    ["commission", large_urls[engine]], runs
                )
        misses = start_rows(bare, starts)
        print(f"  missing the goal: {', '.join(misses)}" if misses else "  every start meets it")


if __name__ == "__main__":
    main()
