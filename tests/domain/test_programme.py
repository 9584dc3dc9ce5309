"""The pure rules of a programme and its measures."""

from __future__ import annotations

from datetime import date

import pytest

from commission.domain.enums import MeasureState, ProgrammeState
from commission.domain.programme import (
    ALLOWED,
    Timing,
    TransitionRefused,
    check_measure_transition,
    check_programme_transition,
    measure_timing,
)
from commission.domain.workcalendar import WorkingCalendar, seed_days

P = ProgrammeState
M = MeasureState


def _check(current: P, target: P, measures: int = 1, open_: int = 0, removed: bool = False) -> None:
    check_programme_transition(
        current, target, measures=measures, open_measures=open_, client_removed=removed
    )


@pytest.mark.parametrize(
    ("current", "target"),
    [
        (P.DRAFT, P.APPROVED),
        (P.APPROVED, P.IN_PROGRESS),
        (P.IN_PROGRESS, P.COMPLETED),
        (P.DRAFT, P.STOPPED),
        (P.IN_PROGRESS, P.STOPPED),
    ],
)
def test_allowed_transitions(current: P, target: P) -> None:
    _check(current, target)


def test_refusals_say_why() -> None:
    with pytest.raises(TransitionRefused, match="approved before"):
        _check(P.DRAFT, P.IN_PROGRESS)
    with pytest.raises(TransitionRefused, match="Only a programme in progress"):
        _check(P.APPROVED, P.COMPLETED)
    with pytest.raises(TransitionRefused, match="at least one measure"):
        _check(P.DRAFT, P.APPROVED, measures=0)
    with pytest.raises(TransitionRefused) as err:
        _check(P.IN_PROGRESS, P.COMPLETED, open_=2)
    assert err.value.params == {"count": 2}
    with pytest.raises(TransitionRefused, match="removed from the register"):
        _check(P.IN_PROGRESS, P.CLOSED)
    _check(P.IN_PROGRESS, P.CLOSED, removed=True)
    with pytest.raises(TransitionRefused, match="not allowed"):
        _check(P.APPROVED, P.DRAFT)
    for final in (P.COMPLETED, P.CLOSED, P.STOPPED):
        assert ALLOWED[final] == frozenset()
        with pytest.raises(TransitionRefused, match="has ended"):
            _check(final, P.IN_PROGRESS)


def test_measure_transitions() -> None:
    check_measure_transition(M.ASSIGNED, M.IN_PROGRESS)
    check_measure_transition(M.ESCALATED, M.PROVIDED)
    with pytest.raises(TransitionRefused, match="escalating"):
        check_measure_transition(M.ASSIGNED, M.ESCALATED)
    with pytest.raises(TransitionRefused, match="already finished"):
        check_measure_transition(M.PROVIDED, M.IN_PROGRESS)
    with pytest.raises(TransitionRefused, match="not allowed"):
        check_measure_transition(M.IN_PROGRESS, M.ASSIGNED)


def test_timing_counts_working_days() -> None:
    calendar = WorkingCalendar(seed_days([2026]))
    friday = date(2026, 3, 6)
    assert measure_timing(M.ASSIGNED, None, friday, calendar, 2) is Timing.NO_DEADLINE
    assert measure_timing(M.ASSIGNED, date(2026, 3, 5), friday, calendar, 2) is Timing.OVERDUE
    assert measure_timing(M.ASSIGNED, friday, friday, calendar, 2) is Timing.DUE_SOON
    # Friday + 2 working days is Tuesday (the weekend and 9 March's holiday do not count).
    assert measure_timing(M.ASSIGNED, date(2026, 3, 11), friday, calendar, 2) is Timing.DUE_SOON
    assert measure_timing(M.ASSIGNED, date(2026, 3, 12), friday, calendar, 2) is Timing.ON_TIME
    assert measure_timing(M.PROVIDED, date(2026, 3, 5), friday, calendar, 2) is Timing.FINISHED
