"""The decisions register at 100,000 decisions: is the lazy list still instant?

Builds the demo, then copies its meetings (with their agenda items, decisions, executors and
control points) with core inserts until there are ``--decisions`` decisions, and times what the
register does: the ids in order (whole list, one state, one agency, a search), the first screen
of rows, a screen in the middle, the counts per state, the reminders' due list and the rows of the
whole control register as exported.

Run: ``.venv/bin/python benchmarks/bench_decisions_register.py [--decisions N]`` (set
COMMISSION_TEST_PG_URL to an empty PostgreSQL database to measure the server mode too).
Prints a table; asserts nothing.
"""

from __future__ import annotations

import argparse
import os
import statistics
import tempfile
import time
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

from sqlalchemy import func, insert, select, text

from bench_foundation import fresh_pg  # run as a script: this folder is on the path

TODAY = date(2026, 11, 23)  # a Monday
SCREEN = 60  # rows a register screen shows and fetches at once


def row(what: str, value: str, note: str = "") -> None:
    print(f"  {what:<58} {value:>10}  {note}", flush=True)


def median_ms(fn: Callable[[], object], repeat: int = 9) -> float:
    fn()  # warm caches and connections
    samples = []
    for _ in range(repeat):
        t0 = time.perf_counter()
        fn()
        samples.append((time.perf_counter() - t0) * 1000)
    return statistics.median(samples)


def _max_id(conn: Any, table: Any) -> int:
    return int(conn.execute(select(func.coalesce(func.max(table.c.id), 0))).scalar_one())


def multiply(db: Any, target: int) -> int:
    """Copy the demo's held meetings until the register holds ``target`` decisions."""
    from commission.db.base import Base

    t = Base.metadata.tables
    meetings, items = t["meetings"], t["agenda_items"]
    decisions, assignees, points = t["decisions"], t["decision_assignees"], t["control_points"]
    with db.engine.begin() as conn:
        src_meetings = [dict(r._mapping) for r in conn.execute(select(meetings))]
        src_items = [dict(r._mapping) for r in conn.execute(select(items))]
        src_decisions = [dict(r._mapping) for r in conn.execute(select(decisions))]
        src_assignees = [dict(r._mapping) for r in conn.execute(select(assignees))]
        src_points = [dict(r._mapping) for r in conn.execute(select(points))]
        have = len(src_decisions)
        meeting_id, item_id = _max_id(conn, meetings), _max_id(conn, items)
        decision_id, point_id = _max_id(conn, decisions), _max_id(conn, points)
        copy = 0
        while have < target:
            copy += 1
            m_map: dict[int, int] = {}
            i_map: dict[int, int] = {}
            d_map: dict[int, int] = {}
            new_m, new_i, new_d, new_a, new_p = [], [], [], [], []
            for m in src_meetings:
                meeting_id += 1
                m_map[m["id"]] = meeting_id
                # Numbers past any real one: the copies never collide with a (year, number).
                new_m.append({**m, "id": meeting_id, "number": m["number"] + 1000 * copy})
            for i in src_items:
                item_id += 1
                i_map[i["id"]] = item_id
                new_i.append({**i, "id": item_id, "meeting_id": m_map[i["meeting_id"]]})
            for d in src_decisions:
                if d["removed_by_decision_id"] is not None:
                    d = {**d, "removed_by_decision_id": None}
                decision_id += 1
                d_map[d["id"]] = decision_id
                new_d.append({**d, "id": decision_id, "agenda_item_id": i_map[d["agenda_item_id"]]})
            for a in src_assignees:
                new_a.append({**a, "decision_id": d_map[a["decision_id"]]})
            for p in src_points:
                point_id += 1
                new_p.append({**p, "id": point_id, "decision_id": d_map[p["decision_id"]]})
            conn.execute(insert(meetings), new_m)
            conn.execute(insert(items), new_i)
            conn.execute(insert(decisions), new_d)
            conn.execute(insert(assignees), new_a)
            if new_p:
                conn.execute(insert(points), new_p)
            have += len(new_d)
        if db.engine.dialect.name == "postgresql":
            for name in ("meetings", "agenda_items", "decisions", "control_points"):
                conn.execute(
                    text(
                        f"SELECT setval(pg_get_serial_sequence('{name}', 'id'),"
                        f" (SELECT max(id) FROM {name}))"
                    )
                )
    with db.engine.begin() as conn:
        conn.execute(text("ANALYZE"))
    return have


def measure(label: str, url: str, target: int) -> None:
    from commission.db import migrate
    from commission.db.engine import Database
    from commission.domain.control import ComputedState
    from commission.services import agencies, auth, control_registers, demo, overview
    from commission.services.context import Actor
    from commission.services.overview import DecisionFilter

    db = Database(url)
    migrate.upgrade(db)
    demo.build_demo(db, Actor.command_line(), seed=1, today=TODAY)
    t0 = time.perf_counter()
    count = multiply(db, target)
    row(f"{label}: copy the demo up to {count:,} decisions", f"{time.perf_counter() - t0:.1f} s")
    actor = auth.login(db, "secretary", "demo-demo")
    police = next(a for a in agencies.list_agencies(db, actor) if "полици" in a.name_ru.lower())
    everything = DecisionFilter()
    ids = overview.decision_ids(db, actor, everything, TODAY)
    row(
        f"{label}: register ids, no filter",
        f"{median_ms(lambda: overview.decision_ids(db, actor, everything, TODAY)):.0f} ms",
        f"{len(ids):,} ids",
    )
    overdue = DecisionFilter(state=ComputedState.OVERDUE)
    n_overdue = len(overview.decision_ids(db, actor, overdue, TODAY))
    row(
        f"{label}: register ids, state = overdue",
        f"{median_ms(lambda: overview.decision_ids(db, actor, overdue, TODAY)):.0f} ms",
        f"{n_overdue:,} ids",
    )
    by_agency = DecisionFilter(agency_id=police.id)
    n_agency = len(overview.decision_ids(db, actor, by_agency, TODAY))
    row(
        f"{label}: register ids, one agency",
        f"{median_ms(lambda: overview.decision_ids(db, actor, by_agency, TODAY)):.0f} ms",
        f"{n_agency:,} ids",
    )
    search = DecisionFilter(search="рейд")
    n_search = len(overview.decision_ids(db, actor, search, TODAY))
    row(
        f"{label}: register ids, search «рейд»",
        f"{median_ms(lambda: overview.decision_ids(db, actor, search, TODAY)):.0f} ms",
        f"{n_search:,} ids",
    )
    first = ids[:SCREEN]
    middle = ids[len(ids) // 2 : len(ids) // 2 + SCREEN]
    row(
        f"{label}: first screen of rows ({SCREEN})",
        f"{median_ms(lambda: overview.decision_rows(db, actor, first, TODAY)):.1f} ms",
    )
    row(
        f"{label}: a screen in the middle ({SCREEN})",
        f"{median_ms(lambda: overview.decision_rows(db, actor, middle, TODAY)):.1f} ms",
    )
    row(
        f"{label}: counts per state",
        f"{median_ms(lambda: overview.decision_state_counts(db, actor, everything, TODAY)):.0f} ms",
    )
    row(
        f"{label}: due soon and overdue (reminders)",
        f"{median_ms(lambda: control_registers.due_items(db, actor, TODAY), 3):.0f} ms",
    )
    t0 = time.perf_counter()
    rows = control_registers.register_rows(db, actor, TODAY)
    row(
        f"{label}: whole control register rows (export)",
        f"{(time.perf_counter() - t0):.1f} s",
        f"{len(rows):,} rows",
    )
    db.dispose()


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--decisions", type=int, default=100_000)
    args = parser.parse_args()
    print(f"Decisions register at {args.decisions:,} decisions")
    print(f"  {'what':<58} {'median':>10}")
    with tempfile.TemporaryDirectory() as tmp:
        os.environ["COMMISSION_DATA_DIR"] = tmp
        measure("SQLite", f"sqlite:///{Path(tmp) / 'bench.sqlite3'}", args.decisions)
        pg = os.environ.get("COMMISSION_TEST_PG_URL")
        if pg:
            measure("PostgreSQL", fresh_pg(pg, "commission_bench_register"), args.decisions)


if __name__ == "__main__":
    main()
