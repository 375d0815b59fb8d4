"""A printed guide carries its email templates whole, and only those open for paper.

The guides keep their letters in dropdowns, which print as their title alone when closed.
Print CSS shows a letter's dropdown in full, and a script opens it before printing and
closes it again after; every other dropdown (the Python behind a worked example) prints as
the reader left it. Checked in both editions, on every page that folds a letter away, with
print media emulated and with Chromium's own printing to PDF.
"""

from __future__ import annotations

import pytest
from _built_site import source_pages
from bs4 import BeautifulSoup
from playwright.sync_api import Locator, Page, expect

from browser._reading import address
from browser._site import Site

pytestmark = [pytest.mark.browser, pytest.mark.site]

LETTER_DROPDOWN = "details:has(.etiket-email)"
# A dropdown without a letter, as a worked example's collapsed Python is: it stays closed.
_ADD_OTHER_DROPDOWN = """() => {
    const other = document.createElement("details");
    other.className = "sd-sphinx-override sd-dropdown sd-card worked-example-python";
    other.id = "other-dropdown";
    other.innerHTML = '<summary class="sd-summary-title">Python</summary>'
        + '<div class="sd-summary-content"><pre>import etiket</pre></div>';
    document.querySelector("article").append(other);
}"""
_OPEN = "(dropdowns) => dropdowns.map((dropdown) => dropdown.open)"


def folded_letters(site: Site, edition: str) -> dict[str, list[str]]:
    """The edition's pages with a letter in a dropdown -> the text of each such letter."""
    site.built(edition)
    found: dict[str, list[str]] = {}
    for path in source_pages():
        if not path.startswith(f"{edition}/"):
            continue
        soup = BeautifulSoup((site.root / path).read_text(encoding="utf-8"), "html.parser")
        letters = soup.select(f"{LETTER_DROPDOWN} .etiket-email pre")
        if letters:
            found[path] = [" ".join(letter.get_text().split()) for letter in letters]
    assert found, f"no page of the {edition} edition folds a letter away: nothing to print"
    return found


def printed_text(page: Page) -> str:
    """The article's text as rendered (innerText leaves out what is not shown)."""
    return " ".join(page.locator("article").inner_text().split())


def assert_printed(page: Page, texts: list[str], other: Locator, path: str) -> None:
    """Every letter's subject and body show, with their text; the other dropdown does not."""
    blocks = page.locator(f"{LETTER_DROPDOWN} .etiket-email pre")
    assert blocks.count() == len(texts)
    for index in range(blocks.count()):
        expect(blocks.nth(index)).to_be_visible()
    shown = printed_text(page)
    for text in texts:
        assert text in shown, f"{path}: in print, the letter is missing: {text[:60]}…"
    expect(other.locator("pre")).to_be_hidden()


def assert_closed_on_screen(page: Page, letters: Locator, other: Locator, path: str) -> None:
    expect(other.locator("pre")).to_be_hidden()
    for index in range(letters.count()):
        expect(letters.nth(index).locator(".etiket-email").first).to_be_hidden()
    assert not any(letters.evaluate_all(_OPEN)), f"{path}: a letter's dropdown stayed open"


def test_print_media_shows_every_letter_and_no_other_dropdown(
    page: Page, site: Site, edition: str
) -> None:
    for path, texts in folded_letters(site, edition).items():
        page.goto(address(site, path))
        page.evaluate(_ADD_OTHER_DROPDOWN)
        letters = page.locator(LETTER_DROPDOWN)
        other = page.locator("#other-dropdown")
        assert_closed_on_screen(page, letters, other, path)
        # Print CSS alone (the events come below): what a browser prints from its styles.
        page.emulate_media(media="print")
        assert_printed(page, texts, other, path)
        # What a browser does when the reader prints: beforeprint, paper, afterprint.
        page.evaluate("() => window.dispatchEvent(new Event('beforeprint'))")
        assert all(letters.evaluate_all(_OPEN)), f"{path}: beforeprint left a letter closed"
        assert not other.evaluate("(dropdown) => dropdown.open"), f"{path}: opened a non-letter"
        assert_printed(page, texts, other, path)
        page.evaluate("() => window.dispatchEvent(new Event('afterprint'))")
        page.emulate_media(media="screen")
        assert_closed_on_screen(page, letters, other, path)


def test_printing_to_pdf_opens_the_letters_and_restores_the_page(
    page: Page, site: Site, edition: str
) -> None:
    """Chromium's own printing fires the events; a dropdown the reader opened stays open."""
    path = next(iter(folded_letters(site, edition)))
    page.goto(address(site, path))
    page.evaluate(_ADD_OTHER_DROPDOWN)
    letters = page.locator(LETTER_DROPDOWN)
    assert letters.count() >= 1
    letters.first.locator("summary").click()
    before = letters.evaluate_all(_OPEN)
    # Registered after the page's script, this listener sees the dropdowns as they print.
    page.evaluate(
        """() => {
            window.etiketPrinted = null;
            window.addEventListener("beforeprint", () => {
                window.etiketPrinted = [...document.querySelectorAll("details")].map(
                    (dropdown) => [!!dropdown.querySelector(".etiket-email"), dropdown.open]);
            });
        }"""
    )
    pdf = page.pdf()
    assert pdf.startswith(b"%PDF"), "Chromium printed no PDF"
    printed = page.evaluate("() => window.etiketPrinted")
    assert printed is not None, "printing to PDF fired no beforeprint event"
    assert all(is_open for has_letter, is_open in printed if has_letter), printed
    assert not any(is_open for has_letter, is_open in printed if not has_letter), printed
    assert letters.evaluate_all(_OPEN) == before, f"{path}: printing changed what was open"
