"""Transferring a client to another district's probation service: where, when, why, and who
there takes him over (or nobody yet: that district's officers find him on their home page)."""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import QComboBox, QLineEdit, QWidget

from commission.services import transfers, users
from commission.services.clients import ClientCard, ClientSaved
from commission.ui.admin.forms import FormDialog, combo_id, from_qdate, make_date_edit
from commission.ui.context import AppContext


class TransferDialog(FormDialog):
    """Attributes:
    saved: the outcome once saved.
    destination: the name of the district the client went to, once saved.
    """

    def __init__(
        self, ctx: AppContext, card: ClientCard, today: date, parent: QWidget | None = None
    ) -> None:
        super().__init__(ctx, parent)
        self.setWindowTitle(self.tr("Transfer to another district"))
        self.card = card
        self.saved: ClientSaved | None = None
        self.destination: str | None = None
        self.set_intro(
            self.tr(
                "The card and the cases with their whole history go to the probation service "
                "of the district the client moves to. Your district keeps a copy of the card "
                "and of the history as they are today, to read only."
            )
        )
        actor = ctx.actor
        places = ctx.run(self, lambda: transfers.transfer_destinations(ctx.db, actor)) or []
        self._officers = ctx.run(self, lambda: users.officers(ctx.db, actor)) or []
        self.district = QComboBox()
        self.district.addItem("", None)
        for place in places:
            if place.id != card.district_id:
                self.district.addItem(place.name, place.id)
        self.on = make_date_edit(today)
        self.reason = QLineEdit()
        self.reason.setMaxLength(1000)
        self.reason.setPlaceholderText(self.tr("e.g. change of residence"))
        self.officer = QComboBox()
        self.add_row("to_district_id", self.tr("&District:"), self.district)
        self.add_row("transferred_on", self.tr("Transferred &on:"), self.on)
        self.add_row("reason", self.tr("&Reason:"), self.reason)
        self.add_row("officer_id", self.tr("Officer &who takes him over:"), self.officer)
        self.finish_form()
        self._fill_officers()
        self.district.currentIndexChanged.connect(self._fill_officers)

    def _fill_officers(self, _index: int = 0) -> None:
        district = combo_id(self.district)
        self.officer.clear()
        self.officer.addItem(self.tr("— the district assigns him —"), None)
        for officer in self._officers:
            if officer.is_active and district is not None and officer.district_id == district:
                self.officer.addItem(officer.full_name, officer.id)

    def save(self) -> None:
        ctx, card = self.ctx, self.card
        self.saved = transfers.transfer_client(
            ctx.db,
            ctx.actor,
            card.id,
            card.version,
            combo_id(self.district) or 0,
            from_qdate(self.on.date()),
            self.reason.text(),
            combo_id(self.officer),
        )
        self.destination = self.district.currentText()
        ctx.changes.sig_changed.emit("clients")
