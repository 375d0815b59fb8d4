"""The handbook used as a reader uses it: the language switch, tabs, dropdowns, copy buttons
and search, with the mouse and with the keyboard, in both editions.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

import pytest
from _built_site import built_site, contains_word, searchable_text, source_pages
from babel.messages.pofile import read_po
from bs4 import BeautifulSoup
from playwright.sync_api import BrowserContext, Locator, Page, expect

from browser._reading import DESKTOP, PHONE, address
from browser._site import EDITIONS, ROOT, Site

pytestmark = [pytest.mark.browser, pytest.mark.site]

CATALOGUE = ROOT / "locale" / "id" / "LC_MESSAGES" / "sphinx.po"
# What a reader would type: the text after these prompts (conf.py gives copy buttons the same).
PROMPT = re.compile(r"^(?:>>> |\.\.\. |\$ )(.*)$")
# Words to search for, each found on some pages of its edition, Indonesian in both.
SEARCHES = {"en": ("Lebaran", "interviewer"), "id": ("Lebaran", "pewawancara")}


@pytest.fixture(scope="module")
def root(site: Site) -> Path:
    folder = built_site()
    assert folder == site.root, f"the server serves {site.root}, the site is in {folder}"
    return folder


def edition_pages(edition: str) -> list[str]:
    return [page for page in source_pages() if page.startswith(f"{edition}/")]


def soup(root: Path, page: str) -> BeautifulSoup:
    return BeautifulSoup((root / page).read_text(encoding="utf-8"), "html.parser")


def pages_with(root: Path, edition: str, selector: str) -> list[str]:
    """The edition's pages that have an element matching ``selector``; at least one."""
    found = [page for page in edition_pages(edition) if soup(root, page).select_one(selector)]
    assert found, f"no page of the {edition} edition has {selector}: nothing to test"
    return found


def interface(edition: str, text: str) -> str:
    """An interface string as the edition shows it (the Indonesian catalogue's translation)."""
    if edition == "en":
        return text
    with CATALOGUE.open("rb") as handle:
        message = read_po(handle).get(text)
    assert message is not None, f"{text!r} is not in {CATALOGUE}"
    assert message.string, f"{text!r} has no translation in {CATALOGUE}"
    return str(message.string)


# -- The language switch ---------------------------------------------------------------------


def one_page_per_folder(edition: str) -> list[str]:
    """The edition's first page in each of its folders, its top level's pages all."""
    chosen: dict[str, str] = {}
    for path in edition_pages(edition):
        folder = path.rpartition("/")[0]
        chosen.setdefault(folder if folder != edition else path, path)
    return list(chosen.values())


def test_the_language_switch_lands_on_the_same_page_in_the_other_edition(
    page: Page, site: Site, root: Path, edition: str
) -> None:
    """There and back: with the sidebar's link on a desktop, the header's on a phone.

    Every page's links are checked without a browser (tests/test_site.py); here they are
    clicked on a page of each folder, as the links' depth is what differs between pages.
    """
    other = next(lang for lang in EDITIONS if lang != edition)
    for path in one_page_per_folder(edition):
        counterpart = f"{other}/{path.split('/', 1)[1]}"
        page.set_viewport_size(DESKTOP)
        page.goto(address(site, path))
        for switch, target, lang in (
            (".sidebar-drawer .etiket-lang-link", counterpart, other),
            (".mobile-header .etiket-lang-short", path, edition),
        ):
            link = page.locator(switch)
            expect(link).to_have_count(1)
            expect(link).to_be_visible()
            link.click()
            page.wait_for_url(address(site, target))
            expect(page.locator("html")).to_have_attribute("lang", lang)
            page.set_viewport_size(PHONE)


def test_the_root_page_sends_each_browser_to_its_language(
    context: BrowserContext, site: Site, root: Path
) -> None:
    for languages, edition in (("id-ID,id", "id"), ("in", "id"), ("en-GB,en", "en"), ("fr", "en")):
        page = context.new_page()
        page.set_extra_http_headers({"Accept-Language": languages})
        wanted = languages.split(",")
        page.add_init_script(
            f"Object.defineProperty(navigator, 'languages', {{get: () => {wanted!r}}});"
        )
        page.goto(address(site, "index.html"))
        page.wait_for_url(address(site, f"{edition}/index.html"))
        page.close()


# -- Tabs and dropdowns ----------------------------------------------------------------------


def tab_sets(page: Page) -> Iterator[tuple[Locator, Locator, Locator]]:
    sets = page.locator(".sd-tab-set")
    for index in range(sets.count()):
        tab_set = sets.nth(index)
        yield (
            tab_set.locator(":scope > input"),
            tab_set.locator(":scope > label"),
            tab_set.locator(":scope > .sd-tab-content"),
        )


def assert_showing(contents: Locator, shown: int) -> None:
    for index in range(contents.count()):
        if index == shown:
            expect(contents.nth(index)).to_be_visible()
        else:
            expect(contents.nth(index)).to_be_hidden()


def test_tabs_switch_with_the_mouse_and_the_keyboard(
    page: Page, site: Site, root: Path, edition: str
) -> None:
    for path in pages_with(root, edition, ".sd-tab-set"):
        page.goto(address(site, path))
        for inputs, labels, contents in tab_sets(page):
            count = labels.count()
            assert count >= 2, f"{path}: a tab set with {count} tab"
            assert inputs.count() == contents.count() == count
            for index in range(count):
                panel = contents.nth(index).get_attribute("id")
                expect(inputs.nth(index)).to_have_attribute("aria-controls", str(panel))
            for index in [*range(1, count), 0]:
                labels.nth(index).click()
                expect(inputs.nth(index)).to_be_checked()
                assert_showing(contents, index)
            # The tabs are radio buttons: arrow keys move between them, wrapping round.
            inputs.nth(0).focus()
            for index in [*range(1, count), 0]:
                page.keyboard.press("ArrowRight")
                expect(inputs.nth(index)).to_be_checked()
                expect(inputs.nth(index)).to_be_focused()
                assert_showing(contents, index)
            page.keyboard.press("ArrowLeft")
            expect(inputs.nth(count - 1)).to_be_checked()
            assert_showing(contents, count - 1)


def test_dropdowns_open_and_close_with_the_mouse_and_the_keyboard(
    page: Page, site: Site, root: Path, edition: str
) -> None:
    for path in pages_with(root, edition, "details.sd-dropdown"):
        page.goto(address(site, path))
        dropdowns = page.locator("details.sd-dropdown")
        tried_python = False
        for index in range(dropdowns.count()):
            dropdown = dropdowns.nth(index)
            summary = dropdown.locator(":scope > summary")
            if not summary.is_visible():
                continue  # in a tab not chosen: the tabs' own test shows it when chosen
            # A page's worked examples all fold their Python the same way: one stands for all.
            if "worked-example-python" in (dropdown.get_attribute("class") or ""):
                if tried_python:
                    continue
                tried_python = True
            body = dropdown.locator(":scope > :not(summary)").first
            was_open = dropdown.evaluate("d => d.open")
            summary.click()
            assert dropdown.evaluate("d => d.open") is not was_open
            summary.click()
            assert dropdown.evaluate("d => d.open") is was_open
            summary.focus()
            for key in ("Enter", "Space"):
                page.keyboard.press(key)
                assert dropdown.evaluate("d => d.open") is not was_open, f"{path}: {key} toggles"
                if was_open:
                    expect(body).to_be_hidden()
                else:
                    expect(body).to_be_visible()
                page.keyboard.press(key)
                assert dropdown.evaluate("d => d.open") is was_open, f"{path}: {key} closes"


# -- Copy buttons ----------------------------------------------------------------------------


# A code block in a tab that is not selected, or in a closed dropdown, is out of sight.
_REVEAL = """(block) => {
    const tab = block.closest(".sd-tab-content");
    if (tab && getComputedStyle(tab).display === "none") tab.previousElementSibling.click();
    const dropdown = block.closest("details");
    if (dropdown) dropdown.open = true;
}"""


def typed(code: str) -> str:
    """What a reader would type from a code block: prompted lines without prompts, or all."""
    lines = code.split("\n")
    prompted = [match[1] for line in lines if (match := PROMPT.match(line))]
    text = "\n".join(prompted) if prompted else code
    return text[:-1] if text.endswith("\n") else text


# Every block of a page copied in the page itself, one after another: a round trip to the
# browser for each step of each block (481 blocks an edition) was most of this test's time.
_COPY_EACH = (
    """async ([copied]) => {
    const reveal = """
    + _REVEAL
    + """;
    const found = [];
    for (const block of document.querySelectorAll("div.highlight")) {
        reveal(block);
        const button = block.querySelector("button.copybtn");
        const shown = { code: block.querySelector("pre").textContent, button: Boolean(button) };
        if (button) {
            // A reader can reach it: shown, and not under anything else where it is (scrolled
            // to at once, not by the theme's smooth scrolling, to be measured where it stops).
            button.scrollIntoView({ block: "center", behavior: "instant" });
            const box = button.getBoundingClientRect();
            const hit = document.elementFromPoint(box.x + box.width / 2, box.y + box.height / 2);
            shown.reachable = button.checkVisibility() && button.contains(hit);
            await navigator.clipboard.writeText("");
            shown.tooltip = button.getAttribute("data-tooltip");
            // Its name is the title of its icon, as a screen reader reads it.
            shown.name = button.querySelector("svg title")?.textContent ?? null;
            button.click();
            const start = Date.now();
            while (button.getAttribute("data-tooltip") !== copied && Date.now() - start < 3000) {
                await new Promise((done) => setTimeout(done, 10));
            }
            shown.after = button.getAttribute("data-tooltip");
            shown.text = await navigator.clipboard.readText();
        }
        found.push(shown);
    }
    return found;
}"""
)


def test_copy_buttons_copy_the_code_without_prompts_or_output(
    context: BrowserContext, page: Page, site: Site, root: Path, edition: str
) -> None:
    context.grant_permissions(["clipboard-read", "clipboard-write"], origin=site.base)
    tooltip, copied = interface(edition, "Copy"), interface(edition, "Copied!")
    name = interface(edition, "Copy to clipboard")
    copied_some = {"prompted": 0, "plain": 0}
    for path in pages_with(root, edition, "div.highlight pre"):
        page.goto(address(site, path))
        # The first button's name as the browser's accessibility tree gives it, before any
        # click (a copied button names itself "Copied!" for a while); every button's, in the
        # page, from the title of its icon, where that name comes from.
        first = page.locator("div.highlight").first
        first.evaluate(_REVEAL)
        expect(first.locator("button.copybtn")).to_have_accessible_name(name)
        for index, block in enumerate(page.evaluate(_COPY_EACH, [copied])):
            where = f"{path}, code block {index + 1}"
            assert block["button"], f"{where} has no copy button"
            assert block["reachable"], f"{where}: its copy button is hidden or covered"
            assert (block["tooltip"], block["name"]) == (tooltip, name), where
            assert block["after"] == copied, f"{where}: the button did not say it copied"
            code, text = block["code"], block["text"]
            assert text == typed(code), where
            assert not re.search(r"^(>>>|\.\.\.|\$) ", text, re.MULTILINE), text
            copied_some["prompted" if typed(code) != code.rstrip("\n") else "plain"] += 1
    assert copied_some["prompted"], "no code block with prompts was tried"


def test_a_copy_button_shows_and_works_from_the_keyboard(
    context: BrowserContext, page: Page, site: Site, root: Path, edition: str
) -> None:
    context.grant_permissions(["clipboard-read", "clipboard-write"], origin=site.base)
    path = pages_with(root, edition, "div.highlight pre")[0]
    page.goto(address(site, path))
    block = page.locator("div.highlight").first
    block.evaluate(_REVEAL)  # it may sit in a closed dropdown, as a worked example's Python does
    code = block.locator("pre")
    code.focus()
    page.keyboard.press("Tab")
    button = block.locator("button.copybtn")
    expect(button).to_be_focused()
    expect(button).to_have_css("opacity", "1")
    page.keyboard.press("Enter")
    assert page.evaluate("navigator.clipboard.readText()") == typed(code.text_content() or "")


# -- Search ----------------------------------------------------------------------------------


def test_search_finds_every_page_with_the_word(
    page: Page, site: Site, root: Path, edition: str
) -> None:
    documents = [
        path
        for path in edition_pages(edition)
        if not path.endswith(("/search.html", "/genindex.html"))
    ]
    for word in SEARCHES[edition]:
        expected = {
            path
            for path in documents
            if (text := searchable_text(root, path)) is not None and contains_word(text, word)
        }
        assert expected, f"no page of the {edition} edition has {word!r}: pick another word"
        page.goto(address(site, f"{edition}/search.html") + f"?q={word}")
        expect(page.locator("#search-results .search-summary")).to_be_visible(timeout=10_000)
        hrefs = page.eval_on_selector_all(
            "#search-results ul.search li > a", "links => links.map((link) => link.href)"
        )
        found = {href.split("#")[0].removeprefix(f"{site.base}/") for href in hrefs}
        assert expected <= found, f"{word!r}: {sorted(expected - found)} not found in {found}"
        # The results come without summaries (a script may fetch nothing, not even the pages
        # to cut them from): the page a result leads to shows the reader where the word is.
        leads_to = sorted(expected)[0].removeprefix(f"{edition}/")
        page.locator(f'#search-results a[href^="{leads_to}"]').first.click()
        page.wait_for_url(f"**/{edition}/{leads_to}*")
        expect(page.locator(".highlighted").first).to_contain_text(word, ignore_case=True)
