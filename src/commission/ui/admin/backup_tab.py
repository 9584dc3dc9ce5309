"""Backups: when the last one was made, making one now, and putting one back."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from commission import settings as local_settings
from commission.services import backup
from commission.services.backup import BackupFile
from commission.ui.admin.base import AdminTab
from commission.ui.admin.tables import DATETIME_FORMAT
from commission.ui.context import AppContext

PATH_ROLE = Qt.ItemDataRole.UserRole


def size_text(size: int) -> str:
    return f"{size / 1_048_576:.1f} MB" if size >= 1_048_576 else f"{size // 1024 + 1} KB"


class BackupTab(AdminTab):
    """The backup folder and its copies of this database, newest first.

    Signals:
        sig_restored(str): a backup was put back (its file name); the program starts again.
    """

    sig_restored = Signal(str)
    tables = frozenset({"__backup__"})  # nothing in the database changes what this tab shows

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.last_label = QLabel()
        self.last_label.setWordWrap(True)
        self.folder_label = QLabel()
        self.folder_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.folder_label.setWordWrap(True)
        self.folder_button = QPushButton(self.tr("Change &folder…"))
        self.folder_button.clicked.connect(self.choose_folder)
        self.backup_button = QPushButton(self.tr("&Back up now"))
        self.backup_button.clicked.connect(self.back_up_now)
        self.restore_button = QPushButton(self.tr("&Restore the selected backup…"))
        self.restore_button.clicked.connect(self.restore_selected)
        self.other_button = QPushButton(self.tr("Restore from &another file…"))
        self.other_button.clicked.connect(self.restore_other)
        self.list = QListWidget()
        self.list.itemSelectionChanged.connect(self._update_buttons)
        list_label = QLabel(self.tr("Backups of this &database:"))
        list_label.setBuddy(self.list)
        note = QLabel(
            self.tr(
                "A backup is made automatically on the first start of each day; the copies of "
                "the last 7 days and of the 8 weeks before them are kept. Before a restore the "
                "current database is copied into the same folder."
            )
        )
        note.setWordWrap(True)

        folder_row = QHBoxLayout()
        folder_row.addWidget(self.folder_label, 1)
        folder_row.addWidget(self.folder_button)
        buttons = QHBoxLayout()
        buttons.addWidget(self.backup_button)
        buttons.addWidget(self.restore_button)
        buttons.addWidget(self.other_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.last_label)
        layout.addLayout(folder_row)
        layout.addLayout(buttons)
        layout.addWidget(list_label)
        layout.addWidget(self.list, 1)
        layout.addWidget(note)

    def folder(self) -> Path:
        return backup.folder_of(local_settings.load().backup_folder)

    def reload(self) -> None:
        folder = self.folder()
        found = backup.list_backups(folder, self.ctx.db.url)
        self.folder_label.setText(self.tr("Folder: {folder}").format(folder=folder))
        if found:
            self.last_label.setText(
                self.tr("Last backup: {when}, {size}").format(
                    when=found[0].made_at.strftime(DATETIME_FORMAT), size=size_text(found[0].size)
                )
            )
        else:
            self.last_label.setText(self.tr("No backup of this database yet."))
        self.list.clear()
        for item in found:
            row = QListWidgetItem(f"{item.made_at.strftime(DATETIME_FORMAT)}  ·  {self._kind(item)}"
                                  f"  ·  {size_text(item.size)}  ·  {item.path.name}")  # fmt: skip
            row.setData(PATH_ROLE, str(item.path))
            self.list.addItem(row)
        if found:
            self.list.setCurrentRow(0)
        self._update_buttons()

    def _kind(self, item: BackupFile) -> str:
        if item.label == backup.DAILY:
            return self.tr("daily")
        if item.label == backup.MANUAL:
            return self.tr("made by hand")
        if item.label.startswith(backup.BEFORE_RESTORE):
            return self.tr("before a restore")
        if item.label.startswith("before-"):
            return self.tr("before an upgrade")
        return item.label

    def _update_buttons(self) -> None:
        self.restore_button.setEnabled(bool(self.list.selectedItems()))

    def selected(self) -> Path | None:
        items = self.list.selectedItems()
        return Path(items[0].data(PATH_ROLE)) if items else None

    def choose_folder(self) -> None:
        chosen = QFileDialog.getExistingDirectory(
            self, self.tr("Backup folder"), str(self.folder())
        )
        if chosen:
            local_settings.remember_backup_folder(chosen)
            self.refresh()

    def back_up_now(self) -> Path | None:
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            made = self.ctx.run(
                self,
                lambda: backup.make_backup(self.ctx.db, self.ctx.actor, folder=self.folder()),
                self.tr("Backup"),
            )
        finally:
            QGuiApplication.restoreOverrideCursor()
        self.refresh()
        return made

    def restore_selected(self) -> None:
        source = self.selected()
        if source is not None:
            self.restore(source)

    def restore_other(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Restore from a backup"),
            str(self.folder()),
            self.tr("Commission backups (*.sqlite3 *.dump);;All files (*)"),
        )
        if path:
            self.restore(Path(path))

    def restore(self, source: Path) -> bool:
        """Ask, then put ``source`` back; the program starts again on the restored data."""
        checked = self.ctx.run(
            self, lambda: backup.check_restorable(self.ctx.db, source), self.tr("Restore")
        )
        if checked is None:
            return False
        answer = QMessageBox.question(
            self,
            self.tr("Restore"),
            self.tr(
                "Replace the whole database with the backup «{file}»? Everything entered since "
                "it was made is replaced; a copy of the current database is kept in the backup "
                "folder. Other users must close the program first."
            ).format(file=source.name),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        if answer != QMessageBox.StandardButton.Yes:
            return False
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            result = self.ctx.run(
                self,
                lambda: backup.restore_backup(
                    self.ctx.db, self.ctx.actor, source, folder=self.folder()
                ),
                self.tr("Restore"),
            )
        finally:
            QGuiApplication.restoreOverrideCursor()
        if result is None:
            self.refresh()
            return False
        QMessageBox.information(
            self,
            self.tr("Restore"),
            self.tr("The backup «{file}» was restored. The program starts again; log in.").format(
                file=source.name
            ),
        )
        if result.trail_problem is not None:
            QMessageBox.warning(
                self,
                self.tr("Restore"),
                self.tr(
                    "The audit trail in «{file}» does not agree with the checkpoints saved with "
                    "the backup: the file was changed after it was made. The data is restored; "
                    "check it before relying on it and tell the person responsible for "
                    "information security."
                ).format(file=source.name),
            )
        self.sig_restored.emit(source.name)
        # The window rebuilds itself on the restored data; the accounts may differ, so the
        # log-in is asked again. Queued: this tab is deleted with the window it lives in.
        relaunch = getattr(self.window(), "sig_relaunch", None)
        if relaunch is not None:
            QTimer.singleShot(0, relaunch.emit)
        return True
