"""Page 1: the interface language, applied to the wizard at once."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QComboBox, QFormLayout, QLabel, QVBoxLayout

from commission.ui.first_run.base import WizardPage

LANGUAGES = (("ru", "Русский"), ("kk", "Қазақша"), ("en", "English"))


class LanguagePage(WizardPage):
    """Signals:
    sig_language(str): the user picked another language (``ru``, ``kk`` or ``en``).
    """

    sig_language = Signal(str)

    def __init__(self, language: str) -> None:
        super().__init__()
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        self.language = QComboBox()
        for code, name in LANGUAGES:  # each name in its own language: readable before choosing
            self.language.addItem(name, code)
        self.language.setCurrentIndex(max(0, self.language.findData(language)))
        self.language.currentIndexChanged.connect(lambda _i: self.sig_language.emit(self.chosen()))
        self.language.setMinimumWidth(220)
        self.language_label = QLabel()
        self.language_label.setBuddy(self.language)
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.FieldsStayAtSizeHint)
        form.addRow(self.language_label, self.language)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addSpacing(12)
        layout.addLayout(form)
        layout.addStretch(1)
        self.retranslate()

    def chosen(self) -> str:
        return str(self.language.currentData())

    def retranslate(self) -> None:
        self.setTitle(self.tr("Welcome to Commission"))
        self.setSubTitle(self.tr("First start on this computer"))
        self.intro.setText(
            self.tr(
                "This assistant prepares the program for work in a few steps: the database, "
                "the commission, and the administrator's account. Nothing is saved until you "
                "press «Finish» on the last page; «Back» keeps what you entered."
            )
        )
        self.language_label.setText(self.tr("Interface &language:"))
