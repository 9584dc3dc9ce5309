"""A believable demo commission: a district akimat's merged MVK/KSO commission with a year of work.

The demo lets people try the program (and tests, exports and screenshots exercise it) on data
that looks like the real thing: the organisation and its composition, a work plan, a year of
meetings with attendance, agenda, decisions and their control, and a probation service's clients
with their social-support cases. All persons, numbers and organisations' details are invented.

The data is deterministic for a seed *and* a day: every date is relative to ``today``, so the
dashboard always shows something overdue, something due soon and something executed late.
Rows are written directly as ORM objects in one transaction (calling a service per row would take
minutes on 300 clients); the audit trail gets one entry per table with its row count.
"""

from __future__ import annotations

import random
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time, timedelta
from enum import Enum, auto

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from commission.db.base import Base, Versioned
from commission.db.engine import Database
from commission.db.models import (
    AdminUnit,
    Agency,
    AgendaItem,
    AgendaItemCase,
    Attendance,
    Case,
    CaseEvent,
    Client,
    Commission,
    ControlPoint,
    Decision,
    DecisionAssignee,
    DiscussionEntry,
    ExecutionReport,
    Extension,
    InvitedGuest,
    Measure,
    Meeting,
    Member,
    Need,
    OutgoingLetter,
    ReleaseNotice,
    User,
    WorkPlanItem,
)
from commission.domain.deadlines import DeadlineKind, DeadlineRule, Period, due_dates
from commission.domain.enums import (
    AdminLevel,
    AgencyKind,
    AgendaItemKind,
    AssigneeRole,
    AttendanceStatus,
    AuditAction,
    CaseEventKind,
    ClientCategory,
    CommissionKind,
    ControlPointState,
    ControlState,
    DecisionKind,
    DeregistrationReason,
    ExtensionState,
    MeasureState,
    MeetingFormat,
    MeetingKind,
    MeetingStatus,
    MemberRole,
    MinutesState,
    NeedKind,
    ProgrammeState,
    ReleaseNoticeState,
    ReportAssessment,
    ReportKind,
    Role,
    WorkPlanState,
)
from commission.domain.iin import Sex, iin_check_digit, make_iin
from commission.domain.messages import QT_TRANSLATE_NOOP, UserError
from commission.domain.permissions import Permission
from commission.domain.workcalendar import DayOffRule, WorkingCalendar
from commission.services import audit
from commission.services.auth import hash_password
from commission.services.calendar import load_calendar, seed_years
from commission.services.context import Actor
from commission.services.errors import InvalidInput

DEMO_PASSWORD = "demo-demo"
DEFAULT_CLIENTS = 300
MIN_CLIENTS = 10
MAX_CLIENTS = 20_000

# ---------------------------------------------------------------------------------------------
# Name pools and fixed texts. The organisation's people are fixed (they match the sample minutes
# in the design notes); the clients are drawn from these pools by the seeded generator.
# ---------------------------------------------------------------------------------------------

KAZAKH_SURNAMES: tuple[tuple[str, str], ...] = (
    ("Ахметов", "Ахметова"),
    ("Жумабеков", "Жумабекова"),
    ("Нұрланов", "Нұрланова"),
    ("Әбдірахманов", "Әбдірахманова"),
    ("Құдайбергенов", "Құдайбергенова"),
    ("Сәрсенбаев", "Сәрсенбаева"),
    ("Төлеуов", "Төлеуова"),
    ("Өмірзақов", "Өмірзақова"),
    ("Ғабитов", "Ғабитова"),
    ("Үсенов", "Үсенова"),
    ("Шәріпов", "Шәріпова"),
    ("Бекқожин", "Бекқожина"),
    ("Иманғалиев", "Иманғалиева"),
    ("Оспанов", "Оспанова"),
    ("Тулегенов", "Тулегенова"),
    ("Искаков", "Искакова"),
    ("Мұқанов", "Мұқанова"),
    ("Жақсылықов", "Жақсылықова"),
    ("Қасенов", "Қасенова"),
    ("Серікбаев", "Серікбаева"),
    ("Ержанов", "Ержанова"),
    ("Смағұлов", "Смағұлова"),
    ("Таңатаров", "Таңатарова"),
    ("Жаңабаев", "Жаңабаева"),
    ("Байтұрсынов", "Байтұрсынова"),
    ("Есенов", "Есенова"),
    ("Мусин", "Мусина"),
    ("Абенов", "Абенова"),
)
KAZAKH_MALE_NAMES: tuple[str, ...] = (
    "Нұрлан", "Ерлан", "Асхат", "Данияр", "Ержан", "Бауыржан", "Дәурен", "Талғат", "Азамат",
    "Серік", "Мұрат", "Қайрат", "Ғалым", "Әділет", "Жандос", "Ерболат", "Арман", "Айдос",
    "Олжас", "Руслан", "Тимур", "Бекзат", "Ақжол", "Жиһанша", "Еркебұлан", "Дінмұхамед",
)  # fmt: skip
KAZAKH_FEMALE_NAMES: tuple[str, ...] = (
    "Айгерім", "Гүлнар", "Жанар", "Әсем", "Меруерт", "Динара", "Сәуле", "Аружан", "Ақмарал",
    "Гүлмира", "Айнұр", "Назым", "Жұлдыз", "Салтанат", "Мадина", "Ләззат", "Зуһра", "Күнсұлу",
    "Толқын", "Іңкәр",
)  # fmt: skip
# Fathers' names for the Kazakh patronymic: Нұрлан → Нұрланұлы (son) / Нұрланқызы (daughter).
KAZAKH_FATHER_NAMES: tuple[str, ...] = (
    "Нұрлан", "Серік", "Болат", "Қайрат", "Мұрат", "Ерлан", "Талғат", "Жомарт", "Бақыт",
    "Асқар", "Ерік", "Марат", "Сәкен", "Қанат", "Төлеген", "Өмірбек", "Ғани", "Жеңіс",
    "Аманжол", "Жиһанша",
)  # fmt: skip
RUSSIAN_SURNAMES: tuple[tuple[str, str], ...] = (
    ("Иванов", "Иванова"),
    ("Петров", "Петрова"),
    ("Смирнов", "Смирнова"),
    ("Кузнецов", "Кузнецова"),
    ("Попов", "Попова"),
    ("Васильев", "Васильева"),
    ("Соколов", "Соколова"),
    ("Михайлов", "Михайлова"),
    ("Новиков", "Новикова"),
    ("Фёдоров", "Фёдорова"),
    ("Морозов", "Морозова"),
    ("Волков", "Волкова"),
    ("Лебедев", "Лебедева"),
    ("Семёнов", "Семёнова"),
    ("Козлов", "Козлова"),
    ("Степанов", "Степанова"),
    ("Никитин", "Никитина"),
    ("Сорокин", "Сорокина"),
    ("Ковальский", "Ковальская"),
    ("Шевченко", "Шевченко"),
    ("Бондаренко", "Бондаренко"),
    ("Ковальчук", "Ковальчук"),
    ("Ким", "Ким"),
    ("Пак", "Пак"),
    ("Цой", "Цой"),
    ("Мюллер", "Мюллер"),
)
RUSSIAN_MALE_NAMES: tuple[str, ...] = (
    "Александр", "Сергей", "Андрей", "Дмитрий", "Алексей", "Николай", "Владимир", "Евгений",
    "Игорь", "Максим", "Виктор", "Олег", "Денис", "Роман", "Павел", "Артём", "Вадим",
)  # fmt: skip
RUSSIAN_FEMALE_NAMES: tuple[str, ...] = (
    "Елена", "Ольга", "Наталья", "Татьяна", "Ирина", "Светлана", "Анна", "Юлия", "Марина",
    "Екатерина", "Людмила", "Оксана", "Валентина",
)  # fmt: skip
RUSSIAN_PATRONYMICS: tuple[tuple[str, str], ...] = (
    ("Александрович", "Александровна"),
    ("Сергеевич", "Сергеевна"),
    ("Андреевич", "Андреевна"),
    ("Николаевич", "Николаевна"),
    ("Владимирович", "Владимировна"),
    ("Викторович", "Викторовна"),
    ("Юрьевич", "Юрьевна"),
    ("Иванович", "Ивановна"),
    ("Петрович", "Петровна"),
    ("Михайлович", "Михайловна"),
    ("Геннадьевич", "Геннадьевна"),
    ("Анатольевич", "Анатольевна"),
    ("Васильевич", "Васильевна"),
    ("Олегович", "Олеговна"),
)
VILLAGES: tuple[str, ...] = (
    "с. Акмол", "с. Кабанбай батыра", "с. Талапкер", "с. Коянды", "с. Нуресиль",
    "с. Караоткель", "с. Арайлы", "с. Софиевка", "с. Оразак", "с. Жана Жол",
)  # fmt: skip
STREETS: tuple[str, ...] = (
    "ул. Абая", "ул. Бейбітшілік", "ул. Достык", "ул. Тәуелсіздік", "ул. Жамбыла", "ул. Мира",
    "ул. Садовая", "ул. Целинная", "ул. Школьная", "ул. Степная", "ул. Наурыз", "ул. Сарыарка",
    "мкр. Жастар",
)  # fmt: skip
ARTICLES: tuple[str, ...] = (
    "ст. 188 ч. 1 УК РК", "ст. 188 ч. 2 УК РК", "ст. 188 ч. 3 УК РК", "ст. 190 ч. 2 УК РК",
    "ст. 191 ч. 2 УК РК", "ст. 192 ч. 1 УК РК", "ст. 106 ч. 1 УК РК", "ст. 107 ч. 1 УК РК",
    "ст. 293 ч. 1 УК РК", "ст. 293 ч. 2 УК РК", "ст. 296 ч. 1 УК РК", "ст. 297 ч. 1 УК РК",
    "ст. 345 ч. 2 УК РК", "ст. 346 ч. 1 УК РК", "ст. 200 ч. 1 УК РК", "ст. 202 ч. 1 УК РК",
    "ст. 287 ч. 1 УК РК", "ст. 380 ч. 1 УК РК", "ст. 139 ч. 1 УК РК",
)  # fmt: skip
MOBILE_PREFIXES: tuple[str, ...] = ("701", "702", "705", "707", "708", "747", "771", "775", "777")
ABSENCE_REASONS: tuple[str, ...] = ("отпуск", "командировка", "болезнь", "служебная необходимость")
DISCUSSION_REMARKS: tuple[str, ...] = (
    "предложил(а) усилить взаимодействие с акимами сельских округов",
    "отметил(а) необходимость ежемесячной сверки списков с службой пробации",
    "сообщил(а) о готовности выделить рабочие места",
    "обратил(а) внимание на нехватку мест в центре социальной адаптации",
    "предложил(а) рассмотреть вопрос повторно на следующем заседании",
    "поддержал(а) предложенный проект решения",
)
REPORT_TEXTS: tuple[str, ...] = (
    "Мероприятия выполнены в полном объеме; справка прилагается.",
    "Проведено 4 мероприятия, охвачено 37 человек; фотоотчет прилагается.",
    "Поручение исполнено; списки согласованы со службой пробации.",
    "Информация направлена в установленный срок; исполнено.",
)
INTERIM_TEXTS: tuple[str, ...] = (
    "Работа продолжается; выполнено частично, окончательная информация будет представлена в срок.",
    "Проведены первые мероприятия; исполнение продолжается.",
)
RUSSIAN_MONTHS_GENITIVE: tuple[str, ...] = (
    "января", "февраля", "марта", "апреля", "мая", "июня",
    "июля", "августа", "сентября", "октября", "ноября", "декабря",
)  # fmt: skip
ROMAN_QUARTERS: tuple[str, ...] = ("I", "II", "III", "IV")

DISTRICT_RU = "Целиноградский район"
DISTRICT_KK = "Целиноград ауданы"
REGION_PREFIX = "Акмолинская обл., Целиноградский р-н"
PLACE = "с. Акмол, актовый зал акимата района"
PHONE_CODE = "8 (71651)"
FOUNDING_ACT_NUMBER = "45"


@dataclass(frozen=True)
class _AgencySpec:
    key: str
    kind: AgencyKind
    name_ru: str
    name_kk: str
    short_ru: str
    short_kk: str
    to_ru: str  # dative, the addressee of an instruction: «Отделу полиции … организовать …»
    with_ru: str  # instrumental, a co-executor: «… совместно с отделом образования …»
    head: str
    head_position: str
    phone: str


AGENCIES: tuple[_AgencySpec, ...] = (
    _AgencySpec(
        "akimat", AgencyKind.AKIMAT,
        "ГУ «Аппарат акима Целиноградского района»",
        "«Целиноград ауданы әкімінің аппараты» ММ",
        "Аппарат акима района", "Аудан әкімінің аппараты",
        "Аппарату акима района", "аппаратом акима района",
        "Жаксыбеков Нурлан Серикович", "руководитель аппарата акима района", "2-10-01",
    ),
    _AgencySpec(
        "police", AgencyKind.POLICE,
        "Отдел полиции Целиноградского района Департамента полиции Акмолинской области",
        "Ақмола облысы Полиция департаментінің Целиноград аудандық полиция бөлімі",
        "ОП Целиноградского района", "Целиноград АПБ",
        "Отделу полиции Целиноградского района", "отделом полиции",
        "Касымов Ерлан Болатович", "начальник отдела полиции", "2-10-02",
    ),
    _AgencySpec(
        "probation", AgencyKind.PROBATION,
        "Служба пробации Целиноградского района Департамента уголовно-исполнительной системы "
        "по Акмолинской области",
        "Ақмола облысы бойынша Қылмыстық-атқару жүйесі департаментінің Целиноград ауданының "
        "пробация қызметі",
        "Служба пробации района", "Аудандық пробация қызметі",
        "Службе пробации района", "службой пробации",
        "Дюсенова Марал Аскаровна", "начальник службы пробации", "2-10-03",
    ),
    _AgencySpec(
        "prosecutor", AgencyKind.PROSECUTOR,
        "Прокуратура Целиноградского района",
        "Целиноград ауданының прокуратурасы",
        "Прокуратура района", "Аудан прокуратурасы",
        "Прокуратуре района", "прокуратурой района",
        "Омаров Тимур Талгатович", "прокурор района", "2-10-04",
    ),
    _AgencySpec(
        "employment", AgencyKind.EMPLOYMENT,
        "КГУ «Центр занятости населения Целиноградского района»",
        "«Целиноград ауданының халықты жұмыспен қамту орталығы» КММ",
        "Центр занятости", "Жұмыспен қамту орталығы",
        "Центру занятости", "центром занятости",
        "Рахимов Серик Толеуович", "директор центра занятости", "2-10-05",
    ),
    _AgencySpec(
        "social", AgencyKind.SOCIAL_PROTECTION,
        "ГУ «Отдел занятости и социальных программ Целиноградского района»",
        "«Целиноград ауданының жұмыспен қамту және әлеуметтік бағдарламалар бөлімі» ММ",
        "Отдел занятости и социальных программ", "ЖҚ және ӘБ бөлімі",
        "Отделу занятости и социальных программ", "отделом занятости и социальных программ",
        "Ли Виктор Сергеевич", "руководитель отдела занятости и социальных программ", "2-10-06",
    ),
    _AgencySpec(
        "health", AgencyKind.HEALTH,
        "ГКП на ПХВ «Целиноградская районная больница» при управлении здравоохранения "
        "Акмолинской области",
        "Ақмола облысы денсаулық сақтау басқармасының жанындағы «Целиноград аудандық "
        "ауруханасы» ШЖҚ МКК",
        "Районная больница", "Аудандық аурухана",
        "Районной больнице", "районной больницей",
        "Ахметова Дана Кайратовна", "главный врач районной больницы", "2-10-07",
    ),
    _AgencySpec(
        "education", AgencyKind.EDUCATION,
        "ГУ «Отдел образования по Целиноградскому району управления образования "
        "Акмолинской области»",
        "«Ақмола облысы білім басқармасының Целиноград ауданы бойынша білім бөлімі» ММ",
        "Отдел образования", "Білім бөлімі",
        "Отделу образования", "отделом образования",
        "Сагинтаева Ляззат Муратовна", "руководитель отдела образования", "2-10-08",
    ),
    _AgencySpec(
        "youth", AgencyKind.YOUTH,
        "ГУ «Отдел внутренней политики, культуры, развития языков и спорта Целиноградского "
        "района»",
        "«Целиноград ауданының ішкі саясат, мәдениет, тілдерді дамыту және спорт бөлімі» ММ",
        "Отдел внутренней политики", "Ішкі саясат бөлімі",
        "Отделу внутренней политики", "отделом внутренней политики",
        "Мусин Арман Кайратович", "руководитель отдела внутренней политики", "2-10-09",
    ),
    _AgencySpec(
        "con", AgencyKind.PUBLIC_SERVICE_CENTER,
        "Отдел Целиноградского района филиала НАО «Государственная корпорация «Правительство "
        "для граждан» по Акмолинской области",
        "«Азаматтарға арналған үкімет» мемлекеттік корпорациясы» КЕАҚ Ақмола облысы бойынша "
        "филиалының Целиноград аудандық бөлімі",
        "ЦОН Целиноградского района", "Целиноград ХҚКО",
        "Отделу ЦОН", "отделом ЦОН",
        "Байжанова Асель Маратовна", "руководитель отдела ЦОН", "2-10-10",
    ),
    _AgencySpec(
        "housing", AgencyKind.HOUSING,
        "ГУ «Отдел жилищно-коммунального хозяйства, пассажирского транспорта и автомобильных "
        "дорог Целиноградского района»",
        "«Целиноград ауданының тұрғын үй-коммуналдық шаруашылығы, жолаушылар көлігі және "
        "автомобиль жолдары бөлімі» ММ",
        "Отдел ЖКХ", "ТКШ бөлімі",
        "Отделу ЖКХ", "отделом ЖКХ",
        "Карпов Игорь Владимирович", "руководитель отдела ЖКХ", "2-10-11",
    ),
    _AgencySpec(
        "adaptation", AgencyKind.SOCIAL_PROTECTION,
        "КГУ «Центр социальной адаптации для лиц, не имеющих определенного места жительства» "
        "Целиноградского района",
        "Целиноград ауданының «Белгілі бір тұрғылықты жері жоқ адамдарға арналған әлеуметтік "
        "бейімдеу орталығы» КММ",
        "Центр социальной адаптации", "Әлеуметтік бейімдеу орталығы",
        "Центру социальной адаптации", "центром социальной адаптации",
        "Нургалиева Сауле Бекеновна", "директор центра социальной адаптации", "2-10-12",
    ),
    _AgencySpec(
        "shans", AgencyKind.NGO,
        "ОО «Шанс»", "«Шанс» қоғамдық бірлестігі",
        "ОО «Шанс»", "«Шанс» ҚБ",
        "ОО «Шанс»", "ОО «Шанс»",
        "Жакупова Гульмира Серикбаевна", "председатель ОО «Шанс»", "2-10-13",
    ),
    _AgencySpec(
        "omir", AgencyKind.NGO,
        "ОФ «Жаңа өмір»", "«Жаңа өмір» қоғамдық қоры",
        "ОФ «Жаңа өмір»", "«Жаңа өмір» ҚҚ",
        "ОФ «Жаңа өмір»", "ОФ «Жаңа өмір»",
        "Тлеубердин Канат Ержанович", "президент ОФ «Жаңа өмір»", "2-10-14",
    ),
    _AgencySpec(
        "mosque", AgencyKind.RELIGIOUS,
        "Мечеть «Нұр» с. Акмол", "Ақмол ауылының «Нұр» мешіті",
        "Мечеть «Нұр»", "«Нұр» мешіті",
        "Мечети «Нұр»", "мечетью «Нұр»",
        "Абдуллаев Нурлан Жумабекович", "имам мечети «Нұр»", "2-10-15",
    ),
    _AgencySpec(
        "legal", AgencyKind.OTHER,
        "Юридическая консультация Целиноградского района Акмолинской областной коллегии "
        "адвокатов",
        "Ақмола облыстық адвокаттар алқасының Целиноград аудандық заң консультациясы",
        "Юридическая консультация", "Заң консультациясы",
        "Юридической консультации", "юридической консультацией",
        "Смагулов Ерлан Бахытович", "заведующий юридической консультацией", "2-10-16",
    ),
)  # fmt: skip


@dataclass(frozen=True)
class _MemberSpec:
    agency: str
    role: MemberRole
    position_ru: str
    position_kk: str
    name: str | None = None  # None: the agency's head sits in the commission
    voting: bool = True


MEMBERS: tuple[_MemberSpec, ...] = (
    _MemberSpec("akimat", MemberRole.CHAIR, "заместитель акима района",
                "аудан әкімінің орынбасары", "Сейтказинов Бауыржан Аскарович"),
    _MemberSpec("police", MemberRole.DEPUTY_CHAIR, "начальник отдела полиции района",
                "аудандық полиция бөлімінің бастығы"),
    # The secretary keeps the minutes and does not vote (as in the sample minutes: 9 of 11).
    _MemberSpec("akimat", MemberRole.SECRETARY, "главный специалист аппарата акима района",
                "аудан әкімі аппаратының бас маманы", "Нурланова Айгерим Ерлановна",
                voting=False),
    _MemberSpec("probation", MemberRole.MEMBER, "начальник службы пробации района",
                "аудандық пробация қызметінің бастығы"),
    _MemberSpec("social", MemberRole.MEMBER, "руководитель отдела занятости и социальных программ",
                "жұмыспен қамту және әлеуметтік бағдарламалар бөлімінің басшысы"),
    _MemberSpec("employment", MemberRole.MEMBER, "директор центра занятости населения",
                "халықты жұмыспен қамту орталығының директоры"),
    _MemberSpec("health", MemberRole.MEMBER, "главный врач районной больницы",
                "аудандық аурухананың бас дәрігері"),
    _MemberSpec("education", MemberRole.MEMBER, "руководитель отдела образования",
                "білім бөлімінің басшысы"),
    _MemberSpec("youth", MemberRole.MEMBER, "руководитель отдела внутренней политики",
                "ішкі саясат бөлімінің басшысы"),
    _MemberSpec("con", MemberRole.MEMBER, "руководитель отдела ЦОН",
                "ХҚКО аудандық бөлімінің басшысы"),
    _MemberSpec("housing", MemberRole.MEMBER, "руководитель отдела ЖКХ",
                "тұрғын үй-коммуналдық шаруашылығы бөлімінің басшысы"),
    _MemberSpec("adaptation", MemberRole.MEMBER, "директор центра социальной адаптации",
                "әлеуметтік бейімдеу орталығының директоры"),
    _MemberSpec("shans", MemberRole.MEMBER, "председатель ОО «Шанс»",
                "«Шанс» қоғамдық бірлестігінің төрағасы"),
)  # fmt: skip
# The composition change of the year: a new head of education replaces the old one by decree.
REPLACED_AGENCY = "education"
REPLACEMENT_NAME = "Бекова Гульнара Ерлановна"

# Who comes instead of an absent member (Attendance.status = replaced).
SUBSTITUTES: dict[str, tuple[str, str]] = {
    "social": (
        "Ким Анна Викторовна",
        "заместитель руководителя отдела занятости и социальных программ",
    ),
    "health": ("Жунусов Асхат Болатович", "заместитель главного врача районной больницы"),
    "education": ("Ермекова Айжан Болатовна", "методист отдела образования"),
    "housing": ("Сидоренко Павел Андреевич", "главный специалист отдела ЖКХ"),
    "employment": ("Омарова Жанар Кайратовна", "заместитель директора центра занятости"),
    "youth": ("Есенова Динара Маратовна", "главный специалист отдела внутренней политики"),
    "con": ("Абенова Мадина Сериковна", "заместитель руководителя отдела ЦОН"),
}
GUESTS: tuple[tuple[str, str], ...] = (
    ("Омаров Тимур Талгатович", "прокурор района"),
    ("Тлеубердин Канат Ержанович", "президент ОФ «Жаңа өмір»"),
    ("Абдуллаев Нурлан Жумабекович", "имам мечети «Нұр» с. Акмол"),
    ("Ермекова Алия Бековна", "директор СШ № 2 с. Акмол"),
    ("Смагулов Ерлан Бахытович", "заведующий юридической консультацией"),
)


@dataclass(frozen=True)
class _UserSpec:
    login: str
    role: Role
    full_name: str
    agency: str
    in_district: bool = False


USERS: tuple[_UserSpec, ...] = (
    _UserSpec("admin", Role.ADMINISTRATOR, "Жаксылыков Арман Серикович", "akimat"),
    _UserSpec("secretary", Role.SECRETARY, "Нурланова Айгерим Ерлановна", "akimat"),
    _UserSpec("officer", Role.PROBATION_OFFICER, "Исаков Данияр Маратович", "probation", True),
    _UserSpec("officer2", Role.PROBATION_OFFICER, "Петренко Ольга Викторовна", "probation", True),
    _UserSpec("chair", Role.CHAIR, "Сейтказинов Бауыржан Аскарович", "akimat"),
    _UserSpec("member", Role.MEMBER, "Ахметова Дана Кайратовна", "health"),
)


# ---------------------------------------------------------------------------------------------
# Agenda topics and the decisions each one leads to.
# ---------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class _Term:
    """A decision's term as the template gives it; ``days`` after the sitting for FIXED."""

    kind: DeadlineKind
    days: int = 0


QUARTERLY = _Term(DeadlineKind.PERIODIC)


@dataclass(frozen=True)
class _DecisionSpec:
    kind: DecisionKind
    text: str  # the action («организовать …»), or the whole text of a note
    lead: str | None = None
    co: tuple[str, ...] = ()
    term: _Term | None = None
    cases: bool = False  # name the cases examined under the item: «(дела № 14/2026, 15/2026)»


NOTE = _DecisionSpec(DecisionKind.NOTE, "Информацию принять к сведению.")


@dataclass(frozen=True)
class _TopicSpec:
    kind: AgendaItemKind
    title: str
    speaker: str  # the agency whose head reports
    summary: str
    decisions: tuple[_DecisionSpec, ...]


def _instruction(lead: str, text: str, term: _Term, *co: str, cases: bool = False) -> _DecisionSpec:
    return _DecisionSpec(DecisionKind.INSTRUCTION, text, lead, tuple(co), term, cases)


def _recommendation(lead: str, text: str, term: _Term) -> _DecisionSpec:
    return _DecisionSpec(DecisionKind.RECOMMENDATION, text, lead, (), term)


F = DeadlineKind.FIXED
WD = DeadlineKind.WORKING_DAYS
CD = DeadlineKind.CALENDAR_DAYS

# Police report variants; the title gets the reported quarter. Each has one single-date term so
# that every regular meeting offers enough single-date instructions for the control scenarios.
POLICE_TOPICS: tuple[_TopicSpec, ...] = (
    _TopicSpec(
        AgendaItemKind.POLICE_REPORT, "", "police",
        "о состоянии правопорядка и профилактике правонарушений (информация прилагается)",
        (
            NOTE,
            _instruction("police", "организовать профилактические рейды в местах массового "
                         "досуга молодежи.", QUARTERLY, "education"),
            _instruction("police", "провести совместные проверки лиц, состоящих на учете службы "
                         "пробации, по месту жительства в вечернее и ночное время.",
                         _Term(F, 45), "probation"),
        ),
    ),
    _TopicSpec(
        AgendaItemKind.POLICE_REPORT, "", "police",
        "о состоянии правопорядка, раскрытии преступлений и работе участковых инспекторов",
        (
            NOTE,
            _instruction("police", "ежеквартально представлять в комиссию информацию о состоянии "
                         "правопорядка для опубликования на интернет-ресурсе акимата.", QUARTERLY),
            _instruction("housing", "обеспечить установку камер видеонаблюдения и освещение улиц "
                         "в местах с высоким уровнем уличной преступности.", _Term(WD, 20),
                         "akimat"),
        ),
    ),
    _TopicSpec(
        AgendaItemKind.POLICE_REPORT, "", "police",
        "об итогах профилактической работы участковых инспекторов полиции",
        (
            NOTE,
            _instruction("police", "провести профилактические мероприятия по предупреждению "
                         "правонарушений среди молодежи в период каникул.", _Term(F, 60), "youth"),
            _instruction("police", "актуализировать сведения о лицах, допускающих правонарушения "
                         "в сфере семейно-бытовых отношений.", _Term(CD, 30)),
        ),
    ),
)  # fmt: skip

SOCIAL_TOPICS: tuple[_TopicSpec, ...] = (
    _TopicSpec(
        AgendaItemKind.SOCIAL_SUPPORT,
        "О социальной адаптации лиц, освобожденных из мест лишения свободы", "probation",
        "о социальной адаптации лиц, освобожденных из мест лишения свободы",
        (
            NOTE,
            _instruction("employment", "оказать содействие в трудоустройстве лиц, освобожденных "
                         "из мест лишения свободы", _Term(F, 30), cases=True),
            _instruction("adaptation", "рассмотреть вопрос о предоставлении временного места "
                         "проживания лицам, не имеющим определенного места жительства.",
                         _Term(WD, 15), "housing"),
            _recommendation("shans", "организовать консультации психолога для лиц, освобожденных "
                            "из мест лишения свободы, и членов их семей.", _Term(F, 60)),
        ),
    ),
    _TopicSpec(
        AgendaItemKind.SOCIAL_SUPPORT,
        "О трудоустройстве и профессиональном обучении лиц, состоящих на учете службы пробации",
        "employment", "о трудоустройстве лиц, состоящих на учете службы пробации",
        (
            NOTE,
            _instruction("employment", "включить лиц, состоящих на учете службы пробации, в "
                         "программу краткосрочного профессионального обучения", _Term(F, 45),
                         "social", cases=True),
            _instruction("probation", "представить в центр занятости списки лиц, нуждающихся в "
                         "трудоустройстве.", _Term(CD, 20)),
        ),
    ),
    _TopicSpec(
        AgendaItemKind.SOCIAL_SUPPORT,
        "О восстановлении документов, удостоверяющих личность, лиц, состоящих на учете службы "
        "пробации", "probation",
        "о восстановлении документов и регистрации по месту жительства",
        (
            NOTE,
            _instruction("con", "обеспечить оформление документов, удостоверяющих личность, и "
                         "регистрацию по месту жительства", _Term(WD, 20), "police", cases=True),
            _instruction("probation", "провести сверку лиц, не имеющих документов, "
                         "удостоверяющих личность.", _Term(F, 30)),
        ),
    ),
    _TopicSpec(
        AgendaItemKind.SOCIAL_SUPPORT,
        "Об оказании медицинской и социальной помощи лицам, состоящим на учете службы пробации",
        "health", "о медицинской помощи лицам, состоящим на учете службы пробации",
        (
            NOTE,
            _instruction("health", "обеспечить прикрепление к поликлинике и прохождение "
                         "флюорографического обследования.", _Term(WD, 15)),
            _instruction("social", "рассмотреть вопрос об оказании адресной социальной помощи "
                         "малообеспеченным лицам", _Term(F, 45), cases=True),
            _recommendation("omir", "включить лиц, страдающих алкогольной зависимостью, в "
                            "программу реабилитации.", _Term(F, 60)),
        ),
    ),
    _TopicSpec(
        AgendaItemKind.SOCIAL_SUPPORT,
        "О работе с несовершеннолетними, состоящими на учете службы пробации", "probation",
        "о работе с несовершеннолетними, состоящими на учете службы пробации",
        (
            NOTE,
            _instruction("education", "обеспечить занятость несовершеннолетних, состоящих на "
                         "учете, в кружках и спортивных секциях", _Term(F, 30), "youth",
                         cases=True),
            _instruction("police", "провести индивидуальную профилактическую работу с "
                         "несовершеннолетними и их родителями.", _Term(F, 60), "probation"),
        ),
    ),
)  # fmt: skip

CRIME_TOPICS: tuple[_TopicSpec, ...] = (
    _TopicSpec(
        AgendaItemKind.CRIME_PREVENTION, "О профилактике семейно-бытового насилия", "police",
        "о профилактике семейно-бытового насилия",
        (
            NOTE,
            _instruction("police", "провести разъяснительную работу по профилактике "
                         "семейно-бытового насилия в сельских округах.", _Term(F, 45), "social"),
            _recommendation("shans", "организовать работу кризисной службы психологической "
                            "помощи.", _Term(F, 60)),
        ),
    ),
    _TopicSpec(
        AgendaItemKind.CRIME_PREVENTION,
        "О профилактике правонарушений среди несовершеннолетних", "education",
        "о профилактике правонарушений среди несовершеннолетних",
        (
            NOTE,
            _instruction("education", "провести в школах района профилактические беседы о "
                         "правовой ответственности несовершеннолетних.", _Term(F, 60), "police"),
            _instruction("youth", "организовать досуг молодежи в вечернее время в сельских "
                         "клубах.", _Term(CD, 30)),
        ),
    ),
    _TopicSpec(
        AgendaItemKind.CRIME_PREVENTION,
        "О профилактике мошенничества с использованием интернет-ресурсов", "police",
        "о профилактике интернет-мошенничества",
        (
            NOTE,
            _instruction("police", "разместить в ЦОН и на интернет-ресурсах памятки о способах "
                         "интернет-мошенничества.", _Term(F, 30), "con"),
            _instruction("akimat", "обеспечить размещение информации о мерах профилактики "
                         "мошенничества на интернет-ресурсе акимата.", _Term(WD, 10)),
        ),
    ),
    _TopicSpec(
        AgendaItemKind.CRIME_PREVENTION, "О профилактике бытового пьянства и алкоголизма",
        "health", "о профилактике бытового пьянства и алкоголизма",
        (
            NOTE,
            _instruction("health", "организовать выездные приемы нарколога в сельских округах.",
                         _Term(F, 45), "police"),
            _recommendation("omir", "провести акцию «Трезвое село» в сельских округах района.",
                            _Term(F, 60)),
        ),
    ),
    _TopicSpec(
        AgendaItemKind.CRIME_PREVENTION,
        "О профилактике религиозного экстремизма и деструктивных течений", "youth",
        "о профилактике религиозного экстремизма среди молодежи",
        (
            NOTE,
            _instruction("youth", "провести встречи молодежи с теологами и представителями "
                         "правоохранительных органов.", _Term(F, 60), "mosque"),
            _recommendation("mosque", "провести разъяснительные беседы о недопустимости "
                            "участия в деструктивных течениях.", _Term(F, 45)),
        ),
    ),
    _TopicSpec(
        AgendaItemKind.CRIME_PREVENTION, "О профилактике дорожно-транспортных происшествий",
        "police", "о профилактике дорожно-транспортных происшествий",
        (
            NOTE,
            _instruction("police", "провести профилактические мероприятия «Внимание, дети!» у "
                         "школ района.", _Term(F, 30), "education"),
            _instruction("housing", "обеспечить нанесение дорожной разметки и установку знаков у "
                         "школ.", _Term(WD, 20)),
        ),
    ),
)  # fmt: skip

EXTRAORDINARY_TOPICS: tuple[_TopicSpec, ...] = (
    _TopicSpec(
        AgendaItemKind.CRIME_PREVENTION,
        "О мерах по предупреждению повторных преступлений лицами, состоящими на учете службы "
        "пробации", "police", "о повторных преступлениях лиц, состоящих на учете",
        (
            NOTE,
            _instruction("police", "усилить контроль за поведением лиц, состоящих на учете "
                         "службы пробации, допустивших нарушения.", _Term(WD, 10), "probation"),
            _instruction("probation", "провести с каждым состоящим на учете профилактическую "
                         "беседу.", _Term(F, 30)),
        ),
    ),
    _TopicSpec(
        AgendaItemKind.SOCIAL_SUPPORT,
        "О неотложной помощи лицам, освобожденным из мест лишения свободы, не имеющим жилья",
        "probation", "о лицах без определенного места жительства",
        (
            _instruction("adaptation", "предоставить временное место проживания", _Term(WD, 5),
                         cases=True),
            _instruction("social", "рассмотреть вопрос об оказании единовременной социальной "
                         "помощи.", _Term(F, 20)),
        ),
    ),
    _TopicSpec(
        AgendaItemKind.OTHER, "О внесении изменений в план работы комиссии", "akimat",
        "о внесении изменений в план работы комиссии",
        (
            _instruction("akimat", "внести изменения в план работы комиссии и разместить его на "
                         "интернет-ресурсе акимата.", _Term(WD, 5)),
        ),
    ),
)  # fmt: skip


@dataclass(frozen=True)
class _MeasureSpec:
    action: str
    agency: str
    outcome: str


MEASURES: dict[NeedKind, tuple[_MeasureSpec, ...]] = {
    NeedKind.EMPLOYMENT: (
        _MeasureSpec("Направить в центр занятости для постановки на учет в качестве безработного",
                     "employment", "Поставлен на учет, получил направление на работу"),
        _MeasureSpec("Содействовать трудоустройству на общественные работы", "employment",
                     "Трудоустроен на общественные работы"),
        _MeasureSpec("Направить на краткосрочное профессиональное обучение", "employment",
                     "Прошел обучение по специальности «электрогазосварщик»"),
    ),
    NeedKind.HOUSING: (
        _MeasureSpec("Предоставить временное место в центре социальной адаптации", "adaptation",
                     "Размещен в центре социальной адаптации"),
        _MeasureSpec("Поставить на учет нуждающихся в жилье", "housing",
                     "Поставлен на учет нуждающихся в жилье"),
    ),
    NeedKind.DOCUMENTS: (
        _MeasureSpec("Оказать содействие в восстановлении удостоверения личности", "con",
                     "Удостоверение личности получено"),
        _MeasureSpec("Оказать содействие в регистрации по месту жительства", "con",
                     "Зарегистрирован по месту жительства"),
    ),
    NeedKind.HEALTH: (
        _MeasureSpec("Прикрепить к поликлинике по месту жительства", "health",
                     "Прикреплен к поликлинике"),
        _MeasureSpec("Организовать флюорографическое обследование", "health",
                     "Обследование пройдено"),
    ),
    NeedKind.ADDICTION: (
        _MeasureSpec("Направить на консультацию нарколога", "health", "Консультация получена"),
        _MeasureSpec("Включить в программу реабилитации", "omir", "Прошел курс реабилитации"),
    ),
    NeedKind.EDUCATION: (
        _MeasureSpec("Содействовать получению среднего образования в вечерней школе",
                     "education", "Зачислен в вечернюю школу"),
    ),
    NeedKind.PSYCHOLOGICAL: (
        _MeasureSpec("Организовать консультации психолога", "shans",
                     "Проведено 5 консультаций психолога"),
    ),
    NeedKind.LEGAL: (
        _MeasureSpec("Организовать бесплатную юридическую консультацию", "legal",
                     "Консультация получена, подготовлено заявление в суд"),
    ),
    NeedKind.BENEFITS: (
        _MeasureSpec("Оказать содействие в оформлении адресной социальной помощи", "social",
                     "Назначена адресная социальная помощь"),
        _MeasureSpec("Оказать единовременную материальную помощь", "social",
                     "Единовременная помощь выплачена"),
    ),
    NeedKind.FAMILY: (
        _MeasureSpec("Содействовать восстановлению социально-полезных связей с семьей", "shans",
                     "Проведена встреча с родственниками, связи восстановлены"),
    ),
}  # fmt: skip
NEED_LABELS: dict[NeedKind, str] = {
    NeedKind.EMPLOYMENT: "трудоустройство",
    NeedKind.HOUSING: "жилье",
    NeedKind.DOCUMENTS: "документы",
    NeedKind.HEALTH: "медицинская помощь",
    NeedKind.ADDICTION: "зависимость",
    NeedKind.EDUCATION: "образование",
    NeedKind.PSYCHOLOGICAL: "психологическая помощь",
    NeedKind.LEGAL: "правовая помощь",
    NeedKind.BENEFITS: "социальные выплаты",
    NeedKind.FAMILY: "семейные связи",
}
# Which needs are likely, per category of client (weights over NeedKind's order).
_NEED_WEIGHTS_RELEASED = (5, 4, 4, 2, 2, 1, 1, 1, 2, 2)
_NEED_WEIGHTS_MINOR = (1, 0, 1, 1, 1, 5, 4, 1, 1, 4)
_NEED_WEIGHTS_OTHER = (5, 1, 1, 2, 2, 1, 1, 2, 3, 1)
_CATEGORY_WEIGHTS: tuple[tuple[ClientCategory, int], ...] = (
    (ClientCategory.CONDITIONAL, 40),
    (ClientCategory.RESTRICTED_FREEDOM, 20),
    (ClientCategory.PAROLE, 10),
    (ClientCategory.RELEASED, 12),
    (ClientCategory.OTHER_NONCUSTODIAL, 5),
    (ClientCategory.DEFERRED, 3),
    (ClientCategory.PRETRIAL, 5),
    (ClientCategory.MINOR, 5),
)
LEGAL_BASIS = "Закон РК «О пробации» от 30 декабря 2016 года № 38-VI"


# ---------------------------------------------------------------------------------------------
# Public API
# ---------------------------------------------------------------------------------------------


class DatabaseNotEmpty(UserError):
    """The demo is only ever built into an empty database, never over real data."""


@dataclass(frozen=True)
class DemoSummary:
    seed: int
    today: date
    agencies: int
    members: int
    users: int
    work_plan_items: int
    meetings: int
    agenda_items: int
    decisions: int
    control_points: int
    execution_reports: int
    extensions: int
    clients: int
    cases: int
    measures: int
    case_events: int
    release_notices: int


def build_demo(
    db: Database,
    actor: Actor,
    seed: int = 1,
    today: date | None = None,
    clients: int = DEFAULT_CLIENTS,
) -> DemoSummary:
    """Fill an empty, migrated database with the demo commission; see the module's notes."""
    actor.require(Permission.MANAGE_USERS)
    if not MIN_CLIENTS <= clients <= MAX_CLIENTS:
        raise InvalidInput(
            QT_TRANSLATE_NOOP("Errors", "The demo needs from {low} to {high} clients."),
            "clients",
            low=MIN_CLIENTS,
            high=MAX_CLIENTS,
        )
    day = today or date.today()
    # argon2 is deliberately slow: hash the one demo password once for every account.
    password_hash = hash_password(DEMO_PASSWORD)
    with db.transaction() as session:
        _refuse_non_empty(session, db)
        builder = _Builder(session, actor, random.Random(seed), day, password_hash)
        builder.build(clients)
        counts = _count_rows(session)
        builder.record_audit(counts, seed)
    return DemoSummary(seed=seed, today=day, **counts)


def _refuse_non_empty(session: Session, db: Database) -> None:
    taken = session.scalar(
        select(func.count()).select_from(User).where(User.login.in_([spec.login for spec in USERS]))
    )
    if session.scalar(select(Commission.id).limit(1)) is not None or taken:
        raise DatabaseNotEmpty(
            QT_TRANSLATE_NOOP(
                "Errors",
                "The database {url} already holds data; the demo is built only into an empty "
                "database. Nothing was changed.",
            ),
            url=db.display_url,
        )


_COUNTED: dict[str, type[Base]] = {
    "agencies": Agency,
    "members": Member,
    "users": User,
    "work_plan_items": WorkPlanItem,
    "meetings": Meeting,
    "agenda_items": AgendaItem,
    "decisions": Decision,
    "control_points": ControlPoint,
    "execution_reports": ExecutionReport,
    "extensions": Extension,
    "clients": Client,
    "cases": Case,
    "measures": Measure,
    "case_events": CaseEvent,
    "release_notices": ReleaseNotice,
}


# Tables the demo fills beyond those counted in the summary; each gets its audit entry too.
_ALSO_AUDITED: tuple[type[Base], ...] = (
    AdminUnit,
    Commission,
    Attendance,
    InvitedGuest,
    DiscussionEntry,
    AgendaItemCase,
    DecisionAssignee,
    Need,
    OutgoingLetter,
)


def _count_rows(session: Session) -> dict[str, int]:
    return {
        name: int(session.scalar(select(func.count()).select_from(model)) or 0)
        for name, model in _COUNTED.items()
    }


# ---------------------------------------------------------------------------------------------
# Small helpers
# ---------------------------------------------------------------------------------------------


def _initials(full_name: str) -> str:
    """«Касымов Ерлан Болатович» → «Касымов Е. Б.», the form used in minutes and letters."""
    surname, *rest = full_name.split()
    return " ".join([surname, *(f"{part[0]}." for part in rest)])


def _preposition_with(word: str) -> str:
    """«с отделом», but «со службой»: Russian adds a vowel before с/з + consonant."""
    if len(word) > 1 and word[0] in "сзСЗ" and word[1].lower() not in "аеёиоуыэюя":
        return "со"
    return "с"


def _ru_date(day: date) -> str:
    return f"{day.day} {RUSSIAN_MONTHS_GENITIVE[day.month - 1]} {day.year} года"


def _search_name(surname: str, given_name: str, patronymic: str | None) -> str:
    return " ".join(part for part in (surname, given_name, patronymic) if part).casefold()


def _at(day: date, hour: int = 5) -> datetime:
    """A stored instant on ``day`` (05:00 UTC is 10:00 in Astana)."""
    return datetime.combine(day, time(hour, 0), tzinfo=UTC)


def _quarter_of(day: date) -> int:
    return (day.month - 1) // 3 + 1


class _Scenario(Enum):
    """What happens to a decision's control, forced so the dashboard always has each case."""

    ON_TIME = auto()
    LATE = auto()
    OVERDUE_REFUSED = auto()  # overdue today; the request for more time was refused
    EXTENDED = auto()  # extended by the next meeting's decision
    DUE_SOON = auto()
    REWORK = auto()  # the report was returned for rework
    INTERIM = auto()  # only an interim report so far
    PENDING_EXTENSION = auto()  # an extension request waits for the chair


class _Outcome(Enum):
    """What happened to one control point by today."""

    ON_TIME = auto()
    LATE = auto()
    OVERDUE = auto()
    INTERIM = auto()
    AWAITING_ASSESSMENT = auto()
    RETURNED = auto()
    NOTHING = auto()


@dataclass
class _Slot:
    """One meeting of the demo's year, before its rows exist."""

    day: date
    kind: MeetingKind
    year: int
    quarter: int
    number: int = 0
    held: bool = True


@dataclass
class _Adopted:
    """A decision with what later meetings need to cite it («п. 2.3 протокола № 4 от …»)."""

    decision: Decision
    label: str
    number: int
    meeting_day: date


@dataclass
class _Seat:
    member: Member
    agency: str


@dataclass
class _ClientDraft:
    client: Client
    category: ClientCategory
    case_opened: date | None
    forced_state: ProgrammeState | None = None


@dataclass
class _PendingExtension:
    extension: Extension
    point: ControlPoint
    decided_at_meeting: date | None = None  # granted by that meeting's «extend» decision


@dataclass
class _State:
    """Rows that later steps refer to."""

    agencies: dict[str, Agency] = field(default_factory=dict)
    seats: list[_Seat] = field(default_factory=list)
    users: dict[str, User] = field(default_factory=dict)
    drafts: list[_ClientDraft] = field(default_factory=list)
    cases: list[Case] = field(default_factory=list)
    case_items: dict[int, list[AgendaItem]] = field(default_factory=lambda: defaultdict(list))
    executed: list[_Adopted] = field(default_factory=list)
    extensions: list[_PendingExtension] = field(default_factory=list)
    extend_decisions: dict[date, Decision] = field(default_factory=dict)
    planned_social_item: AgendaItem | None = None


# ---------------------------------------------------------------------------------------------
# The builder
# ---------------------------------------------------------------------------------------------


class _Builder:
    def __init__(
        self, session: Session, actor: Actor, rng: random.Random, today: date, password_hash: str
    ) -> None:
        self.session = session
        self.actor = actor
        self.rng = rng
        self.today = today
        self.password_hash = password_hash
        self.state = _State()
        self.calendar = WorkingCalendar()
        self.report_number = 0
        # Which plan topics fall in which quarter varies with the seed.
        self.topic_offset = rng.randint(0, 59)
        self.adopted: dict[int, _Adopted] = {}  # by id() of the Decision
        self.removal: tuple[Decision, list[_Adopted]] | None = None
        self.case_links: list[tuple[AgendaItem, Case]] = []

    # Set by the first steps and used by the later ones.
    district: AdminUnit
    commission: Commission
    change_day: date  # the day the composition changes (old member's last day)
    last_regular: _Slot  # the last regular meeting held before today

    # -- orchestration --------------------------------------------------------------------

    def build(self, clients: int) -> None:
        year = self.today.year
        seed_years(self.session, self.actor, [year - 1, year, year + 1])
        self.session.flush()
        self.calendar = load_calendar(self.session)
        self._organisation()
        self._flush()
        self._composition()
        self._users()
        self._flush()
        self._clients(clients)
        self._cases()
        slots = self._meeting_slots()
        plan = self._work_plan(slots)
        self._flush()
        self._meetings(slots, plan)
        self._escalation()
        self._review_events()
        self._release_notices()
        self._extensions()
        self._letters()
        self._flush()

    def _flush(self) -> None:
        # Every row says who wrote it, like rows written by the services.
        for obj in self.session.new:
            if isinstance(obj, Versioned) and obj.updated_by is None:
                obj.updated_by = self.actor.login
        self.session.flush()

    def record_audit(self, counts: dict[str, int], seed: int) -> None:
        """One CREATE per account, then one per table with its count, so the trail is whole."""
        for user in self.state.users.values():
            audit.record_create(self.session, self.actor, user)
        for name, model in _COUNTED.items():
            if name == "users" or not counts[name]:
                continue
            table = model.__tablename__
            audit.record(
                self.session,
                self.actor,
                AuditAction.CREATE,
                table,
                None,
                {"demo_seed": seed, "demo_today": self.today.isoformat(), "rows": counts[name]},
            )
        for model in _ALSO_AUDITED:
            rows = int(self.session.scalar(select(func.count()).select_from(model)) or 0)
            if rows:
                audit.record(
                    self.session,
                    self.actor,
                    AuditAction.CREATE,
                    model.__tablename__,
                    None,
                    {"demo_seed": seed, "demo_today": self.today.isoformat(), "rows": rows},
                )

    # -- organisation -------------------------------------------------------------------------

    def _organisation(self) -> None:
        oblast = AdminUnit(
            level=AdminLevel.OBLAST,
            name_ru="Акмолинская область",
            name_kk="Ақмола облысы",
            kato_code="110000000",
            centre_ru="г. Кокшетау",
            centre_kk="Көкшетау қ.",
        )
        self.district = AdminUnit(
            parent=oblast,
            level=AdminLevel.DISTRICT,
            name_ru=DISTRICT_RU,
            name_kk=DISTRICT_KK,
            kato_code="116800000",
            centre_ru="с. Акмол",
            centre_kk="Ақмол а.",
        )
        self.session.add_all([oblast, self.district])
        act_date = self.calendar.shift_to_working(date(self.today.year - 2, 2, 14), DayOffRule.NEXT)
        self.commission = Commission(
            kind=CommissionKind.MERGED,
            name_ru=(
                "Межведомственная комиссия по профилактике правонарушений и содействию "
                "социальной адаптации лиц, состоящих на учете службы пробации, при акимате "
                "Целиноградского района"
            ),
            name_kk=(
                "Целиноград ауданы әкімдігі жанындағы құқық бұзушылық профилактикасы және "
                "пробация қызметінің есебінде тұрған адамдардың әлеуметтік бейімделуіне "
                "жәрдемдесу жөніндегі ведомствоаралық комиссия"
            ),
            short_name_ru="Межведомственная комиссия по профилактике правонарушений",
            short_name_kk="Ведомствоаралық комиссия",
            akimat_ru="Акимат Целиноградского района Акмолинской области",
            akimat_kk="Ақмола облысы Целиноград ауданының әкімдігі",
            admin_unit=self.district,
            act_type="постановление акимата",
            act_number=FOUNDING_ACT_NUMBER,
            act_date=act_date,
            binding_by_default=True,
            day_off_rule=DayOffRule.NEXT,
            due_soon_working_days=5,
        )
        self.session.add(self.commission)
        used_bins: set[str] = set()
        for spec in AGENCIES:
            agency = Agency(
                kind=spec.kind,
                name_ru=spec.name_ru,
                name_kk=spec.name_kk,
                short_name_ru=spec.short_ru,
                short_name_kk=spec.short_kk,
                bin=self._bin(used_bins),
                head_name=spec.head,
                head_position=spec.head_position,
                contact_person=spec.head,
                phone=f"{PHONE_CODE} {spec.phone}",
                email=f"{spec.key}@tselinograd.example",
                address=f"{REGION_PREFIX}, с. Акмол, {self.rng.choice(STREETS)}, "
                f"{self.rng.randint(1, 60)}",
            )
            self.state.agencies[spec.key] = agency
            self.session.add(agency)

    def _bin(self, used: set[str]) -> str:
        """A BIN that passes the check-digit rule: registration YYMM, entity type, serial."""
        while True:
            first11 = (
                f"{self.rng.randint(0, 23):02d}{self.rng.randint(1, 12):02d}4"
                f"{self.rng.randint(0, 999_999):06d}"
            )
            check = iin_check_digit(first11)
            if check is not None and f"{first11}{check}" not in used:
                number = f"{first11}{check}"
                used.add(number)
                return number

    @property
    def act_date(self) -> date:
        assert self.commission.act_date is not None
        return self.commission.act_date

    def _composition(self) -> None:
        founding = (
            f"постановление акимата Целиноградского района от {self.act_date:%d.%m.%Y} "
            f"№ {FOUNDING_ACT_NUMBER}"
        )
        for spec in MEMBERS:
            agency = self.state.agencies[spec.agency]
            member = Member(
                commission_id=self.commission.id,
                full_name=spec.name or agency.head_name or "",
                position_ru=spec.position_ru,
                position_kk=spec.position_kk,
                agency=agency,
                role=spec.role,
                is_voting=spec.voting,
                valid_from=self.act_date,
                decree=founding,
                phone=agency.phone,
            )
            self.session.add(member)
            self.state.seats.append(_Seat(member, spec.agency))

    def _change_composition(self, change_day: date) -> None:
        """A decree replaces the head of education: the old term ends, the new starts next day."""
        seat = next(s for s in self.state.seats if s.agency == REPLACED_AGENCY)
        old = seat.member
        decree_day = self.calendar.shift_to_working(change_day - timedelta(days=5), DayOffRule.NEXT)
        decree = (
            f"постановление акимата Целиноградского района от {decree_day:%d.%m.%Y} № "
            f"{self.rng.randint(150, 400)} «О внесении изменений в постановление от "
            f"{self.act_date:%d.%m.%Y} № {FOUNDING_ACT_NUMBER}»"
        )
        old.valid_to = change_day
        new = Member(
            commission_id=self.commission.id,
            full_name=REPLACEMENT_NAME,
            position_ru=old.position_ru,
            position_kk=old.position_kk,
            agency=old.agency,
            role=old.role,
            is_voting=True,
            valid_from=change_day + timedelta(days=1),
            decree=decree,
            phone=old.phone,
        )
        self.session.add(new)
        self.state.seats.append(_Seat(new, REPLACED_AGENCY))
        agency = self.state.agencies[REPLACED_AGENCY]
        agency.head_name = REPLACEMENT_NAME
        agency.contact_person = REPLACEMENT_NAME

    def _users(self) -> None:
        for spec in USERS:
            user = User(
                login=spec.login,
                full_name=spec.full_name,
                role=spec.role,
                agency_id=self.state.agencies[spec.agency].id,
                district_id=self.district.id if spec.in_district else None,
                password_hash=self.password_hash,
            )
            self.state.users[spec.login] = user
            self.session.add(user)

    # -- clients and cases --------------------------------------------------------------------

    def _clients(self, count: int) -> None:
        used: set[str] = set()
        officers = (self.state.users["officer"], self.state.users["officer2"])
        for index in range(count):
            self.state.drafts.append(self._client(index, used, officers))
        self.session.add_all(d.client for d in self.state.drafts)
        self._flush()

    def _person(self, sex: Sex) -> tuple[str, str, str | None]:
        """Surname, given name and patronymic: two of three clients Kazakh, one Russian."""
        rng = self.rng
        male = sex is Sex.MALE
        if rng.random() < 0.66:
            surname = rng.choice(KAZAKH_SURNAMES)[0 if male else 1]
            given = rng.choice(KAZAKH_MALE_NAMES if male else KAZAKH_FEMALE_NAMES)
            patronymic: str | None = rng.choice(KAZAKH_FATHER_NAMES) + ("ұлы" if male else "қызы")
        else:
            surname = rng.choice(RUSSIAN_SURNAMES)[0 if male else 1]
            given = rng.choice(RUSSIAN_MALE_NAMES if male else RUSSIAN_FEMALE_NAMES)
            patronymic = rng.choice(RUSSIAN_PATRONYMICS)[0 if male else 1]
        if rng.random() < 0.04:
            patronymic = None  # people without a patronymic exist and must be handled
        return surname, given, patronymic

    def _category(self, index: int) -> ClientCategory:
        if index == 0:
            return ClientCategory.RELEASED  # the "meeting at the gate" of the release notice
        if index == 1:
            return ClientCategory.CONDITIONAL  # the client whose blocked measure is escalated
        categories = [category for category, _ in _CATEGORY_WEIGHTS]
        weights = [weight for _, weight in _CATEGORY_WEIGHTS]
        return self.rng.choices(categories, weights)[0]

    def _birth_date(self, category: ClientCategory) -> date:
        if category is ClientCategory.MINOR:
            return self.today - timedelta(days=self.rng.randint(14 * 366, 18 * 365 - 10))
        age_days = int(self.rng.triangular(19 * 365, 62 * 365, 30 * 365))
        return self.today - timedelta(days=age_days)

    def _iin(self, birth: date, sex: Sex, used: set[str]) -> str:
        serial = self.rng.randint(0, 9999)
        while True:
            iin = make_iin(birth, sex, serial)
            if iin not in used:
                used.add(iin)
                return iin
            serial = (serial + 1) % 10_000

    def _address(self) -> str:
        rng = self.rng
        flat = f", кв. {rng.randint(1, 40)}" if rng.random() < 0.3 else ""
        return (
            f"{REGION_PREFIX}, {rng.choice(VILLAGES)}, {rng.choice(STREETS)}, "
            f"д. {rng.randint(1, 120)}{flat}"
        )

    def _phone(self) -> str | None:
        rng = self.rng
        if rng.random() < 0.1:
            return None
        return (
            f"+7 {rng.choice(MOBILE_PREFIXES)} {rng.randint(100, 999)} "
            f"{rng.randint(10, 99)} {rng.randint(10, 99)}"
        )

    def _client(self, index: int, used: set[str], officers: Sequence[User]) -> _ClientDraft:
        rng = self.rng
        category = self._category(index)
        sex = Sex.MALE if (index == 1 or rng.random() < 0.85) else Sex.FEMALE
        surname, given, patronymic = self._person(sex)
        birth = self._birth_date(category)
        start, end, registered = self._sentence(index, category)
        deregistered, reason = self._deregistration(index, category, end, registered)
        address = self._address()
        client = Client(
            iin=self._iin(birth, sex, used),
            surname=surname,
            given_name=given,
            patronymic=patronymic,
            search_name=_search_name(surname, given, patronymic),
            birth_date=birth,
            sex=sex,
            registered_address=address,
            actual_address=address if rng.random() < 0.8 else self._address(),
            phone=self._phone(),
            district=self.district,
            category=category,
            articles="; ".join(rng.sample(ARTICLES, rng.choice((1, 1, 1, 2)))),
            sentence_start=start,
            sentence_end=end,
            registered_on=registered,
            deregistered_on=deregistered,
            deregistration_reason=reason,
            officer_id=officers[0 if rng.random() < 0.55 else 1].id,
            consent_given=rng.random() < 0.9,
            legal_basis=LEGAL_BASIS,
        )
        opened = self._case_opening(index, category, registered, deregistered)
        # The released client's case is the draft the release notice opened; client 1's programme
        # runs, so one of its measures can be escalated.
        forced = {0: ProgrammeState.DRAFT, 1: ProgrammeState.IN_PROGRESS}.get(index)
        return _ClientDraft(client, category, opened, forced)

    def _sentence(
        self, index: int, category: ClientCategory
    ) -> tuple[date | None, date | None, date]:
        """Sentence start and end and the registration date, all before today."""
        rng, today = self.rng, self.today
        if index == 0:  # released three weeks ago after five years
            end = today - timedelta(days=20)
            return end - timedelta(days=5 * 365), end, end + timedelta(days=2)
        if index == 1:
            start = today - timedelta(days=220)
            return start, start + timedelta(days=3 * 365), start + timedelta(days=10)
        if category is ClientCategory.PRETRIAL:
            return None, None, today - timedelta(days=rng.randint(10, 200))
        if category is ClientCategory.RELEASED:
            released = today - timedelta(days=rng.randint(10, 700))
            start = released - timedelta(days=rng.randint(365, 8 * 365))
            return start, released, min(today, released + timedelta(days=rng.randint(2, 10)))
        start = today - timedelta(days=rng.randint(30, 1000))
        end = start + timedelta(days=rng.randint(365, 4 * 365))
        return start, end, min(today, start + timedelta(days=rng.randint(3, 14)))

    def _deregistration(
        self, index: int, category: ClientCategory, end: date | None, registered: date
    ) -> tuple[date | None, DeregistrationReason | None]:
        rng, today = self.rng, self.today
        if index < 2:
            return None, None
        if category is ClientCategory.RELEASED or end is None:
            if rng.random() < 0.1 and registered < today - timedelta(days=30):
                day = registered + timedelta(days=rng.randint(20, (today - registered).days))
                return day, rng.choice((DeregistrationReason.REFUSAL, DeregistrationReason.MOVED))
            return None, None
        if end < today:
            reason = (
                DeregistrationReason.SENTENCE_SERVED
                if category is ClientCategory.PAROLE
                else DeregistrationReason.TERM_END
            )
            return max(registered, end), reason
        if rng.random() < 0.04 and registered < today - timedelta(days=30):
            day = registered + timedelta(days=rng.randint(20, (today - registered).days))
            return day, rng.choice(
                (
                    DeregistrationReason.EARLY_CANCELLATION,
                    DeregistrationReason.MOVED,
                    DeregistrationReason.REVOKED,
                    DeregistrationReason.AMNESTY,
                )
            )
        return None, None

    def _case_opening(
        self, index: int, category: ClientCategory, registered: date, deregistered: date | None
    ) -> date | None:
        """Most clients get a social-support case soon after registration."""
        if index < 2:
            return registered if index == 0 else registered + timedelta(days=5)
        share = 0.95 if category is ClientCategory.RELEASED else 0.7
        if category is ClientCategory.PRETRIAL:
            share = 0.3
        if self.rng.random() >= share:
            return None
        last = deregistered or self.today
        opened = registered + timedelta(days=self.rng.randint(0, 30))
        return min(opened, last)

    def _cases(self) -> None:
        # Case numbers run in the order cases were opened within each year: «14/2026».
        opened = sorted(
            (d.case_opened, index, d)
            for index, d in enumerate(self.state.drafts)
            if d.case_opened is not None
        )
        seq_by_year: dict[int, int] = defaultdict(int)
        for day, _index, draft in opened:
            year = day.year
            seq_by_year[year] += 1
            case = self._case(draft, year, seq_by_year[year])
            self.state.cases.append(case)
            self.session.add(case)
        self._flush()
        for case in self.state.cases:
            self._case_events(case)

    def _case_state(self, draft: _ClientDraft, opened: date) -> ProgrammeState:
        if draft.forced_state is not None:
            return draft.forced_state
        if draft.client.deregistered_on is not None:
            return ProgrammeState.COMPLETED if self.rng.random() < 0.4 else ProgrammeState.CLOSED
        age = (self.today - opened).days
        if age < 10:
            return ProgrammeState.DRAFT
        if age < 60:
            return ProgrammeState.APPROVED
        roll = self.rng.random()
        if roll < 0.05:
            return ProgrammeState.STOPPED
        if roll < 0.13:
            return ProgrammeState.COMPLETED
        return ProgrammeState.IN_PROGRESS

    def _case(self, draft: _ClientDraft, year: int, seq: int) -> Case:
        rng = self.rng
        opened = draft.case_opened
        assert opened is not None
        client = draft.client
        state = self._case_state(draft, opened)
        approved = None
        if state is not ProgrammeState.DRAFT:
            approved = min(self.today, opened + timedelta(days=rng.randint(3, 10)))
        closed_on, reason = self._case_closing(client, state, opened, approved)
        kinds = self._needs_of(draft.category)
        case = Case(
            client=client,
            year=year,
            seq=seq,
            number=f"{seq}/{year}",
            opened_on=opened,
            officer_id=client.officer_id,
            state=state,
            approved_on=approved,
            closed_on=closed_on,
            close_reason=reason,
            assessment_notes="Потребности: " + ", ".join(NEED_LABELS[k] for k in kinds) + ".",
        )
        for kind in kinds:
            case.needs.append(Need(kind=kind, priority=rng.randint(1, 3)))
            for _ in range(2 if rng.random() < 0.2 else 1):
                case.measures.append(self._measure(kind, state, approved or opened, closed_on))
        return case

    def _case_closing(
        self, client: Client, state: ProgrammeState, opened: date, approved: date | None
    ) -> tuple[date | None, str | None]:
        if state is ProgrammeState.CLOSED:
            return client.deregistered_on, "Снят с учета службы пробации"
        if state is ProgrammeState.STOPPED:
            start = approved or opened
            day = start + timedelta(days=self.rng.randint(1, max(1, (self.today - start).days)))
            return min(day, self.today), "Отказ клиента от социального сопровождения"
        if state is ProgrammeState.COMPLETED:
            start = approved or opened
            last = client.deregistered_on or self.today
            span = max(1, (last - start).days)
            day = start + timedelta(days=self.rng.randint(min(span, 30), span))
            return min(day, last), "Индивидуальная программа выполнена"
        return None, None

    def _needs_of(self, category: ClientCategory) -> list[NeedKind]:
        weights = _NEED_WEIGHTS_OTHER
        if category is ClientCategory.RELEASED:
            weights = _NEED_WEIGHTS_RELEASED
        elif category is ClientCategory.MINOR:
            weights = _NEED_WEIGHTS_MINOR
        pool = [k for k, w in zip(NeedKind, weights, strict=True) if w]
        pool_weights = [w for w in weights if w]
        wanted = self.rng.choice((1, 1, 2, 2, 3))
        chosen: list[NeedKind] = []
        while len(chosen) < wanted:
            kind = self.rng.choices(pool, pool_weights)[0]
            if kind not in chosen:
                chosen.append(kind)
        return chosen

    def _measure(
        self, kind: NeedKind, case_state: ProgrammeState, start: date, closed_on: date | None
    ) -> Measure:
        rng, today = self.rng, self.today
        spec = rng.choice(MEASURES[kind])
        deadline = start + timedelta(days=rng.randint(20, 90))
        state, done = self._measure_state(case_state, start, deadline, closed_on)
        outcome = None
        if state is MeasureState.PROVIDED:
            outcome = spec.outcome
        elif state is MeasureState.REFUSED:
            outcome = "Клиент отказался от предложенной помощи"
        elif state is MeasureState.IMPOSSIBLE:
            outcome = "Оказать помощь невозможно: клиент выбыл за пределы района"
        elif state is MeasureState.REDIRECTED:
            outcome = "Перенаправлен в ОО «Шанс»"
        return Measure(
            need_kind=kind,
            action=spec.action,
            agency=self.state.agencies[spec.agency],
            deadline=deadline,
            state=state,
            outcome=outcome,
            completed_on=min(done, today) if done else None,
        )

    def _measure_state(
        self, case_state: ProgrammeState, start: date, deadline: date, closed_on: date | None
    ) -> tuple[MeasureState, date | None]:
        rng, today = self.rng, self.today
        if case_state is ProgrammeState.DRAFT:
            return MeasureState.ASSIGNED, None
        if closed_on is not None:  # a finished programme has no open measures
            done = start + timedelta(days=rng.randint(0, max(0, (closed_on - start).days)))
            if case_state is ProgrammeState.COMPLETED or rng.random() < 0.6:
                return MeasureState.PROVIDED, done
            return rng.choice((MeasureState.REFUSED, MeasureState.IMPOSSIBLE)), done
        elapsed = max(0, (today - start).days)
        done = start + timedelta(days=rng.randint(0, elapsed))
        if deadline < today:
            roll = rng.random()
            if roll < 0.62:
                return MeasureState.PROVIDED, min(done, deadline + timedelta(days=10))
            if roll < 0.85:
                return MeasureState.IN_PROGRESS, None  # overdue: past its deadline, still open
            if roll < 0.92:
                return MeasureState.REFUSED, done
            if roll < 0.96:
                return MeasureState.IMPOSSIBLE, done
            return MeasureState.REDIRECTED, done
        roll = rng.random()
        if roll < 0.2 and elapsed > 0:
            return MeasureState.PROVIDED, done
        return (MeasureState.IN_PROGRESS if roll < 0.6 else MeasureState.ASSIGNED), None

    def _case_events(self, case: Case) -> None:
        """The activity log: opening, a referral per measure acted on, visits and calls."""
        rng = self.rng
        last = case.closed_on or self.today
        span = max(0, (last - case.opened_on).days)
        events: list[tuple[date, CaseEventKind, str, int | None]] = [
            (
                case.opened_on,
                CaseEventKind.NOTE,
                "Заведено дело, проведена оценка потребностей",
                None,
            )
        ]
        for measure in case.measures:
            if measure.state is MeasureState.ASSIGNED:
                continue
            agency = measure.agency
            name = agency.short_name_ru if agency is not None else ""
            day = case.opened_on + timedelta(days=rng.randint(0, min(span, 10)))
            events.append((day, CaseEventKind.REFERRAL, f"Выдано направление: {name}", measure.id))
        for _ in range(rng.randint(0, 3)):
            day = case.opened_on + timedelta(days=rng.randint(0, span))
            if rng.random() < 0.5:
                text = "Посещение по месту жительства: условия проживания удовлетворительные"
                events.append((day, CaseEventKind.VISIT, text, None))
            else:
                events.append((day, CaseEventKind.CONTACT, "Телефонный разговор с клиентом", None))
        events.sort(key=lambda e: (e[0], e[1].value))
        for day, kind, text, measure_id in events:
            self.session.add(
                CaseEvent(
                    case_id=case.id, happened_on=day, kind=kind, text=text, measure_id=measure_id
                )
            )

    # -- meetings ---------------------------------------------------------------------------

    def _meeting_slots(self) -> list[_Slot]:
        """Last year's Q4 (and back to at least four held meetings), this year, the next one."""
        year = self.today.year
        regular: list[_Slot] = []
        for y in (year - 1, year, year + 1):
            for quarter in range(1, 5):
                day = date(y, quarter * 3, self.rng.randint(8, 20))
                day = self.calendar.shift_to_working(day, DayOffRule.NEXT)
                regular.append(_Slot(day, MeetingKind.REGULAR, y, quarter))
        held = [s for s in regular if s.day < self.today]
        window_start = date(year - 1, 10, 1)
        first = min(next(i for i, s in enumerate(held) if s.day >= window_start), len(held) - 4)
        held = held[first:]
        upcoming = next(s for s in regular if s.day >= self.today)
        upcoming.held = False
        # The extraordinary sitting and the composition change fall between the third- and
        # second-last regular meetings, so that the last two meetings stay regular.
        base = held[-3]
        extra_day = self.calendar.shift_to_working(base.day + timedelta(days=35), DayOffRule.NEXT)
        extra = _Slot(extra_day, MeetingKind.EXTRAORDINARY, extra_day.year, _quarter_of(extra_day))
        self.change_day = base.day + timedelta(days=55)
        slots = sorted([*held, extra, upcoming], key=lambda s: s.day)
        self._number(slots)
        return slots

    @staticmethod
    def _number(slots: list[_Slot]) -> None:
        """Numbers run within each year; the first year's earlier minutes predate the program."""
        by_year: dict[int, int] = {}
        for slot in slots:
            if slot.day.year not in by_year:
                by_year[slot.day.year] = slot.quarter - 1 if slot is slots[0] else 0
            by_year[slot.day.year] += 1
            slot.number = by_year[slot.day.year]

    def _topics(self, year: int, quarter: int) -> tuple[_TopicSpec, _TopicSpec, _TopicSpec]:
        """The plan's three questions for a quarter: police report, social support, prevention."""
        index = year * 4 + quarter + self.topic_offset
        return (
            POLICE_TOPICS[index % len(POLICE_TOPICS)],
            SOCIAL_TOPICS[index % len(SOCIAL_TOPICS)],
            CRIME_TOPICS[(index * 5) % len(CRIME_TOPICS)],
        )

    @staticmethod
    def _police_title(year: int, quarter: int) -> str:
        """The police chief reports on the quarter before the meeting's."""
        if quarter == 1:
            year, quarter = year - 1, 5
        return (
            "Об информации начальника отдела полиции о состоянии правопорядка на территории "
            f"района за {ROMAN_QUARTERS[quarter - 2]} квартал {year} года"
        )

    def _work_plan(self, slots: list[_Slot]) -> dict[tuple[int, int], list[WorkPlanItem]]:
        """Twelve questions for this year, three a quarter, each later put on an agenda."""
        year = self.today.year
        state_of = {
            (s.year, s.quarter): (WorkPlanState.DONE if s.held else WorkPlanState.ON_AGENDA)
            for s in slots
            if s.kind is MeetingKind.REGULAR
        }
        plan: dict[tuple[int, int], list[WorkPlanItem]] = {}
        for quarter in range(1, 5):
            items = []
            for topic in self._topics(year, quarter):
                title = topic.title or self._police_title(year, quarter)
                agency = self.state.agencies[topic.speaker]
                item = WorkPlanItem(
                    commission_id=self.commission.id,
                    year=year,
                    quarter=quarter,
                    question=title,
                    agency=agency,
                    speaker=self._speaker(topic.speaker),
                    state=state_of.get((year, quarter), WorkPlanState.PLANNED),
                )
                items.append(item)
            self.session.add_all(items)
            plan[(year, quarter)] = items
        return plan

    def _speaker(self, agency_key: str) -> str:
        agency = self.state.agencies[agency_key]
        head = agency.head_name or ""
        if agency_key == "akimat":
            return "секретарь комиссии Нурланова А. Е."
        return f"{agency.head_position} {_initials(head)}"

    def _meetings(
        self, slots: list[_Slot], plan: dict[tuple[int, int], list[WorkPlanItem]]
    ) -> None:
        regular_held = [s for s in slots if s.held and s.kind is MeetingKind.REGULAR]
        forced: dict[int, list[_Scenario]] = {
            id(regular_held[0]): [_Scenario.ON_TIME],
            id(regular_held[-2]): [_Scenario.LATE, _Scenario.OVERDUE_REFUSED, _Scenario.EXTENDED],
            id(regular_held[-1]): [
                _Scenario.DUE_SOON,
                _Scenario.REWORK,
                _Scenario.INTERIM,
                _Scenario.PENDING_EXTENSION,
            ],
        }
        self.last_regular = regular_held[-1]
        changed = False
        for index, slot in enumerate(slots):
            if not changed and slot.day > self.change_day:
                self._change_composition(self.change_day)
                changed = True
            plan_items = plan.get((slot.year, slot.quarter), [])
            if slot.kind is MeetingKind.EXTRAORDINARY:
                plan_items = []
            final = index < len(slots) - 2  # the last held meeting's extracts are not sent yet
            if slot.held:
                self._held_meeting(slot, plan_items, forced.get(id(slot), []), final)
            else:
                self._planned_meeting(slot, plan_items)
            self._flush()
            self._mark_removed(slot)
            for item, case in self.case_links:
                self.session.add(AgendaItemCase(agenda_item_id=item.id, case_id=case.id))
            self.case_links.clear()

    def _new_meeting(self, slot: _Slot, status: MeetingStatus) -> Meeting:
        chair = self._seat(MemberRole.CHAIR, slot.day)
        secretary = self._seat(MemberRole.SECRETARY, slot.day)
        meeting = Meeting(
            commission_id=self.commission.id,
            year=slot.day.year,
            number=slot.number,
            meeting_date=slot.day,
            start_time=time(15 if slot.kind is MeetingKind.EXTRAORDINARY else 10, 0),
            place=PLACE,
            format=MeetingFormat.MIXED
            if slot.kind is MeetingKind.EXTRAORDINARY
            else MeetingFormat.IN_PERSON,
            kind=slot.kind,
            status=status,
            chair=chair,
            secretary=secretary,
            minutes_state=MinutesState.DRAFT
            if status is MeetingStatus.PLANNED
            else MinutesState.FINAL,
            control_assigned_to="секретаря комиссии",
        )
        self.session.add(meeting)
        return meeting

    def _seat(self, role: MemberRole, day: date) -> Member:
        return next(s.member for s in self._seats_on(day) if s.member.role is role)

    def _seats_on(self, day: date) -> list[_Seat]:
        return [
            s
            for s in self.state.seats
            if s.member.valid_from <= day
            and (s.member.valid_to is None or s.member.valid_to >= day)
        ]

    def _attendance(self, meeting: Meeting, day: date) -> list[_Seat]:
        """Most members present, one or two absent with a reason, one sends a substitute."""
        rng = self.rng
        seats = self._seats_on(day)
        ordinary = [s for s in seats if s.member.role is MemberRole.MEMBER]
        absent = rng.sample(ordinary, rng.choice((1, 1, 2)))
        candidates = [s for s in ordinary if s not in absent and s.agency in SUBSTITUTES]
        replaced = rng.choice(candidates) if candidates else None
        present: list[_Seat] = []
        for seat in seats:
            row = Attendance(member=seat.member, status=AttendanceStatus.PRESENT)
            meeting.attendance.append(row)
            if seat in absent:
                row.status = AttendanceStatus.ABSENT
                row.absence_reason = rng.choice(ABSENCE_REASONS)
            elif seat is replaced:
                row.status = AttendanceStatus.REPLACED
                row.absence_reason = rng.choice(ABSENCE_REASONS[:2])
                row.substitute_name, row.substitute_position = SUBSTITUTES[seat.agency]
            else:
                present.append(seat)
        return present

    def _guests(self, meeting: Meeting) -> None:
        chosen = [GUESTS[0]] if self.rng.random() < 0.8 else []
        if self.rng.random() < 0.6 or not chosen:
            chosen.append(self.rng.choice(GUESTS[1:]))
        for position, (name, job) in enumerate(chosen, 1):
            meeting.guests.append(InvitedGuest(position=position, full_name=name, job_title=job))

    def _held_meeting(
        self, slot: _Slot, plan_items: list[WorkPlanItem], scenarios: list[_Scenario], final: bool
    ) -> None:
        status = MeetingStatus.EXTRACTS_SENT if final else MeetingStatus.MINUTES_SIGNED
        meeting = self._new_meeting(slot, status)
        present = self._attendance(meeting, slot.day)
        self._guests(meeting)
        voters = sum(1 for s in present if s.member.is_voting)
        position = 0
        if slot.kind is MeetingKind.REGULAR:
            position = 1
            item = self._progress_item(meeting, slot, present)
            self._progress_decisions(item, slot, voters)
        topics = self._topics_of(slot)
        pending = list(scenarios)
        for offset, topic in enumerate(topics, 1):
            plan_item = plan_items[offset - 1] if len(plan_items) >= offset else None
            item = self._agenda_item(meeting, position + offset, topic, slot, plan_item)
            self._discussion(item, present, topic.speaker)
            cases = (
                self._link_cases(item, slot.day)
                if topic.kind is AgendaItemKind.SOCIAL_SUPPORT
                else []
            )
            votes = self._votes(voters, present)
            for dpos, spec in enumerate(topic.decisions, 1):
                scenario = None
                if (
                    spec.term is not None
                    and spec.term.kind is not DeadlineKind.PERIODIC
                    and pending
                ):
                    scenario = pending.pop(0)
                self._decision(item, dpos, spec, slot, votes, cases, scenario)
        assert not pending, "every forced control scenario must find a decision"

    def _topics_of(self, slot: _Slot) -> tuple[_TopicSpec, ...]:
        if slot.kind is MeetingKind.EXTRAORDINARY:
            return EXTRAORDINARY_TOPICS
        return self._topics(slot.year, slot.quarter)

    def _agenda_item(
        self,
        meeting: Meeting,
        position: int,
        topic: _TopicSpec,
        slot: _Slot,
        plan_item: WorkPlanItem | None,
    ) -> AgendaItem:
        agency = self.state.agencies[topic.speaker]
        head = agency.head_name or ""
        title = topic.title or self._police_title(slot.year, slot.quarter)
        if topic.kind is AgendaItemKind.OTHER:
            title = f"{title} на {slot.day.year} год"
            heard = "Нурланова А. Е., секретарь комиссии"
        else:
            heard = f"{_initials(head)}, {agency.head_position}"
        item = AgendaItem(
            meeting=meeting,
            position=position,
            kind=topic.kind,
            title=title,
            speakers=self._speaker(topic.speaker),
            heard_speaker=heard if slot.held else None,
            heard_summary=topic.summary if slot.held else None,
            materials_due=self._working_days_before(slot.day, 5),
            work_plan_item_id=plan_item.id if plan_item is not None else None,
        )
        self.session.add(item)
        return item

    def _working_days_before(self, day: date, n: int) -> date:
        for _ in range(n):
            day = self.calendar.previous_working_day(day)
        return day

    def _progress_item(self, meeting: Meeting, slot: _Slot, present: list[_Seat]) -> AgendaItem:
        years = f"{slot.year - 1}–{slot.year} годах"
        item = AgendaItem(
            meeting=meeting,
            position=1,
            kind=AgendaItemKind.PROGRESS_REVIEW,
            title=f"О ходе исполнения решений, принятых на заседаниях комиссии в {years}",
            speakers="секретарь комиссии Нурланова А. Е.",
            heard_speaker="Нурланова А. Е., секретарь комиссии",
            heard_summary="о ходе исполнения ранее принятых решений (информация прилагается)",
            materials_due=self._working_days_before(slot.day, 5),
        )
        self.session.add(item)
        self._discussion(item, present, "akimat")
        return item

    def _progress_decisions(self, item: AgendaItem, slot: _Slot, voters: int) -> None:
        """1.1 note; 1.2 removal of what was executed since; 1.3 an extension, if one was asked."""
        votes = (voters, 0, 0, None)
        decisions = [self._plain_decision(item, 1, DecisionKind.NOTE, NOTE.text, votes)]
        removable = [
            a
            for a in self.state.executed
            if a.decision.executed_on is not None and a.decision.executed_on < slot.day
        ]
        if removable:
            text = "Снять с контроля как исполненные: " + "; ".join(_cite(removable)) + "."
            removal = self._plain_decision(
                item, len(decisions) + 1, DecisionKind.REMOVE_FROM_CONTROL, text, votes
            )
            decisions.append(removal)
            self.removal = (removal, removable)
            self.state.executed = [a for a in self.state.executed if a not in removable]
        for pending in self.state.extensions:
            if pending.decided_at_meeting == slot.day:
                adopted = self._adopted_of(pending.point)
                text = (
                    f"Продлить срок исполнения п. {adopted.label} протокола № {adopted.number} "
                    f"от {_ru_date(adopted.meeting_day)} до "
                    f"{_ru_date(pending.extension.proposed_date)}."
                )
                extend = self._plain_decision(
                    item, len(decisions) + 1, DecisionKind.EXTEND, text, votes
                )
                decisions.append(extend)
                self.state.extend_decisions[slot.day] = extend

    def _adopted_of(self, point: ControlPoint) -> _Adopted:
        return self.adopted[id(point.decision)]

    def _plain_decision(
        self,
        item: AgendaItem,
        position: int,
        kind: DecisionKind,
        text: str,
        votes: tuple[int, int, int, str | None],
    ) -> Decision:
        decision = Decision(
            agenda_item=item,
            position=position,
            kind=kind,
            text=text,
            is_binding=kind is not DecisionKind.RECOMMENDATION
            and self.commission.binding_by_default,
            report_to_secretary=False,
            votes_for=votes[0],
            votes_against=votes[1],
            votes_abstained=votes[2],
            dissenters=votes[3],
            control_state=ControlState.NOT_CONTROLLED,
        )
        self.session.add(decision)
        return decision

    def _mark_removed(self, slot: _Slot) -> None:
        """After the meeting's rows have ids: the removed decisions point at the removal."""
        if self.removal is None:
            return
        removal, removed = self.removal
        for adopted in removed:
            decision = adopted.decision
            decision.control_state = ControlState.REMOVED
            decision.removed_on = slot.day
            decision.removed_by_decision_id = removal.id
            decision.removal_note = (
                f"Снято с контроля как исполненное (протокол № {slot.number} от "
                f"{_ru_date(slot.day)}, п. 1.{removal.position})"
            )
        self.removal = None

    def _discussion(self, item: AgendaItem, present: list[_Seat], speaker: str) -> None:
        others = [s for s in present if s.agency != speaker]
        for position, seat in enumerate(
            self.rng.sample(others, min(len(others), self.rng.randint(1, 3))), 1
        ):
            member = seat.member
            item.discussion.append(
                DiscussionEntry(
                    position=position,
                    speaker=f"{_initials(member.full_name)}, {member.position_ru}",
                    summary=self.rng.choice(DISCUSSION_REMARKS),
                )
            )

    def _votes(self, voters: int, present: list[_Seat]) -> tuple[int, int, int, str | None]:
        """Mostly unanimous; now and then one member votes against or abstains."""
        roll = self.rng.random()
        dissenter = self.rng.choice([s for s in present if s.member.role is MemberRole.MEMBER])
        name = _initials(dissenter.member.full_name)
        if roll < 0.1:
            return voters - 1, 1, 0, f"Против — {name}"
        if roll < 0.18:
            return voters - 1, 0, 1, f"Воздержался(ась) — {name}"
        return voters, 0, 0, None

    def _link_cases(self, item: AgendaItem, day: date) -> list[Case]:
        """Cases examined under a social-support item: open on that day, shown by number."""
        candidates = [
            c
            for c in self.state.cases
            if c.opened_on < day
            and (c.closed_on is None or c.closed_on > day)
            and c.state is not ProgrammeState.DRAFT
        ]
        chosen = self.rng.sample(candidates, min(len(candidates), self.rng.randint(1, 3)))
        chosen.sort(key=lambda c: (c.year, c.seq))
        for case in chosen:
            self.case_links.append((item, case))  # written once the item has its id
            self.state.case_items[case.id].append(item)
        return chosen

    # -- decisions and their control ----------------------------------------------------------

    def _decision(
        self,
        item: AgendaItem,
        position: int,
        spec: _DecisionSpec,
        slot: _Slot,
        votes: tuple[int, int, int, str | None],
        cases: list[Case],
        scenario: _Scenario | None,
    ) -> None:
        text = self._decision_text(spec, cases)
        decision = self._plain_decision(item, position, spec.kind, text, votes)
        decision.is_binding = spec.kind is not DecisionKind.RECOMMENDATION
        if spec.lead is None or spec.term is None:
            return
        decision.report_to_secretary = True
        for role, key in [
            (AssigneeRole.LEAD, spec.lead),
            *((AssigneeRole.CO_EXECUTOR, k) for k in spec.co),
        ]:
            agency = self.state.agencies[key]
            decision.assignees.append(
                DecisionAssignee(
                    agency=agency, role=role, contact_name=_initials(agency.head_name or "")
                )
            )
        rule = self._rule(spec.term, slot.day, scenario)
        _apply_rule(decision, rule)
        adopted = _Adopted(decision, f"{item.position}.{position}", slot.number, slot.day)
        self.adopted[id(decision)] = adopted
        self._control(decision, adopted, rule, self.state.agencies[spec.lead], scenario)

    def _decision_text(self, spec: _DecisionSpec, cases: list[Case]) -> str:
        if spec.lead is None:
            return spec.text
        agency_spec = next(a for a in AGENCIES if a.key == spec.lead)
        lead = self.state.agencies[spec.lead]
        text = spec.text
        if spec.cases and cases:
            text = f"{text} (дела № {', '.join(c.number for c in cases)})."
        elif spec.cases:
            text = f"{text}."
        if spec.kind is DecisionKind.RECOMMENDATION:
            return (
                f"Рекомендовать {agency_spec.short_ru} ({_initials(lead.head_name or '')}) {text}"
            )
        together = ""
        if spec.co:
            parts = []
            for key in spec.co:
                co_spec = next(a for a in AGENCIES if a.key == key)
                co = self.state.agencies[key]
                parts.append(f"{co_spec.with_ru} ({_initials(co.head_name or '')})")
            together = f" совместно {_preposition_with(parts[0])} " + ", ".join(parts)
        return f"{agency_spec.to_ru} ({_initials(lead.head_name or '')}){together} {text}"

    def _rule(self, term: _Term, adopted: date, scenario: _Scenario | None) -> DeadlineRule:
        """The template's term, or a fixed date that makes the forced scenario happen."""
        fixed = self._scenario_due(adopted, scenario)
        if fixed is not None:
            return DeadlineRule(DeadlineKind.FIXED, fixed_date=fixed)
        if term.kind is DeadlineKind.FIXED:
            return DeadlineRule(DeadlineKind.FIXED, fixed_date=adopted + timedelta(days=term.days))
        if term.kind is DeadlineKind.PERIODIC:
            until = date(adopted.year if adopted.month < 10 else adopted.year + 1, 12, 31)
            return DeadlineRule(
                DeadlineKind.PERIODIC, period=Period.QUARTERLY, day_of_month=5, until=until
            )
        return DeadlineRule(term.kind, days=term.days)

    def _scenario_due(self, adopted: date, scenario: _Scenario | None) -> date | None:
        today, cal = self.today, self.calendar
        last = self.last_regular.day
        shift = cal.shift_to_working
        if scenario is _Scenario.LATE:
            return shift(adopted + timedelta(days=21), DayOffRule.NEXT)
        if scenario is _Scenario.OVERDUE_REFUSED:
            return shift(adopted + timedelta(days=30), DayOffRule.NEXT)
        if scenario is _Scenario.EXTENDED:
            return shift(last + timedelta(days=10), DayOffRule.NEXT)
        if scenario is _Scenario.DUE_SOON:
            return cal.add_working_days(today, 2)
        if scenario is _Scenario.REWORK:
            return shift(adopted + timedelta(days=30), DayOffRule.NEXT)
        if scenario is _Scenario.INTERIM:
            return max(
                shift(adopted + timedelta(days=60), DayOffRule.NEXT),
                cal.add_working_days(today, 12),
            )
        if scenario is _Scenario.PENDING_EXTENSION:
            return max(
                shift(adopted + timedelta(days=45), DayOffRule.NEXT), cal.add_working_days(today, 7)
            )
        return None

    def _control(
        self,
        decision: Decision,
        adopted: _Adopted,
        rule: DeadlineRule,
        lead: Agency,
        scenario: _Scenario | None,
    ) -> None:
        dues = due_dates(rule, adopted.meeting_day, self.calendar, self.commission.day_off_rule)
        extended = False
        for due in dues:
            point = ControlPoint(original_due_date=due, due_date=due, state=ControlPointState.OPEN)
            decision.control_points.append(point)
            if scenario is _Scenario.EXTENDED:
                due = self._extend(point, due, granted_at=self.last_regular.day)
                extended = True
            elif scenario is _Scenario.OVERDUE_REFUSED:
                self._ask_extension(point, due, ExtensionState.REFUSED, due - timedelta(days=4))
            elif scenario is _Scenario.PENDING_EXTENSION:
                asked = max(adopted.meeting_day, self.today - timedelta(days=2))
                self._ask_extension(point, due, ExtensionState.REQUESTED, asked)
            outcome = self._outcome(scenario, due, adopted.meeting_day)
            self._report(point, outcome, due, adopted.meeting_day, lead)
        self._settle(decision, adopted, extended)

    def _extend(self, point: ControlPoint, due: date, granted_at: date) -> date:
        new_due = self.calendar.shift_to_working(due + timedelta(days=30), DayOffRule.NEXT)
        extension = Extension(
            requested_by_agency_id=None,
            requested_on=granted_at - timedelta(days=4),
            old_date=due,
            proposed_date=new_due,
            reason="Работы выполняются подрядной организацией; требуется дополнительное время",
            state=ExtensionState.GRANTED,
            decided_by="secretary",
            decided_on=granted_at,
        )
        self.state.extensions.append(_PendingExtension(extension, point, granted_at))
        point.due_date = new_due
        return new_due

    def _ask_extension(
        self, point: ControlPoint, due: date, state: ExtensionState, asked: date
    ) -> None:
        extension = Extension(
            requested_on=asked,
            old_date=due,
            proposed_date=self.calendar.shift_to_working(due + timedelta(days=30), DayOffRule.NEXT),
            reason="Не завершены согласования с сельскими округами",
            state=state,
            decided_by="chair" if state is ExtensionState.REFUSED else None,
            decided_on=asked + timedelta(days=2) if state is ExtensionState.REFUSED else None,
        )
        self.state.extensions.append(_PendingExtension(extension, point))

    def _outcome(self, scenario: _Scenario | None, due: date, adopted: date) -> _Outcome:
        today = self.today
        forced = {
            _Scenario.LATE: _Outcome.LATE,
            _Scenario.OVERDUE_REFUSED: _Outcome.OVERDUE,
            _Scenario.DUE_SOON: _Outcome.NOTHING,
            _Scenario.REWORK: _Outcome.RETURNED,
            _Scenario.INTERIM: _Outcome.INTERIM,
            _Scenario.PENDING_EXTENSION: _Outcome.NOTHING,
        }
        if scenario is not None and scenario in forced:
            return forced[scenario]
        if scenario is _Scenario.ON_TIME and due < today:
            return _Outcome.ON_TIME
        roll = self.rng.random()
        if due < today - timedelta(days=1):
            if roll < 0.68:
                return _Outcome.ON_TIME
            if roll < 0.86 and (today - due).days >= 3:
                return _Outcome.LATE
            return _Outcome.OVERDUE
        if adopted >= today - timedelta(days=1):
            return _Outcome.NOTHING
        if roll < 0.25:
            return _Outcome.INTERIM
        if roll < 0.35:
            return _Outcome.AWAITING_ASSESSMENT
        return _Outcome.NOTHING

    def _report(
        self, point: ControlPoint, outcome: _Outcome, due: date, adopted: date, lead: Agency
    ) -> None:
        rng, today = self.rng, self.today
        latest = today - timedelta(days=1)
        if outcome is _Outcome.NOTHING:
            return
        if outcome is _Outcome.ON_TIME:
            received = max(adopted, due - timedelta(days=rng.randint(0, 10)))
            self._add_report(point, lead, ReportKind.FINAL, received, ReportAssessment.ACCEPTED)
            point.state, point.executed_on = ControlPointState.EXECUTED_ON_TIME, received
        elif outcome is _Outcome.LATE:
            received = due + timedelta(days=rng.randint(1, min(25, (today - due).days - 1)))
            self._add_report(point, lead, ReportKind.FINAL, received, ReportAssessment.ACCEPTED)
            point.state, point.executed_on = ControlPointState.EXECUTED_LATE, received
        elif outcome is _Outcome.OVERDUE:
            if rng.random() < 0.5 and due > adopted + timedelta(days=5):
                received = adopted + timedelta(days=rng.randint(1, (due - adopted).days - 1))
                self._add_report(
                    point, lead, ReportKind.INTERIM, received, ReportAssessment.ACCEPTED
                )
        elif outcome is _Outcome.INTERIM:
            received = adopted + timedelta(days=(min(latest, due) - adopted).days // 2)
            self._add_report(point, lead, ReportKind.INTERIM, received, ReportAssessment.ACCEPTED)
        elif outcome is _Outcome.AWAITING_ASSESSMENT:
            received = max(adopted, latest)
            self._add_report(point, lead, ReportKind.FINAL, received, ReportAssessment.PENDING)
        elif outcome is _Outcome.RETURNED:
            received = min(max(adopted, due - timedelta(days=3)), latest)
            received = max(received, adopted)
            report = self._add_report(
                point, lead, ReportKind.FINAL, received, ReportAssessment.RETURNED
            )
            report.assessment_comment = (
                "Информация неполная: не указаны сведения о трудоустроенных лицах. Доработать и "
                "представить повторно."
            )

    def _add_report(
        self,
        point: ControlPoint,
        lead: Agency,
        kind: ReportKind,
        received: date,
        assessment: ReportAssessment,
    ) -> ExecutionReport:
        self.report_number += 1
        texts = INTERIM_TEXTS if kind is ReportKind.INTERIM else REPORT_TEXTS
        report = ExecutionReport(
            agency=lead,
            kind=kind,
            received_on=received,
            incoming_number=f"03-12/{self.report_number}",
            text=f"{lead.short_name_ru}: {self.rng.choice(texts)}",
            assessment=assessment,
        )
        if assessment is not ReportAssessment.PENDING:
            report.assessed_by = "secretary"
            report.assessed_at = _at(min(self.today, received + timedelta(days=1)))
        point.reports.append(report)
        return report

    def _settle(self, decision: Decision, adopted: _Adopted, extended: bool) -> None:
        """The decision's stored state and due date follow from its control points."""
        points = decision.control_points
        open_points = [p for p in points if p.state is ControlPointState.OPEN]
        if not open_points:
            decision.control_state = ControlState.EXECUTED
            decision.executed_on = max(p.executed_on for p in points if p.executed_on)
            decision.due_date = max(p.due_date for p in points)
            self.state.executed.append(adopted)
            return
        decision.due_date = min(p.due_date for p in open_points)
        reports = [r for p in open_points for r in p.reports]
        if any(r.assessment is ReportAssessment.RETURNED for r in reports):
            decision.control_state = ControlState.REWORK
        elif extended:
            decision.control_state = ControlState.EXTENDED
        elif reports:
            decision.control_state = ControlState.IN_PROGRESS
        else:
            decision.control_state = ControlState.ON_CONTROL

    # -- the next meeting ---------------------------------------------------------------------

    def _planned_meeting(self, slot: _Slot, plan_items: list[WorkPlanItem]) -> None:
        meeting = self._new_meeting(slot, MeetingStatus.PLANNED)
        progress = AgendaItem(
            meeting=meeting,
            position=1,
            kind=AgendaItemKind.PROGRESS_REVIEW,
            title="О ходе исполнения решений, принятых на заседаниях комиссии",
            speakers="секретарь комиссии Нурланова А. Е.",
            materials_due=self._working_days_before(slot.day, 5),
        )
        self.session.add(progress)
        for offset, topic in enumerate(self._topics(slot.year, slot.quarter), 1):
            plan_item = plan_items[offset - 1] if len(plan_items) >= offset else None
            item = self._agenda_item(meeting, 1 + offset, topic, slot, plan_item)
            if topic.kind is AgendaItemKind.SOCIAL_SUPPORT:
                self.state.planned_social_item = item

    # -- links made once everything exists -----------------------------------------------------

    def _escalation(self) -> None:
        """A blocked measure goes to the commission: a new agenda item of the next meeting."""
        item = self.state.planned_social_item
        assert item is not None
        case = next(c for c in self.state.cases if c.state is ProgrammeState.IN_PROGRESS)
        deadline = self.today - timedelta(days=self.rng.randint(10, 30))
        measure = Measure(
            case=case,
            need_kind=NeedKind.HOUSING,
            action="Предоставить временное место проживания в центре социальной адаптации",
            agency=self.state.agencies["adaptation"],
            deadline=deadline,
            state=MeasureState.ESCALATED,
            outcome="Свободных мест нет; вопрос вынесен на заседание комиссии",
            escalated_agenda_item_id=item.id,
        )
        self.session.add(measure)
        self.session.add(
            AgendaItemCase(agenda_item_id=item.id, case_id=case.id, is_escalation=True)
        )
        if not any(n.kind is NeedKind.HOUSING for n in case.needs):
            case.needs.append(Need(kind=NeedKind.HOUSING, priority=1))
        self.session.add(
            CaseEvent(
                case_id=case.id,
                happened_on=self.today - timedelta(days=2),
                kind=CaseEventKind.NOTE,
                agenda_item_id=item.id,
                text="Вопрос о жилье вынесен на заседание комиссии",
            )
        )

    def _review_events(self) -> None:
        """Each case examined at a sitting gets a «review» entry in its timeline."""
        for case in self.state.cases:
            for item in self.state.case_items.get(case.id, []):
                self.session.add(
                    CaseEvent(
                        case_id=case.id,
                        happened_on=item.meeting.meeting_date,
                        kind=CaseEventKind.REVIEW,
                        agenda_item_id=item.id,
                        text=f"Рассмотрено на заседании комиссии (протокол "
                        f"№ {item.meeting.number})",
                    )
                )

    def _release_notices(self) -> None:
        """Two notices from prisons: one already turned into a case, one just received."""
        released = self.state.drafts[0].client
        case = next(c for c in self.state.cases if c.client is released)
        assert released.sentence_end is not None
        self.session.add(
            ReleaseNotice(
                received_on=released.sentence_end - timedelta(days=30),
                institution="РГУ «Учреждение АК-159/7» ДУИС по Акмолинской области",
                iin=released.iin,
                full_name=" ".join(
                    p for p in (released.surname, released.given_name, released.patronymic) if p
                ),
                expected_release=released.sentence_end,
                chosen_residence=released.actual_address,
                district_id=self.district.id,
                needs_text="Жилье, документы, трудоустройство",
                state=ReleaseNoticeState.CASE_OPENED,
                case_id=case.id,
            )
        )
        used = {d.client.iin for d in self.state.drafts}
        birth = self.today - timedelta(days=34 * 365 + 120)
        surname, given, patronymic = self._person(Sex.MALE)
        self.session.add(
            ReleaseNotice(
                received_on=self.today - timedelta(days=5),
                institution="РГУ «Учреждение ЕЦ-166/11» ДУИС по Карагандинской области",
                iin=self._iin(birth, Sex.MALE, used),
                full_name=" ".join(p for p in (surname, given, patronymic) if p),
                expected_release=self.today + timedelta(days=45),
                chosen_residence=self._address(),
                district_id=self.district.id,
                needs_text="Нуждается в восстановлении удостоверения личности и трудоустройстве",
                state=ReleaseNoticeState.RECEIVED,
            )
        )

    def _extensions(self) -> None:
        for pending in self.state.extensions:
            extension = pending.extension
            extension.control_point_id = pending.point.id
            if pending.decided_at_meeting is not None:
                decision = self.state.extend_decisions.get(pending.decided_at_meeting)
                extension.decided_by_decision_id = decision.id if decision is not None else None
            lead = next(a for a in pending.point.decision.assignees if a.role is AssigneeRole.LEAD)
            extension.requested_by_agency_id = lead.agency.id
            self.session.add(extension)

    def _letters(self) -> None:
        """Requests for execution information sent to agencies with overdue points."""
        overdue: dict[int, date] = {}
        for point in self.session.scalars(
            select(ControlPoint)
            .where(ControlPoint.state == ControlPointState.OPEN, ControlPoint.due_date < self.today)
            .order_by(ControlPoint.id)
        ):
            lead = next(a for a in point.decision.assignees if a.role is AssigneeRole.LEAD)
            first = overdue.get(lead.agency_id)
            overdue[lead.agency_id] = min(first, point.due_date) if first else point.due_date
        letters = sorted(
            (min(self.today, due + timedelta(days=3)), agency_id)
            for agency_id, due in overdue.items()
        )
        seq_by_year: dict[int, int] = defaultdict(int)
        for sent_on, agency_id in letters:
            seq_by_year[sent_on.year] += 1
            seq = seq_by_year[sent_on.year]
            self.session.add(
                OutgoingLetter(
                    year=sent_on.year,
                    seq=seq,
                    number=f"12-17/{seq}",
                    sent_on=sent_on,
                    agency_id=agency_id,
                    subject="О представлении информации об исполнении решений комиссии",
                )
            )


def _apply_rule(decision: Decision, rule: DeadlineRule) -> None:
    decision.deadline_kind = rule.kind
    decision.deadline_date = rule.fixed_date
    decision.deadline_days = rule.days
    decision.deadline_period = rule.period
    decision.deadline_day_of_month = rule.day_of_month
    decision.deadline_until = rule.until


def _cite(adopted: list[_Adopted]) -> list[str]:
    """«пп. 2.2, 3.1 протокола № 4 от 12 декабря 2025 года», one part per meeting."""
    by_meeting: dict[tuple[int, date], list[str]] = {}
    for item in adopted:
        by_meeting.setdefault((item.number, item.meeting_day), []).append(item.label)
    parts = []
    for (number, day), labels in sorted(by_meeting.items(), key=lambda kv: kv[0][1]):
        prefix = "пп." if len(labels) > 1 else "п."
        parts.append(f"{prefix} {', '.join(labels)} протокола № {number} от {_ru_date(day)}")
    return parts
