"""What a card dialog (a decision's control card, a probation case) does around each action.

A service is run; its refusal is shown under the card and the card is read again, since the
refusal may come from a change someone else made; on success the change is announced so that
lists showing the table reload. Forms opened from the card do the same when saved.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QDialog

from commission.domain.messages import UserError
from commission.ui.admin.forms import ErrorLabel
from commission.ui.context import AppContext, message_of


class CardActions:
    """Mixed into a card dialog that has ``ctx``, ``error_label``, ``dialog`` and ``reload``.

    Attributes:
        changed_table: the table announced on ``ctx.changes`` after a change.
    """

    changed_table: str
    ctx: AppContext
    error_label: ErrorLabel
    dialog: QDialog | None

    def reload(self) -> None:
        raise NotImplementedError

    def _done(self) -> None:
        self.error_label.clear_text()
        self.ctx.changes.sig_changed.emit(self.changed_table)
        self.reload()

    def _act(self, action: Callable[[], object]) -> bool:
        """Run a service; ``False`` when it refused (the refusal is shown on the card)."""
        self.error_label.clear_text()
        try:
            action()
        except UserError as exc:
            self.error_label.show_text(message_of(exc))
            self.reload()
            return False
        self._done()
        return True

    def _open_form(self, dialog: QDialog) -> QDialog:
        self.dialog = dialog
        dialog.accepted.connect(self._done)
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()
        return dialog
