"""The audit trail: its latest entries, and a check that nobody has altered it."""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QModelIndex, QObject, QPersistentModelIndex, Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from commission.db.engine import Database
from commission.domain.enums import AuditAction
from commission.domain.messages import UserError
from commission.services import audit
from commission.services.audit import AuditEntryView, VerifyResult
from commission.ui.admin.base import AdminTab
from commission.ui.admin.tables import Column, RecordTable, RowsModel, format_datetime
from commission.ui.context import AppContext, message_of
from commission.ui.labels import audit_action_label, entity_label
from commission.ui.worker_thread import WorkerThread

PAGE = 200
_MAX_VALUE = 80

Loader = Callable[[int | None], list[AuditEntryView] | None]


def _value(value: Any) -> str:
    if value is None:
        return "—"
    text = value if isinstance(value, str) else json.dumps(value, ensure_ascii=False)
    text = " ".join(text.split())
    return text if len(text) <= _MAX_VALUE else text[: _MAX_VALUE - 1] + "…"


def describe_changes(action: str, changes: dict[str, Any]) -> list[str]:
    """One line per field: the new value of a created record, old → new of a changed one."""
    lines = []
    for key, value in changes.items():
        pair = isinstance(value, list) and len(value) == 2
        if pair and action == AuditAction.CREATE and value[0] is None:
            text = _value(value[1])
        elif pair and action == AuditAction.DELETE and value[1] is None:
            text = _value(value[0])
        elif pair and action == AuditAction.UPDATE:
            text = f"{_value(value[0])} → {_value(value[1])}"
        else:
            text = _value(value)
        lines.append(f"{key}: {text}" if key else text)
    return lines


class AuditTableModel(RowsModel[AuditEntryView]):
    """The newest entries first; older pages are fetched as the user scrolls down."""

    def __init__(self, loader: Loader, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._loader = loader
        self._more = False

    def make_columns(self) -> list[Column[AuditEntryView]]:
        return [
            Column(self.tr("No."), lambda e: e.seq),
            Column(
                self.tr("Time"), lambda e: e.at, text=lambda e: format_datetime(e.at, seconds=True)
            ),
            Column(self.tr("User"), lambda e: e.user_login),
            Column(self.tr("Action"), lambda e: audit_action_label(e.action)),
            Column(self.tr("Record"), lambda e: entity_label(e.entity)),
            Column(self.tr("ID"), lambda e: e.entity_id),
            Column(
                self.tr("Changes"),
                lambda e: "; ".join(describe_changes(e.action, e.changes)),
                tooltip=lambda e: "\n".join(describe_changes(e.action, e.changes)) or None,
            ),
        ]

    def key_of(self, row: AuditEntryView) -> int:
        return row.seq

    def load_first_page(self) -> bool:
        rows = self._loader(None)
        if rows is None:
            return False
        self._more = len(rows) == PAGE
        self.set_rows(rows)
        return True

    def canFetchMore(self, parent: QModelIndex | QPersistentModelIndex) -> bool:
        return not parent.isValid() and self._more

    def fetchMore(self, parent: QModelIndex | QPersistentModelIndex) -> None:
        if parent.isValid() or not self._more or not self._rows:
            return
        rows = self._loader(self._rows[-1].seq)
        if rows is None:
            self._more = False
            return
        self._more = len(rows) == PAGE
        self.append_rows(rows)


class _VerifyThread(WorkerThread):
    """Checks the whole chain off the GUI thread (see ``ui.worker_thread``).

    Signals:
        sig_done(object): the ``VerifyResult``, or the ``UserError`` that stopped the check.
    """

    sig_done = Signal(object)

    def __init__(self, db: Database) -> None:
        super().__init__()
        self._db = db

    def run(self) -> None:
        try:
            outcome: object = audit.verify(self._db)
        except UserError as exc:
            outcome = exc
        self.sig_done.emit(outcome)


class AuditTab(AdminTab):
    """Latest entries of the audit trail and its verification.

    Signals:
        sig_verified(object): the check finished with this ``VerifyResult`` (or ``UserError``).
    """

    sig_verified = Signal(object)

    tables = frozenset()  # every change writes an entry

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.verify_button = QPushButton(self.tr("&Verify the audit trail"))
        self.verify_button.setToolTip(
            self.tr(
                "Recomputes the chain of every entry: any entry edited or deleted directly in "
                "the database is found."
            )
        )
        self.verify_button.clicked.connect(self.verify)
        self.result = QLabel()
        self.result.setWordWrap(True)
        self.result.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.model = AuditTableModel(self._load_page)
        self.table: RecordTable[AuditEntryView] = RecordTable(self.model, stretch_column=6)
        note = QLabel(self.tr("Latest entries first; older ones load as you scroll down."))

        bar = QHBoxLayout()
        bar.addWidget(self.verify_button)
        bar.addWidget(self.result, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(note)
        layout.addWidget(self.table, 1)

    def _load_page(self, before_seq: int | None) -> list[AuditEntryView] | None:
        ctx = self.ctx
        return ctx.run(
            self, lambda: audit.recent_entries(ctx.db, ctx.actor, PAGE, before_seq=before_seq)
        )

    def reload(self) -> None:
        if self.model.load_first_page():
            self.table.fit_columns()

    @property
    def verifying(self) -> bool:
        return not self.verify_button.isEnabled()

    def verify(self) -> None:
        """Check the whole chain off the interface thread; the result shows beside the button."""
        if self.verifying:
            return
        self.verify_button.setEnabled(False)
        self.result.setStyleSheet("")
        self.result.setText(self.tr("Checking the audit trail…"))
        thread = _VerifyThread(self.ctx.db)
        # Queued to this tab; dropped by Qt if the tab was closed meanwhile.
        thread.sig_done.connect(self._verified)
        thread.launch()

    def _verified(self, outcome: object) -> None:
        self.verify_button.setEnabled(True)
        if isinstance(outcome, VerifyResult):
            self._show_result(outcome)
        elif isinstance(outcome, UserError):
            self.result.setStyleSheet("QLabel { color: #b00020; }")
            self.result.setText(message_of(outcome))
        self.sig_verified.emit(outcome)

    def _show_result(self, result: VerifyResult) -> None:
        if result.ok:
            self.result.setStyleSheet("QLabel { color: #1b5e20; }")
            self.result.setText(
                self.tr("The audit trail is intact: {count} entries.").format(count=result.checked)
            )
            return
        details = {
            "missing": self.tr("The entry was deleted."),
            "chain": self.tr("The entry does not follow the one before it."),
            "altered": self.tr("The entry's contents were edited."),
            "truncated": self.tr("Entries were removed from the end of the trail."),
        }
        text = self.tr("The audit trail was altered at entry #{seq}.").format(
            seq=result.first_bad_seq
        )
        if result.problem in details:
            text += " " + details[result.problem]
        text += " " + self.tr("Tell the person responsible for information security.")
        self.result.setStyleSheet("QLabel { color: #b00020; font-weight: bold; }")
        self.result.setText(text)
