"""The audit trail: its latest entries, a check that nobody has altered it, and the folder of
its checkpoints."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QModelIndex, QObject, QPersistentModelIndex, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from commission import settings as local_settings
from commission.db import audit_checkpoints
from commission.db.engine import Database
from commission.domain.enums import AuditAction
from commission.domain.messages import UserError
from commission.domain.permissions import Permission
from commission.services import audit, audit_log
from commission.services.audit import AuditEntryView, VerifyResult
from commission.services.audit_log import AuditFilter, AuditLine
from commission.services.checkpoint_folder import change_checkpoint_folder
from commission.ui.admin.audit_result import describe
from commission.ui.admin.audit_words import author_text, sentence
from commission.ui.admin.base import AdminTab
from commission.ui.admin.forms import OptionalDateEdit
from commission.ui.admin.tables import Column, RecordTable, RowsModel, format_datetime
from commission.ui.context import AppContext, message_of
from commission.ui.export_worker import ExportWorker
from commission.ui.labels import audit_action_label, entity_label
from commission.ui.worker_thread import WorkerThread

PAGE = 200
BULK_ACTIONS = frozenset({"stamp", "baseline"})
_MAX_VALUE = 80

Loader = Callable[[int | None], list[AuditLine] | None]


def _value(value: Any) -> str:
    if value is None:
        return "—"
    text = value if isinstance(value, str) else json.dumps(value, ensure_ascii=False)
    text = " ".join(text.split())
    return text if len(text) <= _MAX_VALUE else text[: _MAX_VALUE - 1] + "…"


def describe_changes(action: str, changes: dict[str, Any]) -> list[str]:
    """One line per field: the new value of a created record, old → new of a changed one."""
    rows = changes.get("rows")
    if action in BULK_ACTIONS and isinstance(rows, dict):
        # The digests are for ``audit verify``, not for a reader: say how many rows.
        return [QCoreApplication.translate("AuditTab", "records: {n}").format(n=len(rows))]
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


def describe_entry(entry: AuditEntryView) -> list[str]:
    """The entry's «what»: a sentence for an action the program records, else field by field."""
    said = sentence(entry.action, entry.changes)
    lines = describe_changes(entry.action, entry.changes)
    if said is None:
        return lines
    return [said, *lines] if entry.action in BULK_ACTIONS else [said]


class AuditTableModel(RowsModel[AuditLine]):
    """The newest entries first; older pages are fetched as the user scrolls down."""

    def __init__(self, loader: Loader, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._loader = loader
        self._more = False

    def make_columns(self) -> list[Column[AuditLine]]:
        return [
            Column(self.tr("No."), lambda e: e.entry.seq),
            Column(
                self.tr("Time"),
                lambda e: e.entry.at,
                text=lambda e: format_datetime(e.entry.at, seconds=True),
            ),
            Column(
                self.tr("User"),
                lambda e: author_text(e.author),
                tooltip=lambda e: self.tr("Login: {login}").format(login=e.author.login),
            ),
            Column(self.tr("Action"), lambda e: audit_action_label(e.entry.action)),
            Column(self.tr("Record"), lambda e: entity_label(e.entry.entity)),
            Column(self.tr("ID"), lambda e: e.entry.entity_id),
            Column(
                self.tr("Changes"),
                lambda e: "; ".join(describe_entry(e.entry)),
                tooltip=lambda e: "\n".join(describe_entry(e.entry)) or None,
            ),
        ]

    def key_of(self, row: AuditLine) -> int:
        return row.entry.seq

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
        rows = self._loader(self._rows[-1].entry.seq)
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

    def __init__(self, db: Database, deep: bool) -> None:
        super().__init__()
        self._db = db
        self._deep = deep

    def run(self) -> None:
        try:
            outcome: object = audit.verify(self._db, deep=self._deep)
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
                "Recomputes the chain of every entry and compares it with the checkpoints kept "
                "outside the database: any entry edited, deleted or added directly in the "
                "database is found."
            )
        )
        self.verify_button.clicked.connect(self.verify)
        self._deep = False
        self.deep_box = QCheckBox(self.tr("Also check every &record against the trail (slower)"))
        self.result = QLabel()
        self.result.setWordWrap(True)
        self.result.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.folder_label = QLabel()
        self.folder_label.setWordWrap(True)
        self.folder_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.folder_button = QPushButton(self.tr("Change &folder…"))
        self.folder_button.clicked.connect(self.choose_folder)
        if audit_checkpoints.overridden():
            self.folder_button.setEnabled(False)
            self.folder_button.setToolTip(
                self.tr("Set by COMMISSION_CHECKPOINT_DIR when the program was started.")
            )
        self.folder_button.setVisible(ctx.actor.can(Permission.MANAGE_USERS))

        self.model = AuditTableModel(self._load_page)
        self.table: RecordTable[AuditLine] = RecordTable(self.model, stretch_column=6, name="audit")
        self.table.set_key_columns([1, 2, 3])  # when, who, what
        note = QLabel(self.tr("Latest entries first; older ones load as you scroll down."))
        # Who, which kind of record, which days: what an inspection asks about.
        self.user_filter = QComboBox()
        self.entity_filter = QComboBox()
        self.from_date = OptionalDateEdit()
        self.to_date = OptionalDateEdit()
        self.filters_loaded = False
        filters = QHBoxLayout()
        for text, widget in (
            (self.tr("&User:"), self.user_filter),
            (self.tr("R&ecord:"), self.entity_filter),
            (self.tr("Fro&m:"), self.from_date),
            (self.tr("&To:"), self.to_date),
        ):
            label = QLabel(text)
            label.setBuddy(widget)
            filters.addWidget(label)
            filters.addWidget(widget)
        filters.addStretch(1)
        self.export_button = QPushButton(self.tr("Save to &Excel (.xlsx)…"))
        self.export_button.setToolTip(
            self.tr(
                "Every entry the filters select, not only those scrolled to: for an inspection."
            )
        )
        self.export_button.clicked.connect(lambda: self.export())
        self.exporter: ExportWorker | None = None
        filters.addWidget(self.export_button)
        self.user_filter.currentIndexChanged.connect(lambda _i: self.apply_filters())
        self.entity_filter.currentIndexChanged.connect(lambda _i: self.apply_filters())
        self.from_date.sig_changed.connect(self.apply_filters)
        self.to_date.sig_changed.connect(self.apply_filters)

        bar = QHBoxLayout()
        bar.addWidget(self.verify_button)
        bar.addWidget(self.deep_box)
        bar.addStretch(1)
        folder_row = QHBoxLayout()
        folder_row.addWidget(self.folder_label, 1)
        folder_row.addWidget(self.folder_button)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.result)
        layout.addLayout(folder_row)
        layout.addWidget(note)
        layout.addLayout(filters)
        layout.addWidget(self.table, 1)
        self._show_folder()

    def export(self, path: Path | None = None) -> ExportWorker | None:
        """The entries the filters select, as .xlsx (asked where when ``path`` is None)."""
        from commission.ui.admin.audit_export import export_audit

        self.exporter = export_audit(
            self.ctx, self, self.filters(), self.model.make_columns(), path
        )
        return self.exporter

    def filters(self) -> AuditFilter:
        user = self.user_filter.currentData()
        entity = self.entity_filter.currentData()
        return AuditFilter(
            user_login=str(user) if user else None,
            entity=str(entity) if entity else None,
            start=self.from_date.value(),
            end=self.to_date.value(),
        )

    def _load_page(self, before_seq: int | None) -> list[AuditLine] | None:
        ctx, chosen = self.ctx, self.filters()
        return ctx.run(self, lambda: audit_log.entries(ctx.db, ctx.actor, chosen, PAGE, before_seq))

    def _load_filters(self) -> None:
        """The authors and kinds of record in the trail, the current choice kept."""
        ctx = self.ctx
        found = ctx.run(
            self,
            lambda: (
                audit_log.authors(ctx.db, ctx.actor),
                audit_log.entity_names(ctx.db, ctx.actor),
            ),
        )
        if found is None:
            return
        people, kinds = found
        for combo, items in (
            (self.user_filter, [(author_text(a), a.login) for a in people]),
            (self.entity_filter, sorted((entity_label(k), k) for k in kinds)),
        ):
            chosen = combo.currentData()
            combo.blockSignals(True)
            combo.clear()
            combo.addItem(self.tr("All"), None)
            for text, data in items:
                combo.addItem(text, data)
            combo.setCurrentIndex(max(0, combo.findData(chosen)))
            combo.blockSignals(False)
        self.filters_loaded = True

    def apply_filters(self) -> None:
        if self.model.load_first_page():
            self.table.fit_columns()

    def reload(self) -> None:
        self._show_folder()
        self._load_filters()
        self.apply_filters()

    def _show_folder(self) -> None:
        self.folder_label.setText(
            self.tr("Checkpoints of the audit trail are kept in: {folder}").format(
                folder=self.ctx.db.checkpoints.folder
            )
        )

    def choose_folder(self) -> Path | None:
        """On a server set-up: a folder every computer appends to and users cannot rewrite."""
        chosen = QFileDialog.getExistingDirectory(
            self, self.tr("Folder of the audit checkpoints"), str(self.ctx.db.checkpoints.folder)
        )
        return self.use_folder(Path(chosen)) if chosen else None

    def use_folder(self, folder: Path) -> Path | None:
        ctx = self.ctx
        moved = ctx.run(
            self,
            lambda: change_checkpoint_folder(ctx.db, ctx.actor, folder),
            self.tr("Folder of the audit checkpoints"),
        )
        if moved is not None:
            local_settings.remember_checkpoint_folder(str(moved))
            self.refresh()
        return moved

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
        thread = _VerifyThread(self.ctx.db, self.deep_box.isChecked())
        self._deep = self.deep_box.isChecked()
        # Queued to this tab; dropped by Qt if the tab was closed meanwhile.
        thread.sig_done.connect(self._verified)
        thread.launch()

    def _verified(self, outcome: object) -> None:
        self.verify_button.setEnabled(True)
        if isinstance(outcome, VerifyResult):
            colour = "#1b5e20" if outcome.ok else "#b00020; font-weight: bold"
            self.result.setStyleSheet(f"QLabel {{ color: {colour}; }}")
            self.result.setText(describe(outcome, self.ctx.db.checkpoints.folder, self._deep))
        elif isinstance(outcome, UserError):
            self.result.setStyleSheet("QLabel { color: #b00020; }")
            self.result.setText(message_of(outcome))
        self.sig_verified.emit(outcome)
