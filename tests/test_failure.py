"""What the user reads about a failure and what the log keeps of it (``commission.failure``)."""

from __future__ import annotations

import logging
from datetime import date

import pytest
from sqlalchemy import insert
from sqlalchemy.exc import IntegrityError

from commission import failure
from commission.db.engine import Database
from commission.db.models import AdminUnit, Client
from commission.domain.enums import AdminLevel, ClientCategory
from commission.domain.iin import Sex, make_iin
from commission.services.errors import InvalidInput

IIN = make_iin(date(1990, 5, 17), Sex.MALE, 123)


def _raw_duplicate(db: Database) -> IntegrityError:
    """A unique violation straight from the driver, its text quoting the row."""
    with db.engine.begin() as conn:
        district = conn.execute(
            insert(AdminUnit).values(level=AdminLevel.DISTRICT, name_ru="Косшы", name_kk="Қосшы")
        ).inserted_primary_key[0]
    row = {
        "iin": IIN,
        "surname": "Жумабаев",
        "given_name": "Ерлан",
        "search_name": "жумабаев ерлан",
        "birth_date": date(1990, 5, 17),
        "sex": Sex.MALE,
        "district_id": district,
        "category": ClientCategory.CONDITIONAL,
        "consent_given": False,
        "updated_by": "t",
    }
    with db.engine.begin() as conn:
        conn.execute(insert(Client).values(row))
    with pytest.raises(IntegrityError) as caught, db.engine.begin() as conn:
        conn.execute(insert(Client).values(row))
    return caught.value


def test_an_unexpected_database_error_is_logged_by_identifiers_only(
    db: Database, caplog: pytest.LogCaptureFixture
) -> None:
    exc = _raw_duplicate(db)
    assert IIN in str(exc) and "Жумабаев" in str(exc)  # what must not get out
    with caplog.at_level(logging.ERROR, logger="commission"):
        shown = failure.user_message(exc, where="a test")
        again = failure.user_message(exc)
    incident = failure.incident_of(exc)
    assert incident is not None and incident in shown and shown == again
    [record] = caplog.records  # shown twice, logged once
    text = record.getMessage()
    assert text.startswith(
        f"incident {incident}: unexpected sqlalchemy.exc.IntegrityError in a test"
    )
    assert "clients" in text and ("uq_clients_iin" in text or "clients.iin" in text)
    assert "test_failure.py:" in text and ":_raw_duplicate" in text  # where it happened
    for secret in (IIN, IIN[:6], "Жумабаев", "Ерлан", "1990-05-17"):
        assert secret not in text and secret not in shown


def test_a_users_error_is_shown_as_it_is_and_not_logged(caplog: pytest.LogCaptureFixture) -> None:
    error = InvalidInput("Enter the client's surname.", "surname")
    with caplog.at_level(logging.ERROR, logger="commission"):
        assert failure.user_message(error) == "Enter the client's surname."
    assert caplog.records == [] and failure.incident_of(error) is None
