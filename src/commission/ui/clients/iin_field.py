"""The IIN field of the client card: checked as it is typed, filling birth date and sex.

The message appears under the field as soon as the number cannot be right (a letter, a 13th
digit, a wrong check digit, a date that does not exist) or contradicts the birth date or sex
typed by hand; an incomplete number is only reported once the officer leaves the field.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QComboBox, QLineEdit, QVBoxLayout, QWidget

from commission.domain.iin import (
    IIN_LENGTH,
    IinInfo,
    InvalidIin,
    Sex,
    check_iin_matches,
    normalize_iin,
    parse_iin,
)
from commission.domain.messages import UserError
from commission.ui.admin.forms import ErrorLabel, OptionalDateEdit
from commission.ui.context import message_of


class IinField(QWidget):
    """The IIN line edit with its message underneath.

    Signals:
        sig_parsed(object): a complete, valid IIN was typed; carries its ``IinInfo``.
    """

    sig_parsed = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.edit = QLineEdit(self)
        self.edit.setMaxLength(20)  # room for spaces and dashes people type inside the number
        self.edit.setMaximumWidth(220)
        self.message = ErrorLabel(self)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(self.edit)
        layout.addWidget(self.message)
        self.setFocusProxy(self.edit)
        self._left = False  # the officer left the field: an incomplete number is an error now
        self.edit.textEdited.connect(self._edited)
        self.edit.editingFinished.connect(self._finished)

    def text(self) -> str:
        return self.edit.text()

    def set_text(self, text: str) -> None:
        self.edit.setText(text)

    def show_error(self, exc: UserError) -> None:
        self.message.show_text(message_of(exc))

    def _edited(self, _text: str) -> None:
        self._left = False

    def _finished(self) -> None:
        self._left = True

    def check(self, birth_date: date | None, sex: Sex | None) -> IinInfo | None:
        """Show what is wrong with the number as typed so far; its info when it is valid."""
        number = normalize_iin(self.edit.text())
        if not number or (number.isdigit() and len(number) < IIN_LENGTH and not self._left):
            self.message.clear_text()
            return None
        try:
            info = parse_iin(number)
            check_iin_matches(number, birth_date, sex)
        except InvalidIin as exc:
            self.show_error(exc)
            return None
        self.message.clear_text()
        return info


class IinFiller:
    """Keeps birth date and sex in step with the IIN: filled from a valid number unless the
    officer typed other values, which are then reported as contradicting it."""

    def __init__(self, iin: IinField, birth_date: OptionalDateEdit, sex: QComboBox) -> None:
        self.iin = iin
        self.birth_date = birth_date
        self.sex = sex
        self._filled: tuple[date | None, Sex | None] = (None, None)
        self._busy = False

    def loaded(self, birth_date: date, sex: Sex) -> None:
        """A stored card: its birth date and sex came from its IIN, so a corrected IIN
        replaces them."""
        self._filled = (birth_date, sex)

    def sex_value(self) -> Sex | None:
        data = self.sex.currentData()
        return Sex(data) if data else None

    def update(self) -> None:
        if self._busy:
            return
        self._busy = True
        try:
            self._update()
        finally:
            self._busy = False

    def _update(self) -> None:
        birth, sex = self.birth_date.value(), self.sex_value()
        info = self.iin.check(None, None)
        if info is None:
            return
        filled_birth, filled_sex = self._filled
        if birth is None or birth == filled_birth:
            self.birth_date.set_value(info.birth_date)
            birth = info.birth_date
        if sex is None or sex == filled_sex:
            index = self.sex.findData(info.sex.value)
            if index >= 0:
                self.sex.setCurrentIndex(index)
            sex = info.sex
        self._filled = (info.birth_date, info.sex)
        self.iin.check(birth, sex)
