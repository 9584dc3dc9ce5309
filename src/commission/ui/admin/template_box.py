"""The commission's Word template in its settings: which blank its documents are written on,
a file chosen to replace it, a copy saved to start from, and the way back to the program's.

The template is saved at once (not with the settings form's «Save»): it is a file, not a field,
and every computer of the office prints on it from the next document on.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QStandardPaths
from PySide6.QtWidgets import (
    QFileDialog,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from commission.domain.messages import QT_TRANSLATE_NOOP
from commission.domain.permissions import Permission
from commission.services import document_templates
from commission.services.errors import InvalidInput
from commission.ui.context import AppContext
from commission.ui.export_notice import show_saved


def _documents_folder() -> str:
    return QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)


class TemplateBox(QGroupBox):
    """«Document template»: shown to everyone who sees the settings, changed by their editors."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Document template"))
        self.ctx = ctx
        self.can_edit = ctx.actor.can(Permission.EDIT_COMMISSION)
        self.current = QLabel()
        self.current.setWordWrap(True)
        explanation = QLabel(
            self.tr(
                "Minutes, extracts, letters, the work plan and programmes of this commission are "
                "written on this Word template: its letterhead, margins and styles. It is kept "
                "in the database, so every computer prints on the same blank. To make one, save "
                "a copy, put the akimat's letterhead on it in Word and choose it here."
            )
        )
        explanation.setWordWrap(True)
        self.choose_button = QPushButton(self.tr("C&hoose a Word file…"))
        self.choose_button.clicked.connect(self.choose)
        self.copy_button = QPushButton(self.tr("Save a cop&y…"))
        self.copy_button.clicked.connect(self.save_copy)
        self.ours_button = QPushButton(self.tr("Use the program's templa&te"))
        self.ours_button.clicked.connect(self.use_ours)
        self.status = QLabel()
        self.status.setWordWrap(True)
        buttons = QHBoxLayout()
        buttons.addWidget(self.choose_button)
        buttons.addWidget(self.copy_button)
        buttons.addWidget(self.ours_button)
        buttons.addStretch(1)
        column = QVBoxLayout(self)
        column.addWidget(self.current)
        column.addWidget(explanation)
        column.addLayout(buttons)
        column.addWidget(self.status)
        self.choose_button.setVisible(self.can_edit)
        self.ours_button.setVisible(self.can_edit)
        self.has_own = False

    def buttons(self) -> list[QWidget]:
        """In tab order, for the settings form's focus chain."""
        return [self.choose_button, self.copy_button, self.ours_button]

    def _info(self) -> document_templates.TemplateInfo | None:
        return document_templates.template_info(self.ctx.db, self.ctx.actor)

    def refresh(self) -> None:
        info = self.ctx.run(
            self, lambda: document_templates.template_info(self.ctx.db, self.ctx.actor)
        )
        self.has_own = info is not None
        if info is None:
            self.current.setText(self.tr("The template shipped with the program."))
        else:
            self.current.setText(
                self.tr("«{name}», {size} KB.").format(
                    name=info.file_name, size=max(1, round(info.size / 1024))
                )
            )
        self.ours_button.setEnabled(self.can_edit and self.has_own)

    def choose(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Document template"),
            _documents_folder(),
            self.tr("Word documents and templates (*.docx *.dotx)"),
        )
        if path:
            self.use_file(Path(path))

    def use_file(self, path: Path) -> bool:
        """Make the file at ``path`` the commission's template; a file that is not a Word
        document is refused with the reason and the old template stays."""
        self.status.clear()

        def store() -> document_templates.TemplateInfo:
            try:
                content = path.read_bytes()
            except OSError as exc:
                raise InvalidInput(
                    QT_TRANSLATE_NOOP("Errors", "The file «{name}» cannot be read."),
                    "template",
                    name=path.name,
                ) from exc
            from commission.exports.templates import check_template  # python-docx: on use

            check_template(path.name, content)
            return document_templates.set_template(self.ctx.db, self.ctx.actor, path.name, content)

        info = self.ctx.run(self, store, self.tr("Document template"))
        if info is None:
            return False
        self.ctx.changes.sig_changed.emit("commissions")
        self.refresh()
        self.status.setText(
            self.tr("Documents are now written on «{name}».").format(name=info.file_name)
        )
        return True

    def save_copy(self) -> None:
        info = self.ctx.run(
            self, lambda: document_templates.template_info(self.ctx.db, self.ctx.actor)
        )
        name = info.file_name if info is not None else self.tr("template.docx")
        path, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Save a copy of the template"),
            str(Path(_documents_folder()) / name),
            self.tr("Word documents (*.docx)"),
        )
        if path:
            self.save_copy_to(Path(path))

    def save_copy_to(self, path: Path) -> bool:
        """Write the template in use (the commission's or the program's) to ``path``."""

        def write() -> Path:
            from commission.exports.files import write_bytes_safely
            from commission.exports.templates import default_template

            stored = document_templates.commission_template(self.ctx.db, self.ctx.actor)
            content = stored.content if stored is not None else default_template().read_bytes()
            write_bytes_safely(path, content)
            return path

        if self.ctx.run(self, write, self.tr("Document template")) is None:
            return False
        self.status.clear()
        show_saved(self, path)  # to open it in Word at once, or find it
        return True

    def use_ours(self, confirmed: bool = False) -> bool:
        """Back to the program's template, after the user agrees."""
        if not self.has_own:
            return False
        if not confirmed:
            answer = QMessageBox.question(
                self,
                self.tr("Document template"),
                self.tr(
                    "Write this commission's documents on the program's template instead of "
                    "the akimat's blank?"
                ),
                QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
                QMessageBox.StandardButton.No,
            )
            if answer != QMessageBox.StandardButton.Yes:
                return False

        def clear() -> bool:
            document_templates.clear_template(self.ctx.db, self.ctx.actor)
            return True

        if self.ctx.run(self, clear) is None:
            return False
        self.ctx.changes.sig_changed.emit("commissions")
        self.refresh()
        self.status.setText(self.tr("Documents are written on the program's template."))
        return True
