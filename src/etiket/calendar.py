"""Working days: which days an employer is at work, per country.

Without a country only weekends are days off. With one, its public holidays
come from the ``holidays`` package; for Indonesia (``ID``) that includes
*cuti bersama*, the collective leave around Lebaran, Christmas and other
holidays, because offices close on those days too. ``holidays`` is imported
only when a country is first used.

>>> from datetime import date
>>> from etiket import WorkingCalendar
>>> WorkingCalendar().working_days_after(date(2026, 11, 20), 5)  # a Friday
datetime.date(2026, 11, 27)
>>> lebaran = WorkingCalendar("ID")
>>> lebaran.working_days_after(date(2026, 3, 16), 5)  # spans the Lebaran week
datetime.date(2026, 3, 30)
>>> WorkingCalendar("idn") == lebaran  # any code holidays knows, read as its alpha-2 code
True
"""

from __future__ import annotations

from datetime import date, timedelta
from functools import cache
from typing import TYPE_CHECKING, Any

from etiket._dates import to_date
from etiket.errors import InvalidDateError, InvalidInputError, Text, UnknownCountryError

if TYPE_CHECKING:
    from collections.abc import Iterator

__all__ = ["WorkingCalendar", "supported_countries"]

_ONE_DAY = timedelta(days=1)
_SATURDAY_SUNDAY = frozenset({5, 6})
# Countries whose government declares collective leave that closes offices.
_EXTRA_CATEGORIES = {"ID": ("public", "government")}


@cache
def supported_countries() -> frozenset[str]:
    """The ISO 3166-1 alpha-2 codes that have a holiday calendar.

    :class:`WorkingCalendar` also takes the other codes the ``holidays`` package
    knows for these countries (alpha-3 such as ``"IDN"``, ``"UK"`` for ``"GB"``),
    in any case, and reads each as its alpha-2 code.
    """
    return frozenset(_canonical_codes().values())


@cache
def _canonical_codes() -> dict[str, str]:
    # Every code holidays accepts, with the country it stands for. A calendar is keyed by
    # that alpha-2 code: rules such as _EXTRA_CATEGORIES are written for "ID", and
    # "IDN" must not lose Indonesia's collective leave by being spelt differently.
    import holidays

    return {
        code: holidays.country_holidays(code).country
        for code in holidays.list_supported_countries()
    }


def _normalise_country(country: object) -> str | None:
    if country is None:
        return None
    # Type first: comparing an arbitrary object with "" may not even give a bool.
    if not isinstance(country, str):
        raise InvalidInputError("country.type", value=country, type=type(country).__name__)
    if country == "":
        return None
    code = _canonical_codes().get(country.strip().upper())
    if code is None:
        raise UnknownCountryError(
            "country.unknown", country=country, hint=_subdivision_hint(country)
        )
    return code


def _subdivision_hint(country: str) -> Text | str:
    # "ID-JK" (ISO 3166-2) names a province: etiket counts the country's days off only.
    head, dash, _ = country.strip().upper().partition("-")
    if dash and head in _canonical_codes():
        return Text("country.region-hint", code=_canonical_codes()[head])
    return ""


@cache
def _weekend(country: str | None) -> frozenset[int]:
    if country is None:
        return _SATURDAY_SUNDAY
    import holidays

    return frozenset(holidays.country_holidays(country).weekend)


def _holidays(country: str, year: int) -> Any:
    import holidays

    categories = _EXTRA_CATEGORIES.get(country, ("public",))
    return holidays.country_holidays(country, years=year, categories=categories)


@cache
def _days_off_in(country: str, year: int) -> frozenset[date]:
    return frozenset(_holidays(country, year))


@cache
def _not_working_in(country: str, year: int) -> frozenset[date]:
    # Ask the holiday calendar about every day once: some countries moved their
    # weekend (the UAE in 2022) or make people work a Saturday to bridge a holiday.
    calendar = _holidays(country, year)
    day, last = date(year, 1, 1), date(year, 12, 31)
    days_off = []
    while True:
        if not calendar.is_working_day(day):
            days_off.append(day)
        if day == last:
            return frozenset(days_off)
        day += _ONE_DAY


def _day(value: object) -> date:
    # The holiday sets hold dates, and a datetime never equals a date: a time of
    # day would slip past every holiday. Strings are read as in plan().
    if type(value) is date:
        return value
    return to_date(value, "day")


def _count(value: object) -> int:
    if isinstance(value, bool) or not isinstance(value, int) or value < 0:
        raise InvalidInputError("input.working-days-count", value=value)
    return value


def _year(value: object) -> int:
    if isinstance(value, bool) or not isinstance(value, int) or not 1 <= value <= 9999:
        raise InvalidInputError("input.year", value=value)
    return value


class WorkingCalendar:
    """The working days of one country (or weekdays only, without a country)."""

    __slots__ = ("_weekend", "country")

    def __init__(self, country: str | None = None) -> None:
        self.country: str | None = _normalise_country(country)
        self._weekend = _weekend(self.country)

    def __repr__(self) -> str:
        return f"WorkingCalendar({self.country!r})"

    def __eq__(self, other: object) -> bool:
        return isinstance(other, WorkingCalendar) and other.country == self.country

    def __hash__(self) -> int:
        return hash(self.country)

    def holidays_in(self, year: int) -> frozenset[date]:
        """The weekdays and weekend days off by law (and collective leave) in a year."""
        year = _year(year)
        if self.country is None:
            return frozenset()
        return _days_off_in(self.country, year)

    @property
    def weekend(self) -> frozenset[int]:
        """The weekdays of the weekend, numbered as ``date.weekday()`` does (Monday is 0)."""
        return self._weekend

    def is_working_day(self, day: date) -> bool:
        """True unless ``day`` falls on a weekend or a day off."""
        return self._is_working(_day(day))

    def _is_working(self, day: date) -> bool:
        if self.country is None:
            return day.weekday() not in self._weekend
        return day not in _not_working_in(self.country, day.year)

    def working_days_after(self, day: date, count: int) -> date:
        """The ``count``-th working day after ``day`` (``day`` itself when count is 0)."""
        day, for_count = _day(day), _count(count)
        try:
            while for_count > 0:
                day += _ONE_DAY
                if self._is_working(day):
                    for_count -= 1
        except OverflowError:
            raise _past_the_end(day) from None
        return day

    def next_working_day(self, day: date) -> date:
        """``day`` itself if it is a working day, otherwise the next one."""
        day = _day(day)
        try:
            while not self._is_working(day):
                day += _ONE_DAY
        except OverflowError:
            raise _past_the_end(day) from None
        return day

    def days_off_between(self, first: date, last: date) -> Iterator[date]:
        """Each day from ``first`` to ``last`` (inclusive) that is not a working day."""
        day, last = _day(first), _day(last)
        return (d for d in _each_day(day, last) if not self._is_working(d))


def _each_day(first: date, last: date) -> Iterator[date]:
    day = first
    while day < last:
        yield day
        day += _ONE_DAY
    if day == last:
        yield day


def _past_the_end(day: date) -> InvalidDateError:
    return InvalidDateError("date.past-the-end", day=day, last=date.max)
