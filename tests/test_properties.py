"""Properties that hold for every input: thousands of generated interviews and histories.

Run with ``CI=true`` for a deterministic run (the ``ci`` profile derandomises);
set ``HYPOTHESIS_PROFILE`` to pick a profile by name.
"""

from __future__ import annotations

import locale
import os
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, fields
from datetime import UTC, date, datetime, timedelta, timezone, tzinfo
from typing import Any
from zoneinfo import ZoneInfo

from _reference import first_working_day_from, is_working_day, nth_working_day_after
from hypothesis import HealthCheck, event, given, settings
from hypothesis import strategies as st

import etiket
from etiket import (
    Action,
    Breach,
    Channel,
    Contact,
    EtiketError,
    Guidance,
    Outcome,
    Policy,
    Purpose,
    Reply,
    Stage,
    Timeline,
    assess,
    follow_up_email,
    format_date,
    plan,
    thank_you_note,
)
from etiket.templates import MAX_WORDS
from etiket.timeline import TIMELINE_ACTIONS

settings.register_profile(
    "ci",
    derandomize=True,
    database=None,
    deadline=None,
    print_blob=True,
    suppress_health_check=[HealthCheck.too_slow],
)
settings.register_profile("dev", deadline=None, suppress_health_check=[HealthCheck.too_slow])
settings.load_profile(
    os.environ.get("HYPOTHESIS_PROFILE", "ci" if os.environ.get("CI") == "true" else "dev")
)

# The years the holiday tables cover without complaint, for every country below.
FIRST, LAST = date(1990, 1, 1), date(2090, 12, 31)
COUNTRIES = [None, "", "ID", "id", " ID ", "US", "SG", "MY", "DE", "AE", "IL", "JP", "SA", "NP"]
ZONE_NAMES = [
    "Asia/Jakarta", "Asia/Makassar", "Asia/Jayapura", "America/New_York", "Europe/London",
    "Australia/Lord_Howe", "Pacific/Chatham", "America/Sao_Paulo", "Pacific/Kiritimati",
    "America/St_Johns", "Asia/Kathmandu", "UTC",
]  # fmt: skip
VALID_LANGS = ["en", "id", "EN", "ID", "en-GB", "id_ID", " id "]

fixed_offsets = st.integers(-14 * 60 + 1, 14 * 60 - 1).map(
    lambda minutes: timezone(timedelta(minutes=minutes))
)
zones: st.SearchStrategy[tzinfo] = st.one_of(
    fixed_offsets, st.sampled_from(ZONE_NAMES).map(ZoneInfo), st.timezones()
)
days = st.dates(FIRST, LAST)
naive_times = st.datetimes(datetime(1990, 1, 1), datetime(2090, 12, 31))
aware_times = st.datetimes(datetime(1990, 1, 2), datetime(2090, 12, 30), timezones=zones)
interviews: st.SearchStrategy[date] = st.one_of(days, naive_times, aware_times)


@st.composite
def policies(draw: st.DrawFn) -> Policy:
    follow_up = draw(st.integers(1, 30))
    return Policy(
        thank_you_within_hours=draw(st.integers(1, min(720, 24 * follow_up - 1))),
        follow_up_after_working_days=follow_up,
        decision_grace_working_days=draw(st.integers(1, 15)),
        second_note_after_weeks=draw(st.integers(1, 8)),
        assume_no_offer_after_weeks=draw(st.integers(0, 8)),
    )


def spelled(value: date) -> st.SearchStrategy[date | str]:
    """The value itself, or its ISO 8601 spelling."""
    return st.sampled_from([value, value.isoformat()])


@dataclass(frozen=True)
class PlanArgs:
    interview: date | str
    decision_date: date | str | None
    country: str | None
    policy: Policy | None
    lang: str
    interviewer_in_hr: bool | None

    def kwargs(self) -> dict[str, Any]:
        return {
            "decision_date": self.decision_date,
            "country": self.country,
            "policy": self.policy,
            "lang": self.lang,
            "interviewer_in_hr": self.interviewer_in_hr,
        }

    def run(self) -> Timeline:
        return plan(self.interview, **self.kwargs())


@st.composite
def plan_args(draw: st.DrawFn) -> PlanArgs:
    interview = draw(interviews)
    day = interview.date() if isinstance(interview, datetime) else interview
    decision: date | str | None = None
    if draw(st.booleans()):
        decided = day + timedelta(days=draw(st.integers(0, 120)))
        decision = draw(spelled(decided))
    return PlanArgs(
        interview=draw(spelled(interview)),
        decision_date=decision,
        country=draw(st.sampled_from(COUNTRIES)),
        policy=draw(st.one_of(st.none(), policies())),
        lang=draw(st.sampled_from(VALID_LANGS)),
        interviewer_in_hr=draw(st.sampled_from([None, True, False])),
    )


def as_value(value: date | str) -> date:
    """A date or datetime back from its ISO spelling."""
    if isinstance(value, str):
        return datetime.fromisoformat(value) if "T" in value else date.fromisoformat(value)
    return value


def code_of(country: str | None) -> str | None:
    return country.strip().upper() if country and country.strip() else None


# Plans.


@settings(max_examples=1500)
@given(plan_args())
def test_every_plan_keeps_the_rules(args: PlanArgs) -> None:
    timeline = args.run()
    policy = args.policy or etiket.DEFAULT_POLICY
    country = code_of(args.country)
    interview = as_value(args.interview)
    day = interview.date() if isinstance(interview, datetime) else interview
    steps = timeline.steps

    assert [s.action for s in steps] == list(TIMELINE_ACTIONS)
    earliest = [s.earliest for s in steps]
    assert earliest == sorted(earliest)
    assert all(s.channel in (Channel.EMAIL, None) for s in steps)  # never the phone

    # The follow-up: after the waiting period, on a working day, after any decision date.
    follow_up = nth_working_day_after(day, policy.follow_up_after_working_days, country)
    decision = None if args.decision_date is None else as_value(args.decision_date)
    if decision is not None:
        after = nth_working_day_after(decision, policy.decision_grace_working_days, country)
        follow_up = max(follow_up, after)
        assert timeline.follow_up.earliest > decision
        assert timeline.decision_date == decision
    wait = timeline.step(Action.WAIT)
    assert timeline.follow_up.earliest == follow_up
    assert wait.latest is not None
    assert wait.earliest == day
    assert wait.latest < follow_up
    assert is_working_day(follow_up, country)
    assert (follow_up - day).days >= policy.follow_up_after_working_days

    second_note = first_working_day_from(
        follow_up + timedelta(weeks=policy.second_note_after_weeks), country
    )
    assert timeline.second_note.earliest == second_note
    assert timeline.move_on.earliest == second_note + timedelta(
        weeks=policy.assume_no_offer_after_weeks
    )

    # The thank-you note: due the stated number of real hours after a timed interview,
    # unless the follow-up opens first (at midnight on the interview's clock).
    hours = timedelta(hours=policy.thank_you_within_hours)
    due = timeline.thank_you.due
    last_day = follow_up - timedelta(days=1)
    if isinstance(interview, datetime):
        assert due is not None
        opens = datetime.combine(follow_up, datetime.min.time(), tzinfo=interview.tzinfo)
        if interview.utcoffset() is None:
            assert due == min(interview + hours, opens)
        else:
            in_hours = (interview.astimezone(UTC) + hours).astimezone(interview.tzinfo)
            assert due == min(in_hours, opens)
        assert timeline.thank_you.latest == min(due.date(), last_day)
    else:
        assert due is None
        whole_days = -(-policy.thank_you_within_hours // 24)
        assert timeline.thank_you.latest == min(day + timedelta(days=whole_days), last_day)


@settings(max_examples=300)
@given(plan_args())
def test_every_step_reads_in_both_languages(args: PlanArgs) -> None:
    timeline = args.run()
    for step in timeline.steps:
        for lang in etiket.LANGUAGES:
            text = step.describe(lang)
            assert "{" not in text
            assert step.when(lang)
        shown = step.latest if step.action is Action.THANK_YOU else step.earliest
        assert shown is not None
        assert format_date(shown, "id") in step.when("id")
    assert str(timeline)


# Junk: whatever is passed, the only errors are etiket's.

junk: st.SearchStrategy[Any] = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(),
    st.floats(),
    st.complex_numbers(),
    st.text(max_size=30),
    st.from_regex(r"-?\d{1,5}-\d{1,2}-\d{1,2}([T ]\d{1,2}:\d{2}(:\d{2})?([+-]\d{2}:?\d{2}|Z)?)?"),
    st.binary(max_size=10),
    st.lists(st.integers(), max_size=3),
    st.dictionaries(st.text(max_size=3), st.integers(), max_size=2),
    st.builds(object),
    st.dates(),
    st.datetimes(),
    st.datetimes(timezones=zones),
    st.sampled_from([date.min, date.max, datetime.min, datetime.max]),
    st.sampled_from(list(Channel) + list(Outcome) + list(Action)),
    st.timedeltas(),
)


def mostly(valid: st.SearchStrategy[Any]) -> st.SearchStrategy[Any]:
    """Mostly valid, sometimes junk: junk in one argument of several at a time.

    A plain ``one_of`` would pick junk far more often (it has more branches), and
    nearly every call would stop at the first check.
    """
    return st.integers(0, 5).flatmap(lambda n: junk if n == 5 else valid)


def _only_etiket_errors(call: Any, *args: Any, **kwargs: Any) -> None:
    try:
        call(*args, **kwargs)
    except EtiketError as error:
        explanation = str(error)
        event(f"refused: {type(error).__name__}")
    else:
        event("accepted")
        return
    assert explanation, "every error explains itself"


@settings(max_examples=2000)
@given(
    interview=mostly(interviews),
    decision_date=mostly(st.one_of(st.none(), days)),
    country=mostly(st.sampled_from(COUNTRIES)),
    policy=mostly(st.one_of(st.none(), policies())),
    lang=mostly(st.sampled_from(VALID_LANGS)),
    interviewer_in_hr=mostly(st.sampled_from([None, True, False])),
)
def test_plan_raises_only_etiket_errors(
    interview: Any,
    decision_date: Any,
    country: Any,
    policy: Any,
    lang: Any,
    interviewer_in_hr: Any,
) -> None:
    _only_etiket_errors(
        plan,
        interview,
        decision_date=decision_date,
        country=country,
        policy=policy,
        lang=lang,
        interviewer_in_hr=interviewer_in_hr,
    )


contacts = mostly(
    st.one_of(
        days,
        naive_times,
        aware_times,
        st.builds(Contact, mostly(days), mostly(st.sampled_from(list(Channel)))),
    )
)


@settings(max_examples=1500)
@given(
    interview=mostly(interviews),
    today=mostly(st.one_of(st.none(), interviews)),
    notes=mostly(st.lists(contacts, max_size=4)),
    calls=mostly(st.lists(mostly(days), max_size=3)),
    heard_back=mostly(
        st.one_of(
            st.none(),
            st.builds(Reply, mostly(days), mostly(st.sampled_from(list(Outcome)))),
        )
    ),
    country=mostly(st.sampled_from(COUNTRIES)),
    lang=mostly(st.sampled_from(VALID_LANGS)),
)
def test_assess_raises_only_etiket_errors(
    interview: Any,
    today: Any,
    notes: Any,
    calls: Any,
    heard_back: Any,
    country: Any,
    lang: Any,
) -> None:
    _only_etiket_errors(
        assess,
        interview,
        today=today,
        notes=notes,
        calls=calls,
        heard_back=heard_back,
        country=country,
        lang=lang,
    )


@settings(max_examples=800)
@given(
    country=mostly(st.sampled_from(COUNTRIES)),
    first=mostly(st.one_of(days, naive_times, aware_times)),
    second=mostly(st.one_of(days, naive_times)),
    count=mostly(st.integers(-3, 40)),
    lang=mostly(st.sampled_from(VALID_LANGS)),
)
def test_the_calendar_and_dates_raise_only_etiket_errors(
    country: Any, first: Any, second: Any, count: Any, lang: Any
) -> None:
    try:
        calendar = etiket.WorkingCalendar(country)
    except EtiketError:
        return
    _only_etiket_errors(calendar.is_working_day, first)
    _only_etiket_errors(calendar.working_days_after, first, count)
    _only_etiket_errors(calendar.next_working_day, first)
    _only_etiket_errors(calendar.days_off_between, first, second)
    _only_etiket_errors(calendar.holidays_in, count)
    _only_etiket_errors(format_date, first, lang)


POLICY_NAMES = [field.name for field in fields(Policy)]


@settings(max_examples=1000)
@given(st.dictionaries(st.sampled_from(POLICY_NAMES), mostly(st.integers())))
def test_a_policy_is_valid_or_refused_clearly(changes: dict[str, Any]) -> None:
    try:
        policy = Policy(**changes)
    except EtiketError:
        return
    # Any policy that is accepted can plan, even at the end of the supported years.
    for interview in (FIRST, LAST):
        assert plan(interview, policy=policy, country="ID").steps


# Histories: what the candidate did, and what assess() says about it.


@dataclass(frozen=True)
class History:
    interview: date
    today: date
    notes: list[Contact]
    calls: list[date]
    reply: Reply | None
    country: str | None
    decision_date: date | None
    lang: str

    def run(self, notes: list[Contact] | None = None) -> etiket.Assessment:
        return assess(
            self.interview,
            today=self.today,
            notes=self.notes if notes is None else notes,
            calls=self.calls,
            heard_back=self.reply,
            country=self.country,
            decision_date=self.decision_date,
            lang=self.lang,
        )


@st.composite
def histories(draw: st.DrawFn) -> History:
    """An interview (date, naive or aware time), then contacts between it and today."""
    kind = draw(st.sampled_from(["date", "naive", "aware"]))
    start: datetime = draw(st.datetimes(datetime(1990, 1, 2), datetime(2090, 10, 1)))
    zone = draw(zones) if kind == "aware" else None
    if zone is not None:
        start = start.replace(tzinfo=zone)
    span = timedelta(minutes=draw(st.integers(0, 90 * 24 * 60)))
    # Contacts cluster early, where most of the rules are.
    offsets = st.integers(0, int(span.total_seconds() // 60)).map(lambda m: timedelta(minutes=m))

    def moment(offset: timedelta) -> date:
        if kind == "date":
            return (start + offset).date()
        if kind == "naive":
            return start + offset
        at = (start.astimezone(UTC) + offset).astimezone(start.tzinfo)
        # The same instant, written in any zone.
        return at.astimezone(draw(zones)) if draw(st.booleans()) else at

    def maybe_date(offset: timedelta) -> date:
        value = moment(offset)
        # A day without a time mixes with any interview.
        if isinstance(value, datetime) and draw(st.booleans()):
            start_zone = start.tzinfo
            return value.astimezone(start_zone).date() if start_zone else value.date()
        return value

    channel = st.sampled_from(list(Channel))
    notes = [
        Contact(maybe_date(offset), draw(channel)) for offset in draw(st.lists(offsets, max_size=6))
    ]
    calls = [maybe_date(offset) for offset in draw(st.lists(offsets, max_size=2))]
    reply = None
    if draw(st.booleans()):
        reply = Reply(maybe_date(draw(offsets)), draw(st.sampled_from(list(Outcome))))
    interview = start.date() if kind == "date" else start
    day = start.date()
    decision = draw(st.one_of(st.none(), st.integers(0, 40).map(lambda n: day + timedelta(n))))
    return History(
        interview=interview,
        today=moment(span),
        notes=notes,
        calls=calls,
        reply=reply,
        country=draw(st.sampled_from(COUNTRIES)),
        decision_date=decision,
        lang=draw(st.sampled_from(["en", "id"])),
    )


def local(value: object, interview: date) -> tuple[date, datetime | None]:
    """A moment as (day, time) on the interview's calendar."""
    assert isinstance(value, date), "histories hold dates and times, not text"
    if not isinstance(value, datetime):
        return value, None
    if isinstance(interview, datetime) and interview.tzinfo and value.tzinfo:
        value = value.astimezone(interview.tzinfo)
    return value.date(), value


@settings(max_examples=1500)
@given(histories())
def test_every_assessment_keeps_the_rules(history: History) -> None:
    result = history.run()
    timeline = result.timeline
    thank_you = timeline.thank_you
    second_note = timeline.second_note.earliest
    today, _ = local(history.today, history.interview)
    assert result.today == today

    found = [w.breach for w in result.warnings]
    event(f"stage: {result.stage.value}")
    for breach in set(found):
        event(f"warning: {breach.value}")
    events = [(c.on, Channel.parse(c.channel)) for c in history.notes]
    events += [(c, Channel.PHONE) for c in history.calls]

    reply_day = None if history.reply is None else local(history.reply.on, history.interview)[0]
    after_reply = [
        on
        for on, _ in events
        if reply_day is not None and local(on, history.interview)[0] > reply_day
    ]
    # Calls and voice notes are warned while waiting; after an answer, talking is fine.
    waiting = [(on, ch) for on, ch in events if on not in after_reply]
    assert found.count(Breach.PHONE_CALL) == sum(ch.is_call for _, ch in waiting)
    assert found.count(Breach.UNINVITED_CHAT) == sum(ch is Channel.MESSAGE for _, ch in waiting)
    # One reply to a rejection is gracious; every message after it is chasing.
    rejected = history.reply is not None and Outcome(history.reply.outcome) is Outcome.REJECTION
    chasing = max(0, len(after_reply) - 1) if rejected else 0
    assert found.count(Breach.CHASING_AFTER_ANSWER) == chasing
    purposes = [c.purpose for c in result.contacts]
    assert all(isinstance(p, Purpose) for p in purposes)
    assert purposes.count(Purpose.REPLY) >= len(after_reply)

    def on_time(value: object) -> bool:
        day, at = local(value, history.interview)
        if thank_you.due is not None and at is not None:
            return at <= thank_you.due
        assert thank_you.latest is not None
        return day <= thank_you.latest

    counted = [on for on, _ in events if on not in after_reply]
    asking = [
        on for on in counted if not on_time(on) and local(on, history.interview)[0] < second_note
    ]
    closing = [on for on in counted if local(on, history.interview)[0] >= second_note]
    # At most one question about the decision goes unwarned before the closing-note window.
    early_kinds = (Breach.LATE_THANK_YOU, Breach.EARLY_FOLLOW_UP, Breach.SECOND_FOLLOW_UP)
    warned = sum(found.count(kind) for kind in early_kinds)
    assert len(asking) - 1 <= warned <= len(asking)
    if len(asking) >= 2:
        assert any(b in early_kinds for b in found)
    assert found.count(Breach.EXTRA_CONTACT) == max(0, len(closing) - 1)

    assert_warning_days(result, history.lang)
    assert_stage(history, result, today, has_events=bool(events))


def assert_warning_days(result: etiket.Assessment, lang: str) -> None:
    """Each warning is dated, worded, and falls in the part of the timeline it is about."""
    follow_up = result.timeline.follow_up.earliest
    second_note = result.timeline.second_note.earliest
    for warning in result.warnings:
        assert warning.text
        assert format_date(warning.on, lang) in warning.text
        if warning.breach in (Breach.EARLY_FOLLOW_UP, Breach.LATE_THANK_YOU):
            assert warning.on < follow_up
        if warning.breach is Breach.SECOND_FOLLOW_UP:
            assert warning.on < second_note
        if warning.breach is Breach.EXTRA_CONTACT:
            assert warning.on >= second_note


def assert_stage(
    history: History, result: etiket.Assessment, today: date, *, has_events: bool
) -> None:
    """The stage matches where today falls on the timeline, and any reply ends it."""
    timeline = result.timeline
    follow_up, second_note = timeline.follow_up.earliest, timeline.second_note.earliest
    if history.reply is not None:
        assert result.stage is Stage.HEARD_BACK
        assert result.reply is not None
        assert result.reply.outcome is Outcome(history.reply.outcome)
        # The answer calls for one reply; once it is sent, nothing is left to do.
        step = result.next_step
        if step is not None:
            assert step.guidance is Guidance.REPLY_AFTER_ANSWER
            assert step.latest is not None
            assert isinstance(result.reply.on, date)
            assert step.earliest == result.reply.on <= step.latest
        return
    assert result.next_step is not None
    assert result.next_step.channel is not Channel.PHONE
    if today >= timeline.move_on.earliest:
        assert result.stage is Stage.MOVED_ON
    elif today >= second_note:
        assert result.stage in (Stage.SECOND_NOTE_DUE, Stage.LETTING_GO)
    elif today >= follow_up:
        assert result.stage in (Stage.FOLLOW_UP_DUE, Stage.LETTING_GO)
    else:
        assert result.stage in (
            Stage.THANK_YOU, Stage.LATE_THANK_YOU, Stage.WAITING, Stage.LETTING_GO,
        )  # fmt: skip
    if not has_events:
        assert result.stage is not Stage.LETTING_GO


@settings(max_examples=300)
@given(histories(), st.randoms(use_true_random=False))
def test_the_order_in_which_contacts_are_listed_does_not_matter(
    history: History, random: Any
) -> None:
    shuffled = list(history.notes)
    random.shuffle(shuffled)
    first, second = history.run(), history.run(shuffled)
    assert first.stage is second.stage
    assert first.next_step == second.next_step
    assert sorted(w.breach for w in first.warnings) == sorted(w.breach for w in second.warnings)


# The machine's time zone and locale change nothing.

MACHINE_ZONES = ["UTC", "Asia/Jakarta", "America/Los_Angeles", "Pacific/Kiritimati", "Etc/GMT+12"]


def _locale_available(name: str) -> bool:
    saved = locale.setlocale(locale.LC_ALL)
    try:
        locale.setlocale(locale.LC_ALL, name)
    except locale.Error:
        return False
    finally:
        locale.setlocale(locale.LC_ALL, saved)
    return True


# Whichever of these the machine has; C and C.UTF-8 exist everywhere.
LOCALES = [
    name
    for name in ("C", "C.UTF-8", "en_US.UTF-8", "id_ID.UTF-8", "tr_TR.UTF-8", "de_DE.UTF-8")
    if _locale_available(name)
]


@contextmanager
def machine(zone: str, locale_name: str) -> Iterator[None]:
    """Run as if on a machine in ``zone`` with ``locale_name``; restore everything after."""
    saved_env = {key: os.environ.get(key) for key in ("TZ", "LANG", "LC_ALL")}
    saved_locale = locale.setlocale(locale.LC_ALL)
    os.environ.update({"TZ": zone, "LANG": locale_name, "LC_ALL": locale_name})
    time.tzset()
    locale.setlocale(locale.LC_ALL, locale_name)
    try:
        yield
    finally:
        for key, value in saved_env.items():
            if value is None:
                os.environ.pop(key, None)
            else:
                os.environ[key] = value
        time.tzset()
        locale.setlocale(locale.LC_ALL, saved_locale)


@settings(max_examples=150)
@given(plan_args(), histories())
def test_the_machine_s_zone_and_locale_change_nothing(args: PlanArgs, history: History) -> None:
    timeline, result = args.run(), history.run()
    text = str(timeline) + str(result)
    for zone in MACHINE_ZONES:
        for locale_name in LOCALES:
            with machine(zone, locale_name):
                again, again_result = args.run(), history.run()
                assert again == timeline
                assert again_result == result
                assert str(again) + str(again_result) == text


def test_the_zone_and_locale_switch_really_happens() -> None:
    before = time.localtime(0).tm_hour
    with machine("Etc/GMT+12", LOCALES[-1]):
        assert time.localtime(0).tm_hour == 12  # 00:00 UTC is noon the day before
    assert time.localtime(0).tm_hour == before
    assert len(LOCALES) >= 2


# Templates.

details = mostly(st.text(max_size=100))


@settings(max_examples=800)
@given(
    st.sampled_from(
        [thank_you_note, lambda **kw: follow_up_email(interview_date="2026-11-20", **kw)]
    ),
    details,
    details,
    details,
    details,
    mostly(st.sampled_from(VALID_LANGS)),
)
def test_any_note_that_is_written_is_short(
    template: Any, interviewer: Any, position: Any, company: Any, candidate: Any, lang: Any
) -> None:
    try:
        email = template(
            interviewer=interviewer, position=position, company=company, candidate=candidate,
            lang=lang,
        )  # fmt: skip
    except EtiketError:
        return
    assert email.words <= MAX_WORDS
    # The greeting shows the interviewer as a letter addresses them ("Pak" becomes "Bapak").
    assert email.to == str(etiket.Interviewer.parse(interviewer))
    for value in (position, company, candidate):
        assert " ".join(value.split()) in email.body
