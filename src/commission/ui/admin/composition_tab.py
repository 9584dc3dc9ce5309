"""The composition of the commission on a date, or its whole history."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from commission.domain.permissions import Permission
from commission.services import agencies, composition
from commission.services.composition import MemberView
from commission.ui.admin.base import AdminTab
from commission.ui.admin.forms import from_qdate, make_date_edit
from commission.ui.admin.member_dialog import MemberDialog
from commission.ui.admin.tables import Column, RecordTable, RowsModel
from commission.ui.context import AppContext
from commission.ui.labels import member_role_label, shown_name


class MemberTableModel(RowsModel[MemberView]):
    def __init__(self, parent: QWidget | None = None) -> None:
        # The members carry their agency's Russian name; the tab gives the shown ones.
        self.agency_names: dict[int, str] = {}
        super().__init__(parent)

    def make_columns(self) -> list[Column[MemberView]]:
        return [
            Column(self.tr("Name"), lambda m: m.full_name),
            Column(self.tr("Role"), lambda m: member_role_label(m.role)),
            Column(
                self.tr("Position"),
                lambda m: shown_name(m.position_ru, m.position_kk),
                tooltip=lambda m: "\n".join(p for p in (m.position_ru, m.position_kk) if p),
            ),
            Column(self.tr("Agency"), self._agency_name),
            Column(self.tr("Voting"), lambda m: m.is_voting),
            Column(self.tr("From"), lambda m: m.valid_from),
            Column(self.tr("To"), lambda m: m.valid_to),
            Column(self.tr("Decree"), lambda m: m.decree),
        ]

    def _agency_name(self, member: MemberView) -> str | None:
        if member.agency_id is None:
            return member.agency_name
        return self.agency_names.get(member.agency_id, member.agency_name)

    def is_dimmed(self, row: MemberView) -> bool:
        today = date.today()
        return row.valid_from > today or (row.valid_to is not None and row.valid_to < today)


class CompositionTab(AdminTab):
    """Who is in the commission: add, correct, replace by decree."""

    tables = frozenset({"members", "agencies"})

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.can_edit = ctx.actor.can(Permission.EDIT_COMMISSION)

        self.on_date = make_date_edit()
        date_label = QLabel(self.tr("On &date:"))
        date_label.setBuddy(self.on_date)
        self.whole_history = QCheckBox(self.tr("Whole &history"))
        self.on_date.dateChanged.connect(lambda _d: self.refresh())
        self.whole_history.toggled.connect(self._history_toggled)
        self.add_button = QPushButton(self.tr("&Add member…"))
        self.edit_button = QPushButton(self.tr("&Edit…"))
        self.replace_button = QPushButton(self.tr("&Replace…"))
        self.replace_button.setToolTip(
            self.tr("A decree puts a new person in this member's place from a date.")
        )
        self.add_button.clicked.connect(lambda: self.open_member_dialog(None))
        self.edit_button.clicked.connect(self.edit_current)
        self.replace_button.clicked.connect(self.replace_current)
        for button in (self.add_button, self.edit_button, self.replace_button):
            button.setVisible(self.can_edit)
            button.setEnabled(self.can_edit)

        self.model = MemberTableModel()
        self.table: RecordTable[MemberView] = RecordTable(
            self.model, stretch_column=2, name="composition"
        )
        self.table.set_key_columns([0, 1])  # the member and his role
        self.table.sig_activated.connect(self.edit_current)
        self.table.set_row_buttons((self.edit_button, "edit"), (self.replace_button, "replace"))
        self.table.sig_selection_changed.connect(self._update_buttons)
        self.summary = QLabel()

        bar = QHBoxLayout()
        bar.addWidget(date_label)
        bar.addWidget(self.on_date)
        bar.addWidget(self.whole_history)
        bar.addStretch(1)
        bar.addWidget(self.add_button)
        bar.addWidget(self.edit_button)
        bar.addWidget(self.replace_button)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.summary)
        self._update_buttons()

    def _history_toggled(self, on: bool) -> None:
        self.on_date.setEnabled(not on)
        self.refresh()

    def reload(self) -> None:
        ctx = self.ctx
        on = None if self.whole_history.isChecked() else from_qdate(self.on_date.date())
        members = ctx.run(self, lambda: composition.list_members(ctx.db, ctx.actor, on=on))
        if members is None:
            return
        self.model.agency_names = {
            a.id: shown_name(a.short_name_ru or a.name_ru, a.short_name_kk or a.name_kk)
            for a in self._agencies()
        }
        self.table.set_rows(members)
        if on is None:
            self.summary.setText(
                self.tr("{count} records in the history.").format(count=len(members))
            )
        else:
            voting = sum(1 for m in members if m.is_voting)
            self.summary.setText(
                self.tr("{count} members, {voting} of them voting.").format(
                    count=len(members), voting=voting
                )
            )

    def _update_buttons(self) -> None:
        selected = self.table.current() is not None
        self.edit_button.setEnabled(self.can_edit and selected)
        self.replace_button.setEnabled(self.can_edit and selected)

    def edit_current(self) -> None:
        current = self.table.current()
        if current is not None:
            self.open_member_dialog(current.id)

    def replace_current(self) -> None:
        current = self.table.current()
        if current is not None:
            self.open_replace_dialog(current.id)

    def _agencies(self) -> list[agencies.AgencyView]:
        ctx = self.ctx
        return ctx.run(self, lambda: agencies.list_agencies(ctx.db, ctx.actor)) or []

    def _open(self, dialog: MemberDialog) -> MemberDialog:
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(lambda: self._select_saved(dialog))
        dialog.open()
        return dialog

    def _select_saved(self, dialog: MemberDialog) -> None:
        if dialog.saved is not None:
            self.table.select_key(dialog.saved.id)

    def open_member_dialog(self, member_id: int | None = None) -> MemberDialog | None:
        """Open (non-blocking) a member's record, or a blank one to add a member."""
        member = None
        if member_id is not None:
            member = self.model.find(member_id)
            if member is None:
                return None
        elif not self.can_edit:
            return None
        return self._open(
            MemberDialog(self.ctx, self._agencies(), member, self, read_only=not self.can_edit)
        )

    def open_replace_dialog(self, member_id: int) -> MemberDialog | None:
        """Open (non-blocking) the replacement of a member by a new person."""
        old = self.model.find(member_id)
        if old is None or not self.can_edit:
            return None
        return self._open(MemberDialog(self.ctx, self._agencies(), None, self, replacing=old))
