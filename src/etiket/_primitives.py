"""What :mod:`etiket.rulebook` asks of the platform it runs on: calendars, clocks, errors.

The rulebook counts days as whole numbers (``date.toordinal()``) and never looks
inside a moment; these functions are the only place where either meets Python's
``date`` and ``datetime``. The page's script provides functions of the same
names, on its own numbers and moments, so the rules themselves are written once.

A day the candidate gives, with its time if it has one, is ``[day, moment]``
(the moment None without a time); :func:`read_given` makes one. An error the
rulebook raises is :func:`refuse`'s: the package's error here, the page's
message at the field at fault there.
"""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta, tzinfo
from typing import Any, NoReturn

from etiket._dates import Moment, to_moment
from etiket.calendar import WorkingCalendar
from etiket.errors import InvalidDateError, InvalidInputError, Word

__all__ = [
    "at_hour",
    "day_of",
    "hours_after",
    "in_zone",
    "is_earlier",
    "is_weekend",
    "is_working_day",
    "last_day",
    "midnight",
    "next_working_day",
    "read_given",
    "refuse",
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
    """The clock ``moment`` is read on: its time zone, or None for a local time.

    A tzinfo that gives no offset makes a local time too, as Python compares it.
    """
    return None if moment.utcoffset() is None else moment.tzinfo


def is_earlier(first: datetime, second: datetime) -> bool:
    """Whether ``first`` is before ``second``: by the clock on one zone, else by the instant."""
    return first < second


def in_zone(moment: datetime, zone: tzinfo) -> datetime:
    """``moment`` (which has a zone) on the clock of ``zone``."""
    try:
        return moment.astimezone(zone)
    except OverflowError:
        raise InvalidDateError(
            "date.zone-at-limits", moment=Moment(moment.date(), moment)
        ) from None


def read_given(field: str, value: object, what: str, zone: tzinfo | None) -> list[Any]:
    """``value`` as ``[day, moment]``, the rulebook's day with its time; ``what`` names it.

    ``field`` (the input at fault) and ``zone`` (the clock of a time typed without an
    offset) are the page's alone: Python reads a text without an offset as a local
    time, as :func:`etiket.assess` always has.
    """
    read = to_moment(value, what)
    return [read.day.toordinal(), read.at]


def refuse(field: str, key: str, values: dict[str, list[Any]]) -> NoReturn:
    """Raise the package's error ``key`` (etiket.error_messages) with ``values``.

    Each value is ``[kind, value]``: a ``"word"`` of the catalogue, a ``"moment"``
    (``[day, moment]``), a ``"day"`` or a plain ``"value"``. ``field`` is the page's.
    """
    error = InvalidDateError if key.startswith("date.") else InvalidInputError
    raise error(key, **{name: _said(kind, value) for name, (kind, value) in values.items()})


def _said(kind: str, value: Any) -> object:
    if kind == "word":
        return Word(value)
    if kind == "moment":
        return Moment(date.fromordinal(value[0]), value[1])
    if kind == "day":
        return date.fromordinal(value)
    return value
