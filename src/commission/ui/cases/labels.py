"""What users read for the values of a case: kinds of help, measure states, log entries, and
where a measure stands against its deadline; tints shared by the card and the officer's home.

One literal English string per value, so that ``pyside6-lupdate`` finds them all under the
``CaseLabels`` context.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QColor

from commission.domain.control import ComputedState
from commission.domain.enums import CaseEventKind, MeasureState, NeedKind
from commission.domain.programme import Timing
from commission.services.officer_home import DueMeasure

# As the decisions register tints its rows.
OVERDUE_BACKGROUND = QColor("#fbe0de")
DUE_SOON_BACKGROUND = QColor("#fdf0cc")


def _t(text: str) -> str:
    return QCoreApplication.translate("CaseLabels", text)


def need_kind_label(kind: NeedKind) -> str:
    labels = {
        NeedKind.EMPLOYMENT: QCoreApplication.translate("CaseLabels", "Employment"),
        NeedKind.HOUSING: QCoreApplication.translate("CaseLabels", "Housing"),
        NeedKind.DOCUMENTS: QCoreApplication.translate("CaseLabels", "Identity documents"),
        NeedKind.HEALTH: QCoreApplication.translate("CaseLabels", "Medical care"),
        NeedKind.ADDICTION: QCoreApplication.translate("CaseLabels", "Addiction treatment"),
        NeedKind.EDUCATION: QCoreApplication.translate("CaseLabels", "Education"),
        NeedKind.PSYCHOLOGICAL: QCoreApplication.translate("CaseLabels", "Psychological help"),
        NeedKind.LEGAL: QCoreApplication.translate("CaseLabels", "Legal help"),
        NeedKind.BENEFITS: QCoreApplication.translate("CaseLabels", "Social benefits"),
        NeedKind.FAMILY: QCoreApplication.translate("CaseLabels", "Restoring family ties"),
    }
    return labels[kind]


def measure_state_label(state: MeasureState) -> str:
    labels = {
        MeasureState.ASSIGNED: QCoreApplication.translate("CaseLabels", "Assigned"),
        MeasureState.IN_PROGRESS: QCoreApplication.translate("CaseLabels", "In progress"),
        MeasureState.PROVIDED: QCoreApplication.translate("CaseLabels", "Provided"),
        MeasureState.REFUSED: QCoreApplication.translate("CaseLabels", "Refused by the client"),
        MeasureState.IMPOSSIBLE: QCoreApplication.translate("CaseLabels", "Cannot be provided"),
        MeasureState.REDIRECTED: QCoreApplication.translate("CaseLabels", "Redirected"),
        MeasureState.ESCALATED: QCoreApplication.translate("CaseLabels", "Sent to the commission"),
    }
    return labels[state]


def event_kind_label(kind: CaseEventKind) -> str:
    labels = {
        CaseEventKind.CONTACT: QCoreApplication.translate("CaseLabels", "Contact"),
        CaseEventKind.VISIT: QCoreApplication.translate("CaseLabels", "Visit"),
        CaseEventKind.REFERRAL: QCoreApplication.translate("CaseLabels", "Referral"),
        CaseEventKind.REVIEW: QCoreApplication.translate("CaseLabels", "Review at a meeting"),
        CaseEventKind.NOTE: QCoreApplication.translate("CaseLabels", "Note"),
    }
    return labels[kind]


def priority_label(priority: int) -> str:
    labels = {
        1: QCoreApplication.translate("CaseLabels", "1 — urgent"),
        2: QCoreApplication.translate("CaseLabels", "2 — soon"),
        3: QCoreApplication.translate("CaseLabels", "3 — can wait"),
    }
    return labels.get(priority, str(priority))


def timing_text(timing: Timing, working_days: int | None) -> str:
    """«overdue by 3 working day(s)», «due in 2 working day(s)», «due today», «no deadline»."""
    if timing is Timing.OVERDUE:
        days = max(1, -(working_days or 0))
        return _t("overdue by {n} working day(s)").format(n=days)
    if timing is Timing.NO_DEADLINE:
        return _t("no deadline")
    if timing is Timing.FINISHED:
        return _t("finished")
    if working_days is None or working_days <= 0:
        return _t("due today")
    return _t("due in {n} working day(s)").format(n=working_days)


def due_text(item: DueMeasure) -> str:
    """Where a measure of the officer's home (or reminders) stands: overdue or due soon."""
    if item.state is ComputedState.OVERDUE:
        return _t("overdue by {n} working day(s)").format(n=max(1, item.days_overdue))
    if item.working_days <= 0:
        return _t("due today")
    return _t("due in {n} working day(s)").format(n=item.working_days)


def timing_background(timing: Timing) -> QColor | None:
    if timing is Timing.OVERDUE:
        return OVERDUE_BACKGROUND
    if timing is Timing.DUE_SOON:
        return DUE_SOON_BACKGROUND
    return None


def state_background(state: ComputedState) -> QColor | None:
    if state is ComputedState.OVERDUE:
        return OVERDUE_BACKGROUND
    if state is ComputedState.DUE_SOON:
        return DUE_SOON_BACKGROUND
    return None


def day_text(value: date | None) -> str:
    return value.strftime("%d.%m.%Y") if value is not None else ""


# lupdate reads literals only inside translate calls: keep these extractable.
if False:  # pragma: no cover
    QCoreApplication.translate("CaseLabels", "overdue by {n} working day(s)")
    QCoreApplication.translate("CaseLabels", "no deadline")
    QCoreApplication.translate("CaseLabels", "finished")
    QCoreApplication.translate("CaseLabels", "due today")
    QCoreApplication.translate("CaseLabels", "due in {n} working day(s)")
