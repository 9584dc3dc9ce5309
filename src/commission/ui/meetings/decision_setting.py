"""What a decision's dialog knows of the sitting: the meeting, the commission's rules of
voting and terms, the calendar, the agencies and the quorum, read once when it opens."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from PySide6.QtWidgets import QWidget

from commission.domain.enums import DecisionKind
from commission.domain.quorum import QuorumResult
from commission.domain.workcalendar import DayOffRule, WorkingCalendar
from commission.services import agencies, attendance, composition, meetings
from commission.services.agencies import AgencyView
from commission.services.calendar import working_calendar
from commission.ui.context import AppContext

ERROR_STYLE = "QLabel { color: #b00020; }"
# Points that act on earlier decisions: they have no term and no text of their own wording.
ACTS_ON_EARLIER = (DecisionKind.REMOVE_FROM_CONTROL, DecisionKind.EXTEND)


@dataclass(frozen=True)
class DecisionSetting:
    """What the dialog needs to know about the sitting, read once when it opens."""

    meeting_id: int
    meeting_number: int
    meeting_date: date
    binding_by_default: bool
    chair_casting_vote: bool
    majority_of_present: bool  # «for» must be more than half of those present, not of those voting
    day_off_rule: DayOffRule
    calendar: WorkingCalendar
    agencies: tuple[AgencyView, ...]
    quorum: QuorumResult


def load_setting(ctx: AppContext, parent: QWidget, meeting_id: int) -> DecisionSetting | None:
    """The meeting, the commission's rules, the calendar, agencies and today's quorum."""

    def load() -> DecisionSetting:
        db, actor = ctx.db, ctx.actor
        meeting = meetings.get_meeting(db, actor, meeting_id)
        commission = composition.get_commission(db, actor)
        sheet = attendance.attendance_sheet(db, actor, meeting_id)
        return DecisionSetting(
            meeting_id=meeting.id,
            meeting_number=meeting.number,
            meeting_date=meeting.meeting_date,
            binding_by_default=commission.binding_by_default,
            chair_casting_vote=commission.chair_casting_vote,
            majority_of_present=commission.majority_of_present,
            day_off_rule=commission.day_off_rule,
            calendar=working_calendar(db),
            agencies=tuple(agencies.list_agencies(db, actor)),
            quorum=sheet.quorum,
        )

    return ctx.run(parent, load)


def default_binding(setting: DecisionSetting, kind: DecisionKind) -> bool:
    """The commission's default; a recommendation is advisory unless the secretary says so."""
    return setting.binding_by_default and kind is not DecisionKind.RECOMMENDATION
