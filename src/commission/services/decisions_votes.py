"""A decision's vote: the quorum it needs, the result computed from the counts, the chair's
casting vote. Nobody types the result."""

from __future__ import annotations

from typing import TYPE_CHECKING

from sqlalchemy.orm import Session

from commission.db.models import (
    Commission,
    Decision,
    Meeting,
)
from commission.domain.messages import QT_TRANSLATE_NOOP, UserError
from commission.domain.voting import InvalidVote, VoteCounts, all_present_except, vote_outcome
from commission.services.attendance import meeting_quorum
from commission.services.errors import InvalidInput

if TYPE_CHECKING:
    from commission.services.decisions import DecisionData


class NoQuorum(UserError):
    """The sitting has no quorum, so it cannot decide anything."""


def require_quorum(session: Session, meeting: Meeting) -> int:
    """The voting members present, or NoQuorum with the numbers the user needs."""
    result = meeting_quorum(session, meeting)
    if not result.has_quorum:
        raise NoQuorum(
            QT_TRANSLATE_NOOP(
                "Errors",
                "There is no quorum: {present} of {total} voting members are present and "
                "{required} are needed. Decisions cannot be recorded; check the attendance.",
            ),
            present=result.present,
            total=result.total,
            required=result.required,
        )
    return result.present


def counted_votes(
    data: DecisionData, present: int, commission: Commission
) -> tuple[VoteCounts | None, bool | None, bool]:
    """(counts, adopted, casting vote carried it) from what the user entered."""
    if data.all_present_for_except:
        try:
            counts = all_present_except(present, data.votes_against or 0, data.votes_abstained or 0)
        except InvalidVote as exc:
            raise InvalidInput(exc.text, "votes_against", **exc.params) from exc
    elif data.votes_for is None and data.votes_against is None and data.votes_abstained is None:
        return None, None, False
    elif data.votes_for is None:
        raise InvalidInput(
            QT_TRANSLATE_NOOP("Errors", "Enter the number of votes «for»."), "votes_for"
        )
    else:
        counts = VoteCounts(data.votes_for, data.votes_against or 0, data.votes_abstained or 0)
    tie = counts.votes_for == counts.votes_against and counts.votes_for > 0
    if tie and commission.chair_casting_vote and data.chair_side is None:
        raise InvalidInput(
            QT_TRANSLATE_NOOP(
                "Errors",
                "The votes are tied ({votes} to {votes}); the chair's vote decides. Say whether "
                "the chair voted for or against.",
            ),
            "chair_side",
            votes=counts.votes_for,
        )
    try:
        outcome = vote_outcome(
            counts.votes_for,
            counts.votes_against,
            counts.votes_abstained,
            present,
            commission.chair_casting_vote,
            data.chair_side,
            commission.majority_of_present,
        )
    except InvalidVote as exc:
        raise InvalidInput(exc.text, exc.field, **exc.params) from exc
    return counts, outcome.adopted, outcome.casting_used


def store_vote(
    decision: Decision,
    counts: VoteCounts | None,
    adopted: bool | None,
    casting_used: bool,
    chair_side: str | None,
    dissenters: str | None,
) -> None:
    decision.votes_for = counts.votes_for if counts else None
    decision.votes_against = counts.votes_against if counts else None
    decision.votes_abstained = counts.votes_abstained if counts else None
    decision.vote_adopted = adopted if counts else None
    decision.casting_vote_used = casting_used
    decision.chair_side = chair_side if casting_used else None
    decision.dissenters = dissenters if counts else None
