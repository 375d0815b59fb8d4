"""The landing page on a phone: its first screen holds the way to the reader's own dates.

A job seeker opens the handbook with one question, "what do I do, and when?". Before any
scrolling, the landing page of each edition shows what the handbook is and the planner's
date field, on the phone screens the handbook is read on, with the way to the assistant
page, where the reader's dates are kept; a keyboard reader gets from the page's skip link to
the field past that one link.
"""

from __future__ import annotations

from datetime import date

import pytest
from playwright.sync_api import Page, ViewportSize, expect

from browser._reading import PHONE
from browser._site import Site

pytestmark = [pytest.mark.browser, pytest.mark.site]

# The common tall phone (390 CSS pixels by 844), and the small Android phone the other
# browser tests read on.
SCREENS = {"390x844": ViewportSize(width=390, height=844), "360x780": PHONE}
DATE_FIELD = ".etiket-planner input[name=interview]"
ASSISTANT_LINK = "article a[href='assistant.html']"


def span_on_screen(page: Page, selector: str) -> tuple[float, float]:
    """Where the first element ``selector`` matches starts and ends, from the screen's top."""
    element = page.locator(selector).first
    expect(element).to_be_visible()
    box = element.bounding_box()
    assert box is not None
    return box["y"], box["y"] + box["height"]


@pytest.mark.parametrize("screen", SCREENS)
def test_the_first_screen_shows_the_date_field(
    page: Page, site: Site, edition: str, screen: str
) -> None:
    viewport = SCREENS[screen]
    page.set_viewport_size(viewport)
    page.goto(site.url(edition))
    assert page.evaluate("() => window.scrollY") == 0, "the page opened scrolled"
    for what, selector in {"date field": DATE_FIELD, "assistant link": ASSISTANT_LINK}.items():
        top, bottom = span_on_screen(page, selector)
        assert top >= 0, f"{edition} at {screen}: the {what} starts above the screen"
        assert bottom <= viewport["height"], (
            f"{edition} at {screen}: the {what} ends at {bottom:.0f}px, below the first "
            f"screen ({viewport['height']}px): shorten what comes before the planner"
        )
    # On screen is not enough: nothing (the phone header, a banner) may cover it.
    box = page.locator(DATE_FIELD).first.bounding_box()
    assert box is not None
    middle = [box["x"] + box["width"] / 2, box["y"] + box["height"] / 2]
    covered_by = page.evaluate(
        """([x, y]) => {
            const hit = document.elementFromPoint(x, y);
            return hit && hit.name === "interview" ? null : hit && hit.outerHTML.slice(0, 80);
        }""",
        middle,
    )
    assert covered_by is None, f"{edition} at {screen}: the date field is covered by {covered_by}"


def test_the_skip_link_leads_a_keyboard_reader_to_the_date_field(
    page: Page, site: Site, edition: str
) -> None:
    """The first Tab offers "skip to content"; following it, the next Tab is the link to the
    assistant, which says what the planner does not keep, and the one after the date field."""
    page.set_viewport_size(SCREENS["390x844"])
    page.goto(site.url(edition))
    page.keyboard.press("Tab")
    skip = page.locator("a.skip-to-content")
    expect(skip).to_be_focused()
    page.keyboard.press("Enter")
    page.keyboard.press("Tab")
    expect(page.locator(ASSISTANT_LINK).first).to_be_focused()
    page.keyboard.press("Tab")
    field = page.locator(DATE_FIELD).first
    expect(field).to_be_focused()
    expect(field).to_be_in_viewport()
    # The focused field takes a date from the keyboard (the context's locale is en-US).
    interview = date(2026, 3, 16)
    page.keyboard.type(interview.strftime("%m%d%Y"))
    expect(field).to_have_value(interview.isoformat())
