"""What users read for the values of the domain's enumerations, in their language.

Each function holds one literal English string per value so that ``pyside6-lupdate`` finds
them all under the ``Labels`` context.
"""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import QCoreApplication

from commission.domain.enums import (
    AdminLevel,
    AgencyKind,
    AuditAction,
    CommissionKind,
    Language,
    MemberRole,
    Role,
)
from commission.domain.workcalendar import DayKind, DayOffRule
from commission.i18n import current_language
from commission.services.context import Actor


def interface_language() -> Language:
    """The language the interface speaks now (the translators installed), whatever language
    the user's account records: names on screen follow what the user reads around them."""
    try:
        return Language(current_language())
    except ValueError:
        return Language.RU


def shown_name(ru: str, kk: str | None) -> str:
    """A name stored in both languages as the interface shows it: the Kazakh one in the Kazakh
    interface when there is one, else the Russian one (also for the English interface)."""
    if interface_language() is Language.KK and kk:
        return kk
    return ru


def reading_as_shown(actor: Actor) -> Actor:
    """``actor`` for the read models of a screen: they name agencies, districts and the
    commission in the actor's language, which on screen must be the interface's one."""
    language = interface_language()
    return actor if actor.language is language else replace(actor, language=language)


def role_label(role: Role) -> str:
    labels = {
        Role.ADMINISTRATOR: QCoreApplication.translate("Labels", "Administrator"),
        Role.SECRETARY: QCoreApplication.translate("Labels", "Secretary"),
        Role.PROBATION_OFFICER: QCoreApplication.translate("Labels", "Probation officer"),
        Role.CHAIR: QCoreApplication.translate("Labels", "Chair"),
        Role.MEMBER: QCoreApplication.translate("Labels", "Member of the commission"),
    }
    return labels[role]


def agency_kind_label(kind: AgencyKind) -> str:
    labels = {
        AgencyKind.POLICE: QCoreApplication.translate("Labels", "Police"),
        AgencyKind.PROBATION: QCoreApplication.translate("Labels", "Probation service"),
        AgencyKind.PROSECUTOR: QCoreApplication.translate("Labels", "Prosecutor's office"),
        AgencyKind.EMPLOYMENT: QCoreApplication.translate("Labels", "Employment centre"),
        AgencyKind.SOCIAL_PROTECTION: QCoreApplication.translate("Labels", "Social protection"),
        AgencyKind.HEALTH: QCoreApplication.translate("Labels", "Health care"),
        AgencyKind.EDUCATION: QCoreApplication.translate("Labels", "Education"),
        AgencyKind.YOUTH: QCoreApplication.translate("Labels", "Youth policy"),
        AgencyKind.PUBLIC_SERVICE_CENTER: QCoreApplication.translate(
            "Labels", "Public service centre"
        ),
        AgencyKind.HOUSING: QCoreApplication.translate("Labels", "Housing"),
        AgencyKind.AKIMAT: QCoreApplication.translate("Labels", "Akimat"),
        AgencyKind.NGO: QCoreApplication.translate("Labels", "Non-governmental organisation"),
        AgencyKind.RELIGIOUS: QCoreApplication.translate("Labels", "Religious association"),
        AgencyKind.OTHER: QCoreApplication.translate("Labels", "Other"),
    }
    return labels[kind]


def member_role_label(role: MemberRole) -> str:
    labels = {
        MemberRole.CHAIR: QCoreApplication.translate("Labels", "Chair"),
        MemberRole.DEPUTY_CHAIR: QCoreApplication.translate("Labels", "Deputy chair"),
        MemberRole.SECRETARY: QCoreApplication.translate("Labels", "Secretary"),
        MemberRole.MEMBER: QCoreApplication.translate("Labels", "Member"),
    }
    return labels[role]


def day_kind_label(kind: DayKind) -> str:
    labels = {
        DayKind.HOLIDAY: QCoreApplication.translate("Labels", "Public holiday"),
        DayKind.TRANSFERRED_DAY_OFF: QCoreApplication.translate("Labels", "Transferred day off"),
        DayKind.WORKING_DAY: QCoreApplication.translate("Labels", "Working day"),
    }
    return labels[kind]


def commission_kind_label(kind: CommissionKind) -> str:
    labels = {
        CommissionKind.MVK: QCoreApplication.translate(
            "Labels", "Interagency crime-prevention commission (MVK)"
        ),
        CommissionKind.KSO: QCoreApplication.translate(
            "Labels", "Consultative body for probation social support (KSO)"
        ),
        CommissionKind.MERGED: QCoreApplication.translate(
            "Labels", "Merged commission (MVK and KSO)"
        ),
    }
    return labels[kind]


def day_off_rule_label(rule: DayOffRule) -> str:
    labels = {
        DayOffRule.NEXT: QCoreApplication.translate("Labels", "Move to the next working day"),
        DayOffRule.PREVIOUS: QCoreApplication.translate(
            "Labels", "Move to the previous working day"
        ),
        DayOffRule.NONE: QCoreApplication.translate("Labels", "Keep the date as it is"),
    }
    return labels[rule]


def language_label(language: Language) -> str:
    # Each language is named in itself, as language pickers usually do.
    labels = {
        Language.RU: QCoreApplication.translate("Labels", "Russian (Русский)"),
        Language.KK: QCoreApplication.translate("Labels", "Kazakh (Қазақша)"),
        Language.EN: QCoreApplication.translate("Labels", "English"),
    }
    return labels[language]


def admin_level_label(level: AdminLevel) -> str:
    labels = {
        AdminLevel.REPUBLIC: QCoreApplication.translate("Labels", "Republic"),
        AdminLevel.OBLAST: QCoreApplication.translate("Labels", "Oblast"),
        AdminLevel.CITY: QCoreApplication.translate("Labels", "City"),
        AdminLevel.DISTRICT: QCoreApplication.translate("Labels", "District"),
    }
    return labels[level]


def audit_action_label(action: str) -> str:
    """The audit trail stores actions as text; unknown ones are shown as stored."""
    labels = {
        AuditAction.CREATE: QCoreApplication.translate("Labels", "Created"),
        AuditAction.UPDATE: QCoreApplication.translate("Labels", "Changed"),
        AuditAction.DELETE: QCoreApplication.translate("Labels", "Deleted"),
        AuditAction.VIEW: QCoreApplication.translate("Labels", "Viewed"),
        AuditAction.EXPORT: QCoreApplication.translate("Labels", "Exported"),
        AuditAction.PRINT: QCoreApplication.translate("Labels", "Printed"),
        AuditAction.LOGIN: QCoreApplication.translate("Labels", "Logged in"),
        AuditAction.LOGIN_FAILED: QCoreApplication.translate("Labels", "Failed log-in"),
        AuditAction.LOCKED: QCoreApplication.translate("Labels", "Account locked"),
    }
    # Entries the program writes itself about many rows at once (services.audit_stamps,
    # db.audit_baseline): not in AuditAction because no user performs them.
    bulk = {
        "stamp": QCoreApplication.translate("Labels", "Rows recorded"),
        "baseline": QCoreApplication.translate("Labels", "Rows taken into the trail"),
    }
    if action in bulk:
        return bulk[action]
    try:
        return labels[AuditAction(action)]
    except ValueError:
        return action


def entity_label(table: str) -> str:
    """A readable name for a table named in the audit trail; unknown ones are shown as stored."""
    labels = {
        "admin_units": QCoreApplication.translate("Labels", "Administrative unit"),
        "agencies": QCoreApplication.translate("Labels", "Agency"),
        "agenda_item_cases": QCoreApplication.translate("Labels", "Case on an agenda item"),
        "agenda_items": QCoreApplication.translate("Labels", "Agenda item"),
        "attachments": QCoreApplication.translate("Labels", "Attachment"),
        "attachment_blobs": QCoreApplication.translate("Labels", "Attached file's content"),
        "attendance": QCoreApplication.translate("Labels", "Attendance"),
        "calendar_days": QCoreApplication.translate("Labels", "Calendar day"),
        "case_events": QCoreApplication.translate("Labels", "Case event"),
        "cases": QCoreApplication.translate("Labels", "Case"),
        "clients": QCoreApplication.translate("Labels", "Client"),
        "client_transfers": QCoreApplication.translate("Labels", "Client transfer"),
        "commissions": QCoreApplication.translate("Labels", "Commission"),
        "commission_names": QCoreApplication.translate("Labels", "Commission's name"),
        "control_points": QCoreApplication.translate("Labels", "Control point"),
        "control_steps": QCoreApplication.translate("Labels", "Escalation step"),
        "decision_assignees": QCoreApplication.translate("Labels", "Responsible agency"),
        "decisions": QCoreApplication.translate("Labels", "Decision"),
        "discussion_entries": QCoreApplication.translate("Labels", "Discussion entry"),
        "execution_reports": QCoreApplication.translate("Labels", "Execution report"),
        "extensions": QCoreApplication.translate("Labels", "Extension"),
        "extract_dispatches": QCoreApplication.translate("Labels", "Extract sent"),
        "invited_guests": QCoreApplication.translate("Labels", "Invited guest"),
        "measures": QCoreApplication.translate("Labels", "Measure"),
        "required_items": QCoreApplication.translate("Labels", "Required item"),
        "meetings": QCoreApplication.translate("Labels", "Meeting"),
        "members": QCoreApplication.translate("Labels", "Member"),
        "proposed_questions": QCoreApplication.translate(
            "Labels", "Question proposed to the oblast"
        ),
        "minutes_revisions": QCoreApplication.translate("Labels", "Minutes revision"),
        "name_forms": QCoreApplication.translate("Labels", "Form of a name"),
        "needs": QCoreApplication.translate("Labels", "Need"),
        "outgoing_letters": QCoreApplication.translate("Labels", "Outgoing letter"),
        "phrases": QCoreApplication.translate("Labels", "Phrase of the phrase book"),
        "police_figures": QCoreApplication.translate("Labels", "Figure of the police report"),
        "police_reports": QCoreApplication.translate("Labels", "Police chief's report"),
        "release_notices": QCoreApplication.translate("Labels", "Release notice"),
        "settings": QCoreApplication.translate("Labels", "Setting"),
        "users": QCoreApplication.translate("Labels", "User"),
        "user_commissions": QCoreApplication.translate("Labels", "User's commission"),
        "work_plan_items": QCoreApplication.translate("Labels", "Work plan item"),
    }
    return labels.get(table, table)


def yes_no(value: bool) -> str:
    if value:
        return QCoreApplication.translate("Labels", "Yes")
    return QCoreApplication.translate("Labels", "No")
