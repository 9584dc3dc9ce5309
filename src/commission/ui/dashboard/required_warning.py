"""The main page's warning about required items (law, regulation) not heard in a period that
has ended or ends within 30 days: «В III квартале 2026 г. не рассмотрен вопрос: отчёт
начальника полиции». Read off the GUI thread with the other figures (``services.required_check``).
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QLabel, QWidget

from commission.db.engine import Database
from commission.domain.enums import RequiredPeriod
from commission.i18n import current_language
from commission.services import required_check
from commission.services.context import Actor
from commission.services.required_check import UnheardRequired
from commission.ui.background_read import BackgroundRead
from commission.ui.lazy_model import display_text

ROMAN = ("I", "II", "III", "IV")


def _as_object(title: str) -> str:
    """The item's title after a colon: a capital that only starts the sentence is lowered
    («Отчёт начальника …» → «отчёт начальника …»), an abbreviation («ТЖС …») is kept."""
    if len(title) > 1 and title[0].isupper() and title[1].islower():
        return title[0].lower() + title[1:]
    return title


def warning_line(item: UnheardRequired) -> str:
    """One line, in the interface's language."""
    title = _as_object(item.title_kk if current_language() == "kk" else item.title_ru)
    roman = ROMAN[item.number - 1]
    if item.period is RequiredPeriod.QUARTERLY:
        text = QCoreApplication.translate(
            "RequiredWarning", "In quarter {quarter} of {year}, not heard: {item}"
        ).format(quarter=roman, year=item.year, item=title)
    elif item.period is RequiredPeriod.HALF_YEARLY:
        text = QCoreApplication.translate(
            "RequiredWarning", "In half-year {half} of {year}, not heard: {item}"
        ).format(half=roman, year=item.year, item=title)
    else:
        text = QCoreApplication.translate("RequiredWarning", "In {year}, not heard: {item}").format(
            year=item.year, item=title
        )
    if not item.ended:
        quarter = {
            RequiredPeriod.QUARTERLY: item.number,
            RequiredPeriod.HALF_YEARLY: 2 * item.number,
        }
        last_day = required_check.quarter_bounds(item.year, quarter.get(item.period, 4))[1]
        text += " " + QCoreApplication.translate(
            "RequiredWarning", "(the period ends on {date})"
        ).format(date=display_text(last_day))
    return text


class RequiredWarning(QLabel):
    """Warning lines in the warning colour; hidden when every required item was heard."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWordWrap(True)
        self.setStyleSheet("QLabel { color: #b26a00; font-weight: bold; }")
        self.items: list[UnheardRequired] = []
        self.read = BackgroundRead(self)
        self.read.sig_result.connect(self._arrived)
        self.read.sig_failed.connect(lambda _exc: self.hide())
        self.hide()

    def start(self, db: Database, actor: Actor, today: date) -> None:
        self.read.start(lambda: required_check.unheard_required(db, actor, today))

    def clear_lines(self) -> None:
        """Another scope is shown (the oblast's districts summed): no warning of its own."""
        self.items = []
        self.clear()
        self.hide()

    def _arrived(self, items: object) -> None:
        assert isinstance(items, list)
        self.items = items
        self.setText("\n".join(warning_line(item) for item in items))
        self.setVisible(bool(items))
