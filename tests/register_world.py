"""Many clients and cases written straight into a database, for the tests of the registers'
sorting and filters: enough rows that the first screen is a page, with names, districts,
categories, officers, states and deadlines that differ from row to row."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

from commission.db.engine import Database
from commission.db.models import Case, Client, Commission, Measure, Meeting
from commission.domain.enums import (
    ClientCategory,
    CommissionKind,
    MeasureState,
    MeetingKind,
    MeetingStatus,
    NeedKind,
    ProgrammeState,
)
from commission.domain.iin import Sex, make_iin
from commission.services.client_search import search_key
from tests.clients_world import World

SURNAMES = ("Абаев", "Жұмабаев", "Иванов", "Өмірзақов", "Сейтов", "Ыбыраев", "Бекова")
FIRST_DAY = date(2025, 1, 6)
TODAY = date(2026, 3, 2)


@dataclass(frozen=True)
class Registers:
    clients: list[int]
    cases: list[int]
    overdue_cases: set[int]  # with a measure past its deadline on TODAY


def fill(db: Database, w: World, count: int) -> Registers:
    """``count`` clients, every other one of district A (officer A's), each with one case; a
    case in seven has a measure overdue on ``TODAY``."""
    categories = list(ClientCategory)
    states = list(ProgrammeState)
    officers = (w.officer_a.user_id, w.officer_b.user_id)
    with db.transaction() as s:
        clients: list[Client] = []
        for n in range(count):
            surname = f"{SURNAMES[n % len(SURNAMES)]}{n:04d}"
            given = "Нұрлан" if n % 2 else "Асем"
            client = Client(
                iin=make_iin(date(1980, 1, 1) + timedelta(days=n), Sex.MALE, n % 900 + 1),
                surname=surname,
                given_name=given,
                search_name=search_key(surname, given),
                birth_date=date(1980, 1, 1) + timedelta(days=n),
                sex=Sex.MALE,
                district_id=w.district_a if n % 2 == 0 else w.district_b,
                category=categories[n % len(categories)],
                registered_on=FIRST_DAY + timedelta(days=n % 300),
                deregistered_on=TODAY if n % 11 == 5 else None,
                officer_id=officers[n % 2] if n % 13 else None,
            )
            clients.append(client)
        s.add_all(clients)
        s.flush()
        cases: list[Case] = []
        for n, client in enumerate(clients):
            cases.append(
                Case(
                    client_id=client.id,
                    year=2025 + n % 2,
                    seq=n + 1,
                    number=f"{n + 1}/{2025 + n % 2}",
                    opened_on=FIRST_DAY + timedelta(days=(n * 7) % 400),
                    officer_id=client.officer_id,
                    state=states[n % len(states)],
                )
            )
        s.add_all(cases)
        s.flush()
        overdue: set[int] = set()
        for n, case in enumerate(cases):
            if n % 7 == 0:
                late = n % 14 == 0
                s.add(
                    Measure(
                        case_id=case.id,
                        need_kind=NeedKind.EMPLOYMENT,
                        action="Трудоустройство",
                        deadline=TODAY - timedelta(days=3) if late else TODAY + timedelta(n),
                        state=MeasureState.ASSIGNED,
                    )
                )
                if late:
                    overdue.add(case.id)
        return Registers([c.id for c in clients], [c.id for c in cases], overdue)


MEETINGS = (  # number, date, kind, state
    (1, date(2026, 2, 10), MeetingKind.REGULAR, MeetingStatus.CANCELLED),
    (2, date(2026, 1, 20), MeetingKind.EXTRAORDINARY, MeetingStatus.HELD),
    (3, date(2026, 3, 5), MeetingKind.REGULAR, MeetingStatus.PLANNED),
)


def add_meetings(db: Database, district: int) -> list[int]:
    """A commission of ``district`` and its three meetings of 2026 (``MEETINGS``), by number."""
    with db.transaction() as s:
        commission = Commission(
            kind=CommissionKind.MERGED,
            name_ru="Комиссия",
            name_kk="Комиссия",
            akimat_ru="Акимат",
            akimat_kk="Әкімдік",
            admin_unit_id=district,
        )
        s.add(commission)
        s.flush()
        meetings = [
            Meeting(
                commission_id=commission.id,
                year=2026,
                number=number,
                meeting_date=day,
                kind=kind,
                status=status,
            )
            for number, day, kind, status in MEETINGS
        ]
        s.add_all(meetings)
        s.flush()
        return [m.id for m in meetings]
