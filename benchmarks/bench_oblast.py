"""An oblast's server: is a district secretary as fast as on a database of their district alone?

Builds two databases by the same steps (``services/demo/large.py``): (a) one district commission,
(b) an oblast of ``--districts`` district commissions plus the oblast's own, ``--years`` years
of meetings each, ``--clients`` clients over the districts; the single district gets its share.
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
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

from sqlalchemy import and_, select

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "src"))

from bench_clients import drop_pg, fresh_pg
from commission.services.demo import large

HERE = Path(__file__).resolve().parent
TODAY = date(2026, 11, 23)  # the demo's Monday
SCREEN = 60  # rows a register screen fetches at once
PAGE = 50  # rows the clients list shows at once
# A surname's start, letters inside a name, an IIN prefix, a case number.
QUERIES = ("әбді", "ива", "8501", "12/2026")


@dataclass(frozen=True)
class Probe:
    """One figure on one database: ``run`` does what the user waits for and says what it
    found; ``repeat`` samples (fewer for the slow ones)."""

    name: str
    run: Callable[[], object]
    repeat: int


def _ms(fn: Callable[[], object]) -> float:
    t0 = time.perf_counter()
    fn()
    return (time.perf_counter() - t0) * 1000


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


def probes(db: Any, built: large.Built, repeat: int) -> list[Probe]:
    """What the district's secretary (and officer, for the clients) waits for, on ``db``."""
    from commission.domain.control import ComputedState
    from commission.services import auth, control_registers, overview, registers
    from commission.services.overview import DecisionFilter

    secretary = auth.login(db, "secretary", "demo-demo")
    officer = auth.login(db, "officer", "demo-demo")
    everything = DecisionFilter()
    overdue = DecisionFilter(state=ComputedState.OVERDUE)

    def ids(filters: DecisionFilter) -> str:
        return f"{len(overview.decision_ids(db, secretary, filters, TODAY)):,} ids"

    def first_screen() -> str:
        found = overview.decision_ids(db, secretary, everything, TODAY)
        return f"{len(overview.decision_rows(db, secretary, found[:SCREEN], TODAY))} rows"

    def search(query: str) -> str:
        found = registers.client_ids(db, officer, query)
        registers.client_rows(db, officer, found[:PAGE])
        return f"{len(found):,} found"

    def counted(fn: Callable[[], Any], what: str) -> Callable[[], str]:
        return lambda: f"{len(fn()):,} {what}"

    found: list[Probe] = [
        Probe("decisions register: ids, no filter", lambda: ids(everything), repeat),
        Probe("decisions register: ids, overdue", lambda: ids(overdue), repeat),
        Probe(f"decisions register: ids + first screen ({SCREEN})", first_screen, repeat),
        Probe(
            "decisions register: counts per state",
            lambda: overview.decision_state_counts(db, secretary, everything, TODAY),
            repeat,
        ),
        Probe(
            "control register: all rows (as exported)",
            counted(lambda: control_registers.register_rows(db, secretary, TODAY), "rows"),
            max(3, repeat // 3),
        ),
        Probe(
            "control register: due soon and overdue (reminders)",
            counted(lambda: control_registers.due_items(db, secretary, TODAY), "items"),
            repeat,
        ),
        Probe("dashboard: figures", lambda: overview.dashboard(db, secretary, TODAY), repeat),
        Probe(
            "dashboard: execution discipline of the year",
            lambda: control_registers.discipline(db, secretary, TODAY.year, TODAY),
            repeat,
        ),
    ]
    for query in QUERIES:
        found.append(
            Probe(
                f"clients (officer): «{query}» ids + first page",
                lambda q=query: search(q),  # type: ignore[misc]
                repeat,
            )
        )
    bare = _bare_decision_ids(db, built.commission_id)
    found.append(
        Probe(
            "bare SELECT: the commission's decision ids, sorted", lambda: f"{bare():,} ids", repeat
        )
    )
    clients = _bare_client_ids(db, built.district_id, registers.search_key("ива"))
    found.append(
        Probe("bare SELECT: the district's clients «ива»", lambda: f"{clients():,} ids", repeat)
    )
    return found


def compare(single: list[Probe], oblast: list[Probe]) -> list[tuple[str, float, float, str]]:
    """Each figure's median on both databases, their samples taken in turn: a shared,
    loaded machine slows both alike instead of whichever ran second."""
    results = []
    for one, other in zip(single, oblast, strict=True):
        said = [one.run(), other.run()]  # also warms caches and connections
        notes = " | ".join(x for x in said if isinstance(x, str))
        a, b = [], []
        for _ in range(one.repeat):
            a.append(_ms(one.run))
            b.append(_ms(other.run))
        results.append((one.name, statistics.median(a), statistics.median(b), notes))
        print(f"    {one.name:<52} {results[-1][1]:>9.1f} {results[-1][2]:>9.1f} ms", flush=True)
    return results


def cold_starts(urls: dict[str, str], runs: int) -> tuple[float, float, float]:
    """The bare window, then the main window on each database, in turn."""
    bare, single, oblast = [], [], []
    for _ in range(runs):
        bare.append(cold_start(["bare"], 1))
        single.append(cold_start(["commission", urls["single"], "secretary"], 1))
        oblast.append(cold_start(["commission", urls["oblast"], "secretary"], 1))
    return statistics.median(bare), statistics.median(single), statistics.median(oblast)


def build(url: str, districts: int, args: argparse.Namespace) -> large.Built:
    from commission.db import migrate
    from commission.db.engine import Database

    db = Database(url)
    migrate.upgrade(db)
    t0 = time.perf_counter()
    built = large.build(
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


def table(results: list[tuple[str, float, float, str]], starts: tuple[float, float, float]) -> None:
    print()
    print(f"  {'figure (median)':<52} {'single district':>16} {'oblast':>13} {'ratio':>6}")
    for name, one, other, notes in results:
        ratio = other / one if one else float("nan")
        print(f"  {name:<52} {one:>13.1f} ms {other:>10.1f} ms {ratio:>6.2f}   {notes}")
    bare, one, other = starts
    print(
        f"  {'cold start: main window shown (incl. log-in)':<52} {one:>14.2f} s {other:>11.2f} s"
        f" {other / one:>6.2f}   bare PySide6 window: {bare:.2f} s"
    )


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--districts", type=int, default=17)
    parser.add_argument("--years", type=int, default=10)
    parser.add_argument("--clients", type=int, default=50_000)
    parser.add_argument("--meetings-per-year", type=int, default=15)
    parser.add_argument("--repeat", type=int, default=9)
    parser.add_argument("--starts", type=int, default=3, help="cold starts per database")
    parser.add_argument("--quick", action="store_true", help="a smoke run on small sizes")
    parser.add_argument(
        "--keep", action="store_true", help="keep the PostgreSQL databases (to EXPLAIN queries)"
    )
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
    from commission.db.engine import Database

    with tempfile.TemporaryDirectory() as tmp:
        os.environ["COMMISSION_DATA_DIR"] = tmp
        names = {"single": "commission_bench_district", "oblast": "commission_bench_oblast"}
        urls = {
            kind: fresh_pg(pg, name) if pg else f"sqlite:///{Path(tmp) / f'{kind}.sqlite3'}"
            for kind, name in names.items()
        }
        try:
            dbs = {}
            found = {}
            for kind, districts in (("single", 1), ("oblast", args.districts)):
                print(f"  {kind}:")
                built = build(urls[kind], districts, args)
                dbs[kind] = Database(urls[kind])
                found[kind] = probes(dbs[kind], built, args.repeat)
            print(f"    {'':<52} {'single':>9} {'oblast':>9}")
            results = compare(found["single"], found["oblast"])
            for db in dbs.values():
                db.dispose()
            starts = cold_starts(urls, max(1, args.starts))
        finally:
            if pg and args.keep:
                print(f"  kept: {', '.join(names.values())}")
            elif pg:
                for name in names.values():
                    drop_pg(pg, name)
        table(results, starts)


if __name__ == "__main__":
    main()
