"""The commission's names over time and «Rename…»: a renamed commission's past minutes keep the
name valid on their meeting's day (Law No. 245-VIII renamed the commissions)."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDateEdit,
    QGroupBox,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from commission.domain.permissions import Permission
from commission.i18n import current_language
from commission.services import commission_names
from commission.services.commission_names import CommissionNameData, CommissionNameView
from commission.services.composition import CommissionView
from commission.ui.admin.forms import FormDialog, OptionalDateEdit, from_qdate, make_date_edit
from commission.ui.admin.tables import Column, RecordTable, RowsModel, format_date
from commission.ui.bilingual import BilingualLineEdit, BilingualTextEdit
from commission.ui.context import AppContext
from commission.ui.meetings.fields import add_bilingual_row

TABLE = "commission_names"


def _pick(ru: str | None, kk: str | None) -> str:
    first, second = (kk, ru) if current_language() == "kk" else (ru, kk)
    return first or second or ""


class NameHistoryModel(RowsModel[CommissionNameView]):
    def make_columns(self) -> list[Column[CommissionNameView]]:
        return [
            Column(
                self.tr("Valid from"),
                lambda n: format_date(n.valid_from) if n.valid_from else self.tr("the start"),
            ),
            Column(self.tr("Name"), lambda n: _pick(n.name_ru, n.name_kk)),
            Column(self.tr("Akim's decision"), self._act),
        ]

    def _act(self, row: CommissionNameView) -> str:
        parts = [row.act_type or ""]
        if row.act_number:
            parts.append(self.tr("No. {number}").format(number=row.act_number))
        if row.act_date:
            parts.append(self.tr("of {date}").format(date=format_date(row.act_date)))
        text = _pick(row.act_text_ru, row.act_text_kk)
        return " ".join(p for p in parts if p) + (f": {text}" if text else "")

    def key_of(self, row: CommissionNameView) -> int:
        return row.id


class RenameDialog(FormDialog):
    """A new name from a date, with the akim's decision behind it.

    Attributes:
        saved: the new name as stored, once saved.
    """

    def __init__(
        self, ctx: AppContext, commission: CommissionView, parent: QWidget | None = None
    ) -> None:
        super().__init__(ctx, parent)
        self.commission = commission
        self.saved: CommissionNameView | None = None
        self.setMinimumWidth(760)
        self.setWindowTitle(self.tr("Rename the commission"))
        self.set_intro(
            self.tr(
                "Minutes, extracts and the other documents of meetings held from this date "
                "print the new name; those of earlier meetings keep the old one."
            )
        )
        self.valid_from: QDateEdit = make_date_edit(date.today())
        self.name = BilingualTextEdit(lines=2)
        self.name.set_value(commission.name_ru, commission.name_kk)
        self.short_name = BilingualLineEdit(max_length=200)
        self.short_name.set_value(commission.short_name_ru, commission.short_name_kk)
        self.title = BilingualTextEdit(lines=2)
        self.title.set_value(commission.title_ru, commission.title_kk)
        self.act_type = QLineEdit(commission.act_type or "")
        self.act_type.setMaxLength(100)
        self.act_number = QLineEdit()
        self.act_number.setMaxLength(50)
        self.act_date = OptionalDateEdit()
        self.act_text = BilingualTextEdit(lines=2)
        self.add_row("valid_from", self.tr("&Valid from:"), self.valid_from)
        add_bilingual_row(self, "name", self.tr("&Full name:"), self.name)
        add_bilingual_row(self, "short_name", self.tr("&Short name:"), self.short_name)
        add_bilingual_row(self, "title", self.tr("In the minutes' &title:"), self.title)
        self.add_row("act_type", self.tr("Akim's decision: t&ype:"), self.act_type)
        self.add_row("act_number", self.tr("N&umber:"), self.act_number)
        self.add_row("act_date", self.tr("Dat&e:"), self.act_date)
        add_bilingual_row(self, "act_text", self.tr("&What it decided:"), self.act_text)
        self.finish_form()

    def data(self) -> CommissionNameData:
        name_ru, name_kk = self.name.value()
        short_ru, short_kk = self.short_name.value()
        title_ru, title_kk = self.title.value()
        text_ru, text_kk = self.act_text.value()
        return CommissionNameData(
            valid_from=from_qdate(self.valid_from.date()),
            name_ru=name_ru or name_kk,
            name_kk=name_kk,
            short_name_ru=short_ru,
            short_name_kk=short_kk,
            title_ru=title_ru,
            title_kk=title_kk,
            act_type=self.act_type.text(),
            act_number=self.act_number.text(),
            act_date=self.act_date.value(),
            act_text_ru=text_ru,
            act_text_kk=text_kk,
        )

    def save(self) -> None:
        self.saved = commission_names.rename_commission(
            self.ctx.db, self.ctx.actor, self.commission.version, self.data()
        )
        self.ctx.changes.sig_changed.emit(TABLE)
        self.ctx.changes.sig_changed.emit("commissions")


class NameHistoryBox(QGroupBox):
    """The names the commission had, newest first, and «Rename…» for the administrator."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Name and legal basis over time"))
        self.ctx = ctx
        self.commission: CommissionView | None = None
        self.model = NameHistoryModel()
        self.table: RecordTable[CommissionNameView] = RecordTable(
            self.model, stretch_column=1, name="commission_names"
        )
        self.table.setMinimumHeight(110)
        self.table.setMaximumHeight(150)
        self.rename_button = QPushButton(self.tr("&Rename…"))
        self.rename_button.setVisible(ctx.actor.can(Permission.EDIT_COMMISSION))
        self.rename_button.clicked.connect(self.open_rename)
        bar = QHBoxLayout()
        bar.addStretch(1)
        bar.addWidget(self.rename_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table)
        layout.addLayout(bar)

    def load(self, commission: CommissionView | None) -> None:
        self.commission = commission
        self.rename_button.setEnabled(commission is not None)
        if commission is None:
            self.table.set_rows([])
            return
        ctx = self.ctx
        rows = ctx.run(self, lambda: commission_names.name_history(ctx.db, ctx.actor))
        self.table.set_rows(rows or [])

    def open_rename(self) -> RenameDialog | None:
        if self.commission is None or not self.ctx.actor.can(Permission.EDIT_COMMISSION):
            return None
        dialog = RenameDialog(self.ctx, self.commission, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog
