"""What a new password must be: long, not one of the passwords guessed first, not the login.

The rules apply wherever a password is chosen (the first administrator, a new user, a reset, a
change). They are not applied at log-in: an account whose password predates them keeps working.
"""

from __future__ import annotations

import gzip
from functools import cache

from commission.domain.messages import QT_TRANSLATE_NOOP
from commission.resources import resources_dir
from commission.services.errors import InvalidInput

MIN_PASSWORD_LENGTH = 10
# A login this short (2–3 characters) turns up inside many good passwords by chance; only a
# password equal to it is refused then.
_MIN_LOGIN_INSIDE = 4


class WeakPassword(InvalidInput):
    """The password chosen is easy to guess; nothing was changed."""

    def __init__(self, text: str, **params: object) -> None:
        super().__init__(text, "password", **params)


@cache
def common_passwords() -> frozenset[str]:
    """The 10,000 most common passwords, lowercased (resources/passwords/README.md says whence)."""
    path = resources_dir() / "passwords" / "common-passwords.txt.gz"
    with gzip.open(path, "rt", encoding="utf-8") as lines:
        return frozenset(line.strip().lower() for line in lines if line.strip())


def check_password_strength(password: str, login: str = "") -> None:
    """Raise ``WeakPassword`` with the first rule the password breaks."""
    if not password.strip():
        raise WeakPassword(
            QT_TRANSLATE_NOOP("Errors", "The password cannot consist of spaces only.")
        )
    if len(password) < MIN_PASSWORD_LENGTH:
        raise WeakPassword(
            QT_TRANSLATE_NOOP("Errors", "The password must have at least {n} characters."),
            n=MIN_PASSWORD_LENGTH,
        )
    folded = password.strip().casefold()
    name = login.strip().casefold()
    if name and (
        folded in (name, name[::-1])
        or (len(name) >= _MIN_LOGIN_INSIDE and (name in folded or name[::-1] in folded))
    ):
        raise WeakPassword(
            QT_TRANSLATE_NOOP(
                "Errors", "The password must not contain the login, forwards or backwards."
            )
        )
    if folded in common_passwords():
        raise WeakPassword(
            QT_TRANSLATE_NOOP(
                "Errors",
                "This password is one of the most common ones, which are tried first. "
                "Choose another.",
            )
        )
