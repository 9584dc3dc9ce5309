"""Per agency the points address, the day its extract of the minutes was sent.

Saving an agency's extract of the final minutes records it as sent that day; when every agency
has its extract and the minutes are signed, the meeting is «extracts sent» by itself.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QGroupBox, QLabel, QListWidget, QListWidgetItem, QVBoxLayout, QWidget

from commission.documents.minutes import MinutesContext
from commission.domain.enums import MinutesState
from commission.domain.permissions import Permission
from commission.i18n import current_language
from commission.services import extracts_sent
from commission.services.extracts_sent import ExtractsState
from commission.ui.admin.tables import format_date
from commission.ui.context import AppContext


class ExtractsSentBox(QGroupBox):
    """Signals:
    sig_recorded(): an extract was recorded as sent (the meeting's status may have followed).
    """

    sig_recorded = Signal()

    def __init__(self, ctx: AppContext, meeting_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.meeting_id = meeting_id
        self.state: ExtractsState | None = None
        self.setTitle(self.tr("Extracts sent"))
        self.note = QLabel()
        self.note.setWordWrap(True)
        self.list = QListWidget()
        self.list.setMaximumHeight(self.fontMetrics().lineSpacing() * 6 + 12)
        self.list.setWordWrap(True)
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        layout = QVBoxLayout(self)
        layout.addWidget(self.note)
        layout.addWidget(self.list)

    def refresh(self) -> None:
        ctx = self.ctx
        state = ctx.run(
            self, lambda: extracts_sent.extracts_state(ctx.db, ctx.actor, self.meeting_id)
        )
        self.state = state
        self.list.clear()
        if state is None:
            return
        language = "kk" if current_language() == "kk" else "ru"
        for agency in state.agencies:
            if agency.sent_on is None:
                when = self.tr("Not sent")
            else:
                when = self.tr("Sent {date}").format(date=format_date(agency.sent_on))
            # The state first: an agency's full name is long and would push it out of view.
            entry = QListWidgetItem(f"{when} — {agency.name.get(language)}")
            entry.setToolTip(entry.text())
            self.list.addItem(entry)
        if not state.agencies:
            self.note.setText(self.tr("No point of the minutes is addressed to an agency."))
        elif state.all_sent:
            self.note.setText(self.tr("Every agency addressed has its extract."))
        else:
            self.note.setText(
                self.tr(
                    "Saving an agency's extract of the final minutes records it as sent that day."
                )
            )

    def record(self, context: MinutesContext, agency_id: int, latest_revision: int) -> None:
        """The extract of ``context`` for ``agency_id`` was written: sent, when it is of the
        final minutes' latest revision (a draft's extract is not sent to anyone)."""
        if (
            context.minutes_state is not MinutesState.FINAL
            or context.revision != latest_revision
            or not self.ctx.actor.can(Permission.EDIT_MEETINGS)
        ):
            return
        ctx = self.ctx
        recorded = ctx.run(
            self,
            lambda: extracts_sent.record_sent(
                ctx.db, ctx.actor, self.meeting_id, agency_id, context.revision
            ),
        )
        if recorded is not None:
            ctx.changes.sig_changed.emit("extract_dispatches")
            self.refresh()
            self.sig_recorded.emit()
