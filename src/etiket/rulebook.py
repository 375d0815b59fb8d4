"""The days of a plan, written once for the package and for the handbook's page.

These functions decide when the thank-you note is due, when the one follow-up
may go out, how long the silence lasts before the last note, when to move on,
and the first office hours in which to send a message. :mod:`etiket.timeline`
and :mod:`etiket.hours` call them. The handbook exports the same functions as
data (:func:`etiket.portable.export`), and the page's script interprets that
data: the page holds no rule of its own, and a change here reaches both.

So they are written in a small subset of Python that the script can run too
(:mod:`etiket.portable` refuses anything else): functions of plain values,
``if``/``while``/``for``, arithmetic on whole numbers, lists and dictionaries.
Days are whole numbers (``date.toordinal()`` here, the page counts its own
way); moments and calendars are the platform's own values, reached only
through :mod:`etiket._primitives`. ``policy`` is read by attribute.

>>> from datetime import date
>>> from etiket import DEFAULT_POLICY, WorkingCalendar
>>> days = plan_days(WorkingCalendar(), DEFAULT_POLICY, date(2026, 11, 20).toordinal(),
...                  None, None, None)
>>> date.fromordinal(days["follow-up"][0])   # five working days after a Friday
datetime.date(2026, 11, 27)
"""

from __future__ import annotations

from typing import Any

from etiket._primitives import (
    at_hour,
    day_of,
    hours_after,
    is_working_day,
    last_day,
    midnight,
    next_working_day,
    working_days_after,
    zone_of,
)

__all__ = [
    "WITH_DEADLINE",
    "first_window",
    "plan_days",
    "span_kind",
    "step_windows",
    "thank_you_window",
    "whole_days",
]

# Untyped on purpose: the page's script runs these functions too, on its own values.
Value = Any

WITH_DEADLINE = (
    "thank-you", "late-thank-you", "respond-to-offer", "confirm-next-round", "reply-to-rejection",
)  # fmt: skip
"""Steps whose last day is a deadline ("by ..."), not the end of a span ("... to ...")."""


def span_kind(action: Value, earliest: Value, latest: Value) -> Value:
    """How a step's dates are said: ``"by"`` a deadline, a ``"range"``, or ``"from"`` a day."""
    if latest is not None and action in WITH_DEADLINE:
        return "by"
    if latest is not None and latest != earliest:
        return "range"
    return "from"


def whole_days(hours: Value) -> Value:
    """``hours`` rounded up to whole days: "within 24 hours" of a day is "by the next day"."""
    return -(-hours // 24)


def thank_you_deadline(policy: Value, day: Value, at: Value) -> Value:
    """The thank-you note's last day, and its deadline to the minute when the time is known."""
    hours = policy.thank_you_within_hours
    if at is None:
        # Without a time the interview may have ended late in the day: allow whole days.
        return [day + whole_days(hours), None]
    due = hours_after(at, hours)
    return [day_of(due), due]


def follow_up_opens(calendar: Value, policy: Value, day: Value, decided_by: Value) -> Value:
    """The first day for the one follow-up, and the advice that set it."""
    opens = working_days_after(calendar, day, policy.follow_up_after_working_days)
    if decided_by is not None:
        after_decision = working_days_after(
            calendar, decided_by, policy.decision_grace_working_days
        )
        if after_decision > opens:
            return [after_decision, "decision-date"]
    return [opens, "follow-up-after-a-week"]


def before_follow_up(thank_you_by: Value, due: Value, follow_up: Value) -> Value:
    """The thank-you note's deadline, kept before the day the follow-up opens.

    The policy's own check cannot promise that alone: a late interview, a day
    rounded up, a clock change or a working day right after all move the deadline.
    """
    thank_you_by = min(thank_you_by, follow_up - 1)
    if due is not None:
        due = min(due, midnight(follow_up, due))
    return [thank_you_by, due]


def plan_days(
    calendar: Value, policy: Value, day: Value, at: Value, decided_by: Value, sent_on: Value
) -> Value:
    """Each step's ``[earliest, latest, next contact]`` by action, and what set them.

    ``day`` and ``at`` are the interview's day and moment (None without a time);
    ``decided_by`` the day the employer said they would decide; ``sent_on`` the
    day the follow-up actually went out, once an assessment knows it.
    """
    deadline = thank_you_deadline(policy, day, at)
    opened = follow_up_opens(calendar, policy, day, decided_by)
    follow_up = opened[0]
    kept = before_follow_up(deadline[0], deadline[1], follow_up)
    if sent_on is not None and sent_on <= follow_up:
        # A follow-up sent early changes nothing: the silence counts from when it became possible.
        sent_on = None
    # The last note waits for weeks of silence after the question: from the day it was sent
    # when an assessment knows it, otherwise from the day it could be.
    asked = follow_up if sent_on is None else sent_on
    second_note = next_working_day(calendar, asked + 7 * policy.second_note_after_weeks)
    move_on = second_note + 7 * policy.assume_no_offer_after_weeks
    return {
        "thank-you": [day, kept[0], None],
        "wait": [day, follow_up - 1, follow_up],
        "follow-up": [follow_up, None, None],
        "let-go": [asked, second_note - 1, second_note],
        "second-note": [second_note, None, None],
        "move-on": [move_on, None, None],
        # What the days alone do not say: a deadline to the minute, the advice that set a
        # day when it is not the step's usual one, and a follow-up sent later than it could be.
        "due": {"thank-you": kept[1]},
        "guidance": {"follow-up": opened[1]},
        "follow-up-sent": sent_on,
    }


def first_window(
    calendar: Value, policy: Value, day: Value, after: Value, until: Value, zone: Value
) -> Value:
    """The first office hours ``[opens, closes]`` on a working day from ``day``, or None.

    Not before ``after`` when it is given (the hours are then on its clock,
    otherwise on ``zone``'s). ``until`` bounds the search: None when no office
    hours fall on or before it; without it the search stops at the first working day.
    """
    if after is not None:
        zone = zone_of(after)
    current = day
    while until is None or current <= until:
        if is_working_day(calendar, current):
            opens = at_hour(current, policy.send_from_hour, zone)
            closes = at_hour(current, policy.send_until_hour, zone)
            if after is None or after < closes:
                if after is not None and after > opens:
                    opens = after
                return [opens, closes]
        if current == last_day():
            return None
        current = current + 1
    return None


def thank_you_window(calendar: Value, policy: Value, day: Value, at: Value, days: Value) -> Value:
    """The first office hours for the thank-you note, or None when its deadline comes first."""
    window = first_window(calendar, policy, day, at, days["thank-you"][1], None)
    due = days["due"]["thank-you"]
    if due is not None and window is not None and window[0] >= due:
        return None
    return window


def step_windows(calendar: Value, policy: Value, day: Value, at: Value, days: Value) -> Value:
    """The first office hours for each message of a plan (``days`` is :func:`plan_days`')."""
    zone = None if at is None else zone_of(at)
    return {
        "thank-you": thank_you_window(calendar, policy, day, at, days),
        "follow-up": first_window(calendar, policy, days["follow-up"][0], None, None, zone),
        "second-note": first_window(calendar, policy, days["second-note"][0], None, None, zone),
    }
