"""Under the work plan: the required items (law, regulation) not yet planned in every quarter
of the year where they are due, with «Include in the plan», which adds them to those quarters."""

from __future__ import annotations

from PySide6.QtWidgets import QGroupBox, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from commission.domain.permissions import Permission
from commission.services import plan_proposals
from commission.services.plan_proposals import MissingRequired
from commission.ui.admin.required_items_tab import period_label
from commission.ui.admin.tables import Column, RecordTable, RowsModel
from commission.ui.context import AppContext
from commission.ui.meetings.item_tables import shown
from commission.ui.meetings.workplan_dialogs import quarter_label


class MissingModel(RowsModel[MissingRequired]):
    def make_columns(self) -> list[Column[MissingRequired]]:
        return [
            Column(
                self.tr("Required item"),
                lambda r: shown(r.title_ru, r.title_kk),
                tooltip=lambda r: shown(r.legal_basis_ru, r.legal_basis_kk),
            ),
            Column(self.tr("Period"), lambda r: period_label(r.period)),
            Column(
                self.tr("Quarters without it"),
                lambda r: ", ".join(quarter_label(q) for q in r.quarters),
            ),
        ]

    def key_of(self, row: MissingRequired) -> int:
        return row.required_item_id


class RequiredProposals(QGroupBox):
    """The required items missing from the plan of the year shown; hidden when there are none."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.year = 0
        self.setTitle(self.tr("Required items not included in the plan"))
        self.can_edit = ctx.actor.can(Permission.EDIT_MEETINGS)
        self.model = MissingModel()
        self.table: RecordTable[MissingRequired] = RecordTable(
            self.model, stretch_column=0, name="required_proposals"
        )
        self.table.setMaximumHeight(140)
        self.include_button = QPushButton(self.tr("&Include in the plan"))
        self.include_button.setToolTip(
            self.tr("Add the selected item to the plan in each quarter where it is missing.")
        )
        self.include_button.setVisible(self.can_edit)
        self.include_button.clicked.connect(self.include_current)
        self.table.sig_selection_changed.connect(self._update_button)
        self.table.sig_activated.connect(self.include_current)
        hint = QLabel(
            self.tr(
                "The law and the commission's regulation require these items; the plan of the "
                "year does not have them in every quarter where they are due."
            )
        )
        hint.setWordWrap(True)
        bar = QHBoxLayout()
        bar.addWidget(hint, 1)
        bar.addWidget(self.include_button)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.table)
        self.hide()

    def load(self, year: int) -> None:
        self.year = year
        ctx = self.ctx
        rows = ctx.run(self, lambda: plan_proposals.missing_required(ctx.db, ctx.actor, year))
        self.table.set_rows(rows or [])
        self.setVisible(bool(rows))
        if rows and self.table.current() is None:
            self.table.select_key(rows[0].required_item_id)
        self._update_button()

    def _update_button(self) -> None:
        self.include_button.setEnabled(self.can_edit and self.table.current() is not None)

    def include_current(self) -> list[int] | None:
        """Plan the selected item in its missing quarters; the new questions' ids."""
        current = self.table.current()
        if current is None or not self.can_edit:
            return None
        ctx, year = self.ctx, self.year
        created = ctx.run(
            self,
            lambda: plan_proposals.include_required(
                ctx.db, ctx.actor, current.required_item_id, year
            ),
        )
        if created is not None:
            ctx.changes.sig_changed.emit("work_plan_items")
        return created
