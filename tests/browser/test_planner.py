"""The in-page planner gives the same dates and words as the etiket package.

The planner's script repeats the package's date arithmetic; these tests run it in
headless Chromium on the situations of ``tools/planner_cases.py`` (over a thousand per
edition: the weeks around Lebaran, the turns of the year, decision dates, refusals), the
same ones ``tests/test_planner_script.py`` runs in Node, and compare every answer with
the package's. They also use the form as a reader would: with the keyboard, with bad
dates, with HTML typed into it, and down to the calendar file it offers.
"""

from __future__ import annotations

import gzip
import random
import re
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any

import icalendar
import pytest
from playwright.sync_api import Locator, Page, ViewportSize

import etiket
import etiket.ics
from browser._reading import (
    BROWSER_FONT_SIZE,
    LARGE_TEXT_WIDTHS,
    assert_shows_timeline,
    overflowing,
    text_size,
    use_large_text,
)
from browser._site import ROOT, Site, is_local
from etiket.site_data import YEARS_BEFORE, planner_data
from tools import planner_cases
from tools.planner_cases import lebaran

pytestmark = [pytest.mark.browser, pytest.mark.site]

PAGE = "howto/follow-up"
# Every page the planner is on (the same in both editions), from the pages' sources.
PLANNER_PAGES = sorted(
    str(source.relative_to(ROOT / "docs" / "en").with_suffix(""))
    for source in (ROOT / "docs" / "en").rglob("*.md")
    if "{planner}" in source.read_text(encoding="utf-8")
)
ONE_DAY = timedelta(days=1)


@dataclass(frozen=True)
class Case:
    """One reader's input: an interview, and optionally a time, a decision date, a country."""

    interview: date
    time: str | None = None
    decision: date | None = None
    country: str | None = None

    def as_input(self) -> dict[str, str]:
        return {
            "interview": self.interview.isoformat(),
            "time": self.time or "",
            "decision": self.decision.isoformat() if self.decision else "",
            "country": self.country or "",
        }

    def expected(self, lang: str) -> etiket.Timeline:
        moment = self.interview.isoformat() + (f"T{self.time}" if self.time else "")
        return etiket.plan(moment, decision_date=self.decision, country=self.country, lang=lang)


def sample(first_year: int, last_year: int) -> list[Case]:
    """A fixed set of cases: random dates, the weeks around Lebaran, and the turns of the year."""
    rng = random.Random(20261120)
    first, last = date(first_year, 1, 1), date(last_year, 12, 31)

    def maybe_time() -> str | None:
        return f"{rng.randrange(24):02d}:{rng.randrange(60):02d}" if rng.random() < 0.3 else None

    def maybe_decision(interview: date) -> date | None:
        if rng.random() < 0.4:
            return min(interview + timedelta(days=rng.randrange(0, 35)), last)
        return None

    cases = []
    for _ in range(160):
        interview = first + timedelta(days=rng.randrange((last - first).days + 1))
        country = rng.choice([None, "ID"])
        cases.append(Case(interview, maybe_time(), maybe_decision(interview), country))
    for year in (2026, 2027):
        eid = lebaran(year)
        for offset in range(-14, 11):
            interview = eid + timedelta(days=offset)
            cases.append(Case(interview, country="ID"))
            # A decision promised during the holidays, or the interview day if that is later.
            decision = max(interview, eid + timedelta(days=rng.randrange(6)))
            cases.append(Case(interview, maybe_time(), decision, "ID"))
            cases.append(Case(interview, maybe_time()))
    for year in range(first_year, last_year + 1):
        for offset in range(-17, 10):
            interview = date(year, 12, 31) + timedelta(days=offset)
            if interview > last:
                continue
            cases.append(Case(interview, maybe_time(), maybe_decision(interview), "ID"))
            cases.append(Case(interview, maybe_time(), maybe_decision(interview)))
    return cases


def open_planner(page: Page, site: Site, edition: str) -> dict[str, Any]:
    page.goto(site.url(edition, PAGE))
    page.wait_for_function("() => window.etiketPlanner !== undefined")
    data: dict[str, Any] = page.evaluate("() => window.etiketPlanner.data")
    return data


def control(page: Page, name: str) -> Locator:
    """The form control ``name``, found by its visible label, as a screen reader finds it."""
    label = page.locator(f'.etiket-planner__field[data-field="{name}"] label').inner_text()
    found = page.get_by_label(label, exact=True)
    assert found.get_attribute("name") == name
    return found


def fill_form(page: Page, case: Case, company: str = "") -> None:
    control(page, "interview").fill(case.interview.isoformat())
    control(page, "time").fill(case.time or "")
    control(page, "decision").fill(case.decision.isoformat() if case.decision else "")
    control(page, "country").select_option(case.country or "")
    control(page, "company").fill(company)


def expected_message(data: dict[str, Any], key: str, **values: str) -> str:
    return re.sub(r"\{(\w+)\}", lambda m: values[m.group(1)], data["ui"][key])


def first_and_last(data: dict[str, Any]) -> tuple[date, date]:
    return date(data["years"][0], 1, 1), date(data["years"][1], 12, 31)


# ---- The same dates as the package ---------------------------------------------------------


def test_page_carries_the_package_rules(page: Page, site: Site, edition: str) -> None:
    data = open_planner(page, site, edition)
    assert page.locator("html").get_attribute("lang") == edition
    first, last = data["years"]
    exported = planner_data(edition, range(first, last + 1))
    assert {key: data[key] for key in exported} == exported
    assert data["version"] == etiket.__version__


def test_every_situation_gets_the_package_answer(page: Page, site: Site, edition: str) -> None:
    """The Node comparison's situations (tools/planner_cases.py), in the built page itself.

    Over two thousand per edition, in one round trip: each answer (the timeline or the
    assessment in the package's JSON fields, the problems it reports, or the error it
    throws) must be the package's.
    """
    data = open_planner(page, site, edition)
    fixture = planner_cases.fixtures(edition, data["years"][0] + YEARS_BEFORE)
    assert data == fixture["data"]
    cases = fixture["cases"]
    assert len(cases) >= planner_cases.MINIMUM
    answers = page.evaluate(
        """(cases) => cases.map(({ kind, input, policy }) => {
            const planner = window.etiketPlanner;
            try {
                if (kind === "assess") return { assessment: planner.assess(input, policy) };
                return { timeline: planner.plan(input, policy) };
            } catch (error) {
                // An assessment the package refuses: the same error, in the same words, at
                // the field the assistant shows it by.
                if (error instanceof planner.PlannerError && kind === "assess") {
                    const [first] = error.problems;
                    return { refused: first.code, field: first.field, message: first.message };
                }
                if (error instanceof planner.PlannerError) return { problems: error.problems };
                return { thrown: error.name };
            }
        })""",
        [
            {"kind": case.get("kind"), "input": case["input"], "policy": case.get("policy")}
            for case in cases
        ],
    )
    differing = [
        (case["input"], case["expected"], answer)
        for case, answer in zip(cases, answers, strict=True)
        if answer != case["expected"]
    ]
    print(f"compared {len(cases)} situations, {len(differing)} differences")
    assert differing[:3] == []


def test_form_shows_the_package_timeline(page: Page, site: Site, edition: str) -> None:
    data = open_planner(page, site, edition)
    eid = lebaran(2026)
    cases = [
        Case(eid - timedelta(days=5), country="ID"),
        Case(eid - timedelta(days=5)),
        Case(eid - timedelta(days=10), "16:45", eid + ONE_DAY, "ID"),
        Case(date(data["years"][0], 12, 24), "09:00", country="ID"),
        Case(date(2026, 11, 20), decision=date(2026, 12, 4)),
    ]
    for case in cases:
        fill_form(page, case)
        control(page, "interview").press("Enter")
        summary = page.locator(".etiket-planner__summary")
        summary.wait_for()
        timeline = case.expected(edition)
        assert_shows_timeline(page, timeline, "etiket-planner")
        assert etiket.format_date(case.interview, edition) in summary.inner_text()
        if case.country:
            assert data["countryNames"][case.country] in summary.inner_text()


@pytest.mark.parametrize("document", ["index", PAGE])
def test_step_titles_link_to_the_advice(
    page: Page, site: Site, edition: str, document: str
) -> None:
    page.goto(site.url(edition, document))
    control(page, "interview").fill("2026-11-20")
    submit(page)
    links = page.locator(".etiket-planner__title a")
    links.first.wait_for()
    targets = links.evaluate_all("(links) => links.map((link) => link.href)")
    assert len(targets) >= 1
    for target in targets:
        assert is_local(target)
        page.goto(target)
        anchor = target.split("#", 1)[1]
        assert page.locator(f"[id='{anchor}']").count() == 1, target


# ---- Reader's use ---------------------------------------------------------------------------


def focused(page: Page) -> dict[str, Any]:
    info: dict[str, Any] = page.evaluate(
        """() => {
            const el = document.activeElement;
            const style = getComputedStyle(el);
            return { name: el.name || '', tag: el.tagName, cls: el.className,
                     outline: style.outlineStyle, width: parseFloat(style.outlineWidth) };
        }"""
    )
    return info


def tab_to(page: Page, name: str, limit: int = 150) -> None:
    for _ in range(limit):
        page.keyboard.press("Tab")
        if focused(page)["name"] == name:
            return
    pytest.fail(f"Tab never reached the {name!r} field")


def test_keyboard_only(page: Page, site: Site, edition: str) -> None:
    open_planner(page, site, edition)
    interview = Case(lebaran(2027) - timedelta(days=3), country="ID")
    tab_to(page, "interview")
    assert focused(page)["outline"] != "none"
    # The browser's locale is en-US: a date field takes month, day, year.
    page.keyboard.type(interview.interview.strftime("%m%d%Y"))
    tab_to(page, "country")
    page.keyboard.type("Indonesia")
    assert control(page, "country").input_value() == "ID"
    page.keyboard.press("Tab")
    page.keyboard.press("Tab")
    button = focused(page)
    assert button["tag"] == "BUTTON"
    assert button["outline"] != "none"
    assert button["width"] >= 2
    page.keyboard.press("Enter")
    page.locator(".etiket-planner__summary").wait_for()
    assert "etiket-planner__summary" in focused(page)["cls"]
    assert_shows_timeline(page, interview.expected(edition), "etiket-planner")
    # The calendar file is reachable and opens from the keyboard too.
    for _ in range(60):
        page.keyboard.press("Tab")
        if "etiket-planner__download" in focused(page)["cls"]:
            break
    else:
        pytest.fail("Tab never reached the calendar download link")
    with page.expect_download() as download:
        page.keyboard.press("Enter")
    assert download.value.suggested_filename == f"etiket-{interview.interview}.ics"


@pytest.mark.parametrize("width", LARGE_TEXT_WIDTHS)
@pytest.mark.parametrize("path", PLANNER_PAGES)
def test_large_text_on_a_phone_stays_on_the_screen(
    page: Page, site: Site, edition: str, path: str, width: int
) -> None:
    assert PAGE in PLANNER_PAGES
    page.set_viewport_size(ViewportSize(width=width, height=780))
    use_large_text(page)
    page.goto(site.url(edition, path))
    page.wait_for_function("() => window.etiketPlanner !== undefined")
    case = Case(date(2026, 11, 20), time="10:00", decision=date(2026, 11, 27), country="ID")
    fill_form(page, case, company="PT Maju Jaya")
    page.locator(".etiket-planner button[type=submit]").click()
    assert_shows_timeline(page, case.expected(edition), "etiket-planner")
    assert text_size(page, ".etiket-planner__step") >= 2 * BROWSER_FONT_SIZE
    found = overflowing(page, ".etiket-planner")
    # A line of code keeps its length (wrapped, it would read as two) and scrolls in its box.
    found += overflowing(page, "article", exempt=".highlight pre")
    found += overflowing(page, ".mobile-header")
    assert not found, "\n".join(found)


def error_of(page: Page, name: str) -> str:
    """The error message tied to a field, read through its aria-describedby ids."""
    field = control(page, name)
    assert field.get_attribute("aria-invalid") == "true"
    ids = (field.get_attribute("aria-describedby") or "").split()
    texts = [page.locator(f"#{i}").inner_text() for i in ids]
    errors = [page.locator(f"#{i}") for i in ids if "error" in i]
    assert len(errors) == 1
    assert errors[0].is_visible()
    return texts[ids.index(errors[0].get_attribute("id") or "")]


def submit(page: Page) -> None:
    page.locator(".etiket-planner button[type=submit]").click()


def test_bad_dates_get_clear_messages(page: Page, site: Site, edition: str) -> None:
    data = open_planner(page, site, edition)
    first, last = first_and_last(data)
    words = {"first": etiket.format_date(first, edition), "last": etiket.format_date(last, edition)}

    submit(page)
    assert error_of(page, "interview") == data["ui"]["required"]
    assert focused(page)["name"] == "interview"
    assert page.locator(".etiket-planner__result").inner_text() == ""

    control(page, "interview").fill((last + ONE_DAY).isoformat())
    submit(page)
    assert error_of(page, "interview") == expected_message(data, "range", **words)

    control(page, "interview").fill("2026-11-20")
    control(page, "decision").fill("2026-11-19")
    submit(page)
    assert error_of(page, "decision") == data["ui"]["decisionBefore"]
    assert focused(page)["name"] == "decision"

    # Past the last year whose holidays are known, an Indonesian timeline cannot be planned.
    control(page, "decision").fill("")
    control(page, "interview").fill(date(last.year, 12, 28).isoformat())
    control(page, "country").select_option("ID")
    submit(page)
    assert error_of(page, "interview") == expected_message(data, "beyond", last=words["last"])

    # A half-typed date is not "missing": the reader is told to complete it.
    control(page, "interview").fill("")
    control(page, "interview").focus()
    page.keyboard.type("11")
    submit(page)
    assert error_of(page, "interview") == data["ui"]["incomplete"]

    # Fixing the date clears the message and shows the timeline.
    control(page, "interview").fill("2026-11-20")
    submit(page)
    page.locator(".etiket-planner__summary").wait_for()
    assert control(page, "interview").get_attribute("aria-invalid") is None
    assert page.locator(".etiket-planner__error:visible").count() == 0

    # Through the page's API, impossible dates are refused in the page's language.
    problems = page.evaluate(
        """() => { try { window.etiketPlanner.plan({ interview: '2026-02-30' }); }
                   catch (error) { return error.problems; } }"""
    )
    example = first.isoformat()
    assert problems == [
        {
            "field": "interview",
            "code": "invalid",
            "message": expected_message(data, "invalid", value="2026-02-30", example=example),
        }
    ]


def test_typed_html_stays_text(
    page: Page, site: Site, edition: str, page_errors: list[str]
) -> None:
    open_planner(page, site, edition)
    typed = '<img src=x onerror="window.injected=1"><b id="bold">x</b> {date} & co'
    fill_form(page, Case(date(2026, 11, 20)), company=typed)
    submit(page)
    summary = page.locator(".etiket-planner__summary")
    summary.wait_for()
    assert typed in summary.inner_text()
    assert page.locator(".etiket-planner img, #bold").count() == 0
    assert page.evaluate("() => window.injected") is None
    problems = page.evaluate(
        """(typed) => { try { window.etiketPlanner.plan({ interview: typed }); }
                        catch (error) { return error.problems; } }""",
        typed,
    )
    assert typed in problems[0]["message"]
    assert page_errors == []


def parse_ics(raw: bytes) -> Any:
    return icalendar.Calendar.from_ical(raw)


def properties(component: Any) -> list[tuple[str, bytes, dict[str, str]]]:
    """A component's own properties, serialised, in a stable order."""
    return sorted(
        (str(name), component[name].to_ical(), dict(component[name].params)) for name in component
    )


def assert_same_calendar(
    page_file: bytes, calendared: etiket.Timeline | etiket.Assessment, company: str
) -> None:
    """The page's calendar file holds what etiket.to_ics writes for the same plan or assessment.

    A plan's file has an event for each of its actions, an assessment's for each still ahead.
    """
    mine = parse_ics(page_file)
    stamp = mine.walk("VEVENT")[0]["DTSTAMP"].dt
    theirs = parse_ics(etiket.to_ics({company: calendared} if company else calendared, stamp=stamp))
    assert properties(mine) == properties(theirs)
    mine_events, their_events = mine.walk("VEVENT"), theirs.walk("VEVENT")
    if isinstance(calendared, etiket.Timeline):
        expected = len(etiket.timeline.ACTIONS)
    else:
        expected = len(etiket.ics.calendar_events(calendared))
    assert len(mine_events) == len(their_events) == expected > 0
    for event, expected in zip(mine_events, their_events, strict=True):
        assert properties(event) == properties(expected)
        alarms, expected_alarms = event.walk("VALARM"), expected.walk("VALARM")
        assert [properties(a) for a in alarms] == [properties(a) for a in expected_alarms]


def assert_well_formed(raw: bytes) -> None:
    """RFC 5545 lines: CRLF ends, folded at 75 octets without splitting a character."""
    assert raw.endswith(b"\r\n")
    assert b"\n" not in raw.replace(b"\r\n", b"")
    lines = raw.split(b"\r\n")[:-1]
    assert max(len(line) for line in lines) <= 75
    for line in lines:
        line.decode("utf-8")
    unfolded = raw.decode("utf-8").replace("\r\n ", "").split("\r\n")[:-1]
    for content in unfolded:
        assert re.match(r"^[A-Z][A-Z0-9-]*(;[A-Z-]+=[^;:]+)*:", content), content


def test_calendar_download(page: Page, site: Site, edition: str) -> None:
    open_planner(page, site, edition)
    case = Case(lebaran(2026) - timedelta(days=4), "15:00", lebaran(2026) + ONE_DAY, "ID")
    company = 'PT Sinar Jaya, Tbk; "Divisi \\ Pemasaran" — kantor pusat, Jakarta Selatan, lt. 12'
    fill_form(page, case, company=company)
    submit(page)
    with page.expect_download() as info:
        page.locator(".etiket-planner__download").click()
    assert info.value.suggested_filename == f"etiket-{case.interview}.ics"
    raw = info.value.path().read_bytes()
    assert_well_formed(raw)
    assert any(line.startswith(b" ") for line in raw.split(b"\r\n"))  # long lines were folded
    calendar = parse_ics(raw)
    for event in calendar.walk("VEVENT"):
        assert str(event["SUMMARY"]).startswith(company + ": ")
        assert len(event.walk("VALARM")) == 1
    assert_same_calendar(raw, case.expected(edition), company)


def test_calendar_files_match_the_package(page: Page, site: Site, edition: str) -> None:
    data = open_planner(page, site, edition)
    cases = sample(*data["years"])[::6]
    companies = ["", "Acme", "PT Maju; Divisi, TI \\ Data", "Café «Ngopi» — 東京"]
    inputs = [case.as_input() | {"company": companies[i % 4]} for i, case in enumerate(cases)]
    files = page.evaluate(
        """(inputs) => Promise.all(inputs.map((input) => {
            try {
                return window.etiketPlanner.ics(window.etiketPlanner.plan(input));
            } catch (error) {
                if (error instanceof window.etiketPlanner.PlannerError) return null;
                throw error;
            }
        }))""",
        inputs,
    )
    compared = 0
    for case, given, text in zip(cases, inputs, files, strict=True):
        if text is not None:
            raw = text.encode("utf-8")
            assert_well_formed(raw)
            assert_same_calendar(raw, case.expected(edition), given["company"])
            compared += 1
    assert compared >= 60


def test_nothing_leaves_the_machine(
    page: Page, site: Site, edition: str, offsite_requests: list[str], page_errors: list[str]
) -> None:
    requested: list[str] = []
    page.on("request", lambda request: requested.append(request.url))
    open_planner(page, site, edition)
    fill_form(page, Case(date(2026, 11, 20), "10:00", date(2026, 11, 27), "ID"))
    submit(page)
    with page.expect_download():
        page.locator(".etiket-planner__download").click()
    page.wait_for_load_state("networkidle")
    assert requested
    assert [url for url in requested if not is_local(url)] == []
    assert offsite_requests == []
    assert page_errors == []


def test_script_stays_small(site: Site, edition: str) -> None:
    static = site.built(edition) / "_static"
    assert (static / "planner.js").stat().st_size < 36_000
    # The data carries the rulebook (about 17 KB) and the sentences the script says, which
    # compress well: GitHub Pages serves it compressed.
    data = (static / "etiket-planner-data.js").read_bytes()
    assert len(data) < 40_000
    assert len(gzip.compress(data)) < 10_000
