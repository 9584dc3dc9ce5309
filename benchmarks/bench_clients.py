"""Client search and client import figures.

Run: ``.venv/bin/python benchmarks/bench_clients.py [--sizes 50000,1000000]`` (set
COMMISSION_TEST_PG_URL to measure PostgreSQL at 50,000 clients too). Prints a table; asserts
nothing. Goals: search ≤ 30 ms median from the query to the first page of rows; import of a
10,000-row workbook ≤ 5 s, against openpyxl's read-only iteration of the same file as the floor.
"""

from __future__ import annotations

import argparse
import os
import random
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import date, timedelta
from pathlib import Path

from sqlalchemy import create_engine, insert, text
from sqlalchemy.engine import make_url

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "src"))

from commission.db import migrate
from commission.db.engine import Database
from commission.db.models import AdminUnit, Case, Client, User
from commission.domain.enums import AdminLevel, ClientCategory, Role
from commission.domain.iin import make_iin
from commission.services import registers
from commission.services.context import Actor
from commission.services.demo.large_clients import person as _person

DISTRICTS = 20
PAGE = 50  # rows the list shows at once
# A surname's first letters, surname and a name's start in capitals, letters inside a name,
# a patronymic, a name that is also a surname, an IIN prefix, a case number.
QUERIES = ("әбді", "ҚҰДАЙБЕРГЕНОВ НҰР", "ива", "серік", "нұрлан", "8501", "12/2026")
BATCH = 20_000


def row(what: str, value: str, note: str = "") -> None:
    print(f"  {what:<58} {value:>12}  {note}", flush=True)


def median_ms(fn: Callable[[], object], repeat: int = 9) -> float:
    fn()  # warm caches and connections
    samples = []
    for _ in range(repeat):
        t0 = time.perf_counter()
        fn()
        samples.append((time.perf_counter() - t0) * 1000)
    return statistics.median(samples)


def populate(db: Database, count: int) -> tuple[Actor, Actor]:
    """``count`` clients over DISTRICTS districts by Core inserts; (officer, secretary).

    The inserts fire the name index's triggers (migration 0003), so the trigram index is
    filled row by row as the program's own inserts fill it, not rebuilt in one go."""
    migrate.upgrade(db)
    with db.transaction() as s:
        units = [
            AdminUnit(level=AdminLevel.DISTRICT, name_ru=f"Район {i}", name_kk=f"{i} ауданы")
            for i in range(DISTRICTS)
        ]
        s.add_all(units)
        s.flush()
        officer = User(
            login="officer",
            full_name="Офицер",
            role=Role.PROBATION_OFFICER,
            district_id=units[0].id,
            password_hash="-",
        )
        s.add(officer)
        s.flush()
        unit_ids = [u.id for u in units]
        officer_actor = Actor(officer.id, "officer", "Офицер", Role.PROBATION_OFFICER, units[0].id)
    secretary = Actor(None, "secretary", "Секретарь", Role.SECRETARY)
    rng = random.Random(1)
    start = date(1950, 1, 1)
    batch: list[dict[str, object]] = []
    t0 = time.perf_counter()
    with db.engine.begin() as conn:
        for index in range(count):
            surname, given, patronymic, sex = _person(rng)
            born = start + timedelta(days=index % 20_000)
            batch.append(
                {
                    "iin": make_iin(born, sex, (index // 20_000) * 7 % 10_000),
                    "surname": surname,
                    "given_name": given,
                    "patronymic": patronymic,
                    "search_name": registers.search_key(surname, given, patronymic),
                    "birth_date": born,
                    "sex": sex,
                    "district_id": unit_ids[index % DISTRICTS],
                    "category": ClientCategory.CONDITIONAL,
                    "registered_on": date(2025, 1, 1),
                    "officer_id": officer_actor.user_id if index % DISTRICTS == 0 else None,
                    "consent_given": True,
                }
            )
            if len(batch) == BATCH:
                conn.execute(insert(Client), batch)
                batch.clear()
        if batch:
            conn.execute(insert(Client), batch)
        # Every tenth client has a case.
        cases = [
            {
                "client_id": client_id,
                "year": 2026,
                "seq": seq,
                "number": f"{seq}/2026",
                "opened_on": date(2026, 1, 1),
            }
            for seq, client_id in enumerate(range(1, count + 1, 10), start=1)
        ]
        for start_at in range(0, len(cases), BATCH):
            conn.execute(insert(Case), cases[start_at : start_at + BATCH])
    if db.engine.dialect.name == "postgresql":
        with db.engine.connect().execution_options(isolation_level="AUTOCOMMIT") as conn:
            conn.execute(text("ANALYZE clients"))
    else:
        with db.engine.begin() as conn:
            conn.execute(text("ANALYZE"))
    row(f"  ({count:,} clients inserted)", f"{time.perf_counter() - t0:.1f} s")
    return officer_actor, secretary


def search(db: Database, actor: Actor, query: str) -> str:
    """The first page of the best matches, as the clients list asks for them."""
    found = registers.find_clients(db, actor, query)
    registers.client_rows(db, actor, found.ids[:PAGE])
    return f"{len(found.ids)}{'+' if found.more else ''}"


def measure_search(label: str, db: Database, count: int) -> None:
    officer, secretary = populate(db, count)
    for who, actor in (("officer", officer), ("secretary", secretary)):
        medians = []
        for query in QUERIES:
            found = search(db, actor, query)
            ms = median_ms(lambda a=actor, q=query: search(db, a, q))  # type: ignore[misc]
            medians.append(ms)
            row(f"{label} {count:,}: {who} «{query}»", f"{ms:.1f} ms", f"{found} found")
        row(f"{label} {count:,}: {who} median of queries", f"{statistics.median(medians):.1f} ms")
        worst = max(range(len(QUERIES)), key=lambda i: medians[i])
        row(f"{label} {count:,}: {who} worst «{QUERIES[worst]}»", f"{medians[worst]:.1f} ms")


def fresh_pg(url: str, name: str) -> str:
    engine = create_engine(make_url(url), isolation_level="AUTOCOMMIT")
    with engine.connect() as conn:
        conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        conn.execute(text(f'CREATE DATABASE "{name}"'))
    engine.dispose()
    return make_url(url).set(database=name).render_as_string(hide_password=False)


def drop_pg(url: str, name: str) -> None:
    engine = create_engine(make_url(url), isolation_level="AUTOCOMMIT")
    with engine.connect() as conn:
        conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
    engine.dispose()


def workbook(path: Path, rows: int) -> None:
    from openpyxl import Workbook

    book = Workbook(write_only=True)
    sheet = book.create_sheet()
    sheet.append(["Список лиц, состоящих на учёте"])
    sheet.append([])
    sheet.append(["№", "ФИО", "ИИН", "Дата рождения", "Категория", "Статья", "Адрес", "Телефон"])
    rng = random.Random(2)
    for index in range(rows):
        surname, given, patronymic, sex = _person(rng)
        born = date(1960, 1, 1) + timedelta(days=index)
        iin = make_iin(born, sex, index % 10_000)
        sheet.append(
            [
                index + 1,
                f"{surname} {given} {patronymic or ''}",
                int(iin) if index % 3 == 0 else iin,
                born.strftime("%d.%m.%Y") if index % 2 else born,
                "условное осуждение",
                "188 ч.2",
                f"ул. Абая, {index % 200}",
                f"+7 701 {index:07d}",
            ]
        )
    book.save(path)


def measure_import(folder: Path) -> None:
    from openpyxl import load_workbook

    from commission.services.client_import import import_clients

    path = folder / "list.xlsx"
    workbook(path, 10_000)
    t0 = time.perf_counter()
    book = load_workbook(path, read_only=True, data_only=True)
    sheet = book.active
    assert sheet is not None
    count = sum(1 for _ in sheet.iter_rows(values_only=True))
    book.close()
    floor = time.perf_counter() - t0
    row("import 10,000 rows: openpyxl read-only iteration", f"{floor:.2f} s", f"{count}")
    import python_calamine

    t0 = time.perf_counter()
    with python_calamine.CalamineWorkbook.from_path(path) as calamine_book:
        count = sum(1 for _ in calamine_book.get_sheet_by_index(0).iter_rows())
    row(
        "import 10,000 rows: python-calamine rows (floor: our reader)",
        f"{time.perf_counter() - t0:.2f} s",
        f"{count}",
    )
    db = Database(f"sqlite:///{folder / 'import.sqlite3'}")
    officer, _ = populate(db, 0)
    t0 = time.perf_counter()
    trial = import_clients(db, officer, path, dry_run=True)
    row("import 10,000 rows: dry run", f"{time.perf_counter() - t0:.2f} s")
    t0 = time.perf_counter()
    done = import_clients(db, officer, path)
    created = sum(1 for r in done.rows if r.outcome.value == "created")
    row(
        "import 10,000 rows: into an empty database",
        f"{time.perf_counter() - t0:.2f} s",
        f"{created} created, {len(trial.rejected)} rejected",
    )
    t0 = time.perf_counter()
    import_clients(db, officer, path)
    row("import 10,000 rows: the same file again", f"{time.perf_counter() - t0:.2f} s")
    db.dispose()


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--sizes", default="50000,1000000")
    parser.add_argument("--skip-import", action="store_true")
    args = parser.parse_args()
    sizes = [int(s) for s in args.sizes.split(",") if s]
    print("Commission clients benchmark")
    print(f"  {'what':<58} {'median':>12}")
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        if not args.skip_import:
            measure_import(folder)
        for size in sizes:
            db = Database(f"sqlite:///{folder / f'search-{size}.sqlite3'}")
            measure_search("sqlite", db, size)
            db.dispose()
        pg = os.environ.get("COMMISSION_TEST_PG_URL")
        if pg and sizes:
            name = f"commission_bench_clients_{os.getpid()}"
            url = fresh_pg(pg, name)
            db = Database(url)
            try:
                measure_search("postgresql", db, min(sizes))
            finally:
                db.dispose()
                drop_pg(pg, name)


if __name__ == "__main__":
    main()
