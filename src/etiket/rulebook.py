"""The days of a plan, written once for the package and for the handbook's page.

These functions decide when the thank-you note is due, when the one follow-up
may go out, how long the silence lasts before the last note, when to move on,
and the first office hours in which to send a message; they read what the
candidate did and where that leaves them, check the days the candidate gives
(after the interview, by today) and say which letters they need.
:mod:`etiket.timeline`, :mod:`etiket.hours`, :mod:`etiket.assessment` and
:mod:`etiket.templates` call them. The handbook exports the same functions as
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
    in_zone,
    is_earlier,
    is_weekend,
    is_working_day,
    last_day,
    midnight,
    next_working_day,
    read_given,
    refuse,
    working_days_after,
    zone_of,
)

__all__ = [
    "AHEAD",
    "STEPS",
    "WITH_DEADLINE",
    "actions_ahead",
    "check_between",
    "check_same_kind",
    "days_ahead",
    "first_window",
    "in_zone_of",
    "is_before",
    "letters_needed",
    "plan_days",
    "plan_steps",
    "read_today",
    "reply_dates",
    "shown_steps",
    "span_kind",
    "step_windows",
    "summary_keys",
    "thank_you_window",
    "todays_step",
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
        # What the days alone do not say: a deadline to the minute, the advice that set a day
        # when it is not the step's usual one, the words that say what the silence counts
        # from, and a follow-up sent later than it could have been.
        "due": {"thank-you": kept[1]},
        "guidance": {"follow-up": opened[1]},
        "variants": {"second-note": "basis-possible" if sent_on is None else "basis-sent"},
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


def thank_you_window(
    calendar: Value, policy: Value, day: Value, at: Value, days: Value, zone: Value
) -> Value:
    """The first office hours for the thank-you note from ``day`` (not before ``at``), up to
    its deadline; None when the deadline comes first."""
    window = first_window(calendar, policy, day, at, days["thank-you"][1], zone)
    due = days["due"]["thank-you"]
    if due is None or window is None:
        return window
    if window[0] >= due:
        return None
    # On the deadline's own day the hours may run past it, and a note after it is late.
    if window[1] > due:
        return [window[0], due]
    return window


def step_windows(calendar: Value, policy: Value, day: Value, at: Value, days: Value) -> Value:
    """The first office hours for each message of a plan (``days`` is :func:`plan_days`')."""
    zone = None if at is None else zone_of(at)
    return {
        "thank-you": thank_you_window(calendar, policy, day, at, days, zone),
        "follow-up": first_window(calendar, policy, days["follow-up"][0], None, None, zone),
        "second-note": first_window(calendar, policy, days["second-note"][0], None, None, zone),
    }


STEPS = (
    ("thank-you", "thank-you-promptly", "email", True, "interviewers", False, False),
    ("wait", "employers-slow", None, False, "", False, False),
    ("follow-up", "follow-up-after-a-week", "email", False, "contact", True, False),
    ("let-go", "let-it-go", None, False, "", False, False),
    ("second-note", "second-note-after-weeks", "email", True, "contact", True, False),
    ("move-on", "assume-no-after-weeks", None, False, "", False, True),
)  # fmt: skip
"""A plan's steps in order, each with the facts no day changes: its action, its usual advice,
how it is sent, whether it is optional, whom it writes to (each interviewer, the one contact,
or nobody), whether one chat message may carry it, and whether it says that an interviewer
outside HR rarely answers."""


def plan_steps(
    days: Value, windows: Value, interviewers: Value, follow_up_to: Value, chat: Value, in_hr: Value
) -> Value:
    """A plan's steps: each of ``STEPS`` on its days (``days`` is :func:`plan_days`').

    ``windows`` are :func:`step_windows`'; ``follow_up_to`` is the one contact the reader
    named for the follow-up (None or "" for none); ``chat`` whether the recruiter writes by
    chat; ``in_hr`` whether the interviewer is in HR (None when not said).
    """
    # The follow-up goes to the contact named, or else to the first interviewer, if any.
    contact = follow_up_to or (interviewers[0] if interviewers else None)
    recipients = {"interviewers": interviewers, "contact": [] if contact is None else [contact]}
    steps: list[Value] = []
    for facts in STEPS:
        action, advice, channel, optional, whom, by_chat, hr_note = facts
        first, last, then = days[action]
        steps = steps + [
            {
                "action": action,
                "guidance": days["guidance"][action] if action in days["guidance"] else advice,
                "earliest": first,
                "latest": last,
                "next": then,
                "due": days["due"][action] if action in days["due"] else None,
                "channel": channel,
                "optional": optional,
                "recipients": recipients[whom] if whom in recipients else [],
                "window": windows[action] if action in windows else None,
                "chat": by_chat and chat,
                "in_hr": in_hr if hr_note else None,
                "variant": days["variants"][action] if action in days["variants"] else None,
                "answer_by": None,
            }
        ]
    return steps


def in_time(deadline: Value, due: Value, day: Value, at: Value) -> Value:
    """Whether acting on ``day`` (at ``at``) meets a deadline: to the minute when both have one."""
    if due is not None and at is not None:
        return at <= due
    return deadline is not None and day <= deadline


def off_hours(calendar: Value, policy: Value, at: Value) -> Value:
    """Why ``at`` (employer's clock) is outside office hours: weekend, holiday or hours; or None."""
    day = day_of(at)
    if not is_working_day(calendar, day):
        if is_weekend(calendar, day):
            return "weekend"
        return "holiday"
    opens = at_hour(day, policy.send_from_hour, zone_of(at))
    closes = at_hour(day, policy.send_until_hour, zone_of(at))
    if opens <= at < closes:
        return None
    return "hours"


# ---- Reading what the candidate did: each contact, in the order it happened ----
#
# An event is [day, moment or None, channel, purpose or None]; the employer's answer is
# [day, outcome, respond-by day or None, next-interview day or None]. The reading is one
# dictionary that the functions below update as they go.

BREACH_GUIDANCE = {
    "phone-call": "no-phone",
    "late-thank-you": "late-thank-you",
    "early-follow-up": "employers-slow",
    "second-follow-up": "follow-up-once",
    "early-last-note": "second-note-after-weeks",
    "extra-contact": "dont-pester",
    "repeated-offer-notice": "another-offer",
    "uninvited-chat": "chat-channel",
    "outside-office-hours": "office-hours",
    "chasing-after-answer": "reply-after-answer",
}
"""The advice each etiquette breach goes against."""

RESPONSES = {
    "offer": ["respond-to-offer", False, "acknowledge"],
    "next-round": ["confirm-next-round", False, None],
    "rejection": ["reply-to-rejection", True, None],
}
"""The step each answer of the employer calls for: its action, whether optional, its variant."""


def read_contacts(
    calendar: Value, policy: Value, interview: Value, events: Value, reply: Value, chat: Value
) -> Value:
    """What the candidate's contacts were, and what went against etiquette.

    ``interview`` is ``[day, moment, decision day]`` as :func:`plan_days` takes
    them. Gives the reading: each contact's purpose (``contacts``), the warnings
    as ``[breach, day, variant, words]`` (each word ``[kind, value]``), and what
    the position needs (``thanked``, ``followed_up``, ``closed``, ``asked_on``,
    and the plan's ``days`` once a late follow-up moved them).
    """
    reading = {
        "calendar": calendar,
        "policy": policy,
        "interview": interview,
        "days": plan_days(calendar, policy, interview[0], interview[1], interview[2], None),
        "contacts": [],
        "warnings": [],
        "thanked": False,
        "followed_up": False,
        "closed": False,
        "told_of_offer_on": None,
        "asked_on": None,
        "replies_to_rejection": 0,
        "chat": chat,
    }
    for event in events:
        answered = reply is not None and after_answer(event, reply)
        if not answered:
            check_channel(reading, event, chat)
        purpose = answer(reading, event, reply) if answered else before_answer(reading, event)
        check_hours(reading, event, purpose)
        reading["contacts"] = reading["contacts"] + [[event[0], purpose]]
    return reading


def warn(reading: Value, breach: Value, day: Value, variant: Value, words: Value) -> Value:
    reading["warnings"] = reading["warnings"] + [[breach, day, variant, words]]
    return None


def after_answer(event: Value, reply: Value) -> Value:
    """Whether a contact came after the answer: on its day, only a contact that says it replies."""
    return event[0] > reply[0] or (event[0] == reply[0] and event[3] == "reply")


def thanks_in_time(days: Value, day: Value, at: Value) -> Value:
    """Whether a note on ``day`` (at ``at``) meets the thank-you note's deadline."""
    return in_time(days["thank-you"][1], days["due"]["thank-you"], day, at)


def check_channel(reading: Value, event: Value, chat: Value) -> Value:
    if event[2] == "phone":
        warn(reading, "phone-call", event[0], None, {})
    elif event[2] == "voice-note":
        warn(reading, "phone-call", event[0], "voice-note", {})
    elif event[2] == "message" and not chat:
        warn(reading, "uninvited-chat", event[0], None, {})
    return None


def check_hours(reading: Value, event: Value, purpose: Value) -> Value:
    at = event[1]
    if at is None:
        return None
    # Promptness is the thank-you note's rule: within its deadline, any hour will do, and
    # the plan's window is only its best moment.
    if purpose == "thank-you" and thanks_in_time(reading["days"], event[0], at):
        return None
    calendar, policy = reading["calendar"], reading["policy"]
    reason = off_hours(calendar, policy, at)
    if reason is None:
        return None
    window = first_window(calendar, policy, day_of(at), at, None, None)
    words = {"at": ["moment", at], "window": ["window", window]}
    warn(reading, "outside-office-hours", day_of(at), reason, words)
    return None


def answer(reading: Value, event: Value, reply: Value) -> Value:
    """A contact after the employer answered: replying is right, chasing a no is not."""
    purpose = "reply" if event[3] is None else event[3]
    if reply[1] == "rejection":
        if purpose == "reply":
            reading["replies_to_rejection"] = reading["replies_to_rejection"] + 1
        if purpose != "reply" or reading["replies_to_rejection"] > 1:
            warn(reading, "chasing-after-answer", event[0], None, {})
    return purpose


def before_answer(reading: Value, event: Value) -> Value:
    day, purpose = event[0], event[3]
    if purpose == "reply":
        # Answering a question the employer asked is never pestering.
        return purpose
    if purpose == "another-offer":
        if reading["told_of_offer_on"] is not None:
            warn(reading, "repeated-offer-notice", day, None, {})
        else:
            reading["told_of_offer_on"] = day
        # Asking about their timeline is the question a follow-up would ask.
        asked(reading, day)
        return purpose
    days = reading["days"]
    if purpose == "thank-you" or (purpose is None and thanks_in_time(days, day, event[1])):
        return thank_you(reading, event)
    if purpose is None and day < days["follow-up"][0] and not reading["thanked"]:
        return thank_you(reading, event)
    if purpose == "last-note":
        return last_note(reading, day)
    return question(reading, day)


def thank_you(reading: Value, event: Value) -> Value:
    day, days = event[0], reading["days"]
    deadline = days["thank-you"][1]
    reading["thanked"] = True
    if thanks_in_time(days, day, event[1]):
        return "thank-you"
    if day < days["follow-up"][0]:
        words = {"latest": ["day", deadline], "next": ["day", days["follow-up"][0]]}
        warn(reading, "late-thank-you", day, None, words)
        return "thank-you"
    # From the follow-up day, a thank-you note is a message like any other: it asks to
    # be read, so it counts as the follow-up, and the thanks belonged in it.
    warn(reading, "late-thank-you", day, "in-follow-up", {"latest": ["day", deadline]})
    return question(reading, day)


def question(reading: Value, day: Value) -> Value:
    """A message that asks about the decision (what a follow-up is), or one too many."""
    days = reading["days"]
    if reading["closed"]:
        warn(reading, "extra-contact", day, None, {})
        return "last-note"
    if day >= days["second-note"][0]:
        # Weeks after the follow-up became possible, one message is all there will be: it is
        # the last note, which asks nothing more than a follow-up would.
        reading["followed_up"] = True
        reading["closed"] = True
        return "last-note"
    if reading["followed_up"]:
        words = {"next": ["day", days["second-note"][0]]}
        variant = None
        told = reading["told_of_offer_on"]
        if told is not None and reading["asked_on"] == told:
            # Whoever never sent "a follow-up" would not recognise "a second one".
            variant = "after-offer-notice"
            words["notice"] = ["day", told]
        warn(reading, "second-follow-up", day, variant, words)
        return "follow-up"
    if day < days["follow-up"][0]:
        words = {"latest": ["day", days["wait"][1]], "next": ["day", days["second-note"][0]]}
        asked(reading, day)
        warn(reading, "early-follow-up", day, None, words)
        return "follow-up"
    asked(reading, day)
    return "follow-up"


def asked(reading: Value, day: Value) -> Value:
    """The question went out on ``day``: the silence before the last note counts from then."""
    if reading["followed_up"]:
        return None
    reading["followed_up"] = True
    reading["asked_on"] = day
    start = reading["interview"]
    calendar, policy = reading["calendar"], reading["policy"]
    reading["days"] = plan_days(calendar, policy, start[0], start[1], start[2], day)
    return None


def last_note(reading: Value, day: Value) -> Value:
    if reading["closed"]:
        warn(reading, "extra-contact", day, None, {})
    elif day < reading["days"]["second-note"][0]:
        next_day = reading["days"]["second-note"][0]
        warn(reading, "early-last-note", day, None, {"next": ["day", next_day]})
    reading["followed_up"] = True
    reading["closed"] = True
    return "last-note"


# ---- Where the candidate stands, and the next step ----


def position(reading: Value, reply: Value, today: Value, now: Value, zone: Value) -> Value:
    """``[stage, next step]``: a plan's step by its action, a due one, a made one, or None.

    ``now`` is the moment of the assessment when it has a time (then the
    thank-you deadline is to the minute), ``zone`` the interview's clock.
    """
    days = reading["days"]
    if reply is not None:
        return ["heard-back", respond_step(reading, reply, today, zone)]
    if today >= days["move-on"][0]:
        return ["moved-on", "move-on"]
    if today >= days["second-note"][0]:
        if reading["closed"]:
            return ["letting-go", "move-on"]
        return ["second-note-due", due_step(reading, "second-note", today, zone)]
    # Once the last note is sent, even too early, nothing is left to write: only moving on.
    after_asking = "move-on" if reading["closed"] else "second-note"
    if today >= days["follow-up"][0]:
        if reading["followed_up"]:
            return ["letting-go", after_asking]
        return ["follow-up-due", due_step(reading, "follow-up", today, zone)]
    if reading["followed_up"]:
        return ["letting-go", after_asking]
    if not reading["thanked"]:
        if thanks_in_time(days, today, now):
            return ["thank-you", thanks_due(reading, today, zone)]
        return ["late-thank-you", late_thank_you(reading, today, zone)]
    return ["waiting", "follow-up"]


def due_step(reading: Value, action: Value, today: Value, zone: Value) -> Value:
    """A plan's message that is due, ``{"planned": action, "window": ...}``.

    The step is the plan's, but for its sending window: the first from ``today``
    on, as a made step's is. The plan's first is past once the reader comes back
    days later, and a day already past is no help to them.
    """
    window = first_window(reading["calendar"], reading["policy"], today, None, None, zone)
    return {"planned": action, "window": window}


def thanks_due(reading: Value, today: Value, zone: Value) -> Value:
    """The thank-you note while it is in time: the plan's step, or, once the interview's day
    is past, the plan's step with its office hours from ``today`` on (:func:`due_step`).

    A reader who comes back the day after the interview, the deadline still ahead, was shown
    the first hours after the interview, already past.
    """
    days = reading["days"]
    if today <= days["thank-you"][0]:
        return "thank-you"
    window = thank_you_window(reading["calendar"], reading["policy"], today, None, days, zone)
    return {"planned": "thank-you", "window": window}


def made_step(
    reading: Value, action: Value, advice: Value, first: Value, last: Value, zone: Value,
    to: Value, today: Value,
) -> Value:  # fmt: skip
    """A step the plan does not have, by email, to whom the plan's step ``to`` writes to.

    Its fields are :func:`plan_steps`', but for its recipients: ``recipients_of`` names
    the plan's step whose recipients it has. Its sending window is the first on a
    day from ``today`` on: a day already past is no help to the candidate.
    """
    window = first_window(
        reading["calendar"], reading["policy"], max(first, today), None, last, zone
    )
    return {
        "action": action,
        "guidance": advice,
        "earliest": first,
        "latest": last,
        "next": None,
        "due": None,
        "channel": "email",
        "optional": False,
        "recipients_of": to,
        "window": window,
        "chat": False,
        "in_hr": None,
        "variant": None,
        "answer_by": None,
    }


def late_thank_you(reading: Value, today: Value, zone: Value) -> Value:
    """A missed thank-you deadline: late is better than none, until the follow-up day."""
    last = reading["days"]["wait"][1]
    step = made_step(
        reading, "late-thank-you", "late-thank-you", today, last, zone, "thank-you", today
    )
    step["optional"] = True
    return step


def respond_step(reading: Value, reply: Value, today: Value, zone: Value) -> Value:
    """The reply the employer's answer calls for, until it is sent or its moment has passed."""
    for contact in reading["contacts"]:
        if contact[1] == "reply" and contact[0] >= reply[0]:
            return None
    answered_on, outcome, respond_by, next_interview = reply[0], reply[1], reply[2], reply[3]
    # Thanks come within the policy's working days whatever the deadline for the decision.
    latest = working_days_after(
        reading["calendar"], answered_on, reading["policy"].reply_within_working_days
    )
    variant = RESPONSES[outcome][2]
    if outcome == "offer" and respond_by is not None:
        latest = min(latest, respond_by)
        variant = "deadline"
        if today > respond_by:
            return None
    if outcome == "next-round":
        if respond_by is not None:
            latest = respond_by
        if next_interview is not None:
            # Confirm before the interview itself, however short the notice.
            latest = max(answered_on, min(latest, next_interview - 1))
            if today >= next_interview:
                return None
    if outcome == "rejection" and today > latest:
        return None  # the gracious reply was optional, and its moment has passed
    action = RESPONSES[outcome][0]
    step = made_step(
        reading, action, "reply-after-answer", answered_on, latest, zone, "follow-up", today
    )
    step["optional"] = RESPONSES[outcome][1]
    step["variant"] = variant
    step["answer_by"] = respond_by if outcome == "offer" else None
    step["chat"] = reading["chat"]
    return step


STAGES_DUE = ("thank-you", "late-thank-you", "follow-up-due", "second-note-due", "moved-on")
"""Stages that say their next step already ("Time to follow up once", "Moved on"): the
summary gives the step's dates only, not its title again."""


def summary_keys(stage: Value, outcome: Value, next_round: Value, has_next: Value) -> Value:
    """The messages an assessment's one-sentence summary joins, in order.

    ``outcome`` is the employer's answer (None without one), ``next_round``
    whether the next round's interview is planned, ``has_next`` whether there is
    a next step.
    """
    if outcome is not None:
        first = "heard-back.next-round.planned" if next_round else "heard-back." + outcome
        if not has_next:
            return [first]
        return [first, "summary.reply"]
    if not has_next:
        return ["stage." + stage]
    if stage in STAGES_DUE:
        return ["summary.due"]
    return ["summary.next"]


# ---- What an assessment's calendar file holds: what is still ahead ----

AHEAD = {
    "thank-you": ["thank-you", "follow-up", "second-note", "move-on"],
    "late-thank-you": ["late-thank-you", "follow-up", "second-note", "move-on"],
    "follow-up": ["follow-up", "second-note", "move-on"],
    "second-note": ["second-note", "move-on"],
    "move-on": ["move-on"],
}
"""The actions still ahead of a candidate, by their next step: it, then the plan's after it.

A plan's whole calendar is its first entry; a late thank-you note takes the note's place."""


def actions_ahead(next_action: Value) -> Value:
    """The actions an assessment's calendar holds, in the plan's order, by its next step.

    What the candidate did is behind the next step (the rulebook's ``position``
    chose it knowing that), so only it and the plan's actions after it are ahead.
    Once the employer answered, the plan's waiting is over: the reply the answer
    calls for is all that is left, or nothing once it is sent.
    """
    if next_action is None:
        return []
    if next_action in AHEAD:
        return AHEAD[next_action]
    return [next_action]


def days_ahead(earliest: Value, latest: Value, today: Value) -> Value:
    """A step's days from ``today`` on, ``[first, last]``, or None once its last day is past.

    A step open from a day on (no ``latest``) is never past: from today on it is
    today's, so its reminder still comes.
    """
    first = max(earliest, today)
    if latest is None:
        return [first, first]
    if latest < today:
        return None
    return [first, latest]


# ---- The letters a candidate may need ----


LETTERS_WHILE_WAITING = {
    "thank-you": ["thank-you", "follow-up", "closing"],
    "late-thank-you": ["thank-you", "follow-up", "closing"],
    "follow-up": ["follow-up", "closing"],
    "second-note": ["closing"],
    "move-on": [],
}
"""The letters of waiting still to send, by the assessment's next step: it says what the
candidate sent as the rulebook read it (a late follow-up is the last note, a note about
another offer asks what a follow-up asks)."""


def letters_needed(
    chat: Value, outcome: Value, other_offer: Value, sent: Value, next_action: Value
) -> Value:
    """The kinds of letter (``etiket.templates``) a candidate may need, in the order of need.

    ``next_action`` is the assessment's next step (its action, None without an
    assessment, when every letter of waiting is); ``sent`` the purposes of the
    messages sent, as the assessment read them. While they wait (``outcome``
    None): the letters of waiting still to send (:data:`LETTERS_WHILE_WAITING`),
    the follow-up's chat version with it when the recruiter writes by chat
    (``chat``), and the note about another offer (``other_offer``) until it is
    sent. The employer's answer ends the waiting, and with it every letter that
    waits for one (the thank-you note looks forward to hearing from them): after a
    rejection, its one reply while that is the next step; after an invitation to
    a next round, the note about another offer until it is sent, as the round is
    still open; after an offer, none, as the reply to it is the next step.
    """
    offer_note: list[Value] = []
    if other_offer and "another-offer" not in sent:
        offer_note = ["another-offer"]
    if outcome is not None:
        if outcome == "rejection" and next_action == "reply-to-rejection":
            return ["rejection-reply"]
        if outcome == "next-round":
            return offer_note
        return []
    kinds = LETTERS_WHILE_WAITING["thank-you"]
    if next_action in LETTERS_WHILE_WAITING:
        kinds = LETTERS_WHILE_WAITING[next_action]
    needed: list[Value] = []
    for kind in kinds:
        if kind == "closing":
            needed = needed + offer_note
        needed = needed + [kind]
        if kind == "follow-up" and chat:
            needed = needed + ["follow-up-chat"]
    if "closing" not in kinds:
        needed = needed + offer_note
    return needed


# ---- The days the candidate gives: on the interview's calendar, in order ----
#
# A day given is [day, moment], the moment None without a time (read_given's).


def check_same_kind(field: Value, first: Value, first_name: Value, second: Value,
                    second_name: Value) -> Value:  # fmt: skip
    """Refuse to compare a time with a zone against a time without one."""
    a = first[1]
    b = second[1]
    if a is None or b is None or (zone_of(a) is None) == (zone_of(b) is None):
        return None
    if zone_of(a) is None:
        first, second = second, first
        first_name, second_name = second_name, first_name
    refuse(field, "date.zone-mismatch", {
        "aware": ["word", first_name], "aware_at": ["moment", first],
        "naive": ["word", second_name], "naive_at": ["moment", second],
    })  # fmt: skip
    return None


def is_before(first: Value, second: Value) -> Value:
    """Whether ``first`` is strictly earlier: by the time when both have one, else by the day."""
    if first[1] is not None and second[1] is not None:
        return is_earlier(first[1], second[1])
    return first[0] < second[0]


def in_zone_of(given: Value, reference: Value) -> Value:
    """``given`` on the clock of ``reference`` when both carry a time zone.

    The timeline's days are the interview's local days, so a time given in
    another zone must be read on that calendar before its day is taken.
    """
    at = given[1]
    if at is None or reference[1] is None:
        return given
    zone = zone_of(reference[1])
    if zone_of(at) is None or zone is None:
        return given
    moved = in_zone(at, zone)
    return [day_of(moved), moved]


def read_today(start: Value, now: Value) -> Value:
    """Today, ``now``, on the interview's (``start``) calendar; never before the interview."""
    check_same_kind("today", start, "interview", now, "date for today")
    now = in_zone_of(now, start)
    if is_before(now, start):
        refuse("today", "date.today-before-interview", {"now": ["moment", now],
                                                        "start": ["moment", start]})  # fmt: skip
    return now


def check_between(field: Value, given: Value, what: Value, start: Value, now: Value) -> Value:
    """What the candidate says happened (``what``, on ``given``): after the interview, by today.

    It comes back on the interview's calendar.
    """
    check_same_kind(field, start, "interview", given, what)
    check_same_kind(field, now, "date for today", given, what)
    if is_before(given, start):
        refuse(field, "date.before-interview", {
            "what": ["word", what], "moment": ["moment", given], "start": ["moment", start],
        })  # fmt: skip
    if is_before(now, given):
        refuse(field, "date.after-today", {
            "what": ["word", what], "moment": ["moment", given], "now": ["moment", now],
        })  # fmt: skip
    return in_zone_of(given, start)


def reply_dates(answered: Value, outcome: Value, respond_by: Value, later: Value,
                zone: Value) -> Value:  # fmt: skip
    """The days an answer names, ``[respond-by day, next interview]``, read and checked.

    ``answered`` is the day the answer came; ``respond_by`` (by when the employer
    needs the candidate's answer) and ``later`` (the next round's interview) are
    as given, None when not. A rejection asks no answer, and only an invitation
    to a next round has its interview, which the answer precedes.
    """
    day = None
    if respond_by is not None:
        if outcome == "rejection":
            refuse("respondBy", "input.respond-by-rejection", {})
        day = read_given("respondBy", respond_by, "deadline to respond", zone)[0]
        if day < answered:
            refuse("respondBy", "date.respond-by-before-answer", {
                "respond_by": ["day", day], "answered": ["day", answered],
            })  # fmt: skip
    interview = None
    if later is not None:
        if outcome != "next-round":
            refuse("nextInterview", "input.next-interview-outcome", {"outcome": ["value", outcome]})
        interview = read_given("nextInterview", later, "next interview date", zone)
        if interview[0] < answered:
            refuse("nextInterview", "date.next-interview-before-invitation", {
                "later": ["moment", interview], "invited": ["day", answered],
            })  # fmt: skip
        if day is not None and day > interview[0]:
            refuse("respondBy", "date.confirm-after-next-interview", {
                "respond_by": ["day", day], "later": ["day", interview[0]],
            })  # fmt: skip
    return [day, interview]


# ---- Where a day falls on a timeline ----


def todays_step(spans: Value, today: Value) -> Value:
    """The step a timeline marks for ``today``: its index in ``spans``, or None before them all.

    ``spans`` holds each step's ``[earliest, latest]`` (latest None for a step
    from a day on, which holds that day alone). Of the steps whose days hold
    today, the one that ends first; between steps, the last one begun. This
    only places today among the plan's dates: where a candidate stands, given
    what they did, is an assessment's to say. The days are whole numbers here;
    the page gives its timeline's ISO dates, which order alike.
    """
    found = None
    end = None
    index = 0
    for span in spans:
        last = span[0] if span[1] is None else span[1]
        if span[0] <= today and today <= last and (found is None or last < end):
            found = index
            end = last
        index = index + 1
    if found is not None:
        return found
    index = 0
    for span in spans:
        if span[0] <= today:
            found = index
        index = index + 1
    return found


def shown_steps(spans: Value, answered_on: Value, reply_left: Value, today: Value) -> Value:
    """The steps a timeline of an assessment shows, and today's among them: ``[shown, marked]``.

    ``spans`` holds the plan's steps' ``[earliest, latest]``, as :func:`todays_step`
    takes them; ``shown`` lists indices into it, and None for the reply to the
    employer's answer; ``marked`` is today's place in ``shown``, or None. While the
    candidate waits (``answered_on`` None): every step, today placed as
    :func:`todays_step` places it. The answer ends the waiting: the steps begun by
    its day are what happened, and the reply it calls for follows them while one is
    left (``reply_left``) as today's step; with none left, no step is today's.
    """
    shown: list[Value] = []
    index = 0
    for span in spans:
        if answered_on is None or span[0] <= answered_on:
            shown = shown + [index]
        index = index + 1
    if answered_on is None:
        return [shown, todays_step(spans, today)]
    if not reply_left:
        return [shown, None]
    return [shown + [None], len(shown)]
