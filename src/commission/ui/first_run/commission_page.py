"""Page 3: the commission — kind, names in both languages, akimat, unit, founding act."""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from commission.domain.enums import AdminLevel, CommissionKind
from commission.services import composition
from commission.services.first_run import NewCommission
from commission.ui.admin.forms import OptionalDateEdit
from commission.ui.first_run.base import WizardPage
from commission.ui.labels import admin_level_label, commission_kind_label

KINDS = (CommissionKind.MERGED, CommissionKind.MVK, CommissionKind.KSO)
LEVELS = (AdminLevel.DISTRICT, AdminLevel.CITY, AdminLevel.OBLAST)


def _name_edit() -> QPlainTextEdit:
    edit = QPlainTextEdit()
    edit.setTabChangesFocus(True)
    edit.setFixedHeight(52)
    return edit


class CommissionPage(WizardPage):
    def __init__(self) -> None:
        super().__init__()
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        self.kind = QComboBox()
        self.name_ru = _name_edit()
        self.name_kk = _name_edit()
        self.akimat_ru = QLineEdit()
        self.akimat_kk = QLineEdit()
        self.unit_level = QComboBox()
        self.unit_ru = QLineEdit()
        self.unit_kk = QLineEdit()
        self.act_type = QLineEdit()
        self.act_number = QLineEdit()
        self.act_number.setMaxLength(50)
        self.act_date = OptionalDateEdit()

        self.commission_box = QGroupBox()
        self.form = QFormLayout(self.commission_box)
        self.labels = [QLabel() for _ in range(11)]
        rows: list[QWidget] = [
            self.kind,
            self.name_ru,
            self.name_kk,
            self.akimat_ru,
            self.akimat_kk,
        ]
        for label, widget in zip(self.labels[:5], rows, strict=True):
            label.setBuddy(widget)
            self.form.addRow(label, widget)
        self.unit_box = QGroupBox()
        unit_form = QFormLayout(self.unit_box)
        for label, widget in zip(
            self.labels[5:8], [self.unit_level, self.unit_ru, self.unit_kk], strict=True
        ):
            label.setBuddy(widget)
            unit_form.addRow(label, widget)
        self.act_box = QGroupBox()
        act_form = QFormLayout(self.act_box)
        for label, widget in zip(
            self.labels[8:], [self.act_type, self.act_number, self.act_date], strict=True
        ):
            label.setBuddy(widget)
            act_form.addRow(label, widget)

        body = QWidget()
        body_layout = QVBoxLayout(body)
        body_layout.setContentsMargins(0, 0, 0, 0)
        body_layout.addWidget(self.intro)
        body_layout.addWidget(self.commission_box)
        body_layout.addWidget(self.unit_box)
        body_layout.addWidget(self.act_box)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setWidget(body)
        layout = QVBoxLayout(self)
        layout.addWidget(scroll, 1)
        layout.addWidget(self.error)
        self.retranslate()

    def _fill_combo(self, combo: QComboBox, items: list[tuple[str, object]]) -> None:
        current = combo.currentIndex()
        combo.clear()
        for text, value in items:
            combo.addItem(text, value)
        combo.setCurrentIndex(max(0, current))

    def retranslate(self) -> None:
        self.setTitle(self.tr("The commission"))
        self.setSubTitle(self.tr("Its names appear in the header of every minutes document"))
        self.intro.setText(
            self.tr(
                "Write the names as in the akimat's resolution that founded the commission. "
                "Everything can be changed later under Administration → Commission."
            )
        )
        self._fill_combo(self.kind, [(commission_kind_label(k), k) for k in KINDS])
        self._fill_combo(self.unit_level, [(admin_level_label(v), v) for v in LEVELS])
        self.commission_box.setTitle(self.tr("Commission"))
        self.unit_box.setTitle(self.tr("Administrative unit"))
        self.act_box.setTitle(self.tr("Founding act"))
        texts = [
            self.tr("&Kind:"),
            self.tr("Full name (&Russian):"),
            self.tr("Full name (&Kazakh):"),
            self.tr("&Akimat (Russian):"),
            self.tr("Akimat (Ka&zakh):"),
            self.tr("&Level:"),
            self.tr("Name (R&ussian):"),
            self.tr("Name (Kaza&kh):"),
            self.tr("Act &type:"),
            self.tr("&Number:"),
            self.tr("Dat&e:"),
        ]
        for label, text in zip(self.labels, texts, strict=True):
            label.setText(text)
        self.act_type.setPlaceholderText(self.tr("e.g. Resolution of the akimat"))
        self.act_date.check.setText(self.tr("known"))
        self.unit_ru.setPlaceholderText(self.tr("e.g. Tselinograd district"))

    def validatePage(self) -> bool:
        self.clear_error()
        if not self.name_ru.toPlainText().strip() or not self.name_kk.toPlainText().strip():
            self.name_ru.setFocus()
            return self.show_error(
                self.tr("Enter the commission's full name in Russian and in Kazakh.")
            )
        if not self.akimat_ru.text().strip():
            self.akimat_ru.setFocus()
            return self.show_error(self.tr("Enter the akimat's name."))
        if not self.unit_ru.text().strip():
            self.unit_ru.setFocus()
            return self.show_error(self.tr("Enter the name of the district, city or oblast."))
        act_date = self.act_date.value()
        if act_date is not None and act_date > date.today():
            self.act_date.setFocus()
            return self.show_error(
                self.tr("The founding act is dated {date}, which is in the future.").format(
                    date=act_date.strftime("%d.%m.%Y")
                )
            )
        return True

    def result(self) -> NewCommission:
        data = composition.CommissionData(
            kind=self.kind.currentData(),
            name_ru=self.name_ru.toPlainText(),
            name_kk=self.name_kk.toPlainText(),
            akimat_ru=self.akimat_ru.text(),
            akimat_kk=self.akimat_kk.text(),
            act_type=self.act_type.text() or None,
            act_number=self.act_number.text() or None,
            act_date=self.act_date.value(),
        )
        unit = composition.AdminUnitData(
            level=self.unit_level.currentData(),
            name_ru=self.unit_ru.text(),
            name_kk=self.unit_kk.text(),
        )
        return NewCommission(data, unit)
