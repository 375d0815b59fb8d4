"""What :mod:`etiket.rulebook` asks of the platform it runs on: calendars and clocks.

The rulebook counts days as whole numbers (``date.toordinal()``) and never looks
inside a moment; these functions are the only place where either meets Python's
``date`` and ``datetime``. The page's script provides functions of the same
names, on its own numbers and moments, so the rules themselves are written once.
"""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta, tzinfo

from etiket.calendar import WorkingCalendar

__all__ = [
    "at_hour",
    "day_of",
    "hours_after",
    "is_weekend",
    "is_working_day",
    "last_day",
    "midnight",
    "next_working_day",
    "working_days_after",
    "zone_of",
]


def working_days_after(calendar: WorkingCalendar, day: int, count: int) -> int:
    """The ``count``-th working day after ``day``."""
    return calendar.working_days_after(date.fromordinal(day), count).toordinal()


def next_working_day(calendar: WorkingCalendar, day: int) -> int:
    """``day`` if it is a working day, otherwise the next one."""
    return calendar.next_working_day(date.fromordinal(day)).toordinal()


def is_working_day(calendar: WorkingCalendar, day: int) -> bool:
    """Whether ``day`` is a working day."""
    return calendar.is_working_day(date.fromordinal(day))


def is_weekend(calendar: WorkingCalendar, day: int) -> bool:
    """Whether ``day`` falls on the calendar's weekend (a holiday is not a weekend)."""
    return date.fromordinal(day).weekday() in calendar.weekend


def last_day() -> int:
    """The last day the platform can count."""
    return date.max.toordinal()


def day_of(moment: datetime) -> int:
    """The day ``moment`` falls on, on its own clock."""
    return moment.date().toordinal()


def hours_after(moment: datetime, hours: int) -> datetime:
    """``hours`` of elapsed time after ``moment``, on ``moment``'s clock.

    Elapsed, not wall-clock: in one zone, aware arithmetic is wall-clock time,
    which would make "24 hours" 23 or 25 across a daylight-saving change.
    """
    elapsed = timedelta(hours=hours)
    if moment.utcoffset() is None:
        return moment + elapsed
    return (moment.astimezone(UTC) + elapsed).astimezone(moment.tzinfo)


def midnight(day: int, like: datetime) -> datetime:
    """The start of ``day`` on the clock of ``like``."""
    return datetime.combine(date.fromordinal(day), time.min, tzinfo=like.tzinfo)


def at_hour(day: int, hour: int, zone: tzinfo | None) -> datetime:
    """``hour`` o'clock on ``day``, as the office's clock says it (across DST too)."""
    return datetime.combine(date.fromordinal(day), time.min, tzinfo=zone) + timedelta(hours=hour)


def zone_of(moment: datetime) -> tzinfo | None:
    """The clock ``moment`` is read on: its time zone, or None for a local time."""
    return moment.tzinfo
