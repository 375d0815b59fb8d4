"""The plan as a calendar file (iCalendar, RFC 5545), for any calendar program.

Each action of a timeline (the thank-you note, the follow-up, the last note and
the day to move on: :data:`etiket.timeline.ACTIONS`) becomes one event with a
reminder. The waiting periods (:data:`etiket.timeline.PERIODS`) can be added
as all-day spans that do not mark the time as busy.

>>> import etiket
>>> from datetime import datetime, UTC
>>> data = etiket.to_ics(etiket.plan("2026-11-20"), stamp=datetime(2026, 11, 20, tzinfo=UTC))
>>> data.count(b"BEGIN:VEVENT"), data.count(b"BEGIN:VALARM")
(4, 4)

An assessment's file holds what is still ahead of the candidate
(:meth:`etiket.Assessment.to_ics`).

Google Calendar drops reminders when it imports a file, so each event's title
and description say what to do on their own. ``icalendar`` is imported only
when a file is made.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta, timezone
from typing import TYPE_CHECKING, Any

from etiket import rulebook
from etiket._text import check_name
from etiket.assessment import Assessment
from etiket.errors import InvalidDateError, InvalidInputError
from etiket.language import format_moment
from etiket.messages import message
from etiket.timeline import ACTIONS, PERIODS, Action, Step, Timeline

if TYPE_CHECKING:
    from etiket.cohort import Cohort

__all__ = [
    "DEADLINE_BLOCK",
    "EVENT_ORDER",
    "REMIND_AT",
    "REMIND_BEFORE",
    "UID_NAMESPACE",
    "CalendarEvent",
    "calendar_events",
    "to_ics",
]

UID_NAMESPACE = uuid.UUID("5f0c3c1e-8a63-5a3e-9a57-6e74696b6574")
"""The namespace of every event's UID (a UUID 5 of the interview and the step).

Fixed, so that the same interview and step give the same UID on every machine and run:
importing a file again then updates the events instead of duplicating them. The in-page
planner's file uses it too (:mod:`etiket.site_data`), so both make the same UIDs.
"""
DEADLINE_BLOCK = timedelta(hours=1)
"""How long the block of a timed deadline is: it ends at the deadline."""
_ONE_DAY = timedelta(days=1)


@dataclass(frozen=True, slots=True)
class CalendarEvent:
    """One event of the calendar file, before it is written as iCalendar."""

    uid: str
    summary: str
    description: str
    start: date | datetime
    end: date | datetime
    lang: str
    alarm: timedelta | None
    """When the reminder fires, relative to the start; None for a waiting period."""
    action: Action

    @property
    def all_day(self) -> bool:
        """True for an event on whole days (a date without a time)."""
        return not isinstance(self.start, datetime)

    @property
    def when(self) -> str:
        """The event's days, or its slot, in its language, as a reader checks them in a calendar.

        >>> import etiket
        >>> from etiket.ics import calendar_events
        >>> [event.when for event in calendar_events(etiket.plan("2026-11-20"))][:2]
        ['Friday, November 20, 2026 to Saturday, November 21, 2026', 'Friday, November 27, 2026']
        """
        first, last = self.start, self.end
        if self.all_day:
            # DTEND of an all-day event is exclusive: its last day is the day before.
            last -= _ONE_DAY
            if first == last:
                return format_moment(first, self.lang)
        return message(
            "label.range",
            self.lang,
            first=format_moment(first, self.lang),
            last=format_moment(last, self.lang),
        )


Calendared = Timeline | Assessment
"""What one calendar's events come from: a plan, or an assessment (what is still ahead of it)."""
if TYPE_CHECKING:
    Many = Calendared | Cohort | Mapping[str, Calendared] | Iterable[Calendared]

_Entry = tuple[Timeline, Step, date, date]
"""One event to write: its timeline, its step, and its first and last day."""


def _labelled(timelines: Many) -> list[tuple[str | None, Calendared]]:
    from etiket.cohort import Cohort

    if isinstance(timelines, Calendared):
        return [(None, timelines)]
    if isinstance(timelines, Cohort):
        return list(zip(timelines.names, timelines.timelines, strict=True))
    if isinstance(timelines, Mapping):
        pairs: list[tuple[str | None, Calendared]] = []
        for name, timeline in timelines.items():
            if not isinstance(name, str) or not name.strip():
                raise InvalidInputError("ics.name-type", value=name)
            pairs.append((check_name(name.strip(), "name of a timeline"), timeline))
    elif isinstance(timelines, Iterable) and not isinstance(timelines, str | bytes):
        pairs = [(None, t) for t in timelines]
    else:
        raise InvalidInputError("ics.timelines-type", value=timelines)
    if not pairs:
        # RFC 5545 wants at least one event: an empty file would fail to import.
        raise InvalidInputError("ics.no-timelines")
    for index, (name, timeline) in enumerate(pairs):
        if not isinstance(timeline, Calendared):
            kind = type(timeline).__name__
            if name is not None:
                raise InvalidInputError("ics.not-a-timeline-named", name=name, type=kind)
            raise InvalidInputError("ics.not-a-timeline-at", index=index, type=kind)
    return pairs


def _days(timeline: Timeline, wanted: tuple[Action, ...]) -> list[_Entry]:
    """A plan's steps of the ``wanted`` actions, each on all its days."""
    return [(timeline, s, s.earliest, s.last_day) for s in timeline.steps if s.action in wanted]


def _ahead(assessment: Assessment) -> list[_Entry]:
    """The steps still ahead on the assessment's day, each from that day on (the rulebook's)."""
    today = assessment.today.toordinal()
    timeline, found = assessment.timeline, assessment.next_step
    steps = {step.action.value: step for step in timeline.steps if step.action in ACTIONS}
    if found is not None:
        steps[found.action.value] = found
    next_action = None if found is None else found.action.value
    chosen = [(timeline, steps[action]) for action in rulebook.actions_ahead(next_action)]
    if assessment.next_round is not None:
        # Nothing was done yet for the next round: its whole plan is ahead, but what is past.
        later = assessment.next_round
        chosen += [(later, step) for step in later.steps if step.action in ACTIONS]
    entries: list[_Entry] = []
    for plan, step in chosen:
        latest = None if step.latest is None else step.latest.toordinal()
        days = rulebook.days_ahead(step.earliest.toordinal(), latest, today)
        if days is not None:
            entries.append((plan, step, date.fromordinal(days[0]), date.fromordinal(days[1])))
    return entries


def _uid(name: str | None, timeline: Timeline, action: Action) -> str:
    key = f"{name or ''}\x1f{timeline.interview}\x1f{action.value}"
    return f"{uuid.uuid5(UID_NAMESPACE, key)}@etiket"


def _calendar_time(moment: datetime) -> datetime:
    """A time the calendar file can carry exactly.

    A named zone (``zoneinfo``) keeps its name, and the file gets its VTIMEZONE.
    A bare offset such as +07:00 has no name a calendar program knows, so the
    time is written in UTC: the same instant, shown in the reader's own zone.
    """
    if moment.tzinfo is None or moment.tzinfo is UTC:
        return moment
    if isinstance(moment.tzinfo, timezone) or moment.year >= _LAST_ZONED_YEAR:
        return moment.astimezone(UTC)
    return moment


# A VTIMEZONE must run past the events that use it, and icalendar cannot build one that
# reaches the last day Python knows (9999-12-31): times in the last two years go in UTC.
_LAST_ZONED_YEAR = date.max.year - 1


def _description(step: Step, name: str | None, timeline: Timeline) -> str:
    lang = step.lang
    interview = format_moment(timeline.interview.at or timeline.interview.day, lang)
    where = f" ({timeline.calendar.country})" if timeline.calendar.country else ""
    lines = [step.description]
    if step.due is not None:
        # The event ends at the deadline; its description says the time in words too.
        deadline = step.span.words(lang, exact=True)
        lines.append(deadline[:1].upper() + deadline[1:])
    lines.append(f"{message('label.interview', lang)}: {interview}{where}")
    if name is not None:
        lines.insert(0, f"{message('label.name', lang)}: {name}")
    return "\n\n".join(lines)


REMIND_AT = time(9, 0)
"""When an all-day event's reminder fires: a working morning, before the day's first email."""

REMIND_BEFORE = timedelta(hours=3)
"""How long before a timed deadline (the thank-you note's) its reminder fires: time to write."""


def calendar_events(
    timelines: Timeline
    | Assessment
    | Cohort
    | Mapping[str, Timeline | Assessment]
    | Iterable[Timeline | Assessment],
    *,
    periods: bool = False,
    remind_at: time = REMIND_AT,
    remind_before: timedelta = REMIND_BEFORE,
) -> list[CalendarEvent]:
    """The events :func:`to_ics` writes, in date order, as plain data.

    See :func:`to_ics` for the arguments.
    """
    if not isinstance(remind_at, time) or remind_at.tzinfo is not None:
        raise InvalidInputError("ics.remind-at", value=remind_at)
    if not isinstance(remind_before, timedelta) or remind_before < timedelta(0):
        raise InvalidInputError("ics.remind-before", value=remind_before)
    wanted = ACTIONS + PERIODS if periods else ACTIONS
    morning = timedelta(hours=remind_at.hour, minutes=remind_at.minute, seconds=remind_at.second)
    events: list[CalendarEvent] = []
    seen: dict[str, str | None] = {}
    for name, item in _labelled(timelines):
        if isinstance(item, Timeline):
            entries = _days(item, wanted)
        elif periods:
            raise InvalidInputError("ics.periods-of-assessment")
        else:
            entries = _ahead(item)
        for timeline, step, first, last in entries:
            uid = _uid(name, timeline, step.action)
            if uid in seen:
                raise InvalidInputError("ics.same-interview", interview=timeline.interview)
            seen[uid] = name
            start: date | datetime
            end: date | datetime
            alarm: timedelta | None
            if step.due is not None:
                end = _calendar_time(step.due)
                start = end - DEADLINE_BLOCK
                alarm = DEADLINE_BLOCK - remind_before
            else:
                start = first
                # DTEND of an all-day event is exclusive: the day after the last day.
                if last == date.max:
                    raise _past_the_end(step)
                end = last + _ONE_DAY
                alarm = morning
            if step.action in PERIODS:
                alarm = None
            title = step.title if name is None else f"{name}: {step.title}"
            description = _description(step, name, timeline)
            event = CalendarEvent(
                uid, title, description, start, end, step.lang, alarm, step.action
            )
            events.append(event)
    # Stable: on one day, candidates keep the order they were given in.
    events.sort(key=lambda e: (_sort_day(e.start), EVENT_ORDER.index(e.action)))
    return events


EVENT_ORDER: tuple[Action, ...] = tuple(Action)
"""The order of the events of one day: the steps' order (:class:`etiket.timeline.Action`)."""


def _past_the_end(step: Step) -> InvalidDateError:
    return InvalidDateError("ics.past-the-end", action=step.action.value, last=date.max)


def _sort_day(value: date | datetime) -> date:
    return value.date() if isinstance(value, datetime) else value


def to_ics(
    timelines: Timeline
    | Assessment
    | Cohort
    | Mapping[str, Timeline | Assessment]
    | Iterable[Timeline | Assessment],
    *,
    periods: bool = False,
    remind_at: time = REMIND_AT,
    remind_before: timedelta = REMIND_BEFORE,
    name: str | None = None,
    stamp: datetime | None = None,
) -> bytes:
    """The plan as an iCalendar file (``.ics``), ready to import into a calendar program.

    ``timelines`` is one timeline from :func:`etiket.plan`, a list of them, a
    dict from a name (e.g. the candidate's) to a timeline, or a cohort from
    :func:`etiket.plan_cohort`. With names, each event's title starts with the
    name. An assessment from :func:`etiket.assess` can stand wherever a timeline
    does: its events are the steps still ahead on its day (see
    :meth:`etiket.Assessment.to_ics`), and ``periods`` is refused for it.

    Each action (thank-you note, follow-up, last note, moving on) becomes one
    event with a reminder, worded in the timeline's language. After a
    date-only interview the events are all-day; after an interview with a time,
    the thank-you event ends at the exact deadline, in the interview's time
    zone. ``periods=True`` adds the waiting periods as all-day spans shown as
    free time, without reminders.

    ``remind_at`` is when an all-day event's reminder fires (09:00 on its first
    day by default); ``remind_before`` is how long before a timed deadline its
    reminder fires. ``name`` names the calendar. ``stamp`` is the creation
    time written into every event (now, by default); give a fixed one to get
    byte-for-byte identical files.

    Each event's UID depends only on the name, the interview and the step, so
    importing an updated file replaces the events instead of duplicating them.
    """
    import icalendar

    from etiket import __version__

    events = calendar_events(
        timelines, periods=periods, remind_at=remind_at, remind_before=remind_before
    )
    if not events:
        raise InvalidInputError("ics.nothing-ahead")
    if stamp is None:
        stamp = datetime.now(UTC).replace(microsecond=0)
    elif not isinstance(stamp, datetime) or stamp.utcoffset() is None:
        raise InvalidDateError("date.stamp", value=stamp)
    stamp = stamp.astimezone(UTC)

    lang = events[0].lang if events else "en"
    if name is None:
        name = message("ics.calendar-name", lang)
    elif not isinstance(name, str) or not name.strip():
        raise InvalidInputError("ics.calendar-name", value=name)

    calendar = icalendar.Calendar()
    calendar.add("prodid", f"-//etiket//etiket {__version__}//{lang.upper()}")
    calendar.add("version", "2.0")
    calendar.add("calscale", "GREGORIAN")
    calendar.add("method", "PUBLISH")
    calendar.add("name", name)
    # Google Calendar and Outlook read the older, non-standard name.
    calendar.add("x-wr-calname", name)
    for event in events:
        calendar.add_component(_vevent(icalendar, event, stamp))
    if calendar.get_missing_tzids():
        days = [_sort_day(e.start) for e in events]
        # One year either side is plenty, and keeps the VTIMEZONE short; within the years
        # a date can hold (the zoned times end before _LAST_ZONED_YEAR, see _calendar_time).
        first_year = max(min(days).year - 1, date.min.year)
        last_year = min(max(days).year + 2, date.max.year)
        calendar.add_missing_timezones(
            first_date=date(first_year, 1, 1), last_date=date(last_year, 1, 1)
        )
    data: bytes = calendar.to_ical()
    return data


def _vevent(icalendar: Any, event: CalendarEvent, stamp: datetime) -> Any:
    language = {"LANGUAGE": event.lang}
    vevent = icalendar.Event()
    vevent.add("uid", event.uid)
    vevent.add("dtstamp", stamp)
    vevent.add("dtstart", event.start)
    vevent.add("dtend", event.end)
    vevent.add("summary", event.summary, parameters=language)
    vevent.add("description", event.description, parameters=language)
    vevent.add("categories", ["etiket"])
    if event.alarm is None:
        vevent.add("transp", "TRANSPARENT")
        return vevent
    vevent.add("transp", "OPAQUE" if not event.all_day else "TRANSPARENT")
    alarm = icalendar.Alarm()
    alarm.add("action", "DISPLAY")
    alarm.add("description", message("ics.reminder", event.lang, title=event.summary))
    alarm.add("trigger", event.alarm)
    vevent.add_component(alarm)
    return vevent
