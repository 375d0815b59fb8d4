"""Whole classes of defects found by trying etiket as a new user would, each held by a property.

1. Every country code the package accepts gives the days off of its canonical code.
2. Every face works, or refuses with an etiket error, at both ends of the calendar.
3. Text that is not UTF-8 gets a clear error, from a file or from standard input.
4. Every policy the validator accepts keeps the timeline's invariants.
"""

from __future__ import annotations

from datetime import date, timedelta

import holidays
import pytest
from _reference import days_off, is_working_day, nth_working_day_after
from hypothesis import assume, given, settings
from hypothesis import strategies as st

import etiket
from etiket import (
    UnknownCountryError,
    WorkingCalendar,
)
from etiket.calendar import supported_countries

# --- 1. Country codes -----------------------------------------------------------------------

# Every code the holidays package answers to, with the alpha-2 code of its country.
ACCEPTED = {
    code: holidays.country_holidays(code).country for code in holidays.list_supported_countries()
}


def spellings(code: str) -> list[str]:
    """The ways a person types a code: as listed, lower case, with spaces around."""
    return [code, code.lower(), f" {code.lower()} ", code.title()]


def test_every_accepted_code_is_read_as_its_alpha_2_code() -> None:
    assert any(len(code) == 3 for code in ACCEPTED), "holidays lists alpha-3 codes too"
    assert supported_countries() == frozenset(ACCEPTED.values())
    for code, canonical in ACCEPTED.items():
        assert len(canonical) == 2
        for spelt in spellings(code):
            calendar = WorkingCalendar(spelt)
            assert calendar.country == canonical, spelt
            assert calendar == WorkingCalendar(canonical)


@settings(max_examples=60, deadline=None)
@given(
    code=st.sampled_from(sorted(ACCEPTED)).flatmap(lambda c: st.sampled_from(spellings(c))),
    year=st.integers(1990, 2090),
    day_of_year=st.integers(0, 364),
)
def test_any_spelling_of_a_code_gives_the_days_off_of_its_country(
    code: str, year: int, day_of_year: int
) -> None:
    canonical = ACCEPTED[code.strip().upper()]
    calendar = WorkingCalendar(code)
    # Indonesia's collective leave included: the reference adds it for "ID" only.
    assert calendar.holidays_in(year) == days_off(year, canonical)
    day = date(year, 1, 1) + timedelta(days=day_of_year)
    assert calendar.is_working_day(day) is is_working_day(day, canonical)
    timeline = etiket.plan(day, country=code)
    follow_up = nth_working_day_after(
        day, etiket.DEFAULT_POLICY.follow_up_after_working_days, canonical
    )
    assert timeline.follow_up.earliest == follow_up
    assert timeline.calendar.country == canonical


def test_indonesia_by_any_code_keeps_its_collective_leave() -> None:
    year = 2026
    leave = days_off(year, "ID") - set(
        holidays.country_holidays("ID", years=year, categories=("public",))
    )
    assert leave, "the holiday tables should list cuti bersama for Indonesia"
    for spelt in ("ID", "id", " id ", "IDN", "idn", " Idn "):
        assert leave <= WorkingCalendar(spelt).holidays_in(year), spelt


@settings(max_examples=200)
@given(st.text(max_size=6))
def test_any_other_text_is_refused_by_name(text: str) -> None:
    assume(text.strip() and text.strip().upper() not in ACCEPTED)
    with pytest.raises(UnknownCountryError) as error:
        WorkingCalendar(text)
    assert repr(text) in str(error.value)


def test_a_region_code_is_refused_with_its_country() -> None:
    with pytest.raises(UnknownCountryError, match=r"regions are not supported.*'ID'"):
        WorkingCalendar("ID-JK")
    with pytest.raises(UnknownCountryError, match=r"regions are not supported.*'GB'"):
        etiket.plan("2026-11-20", country="uk-eng")
