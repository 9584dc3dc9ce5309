"""An oblast's server: is a district secretary as fast as on a database of their district alone?

Builds two databases by the same steps (``oblast_data``): (a) one district commission, (b) an
oblast of ``--districts`` district commissions plus the oblast's own, ``--years`` years of
meetings each, ``--clients`` clients over the districts; the single district gets its share.
Then times, as the same district's secretary (and its probation officer for the clients), the
decisions register, the control register, the dashboard, client search and the cold start to
the main window painted; and the bare SELECTs under the register and the search as the floor.

Run: ``.venv/bin/python benchmarks/bench_oblast.py [--districts 17 --years 10 --clients 50000]``
(``--quick`` for a smoke run). On PostgreSQL when COMMISSION_TEST_PG_URL is set (it makes and
drops its own databases next to that one), else SQLite. Prints one table; asserts nothing.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

from sqlalchemy import and_, create_engine, select, text
from sqlalchemy.engine import make_url

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "src"))

import oblast_data  # this folder is on the path when run as a script
from bench_foundation import fresh_pg

HERE = Path(__file__).resolve().parent
TODAY = date(2026, 11, 23)  # the demo's Monday
SCREEN = 60  # rows a register screen fetches at once
PAGE = 50  # rows the clients list shows at once
# A surname's start, letters inside a name, an IIN prefix, a case number.
QUERIES = ("әбді", "ива", "8501", "12/2026")


@dataclass
class Figures:
    """One database's figures, by name in print order, with a note (rows found)."""

    values: dict[str, float] = field(default_factory=dict)
    notes: dict[str, str] = field(default_factory=dict)
    units: dict[str, str] = field(default_factory=dict)

    def put(self, name: str, value: float, note: object = "", unit: str = "ms") -> None:
        self.values[name] = value
        self.notes[name] = str(note)
        self.units[name] = unit
        print(f"    {name:<52} {value:>9.1f} {unit:<2} {note}", flush=True)


def median_ms(fn: Callable[[], object], repeat: int) -> float:
    fn()  # warm caches and connections
    samples = []
    for _ in range(repeat):
        t0 = time.perf_counter()
        fn()
        samples.append((time.perf_counter() - t0) * 1000)
    return statistics.median(samples)


def cold_start(args: list[str], runs: int) -> float:
    """Seconds from a new process to its window shown, as the user waits for it."""
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    times = []
    for _ in range(runs):
        t0 = time.perf_counter()
        subprocess.run(
            [sys.executable, str(HERE / "startup_probe.py"), *args],
            capture_output=True,
            text=True,
            env=env,
            check=True,
        )
        times.append(time.perf_counter() - t0)
    return statistics.median(times)


def _bare_decision_ids(db: Any, commission_id: int) -> Callable[[], int]:
    """The floor under the register: the commission's decision ids in due order, no state."""
    from commission.db.models import AgendaItem, Decision, Meeting

    query = (
        select(Decision.id)
        .join(AgendaItem, AgendaItem.id == Decision.agenda_item_id)
        .join(Meeting, and_(Meeting.id == AgendaItem.meeting_id))
        .where(Meeting.commission_id == commission_id)
        .order_by(Decision.due_date.asc().nulls_last(), Meeting.meeting_date, Decision.id)
    )

    def run() -> int:
        with db.engine.connect() as conn:
            return len(conn.execute(query).all())

    return run


def _bare_client_ids(db: Any, district_id: int, key: str) -> Callable[[], int]:
    """The floor under the search: ids of the district's clients whose name holds ``key``."""
    from commission.db.models import Client

    query = (
        select(Client.id)
        .where(Client.district_id == district_id, Client.search_name.contains(key))
        .order_by(Client.search_name, Client.id)
    )

    def run() -> int:
        with db.engine.connect() as conn:
            return len(conn.execute(query).all())

    return run


def measure(url: str, built: oblast_data.Built, repeat: int, starts: int) -> Figures:
    from commission.db.engine import Database
    from commission.domain.control import ComputedState
    from commission.services import auth, control_registers, overview, registers
    from commission.services.overview import DecisionFilter

    figures = Figures()
    db = Database(url)
    secretary = auth.login(db, "secretary", "demo-demo")
    officer = auth.login(db, "officer", "demo-demo")
    print(
        f"    (secretary works for commission {secretary.commission_id}; "
        f"measured district's commission {built.commission_id})"
    )

    everything = DecisionFilter()
    ids = overview.decision_ids(db, secretary, everything, TODAY)
    figures.put(
        "decisions register: ids, no filter",
        median_ms(lambda: overview.decision_ids(db, secretary, everything, TODAY), repeat),
        f"{len(ids):,} ids",
    )
    overdue = DecisionFilter(state=ComputedState.OVERDUE)
    n_overdue = len(overview.decision_ids(db, secretary, overdue, TODAY))
    figures.put(
        "decisions register: ids, overdue",
        median_ms(lambda: overview.decision_ids(db, secretary, overdue, TODAY), repeat),
        f"{n_overdue:,} ids",
    )
    first = ids[:SCREEN]
    figures.put(
        f"decisions register: first screen ({SCREEN} rows)",
        median_ms(lambda: overview.decision_rows(db, secretary, first, TODAY), repeat),
    )
    figures.put(
        "decisions register: counts per state",
        median_ms(lambda: overview.decision_state_counts(db, secretary, everything, TODAY), repeat),
    )
    rows = control_registers.register_rows(db, secretary, TODAY)
    figures.put(
        "control register: all rows (as exported)",
        median_ms(lambda: control_registers.register_rows(db, secretary, TODAY), 3),
        f"{len(rows):,} rows",
    )
    due = control_registers.due_items(db, secretary, TODAY)
    figures.put(
        "control register: due soon and overdue (reminders)",
        median_ms(lambda: control_registers.due_items(db, secretary, TODAY), repeat),
        f"{len(due):,} items",
    )
    figures.put(
        "dashboard: figures (overview.dashboard)",
        median_ms(lambda: overview.dashboard(db, secretary, TODAY), repeat),
    )
    figures.put(
        "dashboard: execution discipline of the year",
        median_ms(lambda: control_registers.discipline(db, secretary, TODAY.year, TODAY), repeat),
    )
    for query in QUERIES:

        def search(q: str = query) -> int:
            found = registers.client_ids(db, officer, q)
            registers.client_rows(db, officer, found[:PAGE])
            return len(found)

        figures.put(
            f"clients (officer): «{query}» ids + first page",
            median_ms(search, repeat),
            f"{search()} found",
        )
    bare = _bare_decision_ids(db, built.commission_id)
    figures.put(
        "bare SELECT: the commission's decision ids, sorted",
        median_ms(bare, repeat),
        f"{bare():,} ids",
    )
    key = registers.search_key("ива")
    bare = _bare_client_ids(db, built.district_id, key)
    figures.put(
        "bare SELECT: the district's clients «ива»",
        median_ms(bare, repeat),
        f"{bare():,} ids",
    )
    db.dispose()
    figures.put(
        "cold start: main window shown (incl. log-in)",
        cold_start(["commission", url, "secretary"], starts),
        f"median of {starts}",
        unit="s",
    )
    return figures


def build(url: str, districts: int, args: argparse.Namespace) -> oblast_data.Built:
    from commission.db import migrate
    from commission.db.engine import Database

    db = Database(url)
    migrate.upgrade(db)
    t0 = time.perf_counter()
    built = oblast_data.build(
        db,
        districts=districts,
        years=args.years,
        clients=args.clients if districts > 1 else args.clients // args.districts,
        meetings_per_year=args.meetings_per_year,
        today=TODAY,
    )
    db.dispose()
    counts = ", ".join(f"{n} {v:,}" for n, v in built.counts.items())
    own = ", ".join(f"{n} {v:,}" for n, v in built.own_counts.items())
    print(f"    built in {time.perf_counter() - t0:.1f} s: {counts}")
    print(f"    the measured district: {own}; {built.meetings_per_year} meetings a year")
    return built


def table(single: Figures, oblast: Figures, bare_window: float) -> None:
    print()
    print(f"  {'figure':<52} {'single district':>16} {'oblast':>16} {'ratio':>6}")
    for name, value in single.values.items():
        other = oblast.values[name]
        unit = single.units[name]
        ratio = other / value if value else float("nan")
        print(
            f"  {name:<52} {value:>13.1f} {unit:<2} {other:>13.1f} {unit:<2} {ratio:>6.2f}"
            f"   {single.notes[name]} | {oblast.notes[name]}"
        )
    print(f"  {'cold start: bare PySide6 window (floor)':<52} {bare_window:>13.2f} s")


def drop_pg(url: str, name: str) -> None:
    engine = create_engine(make_url(url), isolation_level="AUTOCOMMIT")
    with engine.connect() as conn:
        conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
    engine.dispose()


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--districts", type=int, default=17)
    parser.add_argument("--years", type=int, default=10)
    parser.add_argument("--clients", type=int, default=50_000)
    parser.add_argument("--meetings-per-year", type=int, default=15)
    parser.add_argument("--repeat", type=int, default=9)
    parser.add_argument("--starts", type=int, default=3, help="cold starts per database")
    parser.add_argument("--quick", action="store_true", help="a smoke run on small sizes")
    args = parser.parse_args()
    if args.quick:
        args.districts, args.years, args.clients = 3, 2, 3_000
        args.meetings_per_year, args.repeat, args.starts = 5, 3, 1
    pg = os.environ.get("COMMISSION_TEST_PG_URL")
    engine = "PostgreSQL" if pg else "SQLite"
    print(
        f"An oblast's server on {engine}: {args.districts} districts + the oblast, "
        f"{args.years} years, {args.clients:,} clients, ~{args.meetings_per_year} meetings a year"
    )
    with tempfile.TemporaryDirectory() as tmp:
        os.environ["COMMISSION_DATA_DIR"] = tmp
        names = {"single": "commission_bench_district", "oblast": "commission_bench_oblast"}
        urls = {
            kind: fresh_pg(pg, name) if pg else f"sqlite:///{Path(tmp) / f'{kind}.sqlite3'}"
            for kind, name in names.items()
        }
        figures: dict[str, Figures] = {}
        try:
            for kind, districts in (("single", 1), ("oblast", args.districts)):
                print(f"  {kind}:")
                built = build(urls[kind], districts, args)
                figures[kind] = measure(urls[kind], built, args.repeat, args.starts)
        finally:
            if pg:
                for name in names.values():
                    drop_pg(pg, name)
        bare_window = cold_start(["bare"], max(1, args.starts))
        table(figures["single"], figures["oblast"], bare_window)


if __name__ == "__main__":
    main()
