"""What a check of the audit trail found, in plain words for an administrator: what happened,
what was checked, and what to do."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication

from commission.services.audit import VerifyResult
from commission.ui.labels import entity_label

# Rows listed under the message; the rest are counted (``audit verify --deep`` lists them all).
SHOWN_ROWS = 15


def _trail_problem(result: VerifyResult) -> str:
    seq = result.first_bad_seq or 1
    texts = {
        "missing": QCoreApplication.translate(
            "AuditResult", "Entry No. {seq} of the audit trail was deleted behind the program."
        ),
        "chain": QCoreApplication.translate(
            "AuditResult",
            "Entry No. {seq} does not follow the one before it: an entry was replaced or "
            "inserted behind the program.",
        ),
        "altered": QCoreApplication.translate(
            "AuditResult", "Entry No. {seq} was changed behind the program after it was written."
        ),
        "truncated": QCoreApplication.translate(
            "AuditResult",
            "The entries of the audit trail after No. {last} were deleted behind the program.",
        ),
        "cut": QCoreApplication.translate(
            "AuditResult",
            "The audit trail ends at No. {last}, but the checkpoints show that later entries "
            "were written: they were deleted, or an older copy of the database was put back "
            "behind the program.",
        ),
        "forged": QCoreApplication.translate(
            "AuditResult",
            "Entry No. {seq} differs from the checkpoint noted when it was saved: the trail was "
            "rewritten from this entry on.",
        ),
        "wiped": QCoreApplication.translate(
            "AuditResult",
            "The audit trail is empty, but the checkpoints show that it had entries: it was "
            "wiped behind the program.",
        ),
        "unvouched": QCoreApplication.translate(
            "AuditResult",
            "Entries from No. {seq} on were not written by the program: they were added to the "
            "database directly.",
        ),
    }
    text = texts.get(
        result.problem or "",
        QCoreApplication.translate("AuditResult", "The audit trail is damaged at entry No. {seq}."),
    )
    return text.format(seq=seq, last=seq - 1)


def _row_problem(problem: str) -> str:
    texts = {
        "edited": QCoreApplication.translate("AuditResult", "changed behind the program"),
        "unstamped": QCoreApplication.translate("AuditResult", "added behind the program"),
        "deleted": QCoreApplication.translate("AuditResult", "deleted behind the program"),
        "stale": QCoreApplication.translate(
            "AuditResult", "put back to an earlier state behind the program"
        ),
        "foreign": QCoreApplication.translate(
            "AuditResult", "marked with an audit entry about another record"
        ),
    }
    return texts.get(problem, problem)


def _checked(result: VerifyResult, folder: Path, deep: bool) -> str:
    if deep:
        text = QCoreApplication.translate(
            "AuditResult",
            "Checked: {entries} entries of the trail and {rows} records against them; "
            "{checkpoints} checkpoints in {folder}.",
        )
    else:
        text = QCoreApplication.translate(
            "AuditResult",
            "Checked: {entries} entries of the trail; {checkpoints} checkpoints in {folder}.",
        )
    return text.format(
        entries=result.checked,
        rows=result.rows_checked,
        checkpoints=result.checkpoints,
        folder=folder,
    )


def describe(result: VerifyResult, folder: Path, deep: bool) -> str:
    """The whole message: the finding, what was checked, and what to do, one paragraph each."""
    checked = _checked(result, folder, deep)
    if result.ok:
        found = QCoreApplication.translate(
            "AuditResult",
            "The audit trail is intact: nothing was changed or removed behind the program.",
        )
        if not result.checkpoints:
            checked += " " + QCoreApplication.translate(
                "AuditResult",
                "No checkpoints of this database are in the folder yet: the end of the trail "
                "is vouched for once the program has saved something.",
            )
        return "\n\n".join((found, checked))
    if result.problem == "rows":
        lines = [
            QCoreApplication.translate(
                "AuditResult",
                "The audit trail itself is intact, but {count} records differ from it:",
            ).format(count=len(result.rows))
        ]
        for row in result.rows[:SHOWN_ROWS]:
            lines.append(
                "• "
                + QCoreApplication.translate("AuditResult", "{record} No. {key}: {what}").format(
                    record=entity_label(row.table), key=row.key, what=_row_problem(row.problem)
                )
            )
        hidden = len(result.rows) - SHOWN_ROWS
        if hidden > 0:
            lines.append(
                QCoreApplication.translate("AuditResult", "…and {count} more.").format(count=hidden)
            )
        advice = QCoreApplication.translate(
            "AuditResult",
            "What to do: tell the person responsible for information security; check these "
            "records against the documents, and if they were changed without leave restore the "
            "database from a backup (the Backups tab).",
        )
        return "\n\n".join(("\n".join(lines), checked, advice))
    advice = QCoreApplication.translate(
        "AuditResult",
        "What to do: change nothing else and tell the person responsible for information "
        "security; then restore the database from a backup made before this happened (the "
        "Backups tab keeps a copy of the current database for the inquiry).",
    )
    return "\n\n".join((_trail_problem(result), checked, advice))
