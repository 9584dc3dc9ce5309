"""Errors the services raise for the user, beside those of the domain and the database."""

from __future__ import annotations

from datetime import datetime

from commission.domain.messages import QT_TRANSLATE_NOOP, UserError


class NotFound(UserError):
    """The record asked for does not exist (any more)."""


class InvalidInput(UserError):
    """What the user typed cannot be saved as it is; nothing was changed."""

    def __init__(self, text: str, field: str | None = None, **params: object) -> None:
        super().__init__(text, **params)
        self.field = field


class StaleCopy(UserError):
    """The user edited a copy that someone else has changed since it was opened."""


def not_found(entity_label: str) -> NotFound:
    del entity_label
    return NotFound(
        QT_TRANSLATE_NOOP("Errors", "The record no longer exists; it may have been deleted.")
    )


def stale_copy(updated_by: str | None, updated_at: datetime) -> StaleCopy:
    return StaleCopy(
        QT_TRANSLATE_NOOP(
            "Errors",
            "This record was changed by {user} at {time} after you opened it. Nothing was "
            "saved; reopen it to see the changes.",
        ),
        user=updated_by or "?",
        time=updated_at.astimezone().strftime("%d.%m.%Y %H:%M"),
    )
