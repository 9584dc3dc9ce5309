"""The vote's result from its counts: majority of those voting, the chair's casting vote."""

from __future__ import annotations

import pytest

from commission.domain.voting import (
    AGAINST,
    FOR,
    InvalidVote,
    VoteCounts,
    VoteOutcome,
    all_present_except,
    vote_outcome,
)


@pytest.mark.parametrize(
    ("counts", "expected"),
    [
        ((9, 0, 0), VoteOutcome(adopted=True, tie=False, casting_used=False)),
        ((8, 1, 0), VoteOutcome(adopted=True, tie=False, casting_used=False)),
        # Abstentions decide nothing: 3 for, 2 against, 4 abstained is still a majority.
        ((3, 2, 4), VoteOutcome(adopted=True, tie=False, casting_used=False)),
        ((2, 3, 4), VoteOutcome(adopted=False, tie=False, casting_used=False)),
        # Everyone abstaining is no tie: nobody supported the decision.
        ((0, 0, 9), VoteOutcome(adopted=False, tie=False, casting_used=False)),
    ],
)
def test_majority_of_those_voting(counts: tuple[int, int, int], expected: VoteOutcome) -> None:
    # The chair's side is irrelevant without a tie.
    assert vote_outcome(*counts, 9, True, FOR) == expected
    assert vote_outcome(*counts, 9, True, None) == expected


def test_tie_with_casting_vote() -> None:
    assert vote_outcome(4, 4, 1, 9, True, FOR) == VoteOutcome(True, True, True)
    assert vote_outcome(4, 4, 1, 9, True, AGAINST) == VoteOutcome(False, True, True)


def test_tie_without_casting_vote_fails() -> None:
    assert vote_outcome(4, 4, 0, 8, False, FOR) == VoteOutcome(False, True, False)
    # Casting vote allowed but the chair's side unknown: not adopted, nothing invented.
    assert vote_outcome(4, 4, 0, 8, True, None) == VoteOutcome(False, True, False)


@pytest.mark.parametrize("counts", [(10, 0, 0), (5, 5, 0), (3, 3, 4), (9, 1, 0)], ids=str)
def test_more_votes_than_voters_present(counts: tuple[int, int, int]) -> None:
    with pytest.raises(InvalidVote) as err:
        vote_outcome(*counts, 9, True, FOR)
    assert err.value.params == {"counted": sum(counts), "present": 9}
    assert err.value.field == "votes_for"


def test_negative_counts_and_unknown_side() -> None:
    with pytest.raises(InvalidVote):
        vote_outcome(5, -1, 0, 9, True, None)
    with pytest.raises(InvalidVote) as err:
        vote_outcome(4, 4, 0, 9, True, "abstained")
    assert err.value.field == "chair_side"


def test_all_present_in_favour_except() -> None:
    assert all_present_except(9, 1, 2) == VoteCounts(6, 1, 2)
    assert all_present_except(9, 0, 0) == VoteCounts(9, 0, 0)
    assert all_present_except(9, 0, 0).total == 9
    with pytest.raises(InvalidVote):
        all_present_except(3, 2, 2)


def test_majority_of_those_present_counts_abstentions_against() -> None:
    """4 «for», 1 «against», 4 abstaining of 9 present: a majority of voters, not of present."""
    assert vote_outcome(4, 1, 4, 9, True, None).adopted is True
    assert vote_outcome(4, 1, 4, 9, True, None, majority_of_present=True).adopted is False
    assert vote_outcome(5, 1, 3, 9, True, None, majority_of_present=True).adopted is True


def test_the_chair_decides_a_tie_under_either_rule() -> None:
    outcome = vote_outcome(4, 4, 1, 9, True, AGAINST, majority_of_present=True)
    assert outcome == VoteOutcome(adopted=False, tie=True, casting_used=True)
    outcome = vote_outcome(4, 4, 1, 9, True, FOR, majority_of_present=True)
    assert outcome == VoteOutcome(adopted=True, tie=True, casting_used=True)
