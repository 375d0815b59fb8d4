"""The data the in-page planner reads says exactly what the package says.

The browser tests prove that the script computes with this data as etiket does;
these prove, without a browser, that the data itself is etiket's: the policy's
numbers, the wording, every working day of every covered year, the way dates
and times are written, and the calendar file's settings.
"""

from __future__ import annotations

import json
import uuid
from datetime import date, datetime, time, timedelta
from typing import Any
from zoneinfo import ZoneInfo

import pytest

import etiket
from etiket import ics, language, site_data
from etiket.language import format_datetime
from etiket.messages import MESSAGES
from etiket.site_data import (
    BASE_YEAR,
    COUNTRIES,
    YEARS_AFTER,
    YEARS_BEFORE,
    country_names,
    planner_data,
    planner_years,
)

LANGS = ("en", "id")
ONE_DAY = timedelta(days=1)


@pytest.fixture(scope="module", params=LANGS)
def data(request: pytest.FixtureRequest) -> dict[str, Any]:
    return planner_data(request.param, planner_years())


def each_day(first: date, last: date) -> list[date]:
    return [first + i * ONE_DAY for i in range((last - first).days + 1)]


def covered_days(data: dict[str, Any]) -> list[date]:
    first, last = data["years"]
    return each_day(date(first, 1, 1), date(last, 12, 31))


# ---- Years ----------------------------------------------------------------------------------


def test_years_run_from_one_before_to_three_after_the_base_year() -> None:
    assert planner_years(2026) == range(2025, 2030)
    assert planner_years() == range(BASE_YEAR - YEARS_BEFORE, BASE_YEAR + YEARS_AFTER + 1)
    assert planner_data("en", planner_years(2031))["years"] == [2030, 2034]


@pytest.mark.parametrize("base", [True, "2026", 2026.0, 0, 9999])
def test_a_bad_base_year_is_refused(base: Any) -> None:
    with pytest.raises(etiket.InvalidInputError, match="base year"):
        planner_years(base)


@pytest.mark.parametrize("years", [[], [2025, 2027], range(2030, 2030)])
def test_years_must_be_a_run(years: Any) -> None:
    with pytest.raises(etiket.InvalidInputError, match="consecutive years"):
        planner_data("en", years)


def test_an_unknown_language_is_refused() -> None:
    with pytest.raises(etiket.UnsupportedLanguageError):
        planner_data("fr", planner_years())


# ---- Numbers and words ----------------------------------------------------------------------


def test_numbers_are_the_policy(data: dict[str, Any]) -> None:
    assert data["policy"] == {n.name: n.value for n in etiket.DEFAULT_POLICY.numbers()}


def test_another_policy_flows_through() -> None:
    policy = etiket.Policy(follow_up_after_working_days=8, second_note_after_weeks=3)
    exported = planner_data("en", [2026], policy=policy)["policy"]
    assert exported["follow_up_after_working_days"] == 8
    assert exported["second_note_after_weeks"] == 3
    assert exported == {n.name: n.value for n in policy.numbers()}


def test_steps_are_the_timelines(data: dict[str, Any]) -> None:
    """The script's steps are the rulebook's (STEPS, in the program), as a plan has them."""
    lang = data["lang"]
    usual = etiket.plan("2026-11-20", lang=lang)
    steps = data["program"]["constants"]["STEPS"]
    for (action, advice, channel, optional, *_), step in zip(steps, usual.steps, strict=True):
        assert action == step.action.value
        assert advice == step.guidance.value
        assert channel == (step.channel.value if step.channel else None)
        assert optional is step.optional
        # The step's words travel with the other messages the script says.
        assert data["messages"][f"{action}.title"] == step.title


def test_labels_and_channels_are_the_messages(data: dict[str, Any]) -> None:
    lang = data["lang"]
    for key, text in data["labels"].items():
        assert text == MESSAGES[f"label.{key}"][lang]
    assert data["channels"] == {c.value: c.label(lang) for c in etiket.Channel}


def test_country_names_come_from_babel() -> None:
    assert country_names("en") == {"ID": "Indonesia"}
    assert set(country_names("id")) == {c for c in COUNTRIES if c}


# ---- Working days ---------------------------------------------------------------------------


def exported_is_working_day(calendar: dict[str, Any], day: date) -> bool:
    """The rule planner.js applies to the exported calendar."""
    if day.isoformat() in calendar["workingDays"]:
        return True
    if day.isoformat() in calendar["daysOff"]:
        return False
    return day.weekday() not in calendar["weekend"]


@pytest.mark.parametrize("country", COUNTRIES)
def test_every_covered_day_works_as_in_the_package(country: str | None) -> None:
    data = planner_data("en", planner_years())
    exported = data["calendars"][country or ""]
    calendar = etiket.WorkingCalendar(country)
    for day in covered_days(data):
        assert exported_is_working_day(exported, day) is calendar.is_working_day(day), day


def test_weekday_days_off_are_the_calendars_holidays() -> None:
    data = planner_data("id", planner_years())
    exported = data["calendars"]["ID"]
    calendar = etiket.WorkingCalendar("ID")
    holidays = {d for year in range(data["years"][0], data["years"][1] + 1) for d in
                calendar.holidays_in(year)}  # fmt: skip
    days_off = {date.fromisoformat(d) for d in exported["daysOff"]}
    assert days_off <= holidays
    assert days_off == {d for d in holidays if d.weekday() < 5 and not calendar.is_working_day(d)}
    # Lebaran and its collective leave are there, every covered year.
    assert len(days_off) > 12 * (data["years"][1] - data["years"][0] + 1)
    assert data["calendars"][""] == {"weekend": [5, 6], "daysOff": [], "workingDays": []}


# ---- Dates and times as Babel writes them ---------------------------------------------------


def write(data: dict[str, Any], pattern: list[Any], moment: datetime) -> str:
    """What planner.js writes for a pattern: the mirror of its write()."""
    names = data["date"]
    out = []
    for token in pattern:
        if isinstance(token, str):
            out.append(token)
            continue
        letter, width = token
        value = {
            "E": names["days"][moment.weekday()],
            "M": names["months"][moment.month - 1] if width == 4 else f"{moment.month:0{width}}",
            "d": f"{moment.day:0{width}}",
            "y": str(moment.year),
            "H": f"{moment.hour:0{width}}",
            "h": f"{moment.hour % 12 or 12:0{width}}",
            "m": f"{moment.minute:0{width}}",
            "a": names["periods"][moment.hour >= 12],
        }[letter]
        out.append(value)
    return "".join(out)


def test_dates_are_written_as_format_date_writes_them(data: dict[str, Any]) -> None:
    lang = data["lang"]
    for day in each_day(date(2026, 1, 1), date(2027, 12, 31)):
        moment = datetime.combine(day, time())
        assert write(data, data["date"]["pattern"], moment) == etiket.format_date(day, lang)


def test_times_are_written_as_format_datetime_writes_them(data: dict[str, Any]) -> None:
    lang = data["lang"]
    day = date(2026, 11, 20)
    for minutes in range(0, 24 * 60, 7):
        moment = datetime.combine(day, time(minutes // 60, minutes % 60))
        written = data["date"]["datetime"].format(
            date=write(data, data["date"]["pattern"], moment),
            time=write(data, data["date"]["time"], moment),
        )
        assert written == format_datetime(moment, lang)


def test_a_pattern_the_script_cannot_write_is_refused(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(language.DATE_FORMATS, "en", "EEE, d MMM y G")
    with pytest.raises(etiket.EtiketError, match=r"field 'EEE'.*planner\.js"):
        planner_data("en", [2026])


# ---- The calendar file ----------------------------------------------------------------------


def test_calendar_file_settings_are_to_ics_settings(data: dict[str, Any]) -> None:
    lang = data["lang"]
    settings = data["ics"]
    assert settings["actions"] == [action.value for action in etiket.timeline.ACTIONS]
    assert settings["calendarName"] == MESSAGES["ics.calendar-name"][lang]
    assert settings["reminder"] == MESSAGES["ics.reminder"][lang]
    # What the numbers do, read off the events the package makes.
    day_events = ics.calendar_events(etiket.plan("2026-11-20", lang=lang))
    assert {e.alarm for e in day_events} == {timedelta(minutes=settings["remindAt"])}
    timed = ics.calendar_events(etiket.plan("2026-11-20T14:30", lang=lang))[0]
    assert isinstance(timed.end, datetime)
    assert isinstance(timed.start, datetime)
    assert timed.end - timed.start == timedelta(minutes=settings["deadlineBlock"])
    assert timed.alarm == timedelta(minutes=settings["deadlineBlock"] - settings["remindBefore"])
    namespace = uuid.UUID(settings["uidNamespace"])
    for event in day_events:
        key = f"\x1f2026-11-20\x1f{event.action.value}"
        assert event.uid == f"{uuid.uuid5(namespace, key)}@etiket"


def test_data_is_plain_json(data: dict[str, Any]) -> None:
    assert json.loads(json.dumps(data)) == data


def test_the_rulebook_travels_as_data(data: dict[str, Any]) -> None:
    from etiket.portable import export, shortened

    assert data["program"] == shortened(export())
    assert set(data["program"]["functions"]) == set(export()["functions"])


@pytest.mark.parametrize("zone", site_data.PLANNER_ZONES)
def test_each_offered_zone_names_its_offsets_as_zoneinfo_does(zone: str) -> None:
    """The names the script gives a zone's times (WIB, BST) and whether each is summer time."""
    names = planner_data("en", planner_years())["zones"][zone]
    clock = ZoneInfo(zone)
    for year in planner_years():
        for month in range(1, 13):
            moment = datetime(year, month, 15, 12, tzinfo=clock)
            offset = moment.utcoffset() or timedelta(0)
            summer = moment.dst() != timedelta(0)
            assert names[str(int(offset.total_seconds() // 60))] == [moment.tzname(), summer]


def test_a_zone_with_two_names_for_one_offset_is_refused(monkeypatch: pytest.MonkeyPatch) -> None:
    # Moscow's +04:00 was summer time (MSD) until 2011, then standard time (MSK) until 2014:
    # the script, which names a time by its offset, could not tell them apart.
    monkeypatch.setattr(site_data, "PLANNER_ZONES", ("Europe/Moscow",))
    with pytest.raises(etiket.EtiketError) as caught:
        planner_data("en", range(2011, 2013))
    assert caught.value.key == "site.zone-names"
