"""Working days: weekends, Indonesian holidays and collective leave (cuti bersama)."""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import date, datetime, timedelta
from typing import Any, cast

import holidays
import pytest
from _reference import days_off, first_working_day_from, is_working_day, nth_working_day_after

from etiket import (
    DEFAULT_POLICY,
    InvalidDateError,
    InvalidInputError,
    UnknownCountryError,
    WorkingCalendar,
    plan,
)

ONE_DAY = timedelta(days=1)
LEBARAN_2026 = [date(2026, 3, 18) + i * ONE_DAY for i in range(7)]  # 18 to 24 March
CHRISTMAS_2026 = [date(2026, 12, 24), date(2026, 12, 25)]


def each_day(first: date, last: date) -> list[date]:
    return [first + i * ONE_DAY for i in range((last - first).days + 1)]


def test_without_a_country_only_weekends_are_off() -> None:
    calendar = WorkingCalendar()
    assert calendar.country is None
    for day in each_day(date(2026, 1, 1), date(2026, 12, 31)):
        assert calendar.is_working_day(day) is (day.weekday() < 5), day
    # Holidays do not count without a country: Christmas 2026 is a Friday.
    assert calendar.is_working_day(date(2026, 12, 25))
    assert calendar.holidays_in(2026) == frozenset()


@pytest.mark.parametrize("year", [1995, 2024, 2026, 2027, 2050])
def test_indonesian_working_days_match_the_holiday_tables(year: int) -> None:
    calendar = WorkingCalendar("ID")
    for day in each_day(date(year, 1, 1), date(year, 12, 31)):
        assert calendar.is_working_day(day) is is_working_day(day, "ID"), day
    assert calendar.holidays_in(year) == days_off(year, "ID")


def test_lebaran_and_christmas_2026_are_days_off_in_indonesia() -> None:
    calendar = WorkingCalendar("ID")
    for day in LEBARAN_2026 + CHRISTMAS_2026:
        assert not calendar.is_working_day(day), day
        assert not WorkingCalendar("ID").is_working_day(day)
    # The days just around them are ordinary working days.
    for day in (date(2026, 3, 17), date(2026, 3, 25), date(2026, 12, 23), date(2026, 12, 28)):
        assert calendar.is_working_day(day), day


def test_collective_leave_counts_not_only_public_holidays() -> None:
    public_only = set(holidays.country_holidays("ID", years=2026))
    leave = days_off(2026, "ID") - public_only
    # Cuti bersama in 2026 includes the Christmas Eve bridge and days around Lebaran.
    assert date(2026, 12, 24) in leave
    assert {date(2026, 3, 20), date(2026, 3, 23), date(2026, 3, 24)} <= leave
    calendar = WorkingCalendar("ID")
    assert leave <= calendar.holidays_in(2026)
    assert not any(calendar.is_working_day(day) for day in leave)


def test_a_one_week_wait_across_lebaran_takes_longer() -> None:
    monday = date(2026, 3, 16)
    weekdays_only = WorkingCalendar().working_days_after(monday, 5)
    indonesia = WorkingCalendar("ID").working_days_after(monday, 5)
    assert weekdays_only == nth_working_day_after(monday, 5, None) == date(2026, 3, 23)
    assert indonesia == nth_working_day_after(monday, 5, "ID")
    assert (indonesia - monday).days > (weekdays_only - monday).days
    assert indonesia == date(2026, 3, 30)
    # The plan shows it: the follow-up, counted on Indonesia's calendar, comes later.
    wait = DEFAULT_POLICY.follow_up_after_working_days
    in_indonesia = plan(monday, country="ID").follow_up.earliest
    assert in_indonesia == nth_working_day_after(monday, wait, "ID")
    assert plan(monday).follow_up.earliest == nth_working_day_after(monday, wait, None)
    assert in_indonesia > plan(monday).follow_up.earliest


@pytest.mark.parametrize("country", [None, "ID"])
@pytest.mark.parametrize("count", [0, 1, 2, 5, 10, 23])
def test_working_days_after_counts_like_a_simple_loop(country: str | None, count: int) -> None:
    calendar = WorkingCalendar(country)
    for start in each_day(date(2026, 3, 1), date(2026, 4, 15)):
        assert calendar.working_days_after(start, count) == nth_working_day_after(
            start, count, country
        )
        assert calendar.next_working_day(start) == first_working_day_from(start, country)


def test_days_off_between_lists_weekends_and_holidays() -> None:
    calendar = WorkingCalendar("ID")
    first, last = date(2026, 3, 14), date(2026, 3, 29)
    listed = list(calendar.days_off_between(first, last))
    expected = [day for day in each_day(first, last) if not is_working_day(day, "ID")]
    assert listed == expected
    assert set(LEBARAN_2026) <= set(listed)
    assert list(calendar.days_off_between(last, first)) == []


def test_year_boundaries_use_each_year_s_holidays() -> None:
    calendar = WorkingCalendar("ID")
    new_year_eve = date(2026, 12, 31)
    assert calendar.working_days_after(new_year_eve, 1) == nth_working_day_after(
        new_year_eve, 1, "ID"
    )
    assert not calendar.is_working_day(date(2027, 1, 1))


@pytest.mark.parametrize("spelled", ["ID", "id", " Id ", "id\n"])
def test_country_codes_are_normalised(spelled: str) -> None:
    calendar = WorkingCalendar(spelled)
    assert calendar.country == "ID"
    assert calendar == WorkingCalendar("ID")
    assert hash(calendar) == hash(WorkingCalendar("ID"))
    assert repr(calendar) == "WorkingCalendar('ID')"


def test_an_empty_country_means_weekends_only() -> None:
    assert WorkingCalendar("") == WorkingCalendar(None) == WorkingCalendar()
    assert WorkingCalendar() != WorkingCalendar("ID")
    assert WorkingCalendar() != "ID"


def test_other_countries_use_their_own_weekend() -> None:
    # Israel rests on Friday and Saturday; Sunday is a working day there.
    israel = WorkingCalendar("IL")
    sunday = date(2026, 11, 22)
    assert israel.is_working_day(sunday) is is_working_day(sunday, "IL")
    assert not israel.is_working_day(date(2026, 11, 20))  # a Friday


def test_a_weekend_that_moved_is_followed() -> None:
    # The United Arab Emirates moved their weekend from Friday-Saturday to
    # Saturday-Sunday in 2022: a Sunday of 2020 was a working day there.
    uae = WorkingCalendar("AE")
    for day in each_day(date(2020, 1, 1), date(2020, 3, 31)) + each_day(
        date(2026, 1, 1), date(2026, 3, 31)
    ):
        assert uae.is_working_day(day) is is_working_day(day, "AE"), day
    assert uae.is_working_day(date(2020, 1, 5))  # Sunday
    assert not uae.is_working_day(date(2026, 1, 4))  # Sunday


def test_a_saturday_worked_to_bridge_a_holiday_is_a_working_day() -> None:
    # China moves working days onto weekends around its long holidays.
    china = WorkingCalendar("CN")
    year = 2026
    workdays = holidays.country_holidays("CN", years=year).weekend_workdays
    assert workdays, "the holiday tables should list weekend working days for China"
    for day in workdays:
        assert day.weekday() >= 5
        assert china.is_working_day(day), day


@pytest.mark.parametrize("code", ["XX", "Indonesia", "ZZZ", "I D"])
def test_an_unknown_country_names_the_value(code: str) -> None:
    with pytest.raises(UnknownCountryError, match=repr(code)):
        WorkingCalendar(code)
    with pytest.raises(UnknownCountryError, match=repr(code)):
        plan("2026-11-20", country=code)


@pytest.mark.parametrize("code", [62, 1.0, ["ID"], b"ID", True])
def test_a_country_that_is_not_text_is_a_type_error(code: object) -> None:
    with pytest.raises(InvalidInputError, match=type(code).__name__) as error:
        WorkingCalendar(code)  # type: ignore[arg-type]
    assert isinstance(error.value, TypeError)
    assert repr(code) in str(error.value)


def test_a_time_of_day_does_not_hide_a_holiday() -> None:
    calendar = WorkingCalendar("ID")
    christmas_morning = datetime(2026, 12, 25, 9, 0)
    assert not calendar.is_working_day(christmas_morning)
    # ISO text is read as plan() reads it (the signatures promise dates only).
    christmas, christmas_eve = cast(date, "2026-12-25"), cast(date, "2026-12-24")
    assert not calendar.is_working_day(christmas)
    assert calendar.working_days_after(datetime(2026, 12, 23, 17, 0), 1) == date(2026, 12, 28)
    assert calendar.next_working_day(christmas_eve) == date(2026, 12, 28)
    assert list(calendar.days_off_between(christmas_eve, datetime(2026, 12, 27))) == [
        date(2026, 12, 24) + i * ONE_DAY for i in range(4)
    ]


@pytest.mark.parametrize("day", [None, 20261225, ["2026-12-25"], b"2026-12-25", 1.5])
def test_a_day_of_the_wrong_type_is_refused(day: Any) -> None:
    calendar = WorkingCalendar("ID")
    calls: list[Callable[[], object]] = [
        lambda: calendar.is_working_day(day),
        lambda: calendar.working_days_after(day, 1),
        lambda: calendar.next_working_day(day),
        lambda: calendar.days_off_between(day, date(2026, 12, 31)),
        lambda: calendar.days_off_between(date(2026, 12, 1), day),
    ]
    for call in calls:
        with pytest.raises(InvalidInputError, match=re.escape(repr(day))):
            call()


def test_an_impossible_day_is_refused() -> None:
    with pytest.raises(InvalidDateError, match="'2026-02-30'"):
        WorkingCalendar().is_working_day("2026-02-30")  # type: ignore[arg-type]


@pytest.mark.parametrize("count", [-1, 1.0, "5", None, True])
def test_a_count_that_is_not_a_whole_number_is_refused(count: Any) -> None:
    with pytest.raises(InvalidInputError, match=re.escape(f"not {count!r}")):
        WorkingCalendar().working_days_after(date(2026, 11, 20), count)


@pytest.mark.parametrize("year", ["2026", 2026.0, None, 0, 10000, False])
def test_a_year_that_is_not_a_calendar_year_is_refused(year: Any) -> None:
    with pytest.raises(InvalidInputError, match=re.escape(f"not {year!r}")):
        WorkingCalendar("ID").holidays_in(year)


def test_counting_past_the_last_date_is_a_clear_error() -> None:
    for country in (None, "ID"):
        calendar = WorkingCalendar(country)
        with pytest.raises(InvalidDateError, match="runs past the last date"):
            calendar.working_days_after(date(9999, 12, 29), 5)
        with pytest.raises(InvalidDateError, match="runs past the last date"):
            calendar.working_days_after(date.max, 1)
        # The last day of all is a Friday: a working day, and the days off end before it.
        assert calendar.next_working_day(date.max) == date.max
        last_week = list(calendar.days_off_between(date(9999, 12, 24), date.max))
        assert last_week == [date(9999, 12, 25), date(9999, 12, 26)]
