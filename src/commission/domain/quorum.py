"""The commission's quorum rule: strictly more than a share of its voting members present."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class QuorumResult:
    """Whether a sitting may decide, and the numbers a user needs to see why (not)."""

    has_quorum: bool
    required: int  # voting members that must be present
    present: int  # voting members present (a replaced member counts: the substitute sits)
    total: int  # voting members valid on the meeting date


def quorum(
    voting_total: int, voting_present: int, numerator: int, denominator: int
) -> QuorumResult:
    """Quorum when more than ``numerator/denominator`` of the voting members are present.

    "More than half" of 11 is 6, of 10 is 6: ``floor(total * num / den) + 1``, in integers so
    that no fraction is ever rounded the wrong way. A commission with no voting members has no
    quorum: nothing can be decided by nobody.
    """
    if voting_total < 0 or voting_present < 0:
        raise ValueError("member counts must not be negative")
    if numerator <= 0 or denominator <= 0 or numerator >= denominator:
        raise ValueError("the quorum share must be a fraction below one")
    required = voting_total * numerator // denominator + 1
    present = min(voting_present, voting_total)
    has_quorum = voting_total > 0 and present >= required
    return QuorumResult(
        has_quorum=has_quorum, required=required, present=present, total=voting_total
    )
