"""Probation officer's screens on a demo database: the home, the due measures, a case card,
the programme .docx and the registers .xlsx.

Run: ``.venv/bin/python benchmarks/bench_cases.py [CLIENTS]`` (default 3000; SQLite only).
Prints a table; asserts nothing.
"""

from __future__ import annotations

import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import replace
from datetime import date
from pathlib import Path

from sqlalchemy import func, select

from commission.db import migrate
from commission.db.engine import Database
from commission.db.models import Case, User
from commission.domain.enums import Role
from commission.exports.probation_registers_xlsx import cases_register_xlsx, clients_register_xlsx
from commission.exports.programme_docx import programme_docx
from commission.services import case_card, officer_home, probation_exports
from commission.services.context import Actor
from commission.services.demo import build_demo

TODAY = date(2026, 11, 24)


def median_ms(fn: Callable[[], object], repeat: int = 15) -> float:
    fn()
    samples = []
    for _ in range(repeat):
        t0 = time.perf_counter()
        fn()
        samples.append((time.perf_counter() - t0) * 1000)
    return statistics.median(samples)


def main() -> None:
    clients = int(sys.argv[1]) if len(sys.argv) > 1 else 3000
    with tempfile.TemporaryDirectory() as folder:
        db = Database(f"sqlite:///{Path(folder) / 'bench.sqlite3'}")
        migrate.upgrade(db)
        t0 = time.perf_counter()
        build_demo(db, Actor.command_line(), seed=1, today=TODAY, clients=clients)
        print(f"demo with {clients} clients built in {time.perf_counter() - t0:.1f} s")
        with db.reading() as session:
            user = session.scalar(select(User).where(User.role == Role.PROBATION_OFFICER))
            assert user is not None
            officer = Actor(user.id, user.login, user.full_name, user.role, user.district_id)
            case_id = session.scalar(
                select(Case.id).where(Case.officer_id == user.id).order_by(func.random()).limit(1)
            )
            mine = session.scalar(select(func.count(Case.id)).where(Case.officer_id == user.id))
        assert case_id is not None
        secretary = replace(Actor.command_line(), role=Role.SECRETARY)
        home = officer_home.officer_home(db, officer, TODAY)
        print(f"officer: {len(home.clients)} clients, {mine} cases, {len(home.due)} due measures")
        ctx = probation_exports.programme_context(db, officer, case_id)
        clients_rows = probation_exports.clients_register(db, secretary)
        case_rows = probation_exports.cases_register(db, secretary, TODAY)
        figures = [
            ("officer_home", median_ms(lambda: officer_home.officer_home(db, officer, TODAY))),
            ("due_measures", median_ms(lambda: officer_home.due_measures(db, officer, TODAY))),
            ("case_card", median_ms(lambda: case_card.case_card(db, officer, case_id, TODAY))),
            ("programme .docx (ru)", median_ms(lambda: programme_docx(ctx, "ru"))),
            (
                f"clients register rows ({len(clients_rows)})",
                median_ms(lambda: probation_exports.clients_register(db, secretary), 3),
            ),
            (
                f"clients register .xlsx ({len(clients_rows)})",
                median_ms(lambda: clients_register_xlsx(clients_rows, TODAY, "ru"), 3),
            ),
            (
                f"cases register .xlsx ({len(case_rows)})",
                median_ms(lambda: cases_register_xlsx(case_rows, TODAY, "ru"), 3),
            ),
        ]
        print(f"\n  {'what':<40} {'median ms':>10}")
        for what, ms in figures:
            print(f"  {what:<40} {ms:>10.1f}")
        db.dispose()


if __name__ == "__main__":
    main()
