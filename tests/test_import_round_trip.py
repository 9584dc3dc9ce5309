"""The program's own registers import back: every column of the clients register and of the
cases register, in Russian and in Kazakh, is recognised, and importing a register over the
database it came from changes nothing."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from argon2 import PasswordHasher

from commission.db.engine import Database
from commission.domain.enums import ClientCategory
from commission.domain.iin import Sex, make_iin
from commission.exports.probation_registers_xlsx import cases_register_xlsx, clients_register_xlsx
from commission.services import auth, cases, clients, probation_exports
from commission.services.client_import import ClientField, RowOutcome, import_clients
from commission.services.client_import_columns import preview_header
from commission.services.measure_import import import_measures
from tests.clients_world import World, build_world


@pytest.fixture(autouse=True)
def _cheap_password_hashing(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(auth, "_hasher", PasswordHasher(time_cost=1, memory_cost=1024))


@pytest.fixture
def world(db: Database) -> World:
    world = build_world(db)
    for serial, category in enumerate(ClientCategory, start=1):
        clients.create_client(
            db,
            world.officer_a,
            clients.ClientData(
                iin=make_iin(date(1980 + serial, serial % 12 + 1, serial), Sex.FEMALE, serial),
                surname=f"Сәрсенова{serial}",
                given_name="Әйгерім",
                patronymic="Болатқызы",
                district_id=world.district_a,
                category=category,
                registered_on=date(2026, 1, serial),
                officer_id=world.officer_a.user_id,
            ),
        )
    return world


@pytest.mark.parametrize("language", ["ru", "kk"])
def test_the_clients_register_imports_back_unchanged(
    db: Database, world: World, tmp_path: Path, language: str
) -> None:
    rows = probation_exports.clients_register(db, world.officer_a)
    path = tmp_path / f"register-{language}.xlsx"
    path.write_bytes(clients_register_xlsx(rows, date(2026, 3, 1), language))

    preview = preview_header(world.officer_a, path)
    assert preview.unrecognised == ()
    assert len(preview.columns) == 10
    assert {c.field for c in preview.columns} >= {ClientField.OFFICER, ClientField.CATEGORY}

    result = import_clients(db, world.officer_a, path, dry_run=True)
    assert [r.outcome for r in result.rows] == [RowOutcome.UNCHANGED] * len(rows)
    assert len(result.columns) == 10


@pytest.mark.parametrize("language", ["ru", "kk"])
def test_the_cases_register_imports_back_unchanged(
    db: Database, world: World, tmp_path: Path, language: str
) -> None:
    for row in probation_exports.clients_register(db, world.officer_a)[:3]:
        cases.open_case(db, world.officer_a, row.id, date(2026, 2, 1))
    rows = probation_exports.cases_register(db, world.officer_a, date(2026, 3, 1))
    assert len(rows) == 3
    path = tmp_path / f"cases-{language}.xlsx"
    path.write_bytes(cases_register_xlsx(rows, date(2026, 3, 1), language))

    result = import_measures(db, world.officer_a, path, dry_run=True)
    assert len(result.columns) == 9  # every column recognised
    assert [r.outcome for r in result.rows] == [RowOutcome.UNCHANGED] * 3
