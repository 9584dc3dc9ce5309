"""Removing a client from the register: the date and the reason. The card stays."""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import QComboBox, QWidget

from commission.domain.enums import DeregistrationReason
from commission.services import clients
from commission.services.clients import ClientSaved
from commission.ui.admin.forms import (
    FormDialog,
    combo_enum,
    fill_enum_combo,
    from_qdate,
    make_date_edit,
)
from commission.ui.clients.labels import deregistration_reason_label
from commission.ui.context import AppContext


class DeregisterDialog(FormDialog):
    """Attributes:
    saved: the outcome once saved.
    removed_on: the date of removal once saved.
    """

    def __init__(
        self,
        ctx: AppContext,
        client_id: int,
        version: int,
        today: date,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(ctx, parent)
        self.setWindowTitle(self.tr("Removal from the register"))
        self.client_id = client_id
        self.version = version
        self.saved: ClientSaved | None = None
        self.removed_on: date | None = None
        self.set_intro(
            self.tr(
                "The client stays in the database with his cases; his open cases are closed on "
                "the same date. The list shows him in grey among those removed from the register."
            )
        )
        self.on = make_date_edit(today)
        self.reason = QComboBox()
        fill_enum_combo(self.reason, DeregistrationReason, deregistration_reason_label)
        self.add_row("deregistered_on", self.tr("Removed &on:"), self.on)
        self.add_row("reason", self.tr("&Reason:"), self.reason)
        self.finish_form()

    def reason_value(self) -> DeregistrationReason:
        return combo_enum(self.reason, DeregistrationReason)

    def save(self) -> None:
        on = from_qdate(self.on.date())
        self.saved = clients.deregister_client(
            self.ctx.db, self.ctx.actor, self.client_id, self.version, on, self.reason_value()
        )
        self.removed_on = on
