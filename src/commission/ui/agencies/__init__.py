"""The agencies area: the bodies that receive instructions and send reports."""

from commission.ui.agencies.area import AgenciesArea
from commission.ui.agencies.dialog import AgencyDialog

__all__ = ["AgenciesArea", "AgencyDialog"]
