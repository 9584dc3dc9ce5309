"""A new question of the agenda: its kind, its wording and who reports on it.

The rest of the item (what was heard and said, the decisions) is filled in the item editor.
"""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QWidget

from commission.domain.enums import AgendaItemKind
from commission.services import agenda
from commission.services.agenda import AgendaItemData, AgendaItemView
from commission.ui.admin.forms import FormDialog, combo_enum, fill_enum_combo
from commission.ui.bilingual import BilingualTextEdit
from commission.ui.context import AppContext
from commission.ui.meetings.fields import add_bilingual_row
from commission.ui.overview_labels import agenda_item_kind_label

# The standing item has its own button: it goes first and fills its title.
ADDABLE_KINDS = tuple(k for k in AgendaItemKind if k is not AgendaItemKind.PROGRESS_REVIEW)


class AgendaItemDialog(FormDialog):
    """Adds an item at the end of the agenda.

    Attributes:
        saved: the item as stored.
    """

    def __init__(self, ctx: AppContext, meeting_id: int, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.meeting_id = meeting_id
        self.saved: AgendaItemView | None = None
        self.setWindowTitle(self.tr("New agenda item"))
        self.setMinimumWidth(640)
        self.kind = QComboBox()
        fill_enum_combo(self.kind, ADDABLE_KINDS, agenda_item_kind_label, AgendaItemKind.OTHER)
        self.title = BilingualTextEdit(lines=3)
        title_hint = self.tr(
            "The question as the agenda states it, e.g. «On the social adaptation of …»"
        )
        self.speakers = BilingualTextEdit(lines=2)
        speakers_hint = self.tr(
            "Who reports, with the position, e.g. «head of the police department Kasymov E. B.»"
        )
        for widget, hint in ((self.title, title_hint), (self.speakers, speakers_hint)):
            widget.ru_edit.setPlaceholderText(hint)
            widget.kk_edit.setPlaceholderText(hint)
        self.add_row("kind", self.tr("&Kind:"), self.kind)
        add_bilingual_row(self, "title", self.tr("&Question:"), self.title)
        add_bilingual_row(self, "speakers", self.tr("Speake&rs:"), self.speakers)
        self.finish_form()
        self.title.setFocus()

    def data(self) -> AgendaItemData:
        title, title_kk = self.title.value()
        speakers, speakers_kk = self.speakers.value()
        return AgendaItemData(
            kind=combo_enum(self.kind, AgendaItemKind),
            title=title,
            speakers=speakers or None,
            title_kk=title_kk or None,
            speakers_kk=speakers_kk or None,
        )

    def save(self) -> None:
        ctx = self.ctx
        self.saved = agenda.add_item(ctx.db, ctx.actor, self.meeting_id, self.data())
        ctx.changes.sig_changed.emit("agenda_items")
