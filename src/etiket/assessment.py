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
from dataclasses import dataclass
from datetime import date, datetime, time
from enum import StrEnum

from etiket._dates import Moment, check_same_kind, in_zone_of, is_before, to_moment
from etiket.errors import InvalidDateError, InvalidInputError
from etiket.guidance import Guidance
from etiket.language import Language, check_language, format_date
from etiket.messages import message
from etiket.policy import Policy
from etiket.timeline import Channel, Step, Timeline, plan

__all__ = ["Assessment", "Breach", "Contact", "Outcome", "Reply", "Stage", "Warning", "assess"]


class Stage(StrEnum):
    """Where the candidate is on the timeline."""

    THANK_YOU = "thank-you"
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


class Breach(StrEnum):
    """An etiquette mistake, named after what happened."""

    PHONE_CALL = "phone-call"
    LATE_THANK_YOU = "late-thank-you"
    EARLY_FOLLOW_UP = "early-follow-up"
    SECOND_FOLLOW_UP = "second-follow-up"
    EXTRA_CONTACT = "extra-contact"
    CONTACT_AFTER_REPLY = "contact-after-reply"


_BREACH_GUIDANCE = {
    Breach.PHONE_CALL: Guidance.NO_PHONE,
    Breach.LATE_THANK_YOU: Guidance.THANK_YOU_PROMPTLY,
    Breach.EARLY_FOLLOW_UP: Guidance.EMPLOYERS_SLOW,
    Breach.SECOND_FOLLOW_UP: Guidance.FOLLOW_UP_ONCE,
    Breach.EXTRA_CONTACT: Guidance.DONT_PESTER,
    Breach.CONTACT_AFTER_REPLY: Guidance.HEARD_BACK,
}


@dataclass(frozen=True, slots=True)
class Contact:
    """A message the candidate sent: when, and how (email unless said otherwise)."""

    on: date | datetime | str
    channel: Channel | str = Channel.EMAIL


@dataclass(frozen=True, slots=True)
class Reply:
    """The employer's answer: when it came, and what it was."""

    on: date | datetime | str
    outcome: Outcome | str


@dataclass(frozen=True, slots=True)
class Warning:
    """One etiquette breach, with the advice it goes against."""

    breach: Breach
    on: date
    guidance: Guidance
    text: str


@dataclass(frozen=True, slots=True, repr=False)
class Assessment:
    """The candidate's position today."""

    today: date
    stage: Stage
    next_step: Step | None
    warnings: tuple[Warning, ...]
    timeline: Timeline
    reply: tuple[date, Outcome] | None = None
    lang: Language = "en"

    @property
    def summary(self) -> str:
        """One sentence on where things stand, in the assessment's language."""
        if self.reply is not None:
            return message(f"heard-back.{self.reply[1].value}", self.lang)
        if self.next_step is None:
            return self.stage.label(self.lang)
        return message(
            "summary.next",
            self.lang,
            stage=self.stage.label(self.lang),
            step=self.next_step.title,
            when=self.next_step.when(),
        )

    def __str__(self) -> str:
        from etiket.render import assessment_text

        return assessment_text(self)

    def __repr__(self) -> str:
        from etiket.render import assessment_repr

        return assessment_repr(self)

    def _repr_html_(self) -> str:
        from etiket.render import assessment_html

        return assessment_html(self)


@dataclass(frozen=True, slots=True)
class _Event:
    moment: Moment
    channel: Channel


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
) -> Assessment:
    """Assess the candidate's position on ``today`` (the machine's date if omitted).

    ``notes`` are the messages sent (a :class:`Contact`, or a bare date for an
    email); ``calls`` the days the candidate phoned; ``heard_back`` the
    employer's answer, if any, which ends the timeline.
    """
    code = check_language(lang)
    timeline = plan(
        interview, decision_date=decision_date, country=country, policy=policy, lang=code,
        interviewer_in_hr=interviewer_in_hr,
    )  # fmt: skip
    start = timeline.interview
    now = to_moment(date.today() if today is None else today, "today's date")
    check_same_kind(start, "interview", now, "today's date")
    now = in_zone_of(now, start)
    if is_before(now, start):
        raise InvalidDateError(
            f"today's date {now} is before the interview {start}; "
            "assess on or after the interview day"
        )

    events = [
        *(_note(n) for n in _iterable(notes, "notes")),
        *(_Event(to_moment(c, "call date"), Channel.PHONE) for c in _iterable(calls, "calls")),
    ]
    for event in events:
        _check_between(event.moment, "message", start, now)
    # Read every time on the interview's calendar, then take contacts in the order they
    # happened: a same-day note sent before the deadline must count before a later one.
    events = sorted(
        (_Event(in_zone_of(e.moment, start), e.channel) for e in events), key=_chronological
    )
    reply = _reply(heard_back, start, now)

    warnings: list[Warning] = []

    def warn(breach: Breach, on: date, **dates: date) -> None:
        words = {k: format_date(v, code) for k, v in dates.items()}
        text = message(f"warning.{breach.value}", code, on=format_date(on, code), **words)
        warnings.append(Warning(breach, on, _BREACH_GUIDANCE[breach], text))

    thank_you, follow_up, second_note = (
        timeline.thank_you, timeline.follow_up, timeline.second_note,
    )  # fmt: skip
    thanked = followed_up = closed = False
    for event in events:
        day = event.moment.day
        if event.channel is Channel.PHONE:
            warn(Breach.PHONE_CALL, day)
        if reply is not None and day > reply[0]:
            warn(Breach.CONTACT_AFTER_REPLY, day)
        elif _within_thank_you(event.moment, thank_you):
            thanked = True
        elif day < follow_up.earliest:
            if not thanked:
                thanked = True
                warn(Breach.LATE_THANK_YOU, day, latest=_deadline(thank_you))
            elif followed_up:
                warn(Breach.SECOND_FOLLOW_UP, day, next=second_note.earliest)
            else:
                followed_up = True
                last_wait = timeline.steps[1].latest or day
                warn(Breach.EARLY_FOLLOW_UP, day, latest=last_wait, next=second_note.earliest)
        elif day < second_note.earliest:
            if followed_up:
                warn(Breach.SECOND_FOLLOW_UP, day, next=second_note.earliest)
            followed_up = True
        elif closed:
            warn(Breach.EXTRA_CONTACT, day)
        else:
            closed = True

    stage, next_step = _position(now, timeline, reply, thanked, followed_up, closed)
    return Assessment(now.day, stage, next_step, tuple(warnings), timeline, reply, code)


def _position(
    now: Moment,
    timeline: Timeline,
    reply: tuple[date, Outcome] | None,
    thanked: bool,
    followed_up: bool,
    closed: bool,
) -> tuple[Stage, Step | None]:
    if reply is not None:
        return Stage.HEARD_BACK, None
    today = now.day
    if today >= timeline.move_on.earliest:
        return Stage.MOVED_ON, timeline.move_on
    if today >= timeline.second_note.earliest:
        if closed:
            return Stage.LETTING_GO, timeline.move_on
        return Stage.SECOND_NOTE_DUE, timeline.second_note
    if today >= timeline.follow_up.earliest:
        if followed_up:
            return Stage.LETTING_GO, timeline.second_note
        return Stage.FOLLOW_UP_DUE, timeline.follow_up
    # With the interview's time and the time now, the deadline is to the hour.
    if not thanked and _within_thank_you(now, timeline.thank_you):
        return Stage.THANK_YOU, timeline.thank_you
    if followed_up:
        return Stage.LETTING_GO, timeline.second_note
    return Stage.WAITING, timeline.follow_up


def _chronological(event: _Event) -> tuple[date, time]:
    at = event.moment.at
    return event.moment.day, time.min if at is None else at.time()


def _within_thank_you(moment: Moment, step: Step) -> bool:
    if step.due is not None and moment.at is not None:
        return moment.at <= step.due
    return step.latest is not None and moment.day <= step.latest


def _deadline(step: Step) -> date:
    return step.latest or step.earliest


def _iterable(values: object, name: str) -> list[object]:
    if isinstance(values, str | bytes) or not isinstance(values, Iterable):
        raise InvalidInputError(
            f"{name} must be a list (e.g. [date(2026, 11, 21)]), not {values!r}"
        )
    return list(values)


def _note(value: object) -> _Event:
    if isinstance(value, Contact):
        return _Event(to_moment(value.on, "message date"), Channel.parse(value.channel))
    return _Event(to_moment(value, "message date"), Channel.EMAIL)


def _check_between(moment: Moment, what: str, start: Moment, now: Moment) -> None:
    check_same_kind(start, "interview", moment, what)
    check_same_kind(now, "today's date", moment, what)
    if is_before(moment, start):
        raise InvalidDateError(
            f"the {what} on {moment} is before the interview {start}; "
            "list only what happened after the interview"
        )
    if is_before(now, moment):
        raise InvalidDateError(
            f"the {what} on {moment} is after today's date {now}; "
            "list only what has already happened"
        )


def _reply(value: object, start: Moment, now: Moment) -> tuple[date, Outcome] | None:
    if value is None:
        return None
    if not isinstance(value, Reply):
        raise InvalidInputError(
            f"heard_back must be an etiket.Reply(on=..., outcome=...), not {value!r}"
        )
    moment = to_moment(value.on, "reply date")
    _check_between(moment, "reply", start, now)
    moment = in_zone_of(moment, start)
    try:
        outcome = Outcome(value.outcome)
    except ValueError:
        known = ", ".join(repr(o.value) for o in Outcome)
        raise InvalidInputError(f"unknown outcome {value.outcome!r}; use one of: {known}") from None
    return moment.day, outcome
