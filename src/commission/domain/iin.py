"""Kazakhstan individual (IIN, ИИН / ЖСН) and business (BIN, БИН) identification numbers.

An IIN is 12 digits: YYMMDD birth date, a century-and-sex digit, a 4-digit serial and a check
digit. A BIN shares the length and the check-digit rule but carries no birth date: YYMM of its
registration, the kind of organisation (4 resident, 5 non-resident, 6 individual
entrepreneur's joint venture), its attribute (0 head office, 1 branch, 2 representative
office, 3 peasant farm), a 5-digit serial, the check digit. The 5th digit of an IIN is the
first digit of a day (0–3), so no IIN passes as a BIN. The numbers are personal data: they
never go into error messages or their parameters.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from enum import StrEnum

from commission.domain.messages import QT_TRANSLATE_NOOP, UserError

IIN_LENGTH = 12
_DIGITS = frozenset("0123456789")
# Characters people and spreadsheets put inside a number: dashes of every kind and zero-width
# spaces (ordinary and non-breaking spaces are caught by str.isspace()).
_SEPARATORS = frozenset("-\u2010\u2011\u2012\u2013\u2014\u2212\u200b\u2060\ufeff")
_WEIGHTS_FIRST = (1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11)
_WEIGHTS_SECOND = (3, 4, 5, 6, 7, 8, 9, 10, 11, 1, 2)
_MAX_SERIAL = 9999
_BIN_KINDS = frozenset("456")
_BIN_ATTRIBUTES = frozenset("0123")
EARLIEST_BIRTH_YEAR = 1900  # no one on the register was born before
YOUNGEST_AGE = 14  # the age of criminal responsibility (Criminal Code, art. 15)


class Sex(StrEnum):
    """Sex as encoded in the 7th IIN digit."""

    MALE = "male"
    FEMALE = "female"


class IinProblem(StrEnum):
    """Why a number was rejected; lets callers react without parsing message texts."""

    NOT_DIGITS = "not_digits"
    LENGTH = "length"
    CENTURY = "century"
    BIRTH_DATE = "birth_date"
    CHECKSUM = "checksum"
    BIRTH_DATE_MISMATCH = "birth_date_mismatch"
    SEX_MISMATCH = "sex_mismatch"
    IMPLAUSIBLE_BIRTH = "implausible_birth"
    MONTH = "month"
    KIND = "kind"
    ATTRIBUTE = "attribute"


class InvalidIin(UserError):
    """An IIN that cannot exist, or that contradicts the person's other details."""

    def __init__(self, problem: IinProblem, text: str, **params: object) -> None:
        super().__init__(text, **params)
        self.problem = problem


class InvalidBin(UserError):
    """A BIN that cannot exist."""

    def __init__(self, problem: IinProblem, text: str, **params: object) -> None:
        super().__init__(text, **params)
        self.problem = problem


@dataclass(frozen=True)
class IinInfo:
    """What an IIN tells about its holder."""

    birth_date: date
    sex: Sex


def normalize_iin(text: str) -> str:
    """Drop spaces, non-breaking spaces and dashes; nothing else is changed or padded."""
    return "".join(ch for ch in text if not ch.isspace() and ch not in _SEPARATORS)


def iin_check_digit(first11: str) -> int | None:
    """The check digit for the first 11 digits, or None when no check digit is possible."""
    if len(first11) != IIN_LENGTH - 1 or not set(first11) <= _DIGITS:
        raise ValueError("expected exactly 11 ASCII digits")
    digits = [int(ch) for ch in first11]
    for weights in (_WEIGHTS_FIRST, _WEIGHTS_SECOND):
        check = sum(d * w for d, w in zip(digits, weights, strict=True)) % 11
        if check != 10:
            return check
    return None


def _check_shape(
    number: str, error: type[InvalidIin | InvalidBin], not_digits: str, wrong_length: str
) -> None:
    """Raise ``error`` unless ``number`` is exactly 12 ASCII digits."""
    if not set(number) <= _DIGITS:
        raise error(IinProblem.NOT_DIGITS, not_digits)
    if len(number) != IIN_LENGTH:
        raise error(IinProblem.LENGTH, wrong_length, count=len(number))


def _check_digit_matches(number: str) -> bool:
    return iin_check_digit(number[:11]) == int(number[11])


def _century_and_sex(digit: str) -> tuple[int, Sex] | None:
    code = int(digit)
    if not 1 <= code <= 6:
        return None
    century = 1800 + 100 * ((code - 1) // 2)
    return century, Sex.MALE if code % 2 == 1 else Sex.FEMALE


def parse_iin(text: str) -> IinInfo:
    """Birth date and sex from an IIN; raise InvalidIin saying what is wrong with it."""
    number = normalize_iin(text)
    _check_shape(
        number,
        InvalidIin,
        QT_TRANSLATE_NOOP("Errors", "An IIN may contain only digits."),
        QT_TRANSLATE_NOOP("Errors", "An IIN has 12 digits; {count} were entered."),
    )
    century_sex = _century_and_sex(number[6])
    if century_sex is None:
        raise InvalidIin(
            IinProblem.CENTURY,
            QT_TRANSLATE_NOOP(
                "Errors",
                "The 7th digit of an IIN (century and sex) must be from 1 to 6.",
            ),
        )
    century, sex = century_sex
    try:
        birth_date = date(century + int(number[0:2]), int(number[2:4]), int(number[4:6]))
    except ValueError:
        raise InvalidIin(
            IinProblem.BIRTH_DATE,
            QT_TRANSLATE_NOOP("Errors", "The first six digits of the IIN are not a real date."),
        ) from None
    if not _check_digit_matches(number):
        raise InvalidIin(
            IinProblem.CHECKSUM,
            QT_TRANSLATE_NOOP(
                "Errors", "The IIN check digit does not match; the number has a typing error."
            ),
        )
    return IinInfo(birth_date=birth_date, sex=sex)


def is_valid_iin(text: str) -> bool:
    """Whether ``text`` (after normalize_iin) is an IIN that can exist."""
    try:
        parse_iin(text)
    except InvalidIin:
        return False
    return True


def restore_leading_zero(text: str) -> str:
    """Put back the leading zeros a spreadsheet dropped from an IIN read as a number.

    Only when the padded value is a valid IIN; otherwise the normalized text is returned as is.
    Nine digits are padded too: people born in January–September 2000 start with three zeros.
    """
    number = normalize_iin(text)
    if 9 <= len(number) < IIN_LENGTH and set(number) <= _DIGITS:
        padded = number.zfill(IIN_LENGTH)
        if is_valid_iin(padded):
            return padded
    return number


def make_iin(birth_date: date, sex: Sex, serial: int) -> str:
    """A valid IIN for demo data; ``serial`` is moved up until a check digit exists."""
    if not 1800 <= birth_date.year <= 2099:
        raise ValueError("an IIN encodes birth years 1800-2099 only")
    if not 0 <= serial <= _MAX_SERIAL:
        raise ValueError("serial must be 0-9999")
    code = 1 + 2 * ((birth_date.year - 1800) // 100) + (0 if sex is Sex.MALE else 1)
    prefix = f"{birth_date:%y%m%d}{code}"
    # About one serial in 121 has no check digit, so a handful of steps always suffices.
    for step in range(_MAX_SERIAL + 1):
        first11 = f"{prefix}{(serial + step) % (_MAX_SERIAL + 1):04d}"
        check = iin_check_digit(first11)
        if check is not None:
            return f"{first11}{check}"
    raise AssertionError("unreachable: some serial always has a check digit")


def check_iin_matches(iin: str, birth_date: date | None, sex: Sex | None) -> None:
    """Raise InvalidIin if the IIN is invalid or contradicts the typed birth date or sex."""
    info = parse_iin(iin)
    if birth_date is not None and birth_date != info.birth_date:
        raise InvalidIin(
            IinProblem.BIRTH_DATE_MISMATCH,
            QT_TRANSLATE_NOOP("Errors", "The birth date does not match the IIN."),
        )
    if sex is not None and sex is not info.sex:
        raise InvalidIin(
            IinProblem.SEX_MISMATCH,
            QT_TRANSLATE_NOOP("Errors", "The sex does not match the IIN."),
        )


def check_plausible_birth(birth_date: date, today: date) -> None:
    """Raise InvalidIin when nobody born on ``birth_date`` can be on the probation register:
    before 1900, in the future, or younger than 14 (an IIN mistyped in its first digits)."""
    if birth_date.year < EARLIEST_BIRTH_YEAR:
        raise InvalidIin(
            IinProblem.IMPLAUSIBLE_BIRTH,
            QT_TRANSLATE_NOOP(
                "Errors",
                "The IIN gives a birth date before 1900; no one on the register was born then. "
                "Check the number.",
            ),
        )
    if birth_date > today:
        raise InvalidIin(
            IinProblem.IMPLAUSIBLE_BIRTH,
            QT_TRANSLATE_NOOP(
                "Errors", "The IIN gives a birth date in the future. Check the number."
            ),
        )
    try:
        fourteenth = birth_date.replace(year=birth_date.year + YOUNGEST_AGE)
    except ValueError:  # born on 29 February
        fourteenth = date(birth_date.year + YOUNGEST_AGE, 3, 1)
    if fourteenth > today:
        raise InvalidIin(
            IinProblem.IMPLAUSIBLE_BIRTH,
            QT_TRANSLATE_NOOP(
                "Errors",
                "The IIN gives a person younger than {age}, who cannot be on the probation "
                "register. Check the number.",
            ),
            age=YOUNGEST_AGE,
        )


def mask_iin(iin: str) -> str:
    """The IIN with all but the first six digits hidden, e.g. ``900101******``."""
    number = normalize_iin(iin)
    if len(number) <= 6:
        return "*" * len(number)
    return number[:6] + "*" * (len(number) - 6)


def parse_bin(text: str) -> str:
    """The normalized BIN; raise InvalidBin saying which part of it cannot exist."""
    number = normalize_iin(text)
    _check_shape(
        number,
        InvalidBin,
        QT_TRANSLATE_NOOP("Errors", "A BIN may contain only digits."),
        QT_TRANSLATE_NOOP("Errors", "A BIN has 12 digits; {count} were entered."),
    )
    if not 1 <= int(number[2:4]) <= 12:
        raise InvalidBin(
            IinProblem.MONTH,
            QT_TRANSLATE_NOOP(
                "Errors",
                "The 3rd and 4th digits of a BIN are the month of registration, from 01 to 12.",
            ),
        )
    if number[4] not in _BIN_KINDS:
        raise InvalidBin(
            IinProblem.KIND,
            QT_TRANSLATE_NOOP(
                "Errors",
                "The 5th digit of a BIN (the kind of organisation) must be 4, 5 or 6; an IIN "
                "is not a BIN.",
            ),
        )
    if number[5] not in _BIN_ATTRIBUTES:
        raise InvalidBin(
            IinProblem.ATTRIBUTE,
            QT_TRANSLATE_NOOP(
                "Errors",
                "The 6th digit of a BIN (head office, branch, representative office or peasant "
                "farm) must be from 0 to 3.",
            ),
        )
    if not _check_digit_matches(number):
        raise InvalidBin(
            IinProblem.CHECKSUM,
            QT_TRANSLATE_NOOP(
                "Errors", "The BIN check digit does not match; the number has a typing error."
            ),
        )
    return number


def is_valid_bin(text: str) -> bool:
    """Whether ``text`` (after normalize_iin) is a BIN that can exist."""
    try:
        parse_bin(text)
    except InvalidBin:
        return False
    return True
