"""What users read for the values the meeting screens show, in their language.

One function per enumeration; each holds one literal English string per value so that
``pyside6-lupdate`` finds them all under the ``Labels`` context.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from commission.domain.enums import (
    AttendanceStatus,
    MeetingFormat,
    MinutesState,
    WorkPlanState,
)


def minutes_state_label(state: MinutesState) -> str:
    labels = {
        MinutesState.DRAFT: QCoreApplication.translate("Labels", "draft"),
        MinutesState.FINAL: QCoreApplication.translate("Labels", "final"),
        MinutesState.AMENDED: QCoreApplication.translate("Labels", "being amended"),
    }
    return labels[state]


def meeting_format_label(value: MeetingFormat) -> str:
    labels = {
        MeetingFormat.IN_PERSON: QCoreApplication.translate("Labels", "In person"),
        MeetingFormat.ONLINE: QCoreApplication.translate("Labels", "Videoconference"),
        MeetingFormat.MIXED: QCoreApplication.translate(
            "Labels", "In person and by videoconference"
        ),
    }
    return labels[value]


def attendance_status_label(status: AttendanceStatus | None) -> str:
    if status is None:
        return QCoreApplication.translate("Labels", "— not marked —")
    labels = {
        AttendanceStatus.PRESENT: QCoreApplication.translate("Labels", "Present"),
        AttendanceStatus.ABSENT: QCoreApplication.translate("Labels", "Absent"),
        AttendanceStatus.REPLACED: QCoreApplication.translate("Labels", "Replaced by"),
    }
    return labels[status]


def work_plan_state_label(state: WorkPlanState) -> str:
    labels = {
        # A question of the plan (masculine in Russian), not a meeting.
        WorkPlanState.PLANNED: QCoreApplication.translate(
            "Labels", "Planned", "work plan question"
        ),
        WorkPlanState.ON_AGENDA: QCoreApplication.translate("Labels", "On the agenda"),
        WorkPlanState.CARRIED_OVER: QCoreApplication.translate("Labels", "Carried over"),
        WorkPlanState.DROPPED: QCoreApplication.translate("Labels", "Dropped"),
        WorkPlanState.DONE: QCoreApplication.translate("Labels", "Done"),
    }
    return labels[state]


def document_language_label(language: str) -> str:
    """The languages documents are written in, named for the user choosing one."""
    labels = {
        "ru": QCoreApplication.translate("Labels", "Russian"),
        "kk": QCoreApplication.translate("Labels", "Kazakh"),
    }
    return labels[language]
