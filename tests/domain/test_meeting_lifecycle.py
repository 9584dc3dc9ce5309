"""The lifecycle of a meeting: the steps allowed from each status and the checks on them."""

from __future__ import annotations

from datetime import date

import pytest

from commission.domain.enums import MeetingStatus
from commission.domain.meeting_lifecycle import (
    TRANSITIONS,
    InvalidTransition,
    allowed_targets,
    check_transition,
    is_past,
)

S = MeetingStatus
DAY = date(2026, 3, 12)
LATER = date(2026, 4, 1)


def _check(current: S, target: S, *, final: bool = False, today: date = LATER) -> None:
    check_transition(current, target, minutes_final=final, meeting_date=DAY, today=today)


@pytest.mark.parametrize(
    ("current", "target"),
    [
        (S.PLANNED, S.AGENDA_APPROVED),
        (S.AGENDA_APPROVED, S.HELD),
        (S.HELD, S.MINUTES_DRAFTED),
        (S.MINUTES_SIGNED, S.EXTRACTS_SENT),
        (S.PLANNED, S.HELD),  # approving the agenda is a formality some commissions skip
        (S.AGENDA_APPROVED, S.PLANNED),  # the agenda reopened for one more item
        (S.PLANNED, S.POSTPONED),
        (S.AGENDA_APPROVED, S.CANCELLED),
        (S.POSTPONED, S.PLANNED),
        (S.POSTPONED, S.CANCELLED),
    ],
)
def test_allowed_steps(current: S, target: S) -> None:
    _check(current, target)


@pytest.mark.parametrize(
    ("current", "target"),
    [
        (S.PLANNED, S.MINUTES_DRAFTED),
        (S.PLANNED, S.PLANNED),
        (S.HELD, S.PLANNED),
        (S.HELD, S.POSTPONED),
        (S.HELD, S.CANCELLED),
        (S.MINUTES_DRAFTED, S.HELD),
        (S.MINUTES_SIGNED, S.MINUTES_DRAFTED),
        (S.EXTRACTS_SENT, S.MINUTES_SIGNED),
        (S.CANCELLED, S.PLANNED),
        (S.POSTPONED, S.HELD),
    ],
)
def test_refused_steps(current: S, target: S) -> None:
    with pytest.raises(InvalidTransition) as err:
        _check(current, target, final=True)
    assert err.value.params == {"current": current.value, "target": target.value}


def test_signing_needs_final_minutes() -> None:
    with pytest.raises(InvalidTransition):
        _check(S.MINUTES_DRAFTED, S.MINUTES_SIGNED, final=False)
    _check(S.MINUTES_DRAFTED, S.MINUTES_SIGNED, final=True)


def test_a_meeting_is_held_on_or_after_its_date() -> None:
    with pytest.raises(InvalidTransition) as err:
        _check(S.AGENDA_APPROVED, S.HELD, today=date(2026, 3, 11))
    assert err.value.params == {"date": "12.03.2026"}
    _check(S.AGENDA_APPROVED, S.HELD, today=DAY)


def test_every_status_has_its_row_and_the_ends_lead_nowhere() -> None:
    assert set(TRANSITIONS) == set(MeetingStatus)
    assert TRANSITIONS[S.CANCELLED] == frozenset() == TRANSITIONS[S.EXTRACTS_SENT]


def test_allowed_targets_for_a_menu() -> None:
    assert allowed_targets(S.PLANNED, minutes_final=False, meeting_date=DAY, today=LATER) == [
        S.AGENDA_APPROVED,
        S.HELD,
        S.POSTPONED,
        S.CANCELLED,
    ]
    early = allowed_targets(
        S.PLANNED, minutes_final=False, meeting_date=DAY, today=date(2026, 1, 5)
    )
    assert S.HELD not in early
    assert (
        allowed_targets(S.MINUTES_DRAFTED, minutes_final=False, meeting_date=DAY, today=LATER) == []
    )


def test_is_past_follows_the_main_path_only() -> None:
    assert is_past(S.MINUTES_SIGNED, S.MINUTES_DRAFTED)
    assert is_past(S.MINUTES_DRAFTED, S.MINUTES_DRAFTED)
    assert not is_past(S.HELD, S.MINUTES_DRAFTED)
    assert not is_past(S.POSTPONED, S.PLANNED)
