"""The calendar of sittings and deadlines, and its .ics for Outlook, on both engines: what a
secretary and an officer see in a month, nothing of another commission, holidays from the
working calendar, and no client's name or IIN in an exported calendar."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, date, datetime

import pytest
from icalendar import Calendar
from sqlalchemy import select

from commission.db.engine import Database
from commission.db.models import Client, ControlPoint, Measure, Meeting
from commission.domain.enums import ControlPointState, Language
from commission.domain.workcalendar import DayKind
from commission.exports.ical import period_ics
from commission.services import auth, calendar_events
from commission.services.context import Actor
from commission.services.demo import DEMO_PASSWORD, build_demo
from commission.services.errors import InvalidInput
from tests.test_cli import run_as

TODAY = date(2026, 5, 12)
YEAR = (date(2026, 1, 1), date(2026, 12, 31))


@pytest.fixture
def demo(db: Database) -> Database:
    build_demo(db, Actor.command_line(), seed=4, today=TODAY, clients=40)
    return db


def test_a_year_holds_the_commission_s_sittings_and_open_deadlines(demo: Database) -> None:
    secretary = auth.login(demo, "secretary", DEMO_PASSWORD)
    year = calendar_events.period(demo, secretary, *YEAR, TODAY)
    with demo.reading() as session:
        meetings = set(session.scalars(select(Meeting.id).where(Meeting.year == 2026)))
        due = {
            (p.decision_id, p.due_date)
            for p in session.scalars(
                select(ControlPoint).where(
                    ControlPoint.state == ControlPointState.OPEN,
                    ControlPoint.due_date >= YEAR[0],
                    ControlPoint.due_date <= YEAR[1],
                )
            )
        }
    assert {s.meeting_id for s in year.sittings} == meetings
    assert {(c.decision_id, c.day) for c in year.control} == due and due
    assert [s.day for s in year.sittings] == sorted(s.day for s in year.sittings)
    assert all(c.state.value == "overdue" for c in year.control if c.day < TODAY)
    # The secretary has no measures of her own: those are the officers'.
    assert year.measures == ()
    # The working calendar's days off of 2026 are marked: Nauryz among them.
    nauryz = [m for m in year.marked if m.day == date(2026, 3, 22)]
    assert nauryz and nauryz[0].kind is DayKind.HOLIDAY
    # One month is the part of the year in it.
    may = calendar_events.period(demo, secretary, date(2026, 5, 1), date(2026, 5, 31), TODAY)
    assert may.sittings == tuple(s for s in year.sittings if s.day.month == 5)
    assert may.control == tuple(c for c in year.control if c.day.month == 5)


def _open_measures(demo: Database, officer_id: int | None) -> dict[int, date]:
    """The deadlines of the officer's measures still to be done, in cases still open."""
    with demo.reading() as session:
        return {
            m.id: m.deadline
            for m in session.scalars(select(Measure).where(Measure.deadline.is_not(None)))
            if m.case.officer_id == officer_id
            and m.case.state.value in {"draft", "approved", "in_progress", "on_review"}
            and m.state.value in {"assigned", "in_progress", "escalated"}
            and m.deadline is not None
        }


def _officer_year(demo: Database, officer_id: int | None) -> tuple[date, date]:
    """The year of the officer's latest open deadline: the demo's are spread over years."""
    latest = max(_open_measures(demo, officer_id).values())
    return date(latest.year, 1, 1), date(latest.year, 12, 31)


def test_an_officer_sees_the_deadlines_of_his_own_cases(demo: Database) -> None:
    officer = auth.login(demo, "officer", DEMO_PASSWORD)
    span = _officer_year(demo, officer.user_id)
    year = calendar_events.period(demo, officer, *span, TODAY)
    own = {
        ident
        for ident, day in _open_measures(demo, officer.user_id).items()
        if span[0] <= day <= span[1]
    }
    assert {m.measure_id for m in year.measures} == own and own
    officer2 = auth.login(demo, "officer2", DEMO_PASSWORD)
    theirs = calendar_events.period(demo, officer2, *span, TODAY)
    assert not {m.measure_id for m in theirs.measures} & own


def test_a_period_backwards_or_too_long_is_refused(demo: Database) -> None:
    secretary = auth.login(demo, "secretary", DEMO_PASSWORD)
    with pytest.raises(InvalidInput):
        calendar_events.period(demo, secretary, date(2026, 5, 31), date(2026, 5, 1), TODAY)
    with pytest.raises(InvalidInput):
        calendar_events.period(demo, secretary, date(2020, 1, 1), date(2026, 1, 1), TODAY)


def _names_and_iins(db: Database) -> list[str]:
    with db.reading() as session:
        return [
            text
            for c in session.scalars(select(Client))
            for text in (c.surname, c.iin or "")
            if text and len(text) > 3
        ]


@pytest.mark.parametrize("language", ["ru", "kk"])
def test_the_ics_opens_in_outlook_s_terms_and_holds_no_client(
    demo: Database, language: str
) -> None:
    officer = replace(auth.login(demo, "officer", DEMO_PASSWORD), language=Language(language))
    year = calendar_events.period(demo, officer, *_officer_year(demo, officer.user_id), TODAY)
    data = period_ics(year, language, "Комиссия", datetime(2026, 5, 12, 6, tzinfo=UTC))
    parsed = Calendar.from_ical(data)
    events = list(parsed.walk("VEVENT"))
    assert len(events) == len(year.sittings) + len(year.control) + len(year.measures)
    uids = [str(e["UID"]) for e in events]
    assert len(set(uids)) == len(uids)  # importing again updates, never doubles
    summaries = [str(e["SUMMARY"]) for e in events]
    if language == "kk":
        assert any("отырысы" in s for s in summaries)
        assert any("Іс-шара мерзімі" in s for s in summaries)
    else:
        assert any("Заседание комиссии №" in s for s in summaries)
        assert any("Срок мероприятия: дело №" in s for s in summaries)
    text = data.decode("utf-8").replace("\r\n ", "")
    for value in _names_and_iins(demo):
        assert value not in text


def test_the_command_line_writes_the_calendar(
    demo: Database, db_url: str, tmp_path: object, capsys: pytest.CaptureFixture[str]
) -> None:
    from pathlib import Path

    target = Path(str(tmp_path)) / "commission.ics"
    code, out, err = run_as(
        capsys,
        "secretary",
        "--db",
        db_url,
        "export",
        "ical",
        "--from",
        "2026-01-01",
        "--to",
        "2026-12-31",
        "--lang",
        "kk",
        "-o",
        str(target),
    )
    assert code == 0, err
    assert "sitting(s)" in out
    events = list(Calendar.from_ical(target.read_bytes()).walk("VEVENT"))
    assert events and all(
        "мерзімі" in str(e["SUMMARY"]) or "отырыс" in str(e["SUMMARY"]) for e in events
    )
    code, _, err = run_as(
        capsys, "secretary", "--db", db_url, "export", "ical", "--from", "2026-13-01", "-o", "x"
    )
    assert code != 0 and "2026-13-01" in err
