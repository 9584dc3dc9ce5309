"""Import of a deliberately messy client list: the exact report of every row, idempotence,
the dry run, the transaction, cancellation, and files that are not workbooks at all."""

from __future__ import annotations

import io
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path

import pytest
from openpyxl import Workbook, load_workbook
from sqlalchemy import func, select

from commission.db.engine import Database
from commission.db.models import AuditEntry, Client
from commission.domain.enums import ClientCategory
from commission.domain.iin import Sex, make_iin
from commission.domain.messages import UserError
from commission.domain.permissions import PermissionDenied
from commission.exports.import_report_xlsx import ReportLine, import_report_xlsx
from commission.services import clients
from commission.services.client_import import ClientField as F
from commission.services.client_import import (
    ImportCancelled,
    ImportRefused,
    ImportResult,
    RowOutcome,
    category_of,
    import_clients,
    recognise_header,
)
from tests.clients_world import World, build_world

ABILKAIYR = make_iin(date(1988, 3, 14), Sex.FEMALE, 4321)
IVANOV = make_iin(date(2005, 3, 1), Sex.MALE, 17)  # starts with 0: Excel drops it
PETROV_BAD = make_iin(date(1979, 7, 2), Sex.MALE, 5)[:-1] + "0"
SIDOROVA = make_iin(date(1990, 5, 5), Sex.FEMALE, 88)
NOBODY = make_iin(date(1995, 1, 9), Sex.MALE, 300)
ALMATY = make_iin(date(1992, 2, 2), Sex.MALE, 301)
MERGED_1 = make_iin(date(1993, 3, 3), Sex.MALE, 302)
MERGED_2 = make_iin(date(1994, 4, 4), Sex.FEMALE, 303)
UNKNOWN_CAT = make_iin(date(1996, 6, 6), Sex.MALE, 304)
OTHER_DISTRICT = make_iin(date(1997, 7, 7), Sex.FEMALE, 305)
KNOWN_CHANGED = make_iin(date(1980, 8, 8), Sex.MALE, 306)
KNOWN_SAME = make_iin(date(1981, 9, 9), Sex.FEMALE, 307)
HEADER = (
    "№ п/п",
    "Ф.И.О.",
    "ИИН",
    "Дата рождения",
    "Категория учета",
    "Статья УК РК",
    "Дата постановки на учёт",
    "Адрес проживания",
    "Телефон",
    "Район",
)


@pytest.fixture
def world(db: Database) -> World:
    assert make_iin(date(1979, 7, 2), Sex.MALE, 5) != PETROV_BAD
    return build_world(db)


def _put_text(sheet: object, ref: str, text: str) -> None:
    cell = sheet[ref]  # type: ignore[index]
    cell.value = text
    cell.data_type = "s"  # as Excel keeps «=…» typed into a text-formatted cell


def messy_workbook(path: Path) -> Path:
    book = Workbook()
    sheet = book.active
    assert sheet is not None
    sheet["A1"] = "Список лиц, состоящих на учёте службы пробации"
    sheet.merge_cells("A1:J1")
    sheet["A2"] = "по состоянию на 01.11.2026 г."
    sheet.append([])
    sheet.append(list(HEADER))  # row 4
    rows: list[list[object]] = [
        # 5: everything fine; a real date; an address typed like a formula
        [
            1,
            "Әбілқайыр Гүлнұр Серікқызы",
            ABILKAIYR,
            datetime(1988, 3, 14),
            "условное осуждение",
            "188 ч.2",
            "01.02.2026",
            None,
            "+7 701 123 45 67",
            "Косшы",
        ],
        # 6: the IIN a number without its leading zero; NBSP and stray spaces; ISO and short dates
        [
            "2",
            " Иванов\u00a0Иван  Петрович ",
            int(IVANOV),
            "2005-03-01",
            "УДО",
            "  ",
            "1.2.26",
            "с. Қосшы, ул. Абая 1",
            None,
            "Косшы район",
        ],
        [],  # 7: empty
        # 8: the check digit is wrong
        [3, "Петров Пётр", PETROV_BAD, None, "условное", None, None, None, None, "Косшы"],
        # 9: the IIN says 5 May, the list says 6 May
        [4, "Сидорова Анна", SIDOROVA, "06.05.1990", "условное", None, None, None, None, "Косшы"],
        # 10: the same person again
        [5, "ӘБІЛҚАЙЫР Г.", ABILKAIYR, None, "условное", None, None, None, None, "Косшы"],
        # 11: no name at all
        [6, "  ", NOBODY, None, "условное", None, None, None, None, "Косшы"],
        # 12: a district that does not exist
        [7, "Беков Бек", ALMATY, None, "условное", None, None, None, None, "Алматы"],
        # 13-14: the district cell merged over two rows
        [
            8,
            "Сейітов Нұрлан",
            MERGED_1,
            None,
            "ограничение свободы",
            None,
            None,
            None,
            None,
            "Косшы",
        ],
        [9, "Сейітова Әсел", MERGED_2, None, "несовершеннолетний", None, None, None, None, None],
        # 15: a category nobody knows
        [10, "Жанов Жан", UNKNOWN_CAT, None, "лишение свободы", None, None, None, None, "Косшы"],
        # 16: another officer's district
        [
            11,
            "Ерлан Ерланов",
            OTHER_DISTRICT,
            None,
            "условное",
            None,
            None,
            None,
            None,
            "Целиноградский р-н",
        ],
        # 17: already on the register with another phone
        [
            12,
            "Известный Игорь",
            KNOWN_CHANGED,
            None,
            "Условное осуждение",
            None,
            None,
            None,
            "8 701 999 99 99",
            "Косшы",
        ],
        # 18: already on the register exactly so
        [
            13,
            "Знакомая Зоя",
            KNOWN_SAME,
            None,
            "условное осуждение",
            None,
            None,
            None,
            None,
            "Косшы",
        ],
        [None, None, None, None, None, None, None, None, None, None],  # 19: empty again
    ]
    for row in rows:
        sheet.append(row)
    _put_text(sheet, "H5", "=ул. Абая, 5")
    sheet.merge_cells("J13:J14")
    book.save(path)
    return path


def _register_known(db: Database, world: World) -> None:
    for iin, surname, given in (
        (KNOWN_CHANGED, "Известный", "Игорь"),
        (KNOWN_SAME, "Знакомая", "Зоя"),
    ):
        clients.create_client(
            db,
            world.officer_a,
            clients.ClientData(
                iin=iin,
                surname=surname,
                given_name=given,
                district_id=world.district_a,
                category=ClientCategory.CONDITIONAL,
                phone="8 701 000 00 00" if iin == KNOWN_CHANGED else None,
            ),
        )


def _report(result: ImportResult) -> list[tuple[int, str, str | None]]:
    return [(r.row, r.outcome.value, str(r.reason) if r.reason else None) for r in result.rows]


EXPECTED = [
    (5, "created", None),
    (6, "created", None),
    (8, "rejected", "The IIN check digit does not match; the number has a typing error."),
    (9, "rejected", "The birth date does not match the IIN."),
    (10, "rejected", "The same IIN is already on row 5 of this file; the row was skipped."),
    (11, "rejected", "Enter the client's surname."),
    (12, "rejected", "The district «Алматы» is not in the list of districts."),
    (13, "created", None),
    (14, "created", None),
    (15, "rejected", "The register category «лишение свободы» is unknown."),
    (16, "rejected", "The client belongs to a district you do not serve; the row was skipped."),
    (17, "updated", None),
    (18, "unchanged", None),
]


def _counts(db: Database) -> tuple[int, int]:
    with db.reading() as s:
        return (
            int(s.scalar(select(func.count(Client.id))) or 0),
            int(s.scalar(select(func.count(AuditEntry.seq))) or 0),
        )


@dataclass
class _Stored:
    surname: str
    given_name: str
    patronymic: str | None
    birth_date: date
    category: ClientCategory
    registered_on: date | None
    actual_address: str | None
    phone: str | None
    articles: str | None
    district_id: int


def _stored(db: Database, iin: str) -> _Stored:
    with db.reading() as s:
        c = s.scalars(select(Client).where(Client.iin == iin)).one()
        return _Stored(
            c.surname,
            c.given_name,
            c.patronymic,
            c.birth_date,
            c.category,
            c.registered_on,
            c.actual_address,
            c.phone,
            c.articles,
            c.district_id,
        )


def test_messy_list_gives_the_exact_row_report(db: Database, world: World, tmp_path: Path) -> None:
    _register_known(db, world)
    path = messy_workbook(tmp_path / "список.xlsx")
    before = _counts(db)
    trial = import_clients(db, world.officer_a, path, dry_run=True)
    assert _report(trial) == EXPECTED
    assert _counts(db) == before  # the dry run wrote nothing, not even to the audit trail
    assert trial.header_row == 4
    assert trial.columns[F.FULL_NAME] == "B" and trial.columns[F.DISTRICT] == "J"

    seen: list[tuple[int, int]] = []
    done = import_clients(db, world.officer_a, path, progress=lambda d, t: seen.append((d, t)))
    assert _report(done) == EXPECTED
    assert seen[-1] == (13, 13)
    # One audit entry for the import, one stamping its rows (audit verify --deep).
    assert _counts(db) == (before[0] + 4, before[1] + 2)

    first = _stored(db, ABILKAIYR)
    assert (first.surname, first.given_name, first.patronymic) == (
        "Әбілқайыр",
        "Гүлнұр",
        "Серікқызы",
    )
    assert (first.registered_on, first.actual_address, first.phone, first.articles) == (
        date(2026, 2, 1),
        "=ул. Абая, 5",
        "+7 701 123 45 67",
        "188 ч.2",
    )
    second = _stored(db, IVANOV)
    assert (second.surname, second.given_name, second.patronymic) == ("Иванов", "Иван", "Петрович")
    assert (second.birth_date, second.category, second.registered_on, second.articles) == (
        date(2005, 3, 1),
        ClientCategory.PAROLE,
        date(2026, 2, 1),
        None,
    )
    assert _stored(db, MERGED_2).district_id == world.district_a
    assert _stored(db, MERGED_2).category is ClientCategory.MINOR
    assert _stored(db, KNOWN_CHANGED).phone == "8 701 999 99 99"

    again = import_clients(db, world.officer_a, path)
    assert {r.outcome for r in again.rows} == {RowOutcome.UNCHANGED, RowOutcome.REJECTED}
    assert [r.row for r in again.rows if r.outcome is RowOutcome.UNCHANGED] == [
        5,
        6,
        13,
        14,
        17,
        18,
    ]
    assert _counts(db) == (before[0] + 4, before[1] + 2)


def test_report_workbook_lists_every_row(world: World, tmp_path: Path, db: Database) -> None:
    result = import_clients(db, world.officer_a, messy_workbook(tmp_path / "a.xlsx"), dry_run=True)
    lines = [ReportLine(r.row, r.outcome.value, r.reason) for r in result.rows]
    lines.append(ReportLine(99, "rejected", UserError('=HYPERLINK("http://x")')))
    target = tmp_path / "report.xlsx"
    target.write_bytes(import_report_xlsx(lines, "a.xlsx", "ru", dry_run=True))
    sheet = load_workbook(target).active
    assert sheet is not None
    values = [tuple(c.value for c in row) for row in sheet.iter_rows(min_row=2)]
    assert [(v[0], bool(v[2])) for v in values[:-1]] == [(r, m is not None) for r, _, m in EXPECTED]
    assert sheet.cell(row=len(values) + 1, column=3).data_type == "s"
    assert sheet.freeze_panes == "A2"


def test_mapping_for_unrecognised_headers(db: Database, world: World, tmp_path: Path) -> None:
    book = Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.append(["Клиент", "Номер", "Вид учёта", "Примечание"])
    sheet.append(["Әбілқайыр Гүлнұр", ABILKAIYR, "шартты соттау", "x"])
    path = tmp_path / "custom.xlsx"
    book.save(path)
    with pytest.raises(ImportRefused):
        import_clients(db, world.officer_a, path)
    result = import_clients(
        db,
        world.officer_a,
        path,
        mapping={"Клиент": "full_name", "B": "iin", "вид учета": "category"},
    )
    assert _report(result) == [(2, "created", None)]
    assert _stored(db, ABILKAIYR).category is ClientCategory.CONDITIONAL
    with pytest.raises(ImportRefused) as caught:
        import_clients(db, world.officer_a, path, mapping={"A": "nickname"})
    assert "nickname" in str(caught.value)


def test_cancelled_import_changes_nothing(db: Database, world: World, tmp_path: Path) -> None:
    path = messy_workbook(tmp_path / "a.xlsx")
    calls = iter([False] * 100)
    with pytest.raises(ImportCancelled):
        import_clients(db, world.officer_a, path, cancelled=lambda: not next(calls, False))
    assert _counts(db)[0] == 0


def test_only_officers_import(db: Database, world: World, tmp_path: Path) -> None:
    path = messy_workbook(tmp_path / "a.xlsx")
    for actor in (world.secretary, world.chair, world.member, world.admin):
        with pytest.raises(PermissionDenied):
            import_clients(db, actor, path)


def test_headers_and_categories_in_both_languages() -> None:
    assert recognise_header("Тегі, аты, әкесінің аты (бар болса)") is F.FULL_NAME
    assert recognise_header("ЖСН") is F.IIN
    assert recognise_header("Туған күні") is F.BIRTH_DATE
    assert recognise_header("Есепке қойылған күні") is F.REGISTERED_ON
    assert recognise_header("Адрес регистрации") is F.REGISTERED_ADDRESS
    assert recognise_header("Мекенжай") is F.ACTUAL_ADDRESS
    assert recognise_header("Аудан") is F.DISTRICT
    assert recognise_header("Бап") is F.ARTICLES
    assert recognise_header("Примечание") is None
    assert category_of("Условно-досрочное освобождение") is ClientCategory.PAROLE
    assert category_of("шартты түрде мерзімінен бұрын босату") is ClientCategory.PAROLE
    assert category_of("Бас бостандығын шектеу") is ClientCategory.RESTRICTED_FREEDOM
    assert category_of("отсрочка отбывания наказания") is ClientCategory.DEFERRED
    assert category_of("") is None


SARSENOV = make_iin(date(1991, 1, 11), Sex.MALE, 308)
FORMULA_NAME = make_iin(date(1992, 2, 12), Sex.FEMALE, 309)


def _escaped_list(path: Path) -> Path:
    """A list as Excel saves cells holding a carriage return or a bell: «_x000D_», «_x0007_»."""
    book = Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.append(["ФИО", "ИИН", "Категория", "Адрес", "Район"])
    sheet.append(
        [
            "Сәрсенов_x000D_Арман_x0007_ Болатұлы",
            SARSENOV,
            "условное",
            "ул. Абая_x0007_, 7",
            "Косшы",
        ]
    )
    sheet.append(["Кайратова Дана", FORMULA_NAME, "условное", None, "Косшы"])
    _put_text(sheet, "A3", "=СУММ(A1:A2)")  # text in a text cell, as Excel keeps it
    book.save(path)
    return path


def test_excel_escapes_are_decoded_and_formula_names_refused(
    db: Database, world: World, tmp_path: Path
) -> None:
    result = import_clients(db, world.officer_a, _escaped_list(tmp_path / "escaped.xlsx"))
    assert _report(result) == [
        (2, "created", None),
        (
            3,
            "rejected",
            "The name in column A looks like a spreadsheet formula («=…»), not a person's name; "
            "correct the cell in the list.",
        ),
    ]
    stored = _stored(db, SARSENOV)
    assert (stored.surname, stored.given_name, stored.patronymic) == (
        "Сәрсенов",
        "Арман",
        "Болатұлы",
    )
    assert stored.actual_address == "ул. Абая, 7"


@pytest.mark.parametrize(
    ("language", "reason"),
    [
        ("ru", "Контрольная цифра ИИН не совпадает"),
        ("kk", "ЖСН-нің бақылау цифры сәйкес келмейді"),
    ],
)
def test_report_reasons_are_in_the_report_language(
    db: Database, world: World, tmp_path: Path, language: str, reason: str
) -> None:
    result = import_clients(db, world.officer_a, messy_workbook(tmp_path / "a.xlsx"), dry_run=True)
    lines = [ReportLine(r.row, r.outcome.value, r.reason) for r in result.rows]
    data = import_report_xlsx(lines, "a.xlsx", language, dry_run=True)
    sheet = load_workbook(io.BytesIO(data)).active
    assert sheet is not None
    reasons = {row[0]: row[2] for row in sheet.iter_rows(min_row=2, values_only=True)}
    assert str(reasons[8]).startswith(reason)
    english = {str(r.reason) for r in result.rows if r.reason}
    assert not english & {str(text) for text in reasons.values()}
