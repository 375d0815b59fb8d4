"""Where a candidate stands today, what to do next, and what went against etiquette.

>>> import etiket
>>> result = etiket.assess(
...     "2026-11-20", today="2026-12-01",
...     notes=[etiket.Contact("2026-11-20")], calls=["2026-11-24"],
... )
>>> result.stage.value    # the call counts as the one follow-up, made too early
'letting-go'
>>> [w.breach.value for w in result.warnings]
['phone-call', 'early-follow-up']
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, replace
from datetime import date, datetime, time
from enum import StrEnum
from typing import Any

from etiket import rulebook
from etiket._choices import read_choice, read_list
from etiket._dates import Moment, to_date, to_moment
from etiket._faces import Shown, calendar_file
from etiket.errors import InvalidInputError
from etiket.guidance import Guidance
from etiket.language import Language, check_language, format_date, format_datetime
from etiket.messages import message
from etiket.policy import Policy
from etiket.timeline import (
    Channel,
    Step,
    Timeline,
    plan,
    portable_step,
    portable_window,
    step_spans,
    within_the_calendar,
)

__all__ = [
    "Assessment",
    "Breach",
    "Contact",
    "Misstep",
    "Outcome",
    "Purpose",
    "Reply",
    "Stage",
    "assess",
]


class Stage(StrEnum):
    """Where the candidate is on the timeline."""

    THANK_YOU = "thank-you"
    LATE_THANK_YOU = "late-thank-you"
    WAITING = "waiting"
    FOLLOW_UP_DUE = "follow-up-due"
    LETTING_GO = "letting-go"
    SECOND_NOTE_DUE = "second-note-due"
    MOVED_ON = "moved-on"
    HEARD_BACK = "heard-back"

    def label(self, lang: str = "en") -> str:
        """The stage's name in ``lang``."""
        return message(f"stage.{self.value}", lang)


class Outcome(StrEnum):
    """What the employer answered."""

    OFFER = "offer"
    REJECTION = "rejection"
    NEXT_ROUND = "next-round"

    @classmethod
    def parse(cls, value: object) -> Outcome:
        """``value`` as an answer, spelled as its value is; a clear error for anything else."""
        if isinstance(value, str) and value in {o.value for o in cls}:
            return cls(value)
        known = ", ".join(repr(o.value) for o in cls)
        raise InvalidInputError("input.unknown-outcome", value=value, known=known)


class Purpose(StrEnum):
    """What a message the candidate sent was for."""

    THANK_YOU = "thank-you"
    FOLLOW_UP = "follow-up"
    LAST_NOTE = "last-note"
    REPLY = "reply"
    """A reply to the employer: to their answer, or to a question they asked."""
    ANOTHER_OFFER = "another-offer"
    """Telling the employer about another offer, and asking about their timeline."""

    @classmethod
    def parse(cls, value: object) -> Purpose:
        """``value`` as a purpose; a clear error for anything else."""
        purpose = read_choice(cls, value, _PURPOSE_ALIASES)
        if purpose is not None:
            return purpose
        known = ", ".join(repr(p.value) for p in cls)
        raise InvalidInputError("input.unknown-purpose", value=value, known=known)


_PURPOSE_ALIASES = {
    "thanks": "thank-you",
    "thank-you-note": "thank-you",
    "followup": "follow-up",
    "second-note": "last-note",
    "closing-note": "last-note",
    "offer": "another-offer",
}


class Breach(StrEnum):
    """An etiquette mistake, named after what happened."""

    PHONE_CALL = "phone-call"
    LATE_THANK_YOU = "late-thank-you"
    EARLY_FOLLOW_UP = "early-follow-up"
    SECOND_FOLLOW_UP = "second-follow-up"
    EARLY_LAST_NOTE = "early-last-note"
    EXTRA_CONTACT = "extra-contact"
    REPEATED_OFFER_NOTICE = "repeated-offer-notice"
    UNINVITED_CHAT = "uninvited-chat"
    OUTSIDE_OFFICE_HOURS = "outside-office-hours"
    CHASING_AFTER_ANSWER = "chasing-after-answer"


@dataclass(frozen=True, slots=True)
class Contact:
    """A message the candidate sent: when, how (email unless said otherwise), and what for.

    Without a ``purpose``, etiket infers it from the date, as the timeline reads
    it: a note within the thank-you deadline is the thank-you note, the first
    message after the waiting is the follow-up, and so on. In an assessment's
    :attr:`Assessment.contacts` every contact carries the purpose it was taken for.
    """

    on: date | datetime | str
    channel: Channel | str = Channel.EMAIL
    purpose: Purpose | str | None = None


@dataclass(frozen=True, slots=True)
class Reply:
    """The employer's answer: when it came, and what it was.

    ``respond_by`` is the deadline the employer gave for an answer to an offer
    (or to confirm a next round). ``next_interview`` is the day of the next
    round's interview, from which :attr:`Assessment.next_round` plans anew.
    """

    on: date | datetime | str
    outcome: Outcome | str
    respond_by: date | str | None = None
    next_interview: date | datetime | str | None = None


@dataclass(frozen=True, slots=True)
class Misstep:
    """One etiquette breach, with the advice it goes against and what to do now."""

    breach: Breach
    on: date
    guidance: Guidance
    text: str


@dataclass(frozen=True, slots=True, repr=False)
class Assessment(Shown):
    """The candidate's position today."""

    _face = "assessment"

    today: date
    stage: Stage
    next_step: Step | None
    """What to do next, or None. A message of the plan that is due has its sending window
    on the first working day from :attr:`today` on: the plan's first may be past."""
    warnings: tuple[Misstep, ...]
    timeline: Timeline
    reply: Reply | None = None
    """The employer's answer, with its day as a date and its outcome as an Outcome."""
    lang: Language = "en"
    contacts: tuple[Contact, ...] = ()
    """Every message and call, in order, each with the purpose etiket took it for."""
    next_round: Timeline | None = None
    """The new timeline after a next-round interview, when its date is known."""

    @property
    def summary(self) -> str:
        """One sentence on where things stand, in the assessment's language."""
        outcome = None if self.reply is None else Outcome(self.reply.outcome).value
        keys = rulebook.summary_keys(
            self.stage.value, outcome, self.next_round is not None, self.next_step is not None
        )
        values = {"stage": self.stage.label(self.lang)}
        if self.next_step is not None:
            values |= self._next()
        if self.next_round is not None:
            # The new timeline exists already: say where it starts, not "plan one".
            values["date"] = format_date(self.next_round.interview.day, self.lang)
        return " ".join(message(key, self.lang, **values) for key in keys)

    @property
    def timeline_steps(self) -> tuple[Step, ...]:
        """The steps a timeline of this assessment shows, as the handbook's assistant does.

        While the candidate waits, the steps of :attr:`timeline` (which counts what
        they sent). The employer's answer ends the waiting: then the steps begun by
        the answer's day, followed by the reply the answer calls for
        (:attr:`next_step`) while one is left. The rule is ``shown_steps`` in
        ``etiket.rulebook``, which the page runs too.

        >>> import etiket
        >>> result = etiket.assess("2026-11-20", today="2026-12-03",
        ...     heard_back=etiket.Reply("2026-12-02", "offer"))
        >>> [step.action.value for step in result.timeline_steps]
        ['thank-you', 'wait', 'follow-up', 'let-go', 'respond-to-offer']
        >>> result.todays_step.action
        <Action.RESPOND_TO_OFFER: 'respond-to-offer'>
        """
        return self._shown()[0]

    @property
    def todays_step(self) -> Step | None:
        """The step of :attr:`timeline_steps` that :attr:`today` falls in, or None.

        While the candidate waits, as :meth:`Timeline.step_on` places a day; once
        the employer answered, the reply, or none when no reply is left.
        """
        return self._shown()[1]

    def _shown(self) -> tuple[tuple[Step, ...], Step | None]:
        steps = self.timeline.steps
        answered = None if self.reply is None else to_date(self.reply.on, "reply date")
        shown, marked = rulebook.shown_steps(
            step_spans(steps),
            None if answered is None else answered.toordinal(),
            self.next_step is not None,
            self.today.toordinal(),
        )
        # None in ``shown`` is the reply, which is the next step (there only while one is left).
        chosen = tuple(steps[i] if i is not None else self._reply_step() for i in shown)
        return chosen, None if marked is None else chosen[marked]

    def _reply_step(self) -> Step:
        assert self.next_step is not None
        return self.next_step

    def to_ics(self, **options: Any) -> bytes:
        """What is still ahead on :attr:`today` as an iCalendar file; see :func:`etiket.ics.to_ics`.

        Still ahead means: the next step, then the plan's actions after it (what
        the candidate already did comes before the next step, so it is left out),
        each from :attr:`today` on. A step whose last day is before today is past
        and left out; one that began earlier starts today, so that its reminder
        still comes; one open from a day on (the follow-up, the last note, moving
        on) is never past. Once the employer answered, only the reply their
        answer calls for is ahead, and the next round's plan when it is known.
        The rules are ``actions_ahead`` and ``days_ahead`` in ``etiket.rulebook``,
        which the handbook's page runs too.

        >>> import etiket
        >>> result = etiket.assess("2026-11-20", today="2026-12-02",
        ...                        notes=[etiket.Contact("2026-11-20")])
        >>> result.next_step.action.value, result.next_step.earliest < result.today
        ('follow-up', True)
        >>> from etiket.ics import calendar_events
        >>> events = calendar_events(result)
        >>> [e.action.value for e in events]      # the thank-you note is behind
        ['follow-up', 'second-note', 'move-on']
        >>> events[0].start == result.today     # the follow-up is due: its reminder is today's
        True
        >>> result.to_ics().count(b"BEGIN:VALARM")
        3
        """
        return calendar_file(self, options)

    def _next(self) -> dict[str, str]:
        step = self.next_step
        assert step is not None
        return {"step": step.title, "when": step.when()}


@dataclass(frozen=True, slots=True)
class _Event:
    moment: Moment
    channel: Channel
    purpose: Purpose | None


def assess(
    interview: date | datetime | str,
    *,
    today: date | datetime | str | None = None,
    notes: Iterable[Contact | date | datetime | str] = (),
    calls: Iterable[date | datetime | str] = (),
    heard_back: Reply | None = None,
    decision_date: date | str | None = None,
    country: str | None = None,
    policy: Policy | None = None,
    lang: str = "en",
    interviewer_in_hr: bool | None = None,
    interviewers: Iterable[object] = (),
    follow_up_to: object = None,
    recruiter_uses_chat: bool = False,
) -> Assessment:
    """Assess the candidate's position on ``today`` (the machine's date if omitted).

    ``notes`` are the messages sent (a :class:`Contact`, or a bare date for an
    email whose purpose etiket infers); ``calls`` the days the candidate phoned;
    ``heard_back`` the employer's answer, if any, which ends the waiting. The
    other arguments are :func:`etiket.plan`'s.
    """
    code = check_language(lang)
    people = list(read_list(interviewers, "interviewers"))
    timeline = plan(
        interview, decision_date=decision_date, country=country, policy=policy, lang=code,
        interviewer_in_hr=interviewer_in_hr, interviewers=people, follow_up_to=follow_up_to,
        recruiter_uses_chat=recruiter_uses_chat,
    )  # fmt: skip
    start = timeline.interview
    began_on = _given(start)
    given = to_moment(date.today() if today is None else today, "date for today")
    today_on = rulebook.read_today(began_on, _given(given))
    now = _moment(today_on)
    sent = {
        "contacts": [_note(n) for n in read_list(notes, "notes")],
        "calls": [
            _Event(to_moment(c, "call date"), Channel.PHONE, None)
            for c in read_list(calls, "calls")
        ],
    }
    # Each on the interview's calendar, then in the order they happened: a same-day note sent
    # before the deadline must count before a later one. The fields are the page's form's.
    events = sorted(
        (
            replace(event, moment=_moment(rulebook.check_between(
                f"{field}.{index}", _given(event.moment), "message", began_on, today_on
            )))
            for field, listed in sent.items()
            for index, event in enumerate(listed)
        ),
        key=_order,
    )  # fmt: skip
    reply, answer = _reply(heard_back, began_on, today_on)
    decided = timeline.decision_date
    began = [start.day.toordinal(), start.at, None if decided is None else decided.toordinal()]
    # A late follow-up moves the last note: near the end of the calendar, past it.
    with within_the_calendar(start):
        reading = rulebook.read_contacts(
            timeline.calendar, timeline.policy, began, [_portable(e) for e in events], answer,
            timeline.recruiter_uses_chat,
        )  # fmt: skip
        if reading["asked_on"] is not None:
            timeline = timeline.after_follow_up(date.fromordinal(reading["asked_on"]))
        stage, found = rulebook.position(
            reading, answer, now.day.toordinal(), now.at, timeline.zone
        )
    contacts = tuple(
        Contact(event.moment.at or event.moment.day, event.channel, Purpose(purpose))
        for event, (_, purpose) in zip(events, reading["contacts"], strict=True)
    )
    warnings = tuple(_misstep(warning, code) for warning in reading["warnings"])
    next_round = None
    if reply is not None and reply.next_interview is not None:
        next_round = plan(
            reply.next_interview, country=country, policy=policy, lang=code,
            interviewers=people, follow_up_to=follow_up_to,
            recruiter_uses_chat=recruiter_uses_chat,
        )  # fmt: skip
    return Assessment(
        now.day, Stage(stage), _next_step(timeline, found), warnings, timeline, reply, code,
        contacts, next_round,
    )  # fmt: skip


def _portable(event: _Event) -> list[object]:
    """A contact as the rulebook reads it: [day, moment, channel, purpose]."""
    purpose = None if event.purpose is None else event.purpose.value
    return [event.moment.day.toordinal(), event.moment.at, event.channel.value, purpose]


def _misstep(warning: list[Any], lang: Language) -> Misstep:
    """A warning of the rulebook's, ``[breach, day, variant, words]``, in ``lang``."""
    breach, day, variant, words = warning
    key = f"warning.{breach}" + ("" if variant is None else f".{variant}")
    on = date.fromordinal(day)
    said = {name: _word(kind, value, lang) for name, (kind, value) in words.items()}
    text = message(key, lang, on=format_date(on, lang), **said)
    return Misstep(Breach(breach), on, Guidance(rulebook.BREACH_GUIDANCE[breach]), text)


def _word(kind: str, value: Any, lang: Language) -> str:
    if kind == "moment":
        return format_datetime(value, lang)
    if kind == "window":
        window = portable_window(value)
        return "" if window is None else window.describe(lang)
    return format_date(date.fromordinal(value), lang)


def _next_step(timeline: Timeline, found: str | dict[str, Any] | None) -> Step | None:
    """The rulebook's next step: a plan's step by its action, or one the assessment made.

    A plan's message that is due comes with its sending window from today on
    (``rulebook.due_step``).
    """
    if found is None or isinstance(found, str):
        return None if found is None else timeline.step(found)
    if "planned" in found:
        due = portable_window(found["window"])
        return replace(timeline.step(found["planned"]), window=due)
    to = timeline.step(found["recipients_of"])
    return portable_step(found | {"recipients": to.recipients}, timeline.lang)


def _order(event: _Event) -> tuple[date, time]:
    at = event.moment.at
    return event.moment.day, time.min if at is None else at.time()


def _note(value: object) -> _Event:
    if isinstance(value, Contact):
        purpose = None if value.purpose is None else Purpose.parse(value.purpose)
        return _Event(to_moment(value.on, "message date"), Channel.parse(value.channel), purpose)
    return _Event(to_moment(value, "message date"), Channel.EMAIL, None)


def _given(moment: Moment) -> list[object]:
    """A moment as the rulebook takes a day given: ``[day, datetime or None]``."""
    return [moment.day.toordinal(), moment.at]


def _moment(given: list[Any]) -> Moment:
    return Moment(date.fromordinal(given[0]), given[1])


def _reply(
    value: object, start: list[object], now: list[object]
) -> tuple[Reply | None, list[object] | None]:
    """The employer's answer, as the assessment shows it and as the rulebook reads it.

    The rulebook's is ``[day, outcome, respond-by day, next interview's day]``.
    """
    if value is None:
        return None, None
    if not isinstance(value, Reply):
        raise InvalidInputError("input.reply-type", value=value)
    given = _given(to_moment(value.on, "reply date"))
    answered = rulebook.check_between("heardBack", given, "reply", start, now)
    outcome = Outcome.parse(value.outcome)
    respond_by, later = rulebook.reply_dates(
        answered[0], outcome.value, value.respond_by, value.next_interview, None
    )
    reply = Reply(
        date.fromordinal(answered[0]),
        outcome,
        None if respond_by is None else date.fromordinal(respond_by),
        None if later is None else later[1] or date.fromordinal(later[0]),
    )
    return reply, [answered[0], outcome.value, respond_by, None if later is None else later[0]]
