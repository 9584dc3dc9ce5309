"""The commission's sittings and deadlines as an iCalendar file (.ics) for Outlook or a phone.

Sittings are timed events (an hour and a half when the start is known, else the whole day);
deadlines are whole-day events with a reminder the working morning before. Every event has a
stable UID, so importing the file again updates the events instead of doubling them. The
texts are the documents' own words (``catalog``) in the chosen language; a measure is told by
its case number and kind of help, never by the client's name.
"""

from __future__ import annotations

from datetime import datetime, timedelta

from icalendar import Alarm, Calendar, Event

from commission.domain.enums import MeetingKind
from commission.exports import catalog
from commission.exports.wording import Wording
from commission.services.calendar_events import Period

_SITTING_LENGTH = timedelta(minutes=90)
_DOMAIN = "commission.akimat.kz"  # the UIDs' right-hand side: ours, never an address to reach


def _alarm(before: timedelta, text: str) -> Alarm:
    alarm = Alarm()
    alarm.add("action", "DISPLAY")
    alarm.add("description", text)
    alarm.add("trigger", -before)
    return alarm


def period_ics(period: Period, language: str, commission: str, stamp: datetime) -> bytes:
    """The .ics bytes of ``period``; ``stamp`` is when it is made (DTSTAMP, UTC)."""
    w = Wording(language)
    calendar = Calendar()
    calendar.add("prodid", "-//Akimat//Commission//" + language.upper())
    calendar.add("version", "2.0")
    calendar.add("x-wr-calname", w.text(catalog.ICAL_NAME, commission=commission))
    for sitting in period.sittings:
        event = Event()
        event.add("uid", f"sitting-{sitting.meeting_id}@{_DOMAIN}")
        event.add("dtstamp", stamp)
        source = (
            catalog.ICAL_SITTING_EXTRAORDINARY
            if sitting.kind is MeetingKind.EXTRAORDINARY
            else catalog.ICAL_SITTING
        )
        title = w.text(source, number=sitting.number)
        event.add("summary", title)
        if sitting.start is not None:
            begins = datetime.combine(sitting.day, sitting.start)
            event.add("dtstart", begins)
            event.add("dtend", begins + _SITTING_LENGTH)
            event.add_component(_alarm(timedelta(days=1), title))
        else:
            event.add("dtstart", sitting.day)
            event.add("dtend", sitting.day + timedelta(days=1))
        if sitting.place:
            event.add("location", sitting.place)
        calendar.add_component(event)
    for due in period.control:
        event = Event()
        event.add("uid", f"control-{due.decision_id}-{due.day.isoformat()}@{_DOMAIN}")
        event.add("dtstamp", stamp)
        if due.lead_agency:
            title = w.text(
                catalog.ICAL_CONTROL,
                number=due.number,
                meeting=due.meeting_number,
                agency=due.lead_agency,
            )
        else:
            title = w.text(
                catalog.ICAL_CONTROL_NO_AGENCY, number=due.number, meeting=due.meeting_number
            )
        event.add("summary", title)
        event.add("dtstart", due.day)
        event.add("dtend", due.day + timedelta(days=1))
        event.add("transp", "TRANSPARENT")  # a deadline does not make the day busy
        event.add_component(_alarm(timedelta(hours=15), title))  # 09:00 the day before
        calendar.add_component(event)
    for measure in period.measures:
        event = Event()
        event.add("uid", f"measure-{measure.measure_id}@{_DOMAIN}")
        event.add("dtstamp", stamp)
        title = w.text(
            catalog.ICAL_MEASURE,
            case=measure.case_number,
            need=w.need_kind(measure.need_kind.value),
        )
        event.add("summary", title)
        event.add("dtstart", measure.day)
        event.add("dtend", measure.day + timedelta(days=1))
        event.add("transp", "TRANSPARENT")
        calendar.add_component(event)
    return bytes(calendar.to_ical())
