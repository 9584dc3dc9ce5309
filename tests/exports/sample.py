"""A realistic sitting built by hand (invented names): three items, every decision kind, every
deadline kind, a unanimous vote, a split vote and a tie decided by the chair."""

from __future__ import annotations

import dataclasses
from datetime import date, time
from typing import Any

from commission.documents.minutes import (
    AbsentLine,
    AgencyRef,
    AgendaLine,
    Bilingual,
    CaseLine,
    DecisionLine,
    DecisionRef,
    DiscussionLine,
    MinutesContext,
    PersonLine,
    ProgressLine,
    VoteLine,
)
from commission.domain.deadlines import DeadlineKind, DeadlineRule, Period
from commission.domain.enums import (
    AgendaItemKind,
    DecisionKind,
    MeetingFormat,
    MeetingKind,
    MemberRole,
    MinutesState,
)

POLICE = AgencyRef(
    1,
    Bilingual("Отдел полиции Целиноградского района", "Целиноград ауданының полиция бөлімі"),
    Bilingual("ОП Целиноградского района", "Целиноград АПБ"),
    "Касымов Е. Б.",
)
EDUCATION = AgencyRef(
    2,
    Bilingual("Отдел образования", "Білім бөлімі"),
    Bilingual("Отдел образования", "Білім бөлімі"),
)
EMPLOYMENT = AgencyRef(
    3,
    Bilingual("Центр занятости Целиноградского района", "Целиноград ауданының жұмыспен қамту"),
    Bilingual("Центр занятости", "Жұмыспен қамту орталығы"),
    "Рахимов С. Т.",
)
PROBATION = AgencyRef(
    4,
    Bilingual("Служба пробации", "Пробация қызметі"),
    Bilingual("Служба пробации", "Пробация қызметі"),
)

UNANIMOUS = VoteLine(votes_for=9, votes_against=0, votes_abstained=0, adopted=True)
SPLIT = VoteLine(8, 1, 0, adopted=True, dissenters="Ли В. С.")
TIE = VoteLine(4, 4, 1, adopted=True, casting_vote_used=True)
MAJORITY = VoteLine(7, 1, 1, adopted=True)

EARLIER = date(2025, 12, 15)
MEETING_DAY = date(2026, 3, 12)


def person(
    surname: str, initials: str, position_ru: str, position_kk: str = "", role: str = "member"
) -> PersonLine:
    first_initial = initials.split()[0]
    return PersonLine(
        full_name=f"{surname} {initials}",
        short_name=f"{surname} {initials}",
        signature_name=f"{first_initial} {surname}",
        position=Bilingual(position_ru, position_kk),
        role=role,
    )


CHAIR = person(
    "Сейтказинов",
    "Б. А.",
    "заместитель акима района",
    "аудан әкімінің орынбасары",
    MemberRole.CHAIR,
)
SECRETARY = person(
    "Нурланова",
    "А. Е.",
    "главный специалист аппарата акима",
    "әкім аппаратының бас маманы",
    MemberRole.SECRETARY,
)
MEMBERS = (
    CHAIR,
    SECRETARY,
    person("Касымов", "Е. Б.", "начальник отдела полиции", "полиция бөлімінің бастығы"),
    person("Дюсенова", "М. А.", "начальник службы пробации", "пробация қызметінің бастығы"),
    person("Рахимов", "С. Т.", "директор центра занятости", "жұмыспен қамту орталығының директоры"),
    person("Сагинтаева", "Л. М.", "руководитель отдела образования", "білім бөлімінің басшысы"),
    person(
        "Абенов", "К. С.", "главный врач районной больницы", "аудандық аурухананың бас дәрігері"
    ),
    person("Мухамеджанова", "Р. К.", "руководитель отдела внутренней политики"),
    person("Тулегенов", "А. М.", "председатель совета ветеранов", "ардагерлер кеңесінің төрағасы"),
)


def _ref(number: str, decision_id: int) -> DecisionRef:
    return DecisionRef(decision_id, number, meeting_number=2, meeting_date=EARLIER)


def _decision(
    number: str, kind: DecisionKind, text: str, text_kk: str = "", **kwargs: Any
) -> DecisionLine:
    values: dict[str, Any] = {
        "id": int(number.replace(".", "")),
        "number": number,
        "kind": kind,
        "text": Bilingual(text, text_kk),
        "is_binding": False,
        "lead": None,
        "co_executors": (),
        "deadline": None,
        "due_dates": (),
        "report_to_secretary": False,
        "vote": UNANIMOUS,
    }
    values.update(kwargs)
    return DecisionLine(**values)


PROGRESS = AgendaLine(
    number=1,
    kind=AgendaItemKind.PROGRESS_REVIEW,
    title=Bilingual(
        "О ходе исполнения решений, принятых на заседаниях комиссии в 2025–2026 годах",
        "Комиссияның 2025–2026 жылдардағы отырыстарында қабылданған шешімдердің орындалу"
        " барысы туралы",
    ),
    speakers=Bilingual("секретарь комиссии Нурланова А. Е.", "комиссия хатшысы А. Е. Нурланова"),
    heard_speaker=Bilingual("Нурланову А. Е.", "А. Е. Нурланова"),
    heard_summary=Bilingual(
        "о ходе исполнения решений (информация прилагается).",
        "шешімдердің орындалу барысы туралы (ақпарат қоса беріледі).",
    ),
    discussion=(
        DiscussionLine(Bilingual("Сейтказинов Б. А.", "Б. А. Сейтказинов")),
        DiscussionLine(Bilingual("Касымов Е. Б.", "Е. Б. Қасымов")),
    ),
    decisions=(
        _decision("1.1", DecisionKind.NOTE, ""),
        _decision(
            "1.2",
            DecisionKind.REMOVE_FROM_CONTROL,
            "",
            removes=(_ref("1.2", 101), _ref("2.1", 102)),
        ),
        _decision(
            "1.3",
            DecisionKind.EXTEND,
            "Отделу занятости и социальных программ (Ли В. С.) продлить срок исполнения пункта"
            " 3.2 протокола № 2 от 15 декабря 2025 года до 30 апреля 2026 года.",
            "Жұмыспен қамту және әлеуметтік бағдарламалар бөлімі (В. С. Ли) үшін 2025 жылғы"
            " 15 желтоқсандағы № 2 хаттаманың 3.2-тармағын орындау мерзімі 2026 жылғы 30 сәуірге"
            " дейін ұзартылсын.",
            extends=((_ref("3.2", 103), date(2026, 4, 30)),),
            lead=EMPLOYMENT,
        ),
    ),
    progress=(
        ProgressLine(
            _ref("1.2", 101),
            Bilingual(
                "Провести сверку списков лиц, освобожденных из мест лишения свободы",
                "Бас бостандығынан айыру орындарынан босатылған адамдардың тізімдері салыстырылсын",
            ),
            POLICE,
            date(2026, 1, 30),
            "executed",
        ),
        ProgressLine(
            _ref("2.1", 102),
            Bilingual(
                "Организовать ярмарку вакансий", "Бос жұмыс орындарының жәрмеңкесі ұйымдастырылсын"
            ),
            EMPLOYMENT,
            date(2026, 2, 27),
            "executed",
        ),
        ProgressLine(
            _ref("3.2", 103),
            Bilingual(
                "Трудоустроить трех состоящих на учете лиц",
                "Есепте тұрған үш адам жұмысқа орналастырылсын",
            ),
            EMPLOYMENT,
            date(2026, 3, 5),
            "overdue",
        ),
    ),
)

POLICE_REPORT = AgendaLine(
    number=2,
    kind=AgendaItemKind.POLICE_REPORT,
    title=Bilingual(
        "Об информации начальника отдела полиции о состоянии правопорядка за IV квартал 2025 года",
        "Полиция бөлімі бастығының 2025 жылғы IV тоқсандағы құқықтық тәртіптің жай-күйі"
        " туралы ақпараты туралы",
    ),
    speakers=Bilingual(
        "начальник ОП Целиноградского района Касымов Е. Б.",
        "Целиноград ауданы ПБ бастығы Е. Б. Қасымов",
    ),
    heard_speaker=Bilingual("Касымова Е. Б.", "Е. Б. Қасымов"),
    heard_summary=Bilingual(
        "о состоянии правопорядка за IV квартал 2025 года.",
        "2025 жылғы IV тоқсандағы құқықтық тәртіптің жай-күйі туралы.",
    ),
    discussion=(
        DiscussionLine(
            Bilingual("Сейтказинов Б. А.", "Б. А. Сейтказинов"),
            Bilingual(
                "о профилактике правонарушений среди молодежи",
                "жастар арасындағы құқық бұзушылықтардың профилактикасы туралы",
            ),
        ),
        DiscussionLine(
            Bilingual("Сагинтаева Л. М.", "Л. М. Сагинтаева"),
            Bilingual(
                "о занятости подростков во внеурочное время",
                "жасөспірімдердің сабақтан тыс уақытта қамтылуы туралы",
            ),
        ),
    ),
    decisions=(
        _decision(
            "2.1", DecisionKind.NOTE, "Информацию принять к сведению.", "Ақпарат назарға алынсын."
        ),
        _decision(
            "2.2",
            DecisionKind.INSTRUCTION,
            "Отделу полиции (Касымов Е. Б.) совместно с отделом образования (Сагинтаева Л. М.)"
            " организовать профилактические рейды в местах массового досуга молодежи.",
            "Полиция бөліміне (Е. Б. Қасымов) білім бөлімімен (Л. М. Сагинтаева) бірлесіп"
            " жастар көпшілік демалатын орындарда профилактикалық рейдтер ұйымдастыру"
            " тапсырылсын.",
            is_binding=True,
            lead=POLICE,
            co_executors=(EDUCATION,),
            deadline=DeadlineRule(DeadlineKind.PERIODIC, period=Period.QUARTERLY, day_of_month=5),
            due_dates=(date(2026, 4, 6), date(2026, 7, 6)),
            report_to_secretary=True,
        ),
        _decision(
            "2.3",
            DecisionKind.RECOMMENDATION,
            "Отделу образования рекомендовать организовать кружки и секции для подростков,"
            " состоящих на профилактическом учете.",
            "Білім бөліміне профилактикалық есепте тұрған жасөспірімдер үшін үйірмелер мен"
            " секциялар ұйымдастыру ұсынылсын.",
            lead=EDUCATION,
            deadline=DeadlineRule(DeadlineKind.CALENDAR_DAYS, days=30),
            due_dates=(date(2026, 4, 13),),
            vote=MAJORITY,
        ),
        _decision(
            "2.4",
            DecisionKind.INSTRUCTION,
            "Отделу полиции (Касымов Е. Б.) провести проверку по месту жительства лиц,"
            " состоящих на учете службы пробации.",
            "Полиция бөліміне (Е. Б. Қасымов) пробация қызметінің есебінде тұрған адамдарды"
            " тұрғылықты жері бойынша тексеруді жүргізу тапсырылсын.",
            is_binding=True,
            lead=POLICE,
            deadline=DeadlineRule(DeadlineKind.WORKING_DAYS, days=10),
            due_dates=(date(2026, 3, 27),),
            report_to_secretary=True,
            vote=TIE,
        ),
    ),
)

SOCIAL = AgendaLine(
    number=3,
    kind=AgendaItemKind.SOCIAL_SUPPORT,
    title=Bilingual(
        "О социальной адаптации лиц, освобожденных из мест лишения свободы",
        "Бас бостандығынан айыру орындарынан босатылған адамдардың әлеуметтік бейімделуі туралы",
    ),
    speakers=Bilingual(
        "начальник службы пробации Дюсенова М. А.", "пробация қызметінің бастығы М. А. Дюсенова"
    ),
    heard_speaker=Bilingual("Дюсенову М. А.", "М. А. Дюсенова"),
    heard_summary=Bilingual("о ходе социальной адаптации.", "әлеуметтік бейімделу барысы туралы."),
    cases=(CaseLine("14/2026", "Б-ов Н. К."),),
    decisions=(
        _decision(
            "3.1",
            DecisionKind.INSTRUCTION,
            "Центру занятости (Рахимов С. Т.) оказать содействие в трудоустройстве Б-ову Н. К.",
            "Жұмыспен қамту орталығына (С. Т. Рахимов) Н. К. Б-овты жұмысқа орналастыруға"
            " жәрдемдесу тапсырылсын.",
            is_binding=True,
            lead=EMPLOYMENT,
            deadline=DeadlineRule(DeadlineKind.FIXED, fixed_date=date(2026, 4, 10)),
            due_dates=(date(2026, 4, 10),),
            report_to_secretary=True,
            vote=SPLIT,
        ),
        _decision(
            "3.2",
            DecisionKind.INSTRUCTION,
            "Службе пробации (Дюсенова М. А.) совместно с отделом полиции обеспечить"
            " сопровождение Б-ова Н. К.",
            "Пробация қызметіне (М. А. Дюсенова) полиция бөлімімен бірлесіп Н. К. Б-овты"
            " сүйемелдеуді қамтамасыз ету тапсырылсын.",
            lead=PROBATION,
            co_executors=(POLICE,),
            deadline=DeadlineRule(DeadlineKind.PERMANENT),
            vote=SPLIT,
        ),
        _decision(
            "3.3",
            DecisionKind.RECOMMENDATION,
            "Центру занятости представлять сведения о трудоустройстве лиц, освобожденных из мест"
            " лишения свободы.",
            "Жұмыспен қамту орталығына бас бостандығынан айыру орындарынан босатылған"
            " адамдардың жұмысқа орналасуы туралы мәліметтерді ұсынып отыру ұсынылсын.",
            lead=EMPLOYMENT,
            deadline=DeadlineRule(
                DeadlineKind.PERIODIC,
                period=Period.MONTHLY,
                day_of_month=10,
                until=date(2026, 12, 31),
            ),
            due_dates=(date(2026, 4, 10),),
            vote=SPLIT,
        ),
    ),
)


def make_context(**changes: Any) -> MinutesContext:
    ctx = MinutesContext(
        meeting_id=7,
        akimat=Bilingual(
            "Акимат Целиноградского района Акмолинской области",
            "Ақмола облысы Целиноград ауданының әкімдігі",
        ),
        commission_name=Bilingual(
            "межведомственной комиссии по профилактике правонарушений и содействию социальной"
            " адаптации лиц, состоящих на учете службы пробации, при акимате Целиноградского"
            " района",
            "Целиноград ауданы әкімдігі жанындағы құқық бұзушылық профилактикасы және пробация"
            " қызметінің есебінде тұрған адамдардың әлеуметтік бейімделуіне жәрдемдесу жөніндегі"
            " ведомствоаралық комиссия",
        ),
        town=Bilingual("г. Косшы", "Қосшы қ."),
        number=3,
        meeting_date=MEETING_DAY,
        start_time=time(10, 0),
        venue=Bilingual("актовый зал акимата", "әкімдіктің мәжіліс залы"),
        kind=MeetingKind.REGULAR,
        format=MeetingFormat.IN_PERSON,
        chair=CHAIR,
        secretary=SECRETARY,
        voting_members_total=11,
        voting_present=9,
        has_quorum=True,
        present=MEMBERS,
        absent=(
            AbsentLine(
                person(
                    "Ахметова",
                    "Д. К.",
                    "руководитель отдела культуры",
                    "мәдениет бөлімінің басшысы",
                ),
                Bilingual("отпуск", "еңбек демалысы"),
            ),
            AbsentLine(
                person(
                    "Ли", "В. С.", "начальник отдела занятости", "жұмыспен қамту бөлімінің бастығы"
                ),
                Bilingual("командировка", "іссапар"),
                "Ким А. В.",
                Bilingual(
                    "заместитель начальника отдела занятости",
                    "жұмыспен қамту бөлімі бастығының орынбасары",
                ),
            ),
        ),
        invited=(
            person("Омаров", "Т. Т.", "прокурор района", "аудан прокуроры"),
            person("Жакупова", "Г. С.", "председатель ОО «Шанс»", "«Шанс» ҚБ төрайымы"),
        ),
        agenda=(PROGRESS, POLICE_REPORT, SOCIAL),
        control_assigned_to=Bilingual("секретаря комиссии", "комиссия хатшысына"),
        minutes_state=MinutesState.FINAL,
        revision=1,
    )
    return dataclasses.replace(ctx, **changes) if changes else ctx
