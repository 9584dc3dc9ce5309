"""A large database anyone can build (``commission-admin demo --large``, and the benchmarks):
one district's, or an oblast's ten years, by core inserts.

Both start from the plain demo (its district commission, a year of meetings, 300 clients with
cases and measures). An oblast's database then gets the other districts' commissions and the
oblast's own, each a copy of the demo commission's composition, work plan and year of meetings
in its own admin unit. Every commission's held meetings are then copied into earlier years
(and a few times within a year, to reach a realistic number of meetings a year), commission by
commission within each year so that the districts' rows interleave on disk as a server's
would. Clients are added round-robin over the districts. The same steps with one district
build the single-district database, so the measured district's data is the same in both.

Copies of past years have their open control points executed on their due date: ten-year-old
decisions are not all overdue in a real register.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from typing import Any

from sqlalchemy import Connection, Table, bindparam, func, insert, select, text, update

from commission.db.engine import Database
from commission.domain.enums import AdminLevel, AuditAction, ControlPointState, ControlState, Role
from commission.domain.permissions import Permission
from commission.services import audit
from commission.services.context import Actor
from commission.services.demo import large_clients

Row = dict[str, Any]

# The meeting tree of one commission, parents first, with the column naming the parent.
TREE: tuple[tuple[str, str, str], ...] = (
    ("members", "commission_id", "commissions"),
    ("work_plan_items", "commission_id", "commissions"),
    ("meetings", "commission_id", "commissions"),
    ("attendance", "meeting_id", "meetings"),
    ("invited_guests", "meeting_id", "meetings"),
    ("agenda_items", "meeting_id", "meetings"),
    ("discussion_entries", "agenda_item_id", "agenda_items"),
    ("decisions", "agenda_item_id", "agenda_items"),
    ("decision_assignees", "decision_id", "decisions"),
    ("control_points", "decision_id", "decisions"),
    ("execution_reports", "control_point_id", "control_points"),
    ("extensions", "control_point_id", "control_points"),
)
# What a copy into an earlier year repeats: the meetings, not the composition.
YEAR_TREE = tuple(entry for entry in TREE if entry[0] != "members")

STILL_OPEN = (ControlState.ON_CONTROL, ControlState.IN_PROGRESS, ControlState.REWORK)
# Akmola oblast's seventeen districts; the demo's own is Tselinograd.
DISTRICTS: tuple[tuple[str, str], ...] = (
    ("Аккольский район", "Ақкөл ауданы"),
    ("Аршалынский район", "Аршалы ауданы"),
    ("Астраханский район", "Астрахан ауданы"),
    ("Атбасарский район", "Атбасар ауданы"),
    ("Буландынский район", "Бұланды ауданы"),
    ("Бурабайский район", "Бурабай ауданы"),
    ("Егиндыкольский район", "Егіндікөл ауданы"),
    ("Район Биржан сал", "Біржан сал ауданы"),
    ("Ерейментауский район", "Ерейментау ауданы"),
    ("Есильский район", "Есіл ауданы"),
    ("Жаксынский район", "Жақсы ауданы"),
    ("Жаркаинский район", "Жарқайың ауданы"),
    ("Зерендинский район", "Зеренді ауданы"),
    ("Коргалжынский район", "Қорғалжын ауданы"),
    ("Сандыктауский район", "Сандықтау ауданы"),
    ("Шортандинский район", "Шортанды ауданы"),
)


@dataclass(frozen=True)
class Built:
    commission_id: int  # the measured district's commission
    district_id: int
    commissions: int
    meetings_per_year: int  # of each commission
    counts: dict[str, int]  # rows per table in the whole database
    own_counts: dict[str, int]  # rows of the measured district's commission


def _tables() -> dict[str, Table]:
    from commission.db.base import Base

    return dict(Base.metadata.tables)


class Ids:
    """Next free id per table, read once: core inserts name their ids."""

    def __init__(self, conn: Connection, tables: dict[str, Table]) -> None:
        self.conn = conn
        self.tables = tables
        self.last: dict[str, int] = {}

    def next(self, name: str) -> int:
        if name not in self.last:
            table = self.tables[name]
            self.last[name] = int(
                self.conn.execute(select(func.coalesce(func.max(table.c.id), 0))).scalar_one()
            )
        self.last[name] += 1
        return self.last[name]


def _shift(day: date, years: int) -> date:
    try:
        return day.replace(year=day.year - years)
    except ValueError:  # 29 February
        return day.replace(year=day.year - years, day=28)


def _snapshot(
    conn: Connection, tables: dict[str, Table], commission_id: int
) -> dict[str, list[Row]]:
    """The rows of a commission's tree, keyed by table."""
    rows: dict[str, list[Row]] = {"commissions": []}
    ids: dict[str, set[int]] = {"commissions": {commission_id}}
    for name, column, parent in TREE:
        table = tables[name]
        found = [
            dict(r._mapping)
            for r in conn.execute(select(table).where(table.c[column].in_(ids[parent])))
        ]
        rows[name] = found
        if "id" in table.c:
            ids[name] = {r["id"] for r in found}
    return rows


def _remap(
    table: Table,
    row: Row,
    maps: dict[str, dict[int, int]],
    mapped: dict[str, dict[int, int]],
    copied: frozenset[str],
) -> bool:
    """Point ``row``'s references into the copy; False if a required one has no copy."""
    for column in table.c:
        value = row[column.name]
        if value is None:
            continue
        for fk in column.foreign_keys:
            target = fk.column.table.name
            if target in mapped:
                row[column.name] = mapped[target].get(value, value)
            elif target in copied:
                row[column.name] = maps.get(target, {}).get(value)
                if row[column.name] is None and not column.nullable:
                    return False
    return True


def _copy(
    conn: Connection,
    tables: dict[str, Table],
    next_id: Ids,
    tree: tuple[tuple[str, str, str], ...],
    source: dict[str, list[Row]],
    mapped: dict[str, dict[int, int]],
    change: Callable[[str, Row], Row | None],
) -> dict[str, dict[int, int]]:
    """Insert a copy of ``source``'s rows: new ids, references inside the copy remapped,
    references to tables outside it (agencies, the commission in ``mapped``) kept.
    ``change`` edits a row before it is written, or leaves it out (None)."""
    maps: dict[str, dict[int, int]] = {}
    copied = frozenset(name for name, _, _ in tree)
    for name, _, _ in tree:
        table = tables[name]
        has_id = "id" in table.c
        staged: list[tuple[Row, Row]] = []
        # Ids first: a table may refer to itself (a decision removing another).
        for old in source[name]:
            new = change(name, dict(old))
            if new is None:
                continue
            if has_id:
                new["id"] = next_id.next(name)
                maps.setdefault(name, {})[old["id"]] = new["id"]
            staged.append((old, new))
        rows: list[Row] = []
        for old, new in staged:
            if _remap(table, new, maps, mapped, copied):
                rows.append(new)
            elif has_id:  # its children are left out in turn
                del maps[name][old["id"]]
        # A row may name one later in the batch (the decision that removed it): written
        # without it first, then pointed at it.
        later = [
            c.name for c in table.c if any(fk.column.table.name == name for fk in c.foreign_keys)
        ]
        pointers = [
            {"row_id": r["id"], **{c: r[c] for c in later}}
            for r in rows
            if any(r[c] is not None for c in later)
        ]
        for r in rows:
            r.update(dict.fromkeys(later, None))
        if rows:
            conn.execute(insert(table), rows)
        if pointers:
            conn.execute(
                update(table).where(table.c.id == bindparam("row_id")),
                pointers,
            )
    return maps


def _new_commissions(
    conn: Connection, tables: dict[str, Table], next_id: Ids, base: int, districts: int
) -> list[int]:
    """The other districts' commissions and the oblast's, as copies of ``base``."""
    t = tables
    commission = dict(
        conn.execute(select(t["commissions"]).where(t["commissions"].c.id == base)).one()._mapping
    )
    district = dict(
        conn.execute(
            select(t["admin_units"]).where(t["admin_units"].c.id == commission["admin_unit_id"])
        )
        .one()
        ._mapping
    )
    oblast_unit = district["parent_id"]
    users = t["users"]
    secretary = dict(conn.execute(select(users).where(users.c.login == "secretary")).one()._mapping)
    officer = dict(conn.execute(select(users).where(users.c.login == "officer")).one()._mapping)
    source = _snapshot(conn, tables, base)
    made: list[int] = []
    for number in range(districts):  # the other districts, then the oblast (number == last)
        if number == districts - 1:
            unit_id, name_ru, name_kk = oblast_unit, "Акмолинской области", "Ақмола облысы"
        else:
            name_ru, name_kk = (
                DISTRICTS[number]
                if number < len(DISTRICTS)
                else (f"Район {number + 2}", f"{number + 2} ауданы")
            )
            unit_id = next_id.next("admin_units")
            conn.execute(
                insert(t["admin_units"]),
                [
                    {
                        **district,
                        "id": unit_id,
                        "name_ru": name_ru,
                        "name_kk": name_kk,
                        "kato_code": None,
                    }
                ],
            )
        commission_id = next_id.next("commissions")
        conn.execute(
            insert(t["commissions"]),
            [
                {
                    **commission,
                    "id": commission_id,
                    "admin_unit_id": unit_id,
                    "name_ru": f"{commission['name_ru']} ({name_ru})",
                    "name_kk": f"{commission['name_kk']} ({name_kk})",
                }
            ],
        )
        _copy(
            conn,
            tables,
            next_id,
            TREE,
            source,
            {"commissions": {base: commission_id}},
            lambda _n, r: r,
        )
        user_id = next_id.next("users")
        conn.execute(
            insert(users), [{**secretary, "id": user_id, "login": f"secretary_{commission_id}"}]
        )
        conn.execute(
            insert(t["user_commissions"]), [{"user_id": user_id, "commission_id": commission_id}]
        )
        if unit_id != oblast_unit:
            conn.execute(
                insert(users),
                [
                    {
                        **officer,
                        "id": next_id.next("users"),
                        "login": f"officer_{commission_id}",
                        "district_id": unit_id,
                    }
                ],
            )
        made.append(commission_id)
    return made


def _earlier(
    years: int, copy: int, commission_id: int, numbers: dict[tuple[int, int], int]
) -> Callable[[str, Row], Row | None]:
    """A row moved ``years`` back (and ``copy`` times nine days: a year's further copies meet
    a little earlier); what was still open then has been executed since."""
    days = copy * 9

    def change(name: str, row: Row) -> Row | None:
        if name == "work_plan_items" and copy:
            return None  # one plan a year
        for key, value in row.items():
            if isinstance(value, date) and not isinstance(value, datetime):
                row[key] = _shift(value, years) - timedelta(days=days)
        if name == "work_plan_items":
            row["year"] -= years
        if name == "meetings":
            row["year"] = row["meeting_date"].year
            numbers[(commission_id, row["year"])] += 1
            row["number"] = numbers[(commission_id, row["year"])]
        if years and name == "control_points" and row["state"] == ControlPointState.OPEN:
            row["state"], row["executed_on"] = ControlPointState.EXECUTED_ON_TIME, row["due_date"]
        if years and name == "decisions" and row["control_state"] in STILL_OPEN:
            row["control_state"], row["executed_on"] = ControlState.EXECUTED, row["due_date"]
        return row

    return change


def _grow_years(
    conn: Connection,
    tables: dict[str, Table],
    next_id: Ids,
    commissions: list[int],
    years: int,
    copies: int,
    today: date,
) -> None:
    """Each commission's held meetings repeated into ``years`` years, ``copies`` times a year."""
    meetings = tables["meetings"]
    numbers: dict[tuple[int, int], int] = defaultdict(int)
    for commission_id, year, last in conn.execute(
        select(meetings.c.commission_id, meetings.c.year, func.max(meetings.c.number)).group_by(
            meetings.c.commission_id, meetings.c.year
        )
    ):
        numbers[(commission_id, year)] = last
    sources = {c: _snapshot(conn, tables, c) for c in commissions}
    for source in sources.values():
        source["meetings"] = [m for m in source["meetings"] if m["meeting_date"] <= today]
    for back in range(years):
        for copy in range(copies):
            if back == 0 and copy == 0:
                continue  # the demo's own year
            for commission_id, source in sources.items():
                _copy(
                    conn,
                    tables,
                    next_id,
                    YEAR_TREE,
                    source,
                    {"commissions": {commission_id: commission_id}},
                    _earlier(back, copy, commission_id, numbers),
                )


def _count(conn: Connection, tables: dict[str, Table], commission_id: int | None) -> dict[str, int]:
    names = ("commissions", "meetings", "decisions", "control_points", "clients", "cases")
    if commission_id is None:
        return {
            n: int(conn.execute(select(func.count()).select_from(tables[n])).scalar_one())
            for n in names
        }
    own = _snapshot(conn, tables, commission_id)
    unit = conn.execute(
        select(tables["commissions"].c.admin_unit_id).where(
            tables["commissions"].c.id == commission_id
        )
    ).scalar_one()
    clients = tables["clients"]
    return {
        "meetings": len(own["meetings"]),
        "decisions": len(own["decisions"]),
        "control_points": len(own["control_points"]),
        "clients": int(
            conn.execute(
                select(func.count()).select_from(clients).where(clients.c.district_id == unit)
            ).scalar_one()
        ),
    }


def build(
    db: Database,
    *,
    districts: int,
    years: int,
    clients: int,
    meetings_per_year: int,
    today: date,
    actor: Actor | None = None,
) -> Built:
    """Fill the empty, migrated ``db``: one district (``districts == 1``) or an oblast of
    ``districts`` district commissions plus the oblast's; ``clients`` over all districts.
    ``actor``: who builds it (default: the command line's administrator)."""
    from commission.services import control_state, demo  # the package imports its neighbours

    demo.build_demo(db, actor or Actor.command_line(), seed=1, today=today)
    tables = _tables()
    with db.engine.begin() as conn:
        next_id = Ids(conn, tables)
        base = int(conn.execute(select(func.min(tables["commissions"].c.id))).scalar_one())
        held = sum(
            1 for m in _snapshot(conn, tables, base)["meetings"] if m["meeting_date"] <= today
        )
        copies = max(1, round(meetings_per_year / max(1, held)))
        made = _new_commissions(conn, tables, next_id, base, districts) if districts > 1 else []
        commissions = [base, *made]
        _grow_years(conn, tables, next_id, commissions, years, copies, today)
        # The copies' points were closed by _earlier: their stored control state follows.
        control_state.refresh_all(conn)
        c = tables["commissions"]
        units = conn.execute(select(c.c.id, c.c.admin_unit_id).where(c.c.id.in_(commissions))).all()
        au = tables["admin_units"]
        district_units = [
            u
            for _, u in units
            if conn.execute(select(au.c.level).where(au.c.id == u)).scalar_one()
            == AdminLevel.DISTRICT
        ]
        users = tables["users"]
        officers = dict(
            conn.execute(
                select(users.c.district_id, func.min(users.c.id))
                .where(users.c.role == Role.PROBATION_OFFICER)
                .group_by(users.c.district_id)
            ).all()
        )
        large_clients.add_clients(
            conn,
            tables,
            next_id,
            [(u, officers.get(u)) for u in sorted(district_units)],
            clients // max(1, districts),
            today,
        )
        if db.engine.dialect.name == "postgresql":
            for name in {*(n for n, _, _ in TREE), "admin_units", "commissions", "users"} | {
                "clients",
                "cases",
            }:
                if "id" in tables[name].c:
                    conn.execute(
                        text(
                            f"SELECT setval(pg_get_serial_sequence('{name}', 'id'),"
                            f" (SELECT max(id) FROM {name}))"
                        )
                    )
        district_id = int(next(u for cid, u in units if cid == base))
        counts = _count(conn, tables, None)
        own = _count(conn, tables, base)
    if db.engine.dialect.name == "postgresql":
        with db.engine.connect().execution_options(isolation_level="AUTOCOMMIT") as conn:
            conn.execute(text("VACUUM ANALYZE"))
    else:
        with db.engine.begin() as conn:
            conn.execute(text("ANALYZE"))
    return Built(base, district_id, len(commissions), held * copies, counts, own)


# The shape of ``commission-admin demo --large``: an oblast's ten years.
LARGE_DISTRICTS = 20
LARGE_YEARS = 10
LARGE_CLIENTS = 50_000
# Meetings a year of each commission (the demo's year repeated, nine days apart): with the
# demo's agenda of about ten decisions a meeting, some 100,000 decisions in all.
LARGE_MEETINGS_PER_YEAR = 48


def build_large(
    db: Database, actor: Actor, *, scale: float = 1.0, today: date | None = None
) -> Built:
    """The large demo in the empty, migrated ``db``: ``LARGE_DISTRICTS`` district commissions
    and the oblast's, ``LARGE_YEARS`` years of meetings spread over each year, about 100,000
    decisions and ``LARGE_CLIENTS`` clients; ``scale`` shrinks it (districts, years, meetings
    and clients alike, at least two districts and years) for a quick try. Each table's added
    rows are recorded in the audit trail, as the demo records its own."""
    actor.require(Permission.MANAGE_USERS)
    day = today or date.today()
    built = build(
        db,
        districts=max(2, round(LARGE_DISTRICTS * scale)),
        years=max(2, round(LARGE_YEARS * scale)),
        clients=max(2 * 10, round(LARGE_CLIENTS * scale)),
        meetings_per_year=max(1, round(LARGE_MEETINGS_PER_YEAR * scale)),
        today=day,
        actor=actor,
    )
    with db.transaction() as session:
        for name, rows in built.counts.items():
            audit.record(
                session, actor, AuditAction.CREATE, name, None, {"demo_large": True, "rows": rows}
            )
    return built
