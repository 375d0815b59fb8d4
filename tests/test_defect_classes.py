"""Whole classes of defects found by trying etiket as a new user would, each held by a property.

1. Every country code the package accepts gives the days off of its canonical code.
2. Every face works, or refuses with an etiket error, at both ends of the calendar.
3. Text that is not UTF-8 gets a clear error, from a file or from standard input.
4. Every policy the validator accepts keeps the timeline's invariants.
"""

from __future__ import annotations

import io
import json
import re
import subprocess
import sys
import tempfile
from contextlib import redirect_stderr, redirect_stdout
from datetime import UTC, date, datetime, time, timedelta, timezone, tzinfo
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

import holidays
import icalendar
import pytest
from _reference import days_off, is_working_day, nth_working_day_after
from hypothesis import HealthCheck, assume, example, given, settings
from hypothesis import strategies as st

import etiket
from etiket import (
    Contact,
    EtiketError,
    InvalidPolicyError,
    Policy,
    UnknownCountryError,
    WorkingCalendar,
)
from etiket.calendar import supported_countries
from etiket.cli import main
from etiket.timeline import TIMELINE_ACTIONS

# --- 1. Country codes -----------------------------------------------------------------------

# Every code the holidays package answers to, with the alpha-2 code of its country.
ACCEPTED = {
    code: holidays.country_holidays(code).country for code in holidays.list_supported_countries()
}


def spellings(code: str) -> list[str]:
    """The ways a person types a code: as listed, lower case, with spaces around."""
    return [code, code.lower(), f" {code.lower()} ", code.title()]


def test_every_accepted_code_is_read_as_its_alpha_2_code() -> None:
    assert any(len(code) == 3 for code in ACCEPTED), "holidays lists alpha-3 codes too"
    assert supported_countries() == frozenset(ACCEPTED.values())
    for code, canonical in ACCEPTED.items():
        assert len(canonical) == 2
        for spelt in spellings(code):
            calendar = WorkingCalendar(spelt)
            assert calendar.country == canonical, spelt
            assert calendar == WorkingCalendar(canonical)


@settings(max_examples=60, deadline=None)
@given(
    code=st.sampled_from(sorted(ACCEPTED)).flatmap(lambda c: st.sampled_from(spellings(c))),
    year=st.integers(1990, 2090),
    day_of_year=st.integers(0, 364),
)
def test_any_spelling_of_a_code_gives_the_days_off_of_its_country(
    code: str, year: int, day_of_year: int
) -> None:
    canonical = ACCEPTED[code.strip().upper()]
    calendar = WorkingCalendar(code)
    # Indonesia's collective leave included: the reference adds it for "ID" only.
    assert calendar.holidays_in(year) == days_off(year, canonical)
    day = date(year, 1, 1) + timedelta(days=day_of_year)
    assert calendar.is_working_day(day) is is_working_day(day, canonical)
    timeline = etiket.plan(day, country=code)
    follow_up = nth_working_day_after(
        day, etiket.DEFAULT_POLICY.follow_up_after_working_days, canonical
    )
    assert timeline.follow_up.earliest == follow_up
    assert timeline.calendar.country == canonical


def test_indonesia_by_any_code_keeps_its_collective_leave() -> None:
    year = 2026
    leave = days_off(year, "ID") - set(
        holidays.country_holidays("ID", years=year, categories=("public",))
    )
    assert leave, "the holiday tables should list cuti bersama for Indonesia"
    for spelt in ("ID", "id", " id ", "IDN", "idn", " Idn "):
        assert leave <= WorkingCalendar(spelt).holidays_in(year), spelt


@settings(max_examples=200)
@given(st.text(max_size=6))
def test_any_other_text_is_refused_by_name(text: str) -> None:
    assume(text.strip() and text.strip().upper() not in ACCEPTED)
    with pytest.raises(UnknownCountryError) as error:
        WorkingCalendar(text)
    assert repr(text) in str(error.value)


def test_a_region_code_is_refused_with_its_country() -> None:
    with pytest.raises(UnknownCountryError, match=r"regions are not supported.*'ID'"):
        WorkingCalendar("ID-JK")
    with pytest.raises(UnknownCountryError, match=r"regions are not supported.*'GB'"):
        etiket.plan("2026-11-20", country="uk-eng")


# --- 2. Both ends of the calendar -----------------------------------------------------------

NEAR_ENDS = timedelta(days=400)
ZONES = [ZoneInfo(name) for name in ("Asia/Jakarta", "Pacific/Kiritimati", "Europe/London")]
offsets = st.integers(-14 * 60 + 1, 14 * 60 - 1).map(lambda m: timezone(timedelta(minutes=m)))
any_zone: st.SearchStrategy[tzinfo] = st.one_of(offsets, st.sampled_from([UTC, *ZONES]))
# Dates near the first and the last day Python knows, and ordinary ones in between.
edge_days = st.one_of(
    st.dates(date.min, date.min + NEAR_ENDS),
    st.dates(date.max - NEAR_ENDS, date.max),
    st.dates(date.max - timedelta(days=60), date.max),  # where a plan ends on date.max
    st.dates(date(1, 1, 1), date(9999, 12, 31)),
)


@st.composite
def moments(draw: st.DrawFn) -> date | datetime:
    """A day, a day with a time, or a day with a time and a zone; near the ends or not."""
    day = draw(edge_days)
    kind = draw(st.sampled_from(["date", "naive", "aware"]))
    if kind == "date":
        return day
    at = datetime.combine(day, draw(st.times()))
    return at if kind == "naive" else at.replace(tzinfo=draw(any_zone))


def refused_clearly(call: Any, *args: Any, **kwargs: Any) -> Any:
    """The call's result, or None when it raised an etiket error that explains itself."""
    try:
        return call(*args, **kwargs)
    except EtiketError as error:
        explanation = str(error)
    assert explanation, "every error explains itself"
    return None


def ics_events(data: bytes) -> list[Any]:
    """The events of a calendar file, read back by icalendar."""
    parsed: Any = icalendar.Calendar.from_ical(data)
    return list(parsed.walk("VEVENT"))


def ics_days(data: bytes) -> list[date]:
    """The start day of each event of a calendar file."""
    starts = [event["DTSTART"].dt for event in ics_events(data)]
    return [s.date() if isinstance(s, datetime) else s for s in starts]


EDGE_SETTINGS = settings(
    max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow]
)
JAKARTA = ZoneInfo("Asia/Jakarta")


@EDGE_SETTINGS
@given(interview=moments(), country=st.sampled_from([None, "ID", "US"]))
# Found by this test: the VTIMEZONE was asked to start in year 0, or to end in year 10000.
@example(interview=datetime(1, 1, 2, tzinfo=JAKARTA), country=None)
@example(interview=datetime(9998, 11, 26, tzinfo=JAKARTA), country=None)
@example(interview=date(9999, 12, 3), country=None)  # moving on on date.max: no DTEND after it
def test_plan_ics_and_cohort_work_or_refuse_at_both_ends(
    interview: date | datetime, country: str | None
) -> None:
    timeline = refused_clearly(etiket.plan, interview, country=country)
    if timeline is None:
        return
    assert str(timeline)
    assert [s.action for s in timeline.steps] == list(TIMELINE_ACTIONS)
    data = refused_clearly(etiket.to_ics, timeline, periods=True)
    if data is not None:
        days = ics_days(data)
        assert days == sorted(days)
        assert timeline.follow_up.earliest in days
        due = timeline.thank_you.due
        if due is not None:
            # The same instant (or the same floating time), to the second iCalendar keeps.
            assert due.replace(microsecond=0) in [e["DTEND"].dt for e in ics_events(data)]
    cohort = refused_clearly(etiket.plan_cohort, [{"name": "Ana", "interview": interview}])
    if cohort is not None:
        assert str(cohort)
        refused_clearly(cohort.to_ics)
        first = timeline.interview.day
        assert refused_clearly(cohort.agenda, first, timeline.move_on.earliest) is not None


@EDGE_SETTINGS
@given(
    interview=moments(),
    later=st.integers(0, 120 * 24 * 60).map(lambda m: timedelta(minutes=m)),
    zone=any_zone,
    country=st.sampled_from([None, "ID"]),
)
def test_assess_works_or_refuses_at_both_ends(
    interview: date | datetime, later: timedelta, zone: tzinfo, country: str | None
) -> None:
    try:
        today = interview + later
        if isinstance(today, datetime) and today.tzinfo is not None:
            # The same instant on another clock: may cross a year boundary.
            today = today.astimezone(zone)
    except OverflowError:
        today = interview
    result = refused_clearly(etiket.assess, interview, today=today, notes=[Contact(today)])
    if result is not None:
        assert str(result)
        assert result.today >= result.timeline.interview.day
    refused_clearly(etiket.assess, interview, today=today, country=country)


def run_cli(*argv: str) -> tuple[int, str, str]:
    """main() with standard output and error captured (no fixture: hypothesis reruns it)."""
    out, err = io.StringIO(), io.StringIO()
    with redirect_stdout(out), redirect_stderr(err):
        code = main(list(argv))
    return code, out.getvalue(), err.getvalue()


def assert_ran_or_refused(code: int, out: str, err: str) -> None:
    if code == 0:
        assert out
    else:
        assert code == 1, err
        assert out == ""
        assert err.startswith("etiket: error: ")
        assert err.count("\n") == 1


@EDGE_SETTINGS
@given(interview=moments(), today=edge_days, zone=st.sampled_from([None, "Asia/Jakarta"]))
def test_the_command_line_works_or_refuses_at_both_ends(
    interview: date | datetime, today: date, zone: str | None
) -> None:
    text = interview.isoformat()
    options = [] if zone is None else ["--timezone", zone]
    with tempfile.TemporaryDirectory() as folder:
        ics, csv_file = Path(folder, "plan.ics"), Path(folder, "cohort.csv")
        code, out, err = run_cli("plan", text, "--json", "--ics", str(ics), *options)
        assert_ran_or_refused(code, out, err)
        if code == 0:
            assert json.loads(out)["interview"] == text[:10]
            assert ics_days(ics.read_bytes())
        on = ["--today", today.isoformat(), "--note", today.isoformat(), "--call", text]
        code, out, err = run_cli("assess", text, *on, "--json", *options)
        assert_ran_or_refused(code, out, err)
        if code == 0:
            assert json.loads(out)["today"] == today.isoformat()
        csv_file.write_text(f"name,interview\nAna,{text}\n", encoding="utf-8")
        code, out, err = run_cli("cohort", str(csv_file), "--json", "--ics", str(ics))
        assert_ran_or_refused(code, out, err)


# --- 3. Text that is not UTF-8 --------------------------------------------------------------

GOOD_ROWS = b"name,interview\nAna,2026-11-16\n"
# Each with the line its first bad byte is on.
NOT_UTF8 = [
    (b"\xff\xfe\x00", 1),  # a UTF-16 byte order mark, then a NUL
    (GOOD_ROWS + b"Budi,2026-11-17\xff\n", 3),  # latin-1 or cp1252 text
    (GOOD_ROWS + b"\xed\xa0\x80,2026-11-17\n", 3),  # a surrogate, encoded (CESU-8)
    (GOOD_ROWS + b"\xc0\xaf,2026-11-17\n", 3),  # an overlong encoding of "/"
    (b"name,interview\nCit\xc3", 2),  # cut off in the middle of a character
    ("name,interview\r\nAna,2026-11-16\r\n".encode("utf-16"), 1),  # Excel's "Unicode text"
]


def assert_refused_as_not_utf8(code: int, out: str, err: str, line: int) -> None:
    assert code == 1
    assert out == ""
    assert err.startswith("etiket: error: cannot read ")
    assert err.count("\n") == 1
    assert f"line {line} is not UTF-8" in err
    assert "save it as UTF-8" in err


@pytest.mark.parametrize(("data", "line"), NOT_UTF8)
@pytest.mark.parametrize("options", [[], ["--json"], ["--agenda", "2026-11-23"]])
def test_a_csv_file_that_is_not_utf8_is_refused(
    tmp_path: Path, data: bytes, line: int, options: list[str]
) -> None:
    path, ics = tmp_path / "cohort.csv", tmp_path / "cohort.ics"
    path.write_bytes(data)
    code, out, err = run_cli("cohort", str(path), "--ics", str(ics), *options)
    assert_refused_as_not_utf8(code, out, err, line)
    assert not ics.exists()


@pytest.mark.parametrize(("data", "line"), NOT_UTF8)
@pytest.mark.parametrize("errors", ["strict", "surrogateescape", "replace"])
def test_standard_input_that_is_not_utf8_is_refused(
    monkeypatch: pytest.MonkeyPatch, data: bytes, line: int, errors: str
) -> None:
    # Whatever the text layer would do with bad bytes (the C locale lets them through as
    # lone surrogates), etiket reads the bytes underneath.
    stdin = io.TextIOWrapper(io.BytesIO(data), encoding="utf-8", errors=errors)
    monkeypatch.setattr(sys, "stdin", stdin)
    assert_refused_as_not_utf8(*run_cli("cohort", "-", "--json"), line)


def test_standard_input_without_bytes_holding_lone_surrogates_is_refused(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    text = GOOD_ROWS.decode() + (b"Budi\xff,2026-11-17\n").decode("utf-8", "surrogateescape")
    monkeypatch.setattr(sys, "stdin", io.StringIO(text))
    code, out, err = run_cli("cohort", "-")
    assert_refused_as_not_utf8(code, out, err, 3)
    assert "0xff" in err


@pytest.mark.parametrize("locale_name", ["C.UTF-8", "C"])
def test_a_real_pipe_in_the_c_locale_is_refused(tmp_path: Path, locale_name: str) -> None:
    data, line = NOT_UTF8[1]
    ics = tmp_path / "cohort.ics"
    environment = {"LANG": locale_name, "LC_ALL": locale_name, "PATH": "/usr/bin:/bin"}
    result = subprocess.run(
        [sys.executable, "-m", "etiket", "cohort", "-", "--ics", str(ics)],
        input=data,
        capture_output=True,
        env=environment,
        check=False,
    )
    assert result.returncode == 1
    assert result.stdout == b""
    err = result.stderr.decode("utf-8")
    assert_refused_as_not_utf8(1, "", err, line)
    assert not ics.exists()


@settings(max_examples=100, deadline=None)
@given(head=st.text(max_size=40), junk=st.binary(min_size=1, max_size=8), tail=st.text(max_size=10))
def test_any_bytes_that_are_not_utf8_are_refused_in_one_line(
    head: str, junk: bytes, tail: str
) -> None:
    data = GOOD_ROWS + head.encode("utf-8", "surrogatepass") + junk + tail.encode()
    try:
        data.decode("utf-8")
    except UnicodeDecodeError as error:
        line = data[: error.start].count(b"\n") + 1
    else:
        assume(False)
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder, "cohort.csv")
        path.write_bytes(data)
        assert_refused_as_not_utf8(*run_cli("cohort", str(path), "--json"), line)


@settings(max_examples=100, deadline=None)
@given(name=st.text(min_size=1, max_size=20))
def test_any_name_is_written_as_valid_utf8_or_refused(name: str) -> None:
    cohort = refused_clearly(etiket.plan_cohort, [{"name": name, "interview": "2026-11-20"}])
    if cohort is None:
        return
    # What is accepted can be written: the table, the JSON and the calendar file.
    str(cohort).encode("utf-8")
    data = cohort.to_ics()
    data.decode("utf-8")
    assert any(name.strip() in str(e["SUMMARY"]) for e in ics_events(data))


@pytest.mark.parametrize(
    ("name", "code"),
    [
        (b"Budi\xff".decode("utf-8", "surrogateescape"), "U+DCFF"),  # a lone surrogate
        ("Ana\nBudi", "U+000A"),  # two lines: the table's rows break
        ("Ana\x00", "U+0000"),  # a control character: iCalendar forbids it
        ("Ana\u2028Budi", "U+2028"),  # a line separator
    ],
)
def test_a_name_that_cannot_be_written_is_refused_by_the_package(name: str, code: str) -> None:
    with pytest.raises(etiket.InvalidInputError, match=re.escape(code)):
        etiket.plan_cohort([{"name": name, "interview": "2026-11-20"}])
    with pytest.raises(etiket.InvalidInputError, match=re.escape(code)):
        etiket.to_ics({name: etiket.plan("2026-11-20")})


# --- 4. Every policy the validator accepts --------------------------------------------------


@st.composite
def valid_policies(draw: st.DrawFn) -> Policy:
    """Any policy the validator accepts, drawn within each number's own minimum and maximum."""
    values: dict[str, int] = {}
    for number in Policy().numbers():
        assert number.maximum is not None, f"{number.name} has no maximum to draw up to"
        values[number.name] = draw(st.integers(number.minimum, number.maximum))
    if draw(st.booleans()):
        # The tightest pair the validator allows: as few working days to the follow-up as
        # the thank-you note's hours leave, where the two windows could meet.
        days = Policy().number("follow_up_after_working_days")
        fewest = values["thank_you_within_hours"] // 24 + 1
        assume(days.minimum <= fewest <= (days.maximum or fewest))
        values[days.name] = fewest
    try:
        return Policy(**values)
    except InvalidPolicyError:
        assume(False)
        raise


late_times = st.one_of(st.times(), st.times(time(20), time(23, 59, 59, 999999)))
DST_ZONES = ("Europe/London", "America/New_York", "Asia/Tehran", "Australia/Lord_Howe")
dst_zones = st.sampled_from([ZoneInfo(name) for name in DST_ZONES])


@st.composite
def interviews(draw: st.DrawFn) -> date | datetime:
    day = draw(st.dates(date(1990, 1, 1), date(2090, 12, 31)))
    kind = draw(st.sampled_from(["date", "naive", "aware"]))
    if kind == "date":
        return day
    at = datetime.combine(day, draw(late_times))
    return at if kind == "naive" else at.replace(tzinfo=draw(st.one_of(any_zone, dst_zones)))


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    policy=valid_policies(),
    interview=interviews(),
    country=st.sampled_from([None, "ID", "AE", "US"]),
    decision_after=st.one_of(st.none(), st.integers(0, 60)),
)
# Found by this test: the note was due on the day the follow-up opened, or after it opened.
@example(
    policy=Policy(thank_you_within_hours=1, follow_up_after_working_days=1),
    interview=date(2000, 1, 2),  # a Sunday: "by Monday", and the follow-up from Monday
    country=None,
    decision_after=None,
)
@example(
    policy=Policy(thank_you_within_hours=47, follow_up_after_working_days=2),
    interview=datetime(2026, 11, 16, 22, 0, tzinfo=JAKARTA),  # a Monday evening
    country="ID",
    decision_after=None,
)
# Found by this test: a deadline across London's spring clock change measured on the wall.
@example(
    policy=Policy(thank_you_within_hours=553, follow_up_after_working_days=24),
    interview=datetime(2000, 3, 3, tzinfo=ZoneInfo("Europe/London")),
    country=None,
    decision_after=None,
)
def test_every_valid_policy_keeps_the_timeline_s_invariants(
    policy: Policy, interview: date | datetime, country: str | None, decision_after: int | None
) -> None:
    day = interview.date() if isinstance(interview, datetime) else interview
    decision = None if decision_after is None else day + timedelta(days=decision_after)
    timeline = refused_clearly(
        etiket.plan, interview, policy=policy, country=country, decision_date=decision
    )
    assert timeline is not None, "a valid policy plans any ordinary interview"
    steps = timeline.steps
    assert [s.action for s in steps] == list(TIMELINE_ACTIONS)
    assert [s.earliest for s in steps] == sorted(s.earliest for s in steps)
    for step in steps:
        assert step.latest is None or step.latest >= step.earliest, step  # no negative wait
    follow_up = timeline.follow_up.earliest
    code = timeline.calendar.country
    expected = nth_working_day_after(day, policy.follow_up_after_working_days, code)
    if decision is not None:
        grace = nth_working_day_after(decision, policy.decision_grace_working_days, code)
        expected = max(expected, grace)
    assert follow_up == expected
    # The thank-you note is due before the follow-up opens: never two messages at once.
    thank_you = timeline.thank_you
    assert thank_you.latest is not None
    assert day <= thank_you.latest < follow_up
    if isinstance(interview, datetime):
        assert thank_you.due is not None
        opens = datetime.combine(follow_up, time.min, tzinfo=interview.tzinfo)
        assert interview <= thank_you.due <= opens
        # Elapsed hours, as the package counts them: subtracting two times of one zone gives
        # wall-clock time, an hour off across a daylight-saving change.
        elapsed = (
            thank_you.due - interview
            if interview.utcoffset() is None
            else thank_you.due.astimezone(UTC) - interview.astimezone(UTC)
        )
        assert elapsed <= timedelta(hours=policy.thank_you_within_hours)
    second_note = timeline.second_note.earliest
    assert second_note >= follow_up + timedelta(weeks=policy.second_note_after_weeks)
    assert timeline.move_on.earliest == second_note + timedelta(
        weeks=policy.assume_no_offer_after_weeks
    )
