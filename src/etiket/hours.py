"""Office hours: the part of the employer's working day in which a message is welcome.

A message that lands at night, at a weekend or on a holiday reads as careless
or pushy, however polite its words (guidance ``office-hours``). The hours are
the policy's :attr:`~etiket.Policy.send_from_hour` and
:attr:`~etiket.Policy.send_until_hour`, on the employer's working days, in the
interview's time zone when it has one.

>>> from datetime import date
>>> from etiket import DEFAULT_POLICY, WorkingCalendar
>>> from etiket.hours import first_window
>>> window = first_window(WorkingCalendar(), DEFAULT_POLICY, date(2026, 11, 21))  # a Saturday
>>> window.opens.isoformat(), window.closes.isoformat()
('2026-11-23T08:00:00', '2026-11-23T16:00:00')
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, timedelta, tzinfo
from enum import StrEnum

from etiket import rulebook
from etiket.calendar import WorkingCalendar
from etiket.language import check_language, format_date
from etiket.messages import message
from etiket.policy import Policy

__all__ = ["OffHours", "SendingWindow", "first_window", "off_hours"]

_ONE_DAY = timedelta(days=1)


class OffHours(StrEnum):
    """Why a moment is outside office hours."""

    HOURS = "hours"
    WEEKEND = "weekend"
    HOLIDAY = "holiday"


@dataclass(frozen=True, slots=True)
class SendingWindow:
    """The hours of one working day in which to send a message, in the employer's time."""

    opens: datetime
    closes: datetime

    def describe(self, lang: str = "en") -> str:
        """E.g. 'Monday, November 30, 2026, 8:00 AM to 4:00 PM'."""
        return message(
            "label.window",
            lang,
            date=format_date(self.opens.date(), lang),
            opens=_clock(self.opens, lang),
            closes=_clock(self.closes, lang),
        )


def _clock(moment: datetime, lang: str) -> str:
    from babel.dates import format_time

    return str(format_time(moment, "short", locale=check_language(lang)))


def first_window(
    calendar: WorkingCalendar,
    policy: Policy,
    day: date,
    *,
    after: datetime | None = None,
    until: date | None = None,
    zone: tzinfo | None = None,
) -> SendingWindow | None:
    """The first office hours on a working day from ``day`` (and not before ``after``).

    ``until`` bounds the search: None when no office hours fall on or before it.
    Without ``until`` the search stops at the first working day. The hours are on
    the clock of ``after`` when it is given, otherwise of ``zone``.
    """
    found = rulebook.first_window(
        calendar, policy, day.toordinal(), after, None if until is None else until.toordinal(), zone
    )
    return None if found is None else SendingWindow(found[0], found[1])


def off_hours(calendar: WorkingCalendar, policy: Policy, moment: datetime) -> OffHours | None:
    """Why ``moment`` (read on the employer's clock) is outside office hours, or None."""
    reason = rulebook.off_hours(calendar, policy, moment)
    return None if reason is None else OffHours(reason)
