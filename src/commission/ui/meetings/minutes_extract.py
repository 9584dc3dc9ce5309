"""Extracts of the minutes: the agencies the points address, and the choice of one of them."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from commission.documents.minutes import AgencyRef, MinutesContext
from commission.domain.messages import UserError


class NothingToExtract(UserError):
    """No point of the minutes names an agency: there is nobody to send an extract to."""


def addressed_agencies(context: MinutesContext) -> list[AgencyRef]:
    """The agencies the points name as lead or co-executor, each once, in order of the points."""
    seen: dict[int, AgencyRef] = {}
    for decision in context.decisions():
        for agency in (decision.lead, *decision.co_executors):
            if agency is not None and agency.id not in seen:
                seen[agency.id] = agency
    return list(seen.values())


class ExtractDialog(QDialog):
    """Chooses the agency an extract is made for.

    Attributes:
        agencies: the agencies offered.
    """

    def __init__(self, agencies: list[AgencyRef], language: str, parent: QWidget) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Extract of the minutes"))
        self.agencies = agencies
        self.list = QListWidget()
        for agency in agencies:
            name = agency.name.get(language)
            item = QListWidgetItem(name)
            item.setToolTip(name)
            item.setData(Qt.ItemDataRole.UserRole, agency.id)
            self.list.addItem(item)
        self.list.setCurrentRow(0)
        self.list.itemActivated.connect(lambda _item: self.accept())
        intro = QLabel(self.tr("The extract holds only the points addressed to the agency chosen:"))
        intro.setWordWrap(True)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.list, 1)
        layout.addWidget(buttons)
        self.setMinimumWidth(520)

    def chosen_id(self) -> int | None:
        item = self.list.currentItem()
        return int(item.data(Qt.ItemDataRole.UserRole)) if item is not None else None
