"""Who may do what: the permission matrix the services check before every action."""

from __future__ import annotations

from enum import StrEnum

from commission.domain.enums import Role
from commission.domain.messages import QT_TRANSLATE_NOOP, UserError


class Permission(StrEnum):
    VIEW_COMMISSION = "view_commission"  # meetings, decisions, agencies, composition, dashboard
    EDIT_COMMISSION = "edit_commission"  # commission settings and composition
    EDIT_AGENCIES = "edit_agencies"
    EDIT_MEETINGS = "edit_meetings"  # plan, agenda, attendance, decisions, minutes
    SIGN_MINUTES = "sign_minutes"
    ASSESS_REPORTS = "assess_reports"  # register and accept/return execution reports
    DECIDE_EXTENSIONS = "decide_extensions"  # grant or refuse an extension
    REMOVE_FROM_CONTROL = "remove_from_control"
    SEND_LETTERS = "send_letters"
    VIEW_CLIENTS = "view_clients"  # personal data of probation clients (scoped by district)
    VIEW_ALL_DISTRICTS = "view_all_districts"
    VIEW_FULL_IIN = "view_full_iin"
    EDIT_CLIENTS = "edit_clients"
    EDIT_CASES = "edit_cases"
    IMPORT_CLIENTS = "import_clients"
    EXPORT_REGISTERS = "export_registers"
    MANAGE_USERS = "manage_users"
    EDIT_CALENDAR = "edit_calendar"
    EDIT_SETTINGS = "edit_settings"
    VIEW_AUDIT = "view_audit"


P = Permission

ROLE_PERMISSIONS: dict[Role, frozenset[Permission]] = {
    Role.ADMINISTRATOR: frozenset(
        {
            P.VIEW_COMMISSION,
            P.EDIT_COMMISSION,
            P.EDIT_AGENCIES,
            P.MANAGE_USERS,
            P.EDIT_CALENDAR,
            P.EDIT_SETTINGS,
            P.VIEW_AUDIT,
            P.EXPORT_REGISTERS,
        }
    ),
    Role.SECRETARY: frozenset(
        {
            P.VIEW_COMMISSION,
            P.EDIT_COMMISSION,
            P.EDIT_AGENCIES,
            P.EDIT_MEETINGS,
            P.ASSESS_REPORTS,
            P.SEND_LETTERS,
            P.VIEW_CLIENTS,
            P.VIEW_ALL_DISTRICTS,
            P.EXPORT_REGISTERS,
            P.EDIT_CALENDAR,
        }
    ),
    Role.PROBATION_OFFICER: frozenset(
        {
            P.VIEW_COMMISSION,
            P.VIEW_CLIENTS,
            P.VIEW_FULL_IIN,
            P.EDIT_CLIENTS,
            P.EDIT_CASES,
            P.IMPORT_CLIENTS,
            P.EXPORT_REGISTERS,
        }
    ),
    Role.CHAIR: frozenset(
        {
            P.VIEW_COMMISSION,
            P.SIGN_MINUTES,
            P.DECIDE_EXTENSIONS,
            P.REMOVE_FROM_CONTROL,
            P.EXPORT_REGISTERS,
        }
    ),
    Role.MEMBER: frozenset({P.VIEW_COMMISSION}),
}


class PermissionDenied(UserError):
    """The acting user's role does not allow the action; nothing was changed."""

    permission: Permission | None = None


def has_permission(role: Role, permission: Permission) -> bool:
    return permission in ROLE_PERMISSIONS[role]


def require(role: Role, permission: Permission) -> None:
    if not has_permission(role, permission):
        denied = PermissionDenied(
            QT_TRANSLATE_NOOP(
                "Errors", "Your role does not allow this action. Nothing was changed."
            )
        )
        denied.permission = permission
        raise denied


def can_see_district(role: Role, own_district_id: int | None, district_id: int) -> bool:
    """Probation officers see only their own district's clients; the secretary sees all."""
    if not has_permission(role, Permission.VIEW_CLIENTS):
        return False
    if has_permission(role, Permission.VIEW_ALL_DISTRICTS):
        return True
    return own_district_id is not None and own_district_id == district_id
