"""The administration area: one tab per subject, each shown to those allowed to see it."""

from __future__ import annotations

from PySide6.QtWidgets import QTabWidget, QVBoxLayout, QWidget

from commission.domain.permissions import Permission
from commission.ui.admin.audit_tab import AuditTab
from commission.ui.admin.backup_tab import BackupTab
from commission.ui.admin.base import AdminTab
from commission.ui.admin.calendar_tab import CalendarTab
from commission.ui.admin.commission_tab import CommissionTab
from commission.ui.admin.composition_tab import CompositionTab
from commission.ui.admin.name_forms_tab import NameFormsTab
from commission.ui.admin.phrase_book_tab import PhraseBookTab
from commission.ui.admin.required_items_tab import RequiredItemsTab
from commission.ui.admin.users_tab import UsersTab
from commission.ui.context import AppContext


class AdministrationArea(QWidget):
    """The commission, its composition, users, working days and the audit trail.

    Attributes:
        commission_tab, composition_tab, required_items_tab, users_tab, calendar_tab,
            name_forms_tab, phrase_book_tab, audit_tab, backup_tab:
            the tabs, or ``None`` where the user's role may not see them.
    """

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        actor = ctx.actor
        self.tabs = QTabWidget(self)
        self.tabs.setDocumentMode(True)
        can_view = actor.can(Permission.VIEW_COMMISSION)

        self.commission_tab = CommissionTab(ctx) if can_view else None
        self.composition_tab = CompositionTab(ctx) if can_view else None
        self.required_items_tab = RequiredItemsTab(ctx) if can_view else None
        self.users_tab = UsersTab(ctx) if actor.can(Permission.MANAGE_USERS) else None
        self.calendar_tab = CalendarTab(ctx) if can_view else None
        self.name_forms_tab = NameFormsTab(ctx) if can_view else None
        self.phrase_book_tab = PhraseBookTab(ctx) if can_view else None
        self.audit_tab = AuditTab(ctx) if actor.can(Permission.VIEW_AUDIT) else None
        self.backup_tab = BackupTab(ctx) if actor.can(Permission.MANAGE_USERS) else None

        titles = (
            (self.commission_tab, self.tr("&Commission")),
            (self.composition_tab, self.tr("C&omposition")),
            (self.required_items_tab, self.tr("&Required items")),
            (self.users_tab, self.tr("&Users")),
            (self.calendar_tab, self.tr("&Working days")),
            (self.name_forms_tab, self.tr("&Name forms")),
            (self.phrase_book_tab, self.tr("&Phrase book")),
            (self.audit_tab, self.tr("Au&dit")),
            (self.backup_tab, self.tr("Bac&kups")),
        )
        for tab, title in titles:
            if tab is not None:
                self.tabs.addTab(tab, title)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.tabs)
        ctx.changes.sig_changed.connect(self._on_changed)

    def all_tabs(self) -> list[AdminTab]:
        return [
            tab
            for tab in (
                self.commission_tab,
                self.composition_tab,
                self.required_items_tab,
                self.users_tab,
                self.calendar_tab,
                self.name_forms_tab,
                self.phrase_book_tab,
                self.audit_tab,
                self.backup_tab,
            )
            if tab is not None
        ]

    def refresh(self) -> None:
        """Reload the tab in view; the others reload when they are next shown."""
        current = self.tabs.currentWidget()
        for tab in self.all_tabs():
            if tab is current:
                tab.refresh()
            else:
                tab.mark_stale()

    def _on_changed(self, table: str) -> None:
        for tab in self.all_tabs():
            tab.on_changed(table)
