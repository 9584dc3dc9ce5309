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
EDUCATION = AgencyRef(2, Bilingual("Отдел образования"), Bilingual("Отдел образования"))
EMPLOYMENT = AgencyRef(
    3,
    Bilingual("Центр занятости Целиноградского района", "Целиноград ауданының жұмыспен қамту"),
    Bilingual("Центр занятости", "Жұмыспен қамту орталығы"),
    "Рахимов С. Т.",
)
PROBATION = AgencyRef(4, Bilingual("Служба пробации"), Bilingual("Служба пробации"))

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


def _decision(number: str, kind: DecisionKind, text: str, **kwargs: Any) -> DecisionLine:
    values: dict[str, Any] = {
        "id": int(number.replace(".", "")),
        "number": number,
        "kind": kind,
        "text": text,
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
    title="О ходе исполнения решений, принятых на заседаниях комиссии в 2025–2026 годах",
    speakers="секретарь комиссии Нурланова А. Е.",
    heard_speaker="Нурланову А. Е.",
    heard_summary="о ходе исполнения решений (информация прилагается).",
    discussion=(DiscussionLine("Сейтказинов Б. А."), DiscussionLine("Касымов Е. Б.")),
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
            extends=((_ref("3.2", 103), date(2026, 4, 30)),),
            lead=EMPLOYMENT,
        ),
    ),
    progress=(
        ProgressLine(
            _ref("1.2", 101),
            "Провести сверку списков лиц, освобожденных из мест лишения свободы",
            POLICE,
            date(2026, 1, 30),
            "executed",
        ),
        ProgressLine(
            _ref("2.1", 102),
            "Организовать ярмарку вакансий",
            EMPLOYMENT,
            date(2026, 2, 27),
            "executed",
        ),
        ProgressLine(
            _ref("3.2", 103),
            "Трудоустроить трех состоящих на учете лиц",
            EMPLOYMENT,
            date(2026, 3, 5),
            "overdue",
        ),
    ),
)

POLICE_REPORT = AgendaLine(
    number=2,
    kind=AgendaItemKind.POLICE_REPORT,
    title="Об информации начальника отдела полиции о состоянии правопорядка"
    " за IV квартал 2025 года",
    speakers="начальник ОП Целиноградского района Касымов Е. Б.",
    heard_speaker="Касымова Е. Б.",
    heard_summary="о состоянии правопорядка за IV квартал 2025 года.",
    discussion=(
        DiscussionLine("Сейтказинов Б. А.", "о профилактике правонарушений среди молодежи"),
        DiscussionLine("Сагинтаева Л. М.", "о занятости подростков во внеурочное время"),
    ),
    decisions=(
        _decision("2.1", DecisionKind.NOTE, "Информацию принять к сведению."),
        _decision(
            "2.2",
            DecisionKind.INSTRUCTION,
            "Отделу полиции (Касымов Е. Б.) совместно с отделом образования (Сагинтаева Л. М.)"
            " организовать профилактические рейды в местах массового досуга молодежи.",
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
    title="О социальной адаптации лиц, освобожденных из мест лишения свободы",
    speakers="начальник службы пробации Дюсенова М. А.",
    heard_speaker="Дюсенову М. А.",
    heard_summary="о ходе социальной адаптации.",
    cases=(CaseLine("14/2026", "Б-ов Н. К."),),
    decisions=(
        _decision(
            "3.1",
            DecisionKind.INSTRUCTION,
            "Центру занятости (Рахимов С. Т.) оказать содействие в трудоустройстве Б-ову Н. К.",
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
        venue="актовый зал акимата",
        kind=MeetingKind.REGULAR,
        format=MeetingFormat.IN_PERSON,
        chair=CHAIR,
        secretary=SECRETARY,
        voting_members_total=11,
        voting_present=9,
        has_quorum=True,
        present=MEMBERS,
        absent=(
            AbsentLine(person("Ахметова", "Д. К.", "руководитель отдела культуры"), "отпуск"),
            AbsentLine(
                person("Ли", "В. С.", "начальник отдела занятости"),
                "командировка",
                "Ким А. В.",
                "заместитель начальника отдела занятости",
            ),
        ),
        invited=(
            person("Омаров", "Т. Т.", "прокурор района", "аудан прокуроры"),
            person("Жакупова", "Г. С.", "председатель ОО «Шанс»", "«Шанс» ҚБ төрайымы"),
        ),
        agenda=(PROGRESS, POLICE_REPORT, SOCIAL),
        control_assigned_to="секретаря комиссии",
        minutes_state=MinutesState.FINAL,
        revision=1,
    )
    return dataclasses.replace(ctx, **changes) if changes else ctx
