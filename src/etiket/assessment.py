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
from datetime import date, datetime, time, timedelta
from enum import StrEnum

from etiket._choices import read_choice
from etiket._dates import Moment, check_same_kind, in_zone_of, is_before, to_moment
from etiket._faces import Shown
from etiket.errors import InvalidDateError, InvalidInputError, Word
from etiket.guidance import Guidance
from etiket.hours import SendingWindow, first_window, off_hours
from etiket.language import Language, check_language, format_date, format_datetime
from etiket.messages import message
from etiket.policy import Policy
from etiket.timeline import Action, Channel, Step, Timeline, plan

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


_BREACH_GUIDANCE = {
    Breach.PHONE_CALL: Guidance.NO_PHONE,
    Breach.LATE_THANK_YOU: Guidance.LATE_THANK_YOU,
    Breach.EARLY_FOLLOW_UP: Guidance.EMPLOYERS_SLOW,
    Breach.SECOND_FOLLOW_UP: Guidance.FOLLOW_UP_ONCE,
    Breach.EARLY_LAST_NOTE: Guidance.SECOND_NOTE_AFTER_WEEKS,
    Breach.EXTRA_CONTACT: Guidance.DONT_PESTER,
    Breach.REPEATED_OFFER_NOTICE: Guidance.ANOTHER_OFFER,
    Breach.UNINVITED_CHAT: Guidance.CHAT_CHANNEL,
    Breach.OUTSIDE_OFFICE_HOURS: Guidance.OFFICE_HOURS,
    Breach.CHASING_AFTER_ANSWER: Guidance.REPLY_AFTER_ANSWER,
}


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
        if self.reply is not None:
            key = f"heard-back.{Outcome(self.reply.outcome).value}"
            if self.next_round is not None:
                # The new timeline exists already: say where it starts, not "plan one".
                day = format_date(self.next_round.interview.day, self.lang)
                text = message("heard-back.next-round.planned", self.lang, date=day)
            else:
                text = message(key, self.lang)
            if self.next_step is None:
                return text
            return text + " " + message("summary.reply", self.lang, **self._next())
        if self.next_step is None:
            return self.stage.label(self.lang)
        return message("summary.next", self.lang, stage=self.stage.label(self.lang), **self._next())

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
    people = list(_iterable(interviewers, "interviewers"))
    timeline = plan(
        interview, decision_date=decision_date, country=country, policy=policy, lang=code,
        interviewer_in_hr=interviewer_in_hr, interviewers=people, follow_up_to=follow_up_to,
        recruiter_uses_chat=recruiter_uses_chat,
    )  # fmt: skip
    start = timeline.interview
    now = to_moment(date.today() if today is None else today, "today's date")
    check_same_kind(start, "interview", now, "today's date")
    now = in_zone_of(now, start)
    if is_before(now, start):
        raise InvalidDateError("date.today-before-interview", now=now, start=start)

    events = [
        *(_note(n) for n in _iterable(notes, "notes")),
        *(
            _Event(to_moment(c, "call date"), Channel.PHONE, None)
            for c in _iterable(calls, "calls")
        ),
    ]
    for event in events:
        _check_between(event.moment, "message", start, now)
    # Read every time on the interview's calendar, then take contacts in the order they
    # happened: a same-day note sent before the deadline must count before a later one.
    events = sorted((replace(e, moment=in_zone_of(e.moment, start)) for e in events), key=_order)
    reply = _reply(heard_back, start, now)
    reading = _Reading(timeline, reply, code)
    for event in events:
        reading.take(event)
    timeline = reading.timeline
    stage, next_step = _position(now, reading)
    next_round = None
    if reply is not None and reply.next_interview is not None:
        next_round = plan(
            reply.next_interview, country=country, policy=policy, lang=code,
            interviewers=people, follow_up_to=follow_up_to,
            recruiter_uses_chat=recruiter_uses_chat,
        )  # fmt: skip
    return Assessment(
        now.day, stage, next_step, tuple(reading.warnings), timeline, reply, code,
        tuple(reading.contacts), next_round,
    )  # fmt: skip


class _Reading:
    """Reads the candidate's contacts in order, as the timeline and the answer see them."""

    def __init__(self, timeline: Timeline, reply: Reply | None, lang: Language) -> None:
        self.timeline = timeline
        self.reply = reply
        self.lang = lang
        self.warnings: list[Misstep] = []
        self.contacts: list[Contact] = []
        self.thanked = False
        self.followed_up = False
        self.closed = False
        self.told_of_offer_on: date | None = None
        self.asked_on: date | None = None
        self.replies_to_rejection = 0

    def warn(self, breach: Breach, on: date, variant: str | None = None, **words: str) -> None:
        key = f"warning.{breach.value}" + ("" if variant is None else f".{variant}")
        text = message(key, self.lang, on=format_date(on, self.lang), **words)
        self.warnings.append(Misstep(breach, on, _BREACH_GUIDANCE[breach], text))

    def day(self, value: date) -> str:
        return format_date(value, self.lang)

    def take(self, event: _Event) -> None:
        answered = self.reply is not None and _after_answer(event, self.reply)
        if not answered:
            self._check_channel(event)
        purpose = self._answer(event) if answered else self._before_answer(event)
        self._check_hours(event, purpose)
        moment = event.moment
        self.contacts.append(Contact(moment.at or moment.day, event.channel, purpose))

    def _check_channel(self, event: _Event) -> None:
        day = event.moment.day
        if event.channel is Channel.PHONE:
            self.warn(Breach.PHONE_CALL, day)
        elif event.channel is Channel.VOICE_NOTE:
            self.warn(Breach.PHONE_CALL, day, "voice-note")
        elif event.channel is Channel.MESSAGE and not self.timeline.recruiter_uses_chat:
            self.warn(Breach.UNINVITED_CHAT, day)

    def _check_hours(self, event: _Event, purpose: Purpose) -> None:
        at = event.moment.at
        if at is None:
            return
        calendar, policy = self.timeline.calendar, self.timeline.policy
        # Promptness is the thank-you note's rule: within its deadline, any hour will do, and
        # the plan's window is only its best moment.
        if purpose is Purpose.THANK_YOU and self.timeline.thank_you.meets_deadline(event.moment):
            return
        reason = off_hours(calendar, policy, at)
        if reason is None:
            return
        window = first_window(calendar, policy, at.date(), after=at)
        self.warn(
            Breach.OUTSIDE_OFFICE_HOURS, at.date(), reason.value,
            at=format_datetime(at, self.lang),
            window=window.describe(self.lang) if window is not None else "",
        )  # fmt: skip

    def _answer(self, event: _Event) -> Purpose:
        """A contact after the employer answered: replying is right, chasing a no is not."""
        assert self.reply is not None
        purpose = event.purpose or Purpose.REPLY
        if self.reply.outcome is Outcome.REJECTION:
            if purpose is Purpose.REPLY:
                self.replies_to_rejection += 1
            if purpose is not Purpose.REPLY or self.replies_to_rejection > 1:
                self.warn(Breach.CHASING_AFTER_ANSWER, event.moment.day)
        return purpose

    def _before_answer(self, event: _Event) -> Purpose:
        timeline = self.timeline
        day = event.moment.day
        purpose = event.purpose
        if purpose is Purpose.REPLY:
            # Answering a question the employer asked is never pestering.
            return purpose
        if purpose is Purpose.ANOTHER_OFFER:
            if self.told_of_offer_on is not None:
                self.warn(Breach.REPEATED_OFFER_NOTICE, day)
            else:
                self.told_of_offer_on = day
            # Asking about their timeline is the question a follow-up would ask.
            self._asked(day)
            return purpose
        thank_you, follow_up = timeline.thank_you, timeline.follow_up
        if purpose is Purpose.THANK_YOU or (
            purpose is None and thank_you.meets_deadline(event.moment)
        ):
            return self._thank_you(event)
        if purpose is None and day < follow_up.earliest and not self.thanked:
            return self._thank_you(event)
        if purpose is Purpose.LAST_NOTE:
            return self._last_note(day)
        return self._question(day)

    def _thank_you(self, event: _Event) -> Purpose:
        timeline = self.timeline
        day = event.moment.day
        deadline = timeline.thank_you.deadline or day
        self.thanked = True
        if timeline.thank_you.meets_deadline(event.moment):
            return Purpose.THANK_YOU
        if day < timeline.follow_up.earliest:
            self.warn(
                Breach.LATE_THANK_YOU, day, latest=self.day(deadline),
                next=self.day(timeline.follow_up.earliest),
            )  # fmt: skip
            return Purpose.THANK_YOU
        # From the follow-up day, a thank-you note is a message like any other: it asks to
        # be read, so it counts as the follow-up, and the thanks belonged in it.
        self.warn(Breach.LATE_THANK_YOU, day, "in-follow-up", latest=self.day(deadline))
        return self._question(day)

    def _question(self, day: date) -> Purpose:
        """A message that asks about the decision (what a follow-up is), or one too many."""
        timeline = self.timeline
        follow_up, second_note = timeline.follow_up, timeline.second_note
        if self.closed:
            self.warn(Breach.EXTRA_CONTACT, day)
            return Purpose.LAST_NOTE
        if day >= second_note.earliest:
            if not self.followed_up:
                # Weeks after the follow-up became possible, one message is all there will
                # be: it is the last note, which asks nothing more than a follow-up would.
                self.followed_up = True
            self.closed = True
            return Purpose.LAST_NOTE
        if self.followed_up:
            words = {"next": self.day(second_note.earliest)}
            variant = None
            if self.told_of_offer_on is not None and self.asked_on == self.told_of_offer_on:
                # Whoever never sent "a follow-up" would not recognise "a second one".
                variant, words["notice"] = "after-offer-notice", self.day(self.told_of_offer_on)
            self.warn(Breach.SECOND_FOLLOW_UP, day, variant, **words)
            return Purpose.FOLLOW_UP
        if day < follow_up.earliest:
            last_wait = timeline.step(Action.WAIT).latest or day
            self._asked(day)
            self.warn(
                Breach.EARLY_FOLLOW_UP, day, latest=self.day(last_wait),
                next=self.day(self.timeline.second_note.earliest),
            )  # fmt: skip
            return Purpose.FOLLOW_UP
        self._asked(day)
        return Purpose.FOLLOW_UP

    def _asked(self, day: date) -> None:
        if self.followed_up:
            return
        self.followed_up = True
        self.asked_on = day
        self.timeline = self.timeline.after_follow_up(day)

    def _last_note(self, day: date) -> Purpose:
        second_note = self.timeline.second_note
        if self.closed:
            self.warn(Breach.EXTRA_CONTACT, day)
        elif day < second_note.earliest:
            self.warn(Breach.EARLY_LAST_NOTE, day, next=self.day(second_note.earliest))
        self.followed_up = self.closed = True
        return Purpose.LAST_NOTE


def _after_answer(event: _Event, reply: Reply) -> bool:
    # On the day of the answer, a contact is a reply only when it says so: the day's
    # other messages may have gone out before the answer came.
    day = event.moment.day
    answer_day = _day_of(reply.on)
    return day > answer_day or (day == answer_day and event.purpose is Purpose.REPLY)


def _day_of(value: date | datetime | str) -> date:
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    return to_moment(value, "reply date").day


def _position(now: Moment, reading: _Reading) -> tuple[Stage, Step | None]:
    timeline = reading.timeline
    today = now.day
    if reading.reply is not None:
        return Stage.HEARD_BACK, _respond_step(reading, today)
    if today >= timeline.move_on.earliest:
        return Stage.MOVED_ON, timeline.move_on
    if today >= timeline.second_note.earliest:
        if reading.closed:
            return Stage.LETTING_GO, timeline.move_on
        return Stage.SECOND_NOTE_DUE, timeline.second_note
    # Once the last note is sent, even too early, nothing is left to write: only moving on.
    after_asking = timeline.move_on if reading.closed else timeline.second_note
    if today >= timeline.follow_up.earliest:
        if reading.followed_up:
            return Stage.LETTING_GO, after_asking
        return Stage.FOLLOW_UP_DUE, timeline.follow_up
    if reading.followed_up:
        return Stage.LETTING_GO, after_asking
    if not reading.thanked:
        # With the interview's time and the time now, the deadline is to the hour.
        if timeline.thank_you.meets_deadline(now):
            return Stage.THANK_YOU, timeline.thank_you
        return Stage.LATE_THANK_YOU, _late_thank_you(today, timeline)
    return Stage.WAITING, timeline.follow_up


def _late_thank_you(today: date, timeline: Timeline) -> Step:
    """A missed thank-you deadline: late is better than none, until the follow-up day."""
    last = timeline.step(Action.WAIT).latest or today
    return Step(
        Action.LATE_THANK_YOU, Guidance.LATE_THANK_YOU, today, last, Channel.EMAIL, True,
        None, timeline.lang, window=_window(timeline, today, last),
        recipients=timeline.thank_you.recipients,
    )  # fmt: skip


def _respond_step(reading: _Reading, today: date) -> Step | None:
    """The reply the employer's answer calls for, until it is sent or its moment has passed."""
    reply, timeline = reading.reply, reading.timeline
    assert reply is not None
    outcome = Outcome(reply.outcome)
    if any(c.purpose is Purpose.REPLY for c in reading.contacts if _is_after(c, reply)):
        return None
    answered_on = _day_of(reply.on)
    # Thanks come within the policy's working days whatever the deadline for the decision.
    latest = timeline.calendar.working_days_after(
        answered_on, timeline.policy.reply_within_working_days
    )
    respond_by = None if reply.respond_by is None else _day_of(reply.respond_by)
    next_interview = None if reply.next_interview is None else _day_of(reply.next_interview)
    action, optional, variant = _RESPONSE[outcome]
    if outcome is Outcome.OFFER and respond_by is not None:
        latest, variant = min(latest, respond_by), "deadline"
        if today > respond_by:
            return None
    if outcome is Outcome.NEXT_ROUND:
        if respond_by is not None:
            latest = respond_by
        if next_interview is not None:
            # Confirm before the interview itself, however short the notice.
            latest = max(answered_on, min(latest, next_interview - _ONE_DAY))
            if today >= next_interview:
                return None
    if outcome is Outcome.REJECTION and today > latest:
        return None  # the gracious reply was optional, and its moment has passed
    return Step(
        action, Guidance.REPLY_AFTER_ANSWER, answered_on, latest, Channel.EMAIL, optional, None,
        timeline.lang, window=_window(timeline, answered_on, latest),
        recipients=timeline.follow_up.recipients, chat=timeline.recruiter_uses_chat,
        variant=variant, answer_by=respond_by if outcome is Outcome.OFFER else None,
    )  # fmt: skip


_RESPONSE = {
    Outcome.OFFER: (Action.RESPOND_TO_OFFER, False, "acknowledge"),
    Outcome.NEXT_ROUND: (Action.CONFIRM_NEXT_ROUND, False, None),
    Outcome.REJECTION: (Action.REPLY_TO_REJECTION, True, None),
}
_ONE_DAY = timedelta(days=1)


def _is_after(contact: Contact, reply: Reply) -> bool:
    return _day_of(contact.on) >= _day_of(reply.on)


def _window(timeline: Timeline, first: date, last: date) -> SendingWindow | None:
    return first_window(timeline.calendar, timeline.policy, first, until=last, zone=timeline.zone)


def _order(event: _Event) -> tuple[date, time]:
    at = event.moment.at
    return event.moment.day, time.min if at is None else at.time()


def _iterable(values: object, name: str) -> list[object]:
    if isinstance(values, str | bytes) or not isinstance(values, Iterable):
        raise InvalidInputError("input.not-a-list", name=name, value=values)
    return list(values)


def _note(value: object) -> _Event:
    if isinstance(value, Contact):
        purpose = None if value.purpose is None else Purpose.parse(value.purpose)
        return _Event(to_moment(value.on, "message date"), Channel.parse(value.channel), purpose)
    return _Event(to_moment(value, "message date"), Channel.EMAIL, None)


def _check_between(moment: Moment, what: str, start: Moment, now: Moment) -> None:
    check_same_kind(start, "interview", moment, what)
    check_same_kind(now, "today's date", moment, what)
    if is_before(moment, start):
        raise InvalidDateError("date.before-interview", what=Word(what), moment=moment, start=start)
    if is_before(now, moment):
        raise InvalidDateError("date.after-today", what=Word(what), moment=moment, now=now)


def _reply(value: object, start: Moment, now: Moment) -> Reply | None:
    if value is None:
        return None
    if not isinstance(value, Reply):
        raise InvalidInputError("input.reply-type", value=value)
    moment = to_moment(value.on, "reply date")
    _check_between(moment, "reply", start, now)
    moment = in_zone_of(moment, start)
    try:
        outcome = Outcome(value.outcome)
    except ValueError:
        known = ", ".join(repr(o.value) for o in Outcome)
        raise InvalidInputError("input.unknown-outcome", value=value.outcome, known=known) from None
    respond_by = None
    if value.respond_by is not None:
        if outcome is Outcome.REJECTION:
            raise InvalidInputError("input.respond-by-rejection")
        respond_by = to_moment(value.respond_by, "deadline to respond").day
        if respond_by < moment.day:
            raise InvalidDateError(
                "date.respond-by-before-answer", respond_by=respond_by, answered=moment.day
            )
    next_interview: date | datetime | None = None
    if value.next_interview is not None:
        if outcome is not Outcome.NEXT_ROUND:
            raise InvalidInputError("input.next-interview-outcome", outcome=outcome.value)
        later = to_moment(value.next_interview, "next interview date")
        if later.day < moment.day:
            raise InvalidDateError(
                "date.next-interview-before-invitation", later=later, invited=moment.day
            )
        next_interview = later.at or later.day
        if respond_by is not None and respond_by > later.day:
            raise InvalidDateError(
                "date.confirm-after-next-interview", respond_by=respond_by, later=later.day
            )
    return Reply(moment.day, outcome, respond_by, next_interview)
