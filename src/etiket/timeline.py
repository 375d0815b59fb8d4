"""The timeline after one interview: what to do, how, and when.

>>> import etiket
>>> timeline = etiket.plan("2026-11-20")          # a Friday
>>> timeline.follow_up.earliest                   # five working days later
datetime.date(2026, 11, 27)
>>> [step.action.value for step in timeline.steps]
['thank-you', 'wait', 'follow-up', 'let-go', 'second-note', 'move-on']
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from enum import StrEnum
from typing import Any

from etiket._dates import Moment, to_moment
from etiket.calendar import WorkingCalendar
from etiket.errors import InvalidDateError, InvalidInputError, UnknownChannelError
from etiket.guidance import Guidance
from etiket.language import Language, check_language, format_date
from etiket.messages import message
from etiket.policy import DEFAULT_POLICY, Policy

__all__ = ["Action", "Channel", "Step", "Timeline", "plan"]

_ONE_DAY = timedelta(days=1)
_ONE_WEEK = timedelta(weeks=1)


class Action(StrEnum):
    """What a step asks of the candidate."""

    THANK_YOU = "thank-you"
    WAIT = "wait"
    FOLLOW_UP = "follow-up"
    LET_GO = "let-go"
    SECOND_NOTE = "second-note"
    MOVE_ON = "move-on"


class Channel(StrEnum):
    """How a message reaches the employer."""

    EMAIL = "email"
    LETTER = "letter"
    PHONE = "phone"
    MESSAGE = "message"
    IN_PERSON = "in-person"

    @classmethod
    def parse(cls, value: object) -> Channel:
        """``value`` as a channel; a clear error for anything else."""
        if isinstance(value, Channel):
            return value
        if isinstance(value, str):
            text = value.strip().lower().replace("_", "-").replace(" ", "-")
            text = _CHANNEL_ALIASES.get(text, text)
            try:
                return cls(text)
            except ValueError:
                pass
        known = ", ".join(repr(c.value) for c in cls)
        raise UnknownChannelError(f"unknown channel {value!r}; use one of: {known}")

    def label(self, lang: str = "en") -> str:
        """The channel's name in ``lang``."""
        return message(f"channel.{self.value}", lang)


_CHANNEL_ALIASES = {
    "e-mail": "email",
    "mail": "email",
    "surel": "email",
    "call": "phone",
    "telephone": "phone",
    "telepon": "phone",
    "card": "letter",
    "chat": "message",
    "whatsapp": "message",
    "sms": "message",
}


@dataclass(frozen=True, slots=True, repr=False)
class Step:
    """One step of the timeline, with the advice it implements."""

    action: Action
    guidance: Guidance
    earliest: date
    latest: date | None = None
    channel: Channel | None = None
    optional: bool = False
    due: datetime | None = None
    """The exact deadline, for the thank-you note after an interview with a time."""
    lang: Language = "en"
    next_contact: date | None = None
    """For waiting steps: the first day on which contacting the employer is fine again."""
    interviewer_in_hr: bool | None = None
    """False when the interviewer is not in HR, which makes a reply even less likely."""

    @property
    def title(self) -> str:
        """A short heading in the timeline's language."""
        return message(f"{self.action.value}.title", self.lang)

    @property
    def description(self) -> str:
        """What to do and why, with the dates, in the timeline's language."""
        return self.describe(self.lang)

    def describe(self, lang: str) -> str:
        """The description in any supported language."""

        def day(value: date | None) -> str:
            return format_date(value, lang) if value else ""

        text = message(
            f"{self.action.value}.text",
            lang,
            earliest=day(self.earliest),
            latest=day(self.latest),
            next=day(self.next_contact),
        )
        if self.interviewer_in_hr is False:
            text += message("move-on.not-hr", lang)
        return text

    def when(self, lang: str | None = None) -> str:
        """The step's dates as words, e.g. 'by Saturday, November 21, 2026'."""
        code = self.lang if lang is None else check_language(lang)
        if self.action is Action.THANK_YOU and self.latest is not None:
            return message("label.by", code, date=format_date(self.latest, code))
        if self.latest is not None and self.latest != self.earliest:
            first, last = format_date(self.earliest, code), format_date(self.latest, code)
            return message("label.range", code, first=first, last=last)
        return message("label.from", code, date=format_date(self.earliest, code))

    def __repr__(self) -> str:
        from etiket.render import step_repr

        return step_repr(self)


@dataclass(frozen=True, slots=True, repr=False)
class Timeline:
    """The plan after one interview: its steps, in date order."""

    interview: Moment
    steps: tuple[Step, ...]
    calendar: WorkingCalendar
    policy: Policy
    decision_date: date | None = None
    lang: Language = "en"

    def step(self, action: Action | str) -> Step:
        """The step for ``action`` (every timeline has one of each)."""
        try:
            wanted = Action(action)
        except ValueError:
            known = ", ".join(repr(a.value) for a in Action)
            raise InvalidInputError(f"unknown action {action!r}; use one of: {known}") from None
        return next(s for s in self.steps if s.action is wanted)

    @property
    def thank_you(self) -> Step:
        """The optional but recommended thank-you note."""
        return self.steps[0]

    @property
    def follow_up(self) -> Step:
        """The one follow-up email."""
        return self.steps[2]

    @property
    def second_note(self) -> Step:
        """The closing note after weeks of silence."""
        return self.steps[4]

    @property
    def move_on(self) -> Step:
        """The day from which to assume there is no offer."""
        return self.steps[5]

    def in_language(self, lang: str) -> Timeline:
        """The same timeline, worded in ``lang``."""
        code = check_language(lang)
        steps = tuple(_with_lang(s, code) for s in self.steps)
        return Timeline(self.interview, steps, self.calendar, self.policy, self.decision_date, code)

    def to_ics(self, **options: Any) -> bytes:
        """The action steps as an iCalendar file; see :func:`etiket.ics.to_ics`."""
        from etiket.ics import to_ics

        return to_ics(self, **options)

    def __str__(self) -> str:
        from etiket.render import timeline_text

        return timeline_text(self)

    def __repr__(self) -> str:
        from etiket.render import timeline_repr

        return timeline_repr(self)

    def _repr_html_(self) -> str:
        from etiket.render import timeline_html

        return timeline_html(self)


def _with_lang(step: Step, lang: Language) -> Step:
    return Step(
        step.action, step.guidance, step.earliest, step.latest, step.channel,
        step.optional, step.due, lang, step.next_contact, step.interviewer_in_hr,
    )  # fmt: skip


def plan(
    interview: date | datetime | str,
    *,
    decision_date: date | str | None = None,
    country: str | None = None,
    policy: Policy | None = None,
    lang: str = "en",
    interviewer_in_hr: bool | None = None,
) -> Timeline:
    """Plan what to do after an interview.

    ``interview`` is a date, a datetime (with or without a time zone) or an ISO
    8601 string. ``decision_date`` is the day by which the employer said they
    would decide, if they did. ``country`` (e.g. ``"ID"``) makes its public
    holidays and collective leave days off. ``lang`` is ``"en"`` or ``"id"``.
    ``interviewer_in_hr=False`` notes that a reply is even less likely.

    >>> import etiket
    >>> t = etiket.plan("2026-11-20", decision_date="2026-12-04", lang="id")
    >>> print(t.follow_up.when())
    mulai Selasa, 8 Desember 2026
    """
    moment = to_moment(interview, "interview date")
    code = check_language(lang)
    if policy is None:
        policy = DEFAULT_POLICY
    elif not isinstance(policy, Policy):
        raise InvalidInputError(
            f"policy must be an etiket.Policy, not {type(policy).__name__}; "
            "build one with etiket.Policy(...)"
        )
    if interviewer_in_hr is not None and not isinstance(interviewer_in_hr, bool):
        raise InvalidInputError(
            f"interviewer_in_hr must be True, False or None, not {interviewer_in_hr!r}"
        )
    calendar = WorkingCalendar(country)
    decided_by = None
    if decision_date is not None:
        decided_by = to_moment(decision_date, "decision date").day
        if decided_by < moment.day:
            raise InvalidDateError(
                f"the decision date {decided_by} is before the interview date {moment.day}; "
                "give the day the employer said they would decide, on or after the interview"
            )
    try:
        return _build(moment, calendar, policy, decided_by, code, interviewer_in_hr)
    except OverflowError:
        raise InvalidDateError(
            f"the interview date {moment} is too near the limits of the calendar (years "
            f"{date.min.year} to {date.max.year}) to plan around it; give a real interview date"
        ) from None


def _build(
    interview: Moment,
    calendar: WorkingCalendar,
    policy: Policy,
    decided_by: date | None,
    lang: Language,
    interviewer_in_hr: bool | None,
) -> Timeline:
    day = interview.day
    due: datetime | None = None
    if interview.at is not None:
        within = timedelta(hours=policy.thank_you_within_hours)
        if interview.at.utcoffset() is None:
            due = interview.at + within
        else:
            # Elapsed hours: aware arithmetic in one zone is wall-clock time, which
            # would make "24 hours" 23 or 25 across a daylight-saving change.
            due = (interview.at.astimezone(UTC) + within).astimezone(interview.at.tzinfo)
        thank_you_by = due.date()
    else:
        # Without a time the interview may have ended late in the day: allow whole days,
        # rounding the hours up, so "within 24 hours" means "by the next day".
        thank_you_by = day + timedelta(days=-(-policy.thank_you_within_hours // 24))

    follow_up = calendar.working_days_after(day, policy.follow_up_after_working_days)
    guidance = Guidance.FOLLOW_UP_AFTER_A_WEEK
    if decided_by is not None:
        after_decision = calendar.working_days_after(decided_by, policy.decision_grace_working_days)
        if after_decision > follow_up:
            follow_up, guidance = after_decision, Guidance.DECISION_DATE
    # The note's window closes when the follow-up's opens, so the two never overlap. The
    # policy's check cannot promise that alone: a late interview, a day rounded up, a
    # clock change or a working day right after all move the note's deadline.
    thank_you_by = min(thank_you_by, follow_up - _ONE_DAY)
    if due is not None:
        due = min(due, datetime.combine(follow_up, time.min, tzinfo=due.tzinfo))
    second_note = calendar.next_working_day(follow_up + policy.second_note_after_weeks * _ONE_WEEK)
    move_on = second_note + policy.assume_no_offer_after_weeks * _ONE_WEEK

    steps = (
        Step(Action.THANK_YOU, Guidance.THANK_YOU_PROMPTLY, day, thank_you_by,
             Channel.EMAIL, True, due, lang),
        Step(Action.WAIT, Guidance.EMPLOYERS_SLOW, day, follow_up - _ONE_DAY,
             None, False, None, lang, follow_up),
        Step(Action.FOLLOW_UP, guidance, follow_up, None, Channel.EMAIL, False, None, lang),
        Step(Action.LET_GO, Guidance.LET_IT_GO, follow_up, second_note - _ONE_DAY,
             None, False, None, lang, second_note),
        Step(Action.SECOND_NOTE, Guidance.SECOND_NOTE_AFTER_WEEKS, second_note, None,
             Channel.EMAIL, True, None, lang),
        Step(Action.MOVE_ON, Guidance.ASSUME_NO_AFTER_WEEKS, move_on, None,
             None, False, None, lang, None, interviewer_in_hr),
    )  # fmt: skip
    return Timeline(interview, steps, calendar, policy, decided_by, lang)
