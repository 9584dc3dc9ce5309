"""From the decisions register: the control register as .xlsx, and letters to the agencies.

Both build their read models on the GUI thread and write the files off it, through
``ExportWorker`` (a file open in Word keeps its content; one clear message on failure).
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, Qt, Signal
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from commission.documents.letter import LetterContext
from commission.domain.control import ComputedState
from commission.domain.enums import Language
from commission.exports.files import write_bytes_safely
from commission.services import control_registers
from commission.services.letters import letters_due, record_letters
from commission.template_choice import template_for
from commission.ui.context import AppContext
from commission.ui.export_notice import ExportNotice, show_saved
from commission.ui.export_worker import ExportWorker
from commission.ui.meetings.minutes_tab import default_folder, safe_file_name


def document_language(ctx: AppContext) -> str:
    return "kk" if ctx.actor.language is Language.KK else "ru"


def inform(parent: QWidget, text: str) -> QMessageBox:
    """A note that does not block: the box closes itself when dismissed. Not for a file
    written: that is ``export_notice.show_saved``'s."""
    box = QMessageBox(
        QMessageBox.Icon.Information,
        QCoreApplication.translate("RegisterActions", "Done"),
        text,
        QMessageBox.StandardButton.Ok,
        parent.window(),
    )
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    box.open()
    return box


def export_register(
    ctx: AppContext,
    parent: QWidget,
    path: Path | None = None,
    state: ComputedState | None = None,
    agency_id: int | None = None,
    *,
    today: date | None = None,
    commission_ids: tuple[int, ...] | None = None,
) -> ExportWorker | None:
    """Write the control register (and the discipline of the current year) to ``path``, asked
    for when ``None``; ``None`` when nothing was started. ``commission_ids``: the oblast's
    register of the commissions chosen (default: the acting commission's)."""
    day = today or date.today()
    db, actor = ctx.db, ctx.actor
    if path is None:
        name = QCoreApplication.translate("RegisterActions", "Control_register_{date}").format(
            date=day.isoformat()
        )
        caption = QCoreApplication.translate("RegisterActions", "Save the control register")
        path = ask_xlsx_path(parent, caption, name)
        if path is None:
            return None
    language = document_language(ctx)
    # The writers on use (here and in the letters): the decisions area, built before the
    # window's first paint, must not wait for openpyxl and python-docx.
    from commission.exports.control_register_xlsx import control_register_xlsx

    return start_export(
        ctx,
        parent,
        QCoreApplication.translate("RegisterActions", "Saving the control register…"),
        # The rows are read in the worker too, a chunk at a time while the file is written.
        lambda: control_register_xlsx(
            control_registers.register_stream(
                db, actor, day, state, agency_id, commission_ids=commission_ids
            ),
            control_registers.discipline(db, actor, day.year, day, commission_ids=commission_ids),
            day,
            day.year,
            language,
        ),
        path,
    )


def ask_xlsx_path(parent: QWidget, caption: str, name: str) -> Path | None:
    """Where to save a workbook, ``name``.xlsx in the documents' folder offered; ``None`` when
    the user cancelled. A name typed without «.xlsx» gets it."""
    chosen, _selected = QFileDialog.getSaveFileName(
        parent,
        caption,
        str(default_folder() / f"{name}.xlsx"),
        QCoreApplication.translate("RegisterActions", "Excel workbooks (*.xlsx)"),
    )
    if not chosen:
        return None
    path = Path(chosen)
    return path if path.suffix.lower() == ".xlsx" else path.with_name(path.name + ".xlsx")


def start_export(
    ctx: AppContext,
    parent: QWidget,
    label: str,
    build: Callable[[], bytes],
    path: Path,
) -> ExportWorker:
    """Write a document off the GUI thread; once it is saved, the window's notice says so
    (``ui.export_notice``).

    The callback must not refer to ``parent``: a callback connected to a child's signal that
    holds the parent makes the parent's destructor run inside the child's (see ExportWorker).
    The parent is asked of the worker, through Qt, when it is needed.
    """
    worker = ExportWorker(ctx, parent, label, build, path)

    def finished(written: bool) -> None:
        worker.deleteLater()
        owner = worker.parent_widget()
        if written and owner is not None:
            show_saved(owner, path)

    worker.sig_finished.connect(finished)
    worker.start()
    return worker


def letter_file_name(letter: LetterContext, language: str = "ru") -> str:
    """«12-17_5 Отдел полиции RU.docx»: the outgoing number first, so the folder sorts as the
    register does; the language last, so the Kazakh copy of a letter does not replace the
    Russian one (an agency's name may be the same in both)."""
    agency = letter.agency_name.get(language)
    name = safe_file_name(f"{letter.number or ''} {agency} {language.upper()}")
    return f"{name}.docx"


class LetterSending(QObject):
    """Letters to the agencies: confirmed, then numbered in the register and written together.

    Signals:
        sig_finished(int): how many letters were written (0 if cancelled or failed).

    Attributes:
        letters: the letters to send, as ``letters_due`` made them (numbered once recorded).
        box: the confirmation asked of the user.
        written: the files written so far.
        notice: the bar that said where they are, once written.
    """

    sig_finished = Signal(int)

    def __init__(
        self,
        ctx: AppContext,
        parent: QWidget,
        letters: list[LetterContext],
        directory: Path,
        today: date,
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.letters = letters
        self.directory = directory
        self.today = today
        self.written: list[Path] = []
        self.notice: ExportNotice | None = None  # what said the letters are written
        self._language = document_language(ctx)
        self.box = QMessageBox(
            QMessageBox.Icon.Question,
            QCoreApplication.translate("RegisterActions", "Letters to agencies"),
            QCoreApplication.translate(
                "RegisterActions", "Write {count} letter(s) to the agencies into {folder}?"
            ).format(count=len(letters), folder=directory),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
            parent.window(),
        )
        self.box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.box.finished.connect(self._answered)
        self._started = False

    def parent_widget(self) -> QWidget:
        """The widget the letters were asked from (a Qt reference only: see ExportWorker)."""
        parent = self.parent()
        assert isinstance(parent, QWidget)
        return parent

    def ask(self) -> None:
        self.box.open()

    def _answered(self, _result: int) -> None:
        if self.box.clickedButton() is self.box.button(QMessageBox.StandardButton.Yes):
            self.confirm()
        elif not self._started:
            self.sig_finished.emit(0)

    def confirm(self) -> None:
        """Number the letters and write them (what Yes does), in one job off the GUI thread:
        a letter that cannot be saved takes no number and leaves no file behind."""
        if self._started:
            return
        self._started = True
        db, actor, today, to_send = self.ctx.db, self.ctx.actor, self.today, self.letters
        found = self.ctx.run(self.parent_widget(), lambda: (template_for(db, actor),))
        if found is None:  # the commission's template cannot be read: the user was told
            self.sig_finished.emit(0)
            return
        directory, language, template = self.directory, self._language, found[0]
        from commission.exports.letter_docx import letter_docx  # see export_register

        def write(letter: LetterContext) -> Path:
            path = directory / letter_file_name(letter, language)
            write_bytes_safely(path, letter_docx(letter, language, template))
            return path

        worker = ExportWorker(
            self.ctx,
            self.parent_widget(),
            QCoreApplication.translate("RegisterActions", "Writing the letters…"),
            lambda: record_letters(db, actor, today, to_send, write),
            None,
        )

        def finished(ok: bool) -> None:
            worker.deleteLater()
            if not ok:
                self.sig_finished.emit(0)
                return
            numbered = worker.result
            assert isinstance(numbered, list)
            self.letters = numbered
            self.written = [directory / letter_file_name(n, language) for n in numbered]
            self.ctx.changes.sig_changed.emit("outgoing_letters")
            text = QCoreApplication.translate(
                "RegisterActions", "{count} letter(s) written to {folder}."
            ).format(count=len(self.written), folder=directory)
            again = sum(1 for letter in numbered if letter.reprinted)
            if again:
                text += " " + QCoreApplication.translate(
                    "RegisterActions",
                    "{count} of them were already in the outgoing register and are printed "
                    "again with their numbers.",
                ).format(count=again)
            self.notice = show_saved(self.parent_widget(), directory, text)
            self.sig_finished.emit(len(self.written))

        worker.sig_finished.connect(finished)
        worker.start()


def send_letters(
    ctx: AppContext,
    parent: QWidget,
    directory: Path | None = None,
    overdue_only: bool = False,
    *,
    today: date | None = None,
) -> LetterSending | None:
    """Ask to write a letter to every agency with items due soon (or only overdue ones);
    ``None`` when there is nothing to send or the user cancelled the folder."""
    day = today or date.today()
    db, actor = ctx.db, ctx.actor
    due = ctx.run(
        parent,
        lambda: letters_due(db, actor, day, overdue_only=overdue_only),
    )
    if due is None:
        return None
    if not due:
        inform(
            parent,
            QCoreApplication.translate(
                "RegisterActions",
                "No agency has decisions due soon or overdue: no letters to write.",
            ),
        )
        return None
    if directory is None:
        chosen = QFileDialog.getExistingDirectory(
            parent,
            QCoreApplication.translate("RegisterActions", "Folder for the letters"),
            str(default_folder()),
        )
        if not chosen:
            return None
        directory = Path(chosen)
    sending = LetterSending(ctx, parent, due, directory, day)
    sending.ask()
    return sending
