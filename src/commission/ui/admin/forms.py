"""Pieces of the editing forms: inline errors, optional dates, enum and agency pickers.

A form never shows a service's refusal in a separate message box: the message appears in red
under the fields, the field it concerns gets the focus, and everything typed stays.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from datetime import date
from enum import StrEnum
from itertools import pairwise
from typing import TYPE_CHECKING, Protocol, TypeVar, runtime_checkable

from PySide6.QtCore import QDate, QObject, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from commission.domain.declension import guess_sex
from commission.domain.enums import Language
from commission.domain.messages import UserError
from commission.services.agencies import AgencyView
from commission.ui.admin.tables import pick_name
from commission.ui.context import AppContext, message_of

if TYPE_CHECKING:
    from commission.ui.bilingual import SexCombo

E = TypeVar("E", bound=StrEnum)

QT_DATE_FORMAT = "dd.MM.yyyy"


def to_qdate(value: date) -> QDate:
    return QDate(value.year, value.month, value.day)


def from_qdate(value: QDate) -> date:
    return date(value.year(), value.month(), value.day())


def make_date_edit(value: date | None = None, parent: QWidget | None = None) -> QDateEdit:
    edit = QDateEdit(parent)
    edit.setDisplayFormat(QT_DATE_FORMAT)
    edit.setCalendarPopup(True)
    edit.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
    edit.setDate(to_qdate(value or date.today()))
    return edit


def text_of(widget: QLineEdit | QPlainTextEdit) -> str:
    if isinstance(widget, QPlainTextEdit):
        return widget.toPlainText()
    return widget.text()


class OptionalDateEdit(QWidget):
    """A date that may be absent: a check box switches the date field on.

    Signals:
        sig_changed(): the date or its presence changed.
    """

    sig_changed = Signal()

    def __init__(self, text: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.check = QCheckBox(text, self)
        self.edit = make_date_edit(parent=self)
        self.edit.setEnabled(False)
        self.check.toggled.connect(self.edit.setEnabled)
        self.check.toggled.connect(lambda _on: self.sig_changed.emit())
        self.edit.dateChanged.connect(lambda _d: self.sig_changed.emit())
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.check)
        layout.addWidget(self.edit)
        layout.addStretch(1)
        self.setFocusProxy(self.check)

    def value(self) -> date | None:
        return from_qdate(self.edit.date()) if self.check.isChecked() else None

    def set_value(self, value: date | None) -> None:
        self.check.setChecked(value is not None)
        if value is not None:
            self.edit.setDate(to_qdate(value))

    def set_read_only(self, read_only: bool) -> None:
        self.check.setEnabled(not read_only)
        self.edit.setReadOnly(read_only)

    def focus_chain(self) -> list[QWidget]:
        return [self.check, self.edit]


def fill_enum_combo(
    combo: QComboBox, values: Iterable[E], label: Callable[[E], str], current: E | None = None
) -> None:
    """Items show the translated label; the stored value rides along as item data."""
    combo.clear()
    for value in values:
        combo.addItem(label(value), value.value)
    if current is not None:
        select_data(combo, current.value)


def select_data(combo: QComboBox, data: object) -> None:
    index = combo.findData(data)
    if index >= 0:
        combo.setCurrentIndex(index)


def combo_enum(combo: QComboBox, enum: type[E]) -> E:
    return enum(combo.currentData())


def combo_id(combo: QComboBox) -> int | None:
    data = combo.currentData()
    return int(data) if data is not None else None


def fill_agency_combo(
    combo: QComboBox,
    agencies: Sequence[AgencyView],
    current_id: int | None,
    language: Language,
    none_text: str,
) -> None:
    """Active agencies (and the current one even if no longer active), or none."""
    combo.clear()
    combo.addItem(none_text, None)
    for agency in agencies:
        if agency.is_active or agency.id == current_id:
            combo.addItem(pick_name(language, agency.name_ru, agency.name_kk), agency.id)
    select_data(combo, current_id)


@runtime_checkable
class CompositeField(Protocol):
    """A field made of several widgets (an optional date, a text in both languages): it is
    made read-only and chained for Tab as a whole. Structural, so that the bilingual editors
    need not import the forms."""

    def set_read_only(self, read_only: bool) -> None: ...

    def focus_chain(self) -> list[QWidget]: ...


class SexFromName(QObject):
    """Sets a person's sex from the name as it is typed («…овна», «… қызы»: female;
    «…ович», «… ұлы»: male) until the user picks it in the combo, whose pick then wins.

    A name that does not tell («Ким А. В.») leaves the combo as it is: a sex recorded
    before stays unless the name typed now says otherwise (another person took the post).
    """

    def __init__(self, name: QLineEdit, combo: SexCombo) -> None:
        super().__init__(combo)
        self.combo = combo
        self.picked = False
        name.textEdited.connect(self._name_edited)
        combo.activated.connect(self._picked)

    def _picked(self, _index: int) -> None:
        self.picked = True

    def _name_edited(self, text: str) -> None:
        guessed = guess_sex(text)
        if not self.picked and guessed is not None:
            self.combo.set_value(guessed)


def make_read_only(widget: QWidget) -> None:
    """Show a value without letting it be changed (still selectable where possible)."""
    if isinstance(widget, QLineEdit | QPlainTextEdit):
        widget.setReadOnly(True)
        # A white field invites typing: a value that cannot be changed sits on the window's
        # own background, the way a label does, and is still selectable for copying.
        widget.setStyleSheet(
            f"{type(widget).__name__} {{ background: palette(window); border: none; }}"
        )
    elif isinstance(widget, QAbstractSpinBox):
        widget.setReadOnly(True)
        widget.setButtonSymbols(QAbstractSpinBox.ButtonSymbols.NoButtons)
    elif isinstance(widget, CompositeField):
        widget.set_read_only(True)
    else:
        widget.setEnabled(False)


def chain_focus(widgets: Sequence[QWidget]) -> None:
    """Tab moves through ``widgets`` in this order."""
    focusable: list[QWidget] = []
    for widget in widgets:
        if isinstance(widget, CompositeField):
            focusable.extend(widget.focus_chain())
        else:
            focusable.append(widget)
    for first, second in pairwise(focusable):
        QWidget.setTabOrder(first, second)


class ErrorLabel(QLabel):
    """Red, wrapped text under a form saying why it was not saved; hidden when all is well."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWordWrap(True)
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.setStyleSheet("QLabel { color: #b00020; }")
        self.hide()

    def show_text(self, text: str) -> None:
        self.setText(text)
        self.show()

    def clear_text(self) -> None:
        self.clear()
        self.hide()


class InlineErrors:
    """Shows a service's refusal next to the form and moves the focus to the field concerned."""

    def __init__(self, label: ErrorLabel) -> None:
        self.label = label
        self.fields: dict[str, QWidget] = {}

    def show(self, exc: UserError, field: str | None = None) -> None:
        self.label.show_text(message_of(exc))
        name = field or getattr(exc, "field", None)
        widget = self.fields.get(name) if name else None
        if widget is None or not widget.isEnabled():
            return
        widget.setFocus(Qt.FocusReason.OtherFocusReason)
        if isinstance(widget, QLineEdit):
            widget.selectAll()

    def show_text(self, text: str, field: str | None = None) -> None:
        self.show(UserError(text), field)

    def clear(self) -> None:
        self.label.clear_text()


class FormDialog(QDialog):
    """A form that saves through a service when Save is clicked and stays open if refused.

    Subclasses add their fields with :meth:`add_row`, call :meth:`finish_form`, and implement
    :meth:`save` (call the service, announce the change; raise ``UserError`` to refuse).
    Opened with ``open()`` it is window-modal and never blocks the caller.
    """

    def __init__(
        self, ctx: AppContext, parent: QWidget | None = None, *, read_only: bool = False
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.read_only = read_only
        self.setMinimumWidth(520)
        self.intro = QLabel(self)
        self.intro.setWordWrap(True)
        self.intro.hide()
        self.form = QFormLayout()
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.error_label = ErrorLabel(self)
        self.errors = InlineErrors(self.error_label)
        standard = (
            QDialogButtonBox.StandardButton.Close
            if read_only
            else QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons = QDialogButtonBox(standard, self)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addLayout(self.form)
        layout.addWidget(self.error_label)
        layout.addStretch(1)
        layout.addWidget(self.buttons)
        self._order: list[QWidget] = []

    @property
    def save_button(self) -> QWidget | None:
        return self.buttons.button(QDialogButtonBox.StandardButton.Save)

    def set_intro(self, text: str) -> None:
        self.intro.setText(text)
        self.intro.show()

    def add_row(self, name: str, label: str, widget: QWidget) -> None:
        """One labelled field; ``name`` is the service's field name for its errors."""
        self.form.addRow(label, widget)
        self.errors.fields[name] = widget
        self._order.append(widget)

    def add_check(self, name: str, widget: QCheckBox) -> None:
        """A check box that carries its own text, under the labelled fields."""
        self.form.addRow("", widget)
        self.errors.fields[name] = widget
        self._order.append(widget)

    def finish_form(self) -> None:
        if self.read_only:
            for widget in self._order:
                make_read_only(widget)
        chain_focus([*self._order, *self.buttons.buttons()])
        if self._order:
            self._order[0].setFocus(Qt.FocusReason.OtherFocusReason)

    def save(self) -> None:
        raise NotImplementedError

    def error_field(self, exc: UserError) -> str | None:
        """The field an error without its own ``field`` concerns (e.g. a weak password)."""
        del exc
        return None

    def accept(self) -> None:
        if self.read_only:
            super().accept()
            return
        self.errors.clear()
        try:
            self.save()
        except UserError as exc:
            self.errors.show(exc, getattr(exc, "field", None) or self.error_field(exc))
            return
        super().accept()
