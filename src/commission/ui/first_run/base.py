"""What every page of the first-run wizard shares: an error line and re-translation."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QWizardPage


def error_label() -> QLabel:
    label = QLabel()
    label.setWordWrap(True)
    label.setStyleSheet("color: #b00020;")
    label.setVisible(False)
    return label


class WizardPage(QWizardPage):
    """A page that validates before «Next» and can redo its texts in another language.

    Values are never reset on «Back»: nothing here is a registered field, so QWizard's
    ``cleanupPage`` has nothing to clear.
    """

    def __init__(self) -> None:
        super().__init__()
        self.error = error_label()

    def retranslate(self) -> None:
        raise NotImplementedError

    def show_error(self, text: str) -> bool:
        """Show why «Next» is refused; returns ``False`` for ``validatePage``."""
        self.error.setText(text)
        self.error.setVisible(True)
        return False

    def clear_error(self) -> None:
        self.error.clear()
        self.error.setVisible(False)
