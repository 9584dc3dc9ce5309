"""Whose records a consolidated view shows: the oblast's secretary picks her own commission,
all the oblast's, or one district's (the decisions register and the dashboard)."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QWidget

from commission.services import commission_choice
from commission.services.commission_choice import CommissionChoice
from commission.ui.context import AppContext
from commission.ui.labels import shown_name

OWN = "own"
ALL = "all"


class CommissionScopeCombo(QComboBox):
    """«Own» (the default), «All districts of the oblast» and each district's commission by
    its unit's name. Only a commission that reads others' records needs it: ``offered`` says
    whether there is anything to choose (else the views keep it hidden and read their own).

    The chosen scope is ``commission_ids()``: ``None`` for the acting commission alone, as
    the services take it.
    """

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.choices: list[CommissionChoice] = []
        self._ctx = ctx

    @property
    def offered(self) -> bool:
        return len(self.choices) > 1

    def load(self) -> None:
        """Read the commissions again, keeping the choice when it is still there."""
        ctx = self._ctx
        choices = ctx.run(self, lambda: commission_choice.readable_commissions(ctx.db, ctx.actor))
        self.choices = choices or []
        kept = self.currentData()
        self.blockSignals(True)
        try:
            self.clear()
            self.addItem(self.tr("Own"), OWN)
            self.addItem(self.tr("All districts of the oblast"), ALL)
            for choice in self.choices[1:]:
                self.addItem(self.unit_name(choice.id), choice.id)
            self.setCurrentIndex(max(0, self.findData(kept)))
        finally:
            self.blockSignals(False)

    def unit_name(self, commission_id: int) -> str:
        """The name of the unit ``commission_id`` serves, in the interface's language."""
        for choice in self.choices:
            if choice.id == commission_id:
                return shown_name(choice.unit_ru, choice.unit_kk)
        return ""

    def consolidated(self) -> bool:
        """Records of more than the acting commission may be shown (a column tells whose)."""
        return self.offered and self.currentData() not in (None, OWN)

    def commission_ids(self) -> tuple[int, ...] | None:
        data = self.currentData()
        if not self.offered or data in (None, OWN):
            return None
        if data == ALL:
            return tuple(c.id for c in self.choices)
        return (int(data),)

    def own_id(self) -> int | None:
        return self.choices[0].id if self.choices else None
