"""The quorum rule: strictly more than the commission's share of its voting members."""

from __future__ import annotations

import pytest

from commission.domain.quorum import QuorumResult, quorum


@pytest.mark.parametrize(
    ("total", "present", "required", "has_quorum"),
    [
        (11, 6, 6, True),
        (11, 5, 6, False),
        (10, 5, 6, False),  # exactly half is not more than half
        (10, 6, 6, True),
        (1, 1, 1, True),
        (2, 1, 2, False),
        (0, 0, 1, False),  # nobody to decide
    ],
)
def test_more_than_half(total: int, present: int, required: int, has_quorum: bool) -> None:
    result = quorum(total, present, 1, 2)
    assert result == QuorumResult(has_quorum, required, present, total)


@pytest.mark.parametrize(
    ("total", "present", "has_quorum"),
    [(12, 8, False), (12, 9, True), (11, 7, False), (11, 8, True), (9, 6, False), (9, 7, True)],
)
def test_more_than_two_thirds(total: int, present: int, has_quorum: bool) -> None:
    assert quorum(total, present, 2, 3).has_quorum is has_quorum


def test_more_present_than_members_is_capped() -> None:
    """Stale marks can never make a quorum out of people who are not members."""
    result = quorum(3, 7, 1, 2)
    assert (result.present, result.has_quorum) == (3, True)


@pytest.mark.parametrize(("numerator", "denominator"), [(0, 2), (1, 0), (2, 2), (3, 2), (-1, 2)])
def test_a_share_that_is_not_a_proper_fraction_is_refused(numerator: int, denominator: int) -> None:
    with pytest.raises(ValueError):
        quorum(11, 6, numerator, denominator)


def test_negative_counts_are_refused() -> None:
    with pytest.raises(ValueError):
        quorum(-1, 0, 1, 2)
    with pytest.raises(ValueError):
        quorum(5, -1, 1, 2)
