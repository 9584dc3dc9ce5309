"""«Find everywhere» (Ctrl+K): one field for meetings, decisions, agencies and — for those who
may see them — clients and cases. The hits come grouped by kind as the user types; Enter or
a double click opens the record where it lives."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Protocol

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QDialog,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from commission.domain.permissions import Permission
from commission.services import global_search
from commission.services.global_search import Hit, HitKind
from commission.ui.context import AppContext

_TYPING_PAUSE_MS = 250  # a search after the user stops typing, not at every letter
_HIT_ROLE = Qt.ItemDataRole.UserRole


class SearchDialog(QDialog):
    """Signals:
    sig_open(str, int): open the record of this kind (a ``HitKind`` value) and id.
    """

    sig_open = Signal(str, int)

    def __init__(
        self,
        ctx: AppContext,
        parent: QWidget | None = None,
        *,
        clock: Callable[[], date] = date.today,
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self._clock = clock
        self.hits: list[Hit] = []
        self.setWindowTitle(self.tr("Find everywhere"))
        self.field = QLineEdit()
        self.field.setClearButtonEnabled(True)
        self.field.setPlaceholderText(
            self.tr("Meeting number, decision, agency, client or case…")
            if ctx.actor.can(Permission.VIEW_CLIENTS)
            else self.tr("Meeting number, decision or agency…")
        )
        self.results = QListWidget()
        self.results.itemActivated.connect(self._activated)
        self.note = QLabel()
        self.note.setWordWrap(True)
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(_TYPING_PAUSE_MS)
        self.timer.timeout.connect(self.run)
        self.field.textEdited.connect(lambda _t: self.timer.start())
        self.field.returnPressed.connect(self._enter)
        layout = QVBoxLayout(self)
        layout.addWidget(self.field)
        layout.addWidget(self.results, 1)
        layout.addWidget(self.note)
        self.resize(720, 520)

    def run(self) -> list[Hit]:
        """Search for what the field holds now and show the hits by kind."""
        self.timer.stop()
        text = self.field.text()
        ctx = self.ctx
        found = ctx.run(self, lambda: global_search.search(ctx.db, ctx.actor, text))
        self.hits = found or []
        self._show(text)
        return self.hits

    def _show(self, text: str) -> None:
        self.results.clear()
        titles = {
            HitKind.MEETING: self.tr("Meetings"),
            HitKind.DECISION: self.tr("Decisions"),
            HitKind.AGENCY: self.tr("Agencies"),
            HitKind.CLIENT: self.tr("Clients"),
            HitKind.CASE: self.tr("Cases"),
        }
        shown: HitKind | None = None
        for hit in self.hits:
            if hit.kind is not shown:
                shown = hit.kind
                heading = QListWidgetItem(titles[hit.kind])
                font = QFont(heading.font())
                font.setBold(True)
                heading.setFont(font)
                heading.setFlags(Qt.ItemFlag.NoItemFlags)
                self.results.addItem(heading)
            item = QListWidgetItem(f"{hit.title}\n{hit.detail}" if hit.detail else hit.title)
            item.setData(_HIT_ROLE, (hit.kind.value, hit.id))
            item.setToolTip(hit.detail)
            self.results.addItem(item)
        if not text.strip():
            self.note.clear()
        elif not self.hits:
            self.note.setText(self.tr("Nothing found. Try a part of a word or a number."))
        else:
            self.note.setText(self.tr("Enter or a double click opens the record."))
        first = next(
            (i for i in range(self.results.count()) if self.results.item(i).data(_HIT_ROLE)),
            None,
        )
        if first is not None:
            self.results.setCurrentRow(first)

    def _enter(self) -> None:
        if self.timer.isActive() or not self.hits:
            self.run()
        item = self.results.currentItem()
        if item is not None:
            self._activated(item)

    def _activated(self, item: QListWidgetItem) -> None:
        data = item.data(_HIT_ROLE)
        if not data:
            return
        kind, ident = data
        self.accept()
        self.sig_open.emit(str(kind), int(ident))


class Navigator(Protocol):
    """What the main window offers the search: its context and its areas."""

    ctx: AppContext

    def show_area(self, key: str) -> QWidget: ...

    def show_meeting(self, meeting_id: int) -> None: ...


def open_record(window: Navigator, kind: str, ident: int) -> QWidget | None:
    """Open a hit where the record lives: the meeting's record, the decision's control card,
    the agency's, client's or case's card (through their areas, which audit a client's)."""
    if kind == HitKind.MEETING:
        window.show_meeting(ident)
        return None
    if kind == HitKind.DECISION:
        from commission.ui.decisions.control_card import ControlCardDialog

        card = ControlCardDialog(
            window.ctx, ident, window.show_area("decisions"), clock=window.ctx.clock
        )
        card.sig_show_meeting.connect(window.show_meeting)
        card.finished.connect(card.deleteLater)
        card.open()
        return card
    opener = {
        HitKind.AGENCY: ("agencies", "open_agency_dialog"),
        HitKind.CLIENT: ("clients", "open_client"),
        HitKind.CASE: ("cases", "open_case"),
    }.get(HitKind(kind))
    if opener is None:
        return None
    area = window.show_area(opener[0])
    opened = getattr(area, opener[1])(ident)
    return opened if isinstance(opened, QWidget) else None
