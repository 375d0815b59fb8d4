"""The rules as plain data, for the planner that runs in the handbook's pages.

The in-page planner (``docs/_static/planner.js``) repeats only the date
arithmetic of :mod:`etiket.timeline` and the layout of :mod:`etiket.ics`.
Everything else it needs comes from here at build time: the policy's numbers,
the steps' wording, each calendar's days off for a span of years, how Babel
writes dates and times, and the calendar file's settings. Nothing the script
knows is typed twice.

>>> from etiket.site_data import planner_data, planner_years
>>> data = planner_data("id", planner_years(2026))
>>> data["years"], data["policy"]["follow_up_after_working_days"]
([2025, 2029], 5)
>>> data["date"]["months"][2], data["date"]["days"][4]
('Maret', 'Jumat')
"""

from __future__ import annotations

import re
from collections.abc import Collection, Iterable
from datetime import UTC, date, datetime, timedelta
from typing import Any, Final, Literal

from etiket.assessment import Outcome, Purpose
from etiket.calendar import WorkingCalendar
from etiket.error_messages import ERRORS, WORDS
from etiket.errors import EtiketError, InvalidInputError
from etiket.language import DATE_FORMATS, DATETIME_FORMATS, Language, check_language
from etiket.messages import MESSAGES
from etiket.policy import DEFAULT_POLICY, Policy
from etiket.portable import export, shortened
from etiket.timeline import ACTIONS, Action, Channel

__all__ = [
    "BASE_YEAR",
    "COUNTRIES",
    "PLANNER_ZONES",
    "country_names",
    "pattern_tokens",
    "planner_data",
    "planner_years",
]

BASE_YEAR: Final = 2026
"""The year the handbook is published for; the planner covers the years around it.

A fixed setting, not today's date, so that a rebuild gives the same site. The
handbook's build can override it (Sphinx setting ``etiket_planner_base_year``).
"""

_ONE_DAY: Final = timedelta(days=1)

YEARS_BEFORE: Final = 1
YEARS_AFTER: Final = 3

COUNTRIES: Final[tuple[str | None, ...]] = (None, "ID")
"""The calendars the planner offers: weekends only, and Indonesia."""

PLANNER_ZONES: Final = (
    "Asia/Jakarta",
    "Asia/Makassar",
    "Asia/Jayapura",
    "Asia/Singapore",
    "Europe/London",
    "America/New_York",
    "Australia/Sydney",
)
"""The time zones the planner reads times in: Indonesia's three, and a few abroad.

The page takes each zone's offsets from the browser's own clock (``Intl``); what the
browser cannot give is the name ``zoneinfo`` calls each offset (WIB, BST), which the
dates in words and the calendar file's VTIMEZONE carry: :func:`planner_data` exports it.
"""

# The labels a rendered timeline and its calendar file need, besides each step's own words.
_LABELS: Final = ("by", "from", "range", "optional", "interview", "name", "email-or-chat")
# Babel's names for its standard date patterns, which etiket.language may use by name.
_WIDTHS: Final[tuple[Literal["full", "long", "medium", "short"], ...]] = (
    "full",
    "long",
    "medium",
    "short",
)
# Babel pattern fields the script can write: names of weekdays, months and day periods
# (AM/PM), and the numbers of day, month, year, hour and minute.
_FIELDS: Final = {
    ("E", 4), ("M", 4), ("M", 1), ("M", 2), ("d", 1), ("d", 2), ("y", 1),
    ("h", 1), ("h", 2), ("H", 1), ("H", 2), ("m", 1), ("m", 2), ("a", 1),
}  # fmt: skip


def planner_years(base_year: int = BASE_YEAR) -> range:
    """The years whose days off the planner carries: one before ``base_year`` to three after."""
    if not isinstance(base_year, int) or isinstance(base_year, bool):
        raise InvalidInputError("site.base-year-type", value=base_year)
    if not date.min.year + YEARS_BEFORE <= base_year <= date.max.year - YEARS_AFTER:
        raise InvalidInputError("site.base-year-range", year=base_year)
    return range(base_year - YEARS_BEFORE, base_year + YEARS_AFTER + 1)


def planner_data(
    lang: str, years: Iterable[int], *, policy: Policy = DEFAULT_POLICY
) -> dict[str, Any]:
    """Everything the in-page planner needs for one edition, as JSON-ready values.

    ``years`` must be consecutive: outside them the script refuses a date
    instead of guessing a country's holidays.
    """
    code = check_language(lang)
    covered = sorted(set(years))
    if not covered or covered != list(range(covered[0], covered[-1] + 1)):
        raise InvalidInputError("site.planner-years", years=covered)
    return {
        "lang": code,
        "years": [covered[0], covered[-1]],
        "policy": {number.name: number.value for number in policy.numbers()},
        "calendars": {
            country or "": _calendar(WorkingCalendar(country), covered) for country in COUNTRIES
        },
        "countryNames": country_names(code),
        "date": _date_format(code),
        "labels": {key: MESSAGES[f"label.{key}"][code] for key in _LABELS},
        "channels": {c.value: MESSAGES[f"channel.{c.value}"][code] for c in Channel},
        # What the package accepts, in the order its errors list them (a data file's keys
        # may be sorted on the way).
        "choices": {
            "channels": [c.value for c in Channel],
            "purposes": [p.value for p in Purpose],
            "outcomes": [o.value for o in Outcome],
        },
        "ics": _ics(code),
        "zones": _zones(covered),
        # The rulebook itself, which the script interprets: the plan's days and windows, the
        # reading of what the candidate did, and where they stand.
        "program": shortened(export()),
        "messages": _messages(code),
        "errors": _errors(code),
        "words": {english: words[code] for english, words in WORDS.items()},
    }


def _calendar(calendar: WorkingCalendar, years: list[int]) -> dict[str, list[Any]]:
    """The weekend, and the exceptions to it, day by day as the calendar itself says.

    Weekdays off are the holidays (and collective leave) that fall on a weekday;
    working weekend days are the Saturdays some countries work to bridge a holiday.
    """
    weekend = calendar.weekend  # Python's numbering: Monday is 0; the script converts
    days_off: list[str] = []
    working: list[str] = []
    day, last = date(years[0], 1, 1), date(years[-1], 12, 31)
    while day <= last:
        is_weekend = day.weekday() in weekend
        if calendar.is_working_day(day) is is_weekend:
            (working if is_weekend else days_off).append(day.isoformat())
        day += _ONE_DAY
    return {"weekend": sorted(weekend), "daysOff": days_off, "workingDays": working}


def country_names(lang: str) -> dict[str, str]:
    from babel import Locale

    """The name of each country the planner offers, in ``lang``, as Babel writes it."""
    territories = Locale.parse(check_language(lang)).territories
    return {country: str(territories[country]) for country in COUNTRIES if country}


def _date_format(lang: Language) -> dict[str, Any]:
    """How :func:`etiket.format_date` and ``format_datetime`` write, as tokens and names."""
    from babel.dates import (
        get_date_format,
        get_day_names,
        get_month_names,
        get_period_names,
        get_time_format,
    )

    pattern = DATE_FORMATS[lang]
    for width in _WIDTHS:
        if pattern == width:
            pattern = get_date_format(width, locale=lang).pattern
    months = get_month_names("wide", context="format", locale=lang)
    days = get_day_names("wide", context="format", locale=lang)
    periods = get_period_names("abbreviated", context="format", locale=lang)
    return {
        "pattern": pattern_tokens(pattern, lang),
        # The time as format_datetime writes it: Babel's short time.
        "time": pattern_tokens(get_time_format("short", locale=lang).pattern, lang),
        # How format_datetime joins the two: "{date} pukul {time}" in Indonesian.
        "datetime": DATETIME_FORMATS[lang],
        "months": [str(months[number]) for number in range(1, 13)],
        "days": [str(days[number]) for number in range(7)],
        "periods": [str(periods["am"]), str(periods["pm"])],
    }


def pattern_tokens(
    pattern: str,
    lang: str,
    *,
    fields: Collection[tuple[str, int]] = _FIELDS,
    script: str = "docs/_static/planner.js",
) -> list[str | list[Any]]:
    """A Babel pattern as literal text and [letter, width] fields, which ``script`` writes.

    A field outside ``fields`` is refused: the script would not know how to write it.
    """
    from babel.dates import tokenize_pattern

    tokens: list[str | list[Any]] = []
    for kind, value in tokenize_pattern(pattern):
        if kind == "chars":
            tokens.append(str(value))
        elif tuple(value) in fields:
            tokens.append([value[0], value[1]])
        else:
            letters = str(value[0]) * int(value[1])
            raise EtiketError(
                "site.pattern-field", pattern=pattern, lang=lang, letters=letters, script=script
            )
    return tokens


def _minutes(span: timedelta) -> int:
    return int(span.total_seconds() // 60)


def _ics(lang: Language) -> dict[str, Any]:
    """What :func:`etiket.to_ics` writes besides the steps, so the page's file matches it."""
    from etiket import ics

    remind_at, remind_before = ics.REMIND_AT, ics.REMIND_BEFORE
    return {
        "actions": [action.value for action in ACTIONS],
        "order": [action.value for action in ics.EVENT_ORDER],
        "remindAt": remind_at.hour * 60 + remind_at.minute,
        "remindBefore": _minutes(remind_before),
        # Read from etiket.ics, so that the page's file and the package's cannot drift.
        "deadlineBlock": _minutes(ics.DEADLINE_BLOCK),
        "uidNamespace": str(ics.UID_NAMESPACE),
        "calendarName": MESSAGES["ics.calendar-name"][lang],
        "reminder": MESSAGES["ics.reminder"][lang],
    }


def _zones(years: list[int]) -> dict[str, dict[str, list[Any]]]:
    """Each zone's names by UTC offset in minutes: ``[abbreviation, daylight saving?]``.

    Read from ``zoneinfo`` day by day over the years a calendar file can span: its
    VTIMEZONE runs from a year before the first event to two after the last, and the
    last events fall in the year after the planner's last.
    """
    from zoneinfo import ZoneInfo

    first, last = date(years[0] - 1, 1, 1), date(years[-1] + 4, 1, 1)
    start = datetime(first.year, 1, 1, 12, tzinfo=UTC)
    found: dict[str, dict[str, list[Any]]] = {}
    for key in PLANNER_ZONES:
        zone = ZoneInfo(key)
        names: dict[str, list[Any]] = {}
        for day in range((last - first).days):
            moment = (start + day * _ONE_DAY).astimezone(zone)
            offset = moment.utcoffset() or timedelta(0)
            name = [moment.tzname(), moment.dst() != timedelta(0)]
            if names.setdefault(str(_minutes(offset)), name) != name:
                raise EtiketError(
                    "site.zone-names", zone=key, offset=offset, first=first, last=last
                )
        found[key] = names
    return found


# The package's sentences the script says: steps (their variants too), stages, warnings,
# summaries, answers and labels.
_MESSAGE_KINDS: Final = ("step.", "stage.", "warning.", "summary.", "heard-back.", "label.")


def _messages(lang: Language) -> dict[str, str]:
    actions = tuple(f"{action.value}." for action in Action)
    return {
        key: texts[lang]
        for key, texts in MESSAGES.items()
        if key.startswith(_MESSAGE_KINDS) or key.startswith(actions)
    }


# The errors a reader can meet in the page's assistant, as the package words them.
_ERRORS: Final = (
    "date.not-a-date", "date.today-before-interview", "date.before-interview",
    "date.after-today", "date.respond-by-before-answer", "date.next-interview-before-invitation",
    "date.confirm-after-next-interview", "input.unknown-channel", "input.unknown-purpose",
    "input.unknown-outcome", "input.respond-by-rejection", "input.next-interview-outcome",
    "date.unknown-zone", "date.zone-mismatch", "site.zone-not-offered", "site.zone-elsewhere",
)  # fmt: skip


def _errors(lang: Language) -> dict[str, str]:
    # The script fills {name} only: a quoted value is written as Python's repr of a text is.
    return {key: re.sub(r"\{(\w+)!r\}", r"'{\1}'", ERRORS[key][lang]) for key in _ERRORS}
