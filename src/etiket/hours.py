"""Office hours: the part of the employer's working day in which a message is welcome.

A message that lands at night, at a weekend or on a holiday reads as careless
or pushy, however polite its words (guidance ``office-hours``). The hours are
the policy's :attr:`~etiket.Policy.send_from_hour` and
:attr:`~etiket.Policy.send_until_hour`, on the employer's working days, in the
interview's time zone when it has one. When those hours fall is a rule, and
lives in :mod:`etiket.rulebook` (``first_window``, ``off_hours``); this module
holds what a face shows of them.

>>> import etiket
>>> window = etiket.plan("2026-11-20").follow_up.window      # a Friday's follow-up
>>> window.opens.isoformat(), window.closes.isoformat()
('2026-11-27T08:00:00', '2026-11-27T16:00:00')
>>> window.describe("id")
'Jumat, 27 November 2026, pukul 08.00 sampai 16.00'
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum

from etiket.language import check_language, format_date
from etiket.messages import message

__all__ = ["OffHours", "SendingWindow"]


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
