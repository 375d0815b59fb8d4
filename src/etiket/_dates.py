"""Turning what a person types or passes into dates, with clear errors."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, datetime

from etiket.errors import InvalidDateError, InvalidInputError, Word

__all__ = ["Moment", "to_date", "to_moment"]

# An offset's minutes past 59, which datetime.fromisoformat carries over into the hours
# (+07:60 reads as +08:00, +07:99 as +08:39): a typing mistake, not a time anyone meant.
_MINUTES_PAST_59 = re.compile(r"T.*[+-]\d\d:?[6-9]\d(?::?\d\d(?:[.,]\d+)?)?$")


@dataclass(frozen=True, slots=True)
class Moment:
    """A day, and the exact time when one was given (``etiket.Moment``)."""

    day: date
    at: datetime | None = None

    @property
    def is_aware(self) -> bool | None:
        """None without a time; otherwise whether the time carries a time zone."""
        return None if self.at is None else self.at.utcoffset() is not None

    def __str__(self) -> str:
        return self.day.isoformat() if self.at is None else self.at.isoformat()


def to_moment(value: object, what: str) -> Moment:
    """``value`` (a date, a datetime or an ISO 8601 string) as a :class:`Moment`."""
    if isinstance(value, datetime):
        return Moment(value.date(), value)
    if isinstance(value, date):
        return Moment(value)
    if isinstance(value, str):
        text = value.strip()
        try:
            if len(text) <= 10:
                return Moment(date.fromisoformat(text))
            parsed = datetime.fromisoformat(text)
            if _MINUTES_PAST_59.search(text):
                raise ValueError(text)
        except ValueError:
            raise InvalidDateError("date.not-a-date", what=Word(what), value=value) from None
        return Moment(parsed.date(), parsed)
    raise InvalidInputError(
        "input.not-a-date", what=Word(what), value=value, type=type(value).__name__
    )


def to_date(value: object, what: str) -> date:
    """``value`` as a calendar day; a time of day, if given, is dropped."""
    return to_moment(value, what).day
