"""IIN and BIN validation, parsing and helpers."""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

from commission.domain.iin import (
    IinInfo,
    IinProblem,
    InvalidBin,
    InvalidIin,
    Sex,
    check_iin_matches,
    check_plausible_birth,
    iin_check_digit,
    is_valid_bin,
    is_valid_iin,
    make_iin,
    mask_iin,
    normalize_iin,
    parse_bin,
    parse_iin,
    restore_leading_zero,
)


def test_parse_documented_examples() -> None:
    assert parse_iin("900101123102") == IinInfo(date(1890, 1, 1), Sex.MALE)
    assert parse_iin("061211600012") == IinInfo(date(2006, 12, 11), Sex.FEMALE)


@pytest.mark.parametrize(
    ("digit", "year", "sex"),
    [("1", 1890, Sex.MALE), ("2", 1890, Sex.FEMALE), ("3", 1990, Sex.MALE),
     ("4", 1990, Sex.FEMALE), ("5", 2090, Sex.MALE), ("6", 2090, Sex.FEMALE)],
)  # fmt: skip
def test_century_and_sex_digit(digit: str, year: int, sex: Sex) -> None:
    first11 = f"900101{digit}1231"
    check = iin_check_digit(first11)
    assert check is not None
    assert parse_iin(f"{first11}{check}") == IinInfo(date(year, 1, 1), sex)


def test_parse_accepts_spaces_and_dashes() -> None:
    assert parse_iin(" 900101\u00a0123-102 ") == IinInfo(date(1890, 1, 1), Sex.MALE)
    assert normalize_iin("90 01 01–12 31 02") == "900101123102"


@pytest.mark.parametrize(
    ("text", "problem"),
    [
        ("90010112310a", IinProblem.NOT_DIGITS),
        ("९००१०११२३१०२", IinProblem.NOT_DIGITS),  # Unicode digits are not ASCII digits
        ("", IinProblem.LENGTH),
        ("90010112310", IinProblem.LENGTH),
        ("9001011231020", IinProblem.LENGTH),
        ("900101023102", IinProblem.CENTURY),
        ("900101723102", IinProblem.CENTURY),
        ("900101923102", IinProblem.CENTURY),
        ("901301323102", IinProblem.BIRTH_DATE),
        ("900230323102", IinProblem.BIRTH_DATE),
        ("000229323102", IinProblem.BIRTH_DATE),  # 1900 was not a leap year
        ("900101123103", IinProblem.CHECKSUM),
        ("061211600013", IinProblem.CHECKSUM),
    ],
)
def test_invalid_iin_reports_the_problem(text: str, problem: IinProblem) -> None:
    with pytest.raises(InvalidIin) as caught:
        parse_iin(text)
    assert caught.value.problem is problem
    assert not is_valid_iin(text)


def test_problems_have_distinct_messages_without_the_number() -> None:
    texts = {}
    for text in ("90010112310a", "9001011231", "900101023102", "901301323102", "900101123103"):
        with pytest.raises(InvalidIin) as caught:
            parse_iin(text)
        texts[caught.value.problem] = caught.value.text
        assert text not in caught.value.render()
        assert text not in caught.value.params.values()
    assert len(set(texts.values())) == 5


def test_length_message_gives_the_count() -> None:
    with pytest.raises(InvalidIin) as caught:
        parse_iin("9001011231")
    assert caught.value.params == {"count": 10}
    assert "10" in caught.value.render()


def test_check_digit_uses_second_weights_when_first_gives_ten() -> None:
    # Find a prefix whose first weighted sum is 10 mod 11 and check the second pass by hand.
    for serial in range(10000):
        first11 = f"8505154{serial:04d}"
        digits = [int(ch) for ch in first11]
        if sum(d * w for d, w in zip(digits, range(1, 12), strict=True)) % 11 == 10:
            second = sum(
                d * w for d, w in zip(digits, (3, 4, 5, 6, 7, 8, 9, 10, 11, 1, 2), strict=True)
            )
            expected = None if second % 11 == 10 else second % 11
            assert iin_check_digit(first11) == expected
            break
    else:
        pytest.fail("no prefix needing the second weights")


def test_no_check_digit_means_invalid() -> None:
    unusable = next(
        f"8505154{serial:04d}"
        for serial in range(10000)
        if iin_check_digit(f"8505154{serial:04d}") is None
    )
    for last in "0123456789":
        with pytest.raises(InvalidIin) as caught:
            parse_iin(unusable + last)
        assert caught.value.problem is IinProblem.CHECKSUM


def test_check_digit_rejects_bad_input() -> None:
    with pytest.raises(ValueError):
        iin_check_digit("123")


@given(
    birth_date=st.dates(min_value=date(1900, 1, 1), max_value=date(2025, 12, 31)),
    sex=st.sampled_from(Sex),
    serial=st.integers(min_value=0, max_value=9999),
)
def test_make_iin_round_trips(birth_date: date, sex: Sex, serial: int) -> None:
    iin = make_iin(birth_date, sex, serial)
    assert len(iin) == 12
    assert parse_iin(iin) == IinInfo(birth_date, sex)
    check_iin_matches(iin, birth_date, sex)


def test_make_iin_skips_serials_without_check_digit() -> None:
    serial = next(s for s in range(10000) if iin_check_digit(f"8505153{s:04d}") is None)
    iin = make_iin(date(1985, 5, 15), Sex.MALE, serial)
    assert iin.startswith("8505153")
    assert iin[7:11] == f"{serial + 1:04d}"
    assert is_valid_iin(iin)


def test_make_iin_rejects_out_of_range() -> None:
    with pytest.raises(ValueError):
        make_iin(date(1799, 12, 31), Sex.MALE, 1)
    with pytest.raises(ValueError):
        make_iin(date(1990, 1, 1), Sex.MALE, 10000)


def test_restore_leading_zero() -> None:
    assert restore_leading_zero("61211600012") == "061211600012"
    assert restore_leading_zero("900101123102") == "900101123102"
    # A padded value that fails validation is left alone for the user to see.
    assert restore_leading_zero("61211600013") == "61211600013"
    assert restore_leading_zero("12345") == "12345"


def test_restore_leading_zeros_of_year_2000() -> None:
    for birth_date in (date(2000, 1, 1), date(2000, 11, 30), date(2005, 6, 7)):
        iin = make_iin(birth_date, Sex.FEMALE, 42)
        as_number = str(int(iin))
        assert len(as_number) < 12
        assert restore_leading_zero(as_number) == iin


def test_check_iin_matches() -> None:
    check_iin_matches("061211600012", date(2006, 12, 11), Sex.FEMALE)
    check_iin_matches("061211600012", None, None)
    with pytest.raises(InvalidIin) as caught:
        check_iin_matches("061211600012", date(2006, 12, 12), Sex.FEMALE)
    assert caught.value.problem is IinProblem.BIRTH_DATE_MISMATCH
    with pytest.raises(InvalidIin) as caught:
        check_iin_matches("061211600012", None, Sex.MALE)
    assert caught.value.problem is IinProblem.SEX_MISMATCH
    with pytest.raises(InvalidIin) as caught:
        check_iin_matches("061211600013", None, None)
    assert caught.value.problem is IinProblem.CHECKSUM


def test_mask_iin() -> None:
    assert mask_iin("900101123102") == "900101******"
    assert mask_iin("900101 123 102") == "900101******"
    assert mask_iin("1234") == "****"


def _bin(first11: str) -> str:
    check = iin_check_digit(first11)
    assert check is not None
    return f"{first11}{check}"


def test_bin() -> None:
    valid = _bin("08054001234")  # May 2008, a resident legal entity, head office
    assert parse_bin(f"{valid[:6]} {valid[6:]}") == valid
    assert is_valid_bin(valid)
    assert is_valid_bin(_bin("12125301234")) and is_valid_bin(_bin("99016301234"))


@pytest.mark.parametrize(
    ("text", "problem", "words"),
    [
        ("941340000385", IinProblem.MONTH, "month"),
        ("000000000000", IinProblem.MONTH, "month"),
        ("940100000387", IinProblem.KIND, "5th digit"),
        ("940149000384", IinProblem.ATTRIBUTE, "6th digit"),
        ("900101123102", IinProblem.KIND, "an IIN is not a BIN"),
        ("061211600012", IinProblem.KIND, "an IIN is not a BIN"),
    ],
)
def test_a_bin_is_checked_by_its_structure(text: str, problem: IinProblem, words: str) -> None:
    with pytest.raises(InvalidBin) as caught:
        parse_bin(text)
    assert caught.value.problem is problem
    assert words in caught.value.text
    assert not is_valid_bin(text)


def test_no_valid_iin_is_a_bin() -> None:
    for day in (1, 15, 31):
        assert not is_valid_bin(make_iin(date(1990, 1, day), Sex.FEMALE, day))


@pytest.mark.parametrize(
    ("born", "words"),
    [
        (date(1899, 12, 31), "before 1900"),
        (date(2026, 6, 2), "in the future"),
        (date(2012, 6, 2), "younger than 14"),
    ],
)
def test_an_implausible_birth_date_is_refused(born: date, words: str) -> None:
    with pytest.raises(InvalidIin) as caught:
        check_plausible_birth(born, date(2026, 6, 1))
    assert caught.value.problem is IinProblem.IMPLAUSIBLE_BIRTH
    assert words in str(caught.value)


def test_plausible_birth_dates_pass() -> None:
    check_plausible_birth(date(1900, 1, 1), date(2026, 6, 1))
    check_plausible_birth(date(2012, 6, 1), date(2026, 6, 1))  # fourteen today
    check_plausible_birth(date(2012, 2, 29), date(2026, 3, 1))


@pytest.mark.parametrize(
    ("text", "problem"),
    [("08134001234", IinProblem.LENGTH), ("08134001234x", IinProblem.NOT_DIGITS)],
)
def test_invalid_bin_shape(text: str, problem: IinProblem) -> None:
    with pytest.raises(InvalidBin) as caught:
        parse_bin(text)
    assert caught.value.problem is problem


def test_invalid_bin_checksum() -> None:
    first11 = "08124001234"
    check = iin_check_digit(first11)
    assert check is not None
    wrong = f"{first11}{(check + 1) % 10}"
    with pytest.raises(InvalidBin) as caught:
        parse_bin(wrong)
    assert caught.value.problem is IinProblem.CHECKSUM
    assert "BIN" in caught.value.text
    assert not is_valid_bin(wrong)
