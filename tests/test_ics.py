"""The calendar file: RFC 5545 essentials, checked by parsing it back with two parsers."""

from __future__ import annotations

import subprocess
import sys
from datetime import UTC, date, datetime, time, timedelta, timezone
from typing import Any
from zoneinfo import ZoneInfo

import icalendar
import pytest
import vobject
from hypothesis import given, settings
from hypothesis import strategies as st

import etiket
from etiket.ics import calendar_events
from etiket.messages import message
from etiket.timeline import ACTIONS, PERIODS

STAMP = datetime(2026, 11, 20, 8, 0, tzinfo=UTC)
JAKARTA = ZoneInfo("Asia/Jakarta")


def parse(data: bytes) -> Any:
    return icalendar.Calendar.from_ical(data)


def events(calendar: Any) -> list[Any]:
    return list(calendar.walk("VEVENT"))


def action_steps(timeline: etiket.Timeline) -> list[etiket.Step]:
    return [s for s in timeline.steps if s.action in ACTIONS]


# --- The calendar as a whole ----------------------------------------------------------------


def test_calendar_has_the_required_properties() -> None:
    calendar = parse(etiket.to_ics(etiket.plan("2026-11-20"), stamp=STAMP))
    assert calendar.name == "VCALENDAR"
    assert str(calendar["VERSION"]) == "2.0"
    assert str(calendar["PRODID"]).startswith("-//etiket//etiket ")
    assert etiket.__version__ in str(calendar["PRODID"])
    assert str(calendar["METHOD"]) == "PUBLISH"
    assert str(calendar["CALSCALE"]) == "GREGORIAN"
    assert str(calendar["X-WR-CALNAME"]) == message("ics.calendar-name", "en")


def test_lines_end_in_crlf_and_fold_at_75_octets() -> None:
    # Indonesian descriptions are long: several lines must be folded.
    data = etiket.to_ics(etiket.plan("2026-11-20", lang="id", country="ID"), stamp=STAMP)
    assert data.endswith(b"\r\n")
    lines = data.split(b"\r\n")[:-1]
    assert b"\n" not in b"".join(lines), "a bare LF outside a CRLF"
    assert all(len(line) <= 75 for line in lines)
    continuation = [line for line in lines if line.startswith(b" ")]
    assert continuation, "expected folded lines"


def test_folded_text_unfolds_to_the_full_description() -> None:
    timeline = etiket.plan("2026-11-20", lang="id")
    calendar = parse(etiket.to_ics(timeline, stamp=STAMP))
    for event, step in zip(events(calendar), action_steps(timeline), strict=True):
        assert str(event["DESCRIPTION"]).startswith(step.description)


# --- Events ---------------------------------------------------------------------------------


def test_one_event_and_one_display_alarm_per_action() -> None:
    timeline = etiket.plan("2026-11-20", country="ID")
    found = events(parse(etiket.to_ics(timeline, stamp=STAMP)))
    assert len(found) == len(ACTIONS) == 4
    for event, step in zip(found, action_steps(timeline), strict=True):
        for required in ("UID", "DTSTAMP", "DTSTART", "DTEND", "SUMMARY", "DESCRIPTION"):
            assert required in event, required
        assert event["DTSTAMP"].dt == STAMP
        assert event["DTEND"].dt > event["DTSTART"].dt
        alarms = event.walk("VALARM")
        assert len(alarms) == 1
        assert str(alarms[0]["ACTION"]) == "DISPLAY"
        assert step.title in str(alarms[0]["DESCRIPTION"])
        assert str(event["SUMMARY"]) == step.title


def test_date_only_interview_gives_all_day_events_on_the_plans_days() -> None:
    timeline = etiket.plan("2026-11-20", country="ID", decision_date="2026-12-04")
    raw = etiket.to_ics(timeline, stamp=STAMP)
    assert raw.count(b"DTSTART;VALUE=DATE:") == 4
    assert raw.count(b"DTEND;VALUE=DATE:") == 4
    for event, step in zip(events(parse(raw)), action_steps(timeline), strict=True):
        start, end = event["DTSTART"].dt, event["DTEND"].dt
        assert type(start) is date
        assert type(end) is date
        assert start == step.earliest
        # DTEND is exclusive: the day after the step's last day.
        assert end == (step.latest or step.earliest) + timedelta(days=1)


def test_all_day_reminders_fire_at_the_chosen_time_of_day() -> None:
    timeline = etiket.plan("2026-11-20")
    for remind_at in (time(9, 0), time(7, 30)):
        calendar = parse(etiket.to_ics(timeline, stamp=STAMP, remind_at=remind_at))
        for event in events(calendar):
            trigger = event.walk("VALARM")[0]["TRIGGER"].dt
            assert trigger == timedelta(hours=remind_at.hour, minutes=remind_at.minute)


def test_named_time_zone_keeps_its_name_and_gets_a_vtimezone() -> None:
    timeline = etiket.plan(datetime(2026, 11, 20, 14, 30, tzinfo=JAKARTA), lang="id")
    raw = etiket.to_ics(timeline, stamp=STAMP, remind_before=timedelta(hours=3))
    calendar = parse(raw)
    assert [str(tz["TZID"]) for tz in calendar.walk("VTIMEZONE")] == ["Asia/Jakarta"]
    thank_you = events(calendar)[0]
    assert thank_you["DTEND"].params["TZID"] == "Asia/Jakarta"
    assert thank_you["DTEND"].dt == timeline.thank_you.due
    assert thank_you["DTSTART"].dt < thank_you["DTEND"].dt
    # The reminder fires three hours before the deadline, whatever the event's length.
    trigger = thank_you.walk("VALARM")[0]["TRIGGER"].dt
    assert thank_you["DTSTART"].dt + trigger == timeline.thank_you.due - timedelta(hours=3)
    # The other actions stay all-day: their rules are about days, not hours.
    assert all(type(e["DTSTART"].dt) is date for e in events(calendar)[1:])


def test_vtimezone_comes_before_the_events_and_utc_has_no_tzid() -> None:
    timeline = etiket.plan(datetime(2026, 11, 20, 14, 30, tzinfo=JAKARTA))
    raw = etiket.to_ics(timeline, stamp=STAMP)
    assert raw.index(b"BEGIN:VTIMEZONE") < raw.index(b"BEGIN:VEVENT")
    assert b"TZID=UTC" not in raw
    assert b"DTSTAMP:20261120T080000Z\r\n" in raw
    parse(raw).validate()


def test_fixed_offset_is_written_as_the_same_instant_in_utc() -> None:
    timeline = etiket.plan("2026-11-20T14:30+07:00")
    raw = etiket.to_ics(timeline, stamp=STAMP)
    assert b"VTIMEZONE" not in raw, "no zone name to describe: UTC needs none"
    assert b'TZID="UTC' not in raw
    thank_you = events(parse(raw))[0]
    assert thank_you["DTEND"].dt.utcoffset() == timedelta(0)
    assert thank_you["DTEND"].dt == timeline.thank_you.due


def test_naive_time_stays_floating() -> None:
    timeline = etiket.plan("2026-11-20T14:30")
    thank_you = events(parse(etiket.to_ics(timeline, stamp=STAMP)))[0]
    assert thank_you["DTEND"].dt == timeline.thank_you.due
    assert thank_you["DTEND"].dt.tzinfo is None
    assert "TZID" not in thank_you["DTEND"].params


@pytest.mark.parametrize("lang", ["en", "id"])
def test_texts_are_in_the_timelines_language(lang: str) -> None:
    timeline = etiket.plan("2026-11-20", lang=lang)
    calendar = parse(etiket.to_ics(timeline, stamp=STAMP))
    assert str(calendar["X-WR-CALNAME"]) == message("ics.calendar-name", lang)
    assert str(calendar["PRODID"]).endswith(f"//{lang.upper()}")
    for event, step in zip(events(calendar), action_steps(timeline), strict=True):
        assert event["SUMMARY"].params["LANGUAGE"] == lang
        assert str(event["SUMMARY"]) == message(f"{step.action.value}.title", lang)
        alarm = event.walk("VALARM")[0]
        assert str(alarm["DESCRIPTION"]) == message("ics.reminder", lang, title=step.title)
        interview = (
            f"{message('label.interview', lang)}: {etiket.format_date(date(2026, 11, 20), lang)}"
        )
        assert interview in str(event["DESCRIPTION"])


def test_periods_are_free_all_day_spans_without_reminders() -> None:
    timeline = etiket.plan("2026-11-20")
    found = events(parse(etiket.to_ics(timeline, periods=True, stamp=STAMP)))
    assert len(found) == len(ACTIONS) + len(PERIODS)
    titles = {timeline.step(a).title: timeline.step(a) for a in PERIODS}
    spans = [e for e in found if str(e["SUMMARY"]) in titles]
    assert len(spans) == len(PERIODS)
    for event in spans:
        step = titles[str(event["SUMMARY"])]
        assert str(event["TRANSP"]) == "TRANSPARENT"
        assert event.walk("VALARM") == []
        assert event["DTSTART"].dt == step.earliest
        assert step.latest is not None
        assert event["DTEND"].dt == step.latest + timedelta(days=1)
    starts = [e["DTSTART"].dt for e in found]
    assert starts == sorted(starts)


# --- UIDs and DTSTAMP -----------------------------------------------------------------------


def test_same_input_and_stamp_give_identical_bytes() -> None:
    def make() -> bytes:
        return etiket.to_ics(etiket.plan("2026-11-20", country="ID"), stamp=STAMP)

    assert make() == make()


def test_uids_are_stable_unique_and_independent_of_language_and_stamp() -> None:
    def uids(**options: Any) -> list[str]:
        timeline = etiket.plan("2026-11-20", lang=options.pop("lang", "en"))
        return [str(e["UID"]) for e in events(parse(etiket.to_ics(timeline, **options)))]

    first = uids(stamp=STAMP)
    assert len(set(first)) == len(first)
    assert all(uid.endswith("@etiket") for uid in first)
    assert uids(stamp=STAMP + timedelta(days=3), lang="id") == first
    other = [str(e["UID"]) for e in events(parse(etiket.plan("2026-11-23").to_ics(stamp=STAMP)))]
    assert not set(other) & set(first)


def test_default_stamp_is_now_in_utc() -> None:
    before = datetime.now(UTC).replace(microsecond=0)
    found = events(parse(etiket.to_ics(etiket.plan("2026-11-20"))))
    after = datetime.now(UTC)
    assert all(before <= e["DTSTAMP"].dt <= after for e in found)
    assert all(e["DTSTAMP"].dt.utcoffset() == timedelta(0) for e in found)


def test_stamp_in_another_zone_is_written_in_utc() -> None:
    stamp = datetime(2026, 11, 20, 15, 0, tzinfo=timezone(timedelta(hours=7)))
    raw = etiket.to_ics(etiket.plan("2026-11-20"), stamp=stamp)
    assert b"DTSTAMP:20261120T080000Z" in raw


# --- Several timelines ----------------------------------------------------------------------


def test_named_timelines_prefix_titles_and_get_distinct_uids() -> None:
    plans = {"Ana": etiket.plan("2026-11-20"), "Budi": etiket.plan("2026-11-20", lang="id")}
    found = events(parse(etiket.to_ics(plans, stamp=STAMP)))
    assert len(found) == 8
    assert len({str(e["UID"]) for e in found}) == 8
    ana = [e for e in found if str(e["SUMMARY"]).startswith("Ana: ")]
    budi = [e for e in found if str(e["SUMMARY"]).startswith("Budi: ")]
    assert len(ana) == len(budi) == 4
    assert all(e["SUMMARY"].params["LANGUAGE"] == "id" for e in budi)
    assert all(str(e["DESCRIPTION"]).startswith("Nama: Budi") for e in budi)


def test_a_list_of_timelines_for_different_interviews() -> None:
    timelines = [etiket.plan("2026-11-20"), etiket.plan("2026-11-16")]
    found = events(parse(etiket.to_ics(timelines, stamp=STAMP)))
    assert len(found) == 8
    starts = [e["DTSTART"].dt for e in found]
    assert starts == sorted(starts)


def test_the_same_interview_twice_without_names_is_refused() -> None:
    with pytest.raises(etiket.InvalidInputError, match="different name"):
        etiket.to_ics([etiket.plan("2026-11-20"), etiket.plan("2026-11-20", country="ID")])


@pytest.mark.parametrize(
    "value",
    [
        "2026-11-20",
        42,
        [etiket.plan("2026-11-20"), "2026-11-21"],
        {"": etiket.plan("2026-11-20")},
        [],
    ],
)
def test_bad_timelines_raise_a_clear_error(value: Any) -> None:
    with pytest.raises(etiket.InvalidInputError, match=r"timeline|name"):
        etiket.to_ics(value, stamp=STAMP)


def test_bad_options_raise_a_clear_error() -> None:
    timeline = etiket.plan("2026-11-20")
    with pytest.raises(etiket.InvalidDateError, match="time zone"):
        etiket.to_ics(timeline, stamp=datetime(2026, 11, 20))
    with pytest.raises(etiket.InvalidInputError, match="remind_before"):
        etiket.to_ics(timeline, remind_before=timedelta(hours=-1))
    with pytest.raises(etiket.InvalidInputError, match="remind_at"):
        etiket.to_ics(timeline, remind_at=9)  # type: ignore[arg-type]
    with pytest.raises(etiket.InvalidInputError, match="name"):
        etiket.to_ics(timeline, name="  ")


def test_calendar_name_can_be_chosen() -> None:
    calendar = parse(etiket.to_ics(etiket.plan("2026-11-20"), name="Acme interview", stamp=STAMP))
    assert str(calendar["NAME"]) == str(calendar["X-WR-CALNAME"]) == "Acme interview"


# --- A second, independent parser -----------------------------------------------------------


@pytest.mark.parametrize(
    "interview",
    ["2026-11-20", datetime(2026, 11, 20, 14, 30, tzinfo=JAKARTA), "2026-11-20T14:30+07:00"],
)
@pytest.mark.parametrize("lang", ["en", "id"])
def test_vobject_reads_the_same_events(interview: Any, lang: str) -> None:
    timeline = etiket.plan(interview, lang=lang, country="ID")
    parsed = vobject.readOne(etiket.to_ics(timeline, stamp=STAMP).decode("utf-8"))
    assert parsed.version.value == "2.0"
    vevents = parsed.vevent_list
    assert len(vevents) == 4
    for vevent, step in zip(vevents, action_steps(timeline), strict=True):
        assert vevent.summary.value == step.title
        assert vevent.dtend.value > vevent.dtstart.value
        assert len(vevent.valarm_list) == 1
        assert vevent.valarm.action.value == "DISPLAY"
        if step.due is not None:
            assert vevent.dtend.value == step.due
        else:
            assert vevent.dtstart.value == step.earliest


# --- Properties over many dates -------------------------------------------------------------


@settings(max_examples=40, deadline=None)
@given(
    day=st.dates(min_value=date(2024, 1, 1), max_value=date(2030, 12, 31)),
    lang=st.sampled_from(["en", "id"]),
    country=st.sampled_from([None, "ID"]),
    periods=st.booleans(),
)
def test_any_plan_gives_a_well_formed_file(
    day: date, lang: str, country: str | None, periods: bool
) -> None:
    timeline = etiket.plan(day, lang=lang, country=country)
    raw = etiket.to_ics(timeline, stamp=STAMP, periods=periods)
    assert all(len(line) <= 75 for line in raw.split(b"\r\n"))
    found = calendar_events(timeline, periods=periods)
    parsed = events(parse(raw))
    assert [str(e["UID"]) for e in parsed] == [e.uid for e in found]
    assert all(e["DTEND"].dt > e["DTSTART"].dt for e in parsed)
    assert sum(len(e.walk("VALARM")) for e in parsed) == len(ACTIONS)
    parse(raw).validate()


def test_importing_etiket_does_not_import_icalendar() -> None:
    code = "import sys, etiket; print('icalendar' in sys.modules, 'pandas' in sys.modules)"
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    )
    assert result.stdout.split() == ["False", "False"]


# --- An assessment's calendar: what is still ahead ------------------------------------------


def uids(data: bytes) -> dict[str, str]:
    """Each event's UID by its title."""
    return {str(e["SUMMARY"]): str(e["UID"]) for e in events(parse(data))}


def test_on_the_interview_day_with_nothing_done_the_whole_plan_is_ahead() -> None:
    timeline = etiket.plan("2026-11-20T10:00", country="ID")
    assessment = etiket.assess("2026-11-20T10:00", today="2026-11-20T12:00", country="ID")
    assert assessment.to_ics(stamp=STAMP) == timeline.to_ics(stamp=STAMP)


def test_what_was_done_is_behind_and_what_began_starts_today() -> None:
    timeline = etiket.plan("2026-11-20")
    follow_up = timeline.follow_up.earliest
    today = follow_up + timedelta(days=3)
    assessment = etiket.assess("2026-11-20", today=today, notes=[etiket.Contact("2026-11-20")])
    found = calendar_events(assessment)
    assert [e.action for e in found] == [a for a in ACTIONS if a is not etiket.Action.THANK_YOU]
    # The follow-up opened days ago: its one day is today, so its reminder still comes.
    assert (found[0].start, found[0].end) == (today, today + timedelta(days=1))
    assert [e.start for e in found[1:]] == [
        timeline.second_note.earliest,
        timeline.move_on.earliest,
    ]
    # The same identifiers as the plan's: importing the file updates those events.
    plan_uids = uids(timeline.to_ics(stamp=STAMP))
    assert uids(assessment.to_ics(stamp=STAMP)).items() <= plan_uids.items()


def test_a_late_follow_up_moves_the_last_note_in_the_calendar_too() -> None:
    timeline = etiket.plan("2026-11-20")
    sent = timeline.follow_up.earliest + timedelta(days=4)
    assessment = etiket.assess(
        "2026-11-20", today=sent,
        notes=[etiket.Contact("2026-11-20"), etiket.Contact(sent, purpose="follow-up")],
    )  # fmt: skip
    found = calendar_events(assessment)
    assert [e.action for e in found] == [etiket.Action.SECOND_NOTE, etiket.Action.MOVE_ON]
    moved = timeline.after_follow_up(sent)
    assert moved.second_note.earliest > timeline.second_note.earliest
    assert [e.start for e in found] == [moved.second_note.earliest, moved.move_on.earliest]


def test_a_late_thank_you_note_comes_first_until_the_follow_up() -> None:
    timeline = etiket.plan("2026-11-20")
    today = timeline.thank_you.last_day + timedelta(days=1)
    assert today < timeline.follow_up.earliest
    found = calendar_events(etiket.assess("2026-11-20", today=today))
    assert found[0].action is etiket.Action.LATE_THANK_YOU
    assert (found[0].start, found[0].end) == (today, timeline.follow_up.earliest)
    assert [e.action for e in found[1:]] == list(ACTIONS[1:])


def answered(outcome: str, **dates: date) -> etiket.Assessment:
    """The assessment the day after the employer's answer of ``outcome`` came."""
    reply = etiket.Reply("2026-12-01", outcome, **dates)
    return etiket.assess("2026-11-20", today="2026-12-02", heard_back=reply)


def test_after_an_offer_only_the_answer_is_ahead() -> None:
    respond_by = date(2026, 12, 4)
    assessment = answered("offer", respond_by=respond_by)
    (event,) = calendar_events(assessment)
    assert event.action is etiket.Action.RESPOND_TO_OFFER
    assert assessment.next_step is not None
    assert event.start == date(2026, 12, 2)
    assert event.end == assessment.next_step.last_day + timedelta(days=1)
    assert event.end <= respond_by + timedelta(days=1)


def test_a_next_round_brings_its_own_plan() -> None:
    later = date(2026, 12, 9)
    assessment = answered("next-round", next_interview=later)
    found = calendar_events(assessment)
    assert found[0].action is etiket.Action.CONFIRM_NEXT_ROUND
    assert assessment.next_round is not None
    assert [e.action for e in found[1:]] == list(ACTIONS)
    assert found[1].start == assessment.next_round.thank_you.earliest == later


def test_nothing_ahead_and_periods_are_refused_with_what_to_do() -> None:
    done = etiket.assess(
        "2026-11-20", today="2027-01-15", heard_back=etiket.Reply("2026-12-02", "rejection")
    )
    with pytest.raises(etiket.InvalidInputError, match="nothing is left"):
        done.to_ics()
    waiting = etiket.assess("2026-11-20", today="2026-11-23")
    with pytest.raises(etiket.InvalidInputError, match="periods=True is for a plan"):
        waiting.to_ics(periods=True)


@settings(max_examples=60, deadline=None)
@given(
    st.dates(min_value=date(2025, 1, 1), max_value=date(2027, 12, 31)),
    st.integers(min_value=0, max_value=80),
    st.booleans(),
    st.sampled_from(["en", "id"]),
)
def test_an_assessments_calendar_starts_with_its_next_step_and_holds_nothing_past(
    interview: date, days_after: int, thanked: bool, lang: str
) -> None:
    today = interview + timedelta(days=days_after)
    notes = [etiket.Contact(interview)] if thanked else []
    assessment = etiket.assess(interview, today=today, notes=notes, country="ID", lang=lang)
    found = calendar_events(assessment)
    assert assessment.next_step is not None
    assert found[0].action is assessment.next_step.action
    assert all(e.end > today and e.alarm is not None for e in found)
    assert [e.start for e in found] == sorted(e.start for e in found)
    parse(assessment.to_ics(stamp=STAMP))
