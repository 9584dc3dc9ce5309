"""The items the law and the regulation require the commission to hear, with their period:
the administrator adds those of the regulation to the two the law requires."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from commission.domain.enums import AgendaItemKind, RequiredPeriod
from commission.domain.permissions import Permission
from commission.i18n import current_language
from commission.services import required_items
from commission.services.required_items import RequiredItemData, RequiredItemView
from commission.ui.admin.base import AdminTab
from commission.ui.admin.forms import FormDialog, combo_enum, fill_enum_combo
from commission.ui.admin.tables import Column, RecordTable, RowsModel
from commission.ui.bilingual import BilingualLineEdit, BilingualTextEdit
from commission.ui.context import AppContext
from commission.ui.meetings.fields import add_bilingual_row
from commission.ui.meetings.record_widgets import ask
from commission.ui.overview_labels import agenda_item_kind_label

TABLE = "required_items"


def period_label(period: RequiredPeriod) -> str:
    labels = {
        RequiredPeriod.QUARTERLY: QCoreApplication.translate("RequiredItems", "Every quarter"),
        RequiredPeriod.HALF_YEARLY: QCoreApplication.translate("RequiredItems", "Every half-year"),
        RequiredPeriod.YEARLY: QCoreApplication.translate("RequiredItems", "Every year"),
    }
    return labels[period]


def _in_language(ru: str | None, kk: str | None) -> str:
    first, second = (kk, ru) if current_language() == "kk" else (ru, kk)
    return first or second or ""


class RequiredItemModel(RowsModel[RequiredItemView]):
    def make_columns(self) -> list[Column[RequiredItemView]]:
        return [
            Column(self.tr("Item"), lambda r: _in_language(r.title_ru, r.title_kk)),
            Column(self.tr("Period"), lambda r: period_label(r.period)),
            Column(self.tr("Kind of agenda item"), lambda r: agenda_item_kind_label(r.agenda_kind)),
            Column(
                self.tr("Legal basis"), lambda r: _in_language(r.legal_basis_ru, r.legal_basis_kk)
            ),
        ]

    def key_of(self, row: RequiredItemView) -> int:
        return row.id


class RequiredItemDialog(FormDialog):
    """One required item, added or changed.

    Attributes:
        saved: the item as stored, once saved.
    """

    def __init__(
        self, ctx: AppContext, shown: RequiredItemView | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(ctx, parent)
        self.shown = shown
        self.saved: RequiredItemView | None = None
        self.setMinimumWidth(760)
        self.setWindowTitle(
            self.tr("Change a required item") if shown else self.tr("Add a required item")
        )
        self.set_intro(
            self.tr(
                "The work plan proposes the item in the quarters it is due, and the main page "
                "warns when a quarter ends without an agenda item of its kind heard."
            )
        )
        self.title = BilingualLineEdit()
        self.period = QComboBox()
        fill_enum_combo(self.period, RequiredPeriod, period_label, RequiredPeriod.QUARTERLY)
        self.kind = QComboBox()
        fill_enum_combo(
            self.kind,
            [k for k in AgendaItemKind if k is not AgendaItemKind.PROGRESS_REVIEW],
            agenda_item_kind_label,
            shown.agenda_kind if shown else AgendaItemKind.OTHER,
        )
        self.legal_basis = BilingualTextEdit(lines=2)
        add_bilingual_row(self, "title", self.tr("&Item:"), self.title)
        self.errors.fields["title_ru"] = self.title
        self.add_row("period", self.tr("&Period:"), self.period)
        self.add_row("agenda_kind", self.tr("&Kind of agenda item:"), self.kind)
        add_bilingual_row(self, "legal_basis", self.tr("&Legal basis:"), self.legal_basis)
        if shown is not None:
            self.title.set_value(shown.title_ru, shown.title_kk)
            self.period.setCurrentIndex(self.period.findData(shown.period.value))
            self.legal_basis.set_value(shown.legal_basis_ru, shown.legal_basis_kk)
        self.finish_form()

    def data(self) -> RequiredItemData:
        title_ru, title_kk = self.title.value()
        basis_ru, basis_kk = self.legal_basis.value()
        return RequiredItemData(
            title_ru=title_ru,
            title_kk=title_kk or None,
            period=combo_enum(self.period, RequiredPeriod),
            agenda_kind=combo_enum(self.kind, AgendaItemKind),
            legal_basis_ru=basis_ru or None,
            legal_basis_kk=basis_kk or None,
        )

    def save(self) -> None:
        db, actor = self.ctx.db, self.ctx.actor
        if self.shown is None:
            self.saved = required_items.add_required_item(db, actor, self.data())
        else:
            self.saved = required_items.update_required_item(
                db, actor, self.shown.id, self.shown.version, self.data()
            )
        self.ctx.changes.sig_changed.emit(TABLE)


class RequiredItemsTab(AdminTab):
    """The required items, which the administrator (or the secretary) adds, changes, removes."""

    tables = frozenset({TABLE, "commissions"})

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.can_edit = ctx.actor.can(Permission.EDIT_COMMISSION)
        explanation = QLabel(
            self.tr(
                "What the law and the commission's regulation require it to hear, and how "
                "often: the police chief's report every quarter (order of the Minister of "
                "Internal Affairs No. 608), the assessment of support to persons and families "
                "in a difficult life situation every half-year (Law No. 245-VIII, art. 72 "
                "p. 4), and the items of the regulation."
            )
        )
        explanation.setWordWrap(True)
        self.add_button = QPushButton(self.tr("&Add item…"))
        self.change_button = QPushButton(self.tr("&Change…"))
        self.remove_button = QPushButton(self.tr("&Remove"))
        self.add_button.clicked.connect(lambda: self.open_dialog(None))
        self.change_button.clicked.connect(self.change_current)
        self.remove_button.clicked.connect(self._remove_current)
        for button in (self.add_button, self.change_button, self.remove_button):
            button.setVisible(self.can_edit)
        self.model = RequiredItemModel()
        self.table: RecordTable[RequiredItemView] = RecordTable(
            self.model, stretch_column=0, name="required_items"
        )
        self.table.sig_activated.connect(self.change_current)
        self.table.set_row_buttons((self.change_button, "edit"), (self.remove_button, "delete"))
        self.table.sig_selection_changed.connect(self._update_buttons)
        bar = QHBoxLayout()
        bar.addStretch(1)
        bar.addWidget(self.add_button)
        bar.addWidget(self.change_button)
        bar.addWidget(self.remove_button)
        layout = QVBoxLayout(self)
        layout.addWidget(explanation)
        layout.addLayout(bar)
        layout.addWidget(self.table, 1)
        self._update_buttons()

    def reload(self) -> None:
        ctx = self.ctx
        rows = ctx.run(self, lambda: required_items.list_required_items(ctx.db, ctx.actor))
        if rows is not None:
            self.table.set_rows(rows)
        self._update_buttons()

    def _update_buttons(self) -> None:
        selected = self.table.current() is not None
        self.change_button.setEnabled(self.can_edit and selected)
        self.remove_button.setEnabled(self.can_edit and selected)

    def change_current(self) -> None:
        current = self.table.current()
        if current is not None and self.can_edit:
            self.open_dialog(current)

    def open_dialog(self, shown: RequiredItemView | None) -> RequiredItemDialog | None:
        """Open (non-blocking) a required item, or a blank one to add."""
        if not self.can_edit:
            return None
        dialog = RequiredItemDialog(self.ctx, shown, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(
            lambda: dialog.saved is not None and self.table.select_key(dialog.saved.id)
        )
        dialog.open()
        return dialog

    def _remove_current(self) -> None:
        current = self.table.current()
        if current is not None:
            self.remove(current)

    def remove(self, shown: RequiredItemView, confirm: bool = True) -> QMessageBox | None:
        """Remove an item once the user confirms (at once when ``confirm`` is False)."""
        if not confirm:
            self._remove(shown)
            return None
        return ask(
            self,
            self.tr("Remove a required item"),
            self.tr(
                "Remove «{title}» from the required items? The questions already in the work "
                "plan stay; the plan no longer proposes it and the main page no longer warns "
                "about it."
            ).format(title=_in_language(shown.title_ru, shown.title_kk)),
            lambda answer: self._answered(answer, shown),
        )

    def _answered(self, answer: QMessageBox.StandardButton, shown: RequiredItemView) -> None:
        if answer == QMessageBox.StandardButton.Yes:
            self._remove(shown)

    def _remove(self, shown: RequiredItemView) -> bool:
        ctx = self.ctx

        def remove() -> bool:
            required_items.remove_required_item(ctx.db, ctx.actor, shown.id, shown.version)
            return True

        if ctx.run(self, remove) is None:
            return False
        ctx.changes.sig_changed.emit(TABLE)
        return True
