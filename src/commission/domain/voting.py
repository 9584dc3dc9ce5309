"""The vote on a decision: counts in, result out. The result is never typed by anyone.

Rule (a commission setting): a decision is adopted by a simple majority either of the voting
members present (DOMAIN.md's default: «for» must be more than half of them, so abstentions
count against) or of those who voted (more «for» than «against»). On a tie — as many «for» as
«against» — the chair's vote decides when the commission's regulation gives the chair a
casting vote; without one a tie is not a majority, so the decision fails.
"""

from __future__ import annotations

from dataclasses import dataclass

from commission.domain.messages import QT_TRANSLATE_NOOP, UserError

FOR = "for"
AGAINST = "against"
CHAIR_SIDES = (FOR, AGAINST)


class InvalidVote(UserError):
    """Counts that cannot come from the sitting (negative, or more votes than voters)."""

    field: str = "votes_for"

    def __init__(self, text: str, field: str = "votes_for", **params: object) -> None:
        super().__init__(text, **params)
        self.field = field


@dataclass(frozen=True)
class VoteCounts:
    votes_for: int
    votes_against: int
    votes_abstained: int

    @property
    def total(self) -> int:
        return self.votes_for + self.votes_against + self.votes_abstained


@dataclass(frozen=True)
class VoteOutcome:
    adopted: bool
    tie: bool  # as many «for» as «against» (at least one of each side voting)
    casting_used: bool  # the chair's casting vote decided the tie


def check_counts(votes_for: int, against: int, abstained: int, voting_present: int) -> None:
    """Refuse counts the sitting could not have produced."""
    if min(votes_for, against, abstained) < 0:
        raise InvalidVote(QT_TRANSLATE_NOOP("Errors", "Vote counts cannot be negative."))
    counted = votes_for + against + abstained
    if counted > voting_present:
        raise InvalidVote(
            QT_TRANSLATE_NOOP(
                "Errors",
                "{counted} votes were entered, but only {present} voting members are present. "
                "Check the counts or the attendance.",
            ),
            counted=counted,
            present=voting_present,
        )


def all_present_except(voting_present: int, against: int, abstained: int) -> VoteCounts:
    """«All present in favour except …»: those not against and not abstaining voted for."""
    check_counts(0, against, abstained, voting_present)
    return VoteCounts(voting_present - against - abstained, against, abstained)


def vote_outcome(
    votes_for: int,
    against: int,
    abstained: int,
    voting_present: int,
    chair_casting_vote: bool,
    chair_side: str | None,
    majority_of_present: bool = False,
) -> VoteOutcome:
    """The result of a vote.

    ``chair_side`` is how the chair voted ("for"/"against"); it matters only on a tie and
    only when ``chair_casting_vote`` is true. A tie where the chair's side is unknown is
    not adopted (the service asks the user for the side before it gets here).
    """
    check_counts(votes_for, against, abstained, voting_present)
    if chair_side is not None and chair_side not in CHAIR_SIDES:
        raise InvalidVote(
            QT_TRANSLATE_NOOP("Errors", "The chair's vote must be either for or against."),
            "chair_side",
        )
    # 0 : 0 (everyone abstained) is no tie: nobody supported the decision, nothing to decide.
    tie = votes_for == against and votes_for > 0
    if not tie:
        if majority_of_present:
            return VoteOutcome(
                adopted=2 * votes_for > voting_present, tie=False, casting_used=False
            )
        return VoteOutcome(adopted=votes_for > against, tie=False, casting_used=False)
    if chair_casting_vote and chair_side is not None:
        return VoteOutcome(adopted=chair_side == FOR, tie=True, casting_used=True)
    return VoteOutcome(adopted=False, tie=True, casting_used=False)
