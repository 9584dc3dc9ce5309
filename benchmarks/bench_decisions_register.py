"""The decisions register at 10,000 and 100,000 decisions: is the lazy list still instant?

Builds the demo, then copies its meetings (with their agenda items, decisions, executors and
control points) with core inserts up to each size in turn, and times what the register does
at each: the first screen through the service and the lazy model beside the bare SELECT of the
same page, the ids in order (whole list, one state, one agency, a search), a screen in the
middle, the counts per state, the reminders' due list and the dashboard's figures; at the end,
the rows of the whole control register as exported.

Run: ``.venv/bin/python benchmarks/bench_decisions_register.py [--sizes N ...]`` (set
COMMISSION_TEST_PG_URL to an empty PostgreSQL database to measure the server mode too).
Prints a table; asserts nothing.
"""

from __future__ import annotations

import argparse
import os
import statistics
import tempfile
import time
from collections.abc import Callable, Sequence
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
        # Numbers past any real one, each new: copies of copies (a second call grows the same
        # database) never collide with a (year, number) either.
        number = int(conn.execute(select(func.max(meetings.c.number))).scalar_one() or 0)
        number = (number // 1000 + 1) * 1000
        while have < target:
            m_map: dict[int, int] = {}
            i_map: dict[int, int] = {}
            d_map: dict[int, int] = {}
            new_m, new_i, new_d, new_a, new_p = [], [], [], [], []
            for m in src_meetings:
                meeting_id += 1
                m_map[m["id"]] = meeting_id
                number += 1
                new_m.append({**m, "id": meeting_id, "number": number})
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


def _bare_page(db: Any) -> Callable[[], int]:
    """The bare library's figure: the first screen of the register by due date straight from
    the decision rows (the stored state columns), one SELECT with a LIMIT, no service."""
    query = text(
        "SELECT d.id, d.text, d.kind, d.is_binding, d.control_state, d.undated_state,"
        " coalesce(d.open_due, d.due_date) AS due, m.number, m.meeting_date, i.position"
        " FROM decisions d JOIN agenda_items i ON i.id = d.agenda_item_id"
        " JOIN meetings m ON m.id = i.meeting_id"
        " WHERE m.status IN ('held', 'minutes_drafted', 'minutes_signed', 'extracts_sent')"
        " ORDER BY due, m.meeting_date, i.position, d.position LIMIT :n"
    )

    def run() -> int:
        with db.engine.connect() as conn:
            return len(conn.execute(query, {"n": SCREEN}).all())

    return run


FIRST_IDS = 200  # as the register area reads for its first screen


def _first_screen_in_model(db: Any, actor: Any) -> Callable[[], int]:
    """What the register area does before its first paint: the first page of ids, then the
    rows of the first screen through the lazy model as the view asks for them (the counts per
    state, which say how long the list is, come after the paint)."""
    from PySide6.QtCore import QCoreApplication

    from commission.services import overview
    from commission.services.overview import DecisionFilter
    from commission.ui.lazy_model import LazyTableModel

    _ = QCoreApplication.instance() or QCoreApplication([])
    everything = DecisionFilter()

    def run() -> int:
        first = overview.decision_ids(db, actor, everything, TODAY, limit=FIRST_IDS)
        model: LazyTableModel[Any] = LazyTableModel(
            ["number", "text", "due", "state"],
            lambda wanted: overview.decision_rows(db, actor, wanted, TODAY),
            lambda r: [r.number, r.text, r.due_date, r.state],
        )
        model.set_first_ids(
            first, None, lambda: overview.decision_ids(db, actor, everything, TODAY)
        )
        shown = 0
        for r in range(min(SCREEN, model.rowCount())):
            shown += model.data(model.index(r, 1)) is not None
        return shown

    return run


def _measure_size(label: str, db: Any, actor: Any, agency_id: int, repeat: int) -> None:
    from commission.domain.control import ComputedState
    from commission.services import control_registers, overview
    from commission.services.overview import DecisionFilter

    def timed(what: str, fn: Callable[[], object], note: str = "", times: int = repeat) -> None:
        row(f"{label}: {what}", f"{median_ms(fn, times):.1f} ms", note)

    everything = DecisionFilter()
    ids = overview.decision_ids(db, actor, everything, TODAY)
    bare = _bare_page(db)
    timed("bare SELECT of the first screen (LIMIT)", bare, f"{bare()} rows")
    timed(
        "first screen: a page of ids + its rows (service)",
        lambda: overview.decision_rows(
            db,
            actor,
            overview.decision_ids(db, actor, everything, TODAY, limit=FIRST_IDS)[:SCREEN],
            TODAY,
        ),
    )
    timed("first screen: service + lazy model", _first_screen_in_model(db, actor))
    timed(
        "whole sorted id list (read when scrolled past)",
        lambda: overview.decision_ids(db, actor, everything, TODAY),
        f"{len(ids):,} ids",
    )
    overdue = DecisionFilter(state=ComputedState.OVERDUE)
    timed(
        "register ids, state = overdue",
        lambda: overview.decision_ids(db, actor, overdue, TODAY),
    )
    by_agency = DecisionFilter(agency_id=agency_id)
    timed("register ids, one agency", lambda: overview.decision_ids(db, actor, by_agency, TODAY))
    search = DecisionFilter(search="рейд")
    timed("register ids, search «рейд»", lambda: overview.decision_ids(db, actor, search, TODAY))
    middle = ids[len(ids) // 2 : len(ids) // 2 + SCREEN]
    timed(
        f"a screen of rows in the middle ({SCREEN})",
        lambda: overview.decision_rows(db, actor, middle, TODAY),
    )
    timed(
        "counts per state (after the first paint)",
        lambda: overview.decision_state_counts(db, actor, everything, TODAY),
    )
    items = control_registers.due_items(db, actor, TODAY)
    timed(
        "reminders: due soon and overdue",
        lambda: control_registers.due_items(db, actor, TODAY),
        f"{len(items):,} items",
        3,
    )
    timed(
        "reminders' first screen and counts (overview.due_list)",
        lambda: overview.due_list(db, actor, TODAY),
    )
    timed("dashboard figures", lambda: overview.dashboard(db, actor, TODAY), times=3)


def measure(label: str, url: str, sizes: Sequence[int], repeat: int = 9) -> None:
    """The register's figures at each of ``sizes`` decisions (growing one database), so that
    the growth from the smaller to the larger is visible in one run."""
    from commission.db import migrate
    from commission.db.engine import Database
    from commission.services import agencies, auth, control_registers, demo
    from commission.services.context import Actor

    db = Database(url)
    migrate.upgrade(db)
    demo.build_demo(db, Actor.command_line(), seed=1, today=TODAY)
    actor = auth.login(db, "secretary", "demo-demo")
    police = next(a for a in agencies.list_agencies(db, actor) if "полици" in a.name_ru.lower())
    for target in sizes:
        t0 = time.perf_counter()
        count = multiply(db, target)
        n = f"{count // 1000}k" if count >= 1000 else str(count)
        row(
            f"{label} {n}: copy the demo up to {count:,} decisions",
            f"{time.perf_counter() - t0:.1f} s",
        )

        _measure_size(f"{label} {n}", db, actor, police.id, repeat)
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
    parser.add_argument("--sizes", type=int, nargs="+", default=[10_000, 100_000])
    args = parser.parse_args()
    sizes = sorted(args.sizes)
    print(f"Decisions register at {', '.join(f'{s:,}' for s in sizes)} decisions")
    print(f"  {'what':<58} {'median':>10}")
    with tempfile.TemporaryDirectory() as tmp:
        os.environ["COMMISSION_DATA_DIR"] = tmp
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
        measure("SQLite", f"sqlite:///{Path(tmp) / 'bench.sqlite3'}", sizes)
        pg = os.environ.get("COMMISSION_TEST_PG_URL")
        if pg:
            measure("PostgreSQL", fresh_pg(pg, "commission_bench_register"), sizes)


if __name__ == "__main__":
    main()
