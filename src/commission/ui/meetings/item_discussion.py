"""One entry of «ВЫСТУПИЛИ»: who spoke at the item and, if the minutes say it, what about."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from commission.services import agenda
from commission.services.agenda import AgendaItemView, DiscussionView
from commission.ui.admin.forms import FormDialog
from commission.ui.bilingual import BilingualLineEdit, BilingualTextEdit
from commission.ui.context import AppContext
from commission.ui.meetings.fields import add_bilingual_row
from commission.ui.meetings.record_labels import one_line, plain


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
        if entry is None:
            self.setWindowTitle(self.tr("Add a speech"))
        else:
            self.setWindowTitle(self.tr("Speech of {speaker}").format(speaker=entry.speaker))
        self.setMinimumWidth(760)
        self.speaker = BilingualLineEdit(max_length=300)
        speaker_hint = self.tr("For example: Kasymov E. B., head of the police department")
        self.speaker.set_placeholder(speaker_hint, speaker_hint)
        self.summary = BilingualTextEdit(lines=5)
        summary_hint = self.tr("What was said, as the minutes should put it (may be left empty).")
        self.summary.ru_edit.setPlaceholderText(summary_hint)
        self.summary.kk_edit.setPlaceholderText(summary_hint)
        add_bilingual_row(self, "speaker", self.tr("&Speaker:"), self.speaker)
        add_bilingual_row(self, "summary", self.tr("S&ummary:"), self.summary)
        if entry is not None:
            self.speaker.set_value(one_line(entry.speaker), one_line(entry.speaker_kk))
            self.speaker.ru_edit.setCursorPosition(0)
            self.speaker.kk_edit.setCursorPosition(0)
            self.summary.set_value(plain(entry.summary), plain(entry.summary_kk))
        self.finish_form()

    def save(self) -> None:
        ctx = self.ctx
        speaker, speaker_kk = self.speaker.value()
        summary, summary_kk = self.summary.value()
        kazakh = {"speaker_kk": speaker_kk or None, "summary_kk": summary_kk or None}
        if self.entry is None:
            self.saved = agenda.add_discussion(
                ctx.db, ctx.actor, self.item_id, speaker, summary, **kazakh
            )
        else:
            self.saved = agenda.update_discussion(
                ctx.db, ctx.actor, self.entry.id, self.entry.version, speaker, summary, **kazakh
            )
        ctx.changes.sig_changed.emit("agenda_items")
