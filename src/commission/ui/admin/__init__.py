"""The administration area: the commission, its composition, users, calendar, audit."""

from commission.ui.admin.area import AdministrationArea

__all__ = ["AdministrationArea"]
