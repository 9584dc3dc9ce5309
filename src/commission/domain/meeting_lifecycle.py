"""Which status a meeting may move to from the one it has, and why not when it may not."""

from __future__ import annotations

from datetime import date

from commission.domain.enums import MeetingStatus
from commission.domain.messages import QT_TRANSLATE_NOOP, UserError

S = MeetingStatus

# The forward path, plus the steps back a secretary really needs: an approved agenda reopened
# for one more item, a postponed meeting planned again. Approving the agenda is a formality
# many commissions skip, so a planned meeting may be marked held directly. Nothing leaves a
# cancelled meeting or the last step: the record is kept as it ended.
TRANSITIONS: dict[MeetingStatus, frozenset[MeetingStatus]] = {
    S.PLANNED: frozenset({S.AGENDA_APPROVED, S.HELD, S.POSTPONED, S.CANCELLED}),
    S.AGENDA_APPROVED: frozenset({S.PLANNED, S.HELD, S.POSTPONED, S.CANCELLED}),
    S.HELD: frozenset({S.MINUTES_DRAFTED}),
    S.MINUTES_DRAFTED: frozenset({S.MINUTES_SIGNED}),
    S.MINUTES_SIGNED: frozenset({S.EXTRACTS_SENT}),
    S.EXTRACTS_SENT: frozenset(),
    S.POSTPONED: frozenset({S.PLANNED, S.CANCELLED}),
    S.CANCELLED: frozenset(),
}

# Order along the main path, to tell whether a meeting is already "further" than a status.
_PATH = (
    S.PLANNED,
    S.AGENDA_APPROVED,
    S.HELD,
    S.MINUTES_DRAFTED,
    S.MINUTES_SIGNED,
    S.EXTRACTS_SENT,
)


class InvalidTransition(UserError):
    """The meeting cannot take the status asked for; nothing was changed."""


def is_past(current: MeetingStatus, target: MeetingStatus) -> bool:
    """``current`` is ``target`` or a later step of the main path (off-path statuses: no)."""
    if current not in _PATH or target not in _PATH:
        return False
    return _PATH.index(current) >= _PATH.index(target)


def allowed_targets(
    current: MeetingStatus, *, minutes_final: bool, meeting_date: date, today: date
) -> list[MeetingStatus]:
    """The statuses a user may choose now, in the order of the enumeration (for a menu)."""
    result = []
    for target in MeetingStatus:
        try:
            check_transition(
                current,
                target,
                minutes_final=minutes_final,
                meeting_date=meeting_date,
                today=today,
            )
        except InvalidTransition:
            continue
        result.append(target)
    return result


def check_transition(
    current: MeetingStatus,
    target: MeetingStatus,
    *,
    minutes_final: bool,
    meeting_date: date,
    today: date,
) -> None:
    """Raise InvalidTransition unless a meeting in ``current`` may become ``target``."""
    if target not in TRANSITIONS[current]:
        raise InvalidTransition(
            QT_TRANSLATE_NOOP(
                "Errors",
                "The meeting's current state does not allow this step. Reopen the meeting to "
                "see its state and the steps it allows.",
            ),
            # Kept for logs and tests; the text names no state, as values are not translated.
            current=current.value,
            target=target.value,
        )
    if target is S.HELD and meeting_date > today:
        raise InvalidTransition(
            QT_TRANSLATE_NOOP(
                "Errors", "The meeting of {date} has not taken place yet; it cannot be held."
            ),
            date=meeting_date.strftime("%d.%m.%Y"),
        )
    # The chair signs what was finalised, never a draft that may still change.
    if target is S.MINUTES_SIGNED and not minutes_final:
        raise InvalidTransition(
            QT_TRANSLATE_NOOP(
                "Errors", "Finalise the minutes before recording that they were signed."
            )
        )
