"""The search page as a reader uses it: queries typed into it find the guides, first.

In both editions guides rank above the Python API's entries; in the Indonesian edition a
word finds the pages that use another form of it ("menelepon", "telepon"), and another
name finds the guide that uses the handbook's ("menindaklanjuti", the follow-up guide).
The browser cuts a query's words as search_id.py cut the pages': the handbook's words go
through both and must come out alike.
"""

from __future__ import annotations

import sys
from dataclasses import dataclass
from pathlib import Path

import pytest
from _built_site import built_site, contains_word, searchable_pages, words_of
from _search_words import edition_words, listed_forms
from bs4 import BeautifulSoup, Tag
from playwright.sync_api import Page, expect
from sphinx.search import SearchLanguage
from sphinx.search.en import SearchEnglish

from browser._reading import address
from browser._site import ROOT, Site

sys.path.insert(0, str(ROOT / "docs" / "_ext"))

from etiket_docs.search_id import KEPT_WORDS, OTHER_NAMES, SearchIndonesian

pytestmark = [pytest.mark.browser, pytest.mark.site]

# The guide a reader looking for thanks wants first, and what they type for it.
THANK_YOU_GUIDE = "howto/thank-you-note.html"
THANKS = {"en": "thank", "id": "terima kasih"}
# Named in the API's entries in both editions (etiket.Action.THANK_YOU, ...) and in pages.
API_WORD = "thank"
FOLLOW_UP_GUIDE = "howto/follow-up.html"
# What the edition's index was cut with; Sphinx lower-cases what the stemmer returns.
LANGUAGES: dict[str, SearchLanguage] = {"en": SearchEnglish({}), "id": SearchIndonesian({})}


@dataclass(frozen=True)
class Result:
    page: str  # its path in the site: "id/howto/follow-up.html"
    kind: str  # Sphinx's kind of result: "text", "title", "index" or "object"
    title: str


@pytest.fixture(scope="module")
def root(site: Site) -> Path:
    folder = built_site()
    assert folder == site.root, f"the server serves {site.root}, the site is in {folder}"
    return folder


def page_title(root: Path, page: str) -> str:
    """A page's heading as the built page shows it, without its ¶ link."""
    heading = BeautifulSoup((root / page).read_text(encoding="utf-8"), "html.parser").h1
    assert isinstance(heading, Tag), f"{page} has no <h1>"
    for link in heading.select(".headerlink"):
        link.decompose()
    return heading.get_text().strip()


def search(page: Page, site: Site, edition: str, query: str) -> list[Result]:
    """Type ``query`` into the edition's search page and read the results, in order."""
    page.goto(address(site, f"{edition}/search.html"))
    page.get_by_role("searchbox").first.fill(query)
    page.get_by_role("searchbox").first.press("Enter")
    # The summary gets its text once the last result is on the page.
    expect(page.locator("#search-results .search-summary")).to_be_visible(timeout=10_000)
    rows = page.eval_on_selector_all(
        "#search-results ul.search > li",
        """items => items.map((item) => {
            const link = item.querySelector("a");
            return [link.href, item.className, link.textContent];
        })""",
    )
    prefix = f"{site.base}/"
    return [
        Result(href.split("#")[0].removeprefix(prefix), kind.removeprefix("kind-"), title)
        for href, kind, title in rows
    ]


def stems_in_the_browser(page: Page, site: Site, edition: str, words: list[str]) -> list[str]:
    """What the edition's search page makes of each word of a query."""
    page.goto(address(site, f"{edition}/search.html"))
    page.wait_for_function("typeof Stemmer !== 'undefined' && typeof splitQuery !== 'undefined'")
    stems: list[str] = page.evaluate(
        "words => { const stemmer = new Stemmer(); return words.map((w) => stemmer.stemWord(w)); }",
        words,
    )
    return stems


# -- The same cut in Python and in the browser -----------------------------------------------


def test_the_browser_cuts_the_handbooks_words_as_the_index_did(
    page: Page, site: Site, root: Path, edition: str
) -> None:
    words = edition_words(root, edition)
    if edition == "id":
        words |= listed_forms()
    ordered = sorted(words)
    language = LANGUAGES[edition]
    in_python = [language.stem(word).lower() for word in ordered]
    in_browser = stems_in_the_browser(page, site, edition, ordered)
    differ = {
        word: (python, browser)
        for word, python, browser in zip(ordered, in_python, in_browser, strict=True)
        if python != browser
    }
    assert not differ, f"word: (Python's stem, the browser's): {differ}"


def test_kept_words_stay_whole_in_python_and_in_the_browser(page: Page, site: Site) -> None:
    kept = sorted(KEPT_WORDS)
    in_python = [LANGUAGES["id"].stem(word) for word in kept]
    in_browser = stems_in_the_browser(page, site, "id", kept)
    assert in_python == kept
    assert in_browser == kept


def test_the_browser_looks_for_the_handbooks_name(page: Page, site: Site) -> None:
    page.goto(address(site, "id/search.html"))
    page.wait_for_function("typeof splitQuery !== 'undefined'")
    for other, handbook in OTHER_NAMES.items():
        for typed in (other, other.upper(), f"surel {other}"):
            expected = [*typed.split()[: -len(other.split())], *handbook.split()]
            assert page.evaluate("query => splitQuery(query)", typed) == expected, typed


# -- What a reader finds ---------------------------------------------------------------------


def test_a_word_and_its_form_with_a_prefix_find_the_same_pages(
    page: Page, site: Site, root: Path
) -> None:
    pages = searchable_pages(root, "id")
    stem = LANGUAGES["id"].stem
    for plain, prefixed in (("telepon", "menelepon"), ("wawancara", "mewawancarai")):
        found = {result.page for result in search(page, site, "id", prefixed)}
        # Every page with any form of the word, however it is spelt there.
        expected = {
            path
            for path, text in pages.items()
            if any(stem(word) == stem(plain) for word in words_of(text))
        }
        assert {path for path, text in pages.items() if contains_word(text, plain)} <= expected
        assert expected, f"no Indonesian page has a form of {plain!r}: pick another word"
        assert expected <= found, f"{prefixed!r} misses {sorted(expected - found)}"
        assert {result.page for result in search(page, site, "id", plain)} == found


def test_another_name_finds_the_guide_that_uses_the_handbooks(
    page: Page, site: Site, root: Path
) -> None:
    guide = f"id/{FOLLOW_UP_GUIDE}"
    for other, handbook in OTHER_NAMES.items():
        assert contains_word(page_title(root, guide), handbook), f"{guide} is not named so"
        results = search(page, site, "id", other)
        assert results, f"{other!r} finds nothing"
        assert results[0] == Result(guide, results[0].kind, page_title(root, guide)), results[:3]


def test_the_guide_comes_first_and_the_api_last(
    page: Page, site: Site, root: Path, edition: str
) -> None:
    guide = f"{edition}/{THANK_YOU_GUIDE}"
    results = search(page, site, edition, THANKS[edition])
    assert results, f"{THANKS[edition]!r} finds nothing"
    assert (results[0].page, results[0].title) == (guide, page_title(root, guide)), results[:3]

    results = search(page, site, edition, API_WORD)
    kinds = [result.kind for result in results]
    assert "object" in kinds, f"{API_WORD!r} finds no API entry: nothing to rank"
    first_entry = kinds.index("object")
    assert set(kinds[first_entry:]) == {"object"}, f"a page after an API entry: {results}"
    assert guide in {result.page for result in results[:first_entry]}
