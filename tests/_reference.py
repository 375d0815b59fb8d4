"""Working days computed the slow, obvious way, to check the package against.

Nothing here uses etiket's logic: the days off come straight from the ``holidays``
package, one day at a time, and the waits are the policy's numbers, so the tests
compare two independent answers, and a changed default changes what they expect.
"""

from __future__ import annotations

from datetime import date, timedelta
from functools import cache

import holidays

from etiket import DEFAULT_POLICY, Policy

ONE_DAY = timedelta(days=1)


@cache
def _calendar(country: str, year: int) -> holidays.HolidayBase:
    # Indonesian offices also close on cuti bersama, which holidays files under "government".
    categories = ("public", "government") if country == "ID" else ("public",)
    return holidays.country_holidays(country, years=year, categories=categories)


def is_working_day(day: date, country: str | None) -> bool:
    """Monday to Friday, and for a country not one of its days off."""
    if country is None:
        return day.weekday() < 5
    return bool(_calendar(country, day.year).is_working_day(day))


def nth_working_day_after(day: date, count: int, country: str | None) -> date:
    """Step forward one day at a time, counting only working days."""
    seen = 0
    while seen < count:
        day += ONE_DAY
        if is_working_day(day, country):
            seen += 1
    return day


def first_working_day_from(day: date, country: str | None) -> date:
    """``day`` itself if it is a working day, else the next one."""
    while not is_working_day(day, country):
        day += ONE_DAY
    return day


def days_off(year: int, country: str) -> set[date]:
    """Public holidays (and for Indonesia collective leave) of one year."""
    return set(_calendar(country, year))


def expected_dates(
    interview: date,
    country: str | None = None,
    decision: date | None = None,
    *,
    policy: Policy = DEFAULT_POLICY,
    follow_up_sent_on: date | None = None,
) -> dict[str, date]:
    """The policy's dates for an interview without a time, counted day by day."""
    follow_up = nth_working_day_after(interview, policy.follow_up_after_working_days, country)
    if decision is not None:
        grace = policy.decision_grace_working_days
        follow_up = max(follow_up, nth_working_day_after(decision, grace, country))
    asked = max(follow_up, follow_up_sent_on or follow_up)
    second_note = first_working_day_from(
        asked + timedelta(weeks=policy.second_note_after_weeks), country
    )
    return {
        "thank_you_by": interview + timedelta(days=-(-policy.thank_you_within_hours // 24)),
        "follow_up": follow_up,
        "second_note": second_note,
        "move_on": second_note + timedelta(weeks=policy.assume_no_offer_after_weeks),
    }
