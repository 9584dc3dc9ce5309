"""The probation service's clients, and the notices of release from prisons."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, timedelta

from sqlalchemy import select

from commission.db.models import Client, ReleaseNotice, User
from commission.domain.enums import (
    ClientCategory,
    DeregistrationReason,
    ProgrammeState,
    ReleaseNoticeState,
)
from commission.domain.iin import Sex, make_iin
from commission.services.demo.helpers import _search_name
from commission.services.demo.names import (
    ARTICLES,
    KAZAKH_FATHER_NAMES,
    KAZAKH_FEMALE_NAMES,
    KAZAKH_MALE_NAMES,
    KAZAKH_SURNAMES,
    MOBILE_PREFIXES,
    REGION_PREFIX,
    RUSSIAN_FEMALE_NAMES,
    RUSSIAN_MALE_NAMES,
    RUSSIAN_PATRONYMICS,
    RUSSIAN_SURNAMES,
    STREETS,
    VILLAGES,
)
from commission.services.demo.specs import _CATEGORY_WEIGHTS, LEGAL_BASIS
from commission.services.demo.state import _BuilderBase, _ClientDraft


class _Clients(_BuilderBase):
    """Builder steps for the clients and the release notices."""

    def _clients(self, count: int) -> None:
        # Other districts' clients of an oblast's demo are already there: IINs stay unique.
        used: set[str] = set(self.session.scalars(select(Client.iin)))
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
