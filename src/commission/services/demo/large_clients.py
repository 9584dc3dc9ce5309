"""The clients of the large demo's districts (``large``): bare records by core inserts, a tenth
with a case, so that a district officer's search runs over an oblast's 50,000 people. The
persons are invented from the demo's name lists (``person``), as the client benchmarks' are."""

from __future__ import annotations

import random
from collections import defaultdict
from datetime import date, timedelta
from typing import TYPE_CHECKING, Any

from sqlalchemy import Connection, Table, func, insert, select

from commission.domain.enums import ClientCategory
from commission.domain.iin import Sex, make_iin
from commission.services import registers
from commission.services.demo import names

if TYPE_CHECKING:
    from commission.services.demo.large import Ids

Row = dict[str, Any]


def person(rng: random.Random) -> tuple[str, str, str | None, Sex]:
    """(surname, given name, patronymic, sex): four in five men, two in three Kazakh names."""
    male = rng.random() < 0.8
    sex = Sex.MALE if male else Sex.FEMALE
    if rng.random() < 0.66:
        surname = rng.choice(names.KAZAKH_SURNAMES)[0 if male else 1]
        given = rng.choice(names.KAZAKH_MALE_NAMES if male else names.KAZAKH_FEMALE_NAMES)
        patronymic = rng.choice(names.KAZAKH_FATHER_NAMES) + ("ұлы" if male else "қызы")
    else:
        surname = rng.choice(names.RUSSIAN_SURNAMES)[0 if male else 1]
        given = rng.choice(names.RUSSIAN_MALE_NAMES if male else names.RUSSIAN_FEMALE_NAMES)
        patronymic = rng.choice(names.RUSSIAN_PATRONYMICS)[0 if male else 1]
    return surname, given, patronymic, sex


def add_clients(
    conn: Connection,
    tables: dict[str, Table],
    next_id: Ids,
    districts: list[tuple[int, int | None]],
    per_district: int,
    today: date,
) -> None:
    """Bare clients round-robin over ``districts`` (unit, officer) until each has
    ``per_district``; every tenth gets a case, numbered on from the demo's."""
    clients, cases = tables["clients"], tables["cases"]
    have: dict[int, int] = {
        int(unit): int(count)
        for unit, count in conn.execute(
            select(clients.c.district_id, func.count()).group_by(clients.c.district_id)
        )
    }
    taken = set(conn.scalars(select(clients.c.iin)))
    seq = int(
        conn.execute(
            select(func.coalesce(func.max(cases.c.seq), 0)).where(cases.c.year == today.year)
        ).scalar_one()
    )
    # One stream per district, by its place: the measured (first) district gets the same
    # clients whether or not the others are there.
    streams = {unit: random.Random(7 + place) for place, (unit, _) in enumerate(districts)}
    missing = {unit: max(0, per_district - have.get(unit, 0)) for unit, _ in districts}
    made: dict[int, int] = defaultdict(int)
    batch: list[Row] = []
    case_batch: list[Row] = []
    while any(missing.values()):
        for unit, officer in districts:
            if not missing[unit]:
                continue
            missing[unit] -= 1
            made[unit] += 1
            rng = streams[unit]
            surname, given, patronymic, sex = person(rng)
            born = date(1960, 1, 1) + timedelta(days=rng.randrange(16_000))
            serial = rng.randrange(10_000)
            while (iin := make_iin(born, sex, serial)) in taken:
                serial = (serial + 1) % 10_000
            taken.add(iin)
            client_id = next_id.next("clients")
            batch.append(
                {
                    "id": client_id,
                    "iin": iin,
                    "surname": surname,
                    "given_name": given,
                    "patronymic": patronymic,
                    "search_name": registers.search_key(surname, given, patronymic),
                    "birth_date": born,
                    "sex": sex,
                    "district_id": unit,
                    "category": ClientCategory.CONDITIONAL,
                    "registered_on": today - timedelta(days=rng.randrange(3_000)),
                    "officer_id": officer,
                    "consent_given": True,
                }
            )
            if made[unit] % 10 == 0:
                seq += 1
                case_batch.append(
                    {
                        "id": next_id.next("cases"),
                        "client_id": client_id,
                        "year": today.year,
                        "seq": seq,
                        "number": f"{seq}/{today.year}",
                        "opened_on": today - timedelta(days=rng.randrange(300)),
                        "officer_id": officer,
                    }
                )
            if len(batch) >= 5_000:
                conn.execute(insert(clients), batch)
                batch.clear()
    if batch:
        conn.execute(insert(clients), batch)
    if case_batch:
        conn.execute(insert(cases), case_batch)
