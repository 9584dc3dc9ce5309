"""The areas of the main window, who may see each, and how to build it."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from commission.domain.permissions import Permission
from commission.services.context import Actor
from commission.ui.context import AppContext


@dataclass(frozen=True)
class AreaSpec:
    key: str
    title: Callable[[], str]
    icon: str  # a name in ui.icon.ICONS
    permissions: tuple[Permission, ...]  # any one of them shows the area
    build: Callable[[AppContext, QWidget | None], QWidget]
    # Ctrl+N opens the area, the same N for every role; None: no key (every digit is taken).
    key_number: int | None = None
    # The user's start screen whatever area was last open (the probation officer's own work).
    home: bool = False
    # Shown only on a server where the commission has one above or below it.
    linked_only: bool = False

    def visible_to(self, actor: Actor, linked: bool = True) -> bool:
        if self.linked_only and not linked:
            return False
        return any(actor.can(p) for p in self.permissions)


def _my_cases(ctx: AppContext, parent: QWidget | None) -> QWidget:
    from commission.ui.cases.officer_home import OfficerHomeArea

    return OfficerHomeArea(ctx, parent, clock=ctx.clock)


def _dashboard(ctx: AppContext, parent: QWidget | None) -> QWidget:
    from commission.ui.dashboard.area import DashboardArea

    return DashboardArea(ctx, parent, clock=ctx.clock)


def _meetings(ctx: AppContext, parent: QWidget | None) -> QWidget:
    from commission.ui.meetings.area import MeetingsArea

    return MeetingsArea(ctx, parent, clock=ctx.clock)


def _decisions(ctx: AppContext, parent: QWidget | None) -> QWidget:
    from commission.ui.decisions.area import DecisionsArea

    return DecisionsArea(ctx, parent, clock=ctx.clock)


def _calendar(ctx: AppContext, parent: QWidget | None) -> QWidget:
    from commission.ui.calendar.area import CalendarArea

    return CalendarArea(ctx, parent, clock=ctx.clock)


def _reports(ctx: AppContext, parent: QWidget | None) -> QWidget:
    from commission.ui.reports.area import ReportsArea

    return ReportsArea(ctx, parent, clock=ctx.clock)


def _cases(ctx: AppContext, parent: QWidget | None) -> QWidget:
    from commission.ui.cases.area import CasesArea

    return CasesArea(ctx, parent, clock=ctx.clock)


def _clients(ctx: AppContext, parent: QWidget | None) -> QWidget:
    from commission.ui.clients.area import ClientsArea

    return ClientsArea(ctx, parent, clock=ctx.clock)


def _cross(ctx: AppContext, parent: QWidget | None) -> QWidget:
    from commission.ui.cross.area import CrossArea

    return CrossArea(ctx, parent, clock=ctx.clock)


def _agencies(ctx: AppContext, parent: QWidget | None) -> QWidget:
    from commission.ui.agencies.area import AgenciesArea

    return AgenciesArea(ctx, parent)


def _administration(ctx: AppContext, parent: QWidget | None) -> QWidget:
    from commission.ui.admin.area import AdministrationArea

    return AdministrationArea(ctx, parent)


def _t(text: str) -> Callable[[], str]:
    return lambda: QCoreApplication.translate("MainWindow", text)


P = Permission

AREAS: tuple[AreaSpec, ...] = (
    AreaSpec(
        "my_cases",
        _t("My cases"),
        "my_cases",
        (P.EDIT_CASES,),
        _my_cases,
        home=True,
        key_number=9,
    ),
    AreaSpec(
        "dashboard",
        _t("Dashboard"),
        "dashboard",
        (P.VIEW_COMMISSION,),
        _dashboard,
        key_number=1,
    ),
    AreaSpec(
        "meetings",
        _t("Meetings"),
        "meetings",
        (P.VIEW_COMMISSION,),
        _meetings,
        key_number=2,
    ),
    AreaSpec(
        "decisions",
        _t("Decisions"),
        "decisions",
        (P.VIEW_COMMISSION,),
        _decisions,
        key_number=3,
    ),
    AreaSpec(
        "calendar",
        _t("Calendar"),
        "calendar",
        (P.VIEW_COMMISSION,),
        _calendar,
        key_number=4,
    ),
    AreaSpec(
        "reports",
        _t("Reports"),
        "reports",
        (P.VIEW_COMMISSION,),
        _reports,
        key_number=None,  # every digit is taken; «Вид» and the navigation lead to it
    ),
    AreaSpec(
        "cross",
        _t("Oblast and districts"),
        "cross",
        (P.EDIT_MEETINGS,),
        _cross,
        linked_only=True,
        key_number=0,
    ),
    AreaSpec("cases", _t("Cases"), "cases", (P.VIEW_CLIENTS,), _cases, key_number=5),
    AreaSpec(
        "clients",
        _t("Clients"),
        "clients",
        (P.VIEW_CLIENTS,),
        _clients,
        key_number=6,
    ),
    AreaSpec(
        "agencies",
        _t("Agencies"),
        "agencies",
        (P.VIEW_COMMISSION,),
        _agencies,
        key_number=7,
    ),
    AreaSpec(
        "administration",
        _t("Administration"),
        "administration",
        (P.MANAGE_USERS, P.EDIT_COMMISSION, P.EDIT_CALENDAR, P.VIEW_AUDIT),
        _administration,
        key_number=8,
    ),
)

# lupdate reads literals only inside translate calls; these keep the titles above extractable.
if False:  # pragma: no cover
    QCoreApplication.translate("MainWindow", "My cases")
    QCoreApplication.translate("MainWindow", "Dashboard")
    QCoreApplication.translate("MainWindow", "Meetings")
    QCoreApplication.translate("MainWindow", "Decisions")
    QCoreApplication.translate("MainWindow", "Calendar")
    QCoreApplication.translate("MainWindow", "Reports")
    QCoreApplication.translate("MainWindow", "Oblast and districts")
    QCoreApplication.translate("MainWindow", "Cases")
    QCoreApplication.translate("MainWindow", "Clients")
    QCoreApplication.translate("MainWindow", "Agencies")
    QCoreApplication.translate("MainWindow", "Administration")
