"""Between commissions: questions a district sends up to the oblast, and the oblast's decisions
a district follows for its akimat."""

from commission.ui.cross.area import CrossArea

__all__ = ["CrossArea"]
