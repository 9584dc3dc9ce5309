"""One entry of «ВЫСТУПИЛИ»: who spoke at the item and, if the minutes say it, what about."""

from __future__ import annotations

from PySide6.QtWidgets import QLineEdit, QWidget

from commission.services import agenda
from commission.services.agenda import AgendaItemView, DiscussionView
from commission.ui.admin.forms import FormDialog
from commission.ui.context import AppContext
from commission.ui.meetings.record_labels import one_line, plain
from commission.ui.meetings.record_widgets import PlainTextEdit


class DiscussionDialog(FormDialog):
    """Adds or corrects a speech; saved at once through the agenda service.

    Attributes:
        saved: the agenda item as stored afterwards.
    """

    def __init__(
        self,
        ctx: AppContext,
        item_id: int,
        entry: DiscussionView | None = None,
        parent: QWidget | None = None,
        *,
        read_only: bool = False,
    ) -> None:
        super().__init__(ctx, parent, read_only=read_only)
        self.item_id = item_id
        self.entry = entry
        self.saved: AgendaItemView | None = None
        self.setMinimumWidth(600)
        if entry is None:
            self.setWindowTitle(self.tr("Add a speech"))
        else:
            self.setWindowTitle(self.tr("Speech of {speaker}").format(speaker=entry.speaker))
        self.speaker = QLineEdit()
        self.speaker.setMaxLength(300)
        self.speaker.setPlaceholderText(
            self.tr("For example: Kasymov E. B., head of the police department")
        )
        self.summary = PlainTextEdit(5)
        self.summary.setPlaceholderText(
            self.tr("What was said, as the minutes should put it (may be left empty).")
        )
        self.add_row("speaker", self.tr("&Speaker:"), self.speaker)
        self.add_row("summary", self.tr("S&ummary:"), self.summary)
        if entry is not None:
            self.speaker.setText(one_line(entry.speaker))
            self.speaker.setCursorPosition(0)
            self.summary.setPlainText(plain(entry.summary))
        self.finish_form()

    def save(self) -> None:
        ctx = self.ctx
        speaker, summary = self.speaker.text(), self.summary.plain_text()
        if self.entry is None:
            self.saved = agenda.add_discussion(ctx.db, ctx.actor, self.item_id, speaker, summary)
        else:
            self.saved = agenda.update_discussion(
                ctx.db, ctx.actor, self.entry.id, self.entry.version, speaker, summary
            )
        ctx.changes.sig_changed.emit("agenda_items")
