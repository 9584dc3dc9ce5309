"""Describing the commission in a new database: without it nothing else can be recorded."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from commission.domain.enums import AdminLevel, CommissionKind
from commission.domain.messages import UserError
from commission.services import composition
from commission.ui.context import AppContext, message_of
from commission.ui.labels import admin_level_label, commission_kind_label


class CommissionSetupDialog(QDialog):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setWindowTitle(self.tr("Commission — set-up"))
        intro = QLabel(
            self.tr(
                "Describe the commission this database serves. Its names appear in the "
                "header of every minutes document; everything can be changed later under "
                "Administration."
            )
        )
        intro.setWordWrap(True)
        self.kind = QComboBox()
        for kind in (CommissionKind.MERGED, CommissionKind.MVK, CommissionKind.KSO):
            self.kind.addItem(commission_kind_label(kind), kind)
        self.name_ru = QPlainTextEdit()
        self.name_kk = QPlainTextEdit()
        for edit in (self.name_ru, self.name_kk):
            edit.setTabChangesFocus(True)
            edit.setFixedHeight(64)
        self.akimat_ru = QLineEdit()
        self.akimat_kk = QLineEdit()
        self.unit_level = QComboBox()
        for level in (AdminLevel.DISTRICT, AdminLevel.CITY, AdminLevel.OBLAST):
            self.unit_level.addItem(admin_level_label(level), level)
        self.unit_ru = QLineEdit()
        self.unit_kk = QLineEdit()
        self.kato = QLineEdit()
        self.kato.setInputMask("999999999;_")
        self.binding = QCheckBox(self.tr("Decisions are binding unless marked otherwise"))
        self.binding.setChecked(True)
        commission_box = QGroupBox(self.tr("Commission"))
        form = QFormLayout(commission_box)
        form.addRow(self.tr("&Kind:"), self.kind)
        form.addRow(self.tr("Full name (&Russian):"), self.name_ru)
        form.addRow(self.tr("Full name (&Kazakh):"), self.name_kk)
        form.addRow(self.tr("&Akimat (Russian):"), self.akimat_ru)
        form.addRow(self.tr("Akimat (Ka&zakh):"), self.akimat_kk)
        form.addRow("", self.binding)
        unit_box = QGroupBox(self.tr("Administrative unit"))
        unit_form = QFormLayout(unit_box)
        unit_form.addRow(self.tr("&Level:"), self.unit_level)
        unit_form.addRow(self.tr("Name (R&ussian):"), self.unit_ru)
        unit_form.addRow(self.tr("Name (Ka&zakh):"), self.unit_kk)
        unit_form.addRow(self.tr("KATO code:"), self.kato)
        self.error = QLabel()
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color: #b00020;")
        self.error.setVisible(False)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.try_save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(commission_box)
        layout.addWidget(unit_box)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self.setMinimumWidth(620)

    def try_save(self) -> None:
        unit = composition.AdminUnitData(
            level=self.unit_level.currentData(),
            name_ru=self.unit_ru.text(),
            name_kk=self.unit_kk.text(),
            kato_code=self.kato.text().strip("_ ") or None,
        )
        data = composition.CommissionData(
            kind=self.kind.currentData(),
            name_ru=self.name_ru.toPlainText(),
            name_kk=self.name_kk.toPlainText(),
            akimat_ru=self.akimat_ru.text(),
            akimat_kk=self.akimat_kk.text(),
            binding_by_default=self.binding.isChecked(),
        )
        try:
            composition.create_commission(self.ctx.db, self.ctx.actor, data, unit)
        except UserError as exc:
            self.error.setText(message_of(exc))
            self.error.setVisible(True)
            return
        self.ctx.changes.sig_changed.emit("commissions")
        self.accept()
