"""The timeline after one interview: what to do, how, and when.

>>> import etiket
>>> timeline = etiket.plan("2026-11-20")          # a Friday
>>> timeline.follow_up.earliest                   # five working days later
datetime.date(2026, 11, 27)
>>> [step.action.value for step in timeline.steps]
['thank-you', 'wait', 'follow-up', 'let-go', 'second-note', 'move-on']
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, replace
from datetime import date, datetime, tzinfo
from enum import StrEnum
from typing import Any

from etiket import rulebook
from etiket._choices import read_choice
from etiket._dates import Moment, to_date, to_moment
from etiket._faces import Shown, calendar_file, show
from etiket.calendar import WorkingCalendar
from etiket.errors import InvalidDateError, InvalidInputError, UnknownChannelError, Word
from etiket.guidance import Guidance
from etiket.hours import SendingWindow
from etiket.language import Language, check_language, format_date, format_moment
from etiket.messages import message
from etiket.policy import DEFAULT_POLICY, Policy

__all__ = [
    "ACTIONS",
    "PERIODS",
    "TIMELINE_ACTIONS",
    "Action",
    "Channel",
    "LastNoteBasis",
    "Span",
    "SpanKind",
    "Step",
    "Timeline",
    "plan",
]


class Action(StrEnum):
    """What a step asks of the candidate."""

    THANK_YOU = "thank-you"
    WAIT = "wait"
    FOLLOW_UP = "follow-up"
    LET_GO = "let-go"
    SECOND_NOTE = "second-note"
    MOVE_ON = "move-on"
    # Steps an assessment adds to the plan: a late note, and replies once the employer answered.
    LATE_THANK_YOU = "late-thank-you"
    RESPOND_TO_OFFER = "respond-to-offer"
    CONFIRM_NEXT_ROUND = "confirm-next-round"
    REPLY_TO_REJECTION = "reply-to-rejection"


TIMELINE_ACTIONS: tuple[Action, ...] = tuple(Action(facts[0]) for facts in rulebook.STEPS)
"""The steps of every plan, in order; the other actions come from an assessment."""

# A plan's whole calendar: what is ahead of whoever has done nothing yet (the rulebook's).
ACTIONS: tuple[Action, ...] = tuple(Action(a) for a in rulebook.AHEAD[Action.THANK_YOU.value])
"""The steps of a plan that ask the candidate to do something, as opposed to waiting.

Each is an event of the calendar file and an item of a cohort's agenda."""

PERIODS: tuple[Action, ...] = (Action.WAIT, Action.LET_GO)
"""The steps of a plan that are only time to let pass."""


class LastNoteBasis(StrEnum):
    """The day from which the silence before the last note is counted."""

    FOLLOW_UP_POSSIBLE = "follow-up-possible"
    """The day the follow-up became possible: a plan knows no history."""
    FOLLOW_UP_SENT = "follow-up-sent"
    """The day the follow-up was actually sent, when that was later."""


class Channel(StrEnum):
    """How a message reaches the employer."""

    EMAIL = "email"
    LETTER = "letter"
    PHONE = "phone"
    VOICE_NOTE = "voice-note"
    MESSAGE = "message"
    IN_PERSON = "in-person"

    @property
    def is_call(self) -> bool:
        """True for channels that interrupt the way a call does (a voice note counts)."""
        return self in (Channel.PHONE, Channel.VOICE_NOTE)

    @classmethod
    def parse(cls, value: object) -> Channel:
        """``value`` as a channel; a clear error for anything else."""
        channel = read_choice(cls, value, _CHANNEL_ALIASES)
        if channel is not None:
            return channel
        known = ", ".join(repr(c.value) for c in cls)
        raise UnknownChannelError("input.unknown-channel", value=value, known=known)

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
    "wa": "message",
    "sms": "message",
    "voice": "voice-note",
    "vn": "voice-note",
    "pesan-suara": "voice-note",
    "voice-message": "voice-note",
}


class SpanKind(StrEnum):
    """How a step's dates are said."""

    BY = "by"
    """A deadline: "by Saturday, November 21, 2026"."""
    FROM = "from"
    """Open from a day on: "from Friday, November 27, 2026"."""
    RANGE = "range"
    """Days to let pass: "Friday, November 20, 2026 to Thursday, November 26, 2026"."""


# Marks where a date goes in a span's words; no message contains it.
_SLOT = "\x00"


@dataclass(frozen=True, slots=True)
class Span:
    """A step's dates as its words say them (:attr:`etiket.Step.span`).

    Every face says a step's dates from here: the text, the HTML (each date in a
    ``<time>`` element), the command line and the sentences of an assessment.
    """

    kind: SpanKind
    first: date
    """The deadline for :attr:`SpanKind.BY`, else the first day."""
    last: date | None = None
    """The last day, for :attr:`SpanKind.RANGE`."""
    due: datetime | None = None
    """The deadline to the minute, when a :attr:`SpanKind.BY` step has one (``Step.due``)."""

    def start(self, *, exact: bool = False) -> date | datetime:
        """The first date the words name; ``exact`` gives a deadline to the minute if known."""
        return self.due if exact and self.due is not None else self.first

    def moments(self, *, exact: bool = False) -> dict[str, date | datetime]:
        """The dates the words name, by their place in the words' message (see :meth:`start`)."""
        if self.kind is SpanKind.RANGE and self.last is not None:
            return {"first": self.first, "last": self.last}
        return {"date": self.start(exact=exact)}

    def parts(self, lang: str, *, exact: bool = False) -> list[str | tuple[date | datetime, str]]:
        """The words in ``lang``, in order: text, and each date with how it is written.

        >>> import etiket
        >>> etiket.plan("2026-11-20").thank_you.span.parts("en")
        ['by ', (datetime.date(2026, 11, 21), 'Saturday, November 21, 2026')]
        """
        code = check_language(lang)
        moments = self.moments(exact=exact)
        slots = {name: f"{_SLOT}{name}{_SLOT}" for name in moments}
        text = message(f"label.{self.kind.value}", code, **slots)
        found: list[str | tuple[date | datetime, str]] = []
        for index, piece in enumerate(text.split(_SLOT)):
            if index % 2:
                moment = moments[piece]
                found.append((moment, format_moment(moment, code)))
            elif piece:
                found.append(piece)
        return found

    def words(self, lang: str, *, exact: bool = False) -> str:
        """The words in ``lang``, e.g. 'by Saturday, November 21, 2026'."""
        return "".join(
            part if isinstance(part, str) else part[1] for part in self.parts(lang, exact=exact)
        )


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
    window: SendingWindow | None = None
    """For messages: the first office hours in which to send it (guidance ``office-hours``).

    None for a thank-you note whose deadline falls before any office hours: then
    the deadline comes first."""
    recipients: tuple[str, ...] = ()
    """Who the message goes to: each interviewer for the thank-you note, one contact after."""
    chat: bool = False
    """True when one polite chat message may replace the email (guidance ``chat-channel``)."""
    variant: str | None = None
    """Which of the action's extra sentences applies (e.g. the last note's basis)."""
    answer_by: date | None = None
    """For an offer with a deadline: the day the employer needs the answer by."""

    @property
    def title(self) -> str:
        """A short heading in the timeline's language."""
        return message(f"{self.action.value}.title", self.lang)

    def sent_by(self, lang: str | None = None) -> str:
        """How the step's message goes, in words ("email", or "email or chat message" where
        one chat message may replace the email); "" for a step that sends nothing."""
        code = self.lang if lang is None else lang
        if self.channel is None:
            return ""
        return message("label.email-or-chat", code) if self.chat else self.channel.label(code)

    @property
    def description(self) -> str:
        """What to do and why, with the dates, in the timeline's language."""
        return self.describe(self.lang)

    def describe(self, lang: str) -> str:
        """The description in any supported language."""

        def day(value: date | None) -> str:
            return format_date(value, lang) if value else ""

        dates = {"earliest": day(self.earliest), "latest": day(self.latest)}
        dates["next"] = day(self.next_contact)
        dates["answer_by"] = day(self.answer_by)
        text = message(f"{self.action.value}.text", lang, **dates)
        if self.variant is not None:
            text += message(f"{self.action.value}.{self.variant}", lang, **dates)
        if self.chat:
            text += message("step.chat", lang)
        if self.interviewer_in_hr is False:
            text += message("move-on.not-hr", lang)
        return text

    @property
    def deadline(self) -> date | None:
        """The last day to act, for a step that has one (the thank-you note, a reply)."""
        return self.latest if self.action in _WITH_DEADLINE else None

    @property
    def last_day(self) -> date:
        """The last day the step falls on: its latest, or its first for one open from a day on."""
        return self.latest if self.latest is not None else self.earliest

    def meets_deadline(self, moment: Moment) -> bool:
        """Whether acting at ``moment`` is in time: to the minute when both have a time."""
        return bool(rulebook.in_time(self.deadline, self.due, moment.day, moment.at))

    @property
    def span(self) -> Span:
        """The step's dates as its words say them: by a deadline, from a day on, or a range."""
        kind = SpanKind(rulebook.span_kind(self.action.value, self.earliest, self.latest))
        if kind is SpanKind.BY:
            return Span(kind, self.last_day, due=self.due)
        if kind is SpanKind.RANGE:
            return Span(kind, self.earliest, self.latest)
        return Span(kind, self.earliest)

    def when(self, lang: str | None = None) -> str:
        """The step's dates as words, e.g. 'by Saturday, November 21, 2026'."""
        return self.span.words(self.lang if lang is None else lang)

    def __repr__(self) -> str:
        return show(self, "step_repr")


# Steps whose last day is a deadline ("by ..."), as the rulebook lists them.
_WITH_DEADLINE = frozenset(Action(action) for action in rulebook.WITH_DEADLINE)


@dataclass(frozen=True, slots=True, repr=False)
class Timeline(Shown):
    """The plan after one interview: its steps, in date order."""

    _face = "timeline"

    interview: Moment
    steps: tuple[Step, ...]
    calendar: WorkingCalendar
    policy: Policy
    decision_date: date | None = None
    lang: Language = "en"
    follow_up_sent_on: date | None = None
    """The day the follow-up went out, once an assessment knows it and it was late."""
    interviewers: tuple[str, ...] = ()
    """Who interviewed the candidate, when they were named."""
    recruiter_uses_chat: bool = False
    follow_up_to: str | None = None
    """The contact named for the follow-up, when it is not the first interviewer."""

    @property
    def zone(self) -> tzinfo | None:
        """The employer's time zone, when the interview was given with one."""
        return None if self.interview.at is None else self.interview.at.tzinfo

    def step(self, action: Action | str) -> Step:
        """The step for ``action`` (every timeline has one of each of TIMELINE_ACTIONS)."""
        try:
            wanted = Action(action)
        except ValueError:
            wanted = None
        if wanted not in TIMELINE_ACTIONS:
            known = ", ".join(repr(a.value) for a in TIMELINE_ACTIONS)
            raise InvalidInputError("input.unknown-step", action=action, known=known)
        return next(s for s in self.steps if s.action is wanted)

    def step_on(self, day: date | datetime | str) -> Step | None:
        """The step that ``day`` falls in, as the handbook's assistant marks it on a timeline.

        Of the steps whose days hold ``day``, the one that ends first (a step that
        runs "from" a day holds that day alone); between steps, the last one begun;
        None before the first. It places a day among the plan's dates only: where a
        candidate stands, given what they did, is :func:`etiket.assess`'s to say. A
        time of day is dropped, on its own clock.

        >>> import etiket
        >>> timeline = etiket.plan("2026-11-20")
        >>> timeline.step_on("2026-11-20").action
        <Action.THANK_YOU: 'thank-you'>
        >>> timeline.step_on(timeline.follow_up.earliest).action
        <Action.FOLLOW_UP: 'follow-up'>
        """
        today = to_date(day, "day").toordinal()
        found = rulebook.todays_step(step_spans(self.steps), today)
        return None if found is None else self.steps[found]

    @property
    def last_note_basis(self) -> LastNoteBasis:
        """What the last note's weeks of silence count from (``second-note-after-weeks``)."""
        if self.follow_up_sent_on is None:
            return LastNoteBasis.FOLLOW_UP_POSSIBLE
        return LastNoteBasis.FOLLOW_UP_SENT

    @property
    def last_note_counts_from(self) -> date:
        """The day the last note's weeks of silence start: see :attr:`last_note_basis`."""
        return self.follow_up_sent_on or self.follow_up.earliest

    def after_follow_up(self, sent_on: date) -> Timeline:
        """The timeline once the follow-up was sent on ``sent_on``.

        The last note waits for weeks of silence after the question, so a
        follow-up sent later than it could have been moves the last note and the
        day to move on. A follow-up sent early changes nothing: the silence still
        counts from the day the follow-up became possible.
        """
        if sent_on <= self.follow_up.earliest:
            return self
        return _build(
            self.interview, self.calendar, self.policy, self.decision_date, self.lang,
            self.move_on.interviewer_in_hr, self.interviewers, self.follow_up_to,
            self.recruiter_uses_chat, sent_on,
        )  # fmt: skip

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
        return replace(self, steps=tuple(replace(s, lang=code) for s in self.steps), lang=code)

    def to_ics(self, **options: Any) -> bytes:
        """The action steps as an iCalendar file; see :func:`etiket.ics.to_ics`."""
        return calendar_file(self, options)


def plan(
    interview: date | datetime | str,
    *,
    decision_date: date | str | None = None,
    country: str | None = None,
    policy: Policy | None = None,
    lang: str = "en",
    interviewer_in_hr: bool | None = None,
    interviewers: Sequence[object] = (),
    follow_up_to: object = None,
    recruiter_uses_chat: bool = False,
) -> Timeline:
    """Plan what to do after an interview.

    ``interview`` is a date, a datetime (with or without a time zone) or an ISO
    8601 string. ``decision_date`` is the day by which the employer said they
    would decide, if they did. ``country`` (e.g. ``"ID"``) makes its public
    holidays and collective leave days off. ``lang`` is ``"en"`` or ``"id"``.
    ``interviewer_in_hr=False`` notes that a reply is even less likely.
    ``interviewers`` names who interviewed you: each gets a thank-you note, and
    the follow-up goes to one contact, ``follow_up_to`` (the recruiter, or
    whoever said they would be in touch; the first interviewer if not given).
    ``recruiter_uses_chat=True`` says the recruiter has been writing to you by
    chat, so one chat message may replace the follow-up email.

    >>> import etiket
    >>> t = etiket.plan("2026-11-20", decision_date="2026-12-04", lang="id")
    >>> print(t.follow_up.when())
    mulai Selasa, 8 Desember 2026
    """
    moment = to_moment(interview, "interview date")
    code = check_language(lang)
    policy = _policy(policy)
    _check_flag(interviewer_in_hr, "interviewer_in_hr", none_allowed=True)
    _check_flag(recruiter_uses_chat, "recruiter_uses_chat", none_allowed=False)
    people = _names(interviewers)
    contact = None if follow_up_to is None else _name(follow_up_to, "follow_up_to")
    calendar = WorkingCalendar(country)
    decided_by = None
    if decision_date is not None:
        decided_by = to_moment(decision_date, "decision date").day
        if decided_by < moment.day:
            raise InvalidDateError(
                "date.decision-before-interview", decision=decided_by, interview=moment.day
            )
    return _build(
        moment, calendar, policy, decided_by, code, interviewer_in_hr, people, contact,
        recruiter_uses_chat,
    )  # fmt: skip


def _policy(value: object) -> Policy:
    """The policy a caller passed (the default for None); a clear error for anything else."""
    if value is None:
        return DEFAULT_POLICY
    if not isinstance(value, Policy):
        raise InvalidInputError("policy.type", type=type(value).__name__)
    return value


def _maybe_day(day: int | None) -> date | None:
    return None if day is None else date.fromordinal(day)


def portable_window(found: list[datetime] | None) -> SendingWindow | None:
    """A sending window as the rulebook gives it, ``[opens, closes]`` or None."""
    return None if found is None else SendingWindow(found[0], found[1])


def step_spans(steps: Iterable[Step]) -> list[list[int | None]]:
    """Each step's days as the rulebook takes them: ``[earliest, latest]``, as ordinals."""
    return [
        [step.earliest.toordinal(), None if step.latest is None else step.latest.toordinal()]
        for step in steps
    ]


def portable_step(step: dict[str, Any], lang: Language) -> Step:
    """A step as the rulebook gives it (:func:`etiket.rulebook.plan_steps`), days as ordinals."""
    channel = step["channel"]
    return Step(
        Action(step["action"]), Guidance(step["guidance"]), date.fromordinal(step["earliest"]),
        _maybe_day(step["latest"]), None if channel is None else Channel(channel),
        step["optional"], step["due"], lang, _maybe_day(step["next"]), step["in_hr"],
        window=portable_window(step["window"]), recipients=tuple(step["recipients"]),
        chat=step["chat"], variant=step["variant"], answer_by=_maybe_day(step["answer_by"]),
    )  # fmt: skip


def _check_flag(value: object, name: str, *, none_allowed: bool) -> None:
    if isinstance(value, bool) or (none_allowed and value is None):
        return
    raise InvalidInputError(
        "input.flag-or-none" if none_allowed else "input.flag", name=name, value=value
    )


def _name(value: object, what: str) -> str:
    # The letters' own reading of a name and its title, so plan and templates agree.
    from etiket.address import Interviewer

    if not isinstance(value, str | Interviewer):
        raise InvalidInputError(
            "input.name-type", what=Word(what), value=value, type=type(value).__name__
        )
    return str(Interviewer.parse(value))


def _names(values: object) -> tuple[str, ...]:
    if isinstance(values, str | bytes) or not isinstance(values, Sequence):
        raise InvalidInputError("input.interviewers-type", value=values)
    names = tuple(_name(value, "interviewer") for value in values)
    repeated = sorted({name for name in names if names.count(name) > 1})
    if repeated:
        raise InvalidInputError("input.interviewer-twice", name=repeated[0])
    return names


def _build(
    interview: Moment,
    calendar: WorkingCalendar,
    policy: Policy,
    decided_by: date | None,
    lang: Language,
    interviewer_in_hr: bool | None,
    interviewers: tuple[str, ...] = (),
    follow_up_to: str | None = None,
    chat: bool = False,
    follow_up_sent_on: date | None = None,
) -> Timeline:
    with within_the_calendar(interview):
        day = interview.day
        ordinal, at = day.toordinal(), interview.at
        sent = None if follow_up_sent_on is None else follow_up_sent_on.toordinal()
        decided = None if decided_by is None else decided_by.toordinal()
        days = rulebook.plan_days(calendar, policy, ordinal, at, decided, sent)
        follow_up_sent_on = None if days["follow-up-sent"] is None else follow_up_sent_on
        windows = rulebook.step_windows(calendar, policy, ordinal, at, days)
        found = rulebook.plan_steps(
            days, windows, list(interviewers), follow_up_to, chat, interviewer_in_hr
        )
        steps = tuple(portable_step(step, lang) for step in found)
        return Timeline(
            interview, steps, calendar, policy, decided_by, lang, follow_up_sent_on, interviewers,
            chat, follow_up_to,
        )  # fmt: skip


@contextmanager
def within_the_calendar(interview: Moment) -> Iterator[None]:
    """Date arithmetic that runs off either end of the calendar, as a clear error."""
    try:
        yield
    except InvalidDateError as error:
        if error.key != "date.past-the-end":
            raise
        raise _at_the_limits(interview) from None
    except (OverflowError, ValueError):
        # A day counted past either end of Python's dates: date.fromordinal refuses it.
        raise _at_the_limits(interview) from None


def _at_the_limits(interview: Moment) -> InvalidDateError:
    return InvalidDateError(
        "date.interview-at-limits", interview=interview, first=date.min.year, last=date.max.year
    )
