"""Agenda topics of the demo's meetings and the decisions each one leads to."""

from __future__ import annotations

from dataclasses import dataclass

from commission.domain.deadlines import DeadlineKind
from commission.domain.enums import AgendaItemKind, DecisionKind


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
