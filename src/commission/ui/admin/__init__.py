"""The administration area: the commission, its composition, users, calendar, audit."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from commission.ui.admin.area import AdministrationArea

__all__ = ["AdministrationArea"]


def __getattr__(name: str) -> Any:
    # Loaded on first use: widgets the area's dialogs use (ui.bilingual) import the package's
    # ``tables``, and must not pull the whole area in before they are defined themselves.
    if name == "AdministrationArea":
        from commission.ui.admin.area import AdministrationArea

        return AdministrationArea
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
