"""The oblast's demo: the district demo's commission, plus the oblast's and two more districts'.

Each further commission is built by the same steps as the first (``_Builder``), in the same
transaction, with its own unit, composition, year of meetings and decisions, secretary, and
for a district its probation officers and clients. The agencies are the first district's,
shared: a demo of how an oblast's server looks, not of an oblast's organisations.
"""

from __future__ import annotations

import random
from dataclasses import dataclass
from datetime import date

from sqlalchemy import select

from commission.db.models import (
    AdminUnit,
    Agency,
    AgendaItem,
    Commission,
    ControlPoint,
    Decision,
    DecisionAssignee,
    Meeting,
    ProposedQuestion,
    User,
    UserCommission,
)
from commission.domain.enums import (
    AdminLevel,
    AgencyKind,
    AssigneeRole,
    CommissionKind,
    ControlPointState,
    QuestionState,
    Role,
)
from commission.domain.workcalendar import DayOffRule
from commission.services import commission_names, required_items
from commission.services.demo.build import _Builder
from commission.services.demo.names import FOUNDING_ACT_NUMBER


@dataclass(frozen=True)
class _UnitSpec:
    name_ru: str
    name_kk: str
    centre_ru: str
    centre_kk: str


@dataclass(frozen=True)
class _CommissionSpec:
    of_ru: str  # «при акимате Аршалынского района»
    of_kk: str  # «Аршалы ауданы әкімдігі жанындағы»
    akimat_ru: str
    akimat_kk: str
    secretary: tuple[str, str]  # login, full name
    officers: tuple[tuple[str, str], ...] = ()
    unit: _UnitSpec | None = None  # None: the oblast itself


OBLAST_COMMISSIONS: tuple[_CommissionSpec, ...] = (
    _CommissionSpec(
        of_ru="Акмолинской области",
        of_kk="Ақмола облысы",
        akimat_ru="Акимат Акмолинской области",
        akimat_kk="Ақмола облысының әкімдігі",
        secretary=("oblast", "Садыкова Гульнара Болатовна"),
    ),
    _CommissionSpec(
        of_ru="Аршалынского района",
        of_kk="Аршалы ауданы",
        akimat_ru="Акимат Аршалынского района Акмолинской области",
        akimat_kk="Ақмола облысы Аршалы ауданының әкімдігі",
        secretary=("secretary2", "Омарова Динара Талгатовна"),
        officers=(
            ("officer3", "Жумабеков Нурлан Ерикович"),
            ("officer4", "Ким Елена Викторовна"),
        ),
        unit=_UnitSpec("Аршалынский район", "Аршалы ауданы", "п. Аршалы", "Аршалы к."),
    ),
    _CommissionSpec(
        of_ru="Шортандинского района",
        of_kk="Шортанды ауданы",
        akimat_ru="Акимат Шортандинского района Акмолинской области",
        akimat_kk="Ақмола облысы Шортанды ауданының әкімдігі",
        secretary=("secretary3", "Бекова Асель Муратовна"),
        officers=(
            ("officer5", "Абенов Ерлан Каиргельдыевич"),
            ("officer6", "Мельник Ирина Сергеевна"),
        ),
        unit=_UnitSpec("Шортандинский район", "Шортанды ауданы", "п. Шортанды", "Шортанды к."),
    ),
)

OBLAST_LOGINS: tuple[str, ...] = tuple(
    login for spec in OBLAST_COMMISSIONS for login, _ in (spec.secretary, *spec.officers)
)


class _CommissionBuilder(_Builder):
    """One more commission of the oblast, by the first one's steps."""

    def __init__(self, base: _Builder, spec: _CommissionSpec, rng: random.Random) -> None:
        super().__init__(base.session, base.actor, rng, base.today, base.password_hash)
        self.base = base
        self.spec = spec
        self.calendar = base.calendar
        self.oblast = base.oblast
        self.state.agencies = base.state.agencies
        self.act_of_ru = spec.of_ru
        self.accounts: list[User] = []

    def build_commission(self, clients: int) -> None:
        self._unit_and_commission()
        self._flush()
        self._composition()
        self._accounts()
        self._flush()
        self._user_commissions()
        if self.spec.officers:
            self._clients(clients)
            self._cases()
        slots = self._meeting_slots()
        plan = self._work_plan(slots)
        self._flush()
        self._meetings(slots, plan)
        if self.spec.officers:
            self._escalation()
            self._review_events()
            self._release_notices()
        self._extensions()
        self._letters()
        self._flush()
        self._signed_revisions()
        self._flush()

    def _unit_and_commission(self) -> None:
        spec = self.spec
        if spec.unit is None:
            self.district = self.oblast
        else:
            self.district = AdminUnit(
                parent=self.oblast,
                level=AdminLevel.DISTRICT,
                name_ru=spec.unit.name_ru,
                name_kk=spec.unit.name_kk,
                centre_ru=spec.unit.centre_ru,
                centre_kk=spec.unit.centre_kk,
            )
            self.session.add(self.district)
        act_date = self.calendar.shift_to_working(
            date(self.today.year - 2, self.rng.randint(1, 4), self.rng.randint(1, 28)),
            DayOffRule.NEXT,
        )
        purpose_ru = (
            "по профилактике правонарушений и содействию социальной адаптации лиц, состоящих "
            "на учете службы пробации, при акимате"
        )
        name_kk = (
            f"{spec.of_kk} әкімдігі жанындағы құқық бұзушылық профилактикасы және пробация "
            "қызметінің есебінде тұрған адамдардың әлеуметтік бейімделуіне жәрдемдесу жөніндегі "
            "ведомствоаралық комиссия"
        )
        self.commission = Commission(
            kind=CommissionKind.MERGED,
            name_ru=f"Межведомственная комиссия {purpose_ru} {spec.of_ru}",
            name_kk=name_kk,
            title_ru=f"межведомственной комиссии {purpose_ru} {spec.of_ru}",
            title_kk=name_kk,
            short_name_ru=f"Межведомственная комиссия {spec.of_ru}",
            short_name_kk=f"{spec.of_kk} ведомствоаралық комиссиясы",
            akimat_ru=spec.akimat_ru,
            akimat_kk=spec.akimat_kk,
            admin_unit=self.district,
            act_type="постановление акимата",
            act_number=FOUNDING_ACT_NUMBER,
            act_date=act_date,
            binding_by_default=True,
            day_off_rule=DayOffRule.NEXT,
            due_soon_working_days=5,
        )
        self.session.add(self.commission)
        self.session.flush()
        self.session.add(commission_names.first_name_row(self.commission, None))
        self.session.add_all(required_items.law_required_rows(self.commission.id, None))

    def _accounts(self) -> None:
        """The secretary, and a district's two officers (``_clients`` shares clients among
        the builder's «officer» and «officer2»)."""
        akimat = self.state.agencies["akimat"].id
        probation = self.state.agencies["probation"].id
        login, full_name = self.spec.secretary
        self.state.users["secretary"] = self._account(login, full_name, Role.SECRETARY, akimat)
        keys = ("officer", "officer2")
        for key, (login, full_name) in zip(keys, self.spec.officers, strict=False):
            self.state.users[key] = self._account(
                login, full_name, Role.PROBATION_OFFICER, probation, self.district.id
            )

    def _account(
        self, login: str, full_name: str, role: Role, agency: int, district: int | None = None
    ) -> User:
        user = User(
            login=login,
            full_name=full_name,
            role=role,
            agency_id=agency,
            district_id=district,
            password_hash=self.password_hash,
        )
        self.session.add(user)
        self.accounts.append(user)
        return user

    def _user_commissions(self) -> None:
        super()._user_commissions()
        # The oblast's administrator works for every commission on the server.
        admin = self.base.state.users["admin"]
        self.session.add(UserCommission(user_id=admin.id, commission_id=self.commission.id))


# The oblast's decisions that name the districts' akimats as executors (``district_control``):
# each district commission then follows their control points in its own list.
ADDRESSED_DECISIONS = 3


def build_oblast(base: _Builder, seed: int, clients: int) -> list[User]:
    """The further commissions after ``base`` built the first district; their new accounts."""
    accounts: list[User] = []
    per_district = max(10, clients // 3)
    builders: list[_CommissionBuilder] = []
    for number, spec in enumerate(OBLAST_COMMISSIONS, start=1):
        builder = _CommissionBuilder(base, spec, random.Random(seed * 100 + number))
        builder.build_commission(per_district)
        accounts.extend(builder.accounts)
        builders.append(builder)
    _address_district_akimats(base, builders)
    _send_questions_up(base, builders)
    return accounts


# Questions the districts sent up to the oblast commission, waiting for its answer: what a
# district secretary proposes when a problem outgrows the district («предложено районами»).
_QUESTIONS_UP = (
    (
        "О трудоустройстве лиц, освобождённых из мест лишения свободы, на предприятиях области",
        "Бас бостандығынан айыру орындарынан босатылған адамдарды облыс кәсіпорындарына жұмысқа "
        "орналастыру туралы",
        "Предприятия района не имеют вакансий для 14 состоящих на учёте; нужны квоты "
        "рабочих мест на предприятиях области.",
    ),
    (
        "О месте временного проживания для лиц без определённого места жительства",
        "Белгілі тұрғылықты жері жоқ адамдарға арналған уақытша тұру орны туралы",
        "В районе нет центра временного пребывания; трое состоящих на учёте живут без жилья.",
    ),
)


def _send_questions_up(base: _Builder, builders: list[_CommissionBuilder]) -> None:
    """The first two district commissions each send one question up, citing one of their
    decisions, sent a few days before today."""
    session = base.session
    oblast = next((b.commission for b in builders if b.spec.unit is None), None)
    if oblast is None:
        return
    senders: list[_Builder] = [base, *(b for b in builders if b.spec.unit is not None)]
    for sender, (title, title_kk, why) in zip(senders, _QUESTIONS_UP, strict=False):
        source = session.scalars(
            select(Decision.id)
            .join(AgendaItem, AgendaItem.id == Decision.agenda_item_id)
            .join(Meeting, Meeting.id == AgendaItem.meeting_id)
            .where(Meeting.commission_id == sender.commission.id, Meeting.meeting_date < base.today)
            .order_by(Meeting.meeting_date.desc(), Decision.id)
            .limit(1)
        ).first()
        secretary = sender.state.users["secretary"]
        session.add(
            ProposedQuestion(
                from_commission_id=sender.commission.id,
                to_commission_id=oblast.id,
                title=title,
                title_kk=title_kk,
                justification=why,
                source_decision_id=source,
                sent_on=base.calendar.shift_to_working(
                    date.fromordinal(base.today.toordinal() - 6), DayOffRule.PREVIOUS
                ),
                sent_by=secretary.id,
                state=QuestionState.SENT,
                updated_by=secretary.login,
            )
        )
    session.flush()


def _address_district_akimats(base: _Builder, builders: list[_CommissionBuilder]) -> None:
    """Each district's akimat as an agency tied to its district, and a few of the oblast's
    decisions on control addressed to all of them as co-executors."""
    session = base.session
    akimats: list[Agency] = []
    first = base.state.agencies["akimat"]
    if first.admin_unit_id is None:
        first.admin_unit_id = base.district.id
    akimats.append(first)
    oblast_commission: Commission | None = None
    for builder in builders:
        spec = builder.spec
        if spec.unit is None:
            oblast_commission = builder.commission
            continue
        agency = Agency(
            kind=AgencyKind.AKIMAT,
            name_ru=spec.akimat_ru,
            name_kk=spec.akimat_kk,
            admin_unit_id=builder.district.id,
        )
        session.add(agency)
        akimats.append(agency)
    session.flush()
    if oblast_commission is None:
        return
    addressed = session.scalars(
        select(Decision)
        .join(AgendaItem, AgendaItem.id == Decision.agenda_item_id)
        .join(Meeting, Meeting.id == AgendaItem.meeting_id)
        .join(ControlPoint, ControlPoint.decision_id == Decision.id)
        .where(
            Meeting.commission_id == oblast_commission.id,
            ControlPoint.state == ControlPointState.OPEN,
        )
        .distinct()
        .order_by(Decision.id)
        .limit(ADDRESSED_DECISIONS)
    ).all()
    for decision in addressed:
        named = {assignee.agency_id for assignee in decision.assignees}
        for akimat in akimats:
            if akimat.id not in named:
                session.add(
                    DecisionAssignee(
                        decision_id=decision.id,
                        agency_id=akimat.id,
                        role=AssigneeRole.CO_EXECUTOR,
                    )
                )
    session.flush()
