"""The built site on another host, port and path, as a GitHub project page serves it.

A project page lives under ``/<repo>/`` and GitHub Pages answers every missing address, at
any depth, with the site's root ``404.html``. Here the build is served the same way, under
``/etiket/`` (or under the path of its published address, if it was built for one) on a port
of its own, and checked in Chromium: the 404 page at several depths is styled and its links
lead to pages of the site, the root page sends the reader on to an edition, and the
language switch leads to the other edition.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from functools import partial
from pathlib import Path
from urllib.parse import unquote, urlsplit

import pytest
from _built_site import built_site, published_address
from etiket_docs.bundles import bundled_stylesheets
from playwright.sync_api import BrowserContext, Page, expect

from browser._reading import Trouble
from browser._site import EDITIONS
from tools.pages_host import HOST, PagesHandler, serving

pytestmark = [pytest.mark.browser, pytest.mark.site]

# The prefix a build without a published address is served under: a project page's.
PROJECT_PREFIX = "/etiket/"
# Missing addresses, relative to the site's root: at the root, in an edition, deep inside one.
MISSING = ("no-such-page.html", "en/no-such-page.html", "en/howto/no/such/page.html")


@dataclass(frozen=True)
class HostedSite:
    root: Path
    # The address of the site's root, ending in a slash: http://127.0.0.1:PORT/etiket/
    base: str

    def address(self, path: str) -> str:
        return self.base + path

    def file_at(self, url: str) -> Path | None:
        """The file of the site an address on this host leads to, if any."""
        if not url.startswith(self.base):
            return None
        # Query strings (the "?v=" Sphinx adds to its assets) are not part of the file.
        path = unquote(urlsplit(url).path)[len(urlsplit(self.base).path) :]
        target = self.root / path
        return target / "index.html" if path == "" or path.endswith("/") else target


@pytest.fixture(scope="module")
def hosted() -> Iterator[HostedSite]:
    root = built_site()
    published = published_address(root)
    prefix = urlsplit(published).path if published else PROJECT_PREFIX
    with serving(partial(PagesHandler, directory=str(root), prefix=prefix)) as origin:
        yield HostedSite(root, origin + prefix)


def _problems_of_links(page: Page, hosted: HostedSite) -> list[str]:
    """Links of the page that lead nowhere on the site; in-page links must stay on it."""
    here = page.url.split("#")[0]
    hrefs: list[str] = page.eval_on_selector_all("a[href]", "links => links.map((l) => l.href)")
    assert hrefs, f"{page.url} has no links"
    problems = []
    for href in hrefs:
        address = href.split("#")[0]
        parts = urlsplit(href)
        # Other sites' pages (the footer's credits) are tests/test_links.py's concern.
        external = parts.scheme == "https" and parts.hostname != HOST
        if external or parts.scheme in {"mailto", "tel", "javascript"} or address == here:
            continue
        target = hosted.file_at(address)
        if target is None:
            problems.append(f"{href} is not on the site {hosted.base}")
        elif not target.is_file():
            problems.append(f"{href} leads to no file ({target.relative_to(hosted.root)})")
    return problems


def _holds_furo(sheet: str, hosted: HostedSite) -> bool:
    """Whether the stylesheet at ``sheet`` is Furo's, or a page's bundle that joins it in."""
    if urlsplit(sheet).path.endswith("/styles/furo.css"):
        return True
    target = hosted.file_at(sheet)
    if target is None or not target.name.startswith("page-styles-"):
        return False
    return "_static/styles/furo.css" in bundled_stylesheets(target)


def _assert_styled(page: Page, hosted: HostedSite) -> None:
    sheets: list[str] = page.eval_on_selector_all(
        "link[rel=stylesheet]", "links => links.map((l) => l.href)"
    )
    for sheet in sheets:
        target = hosted.file_at(sheet)
        assert target is not None, f"{page.url}: stylesheet {sheet} is off the site"
        assert target.is_file(), f"{page.url}: stylesheet {sheet} does not exist"
    assert any(_holds_furo(sheet, hosted) for sheet in sheets), sheets
    loaded = page.evaluate(
        "() => Array.from(document.styleSheets).filter((s) => s.href && s.cssRules.length)"
        ".map((s) => s.href)"
    )
    assert any(_holds_furo(sheet, hosted) for sheet in loaded), (
        f"{page.url}: Furo's stylesheet did not load (loaded: {loaded})"
    )
    color = page.evaluate("getComputedStyle(document.body).backgroundColor")
    assert color != "rgba(0, 0, 0, 0)", f"{page.url}: the page's styles did not apply"


@pytest.mark.parametrize("missing", MISSING)
def test_the_404_page_is_styled_and_its_links_lead_to_pages(
    page: Page, hosted: HostedSite, missing: str, page_errors: list[str]
) -> None:
    trouble = Trouble().watch(page)
    address = hosted.address(missing)
    response = page.goto(address, wait_until="load")
    assert response is not None
    assert response.status == 404, f"{address}: HTTP {response.status}, expected the 404 page"
    if published_address(hosted.root) is None:
        # Without a published address the page finds the site's root, then moves on to
        # the edition's own 404 page.
        address = hosted.address(f"{EDITIONS[0]}/404.html")
        page.wait_for_url(address)
        page.wait_for_load_state("load")
    else:
        assert page.url == address, f"the 404 page for {missing} moved on to {page.url}"
    _assert_styled(page, hosted)
    problems = _problems_of_links(page, hosted)
    assert not problems, f"the 404 page at {address}:\n" + "\n".join(problems)
    # In-page links ("#furo-main-content", the skip link) stay on the page, <base> or not
    # (the root 404 page's script writes them out in full).
    linked = page.eval_on_selector_all(
        "a[href*='#']", "links => links.map((l) => [l.getAttribute('href'), l.href])"
    )
    in_page = [
        (given, resolved)
        for given, resolved in linked
        if given.startswith("#") or given.split("#")[0] == address
    ]
    assert in_page, "the 404 page has no in-page link"
    elsewhere = [given for given, resolved in in_page if not resolved.startswith(address + "#")]
    assert not elsewhere, f"{address}: in-page links that leave the page: {elsewhere}"
    # The missing address itself answers 404; anything else that failed is a broken style
    # or script.
    missed = hosted.address(missing)
    failed = [entry for entry in trouble.failed_requests if not entry.startswith(missed)]
    assert not failed, f"{address}: failed requests: {failed}"
    assert not trouble.console_errors or all(missed in error for error in trouble.console_errors), (
        f"{address}: console errors: {trouble.console_errors}"
    )
    assert not page_errors, f"{address}: script errors: {page_errors}"


def test_a_404_page_whose_root_cannot_be_found_stays_put_and_says_why(
    page: Page, hosted: HostedSite, page_errors: list[str]
) -> None:
    """Deep outside any edition, a build without an address can only guess the root."""
    address = hosted.address("no/such/folder/page.html")
    page.goto(address, wait_until="load")
    page.wait_for_load_state("networkidle")
    expect(page.locator("h1")).to_be_visible()
    assert page.url.startswith(hosted.base), page.url
    assert not page_errors, page_errors


def test_the_404_page_of_the_other_edition_takes_over_in_its_folder(
    page: Page, hosted: HostedSite, page_errors: list[str]
) -> None:
    other = EDITIONS[1]
    page.goto(hosted.address(f"{other}/no/such/page.html"))
    page.wait_for_url(hosted.address(f"{other}/404.html"))
    page.wait_for_load_state("load")
    expect(page.locator("html")).to_have_attribute("lang", other)
    _assert_styled(page, hosted)
    problems = _problems_of_links(page, hosted)
    assert not problems, "\n".join(problems)
    assert not page_errors, page_errors


def test_the_404_pages_language_switch_leads_to_the_other_editions_404_page(
    page: Page, hosted: HostedSite
) -> None:
    page.goto(hosted.address("en/howto/no/such/page.html"))
    switch = page.locator(".sidebar-drawer .etiket-lang-link")
    expect(switch).to_have_count(1)
    switch.click()
    page.wait_for_url(hosted.address(f"{EDITIONS[1]}/404.html"))


def test_the_root_page_sends_the_reader_to_an_edition_under_the_prefix(
    context: BrowserContext, hosted: HostedSite
) -> None:
    for languages, edition in (("id-ID,id", "id"), ("en-GB,en", "en")):
        tab = context.new_page()
        wanted = languages.split(",")
        tab.add_init_script(
            f"Object.defineProperty(navigator, 'languages', {{get: () => {wanted!r}}});"
        )
        tab.goto(hosted.base)
        tab.wait_for_url(hosted.address(f"{edition}/index.html"))
        tab.close()


def test_the_language_switch_leads_to_the_same_page_under_the_prefix(
    page: Page, hosted: HostedSite
) -> None:
    first, other = EDITIONS[0], EDITIONS[1]
    pages = sorted((hosted.root / first / "howto").glob("*.html"))
    assert pages, f"no page in {hosted.root / first / 'howto'}"
    path = pages[0].relative_to(hosted.root).as_posix()
    page.goto(hosted.address(path))
    page.locator(".sidebar-drawer .etiket-lang-link").click()
    counterpart = f"{other}/{path.split('/', 1)[1]}"
    page.wait_for_url(hosted.address(counterpart))
    expect(page.locator("html")).to_have_attribute("lang", other)
    _assert_styled(page, hosted)
