"""Issue 13's table in one run: each figure beside its bare baseline and its goal, misses marked.

Builds the large demo (``services/demo/large.py``, as ``commission-admin demo --large`` does) at
two sizes, on SQLite and, when COMMISSION_TEST_PG_URL is set, on PostgreSQL (it makes and drops
its own databases next to that one), and measures on each:

* cold start to the main window painted after log-in (a new process), against a bare
  QMainWindow painted; and the same without the reminders, to see what they delay;
* the decisions register's first screen: area built, shown and painted (``speed_probe``);
* the control register of every commission of the oblast as .xlsx, against openpyxl's bare
  write-only loop over the same cells: the writer alone, and end to end from the database;
* client search, first page of the best matches, median and worst of the queries, for the
  district secretary, the probation officer and the oblast's secretary (on ``--clients``
  clients: a million by default, built once per engine by ``bench_clients.populate``);
* peak memory of a process that opened every area and scrolled every list to its end.

Run: ``.venv/bin/python benchmarks/bench_speed.py [--sizes 10000,100000] [--clients 1000000]``;
``--quick`` is the tests' smoke run. Prints the table; asserts nothing.
"""

from __future__ import annotations

import argparse
import io
import os
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "src"))

from bench_clients import QUERIES, drop_pg, fresh_pg, populate

HERE = Path(__file__).resolve().parent
TODAY = date(2026, 11, 23)  # the demo's Monday
PAGE = 50  # rows the clients list shows at once
PASSWORD = "demo-demo"


@dataclass
class Figure:
    name: str
    value: float
    unit: str
    bare: float | None = None  # the bare library's figure in the same run
    goal: Callable[[Figure], bool] | None = None
    goal_text: str = ""
    note: str = ""

    @property
    def missed(self) -> bool:
        return self.goal is not None and not self.goal(self)

    def ratio(self) -> float | None:
        return self.value / self.bare if self.bare else None


@dataclass
class Run:
    engine: str
    size: int
    figures: list[Figure] = field(default_factory=list)


def median_of(fn: Callable[[], float], repeat: int) -> float:
    return statistics.median(fn() for _ in range(repeat))


def timed_ms(fn: Callable[[], object], repeat: int) -> list[float]:
    fn()  # warm caches and connections
    samples = []
    for _ in range(repeat):
        t0 = time.perf_counter()
        fn()
        samples.append((time.perf_counter() - t0) * 1000)
    return samples


def probe(*args: str) -> float:
    """One figure from a fresh process (``speed_probe.py``)."""
    out = subprocess.run(
        [sys.executable, str(HERE / "speed_probe.py"), *args],
        capture_output=True,
        text=True,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
        check=True,
        timeout=1800,
    )
    return float(out.stdout.strip().splitlines()[-1])


# --- databases --------------------------------------------------------------------------------


def shape(size: int, quick: bool) -> dict[str, int]:
    """The large demo's shape for ``size`` decisions: fewer districts for a smaller oblast,
    always ten years (two in a smoke run), 50,000 clients at 100,000 decisions."""
    from commission.services.demo import large

    if quick:
        return {"districts": 2, "years": 2, "clients": 200, "meetings_per_year": 4}
    share = size / 100_000
    return {
        "districts": max(2, round(large.LARGE_DISTRICTS * share)),
        "years": large.LARGE_YEARS,
        "clients": max(1_000, round(large.LARGE_CLIENTS * share)),
        "meetings_per_year": large.LARGE_MEETINGS_PER_YEAR,
    }


def build(url: str, size: int, quick: bool) -> tuple[Any, str, int]:
    from commission.db import migrate
    from commission.db.engine import Database
    from commission.services.demo import large

    db = Database(url)
    migrate.upgrade(db)
    t0 = time.perf_counter()
    built = large.build(db, today=TODAY, **shape(size, quick))
    counts = ", ".join(f"{n} {v:,}" for n, v in built.counts.items())
    note = f"built in {time.perf_counter() - t0:.0f} s: {counts}"
    return db, note, built.counts["clients"]


@dataclass(frozen=True)
class Logins:
    secretary: str  # a district's secretary
    officer: str  # that district's probation officer
    oblast: str  # the oblast's secretary
    commissions: tuple[int, ...]  # every commission: the oblast's register of them all


def logins(db: Any) -> Logins:
    from sqlalchemy import select

    from commission.db.models import AdminUnit, Commission, User, UserCommission
    from commission.domain.enums import AdminLevel

    with db.reading() as s:
        oblast = s.scalars(
            select(Commission.id)
            .join(AdminUnit, Commission.admin_unit_id == AdminUnit.id)
            .where(AdminUnit.level == AdminLevel.OBLAST)
        ).first()
        login = s.scalars(
            select(User.login)
            .join(UserCommission, UserCommission.user_id == User.id)
            .where(UserCommission.commission_id == oblast, User.login.like("secretary%"))
        ).first()
        commissions = tuple(s.scalars(select(Commission.id).order_by(Commission.id)))
    return Logins("secretary", "officer", login or "secretary", commissions)


def actor(db: Any, login: str) -> Any:
    from commission.services import auth

    return auth.login(db, login, PASSWORD)


# --- figures ----------------------------------------------------------------------------------


def probe_waits(url: str, login: str) -> tuple[float, float]:
    """A real start (``speed_probe launch``): (process start → log-in painted, «Log in» →
    main window painted)."""
    out = subprocess.run(
        [sys.executable, str(HERE / "speed_probe.py"), "launch", url, login],
        capture_output=True,
        text=True,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
        check=True,
        timeout=1800,
    )
    first, second = out.stdout.strip().splitlines()[-2].split()
    return float(first), float(second)


def password_check_s(runs: int) -> float:
    """The bare library's floor of a log-in: one argon2 check with the program's hasher."""
    from argon2 import PasswordHasher

    hasher = PasswordHasher()
    stored = hasher.hash("demo-demo")
    return median_of(lambda: _timed_s(lambda: hasher.verify(stored, "demo-demo")), runs)


def _timed_s(fn: Callable[[], object]) -> float:
    t0 = time.perf_counter()
    fn()
    return time.perf_counter() - t0


def start_figures(url: str, login: str, runs: int) -> list[Figure]:
    bare = median_of(lambda: probe("bare"), runs)
    waits = [probe_waits(url, login) for _ in range(runs)]
    to_login = statistics.median(w[0] for w in waits)
    after_ok = statistics.median(w[1] for w in waits)
    check = password_check_s(max(runs, 3))
    with_reminders = median_of(lambda: probe("start", url, login), runs)
    without = median_of(lambda: probe("start", url, login, "--no-reminders"), runs)
    delay = max(0.0, with_reminders - without)
    return [
        Figure(
            "cold start: the user's two waits (log-in painted + after «Войти»)",
            to_login + after_ok,
            "s",
            bare,
            lambda f: f.value <= 1.0 and (f.ratio() or 0) <= 3.0,
            "≤ 1.0 s and ≤ 3× bare",
            f"{(to_login + after_ok) / (bare + check):.1f}× bare window + password check",
        ),
        Figure(
            "  log-in window painted, from the process start",
            to_login,
            "s",
            bare,
            lambda f: (f.ratio() or 0) <= 3.0,
            "≤ 3× bare",
        ),
        Figure(
            "  «Войти» pressed to the main window painted",
            after_ok,
            "s",
            check,
            lambda f: f.value <= 1.0,
            "≤ 1.0 s",
            "bare = one argon2 password check",
        ),
        Figure(
            "start with no one typing (log-in done by the probe)",
            with_reminders,
            "s",
            bare,
            None,
            "",
            f"{without:.2f} s without the reminders",
        ),
        Figure(
            "reminders at start: first paint waits",
            delay,
            "s",
            None,
            lambda f: f.value <= 0.1,
            "never delays (≤ 0.1 s)",
        ),
    ]


def register_figure(url: str, login: str, runs: int) -> Figure:
    value = median_of(lambda: probe("register", url, login), runs)
    return Figure(
        "decisions register first screen (built, shown, painted)",
        value,
        "ms",
        None,
        lambda f: f.value <= 100,
        "≤ 100 ms",
    )


def export_figures(db: Any, oblast: Any, commissions: tuple[int, ...]) -> list[Figure]:
    from openpyxl import Workbook

    from commission.exports import control_register_xlsx as writer
    from commission.exports.wording import Wording
    from commission.services import control_registers

    t0 = time.perf_counter()
    rows = list(control_registers.register_stream(db, oblast, TODAY, commission_ids=commissions))
    read = time.perf_counter() - t0
    table = control_registers.discipline(db, oblast, TODAY.year, TODAY, commission_ids=commissions)
    words = writer._RegisterWords(Wording("ru"))
    cells = [writer._register_values(r, words) for r in rows]

    def bare() -> float:
        t = time.perf_counter()
        book = Workbook(write_only=True)
        sheet = book.create_sheet()
        for values in cells:
            sheet.append(values)
        book.save(io.BytesIO())
        return time.perf_counter() - t

    def ours() -> float:
        t = time.perf_counter()
        writer.control_register_xlsx(rows, table, TODAY, TODAY.year, "ru")
        return time.perf_counter() - t

    def end_to_end() -> float:
        t = time.perf_counter()
        stream: Iterator[Any] = control_registers.register_stream(
            db, oblast, TODAY, commission_ids=commissions
        )
        writer.control_register_xlsx(stream, table, TODAY, TODAY.year, "ru")
        return time.perf_counter() - t

    # Alternated, so that a busy moment of the machine falls on both.
    bares, ourses = [], []
    for _ in range(3):
        bares.append(bare())
        ourses.append(ours())
    floor, written = min(bares), min(ourses)
    whole = end_to_end()
    return [
        Figure(
            f"control register .xlsx, {len(rows):,} rows: the writer",
            written,
            "s",
            floor,
            lambda f: (f.ratio() or 0) <= 1.3,
            "≤ 1.3× bare write-only loop",
        ),
        Figure(
            f"control register .xlsx, {len(rows):,} rows: end to end",
            whole,
            "s",
            floor,
            None,
            "",
            f"rows read alone {read:.1f} s",
        ),
    ]


def search_figures(db: Any, actors: dict[str, Any], clients: int, repeat: int) -> list[Figure]:
    from commission.services import registers

    figures = []
    for who, person in actors.items():
        medians: dict[str, float] = {}
        for query in QUERIES:

            def search(a: Any = person, q: str = query) -> None:
                found = registers.find_clients(db, a, q)
                registers.client_rows(db, a, found.ids[:PAGE])

            medians[query] = statistics.median(timed_ms(search, repeat))
        worst = max(medians, key=lambda q: medians[q])
        figures.append(
            Figure(
                f"client search at {clients:,} clients, {who}: median",
                statistics.median(medians.values()),
                "ms",
                None,
                lambda f: f.value <= 30,
                "≤ 30 ms",
                f"worst «{worst}» {medians[worst]:.1f} ms",
            )
        )
    return figures


def memory_figure(url: str, login: str) -> Figure:
    return Figure(
        "peak memory, every list scrolled to the end",
        probe("memory", url, login),
        "MB",
        None,
        lambda f: f.value <= 300,
        "≤ 300 MB",
    )


# --- a run ------------------------------------------------------------------------------------


def measure(engine: str, url: str, size: int, args: argparse.Namespace) -> Run:
    run = Run(engine, size)
    db, note, clients = build(url, size, args.quick)
    print(f"  {engine} {size:,}: {note}", flush=True)
    who = logins(db)
    secretary, oblast = actor(db, who.secretary), actor(db, who.oblast)
    run.figures += start_figures(url, who.secretary, args.starts)
    run.figures.append(register_figure(url, who.secretary, args.starts))
    run.figures += export_figures(db, oblast, who.commissions)
    people = {"secretary": secretary, "officer": actor(db, who.officer), "oblast": oblast}
    run.figures += search_figures(db, people, clients, args.repeat)
    db.dispose()
    run.figures.append(memory_figure(url, who.secretary))
    return run


def search_at_scale(engine: str, url: str, clients: int, repeat: int) -> Run:
    from commission.db.engine import Database

    db = Database(url)
    officer, secretary = populate(db, clients)
    run = Run(engine, 0)
    run.figures = search_figures(db, {"secretary": secretary, "officer": officer}, clients, repeat)
    db.dispose()
    return run


def print_table(runs: list[Run]) -> None:
    print()
    print(f"  {'engine':<10} {'size':>8}  {'figure':<58} {'ours':>10} {'bare':>10} {'ratio':>6}")
    for run in runs:
        size = f"{run.size:,}" if run.size else "-"
        for f in run.figures:
            bare = f"{f.bare:.2f} {f.unit}" if f.bare is not None else "—"
            ratio = f"{f.ratio():.2f}" if f.ratio() is not None else ""
            mark = "MISS" if f.missed else ("ok" if f.goal is not None else "")
            print(
                f"  {run.engine:<10} {size:>8}  {f.name:<58} {f.value:>7.2f} {f.unit:<2}"
                f" {bare:>10} {ratio:>6}  {mark:<4} {f.goal_text}  {f.note}"
            )
    missed = sum(f.missed for run in runs for f in run.figures)
    print(f"\n  {missed} figure(s) miss their goal")


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--sizes", default="10000,100000", help="decisions, comma-separated")
    parser.add_argument("--clients", type=int, default=1_000_000, help="0: the demo's own")
    parser.add_argument("--starts", type=int, default=3, help="fresh processes per figure")
    parser.add_argument("--repeat", type=int, default=9)
    parser.add_argument("--quick", action="store_true", help="the tests' smoke run")
    parser.add_argument("--no-pg", action="store_true", help="SQLite only")
    args = parser.parse_args()
    if args.quick:
        args.sizes, args.clients, args.starts, args.repeat = "1", 0, 1, 1
    sizes = [int(s) for s in args.sizes.split(",") if s]
    pg = None if args.no_pg else os.environ.get("COMMISSION_TEST_PG_URL")
    print(f"Issue 13's figures at {', '.join(f'{s:,}' for s in sizes)} decisions")
    runs: list[Run] = []
    with tempfile.TemporaryDirectory() as tmp:
        os.environ["COMMISSION_DATA_DIR"] = tmp
        engines = [("SQLite", None), *([("PostgreSQL", pg)] if pg else [])]
        for engine, server in engines:
            for size in sizes:
                name = f"commission_bench_speed_{size}_{os.getpid()}"
                url = fresh_pg(server, name) if server else f"sqlite:///{Path(tmp) / name}.db"
                try:
                    runs.append(measure(engine, url, size, args))
                finally:
                    if server:
                        drop_pg(server, name)
            if args.clients:
                name = f"commission_bench_search_{os.getpid()}"
                url = fresh_pg(server, name) if server else f"sqlite:///{Path(tmp) / name}.db"
                try:
                    runs.append(search_at_scale(engine, url, args.clients, args.repeat))
                finally:
                    if server:
                        drop_pg(server, name)
    print_table(runs)


if __name__ == "__main__":
    main()
