"""The two PostgreSQL roles: the owner who upgrades the schema, the application that uses it.

The owner (who runs ``commission-admin db upgrade``) owns the tables and the audit triggers.
The application's role, the one the program's users connect as, may read and write the
business tables but may only add to the audit trail: no UPDATE, DELETE or TRUNCATE of
``audit_entries``; on ``audit_head`` only the UPDATE that moves it one entry forward (its
trigger refuses anything else). Grants are set again by every upgrade, so tables that a new
revision adds get them too.
"""

from __future__ import annotations

import re

from sqlalchemy import text
from sqlalchemy.exc import DBAPIError, OperationalError

from commission.db.engine import Database
from commission.domain.messages import QT_TRANSLATE_NOOP, UserError

_ROLE_NAME = re.compile(r"^[A-Za-z_][A-Za-z0-9_$-]{0,62}$")


class RoleRefused(UserError):
    """The application's role could not be set up."""


def _grants(role: str) -> list[str]:
    return [
        f"GRANT USAGE ON SCHEMA {{schema}} TO {role}",
        f"GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA {{schema}} TO {role}",
        f"GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA {{schema}} TO {role}",
        f"REVOKE TRUNCATE, REFERENCES, TRIGGER ON ALL TABLES IN SCHEMA {{schema}} FROM {role}",
        f"REVOKE INSERT, UPDATE, DELETE ON alembic_version FROM {role}",
        f"REVOKE UPDATE, DELETE ON audit_entries FROM {role}",
        f"REVOKE INSERT, DELETE ON audit_head FROM {role}",
    ]


def grant_app_role(db: Database, role: str) -> None:
    """Give ``role`` the application's rights on this database (PostgreSQL only)."""
    if db.is_sqlite:
        raise RoleRefused(
            QT_TRANSLATE_NOOP(
                "Errors",
                "An application role is a PostgreSQL setting; an SQLite file has no roles.",
            )
        )
    if not _ROLE_NAME.match(role):
        raise RoleRefused(
            QT_TRANSLATE_NOOP("Errors", "«{role}» is not a valid PostgreSQL role name."),
            role=role[:64],
        )
    try:
        with db.engine.begin() as conn:
            quoted = conn.dialect.identifier_preparer.quote(role)
            exists = conn.execute(
                text("SELECT 1 FROM pg_roles WHERE rolname = :r"), {"r": role}
            ).scalar()
            if not exists:
                raise RoleRefused(
                    QT_TRANSLATE_NOOP(
                        "Errors",
                        "The role «{role}» does not exist on the server: create it first "
                        "(CREATE ROLE … LOGIN PASSWORD …).",
                    ),
                    role=role,
                )
            schema = conn.dialect.identifier_preparer.quote(
                str(conn.execute(text("SELECT current_schema()")).scalar())
            )
            for statement in _grants(quoted):
                conn.execute(text(statement.format(schema=schema)))
    except OperationalError as exc:
        raise db.unavailable(exc) from exc
    except DBAPIError as exc:  # e.g. not the owner of the tables
        raise RoleRefused(
            QT_TRANSLATE_NOOP(
                "Errors",
                "The rights of «{role}» could not be set: run the upgrade as the owner of "
                "the database.",
            ),
            role=role,
        ) from exc
