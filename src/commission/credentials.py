"""The PostgreSQL password, kept in the operating system's credential store, never in a file.

Windows Credential Manager, the macOS keychain or the Secret Service on Linux, through the
``keyring`` library. The settings file keeps the server's address without the password; it is
put back when the settings are read. Where no store is available (a Linux desktop without a
keyring daemon) the password is not written anywhere and has to be typed again next time:
that is the price of never leaving it readable in a file.
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from sqlalchemy.engine import URL

SERVICE = "Commission database"
log = logging.getLogger("commission")


def _parsed(url: str) -> URL | None:
    # Only a server's address holds a password. The settings are read before the log-in
    # window paints, and an SQLite path needs no parser (nor SQLAlchemy imported for it).
    if not url.split(":", 1)[0].startswith("postgresql"):
        return None
    from sqlalchemy.engine import make_url
    from sqlalchemy.exc import ArgumentError

    try:
        parsed = make_url(url)
    except ArgumentError:
        return None
    return parsed if parsed.get_backend_name() == "postgresql" and parsed.username else None


def account(url: URL) -> str:
    """The key of one server's password: user, server, port and database."""
    return f"{url.username}@{url.host or 'localhost'}:{url.port or 5432}/{url.database or ''}"


def without_password(url: str) -> str:
    parsed = _parsed(url)
    if parsed is None or parsed.password is None:
        return url
    # URL.set() takes None for «leave as it is»; the tuple's own _replace clears it.
    return parsed._replace(password=None).render_as_string(hide_password=False)


def store(url: str) -> bool:
    """Keep ``url``'s password in the credential store; ``False`` when there is none to use."""
    parsed = _parsed(url)
    if parsed is None or not parsed.password:
        return True
    try:
        import keyring

        keyring.set_password(SERVICE, account(parsed), str(parsed.password))
    except Exception as exc:  # no backend, a locked keyring, a D-Bus error: never fatal
        log.warning("the password could not be stored: %s", type(exc).__name__)
        return False
    return True


def with_password(url: str) -> str:
    """``url`` with the password from the credential store put back, if one is kept."""
    parsed = _parsed(url)
    if parsed is None or parsed.password is not None:
        return url
    try:
        import keyring

        password = keyring.get_password(SERVICE, account(parsed))
    except Exception as exc:
        log.warning("the password could not be read: %s", type(exc).__name__)
        return url
    if not password:
        return url
    return parsed.set(password=password).render_as_string(hide_password=False)
