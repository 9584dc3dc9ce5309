"""The audit trail in the administrator's words: who by name and role, and what was done as a
sentence where the entry is one the program writes about an action (a card opened, a list
read, a programme printed), field by field where a record changed."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication

from commission.domain.enums import AuditAction
from commission.services.audit_log import UNKNOWN_LOGIN, Author
from commission.ui.labels import role_label


def author_text(author: Author) -> str:
    """«Нурланова Айгерим Ерлановна (секретарь)»; the command line and the program by name."""
    if author.full_name is not None and author.role is not None:
        return f"{author.full_name} ({role_label(author.role)})"
    if author.at_command_line and not author.os_user:
        return QCoreApplication.translate("AuditWords", "Command line (any user of the computer)")
    if author.at_command_line:
        return QCoreApplication.translate(
            "AuditWords", "Command line (user {user} of the computer)"
        ).replace("{user}", author.os_user)
    if author.system:
        return QCoreApplication.translate("AuditWords", "The program itself")
    if author.login == UNKNOWN_LOGIN:
        return QCoreApplication.translate("AuditWords", "Unknown login")
    return author.login  # a user removed since: the login is what is left


def _reason(value: object) -> str:
    reasons = {
        "unknown login": QCoreApplication.translate("AuditWords", "no such login"),
        "password": QCoreApplication.translate("AuditWords", "wrong password"),
        "too soon": QCoreApplication.translate("AuditWords", "too soon after failed attempts"),
        "inactive": QCoreApplication.translate("AuditWords", "account switched off"),
    }
    return reasons.get(str(value), str(value))


def sentence(action: str, changes: dict[str, Any]) -> str | None:
    """The entry as a sentence, for the entries the program writes about an action; ``None``
    for a record's change, which is told field by field."""
    if action == AuditAction.VIEW:
        if "card" in changes:
            text = QCoreApplication.translate("AuditWords", "Opened the card.")
            if changes.get("trace"):
                text += " " + QCoreApplication.translate(
                    "AuditWords", "(What the district held before the client moved away.)"
                )
            return text
        if "file" in changes:
            return QCoreApplication.translate("AuditWords", "Opened an attached file.")
        if "list" in changes:
            count = int(changes.get("list") or 0)
            text = QCoreApplication.translate(
                "AuditWords", "Looked at a list of %n record(s)", "", count
            )
            if changes.get("search"):
                text += QCoreApplication.translate("AuditWords", ", found by a search")
            if changes.get("purpose") == "agenda":
                text += QCoreApplication.translate(
                    "AuditWords", ", to link cases to an agenda item"
                )
            text += "."
            if changes.get("arrived"):
                count = int(changes["arrived"])
                text += " " + QCoreApplication.translate(
                    "AuditWords", "%n arrived from another district.", "", count
                )
            return text
    if action == AuditAction.PRINT and changes.get("programme"):
        return QCoreApplication.translate("AuditWords", "Printed the individual programme.")
    if action == AuditAction.EXPORT and "backup" in changes:
        return QCoreApplication.translate("AuditWords", "Made the backup «{file}».").replace(
            "{file}", str(changes["backup"])
        )
    if action == AuditAction.EXPORT and isinstance(changes.get("rows"), int):
        rows = int(changes["rows"])
        return QCoreApplication.translate("AuditWords", "Exported %n row(s).", "", rows)
    if "restored_from" in changes:
        check = changes.get("trail_check")
        text = QCoreApplication.translate(
            "AuditWords", "Restored the database from «{file}»."
        ).replace("{file}", str(changes["restored_from"]))
        if check and check != "ok":
            text += " " + QCoreApplication.translate(
                "AuditWords", "The backup's trail did not match its checkpoints."
            )
        return text
    if action == AuditAction.LOGIN_FAILED:
        return QCoreApplication.translate("AuditWords", "Log-in refused: {reason}.").replace(
            "{reason}", _reason(changes.get("reason", ""))
        )
    if action == AuditAction.LOGIN:
        return QCoreApplication.translate("AuditWords", "Logged in.")
    if "seeded_years" in changes:
        years = ", ".join(str(y) for y in changes.get("seeded_years") or [])
        days = int(changes.get("days") or 0)
        return QCoreApplication.translate(
            "AuditWords",
            "Added the holidays and moved working days of {years}: %n day(s).",
            "",
            days,
        ).replace("{years}", years)
    if "demo_seed" in changes:
        return QCoreApplication.translate(
            "AuditWords", "Demonstration data of {date} made."
        ).replace("{date}", str(changes.get("demo_today", "")))
    return None
