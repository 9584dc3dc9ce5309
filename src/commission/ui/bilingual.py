"""Editors of a text typed in both languages of the commission's documents.

A secretary types the Russian text now and the Kazakh one later (or the other way round): each
editor marks its language when it is empty while the other is filled, so that what is left to
translate shows at a glance. The interface's language comes first, on screen and in tab order.
"""

from __future__ import annotations

from typing import Generic, TypeVar

from PySide6.QtCore import QCoreApplication, QSize, Qt, Signal
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import (
    QBoxLayout,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from commission.domain.iin import Sex
from commission.i18n import current_language
from commission.ui.icon import warning_icon
from commission.ui.meetings.record_widgets import PlainTextEdit

LANGUAGES = ("ru", "kk")
# Below this width two editors side by side are too narrow to read a sentence in.
SIDE_BY_SIDE_WIDTH = 560


def language_name(language: str) -> str:
    if language == "kk":
        return QCoreApplication.translate("Bilingual", "Kazakh")
    return QCoreApplication.translate("Bilingual", "Russian")


def missing_tooltip(language: str) -> str:
    if language == "kk":
        return QCoreApplication.translate("Bilingual", "No text in Kazakh")
    return QCoreApplication.translate("Bilingual", "No text in Russian")


def interface_first() -> tuple[str, str]:
    """The two document languages, the interface's one first (Russian for an English UI)."""
    return ("kk", "ru") if current_language() == "kk" else ("ru", "kk")


class MissingMark(QLabel):
    """A small warning sign beside a language whose text is missing; hidden otherwise."""

    def __init__(self, language: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.language = language
        size = self.style().pixelMetric(QStyle.PixelMetric.PM_SmallIconSize)
        icon = warning_icon()
        self.setPixmap(icon.pixmap(QSize(size, size)))
        self.setToolTip(missing_tooltip(language))
        self.setAccessibleName(missing_tooltip(language))
        self.setVisible(False)

    def is_shown(self) -> bool:
        """Whether the mark is on (``isVisible`` is False while the dialog is not shown)."""
        return not self.isHidden()


E = TypeVar("E", QLineEdit, PlainTextEdit)


class _BilingualEditor(QWidget, Generic[E]):
    """Two editors with their language's name and mark, laid out by the available width.

    Signals:
        changed(): either text changed by typing.
    """

    changed = Signal()

    def __init__(self, ru_edit: E, kk_edit: E, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ru_edit: E = ru_edit
        self.kk_edit: E = kk_edit
        self.ru_mark = MissingMark("ru", self)
        self.kk_mark = MissingMark("kk", self)
        self._box = QBoxLayout(QBoxLayout.Direction.LeftToRight, self)
        self._box.setContentsMargins(0, 0, 0, 0)
        first, second = interface_first()
        for language in (first, second):
            self._box.addWidget(self._column(language), 1)
        self.setFocusProxy(self.editor(first))
        QWidget.setTabOrder(self.editor(first), self.editor(second))
        self._connect(self.ru_edit)
        self._connect(self.kk_edit)

    # How to read, write and watch the kind of editor: the subclasses' part.
    def _text(self, editor: E) -> str:
        raise NotImplementedError

    def _set_text(self, editor: E, text: str) -> None:
        raise NotImplementedError

    def _connect(self, editor: E) -> None:
        raise NotImplementedError

    def _column(self, language: str) -> QWidget:
        raise NotImplementedError

    def _label(self, language: str) -> QLabel:
        label = QLabel(language_name(language), self)
        label.setBuddy(self.editor(language))
        font = label.font()
        font.setPointSizeF(font.pointSizeF() * 0.9)
        label.setFont(font)
        return label

    def editor(self, language: str) -> E:
        return self.kk_edit if language == "kk" else self.ru_edit

    def mark(self, language: str) -> MissingMark:
        return self.kk_mark if language == "kk" else self.ru_mark

    def value(self) -> tuple[str, str]:
        """The Russian and the Kazakh text, as typed (the services clean them)."""
        return self._text(self.ru_edit), self._text(self.kk_edit)

    def set_value(self, ru: str | None, kk: str | None) -> None:
        for editor, text in ((self.ru_edit, ru), (self.kk_edit, kk)):
            editor.blockSignals(True)
            try:
                self._set_text(editor, text or "")
            finally:
                editor.blockSignals(False)
        self._update_marks()

    def is_empty(self) -> bool:
        ru, kk = self.value()
        return not ru.strip() and not kk.strip()

    def set_read_only(self, read_only: bool) -> None:
        for editor in (self.ru_edit, self.kk_edit):
            editor.setReadOnly(read_only)

    def focus_language(self, language: str) -> None:
        self.editor(language).setFocus(Qt.FocusReason.OtherFocusReason)

    def focus_chain(self) -> list[QWidget]:
        """The editors in tab order, for forms that chain their fields by hand."""
        first, second = interface_first()
        return [self.editor(first), self.editor(second)]

    def _edited(self) -> None:
        self._update_marks()
        self.changed.emit()

    def _update_marks(self) -> None:
        ru, kk = (text.strip() for text in self.value())
        self.ru_mark.setVisible(not ru and bool(kk))
        self.kk_mark.setVisible(not kk and bool(ru))

    def resizeEvent(self, event: QResizeEvent) -> None:
        wide = event.size().width() >= SIDE_BY_SIDE_WIDTH
        direction = QBoxLayout.Direction.LeftToRight if wide else QBoxLayout.Direction.TopToBottom
        if self._box.direction() != direction:
            self._box.setDirection(direction)
        super().resizeEvent(event)


class BilingualLineEdit(_BilingualEditor[QLineEdit]):
    """One line in Russian and in Kazakh: a place, a position, a speaker."""

    def __init__(self, parent: QWidget | None = None, max_length: int | None = None) -> None:
        super().__init__(QLineEdit(), QLineEdit(), parent)
        if max_length is not None:
            self.ru_edit.setMaxLength(max_length)
            self.kk_edit.setMaxLength(max_length)

    def _text(self, editor: QLineEdit) -> str:
        return editor.text()

    def _set_text(self, editor: QLineEdit, text: str) -> None:
        editor.setText(text)

    def _connect(self, editor: QLineEdit) -> None:
        editor.textEdited.connect(lambda _text: self._edited())

    def _column(self, language: str) -> QWidget:
        column = QWidget(self)
        row = QHBoxLayout(column)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self._label(language))
        row.addWidget(self.editor(language), 1)
        row.addWidget(self.mark(language))
        return column

    def set_placeholder(self, ru: str, kk: str) -> None:
        self.ru_edit.setPlaceholderText(ru)
        self.kk_edit.setPlaceholderText(kk)


class BilingualTextEdit(_BilingualEditor[PlainTextEdit]):
    """Several lines in Russian and in Kazakh: a decision, a summary of a report."""

    def __init__(self, parent: QWidget | None = None, lines: int = 3) -> None:
        super().__init__(PlainTextEdit(lines), PlainTextEdit(lines), parent)

    def _text(self, editor: PlainTextEdit) -> str:
        return editor.plain_text()

    def _set_text(self, editor: PlainTextEdit, text: str) -> None:
        editor.setPlainText(text)

    def _connect(self, editor: PlainTextEdit) -> None:
        editor.textChanged.connect(self._edited)

    def _column(self, language: str) -> QWidget:
        column = QWidget(self)
        layout = QVBoxLayout(column)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        head = QHBoxLayout()
        head.addWidget(self._label(language))
        head.addWidget(self.mark(language))
        head.addStretch(1)
        layout.addLayout(head)
        layout.addWidget(self.editor(language), 1)
        return column


def sex_label(sex: Sex | None) -> str:
    if sex is Sex.MALE:
        return QCoreApplication.translate("Bilingual", "male")
    if sex is Sex.FEMALE:
        return QCoreApplication.translate("Bilingual", "female")
    return QCoreApplication.translate("Bilingual", "—")


class SexCombo(QComboBox):
    """«—» (unknown: the documents use forms that fit either), male, female: the grammar of
    a person's position in the documents («назначенный» / «назначенная»)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        for sex in (None, Sex.MALE, Sex.FEMALE):
            self.addItem(sex_label(sex), sex.value if sex is not None else None)

    def value(self) -> Sex | None:
        data = self.currentData()
        return Sex(data) if data else None

    def set_value(self, sex: Sex | None) -> None:
        index = self.findData(sex.value) if sex is not None else 0
        self.setCurrentIndex(max(index, 0))
