"""What every screen receives: the database, the logged-in user, and a way to run services."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from typing import TypeVar

from PySide6.QtCore import QCoreApplication, QObject, Qt, Signal
from PySide6.QtWidgets import QMessageBox, QWidget

from commission import failure
from commission.db.engine import Database
from commission.domain.messages import UserError
from commission.services.context import Actor

T = TypeVar("T")


def translate(context: str, text: str) -> str:
    return QCoreApplication.translate(context, text)


def message_of(exc: BaseException, where: str = "") -> str:
    """The user's-language text of an error; an unexpected one gets a plain, safe sentence
    with an incident number and is logged under it, identifiers only (``failure``)."""
    return failure.user_message(exc, translate, where=where)


class Changes(QObject):
    """Announces what changed so that each screen reloads only what it shows.

    Signals:
        sig_changed(str): the name of the table that changed, e.g. ``"agencies"``.
    """

    sig_changed = Signal(str)


@dataclass
class AppContext:
    db: Database
    actor: Actor
    changes: Changes = field(default_factory=Changes)
    # What "today" is for deadlines and reminders: the calendar, except in tests of a given day.
    clock: Callable[[], date] = date.today
    _open_messages: dict[str, QMessageBox] = field(default_factory=dict, repr=False)

    def run(self, parent: QWidget | None, action: Callable[[], T], title: str = "") -> T | None:
        """Call a service; show its error in a message box and return ``None`` on failure."""
        try:
            return action()
        except UserError as exc:
            self.report(parent, exc, title)
            return None

    def report(self, parent: QWidget | None, exc: BaseException, title: str = "") -> None:
        """Show an error without blocking; the same message is never stacked twice.

        A server that went away fails every call a screen makes while refreshing: the user
        must get one clear message, not a cascade of identical boxes.
        """
        text = message_of(exc)
        if text in self._open_messages:
            return
        box = QMessageBox(
            QMessageBox.Icon.Warning,
            title or translate("Errors", "Not done"),
            text,
            QMessageBox.StandardButton.Ok,
            parent.window() if parent is not None else None,
        )
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self._open_messages[text] = box
        box.finished.connect(lambda _result: self._open_messages.pop(text, None))
        box.open()

    def open_messages(self) -> list[str]:
        return list(self._open_messages)
