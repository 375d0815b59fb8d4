"""Situations for the in-page planner, each with the package's answer: the script's fixtures.

The page's script (``docs/_static/planner.js``) must answer every reader as the package
does. This module writes down, per edition, over a thousand situations a reader can put
to it (interviews in the weeks around Lebaran and at the turn of each year the planner
covers, with and without a time, decision dates that do and do not move the follow-up,
both calendars, company names with odd characters, and input the page must refuse), and
for each the answer ``etiket.plan`` gives, in the fields ``window.etiketPlanner.plan``
returns (:func:`page_timeline`). A sample also carries the calendar file ``etiket.to_ics``
writes for it. The situations are drawn from a fixed seed: every run writes the same file.

The Node comparison (``tests/js/diff.mjs``), the browser test and ``make mutate-js`` all
read these files::

    python -m tools.planner_cases OUTPUT_DIR     # writes OUTPUT_DIR/en.json and id.json
"""

from __future__ import annotations

import argparse
import copy
import json
import random
import re
import sys
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field, replace
from datetime import UTC, date, datetime, time, timedelta
from pathlib import Path
from typing import Any, Final
from zoneinfo import ZoneInfo

import holidays

import etiket
from etiket import rulebook
from etiket.cli import assessment_data, read_moment, time_zone, timeline_data
from etiket.errors import Word
from etiket.site_data import BASE_YEAR, COUNTRIES, PLANNER_ZONES
from etiket.timeline import step_spans

ROOT: Final = Path(__file__).resolve().parents[1]
EDITIONS: Final = ("en", "id")
SEED: Final = 20261120
MINIMUM: Final = 1000
"""The fewest situations per edition (issue 11: at least a thousand)."""

CALENDAR_EVERY: Final = 25
"""One plan in this many also gets its calendar file compared (the files are slow to write)."""

STAMP: Final = datetime(2026, 11, 20, 8, 30, tzinfo=UTC)
"""The creation time both calendar files are written with, so that they can be compared."""

# Company names a reader may type or paste: markup, quotes, iCalendar's special characters,
# placeholders, emoji, right-to-left text, combining marks, wide characters, spaces around.
COMPANIES: Final = (
    "Acme",
    "PT Sinar Jaya, Tbk; Divisi \\ Pemasaran",
    '<img src=x onerror="alert(1)"> & <b>co</b>',
    'O\'Brien & Sons "Ltd"',
    "{date} {company} {{x}} $1 $&",
    "Café «Ngopi» — 東京 🚀👩🏽‍💻",
    "شركة المثال",
    "חברה בע״מ (Tel Aviv)",
    "e\u0301tiket Zalgo\u0336\u0335",
    "  Padded Name  ",
    "\u00a0Non-breaking\u00a0",
    "Tab\there",
    "x" * 120,
    "PT Maju; Divisi, TI \\ Data — kantor pusat, Jakarta Selatan, lt. 12 (Gedung Menara)",
)


@dataclass(frozen=True)
class Situation:
    """What a reader gives the page: the form's fields as text, and a policy for the API."""

    interview: str
    time: str = ""
    decision: str = ""
    country: str = ""
    company: str = ""
    policy: dict[str, Any] | None = field(default=None, hash=False)
    sparse: bool = False
    """Leave empty fields out, as a script calling the API may: only the interview is needed."""
    timezone: str | None = None
    """The zone of times without an offset (the CLI's ``--timezone``); None leaves it out."""

    def as_input(self) -> dict[str, str]:
        """The form's values, as ``window.etiketPlanner.plan`` takes them."""
        values = {
            "interview": self.interview,
            "time": self.time,
            "decision": self.decision,
            "country": self.country,
            "company": self.company,
        }
        found = {key: value for key, value in values.items() if value or not self.sparse}
        return found if self.timezone is None else found | {"timezone": self.timezone}


def lebaran(year: int) -> date:
    """The first day of Eid al-Fitr in Indonesia, from the holidays package."""
    days = holidays.country_holidays("ID", years=year, language="en_US").get_named("Eid al-Fitr")
    return min(days)


def page_timeline(timeline: etiket.Timeline, company: str = "") -> dict[str, Any]:
    """The package's timeline as ``window.etiketPlanner.plan`` returns it.

    Every field of ``etiket plan --json``, ``company`` as the calendar file names it
    (trimmed), and ``timezone``: the IANA name of the interview's clock, which the
    calendar file's VTIMEZONE carries (None for a bare offset or a time without a zone).
    """
    zone = timeline.zone
    name = zone.key if isinstance(zone, ZoneInfo) else None
    return timeline_data(timeline) | {"company": company.strip(), "timezone": name}


# ---- Drawing the situations ----------------------------------------------------------------


def situations(first_year: int, last_year: int, seed: int = SEED) -> list[Situation]:
    """The situations for a planner that knows the days off from ``first_year`` to ``last_year``."""
    rng = random.Random(seed)
    first, last = date(first_year, 1, 1), date(last_year, 12, 31)
    found: list[Situation] = []

    def add(interview: date, *, country: str | None = None, policy: Any = None) -> None:
        found.append(_situation(rng, interview, last, country, policy))

    for year in range(first_year, last_year + 1):
        eid = lebaran(year)
        for offset in range(-14, 11):
            interview = eid + timedelta(days=offset)
            add(interview, country="ID")
            add(interview, country="ID")
            add(interview)
        for offset in range(-17, 10):
            interview = date(year, 12, 31) + timedelta(days=offset)
            if interview <= last:
                add(interview, country="ID")
                add(interview)
    span = (last - first).days + 1
    for _ in range(400):
        add(first + timedelta(days=rng.randrange(span)))
    for _ in range(120):
        add(first + timedelta(days=rng.randrange(span)), policy=_policy(rng))
    found += [refusal.situation for refusal in refusals(first, last)]
    found += first_day_situations(first)
    found += capped_thank_you_situations(first)
    return found


def capped_thank_you_situations(first: date) -> list[Situation]:
    """Policies whose thank-you note would be due after the follow-up opens.

    The rulebook keeps the note's deadline before that day (``before_follow_up``), to the
    day and, with a time, to the midnight that starts it; :func:`_policy` draws none of them.
    """
    monday = first + timedelta(days=(7 - first.weekday()) % 7 + 7)
    tight = {"thank_you_within_hours": 47, "follow_up_after_working_days": 2}
    return [
        Situation(monday.isoformat(), "10:00", policy=tight),
        Situation(monday.isoformat(), policy=tight),
        Situation((monday + timedelta(days=3)).isoformat(), "16:30", country="ID", policy=tight),
    ]


def first_day_situations(first: date) -> list[Situation]:
    """Interviews on the first day whose days off the page knows, with the calendar that has them.

    The first day itself is inside the page's years: a script that refused it would differ.
    """
    day = first.isoformat()
    return [
        Situation(day, country="ID"),
        Situation(day, "09:00", country="ID"),
        Situation(day, "23:59", day, country="ID"),
    ]


def _situation(
    rng: random.Random, interview: date, last: date, country: str | None, policy: Any
) -> Situation:
    if country is None:
        country = rng.choice([c or "" for c in COUNTRIES])
    return Situation(
        interview.isoformat(),
        _time(rng),
        _decision(rng, interview, last),
        country,
        rng.choice(COMPANIES) if rng.random() < 0.6 else "",
        policy,
        sparse=rng.random() < 0.1,
    )


def _time(rng: random.Random) -> str:
    """No time, a time as a time field gives it, with seconds, or at either end of the day."""
    roll = rng.random()
    if roll < 0.55:
        return ""
    if roll < 0.6:
        return rng.choice(["00:00", "23:59", "12:00", "00:00:01", "23:59:59"])
    text = f"{rng.randrange(24):02d}:{rng.randrange(60):02d}"
    return text + (f":{rng.randrange(60):02d}" if roll > 0.9 else "")


def _decision(rng: random.Random, interview: date, last: date) -> str:
    """No decision date, or one from the interview day to weeks later.

    The follow-up waits for working days after the interview, or after the decision:
    decisions soon after the interview leave it where it is, later ones move it.
    """
    if rng.random() < 0.45:
        return ""
    return min(interview + timedelta(days=rng.randrange(0, 36)), last).isoformat()


def _policy(rng: random.Random) -> dict[str, int]:
    """Other numbers for the API's ``policy`` argument, within the package's bounds.

    Only policies whose thank-you note is due before the follow-up opens, whatever the
    interview's time: for the others the package moves the note's deadline back
    (``etiket.timeline._before_follow_up``) and the page's script does not, a difference
    tests/test_planner_script.py records as known.
    """
    follow_up = rng.randint(2, 12)
    numbers = {
        "thank_you_within_hours": rng.randint(1, 24 * (follow_up - 1)),
        "follow_up_after_working_days": follow_up,
        "decision_grace_working_days": rng.randint(1, 6),
        "second_note_after_weeks": rng.randint(1, 6),
        "assume_no_offer_after_weeks": rng.randint(0, 4),
    }
    etiket.DEFAULT_POLICY.with_changes(**numbers)  # the package accepts them
    return numbers


# What the page must refuse, each with one fault, the field at fault and the script's code for it.
_BAD_DATES: Final = ("2026-02-30", "2027-13-01", "2026-11-31", "20-11-2026", "2026/11/20",
                     "2026-1-5", "tomorrow", "<b>2026-11-20</b>", "２０２６-１１-２０")  # fmt: skip
_BAD_TIMES: Final = ("24:00", "12:60", "9:30", "12:30:60", "noon", "-1:00")
# What datetime.fromisoformat reads, and so the package, but no form of the page writes: the
# page refuses them in its own words (page_only), as reference/page-script says.
_PYTHON_DATES: Final = ("20261120", "2026-W47-5", "2026-324")
_PYTHON_TIMES: Final = ("21:00:30.5", "2130")
_BAD_POLICIES: Final[tuple[dict[str, Any], ...]] = (
    {"follow_up_after_working_days": -1},
    {"thank_you_within_hours": 1.5},
    {"second_note_after_weeks": "2"},
    {"assume_no_offer_after_weeks": None},
)


def whole_text_refusals(day: str) -> list[Refusal]:
    """Dates and times right at one end and wrong at the other, and a year before 100.

    They tell apart a script that reads the whole text from one that finds a date or a
    time somewhere in it; the year 50 is a real date the planner's years do not hold.
    """
    return [
        Refusal(Situation("x" + day), "interview", "invalid"),
        Refusal(Situation(day + "x"), "interview", "invalid"),
        Refusal(Situation(day, decision="x" + day), "decision", "invalid"),
        Refusal(Situation(day, "x10:30"), "time", "time"),
        Refusal(Situation(day, "10:30x"), "time", "time"),
        Refusal(Situation(day, "10:30:5"), "time", "time"),
        Refusal(Situation("0050-06-01"), "interview", "range", page_only=True),
    ]


@dataclass(frozen=True)
class Refusal:
    """A situation the page must refuse, and which of its messages it must give."""

    situation: Situation
    field: str
    code: str
    page_only: bool = False
    """True where only the page refuses: a date past its years, a calendar it does not offer."""
    then: tuple[Refusal, ...] = ()
    """The situation's other faults, which the page reports after this one, in this order."""


def refusals(first: date, last: date) -> list[Refusal]:
    """Situations with one fault each, with a time and a company drawn to vary them."""
    rng = random.Random(SEED + 1)
    day = (first + timedelta(days=300)).isoformat()
    found = [Refusal(Situation(""), "interview", "required", page_only=True)]
    for text in _BAD_DATES:
        found.append(Refusal(Situation(text), "interview", "invalid"))
        found.append(Refusal(Situation(day, decision=text), "decision", "invalid"))
    for text in _BAD_TIMES:
        found.append(Refusal(Situation(day, text), "time", "time"))
    found += [Refusal(Situation(text), "interview", "invalid", True) for text in _PYTHON_DATES]
    found += [Refusal(Situation(day, text), "time", "time", True) for text in _PYTHON_TIMES]
    for outside in (first - timedelta(days=1), last + timedelta(days=1), date(1999, 6, 1)):
        found.append(Refusal(Situation(outside.isoformat()), "interview", "range", True))
        found.append(
            Refusal(Situation(day, decision=outside.isoformat()), "decision", "range", True)
        )
    for before in (1, 2, 30):
        decision = (date.fromisoformat(day) - timedelta(days=before)).isoformat()
        found.append(Refusal(Situation(day, decision=decision), "decision", "decisionBefore"))
    for country in ("XX", "Indonesia"):
        found.append(Refusal(Situation(day, country=country), "country", "country"))
    # Calendars the package has but the page does not offer (it also reads no lower case).
    for country in ("MY", "id"):
        found.append(Refusal(Situation(day, country=country), "country", "country", True))
    for numbers in _BAD_POLICIES:
        found.append(Refusal(Situation(day, policy=dict(numbers)), "policy", "policy"))
    found += whole_text_refusals(day)
    # Last, so that the faults before them keep their times and companies.
    found += two_fault_refusals(day)
    return [
        Refusal(
            Situation(
                r.situation.interview,
                r.situation.time or (_time(rng) if r.field not in ("time", "interview") else ""),
                r.situation.decision,
                r.situation.country,
                rng.choice(COMPANIES),
                r.situation.policy,
            ),
            r.field,
            r.code,
            r.page_only,
            r.then,
        )
        for r in found
    ]


def two_fault_refusals(day: str) -> list[Refusal]:
    """Situations with two faults: the page reports both, in the order of its form's fields."""
    bad = "x" + day
    return [
        Refusal(Situation(bad, decision=bad), "interview", "invalid",
                then=(Refusal(Situation(bad, decision=bad), "decision", "invalid"),)),
        Refusal(Situation("", decision=bad), "interview", "required", page_only=True,
                then=(Refusal(Situation("", decision=bad), "decision", "invalid"),)),
        Refusal(Situation(day, "9:30", country="XX"), "time", "time",
                then=(Refusal(Situation(day, "9:30", country="XX"), "country", "country"),)),
    ]  # fmt: skip


# ---- The package's answers -----------------------------------------------------------------


def _fill(template: str, **values: str) -> str:
    return re.sub(r"\{(\w+)\}", lambda m: values.get(m.group(1), m.group(0)), template)


class Answers:
    """The package's answer to each situation, in one edition, for a planner's data."""

    def __init__(self, lang: str, data: dict[str, Any]) -> None:
        self.lang = lang
        self.data = data
        self.first = date(data["years"][0], 1, 1)
        self.last = date(data["years"][1], 12, 31)
        found = refusals(self.first, self.last) + zone_refusals(self.first)
        self._faults = {r.situation: r for r in found}

    def problem(self, field: str, code: str, **values: str) -> dict[str, str]:
        """A problem as the script reports it: the field, the code, the page's message."""
        return {"field": field, "code": code, "message": _fill(self.data["ui"][code], **values)}

    def timeline(self, situation: Situation) -> etiket.Timeline:
        """``etiket.plan`` for the situation (raises what the package raises)."""
        moment = situation.interview + (f"T{situation.time}" if situation.time else "")
        policy = None if situation.policy is None else etiket.Policy(**situation.policy)
        return etiket.plan(
            _cli_reader(situation.timezone)(moment, "interview date"),
            decision_date=situation.decision or None,
            country=situation.country or None,
            policy=policy,
            lang=self.lang,
        )

    def answer(self, situation: Situation, fault: Refusal | None = None) -> dict[str, Any]:
        """``{"timeline": ...}`` as the page returns it, or ``{"problems": [...]}``."""
        if fault is not None:
            found = self._refusal(situation, fault)
            for other in fault.then:
                found["problems"] += self._refusal(situation, other)["problems"]
            return found
        timeline = self.timeline(situation)
        if situation.country and timeline.second_note.earliest > self.last:
            # The page knows the days off of its years only: it must refuse exactly when the
            # package's timeline needed a working day past them, and blame the date that did.
            last = etiket.format_date(self.last, self.lang)
            return {
                "problems": [self.problem(self._beyond(situation, timeline), "beyond", last=last)]
            }
        return {"timeline": page_timeline(timeline, situation.company)}

    def _beyond(self, situation: Situation, timeline: etiket.Timeline) -> str:
        """The field whose date ran the timeline past the page's years.

        The decision date, when the interview alone would have kept the timeline inside
        them; otherwise the interview, which a reader would have to change anyway.
        """
        if situation.decision:
            alone = self.timeline(replace(situation, decision=""))
            if alone.second_note.earliest <= self.last:
                return "decision"
        return "interview"

    def _refusal(self, situation: Situation, fault: Refusal) -> dict[str, Any]:
        """The page's message for a fault the package refuses too, or one of the page's own."""
        if not fault.page_only:
            # The page is not stricter than the package: the package refuses this too.
            try:
                self.timeline(situation)
            except etiket.EtiketError as error:
                if "." in fault.code:
                    # One of the package's own errors (a zone, an offset): its key and words.
                    if error.key != fault.code:
                        raise AssertionError(
                            f"{situation}: {error.key}, not {fault.code}"
                        ) from None
                    message = error.text.message(self.lang)
                    return {
                        "problems": [{"field": fault.field, "code": error.key, "message": message}]
                    }
            else:
                raise AssertionError(f"the package accepts {situation}, the page must refuse it")
        if fault.code == "site.zone-not-offered":
            # In the order of their names: the built data file sorts its keys.
            words = {"name": situation.timezone or "", "known": ", ".join(sorted(PLANNER_ZONES))}
            message = _fill(self.data["errors"][fault.code], **words)
            return {"problems": [{"field": fault.field, "code": fault.code, "message": message}]}
        if fault.code == "policy":
            return {"thrown": "TypeError"}
        text = getattr(situation, fault.field, "")
        values = {
            "value": text,
            "example": self.first.isoformat(),
            "first": etiket.format_date(self.first, self.lang),
            "last": etiket.format_date(self.last, self.lang),
        }
        return {"problems": [self.problem(fault.field, fault.code, **values)]}

    def cases(self, found: Sequence[Situation]) -> Iterator[dict[str, Any]]:
        for situation in found:
            answer = self.answer(situation, self._faults.get(situation))
            case: dict[str, Any] = {"input": situation.as_input(), "expected": answer}
            if situation.policy is not None:
                case["policy"] = situation.policy
            yield case

    def calendar(self, situation: Situation) -> str:
        """The calendar file ``etiket.to_ics`` writes for the situation, stamped ``STAMP``."""
        timeline = self.timeline(situation)
        name = situation.company.strip()
        return etiket.to_ics({name: timeline} if name else timeline, stamp=STAMP).decode("utf-8")


ASSESSMENTS: Final = 1200
"""How many assessments each edition's fixtures hold, besides the plans."""

CHANNELS: Final = ("email",) * 6 + ("message", "phone", "voice-note", "letter", "in-person")
PURPOSES: Final = (None,) * 5 + ("thank-you", "follow-up", "last-note", "reply", "another-offer")


def assessment_inputs(first_year: int, last_year: int, seed: int = SEED) -> list[dict[str, Any]]:
    """What readers tell the assistant: interviews, what they sent and when, the answer.

    The interviews fall early enough in the planner's years that every timeline stays
    inside them (the page refuses a date past the days off it knows; the package does
    not); times of day, decision dates, several interviewers, chat, any channel and
    purpose, calls, and each answer with and without its dates are all drawn.
    """
    rng = random.Random(seed + 1)
    first, last = date(first_year, 1, 1), date(last_year, 8, 31)
    eids = [lebaran(year) for year in range(first_year, last_year + 1)]
    found = []

    def clock() -> str:
        return f"T{rng.randrange(24):02d}:{rng.randrange(60):02d}"

    for index in range(ASSESSMENTS):
        if index % 4 == 0:
            interview = rng.choice(eids) + timedelta(days=rng.randrange(-14, 10))
        elif index % 4 == 1:
            interview = date(rng.randrange(first_year, last_year), 12, 31) - timedelta(
                days=rng.randrange(20)
            )
        else:
            interview = first + timedelta(days=rng.randrange((last - first).days))
        today = interview + timedelta(days=rng.randrange(0, 90))

        def moment(interview: date = interview, today: date = today) -> str:
            day = interview + timedelta(days=rng.randrange((today - interview).days + 1))
            return day.isoformat() + (clock() if rng.random() < 0.3 else "")

        contacts = [
            {"on": moment(), "channel": rng.choice(CHANNELS), "purpose": rng.choice(PURPOSES)}
            for _ in range(rng.randrange(5))
        ]
        situation: dict[str, Any] = {
            "interview": interview.isoformat(),
            "time": clock()[1:] if rng.random() < 0.4 else "",
            "decision": (interview + timedelta(days=rng.randrange(20))).isoformat()
            if rng.random() < 0.3
            else "",
            "country": rng.choice(["", "ID"]),
            "today": today.isoformat() + (clock() if rng.random() < 0.3 else ""),
            "interviewers": rng.choice([[], ["Ms Rivera"], ["Ibu Sari", "Mr Tan"]]),
            "chat": rng.random() < 0.3,
            "notHr": rng.random() < 0.2,
            "contacts": contacts,
            "calls": [moment() for _ in range(rng.randrange(0, 2))],
        }
        if rng.random() < 0.35:
            answered = interview + timedelta(days=rng.randrange((today - interview).days + 1))
            outcome = rng.choice(["offer", "rejection", "next-round"])
            heard: dict[str, str] = {"on": answered.isoformat(), "outcome": outcome}
            if outcome != "rejection" and rng.random() < 0.5:
                heard["respondBy"] = (answered + timedelta(days=rng.randrange(10))).isoformat()
            if outcome == "next-round" and rng.random() < 0.6:
                later = answered + timedelta(days=rng.randrange(12))
                heard["nextInterview"] = later.isoformat() + (clock() if rng.random() < 0.3 else "")
            situation["heardBack"] = heard
        found.append(situation)
    return found


def assessment_answer(situation: dict[str, Any], lang: str) -> dict[str, Any]:
    """``etiket.assess`` for what the page takes, as ``window.etiketPlanner.assess`` answers.

    The fields of ``etiket assess --json``, or the key and sentence of the error the
    package raises.
    """
    try:
        assessment = _assess(situation, lang)
    except etiket.EtiketError as error:
        message = error.text.message(lang)
        return {"refused": error.key, "field": refused_field(situation, error), "message": message}
    return {"assessment": assessment_data(assessment)}


# The field of the assistant's form each refusal points at, by the error's key where only one
# field can be at fault, or by the thing the error names (etiket.errors.Word).
_FIELD_OF_KEY: Final = {
    "date.today-before-interview": "today", "input.unknown-outcome": "heardBack",
    "input.respond-by-rejection": "respondBy", "date.respond-by-before-answer": "respondBy",
    "date.confirm-after-next-interview": "respondBy",
    "input.next-interview-outcome": "nextInterview",
    "date.next-interview-before-invitation": "nextInterview",
}  # fmt: skip
_FIELD_OF_WORD: Final = {
    "date for today": "today", "reply date": "heardBack", "reply": "heardBack",
    "deadline to respond": "respondBy", "next interview date": "nextInterview",
}  # fmt: skip


def refused_field(situation: dict[str, Any], error: etiket.EtiketError) -> str:
    """Where the page shows a refusal of ``assess``, which the package's errors do not say.

    A contact or a call is ``contacts.N`` or ``calls.N``: the first whose date, channel or
    purpose is the one the error quotes, as the page checks them, contacts first.
    """
    if error.key in _FIELD_OF_KEY:
        return _FIELD_OF_KEY[error.key]
    values = error.values
    named = {v.english for k, v in values.items() if isinstance(v, Word)} - {"interview"}
    if len(named) > 1:
        named -= {"date for today"}  # a message of another kind than today's names the message
    # A channel or a purpose the package does not know names no thing, only the value.
    word = named.pop() if len(named) == 1 else ""
    if word in _FIELD_OF_WORD:
        return _FIELD_OF_WORD[word]
    read = _cli_reader(situation.get("timezone"))
    quoted = {str(v) for k, v in values.items() if k in ("value", "moment", "aware_at", "naive_at")}
    contacts = situation.get("contacts", [])
    for index, contact in enumerate(contacts):
        typed = {contact["on"], contact.get("channel"), contact.get("purpose")}
        if word in ("message", "message date", "") and (
            quoted & {str(t) for t in typed} or _read_as(read, contact["on"]) & quoted
        ):
            return f"contacts.{index}"
    for index, call in enumerate(situation.get("calls", [])):
        if word in ("message", "call date") and {call, *_read_as(read, call)} & quoted:
            return f"calls.{index}"
    raise AssertionError(f"no field of {situation} for {error.key} {values}")


def _read_as(read: Any, text: str) -> set[str]:
    """A typed date as the package's errors quote it, once read; none if it is no date."""
    try:
        value = read(text, "message date")
        return {(read_moment(value, "", None) if isinstance(value, str) else value).isoformat()}
    except etiket.EtiketError:
        return set()


ASSESSMENT_CALENDAR_EVERY: Final = 6
"""One assessment in this many also gets the calendar of what is still ahead compared."""


def assessment_calendars(lang: str, found: Sequence[dict[str, Any]]) -> list[dict[str, Any]]:
    """The calendar files of what is still ahead (``Assessment.to_ics``) for a sample of ``found``.

    Each item has the situation, the company that names its events (none, or one of
    :data:`COMPANIES` the package takes), and the file the package writes, stamped
    ``STAMP``; ``"ics": None`` when nothing is left ahead, which the page answers with
    no file either. Left out: situations the package refuses, and a next round planned
    for the very moment of the first interview (both rounds' events would share their
    identifiers: the package refuses the file, the page writes it).
    """
    names = ["", *(c for c in COMPANIES if "\t" not in c)]
    chosen = []
    for index, situation in enumerate(found[::ASSESSMENT_CALENDAR_EVERY]):
        expected = assessment_answer(situation, lang)
        if "assessment" not in expected:
            continue
        company = names[index % len(names)]
        assessment = _assess(situation, lang)
        try:
            named = {company: assessment} if company.strip() else assessment
            text: str | None = etiket.to_ics(named, stamp=STAMP).decode("utf-8")
        except etiket.EtiketError as error:
            if error.key == "ics.same-interview":
                continue
            if error.key != "ics.nothing-ahead":
                raise
            text = None
        chosen.append({"kind": "assess", "input": situation, "company": company, "ics": text})
    return chosen


def _assess(situation: dict[str, Any], lang: str) -> etiket.Assessment:
    """``etiket.assess`` for what the page's ``assess`` takes."""
    start = situation["interview"] + (f"T{situation['time']}" if situation["time"] else "")
    # With a time zone, times are read as the CLI reads them with --timezone.
    read = _cli_reader(situation.get("timezone"))
    heard = situation.get("heardBack")
    reply = None
    if heard:
        later = heard.get("nextInterview")
        reply = etiket.Reply(
            read(heard["on"], "reply date"), heard["outcome"], heard.get("respondBy"),
            None if later is None else read(later, "next interview date"),
        )  # fmt: skip
    # What a script leaves out is the package's default: no contacts, no calls, an email.
    notes = [
        etiket.Contact(
            read(c["on"], "message date"), **{k: c[k] for k in ("channel", "purpose") if k in c}
        )
        for c in situation.get("contacts", [])
    ]
    return etiket.assess(
        read(start, "interview date"), today=read(situation["today"], "date for today"),
        notes=notes, calls=[read(call, "call date") for call in situation.get("calls", [])],
        heard_back=reply, decision_date=situation["decision"] or None,
        country=situation["country"] or None, lang=lang,
        interviewers=situation["interviewers"], recruiter_uses_chat=situation["chat"],
        interviewer_in_hr=False if situation["notHr"] else None,
    )  # fmt: skip


# ---- Times with an offset, and times on a zone's clock ---------------------------------------

# Offsets as a reader may type them after a time: each form Python reads, both signs, UTC.
OFFSETS: Final = ("+07:00", "+0800", "+09", "Z", "-00:00", "-05:00", "+05:45", "-09:30", "+14:00")
# Offsets the package refuses: the page says so in the package's words.
_BAD_OFFSETS: Final = ("+24:00", "+7:00", "+07:0", "07:00", "+07:00Z", "z", " WIB")
# Zone names no zone database knows, and zones the platform knows but the page does not offer.
_UNKNOWN_ZONES: Final = ("Mars/Olympus", "Asia/Jakartaa", "WIB", "Jakarta")
_ZONES_NOT_OFFERED: Final = ("Asia/Tokyo", "Europe/Paris", "UTC")


def _cli_reader(zone_name: str | None) -> Any:
    """How a time is read: as given (no zone named), or as ``etiket --timezone`` reads it."""
    if zone_name is None:
        return lambda text, what: text
    zone = time_zone(zone_name or None)
    return lambda text, what: read_moment(text, what, zone)


def clock_changes(zone: str, first: date, last: date) -> list[date]:
    """The days from ``first`` to ``last`` on which ``zone``'s clocks go forward or back."""
    clock = ZoneInfo(zone)
    days = [first + timedelta(days=n) for n in range((last - first).days + 1)]
    offsets = [datetime(d.year, d.month, d.day, 12, tzinfo=clock).utcoffset() for d in days]
    return [
        day
        for day, before, after in zip(days[1:], offsets, offsets[1:], strict=False)
        if before != after
    ]


def zone_situations(first_year: int, last_year: int, seed: int = SEED) -> list[Situation]:
    """Plans with a time zone or an offset, and the refusals of zones and offsets.

    Late interviews, whose deadlines cross midnight, on the days around each clock change,
    and inside the hour a change skips or repeats, in each zone the page offers; the same
    with bare offsets, some of them beside a zone that they override.
    """
    rng = random.Random(seed + 2)
    first, last = date(first_year, 1, 1), date(last_year, 12, 31)
    span = (last - first).days

    def late() -> str:
        return f"{rng.randrange(20, 24):02d}:{rng.randrange(60):02d}"

    def add(day: date, time: str, zone: str | None) -> None:
        country = rng.choice(["", "ID"]) if day.year < last_year else ""
        decision = _decision(rng, day, last)
        company = rng.choice((*COMPANIES, *[""] * 6))
        found.append(Situation(day.isoformat(), time, decision, country, company, timezone=zone))

    found: list[Situation] = []
    for zone in PLANNER_ZONES:
        changes = clock_changes(zone, first, last)
        for change in changes:
            for shift in (-1, 0, 1):
                for clock in (late(), "01:30", "02:30"):
                    add(change + timedelta(days=shift), clock, zone)
        for _ in range(12 if changes else 30):
            add(
                first + timedelta(days=rng.randrange(span)), rng.choice([late(), "08:15", ""]), zone
            )
    for written in OFFSETS:
        for _ in range(8):
            zone = rng.choice(["", "", rng.choice(PLANNER_ZONES)])
            add(first + timedelta(days=rng.randrange(span)), late() + written, zone)
    found += [refusal.situation for refusal in zone_refusals(first)]
    # Last, so that the situations before them stay the ones they were.
    for written in EDGE_OFFSETS:
        add(first + timedelta(days=rng.randrange(span)), late() + written, "")
    return found


def zone_refusals(first: date) -> list[Refusal]:
    """Zones and offsets the page refuses, one fault each.

    Zones no database knows and offsets Python cannot read get the package's errors; zones
    the platform knows but the page does not offer, the page's own.
    """
    day = (first + timedelta(days=300)).isoformat()
    found = [Refusal(Situation(day, "21:00", timezone=name), "timezone", "date.unknown-zone")
             for name in _UNKNOWN_ZONES]  # fmt: skip
    found += [Refusal(Situation(day, "21:00", timezone=name), "timezone", "site.zone-not-offered",
                      page_only=True) for name in _ZONES_NOT_OFFERED]  # fmt: skip
    found += [Refusal(Situation(day, "21:00" + text, timezone=""), "time", "date.not-a-date")
              for text in _BAD_OFFSETS]  # fmt: skip
    found += edge_time_refusals(day)
    return found


def edge_time_refusals(day: str) -> list[Refusal]:
    """Times at the edges of what the page reads, which tell its readers' parts apart.

    A clock with a third digit, an offset's minutes past 59, an offset after seconds, an
    offset with a colon and no minutes after it, and a time that is no time before a good
    offset (the page's own words, as for any such time).
    """
    return [
        Refusal(Situation(day, "110:00", timezone=""), "time", "time"),
        Refusal(Situation(day, "24:00+07:00", timezone=""), "time", "time"),
        Refusal(Situation(day, "21:00+07:60", timezone=""), "time", "date.not-a-date"),
        Refusal(Situation(day, "21:00:30+7:00", timezone=""), "time", "date.not-a-date"),
        Refusal(Situation(day, "21:00+07:", timezone=""), "time", "date.not-a-date"),
    ]


EDGE_OFFSETS: Final = ("+23:59", "-23:30")
"""Offsets at the end of what Python reads (less than a day), which the page reads too."""


ZONE_ASSESSMENTS: Final = 400
"""How many assessments with times in zones each edition's fixtures hold."""


def zone_assessment_inputs(
    first_year: int, last_year: int, seed: int = SEED
) -> list[dict[str, Any]]:
    """What readers in a time zone tell the assistant.

    Times on the zone's clock, times with another zone's offset (read on the interview's),
    days near clock changes, late hours; now and then a time without a zone beside one
    with, which the package refuses.
    """
    rng = random.Random(seed + 3)
    first, last = date(first_year, 1, 1), date(last_year, 8, 31)
    changes = [day for zone in PLANNER_ZONES for day in clock_changes(zone, first, last)]
    found = []
    for index in range(ZONE_ASSESSMENTS):
        zone = rng.choice((*PLANNER_ZONES, ""))
        if index % 2:
            interview = rng.choice(changes) - timedelta(days=rng.randrange(3))
        else:
            interview = first + timedelta(days=rng.randrange((last - first).days))
        # Often within the thank-you note's day or two, whose deadline is to the minute.
        today = interview + timedelta(days=rng.choice([1, 1, 2, rng.randrange(60)]))
        # A fixed offset alone has no zone for the other times: they carry one, or (rarely) not.
        bare = "" if zone or rng.random() < 0.1 else rng.choice(OFFSETS)

        def at(day: date, bare: str = bare) -> str:
            hour = rng.choice([rng.randrange(24), 0, 1, 2, 3, 22, 23])
            other = rng.choice(OFFSETS) if rng.random() < 0.3 else bare
            return f"{day.isoformat()}T{hour:02d}:{rng.randrange(60):02d}{other}"

        def moment(interview: date = interview, today: date = today) -> str:
            day = interview + timedelta(days=rng.randrange((today - interview).days + 1))
            return at(day) if rng.random() < 0.6 else day.isoformat()

        situation: dict[str, Any] = {
            "interview": interview.isoformat(),
            "time": at(interview)[11:] if rng.random() < 0.85 else "",
            "timezone": zone,
            "decision": "",
            "country": rng.choice(["", "ID"]),
            "today": at(today) if rng.random() < 0.7 else today.isoformat(),
            "interviewers": rng.choice([[], ["Ms Rivera"], ["Ibu Sari", "Mr Tan"]]),
            "chat": rng.random() < 0.3,
            "notHr": rng.random() < 0.2,
            "contacts": [
                {"on": moment(), "channel": rng.choice(CHANNELS), "purpose": rng.choice(PURPOSES)}
                for _ in range(rng.randrange(4))
            ],
            "calls": [moment() for _ in range(rng.randrange(0, 2))],
        }
        if rng.random() < 0.35:
            answered = interview + timedelta(days=rng.randrange((today - interview).days + 1))
            outcome = rng.choice(["offer", "rejection", "next-round"])
            heard: dict[str, str] = {"on": at(answered), "outcome": outcome}
            if outcome == "next-round" and rng.random() < 0.7:
                heard["nextInterview"] = at(answered + timedelta(days=rng.randrange(1, 12)))
            situation["heardBack"] = heard
        found.append(situation)
    # Today and a message at the very instant of the interview, written on other offsets:
    # neither is before it, though each clock shows another hour.
    day = first.isoformat()
    found.append({
        "interview": day, "time": "10:00+07:00", "timezone": "", "decision": "", "country": "",
        "today": f"{day}T03:00Z", "interviewers": [], "chat": False, "notHr": False,
        "contacts": [{"on": f"{day}T04:00+01:00", "channel": "email", "purpose": "thank-you"}],
        "calls": [],
    })  # fmt: skip
    return found


# ---- The API's writing of dates and times (for make mutate-js's comparison) ----------------

# Text a page may hand formatDate or formatTime that is no date, or no date with a time.
_NOT_A_MOMENT: Final = ("", "2026-02-30", "2026-11-20 09:30", "2026-11-20T9:30", "2026-11-20T",
                        "2026-11-20T24:00", "20-11-2026", "2026-11-20T09:30Z")  # fmt: skip


def format_cases(lang: str, first_year: int, last_year: int, seed: int = SEED) -> list[Any]:
    """``window.etiketPlanner.formatDate`` and ``.formatTime`` on what a page passes them (and,
    after them, ``.writeDay`` and ``.notes``: :func:`letter_date_cases`, :func:`step_note_cases`).

    Each with the package's text: ``etiket.format_date`` for a day, Babel's short time (as
    ``etiket.format_datetime`` writes a time) for a moment, and ``None`` (the page's null)
    for text that is not one. The days cover every weekday and month of the planner's years
    and years far from them; the times every hour, on the hour and not, with seconds.
    """
    from babel.dates import format_time

    rng = random.Random(seed + 2)
    first, last = date(first_year, 1, 1), date(last_year, 12, 31)
    days = [first + timedelta(days=rng.randrange((last - first).days + 1)) for _ in range(60)]
    days += [first, last, date(2028, 2, 29), date(50, 6, 1), date(1000, 1, 1), date(9999, 12, 31)]
    found: list[Any] = [
        {"call": "formatDate", "value": day.isoformat(), "expected": etiket.format_date(day, lang)}
        for day in days
    ]
    for hour in range(24):
        for minute, second in ((0, 0), (rng.randrange(1, 60), 0), (59, rng.randrange(1, 60))):
            day = rng.choice(days[:60])
            clock = f"{hour:02d}:{minute:02d}" + (f":{second:02d}" if second else "")
            text = format_time(time(hour, minute, second), "short", locale=lang)
            found.append({"call": "formatTime", "value": f"{day}T{clock}", "expected": str(text)})
    # A moment with its offset (a zoned window's opening) is written on its own clock.
    for offset in ("Z", "+07:00", "-05:00"):
        text = format_time(time(9, 30), "short", locale=lang)
        found.append(
            {"call": "formatTime", "value": f"{days[0]}T09:30{offset}", "expected": str(text)}
        )
    for text in (*_NOT_A_MOMENT, days[0].isoformat()):
        if not text.endswith("Z"):
            found.append({"call": "formatTime", "value": text, "expected": None})
    for text in _NOT_A_MOMENT:
        found.append({"call": "formatDate", "value": text, "expected": None})
    return found + letter_date_cases(lang, days) + step_note_cases(lang)


def letter_date_cases(lang: str, days: list[date]) -> list[Any]:
    """``etiketPlanner.writeDay`` in a letter's pattern: ``format_long_date``, or ``None``
    for a day Python's calendar has not (the year 0) and for text that is not a day."""
    from etiket.language import format_long_date
    from etiket.letters_data import letters_data

    pattern = letters_data(lang)["date"]["pattern"]
    found: list[Any] = [
        {
            "call": "writeDay",
            "args": [pattern, day.isoformat()],
            "expected": format_long_date(day, lang),
        }
        for day in [*days, date(1, 1, 1)]
    ]
    for text in ("0000-01-01", "0000-12-31", *_NOT_A_MOMENT):
        found.append({"call": "writeDay", "args": [pattern, text], "expected": None})
    return found


def step_note_cases(lang: str) -> list[Any]:
    """``etiketPlanner.notes``: how each step goes and whether it is optional, beside its
    title, as ``Step.sent_by`` and the package's ``label.optional`` say it."""
    from etiket.messages import message

    found: list[Any] = []
    for chat in (False, True):
        for step in etiket.plan("2026-11-20", lang=lang, recruiter_uses_chat=chat).steps:
            notes = [step.sent_by()] if step.channel else []
            notes += [message("label.optional", lang)] if step.optional else []
            shown = {
                "channel": step.channel.value if step.channel else None,
                "chat": step.chat, "optional": step.optional,
            }  # fmt: skip
            found.append(
                {
                    "call": "notes",
                    "args": [shown],
                    "expected": f" ({', '.join(notes)})" if notes else "",
                }
            )
    return found


def summary_cases(lang: str, words: dict[str, str]) -> list[Any]:
    """``etiketPlanner.summary``: the line above a timeline, with the interview's day as
    ``etiket.format_date`` writes it, the company if there is one and the country's name as
    Babel writes it (``words`` are the page's own: the handbook's, not the package's)."""
    from etiket.site_data import country_names

    names = country_names(lang)
    found: list[Any] = []
    for country in COUNTRIES:
        # A name with braces and markup stays as typed: the words are filled in one pass.
        for company in ("", "PT Maju Jaya", "{date} <b>&amp;</b> {where}"):
            day = date(2026, 12, 31) if company else date(2027, 3, 9)
            where = _fill(words["holidays"], country=names[country]) if country else ""
            template = words["summaryFor" if company else "summary"]
            written = etiket.format_date(day, lang)
            expected = _fill(template, date=written, where=where, company=company)
            shown = {"interview": day.isoformat(), "country": country, "company": company}
            found.append({"call": "summary", "args": [shown], "expected": expected})
    return found


# ---- What the assistant must refuse (for make mutate-js's comparison) ----------------------


def thank_you_next_day_assessments(first_year: int) -> list[dict[str, Any]]:
    """The thank-you note still in time on the day after the interview, each day of a week,
    without a time and at times before, in and after office hours, with and without
    Indonesia's days off: its hours are that day's, up to the deadline (``rulebook.thanks_due``)."""
    monday = date(first_year, 6, 2) - timedelta(days=date(first_year, 6, 2).weekday())
    base: dict[str, Any] = {"decision": "", "interviewers": [], "chat": False, "notHr": False}
    return [
        base
        | {
            "interview": (monday + timedelta(days=offset)).isoformat(),
            "time": time,
            "country": country,
            "today": (monday + timedelta(days=offset + 1)).isoformat(),
        }
        for offset in range(7)
        for time in ("", "07:30", "10:00", "15:30", "17:00")
        for country in ("", "ID")
    ]


def sparse_assessments(first_year: int) -> list[dict[str, Any]]:
    """Assessments that leave out what a script may: contacts, calls, a contact's channel
    or purpose. The page must read each as the package's default."""
    interview = date(first_year, 5, 4)

    def on(days: int) -> str:
        return (interview + timedelta(days=days)).isoformat()

    base: dict[str, Any] = {
        "interview": interview.isoformat(), "time": "", "decision": "", "country": "",
        "today": on(20), "interviewers": [], "chat": False, "notHr": False,
    }  # fmt: skip
    return [
        base,
        base | {"contacts": [{"on": on(0)}, {"on": on(8), "purpose": "follow-up"}]},
        base | {"contacts": [{"on": on(1), "channel": "message"}], "calls": [on(9)]},
        base | {"calls": [on(2)]},
    ]


def assessment_refusals(first_year: int, seed: int = SEED) -> list[dict[str, Any]]:
    """Assessments with one fault each, in every field the page reads, and near misses.

    Dates that are no date or not a moment, messages, calls and answers before the
    interview or after today, channels, purposes and outcomes the package does not know,
    a deadline to respond where none belongs or before the answer, a next interview for
    an answer that is not a next round or before the invitation; and beside each fault
    the same situation a minute or a day inside the limit, which the package accepts.
    """
    rng = random.Random(seed + 3)
    interview = date(first_year, 3, 2) + timedelta(days=rng.randrange(200))
    start = interview.isoformat()
    today = (interview + timedelta(days=30)).isoformat()

    def on(days: int, clock: str = "") -> str:
        return (interview + timedelta(days=days)).isoformat() + clock

    base: dict[str, Any] = {
        "interview": start, "time": "10:30", "decision": "", "country": "ID", "today": today,
        "interviewers": ["Ibu Sari"], "chat": False, "notHr": False, "contacts": [], "calls": [],
    }  # fmt: skip
    note = {"channel": "email", "purpose": None}
    faults: list[dict[str, Any]] = [
        {"today": "someday"}, {"today": on(30, "T25:00")}, {"today": on(30) + "x"},
        {"today": on(-1)}, {"today": on(0, "T10:29")}, {"today": on(0, "T10:30")},
        {"today": on(0)}, {"time": "", "today": on(0, "T00:00")},
        {"contacts": [note | {"on": "2026-02-30"}]},
        {"contacts": [note | {"on": on(-1)}]},
        {"contacts": [note | {"on": on(0, "T10:29")}]},
        {"contacts": [note | {"on": on(0, "T10:30")}]},
        {"contacts": [note | {"on": on(0)}]},
        {"contacts": [note | {"on": on(31)}]},
        {"contacts": [note | {"on": on(30, "T00:01")}], "today": on(30, "T00:00")},
        {"contacts": [note | {"on": on(30)}], "today": on(30, "T00:00")},
        {"contacts": [note | {"on": on(2), "channel": "fax"}]},
        {"contacts": [note | {"on": on(2), "purpose": "bribe"}]},
        {"contacts": [note | {"on": on(3)}, note | {"on": on(3, "T08:00")}, note | {"on": on(1)}]},
        {"calls": ["tomorrow"]}, {"calls": [on(-1)]}, {"calls": [on(40)]}, {"calls": [on(5)]},
        # Two faults: the package reads every contact and call before it checks any against
        # the interview and today, and a contact's purpose before its date.
        {"contacts": [note | {"on": on(31)}, note | {"on": "2026-02-30"}]},
        {"contacts": [note | {"on": on(31)}], "calls": ["tomorrow"]},
        {"contacts": [note | {"on": "soon", "purpose": "bribe"}]},
        # A time with an offset beside the interview's without one: the message is named.
        {"contacts": [note | {"on": on(2, "T10:00+07:00")}]},
        {"time": "", "today": on(30, "T12:00+07:00"), "contacts": [note | {"on": on(2, "T10:00")}]},
        {"time": "10:30+07:00", "today": on(30, "T12:00")},
    ]  # fmt: skip
    heard: list[dict[str, str]] = [
        {"on": "soon", "outcome": "offer"},
        {"on": on(-1), "outcome": "offer"},
        {"on": on(31), "outcome": "offer"},
        {"on": on(4), "outcome": "maybe"},
        {"on": on(4), "outcome": "rejection", "respondBy": on(6)},
        {"on": on(4), "outcome": "offer", "respondBy": on(3)},
        {"on": on(4), "outcome": "offer", "respondBy": on(4)},
        {"on": on(4), "outcome": "offer", "respondBy": "later"},
        {"on": on(4), "outcome": "offer", "nextInterview": on(8)},
        {"on": on(4), "outcome": "next-round", "nextInterview": on(3)},
        {"on": on(4), "outcome": "next-round", "nextInterview": on(4, "T09:00")},
        {"on": on(4), "outcome": "next-round", "nextInterview": "next week"},
        {"on": on(4), "outcome": "next-round", "respondBy": on(9), "nextInterview": on(8)},
        {"on": on(4), "outcome": "next-round", "respondBy": on(8), "nextInterview": on(8)},
    ]
    faults += [{"heardBack": answer} for answer in heard]
    return [base | fault for fault in faults]


# ---- The interpreter's Python, wider than the rulebook uses it (tools/portable_probe.py) ----

# Values of every kind JSON carries, true and false ones. Left out where the page's script does
# not do as Python does (no rule asks it; tests/js/survivors.md lists each): the truth of {},
# == between equal lists or dictionaries, == between a boolean and a number, min of one list or
# of texts, len of a text beyond the Basic Multilingual Plane, a negative index, a for loop over
# a dictionary, * on a text or a list; and, of moments, is between equal ones, moment == number.
_TRUTHS: Final[tuple[Any, ...]] = (None, False, True, 0, 1, -1, "", "x", "0", [], [0], [None],
                                   {"a": 0}, [[]])  # fmt: skip
_SCALARS: Final[tuple[Any, ...]] = (None, 0, 1, -1, "", "a", "1", [], {"a": 1})
_MEMBERS: Final[tuple[tuple[Any, Any], ...]] = (
    ("a", "abc"), ("b", "abc"), ("c", "abc"), ("z", "abc"), ("", "abc"), ("bc", "abc"),
    ("ac", "abc"), ("", ""), ("a", ""), ("A", "abc"),
    (1, [1, 2]), (2, [1, 2]), (3, [1, 2]), (None, [None]), (None, []), ("a", ["abc"]),
    ("a", {"a": 1}), ("b", {"a": 1}), ("a", {}), ("length", {}), ("length", []),
)  # fmt: skip
_SIZED: Final[tuple[Any, ...]] = ("", "a", "héllo", [], [0], [[], []], {}, {"a": 1, "b": 2})
# Days back from the last one both sides know (2932896 is 1970-01-01, 3652058 the year 1), hours.
_DAYS_BACK: Final = ((1, 0), (1, 22), (2, 23), (400, 9), (2932896, 30), (3652058, 2), (3000, -2),
                     (3650, 24))  # fmt: skip
_PAIRS: Final = tuple((a, b) for a in _TRUTHS for b in _TRUTHS)
_NUMBERS: Final = ((7, 2), (-7, 2), (7, -2), (-7, -2), (0, 5), (47, 24), (-47, 24), (6, 3))


def _comparable(a: Any, b: Any) -> bool:
    """Whether the script's == agrees with Python's on a and b: lists and dictionaries compare
    by identity there, so two equal ones, which are distinct objects in the script, are out."""
    return not (isinstance(a, list | dict) and a == b)


PROBE_ARGUMENTS: Final[dict[str, tuple[tuple[Any, ...], ...]]] = {
    "truth": tuple((value,) for value in _TRUTHS),
    "both": _PAIRS,
    "equal": (
        *((a, b) for a in _SCALARS for b in _SCALARS if _comparable(a, b)),
        *((a, b) for a in (True, False, None) for b in (True, False, None)),
    ),
    "identity": tuple((value,) for value in (*_TRUTHS, {})),
    "member": _MEMBERS,
    "within_bounds": tuple((value,) for value in (-1, 0, 1, 9, 10, 11)),
    "score": (("low",), ("high",), ("middle",), ("",)),
    "size": tuple((value,) for value in _SIZED),
    "smallest": ((1, 2), (2, 1), (-3, -3), (0, 0), (True, 1), (1, True), (False, 0), (0, False)),
    "smallest_of_three": ((3, 1, 2), (1, 2, 3), (2, 3, 1), (1, 1, True), (True, 1, 1), (5, 5, 5)),
    "arithmetic": _NUMBERS,
    "joined": (([], []), ([1], [2, 3]), ([[]], [None]), ("", ""), ("ab", "c")),
    "ordered": (*_NUMBERS, (1, 1), ("a", "b"), ("b", "a"), ("a", "a"), ("", "a"), ("ab", "b")),
    "nothing": ((True,), (False,)),
    "no_return": (({},), ({"seen": False},)),
    "first_at_least": (([1, 5, 9], 4), ([1, 5, 9], 10), ([], 0), ([3], 3)),
    "count_down": ((0, 0), (3, 0), (5, 2), (-1, 0)),
    "letters": (("",), ("abc",), ("héllo",)),
    "filled": (("a", 1), ("count", 5), ("key", None), ("b", [])),
    "swapped": (([1, 2],), (["a", None],)),
    "moments": _DAYS_BACK,
    "moment_zone": ((1,), (1000,)),
}
"""The arguments each probe of tools/portable_probe.py runs on, in both Python and the script."""


def as_json(value: Any) -> Any:
    """A probe's answer as the comparison reads it: a moment as its ISO text, a tuple as a list."""
    if isinstance(value, datetime):
        return value.isoformat()
    if isinstance(value, list | tuple):
        return [as_json(item) for item in value]
    if isinstance(value, dict):
        return {key: as_json(item) for key, item in value.items()}
    if value is None or isinstance(value, bool | int | str):
        return value
    raise TypeError(f"a probe returned {value!r}, which the comparison cannot carry")


def probe_cases() -> dict[str, Any]:
    """The probe module as the script's data, and each probe's answer in Python.

    Every probe runs on a copy of its arguments (some change what they are given), and the
    answer is Python's own: the fixtures hold what the package's interpreter, Python, says.
    """
    from etiket import _primitives
    from etiket.portable import export_module, shortened
    from tools import portable_probe

    # Shortened, as the page's program is: the probes use every statement and expression.
    program = shortened(export_module(portable_probe, primitives=frozenset(_primitives.__all__)))
    if set(PROBE_ARGUMENTS) != set(program["functions"]):
        raise AssertionError("every probe of tools/portable_probe.py needs its arguments here")
    cases = []
    for name, calls in PROBE_ARGUMENTS.items():
        probe = getattr(portable_probe, name)
        for arguments in calls:
            answer = probe(*copy.deepcopy(arguments))
            cases.append({"call": name, "args": list(arguments), "expected": as_json(answer)})
    return {"program": program, "cases": cases, "rules": rule_cases()}


def rule_cases() -> list[dict[str, Any]]:
    """Calls of the rulebook that no plan or assessment makes, the page's own answers.

    The assistant asks the rulebook which letters a reader needs (``letters_needed``),
    every way of asking it, where today falls on a timeline (``todays_step``) and which
    steps it shows (``shown_steps``); each with Python's answer.
    """
    from etiket.templates import letters_needed

    # What was sent matters only for the note about another offer; the next step, which
    # says the rest as the rulebook read it, takes every action there is, and none.
    everything = [purpose.value for purpose in etiket.Purpose]
    sent_sets = [[], ["another-offer"], everything, [p for p in everything if p != "another-offer"]]
    next_steps = [None, *(action.value for action in etiket.Action)]
    letters = [
        {
            "call": "letters_needed",
            "args": [chat, outcome, other_offer, sent, next_step],
            "expected": letters_needed(
                chat=chat,
                outcome=outcome,
                other_offer=other_offer,
                sent=sent,
                next_step=next_step,
            ),
        }
        for chat in (False, True)
        for outcome in (None, *etiket.Outcome)
        for other_offer in (False, True)
        for sent in sent_sets
        for next_step in next_steps
    ]
    return letters + todays_step_cases()


def todays_step_cases() -> list[dict[str, Any]]:
    """Where the assistant marks today on a timeline: every day from before it to past it.

    The page gives the steps' days as its timeline writes them (ISO texts), and the answer is
    the index of ``Timeline.step_on``'s step, or None. With each day, the steps the timeline
    shows, and today's, once the employer answered on it (``shown_steps``).
    """
    timelines = [
        etiket.plan("2026-11-20", country="ID"),
        etiket.plan("2026-03-13", decision_date="2026-03-31", country="ID"),
        etiket.plan("2026-12-24", interviewer_in_hr=False),
    ]
    cases: list[dict[str, Any]] = []
    for timeline in timelines:
        spans = [
            [step.earliest.isoformat(), None if step.latest is None else step.latest.isoformat()]
            for step in timeline.steps
        ]
        first, last = timeline.steps[0].earliest, timeline.move_on.earliest
        for offset in range(-2, (last - first).days + 3):
            day = first + timedelta(days=offset)
            step = timeline.step_on(day)
            found = None if step is None else timeline.steps.index(step)
            cases.append(
                {"call": "todays_step", "args": [spans, day.isoformat()], "expected": found}
            )
            # The steps a timeline shows, and today's, once the employer answered on that day
            # (with a reply left or none) and while waiting, as the package shows them
            # (Assessment.timeline_steps) on its ordinals; today is the day after the answer.
            ordinals = step_spans(timeline.steps)
            later = day + timedelta(days=1)
            for answered in (day, None):
                for reply_left in (True, False):
                    given = None if answered is None else answered.isoformat()
                    shown = rulebook.shown_steps(
                        ordinals, None if answered is None else answered.toordinal(),
                        reply_left, later.toordinal(),
                    )  # fmt: skip
                    cases.append({
                        "call": "shown_steps",
                        "args": [spans, given, reply_left, later.isoformat()],
                        "expected": shown,
                    })  # fmt: skip
    return cases


def fixtures(lang: str, base_year: int = BASE_YEAR) -> dict[str, Any]:
    """One edition's fixtures: the page's data, the situations and answers, calendar files."""
    # The handbook's extensions, where the page's data is assembled, import as the build does.
    extensions = str(ROOT / "docs" / "_ext")
    if extensions not in sys.path:
        sys.path.insert(0, extensions)
    from etiket_docs.planner import script_data

    data = script_data(lang, base_year)
    answers = Answers(lang, data)
    found = situations(*data["years"])
    zoned = zone_situations(*data["years"])
    cases = list(answers.cases(found + zoned))
    assessed = assessment_inputs(*data["years"]) + zone_assessment_inputs(*data["years"])
    cases += [
        {"kind": "assess", "input": situation, "expected": assessment_answer(situation, lang)}
        for situation in assessed
        + assessment_refusals(data["years"][0])
        + sparse_assessments(data["years"][0])
        + thank_you_next_day_assessments(data["years"][0])
    ]
    if len(cases) < MINIMUM:
        raise AssertionError(f"only {len(cases)} situations; the proof asks for {MINIMUM}")
    # A sample of the plans for calendar files; not of names with a tab, which the page writes
    # into its file and to_ics refuses (a known difference: tests/test_planner_script.py).
    planned = [
        situation
        for situation, case in zip(found + zoned, cases, strict=False)
        if "timeline" in case["expected"]
        and situation.policy is None
        and "\t" not in situation.company
    ]
    # Every name at least once, with a time and without: the file escapes and folds them.
    each_name = list({(s.company, bool(s.time)): s for s in planned}.values())
    chosen = each_name + [s for s in planned[::CALENDAR_EVERY] if s not in each_name]
    # Each zone's calendar files, and bare offsets' (in UTC), with a time: the due's clock.
    timed = [s for s in planned if s.timezone is not None and s.time][::4]
    chosen += [s for s in timed if s not in chosen]
    calendars = [{"input": s.as_input(), "ics": answers.calendar(s)} for s in chosen]
    calendars += assessment_calendars(lang, assessed)
    return {
        "edition": lang,
        "stamp": STAMP.isoformat().replace("+00:00", "Z"),
        "data": data,
        "cases": cases,
        "calendars": calendars,
        "formats": format_cases(lang, *data["years"]) + summary_cases(lang, data["ui"]),
        "probes": probe_cases(),
    }


def write(folder: Path, base_year: int = BASE_YEAR) -> list[Path]:
    """Write ``<edition>.json`` for each edition into ``folder``; the paths written."""
    folder.mkdir(parents=True, exist_ok=True)
    written = []
    for lang in EDITIONS:
        path = folder / f"{lang}.json"
        # Keys sorted, as the build writes the page's data file (etiket_docs.assets): a script
        # that leans on the package's order of a table's keys differs here as in the page.
        found = fixtures(lang, base_year)
        path.write_text(json.dumps(found, ensure_ascii=False, sort_keys=True), "utf-8")
        written.append(path)
    return written


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("folder", type=Path, help="where to write en.json and id.json")
    args = parser.parse_args(argv)
    for path in write(args.folder):
        print(path)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
