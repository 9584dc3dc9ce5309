"""Quarterly statistics and the public report on an oblast's server: how long the secretary
waits, beside the bare SELECTs under them.

Builds an oblast by ``services/demo/large.py`` (``--districts`` district commissions and the
oblast's, ``--years`` years, ``--clients`` clients), then times, as the measured district's
secretary, a quarter's statistics (three periods' counts), a year's, the public report and the
two files; as the oblast's secretary, the quarter consolidated over every district. The floor
is the bare SELECTs of the largest reads: the control points due in the period with their
decisions' state, for the same commissions, once per period compared, and one pass over the
clients counted by category.

Run: ``.venv/bin/python benchmarks/bench_reports.py [--districts 17 --years 10]`` (``--quick``
for a smoke run). On PostgreSQL when COMMISSION_TEST_PG_URL is set, else SQLite. Prints one
table; asserts nothing.
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import time
from collections.abc import Callable, Collection
from datetime import date
from pathlib import Path
from typing import Any

from sqlalchemy import select

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "src"))

from bench_clients import drop_pg, fresh_pg
from commission.services.demo import large

TODAY = date(2026, 11, 23)
QUARTER = "2026-Q3"


def _ms(fn: Callable[[], object]) -> float:
    t0 = time.perf_counter()
    fn()
    return (time.perf_counter() - t0) * 1000


def _bare_points(db: Any, commission_ids: Collection[int], start: date, end: date) -> int:
    """The floor: the points due in the period with their decision's state, no grouping."""
    from commission.db.models import AgendaItem, ControlPoint, Decision, Meeting

    query = (
        select(ControlPoint.state, ControlPoint.executed_on, Decision.control_state)
        .join(Decision, ControlPoint.decision_id == Decision.id)
        .join(AgendaItem, Decision.agenda_item_id == AgendaItem.id)
        .join(Meeting, AgendaItem.meeting_id == Meeting.id)
        .where(Meeting.commission_id.in_(commission_ids), ControlPoint.due_date.between(start, end))
    )
    with db.engine.connect() as conn:
        return len(conn.execute(query).all())


def _bare_clients(db: Any, district_id: int | None) -> int:
    """The floor of the probation part: one pass over the clients, counted by category."""
    from sqlalchemy import func

    from commission.db.models import Client

    query = select(Client.category, func.count(Client.id)).group_by(Client.category)
    if district_id is not None:
        query = query.where(Client.district_id == district_id)
    with db.engine.connect() as conn:
        return len(conn.execute(query).all())


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--districts", type=int, default=17)
    parser.add_argument("--years", type=int, default=10)
    parser.add_argument("--clients", type=int, default=50_000)
    parser.add_argument("--meetings-per-year", type=int, default=15)
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--quick", action="store_true", help="a smoke run on small sizes")
    args = parser.parse_args()
    if args.quick:
        args.districts, args.years, args.clients, args.meetings_per_year, args.repeat = (
            2, 2, 300, 4, 1,
        )  # fmt: skip
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtGui import QGuiApplication

    app = QGuiApplication.instance() or QGuiApplication(["bench"])
    from commission.db import migrate
    from commission.db.engine import Database
    from commission.db.models import AdminUnit, Commission
    from commission.domain.enums import AdminLevel
    from commission.exports.public_report import public_report_pdf
    from commission.exports.quarterly_stats_docx import quarterly_stats_docx
    from commission.exports.quarterly_stats_xlsx import quarterly_stats_xlsx
    from commission.services import auth, reports

    pg = os.environ.get("COMMISSION_TEST_PG_URL")
    print(
        f"Reports on {'PostgreSQL' if pg else 'SQLite'}: {args.districts} districts + the oblast, "
        f"{args.years} years, {args.clients:,} clients"
    )
    with tempfile.TemporaryDirectory() as tmp:
        os.environ["COMMISSION_DATA_DIR"] = tmp
        url = fresh_pg(pg, "commission_bench_reports") if pg else f"sqlite:///{tmp}/r.sqlite3"
        try:
            db = Database(url)
            migrate.upgrade(db)
            t0 = time.perf_counter()
            built = large.build(
                db, districts=args.districts, years=args.years, clients=args.clients,
                meetings_per_year=args.meetings_per_year, today=TODAY,
            )  # fmt: skip
            print(f"  built in {time.perf_counter() - t0:.1f} s: {built.counts}")
            with db.reading() as s:
                oblast_id = s.scalars(
                    select(Commission.id)
                    .join(AdminUnit, Commission.admin_unit_id == AdminUnit.id)
                    .where(AdminUnit.level == AdminLevel.OBLAST)
                ).first()
                every = list(s.scalars(select(Commission.id)))
            secretary = auth.login(db, "secretary", "demo-demo")
            oblast = auth.login(db, f"secretary_{oblast_id}", "demo-demo")
            period = reports.parse_period(QUARTER)
            year = reports.parse_period(QUARTER[:4])
            periods = (period, period.previous(), period.year_ago())
            stats = reports.quarterly_stats(db, secretary, period, TODAY)
            public = reports.public_report(db, secretary, period, TODAY)
            rows: list[tuple[str, Callable[[], object], Callable[[], object] | None]] = [
                (
                    "quarter's statistics, the district",
                    lambda: reports.quarterly_stats(db, secretary, period, TODAY),
                    lambda: [_bare_points(db, [built.commission_id], p.start, p.end)
                             for p in periods] + [_bare_clients(db, built.district_id)],
                ),
                (
                    "quarter's statistics, the oblast consolidated",
                    lambda: reports.quarterly_stats(db, oblast, period, TODAY,
                                                    commission_ids=every),
                    lambda: [_bare_points(db, every, p.start, p.end) for p in periods]
                    + [_bare_clients(db, None)],
                ),
                (
                    "year's statistics, the district",
                    lambda: reports.quarterly_stats(db, secretary, year, TODAY),
                    lambda: [_bare_points(db, [built.commission_id], p.start, p.end)
                             for p in (year, year.previous(), year.previous())],
                ),
                ("public report, the district", lambda: reports.public_report(
                    db, secretary, period, TODAY), None),
                ("statistics .xlsx", lambda: quarterly_stats_xlsx(stats, "kk"), None),
                ("statistics .docx with charts", lambda: quarterly_stats_docx(stats, "kk"), None),
                ("public report .pdf", lambda: public_report_pdf(public, "kk"), None),
            ]  # fmt: skip
            print()
            print(
                f"  {'figure (median of ' + str(args.repeat) + ')':<48} {'ours':>10} {'bare':>10}"
            )
            for name, ours, bare in rows:
                ours()
                mine = statistics.median(_ms(ours) for _ in range(args.repeat))
                floor = statistics.median(_ms(bare) for _ in range(args.repeat)) if bare else None
                shown = f"{floor:>7.1f} ms" if floor is not None else f"{'-':>10}"
                print(f"  {name:<48} {mine:>7.1f} ms {shown}")
            db.dispose()
            del app
        finally:
            if pg:
                drop_pg(pg, "commission_bench_reports")


if __name__ == "__main__":
    main()
