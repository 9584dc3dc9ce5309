"""Import of an officer's sheet of programmes and measures: the exact row report, the case
found or opened, agencies matched by name or BIN and never created, the domain's rules kept,
and the same sheet imported twice adding nothing."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from argon2 import PasswordHasher
from openpyxl import Workbook
from sqlalchemy import func, select

from commission.db.engine import Database
from commission.db.models import Case, Measure
from commission.domain.enums import (
    AgencyKind,
    ClientCategory,
    MeasureState,
    NeedKind,
    ProgrammeState,
)
from commission.domain.iin import Sex, iin_check_digit, make_iin
from commission.domain.permissions import PermissionDenied
from commission.services import agencies, auth, cases, clients, measures
from commission.services.client_import import RowOutcome
from commission.services.measure_import import import_measures
from commission.services.measure_import_headers import (
    MeasureField,
    measure_state_of,
    need_kind_of,
    recognise_measure_header,
)
from tests.clients_world import World, build_world

TODAY = date(2026, 3, 2)
ASEL = make_iin(date(1990, 4, 4), Sex.FEMALE, 501)
BOLAT = make_iin(date(1985, 5, 5), Sex.MALE, 502)
ELSEWHERE = make_iin(date(1987, 7, 7), Sex.MALE, 503)
NOBODY = make_iin(date(1988, 8, 8), Sex.MALE, 504)
HEADER = [
    "№",
    "ИИН",
    "ФИО",
    "Потребность",
    "Мероприятие",
    "Исполнитель",
    "Срок",
    "Статус",
    "Результат",
]


def _bin() -> str:
    first11 = "10044000123"
    return f"{first11}{iin_check_digit(first11)}"


def _client(db: Database, actor: object, iin: str, district: int) -> int:
    saved = clients.create_client(
        db,
        actor,  # type: ignore[arg-type]
        clients.ClientData(
            iin=iin,
            surname="Клиентова",
            given_name="Анна",
            district_id=district,
            category=ClientCategory.CONDITIONAL,
        ),
    )
    assert saved.client_id is not None
    return saved.client_id


@pytest.fixture(autouse=True)
def _cheap_password_hashing(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(auth, "_hasher", PasswordHasher(time_cost=1, memory_cost=1024))


@pytest.fixture
def world(db: Database) -> World:
    world = build_world(db)
    for name_ru, name_kk, short, bin_value in (
        ("Центр занятости населения", "Халықты жұмыспен қамту орталығы", "ЦЗН", None),
        ("Отдел жилищных отношений", "Тұрғын үй қатынастары бөлімі", None, _bin()),
    ):
        agencies.create_agency(
            db,
            world.admin,
            agencies.AgencyData(
                kind=AgencyKind.EMPLOYMENT,
                name_ru=name_ru,
                name_kk=name_kk,
                short_name_ru=short,
                bin=bin_value,
            ),
        )
    asel = _client(db, world.officer_a, ASEL, world.district_a)
    _client(db, world.officer_a, BOLAT, world.district_a)
    _client(db, world.officer_b, ELSEWHERE, world.district_b)
    case_id = cases.open_case(db, world.officer_a, asel, date(2026, 1, 10))
    measures.add_measure(
        db,
        world.officer_a,
        case_id,
        measures.MeasureData(NeedKind.EMPLOYMENT, "Направить в ЦЗН", None, date(2026, 2, 1)),
    )
    cases.change_state(db, world.officer_a, case_id, 1, ProgrammeState.APPROVED, date(2026, 1, 12))
    return world


def _sheet(path: Path) -> Path:
    book = Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.append(["Мероприятия программ пробации, 2025–2026"])
    sheet.append(HEADER)  # row 2
    for row in [
        # 3: the measure already in Asel's case, now provided
        [
            1,
            ASEL,
            "Асель",
            "Трудоустройство",
            "Направить в ЦЗН",
            "ЦЗН",
            "01.02.2026",
            "оказано",
            "Трудоустроена",
        ],
        # 4: a new measure of her approved case, its agency by BIN, under way
        [
            2,
            ASEL,
            "Асель",
            "Жилье",
            "Помочь с арендой жилья",
            _bin(),
            "01.04.2026",
            "в работе",
            None,
        ],
        # 5: an agency nobody has added
        [
            3,
            int(BOLAT),
            "Болат",
            "Документы",
            "Восстановить удостоверение",
            "ЦОН Косшы",
            None,
            None,
            None,
        ],
        # 6: Bolat has no case: one is opened, as early as this deadline of last year
        [
            4,
            BOLAT,
            "Болат",
            "Медицинская помощь",
            "Пройти медосмотр",
            "Халықты жұмыспен қамту орталығы",
            date(2025, 11, 20),
            None,
            None,
        ],
        # 7: his new programme is a draft: nothing in it is worked on yet
        [5, BOLAT, "Болат", "Білім беру", "Курсы сварщиков", "ЦЗН", None, "исполнено", "Окончил"],
        # 8: another district's client reads as no client at all
        [6, ELSEWHERE, "Чужой", "Жилье", "Общежитие", None, None, None, None],
        # 9: nobody with this IIN
        [7, NOBODY, "Никто", "Жилье", "Общежитие", None, None, None, None],
        # 10: row 4 again
        [8, ASEL, "Асель", "Жилье", "помочь  с арендой жилья", None, None, None, None],
        # 11: a need nobody knows
        [9, ASEL, "Асель", "Рыбалка", "Удочка", None, None, None, None],
    ]:
        sheet.append(row)
    book.save(path)
    return path


EXPECTED = [
    (3, "updated", None),
    (4, "created", None),
    (
        5,
        "rejected",
        "The agency «ЦОН Косшы» is not in the list of agencies; add it there or correct the name.",
    ),
    (6, "created", None),
    (7, "rejected", "Approve the programme before its measures are worked on."),
    (
        8,
        "rejected",
        "There is no client with this IIN on the register you keep; import the client list first.",
    ),
    (
        9,
        "rejected",
        "There is no client with this IIN on the register you keep; import the client list first.",
    ),
    (
        10,
        "rejected",
        "The same measure of this client is already on row 4 of this file; the row was skipped.",
    ),
    (11, "rejected", "The kind of need «Рыбалка» is unknown."),
]


def _report(result: object) -> list[tuple[int, str, str | None]]:
    return [
        (r.row, r.outcome.value, str(r.reason) if r.reason else None)
        for r in result.rows  # type: ignore[attr-defined]
    ]


def _counts(db: Database) -> tuple[int, int]:
    with db.reading() as s:
        return (
            int(s.scalar(select(func.count(Case.id))) or 0),
            int(s.scalar(select(func.count(Measure.id))) or 0),
        )


def test_a_sheet_of_measures_gives_the_exact_row_report(
    db: Database, world: World, tmp_path: Path
) -> None:
    path = _sheet(tmp_path / "мероприятия.xlsx")
    before = _counts(db)
    trial = import_measures(db, world.officer_a, path, dry_run=True, today=TODAY)
    assert _report(trial) == EXPECTED
    assert _counts(db) == before
    assert "«ЦОН Косшы»" in str(trial.warnings[0])
    assert trial.columns[MeasureField.ACTION] == "E"

    done = import_measures(db, world.officer_a, path, today=TODAY)
    assert _report(done) == EXPECTED
    assert _counts(db) == (before[0] + 1, before[1] + 2)
    with db.reading() as s:
        provided = s.scalars(select(Measure).where(Measure.action == "Направить в ЦЗН")).one()
        assert (provided.state, provided.outcome) == (MeasureState.PROVIDED, "Трудоустроена")
        assert s.get_one(Case, provided.case_id).state is ProgrammeState.IN_PROGRESS
        housing = s.scalars(select(Measure).where(Measure.action == "Помочь с арендой жилья")).one()
        assert housing.state is MeasureState.IN_PROGRESS and housing.agency_id is not None
        medical = s.scalars(select(Measure).where(Measure.action == "Пройти медосмотр")).one()
        opened = s.get_one(Case, medical.case_id)
        assert (opened.state, opened.opened_on) == (ProgrammeState.DRAFT, date(2025, 11, 20))
        assert medical.need_kind is NeedKind.HEALTH

    again = import_measures(db, world.officer_a, path, today=TODAY)
    assert [r.outcome for r in again.rows if r.outcome is not RowOutcome.REJECTED] == [
        RowOutcome.UNCHANGED
    ] * 3
    assert _counts(db) == (before[0] + 1, before[1] + 2)


def test_the_cases_register_columns_and_words_are_known() -> None:
    assert recognise_measure_header("№ дела") is MeasureField.CASE_NUMBER
    assert recognise_measure_header("Іс №") is MeasureField.CASE_NUMBER
    assert recognise_measure_header("Ашылған күні") is MeasureField.OPENED_ON
    assert recognise_measure_header("ЖСН") is MeasureField.IIN
    assert recognise_measure_header("Іс-шара") is MeasureField.ACTION
    assert recognise_measure_header("Орындау мерзімі") is MeasureField.DEADLINE
    assert recognise_measure_header("Ответственный исполнитель") is MeasureField.AGENCY
    assert recognise_measure_header("Сотрудник службы пробации") is MeasureField.OFFICER
    assert need_kind_of("Тәуелділікті емдеу") is NeedKind.ADDICTION
    assert need_kind_of("Лечение зависимости") is NeedKind.ADDICTION
    assert need_kind_of("Жұмысқа орналасу") is NeedKind.EMPLOYMENT
    assert need_kind_of("Восстановление семейных связей") is NeedKind.FAMILY
    assert measure_state_of("Клиент бас тартты") is MeasureState.REFUSED
    assert measure_state_of("Көрсету мүмкін емес") is MeasureState.IMPOSSIBLE
    assert measure_state_of("Орындалуда") is MeasureState.IN_PROGRESS
    assert measure_state_of("Вынесено на комиссию") is MeasureState.ESCALATED


def test_only_officers_import_measures(db: Database, world: World, tmp_path: Path) -> None:
    path = _sheet(tmp_path / "a.xlsx")
    for actor in (world.secretary, world.chair, world.member, world.admin):
        with pytest.raises(PermissionDenied):
            import_measures(db, actor, path, dry_run=True)
