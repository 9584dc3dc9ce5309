"""What users read for the enumeration values the overview areas show, in their language.

One function per enumeration; each holds one literal English string per value so that
``pyside6-lupdate`` finds them all under the ``Labels`` context.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from commission.domain.control import ComputedState
from commission.domain.enums import (
    AgendaItemKind,
    ClientCategory,
    ControlState,
    DecisionKind,
    MeetingKind,
    MeetingStatus,
    ProgrammeState,
)


def meeting_status_label(status: MeetingStatus) -> str:
    labels = {
        MeetingStatus.PLANNED: QCoreApplication.translate("Labels", "Planned"),
        MeetingStatus.AGENDA_APPROVED: QCoreApplication.translate("Labels", "Agenda approved"),
        MeetingStatus.HELD: QCoreApplication.translate("Labels", "Held"),
        MeetingStatus.MINUTES_DRAFTED: QCoreApplication.translate("Labels", "Minutes drafted"),
        MeetingStatus.MINUTES_SIGNED: QCoreApplication.translate("Labels", "Minutes signed"),
        MeetingStatus.EXTRACTS_SENT: QCoreApplication.translate("Labels", "Extracts sent"),
        MeetingStatus.POSTPONED: QCoreApplication.translate("Labels", "Postponed"),
        MeetingStatus.CANCELLED: QCoreApplication.translate("Labels", "Cancelled"),
    }
    return labels[status]


def meeting_kind_label(kind: MeetingKind) -> str:
    labels = {
        MeetingKind.REGULAR: QCoreApplication.translate("Labels", "Regular"),
        MeetingKind.EXTRAORDINARY: QCoreApplication.translate("Labels", "Extraordinary"),
    }
    return labels[kind]


def control_state_label(state: ControlState) -> str:
    """The stored state, as the secretary sets it."""
    labels = {
        ControlState.NOT_CONTROLLED: QCoreApplication.translate("Labels", "Not on control"),
        ControlState.ON_CONTROL: QCoreApplication.translate("Labels", "On control"),
        ControlState.IN_PROGRESS: QCoreApplication.translate("Labels", "In progress"),
        ControlState.REWORK: QCoreApplication.translate("Labels", "Returned for rework"),
        ControlState.EXECUTED: QCoreApplication.translate("Labels", "Executed"),
        ControlState.REMOVED: QCoreApplication.translate("Labels", "Removed from control"),
        ControlState.EXTENDED: QCoreApplication.translate("Labels", "Term extended"),
        ControlState.OVERDUE: QCoreApplication.translate("Labels", "Overdue"),
        ControlState.CANCELLED: QCoreApplication.translate("Labels", "No longer relevant"),
    }
    return labels[state]


def computed_state_label(state: ComputedState) -> str:
    """The state as of today: the stored one, or overdue / due soon by the dates."""
    labels = {
        ComputedState.NOT_CONTROLLED: QCoreApplication.translate("Labels", "Not on control"),
        ComputedState.ON_CONTROL: QCoreApplication.translate("Labels", "On control"),
        ComputedState.DUE_SOON: QCoreApplication.translate("Labels", "Due soon"),
        ComputedState.OVERDUE: QCoreApplication.translate("Labels", "Overdue"),
        ComputedState.IN_PROGRESS: QCoreApplication.translate("Labels", "In progress"),
        ComputedState.REWORK: QCoreApplication.translate("Labels", "Returned for rework"),
        ComputedState.EXECUTED: QCoreApplication.translate("Labels", "Executed"),
        ComputedState.REMOVED: QCoreApplication.translate("Labels", "Removed from control"),
        ComputedState.EXTENDED: QCoreApplication.translate("Labels", "Term extended"),
        ComputedState.CANCELLED: QCoreApplication.translate("Labels", "No longer relevant"),
    }
    return labels[state]


def client_category_label(category: ClientCategory) -> str:
    labels = {
        ClientCategory.CONDITIONAL: QCoreApplication.translate("Labels", "Conditional sentence"),
        ClientCategory.RESTRICTED_FREEDOM: QCoreApplication.translate(
            "Labels", "Restriction of liberty"
        ),
        ClientCategory.PAROLE: QCoreApplication.translate("Labels", "Parole"),
        ClientCategory.OTHER_NONCUSTODIAL: QCoreApplication.translate(
            "Labels", "Other non-custodial punishment"
        ),
        ClientCategory.DEFERRED: QCoreApplication.translate("Labels", "Deferred sentence"),
        ClientCategory.RELEASED: QCoreApplication.translate("Labels", "Released after serving"),
        ClientCategory.PRETRIAL: QCoreApplication.translate("Labels", "Pre-trial"),
        ClientCategory.MINOR: QCoreApplication.translate("Labels", "Minor"),
    }
    return labels[category]


def programme_state_label(state: ProgrammeState) -> str:
    labels = {
        ProgrammeState.DRAFT: QCoreApplication.translate("Labels", "Draft"),
        ProgrammeState.APPROVED: QCoreApplication.translate("Labels", "Approved"),
        ProgrammeState.IN_PROGRESS: QCoreApplication.translate("Labels", "In progress"),
        ProgrammeState.COMPLETED: QCoreApplication.translate("Labels", "Completed"),
        ProgrammeState.CLOSED: QCoreApplication.translate("Labels", "Closed"),
        ProgrammeState.STOPPED: QCoreApplication.translate("Labels", "Stopped"),
    }
    return labels[state]


def agenda_item_kind_label(kind: AgendaItemKind) -> str:
    labels = {
        AgendaItemKind.CRIME_PREVENTION: QCoreApplication.translate("Labels", "Crime prevention"),
        AgendaItemKind.SOCIAL_SUPPORT: QCoreApplication.translate(
            "Labels", "Social support of a probation client"
        ),
        AgendaItemKind.POLICE_REPORT: QCoreApplication.translate(
            "Labels", "Police quarterly report"
        ),
        AgendaItemKind.PROGRESS_REVIEW: QCoreApplication.translate(
            "Labels", "Progress on earlier decisions"
        ),
        AgendaItemKind.OTHER: QCoreApplication.translate("Labels", "Other"),
        AgendaItemKind.DIFFICULT_SITUATION: QCoreApplication.translate(
            "Labels", "Support to persons in a difficult life situation (half-yearly assessment)"
        ),
    }
    return labels[kind]


def decision_kind_label(kind: DecisionKind) -> str:
    labels = {
        DecisionKind.NOTE: QCoreApplication.translate("Labels", "Take note"),
        DecisionKind.INSTRUCTION: QCoreApplication.translate("Labels", "Instruction"),
        DecisionKind.RECOMMENDATION: QCoreApplication.translate("Labels", "Recommendation"),
        DecisionKind.REMOVE_FROM_CONTROL: QCoreApplication.translate(
            "Labels", "Remove from control"
        ),
        DecisionKind.EXTEND: QCoreApplication.translate("Labels", "Extend the term"),
    }
    return labels[kind]


def binding_label(is_binding: bool) -> str:
    """A decision's force: binding (MVK practice) or a recommendation (KSO practice)."""
    if is_binding:
        return QCoreApplication.translate("Labels", "Binding")
    return QCoreApplication.translate("Labels", "Advisory")
