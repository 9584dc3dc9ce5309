"""The organisation: admin units, the commission, its agencies, members and accounts."""

from __future__ import annotations

from datetime import date, timedelta

from commission.db.models import AdminUnit, Agency, Commission, Member, User, UserCommission
from commission.domain.enums import AdminLevel, CommissionKind
from commission.domain.iin import iin_check_digit
from commission.domain.workcalendar import DayOffRule
from commission.services import commission_names, required_items
from commission.services.demo.helpers import _sex_of
from commission.services.demo.names import (
    DISTRICT_KK,
    DISTRICT_RU,
    FOUNDING_ACT_NUMBER,
    PHONE_CODE,
    REGION_PREFIX,
    STREETS,
)
from commission.services.demo.specs import (
    AGENCIES,
    MEMBERS,
    REPLACED_AGENCY,
    REPLACEMENT_NAME,
    USERS,
)
from commission.services.demo.state import _BuilderBase, _Seat


class _Organisation(_BuilderBase):
    """Builder steps for the organisation and its composition."""

    # Whose akimat's decrees form and change the composition («постановление акимата …»).
    act_of_ru = "Целиноградского района"

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
        self.oblast = oblast
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
            title_ru=(
                "межведомственной комиссии по профилактике правонарушений и содействию "
                "социальной адаптации лиц, состоящих на учете службы пробации, при акимате "
                "Целиноградского района"
            ),
            title_kk=(
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
        self.session.flush()
        self.session.add(commission_names.first_name_row(self.commission, None))
        self.session.add_all(required_items.law_required_rows(self.commission.id, None))
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
                head_position_kk=spec.head_position_kk,
                head_sex=_sex_of(spec.head),
                contact_person=spec.head,
                phone=f"{PHONE_CODE} {spec.phone}",
                email=f"{spec.key}@tselinograd.example",
                address=f"{REGION_PREFIX}, с. Акмол, {self.rng.choice(STREETS)}, "
                f"{self.rng.randint(1, 60)}",
            )
            self.state.agencies[spec.key] = agency
            self.session.add(agency)

    def _bin(self, used: set[str]) -> str:
        """A real-looking BIN: registration YYMM, a resident legal entity (4), head office (0)
        or branch (1), serial, check digit."""
        while True:
            registered = f"{self.rng.randint(0, 23):02d}{self.rng.randint(1, 12):02d}"
            serial = self.rng.randint(0, 999_999)  # the draws as before: the demo stays the same
            first11 = f"{registered}4{serial // 100_000 % 2}{serial % 100_000:05d}"
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
            f"постановление акимата {self.act_of_ru} от {self.act_date:%d.%m.%Y} "
            f"№ {FOUNDING_ACT_NUMBER}"
        )
        for spec in MEMBERS:
            agency = self.state.agencies[spec.agency]
            full_name = spec.name or agency.head_name or ""
            member = Member(
                commission_id=self.commission.id,
                full_name=full_name,
                sex=_sex_of(full_name),
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
            f"постановление акимата {self.act_of_ru} от {decree_day:%d.%m.%Y} № "
            f"{self.rng.randint(150, 400)} «О внесении изменений в постановление от "
            f"{self.act_date:%d.%m.%Y} № {FOUNDING_ACT_NUMBER}»"
        )
        old.valid_to = change_day
        new = Member(
            commission_id=self.commission.id,
            full_name=REPLACEMENT_NAME,
            sex=_sex_of(REPLACEMENT_NAME),
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
        agency.head_sex = _sex_of(REPLACEMENT_NAME)
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

    def _user_commissions(self) -> None:
        """Everyone but the probation officers works for the commission (officers: district)."""
        for user in self.state.users.values():
            if user.district_id is None:
                self.session.add(UserCommission(user_id=user.id, commission_id=self.commission.id))
