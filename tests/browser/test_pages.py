"""Every page of the site, in a browser: it loads cleanly within its Content-Security-Policy,
and axe-core finds nothing wrong.

Every page means both editions' pages, their search, index and 404 pages, and the root
page and root 404 page (the list comes from the sources; tests/test_links.py checks that
the build has no page beyond it). Each page is checked in Furo's light and dark themes, on
a phone and on a desktop screen, against axe-core's WCAG 2.x A/AA and best-practice rules,
with every dropdown open so that their contents are checked too.
"""

from __future__ import annotations

from pathlib import Path
from urllib.parse import urljoin

import pytest
from _built_site import built_site, local_path, published_address, site_url, source_pages
from axe_playwright_python.base import AXE_SCRIPT
from playwright.sync_api import BrowserContext, Page, Route, expect

from browser._reading import (
    AXE_OPTIONS,
    DESKTOP,
    PHONE,
    THEMES,
    Trouble,
    address,
    axe_violations,
    describe_violations,
    serve_published_address,
    use_theme,
)
from browser._site import CONTENT_POLICY, NO_SCRIPTS_POLICY, Site, Violation

pytestmark = [pytest.mark.browser, pytest.mark.site]

PAGES = source_pages()
# The root page sends a browser straight on to its edition, and so does the root 404 page of
# a build without a published address (tests/browser/test_any_host.py follows them). Served
# with a policy that lets none of its scripts run, such a page stays put, as it is for a
# reader without JavaScript, and is the page checked; axe-core runs all the same
# (Playwright's scripts are not the page's).
_NO_SCRIPTS = {"content-security-policy": NO_SCRIPTS_POLICY}


def moves_on_to(root: Path, path: str) -> str | None:
    """Where a page sends an English-speaking browser at once, if it does."""
    if path == "index.html":
        return "en/index.html"
    if path == "404.html" and published_address(root) is None:
        return "en/404.html"
    return None


_START_AXE = f"""() => {{
    window.etiketAxe = new Promise((resolve, reject) => setTimeout(
        () => axe.run(document, {AXE_OPTIONS}).then(resolve, reject), 0));
}}"""
_OPEN_DROPDOWNS = "() => document.querySelectorAll('details').forEach((d) => { d.open = true; })"


@pytest.fixture(scope="module")
def root(site: Site) -> Path:
    """The served folder, with both editions and the root pages built."""
    folder = built_site()
    assert folder == site.root, f"the server serves {site.root}, the site is in {folder}"
    return folder


def open_page(page: Page, site: Site, root: Path, path: str) -> None:
    serve_published_address(page, root, site_url(root))
    if moves_on_to(root, path):

        def without_scripts(route: Route) -> None:
            response = route.fetch()
            route.fulfill(response=response, headers={**response.headers, **_NO_SCRIPTS})

        page.route(address(site, path), without_scripts)
    page.goto(address(site, path), wait_until="load")


@pytest.mark.parametrize("path", PAGES)
def test_the_page_loads_without_errors_or_failed_requests(
    page: Page,
    site: Site,
    root: Path,
    path: str,
    offsite_requests: list[str],
    page_errors: list[str],
    policy_violations: list[Violation],
) -> None:
    trouble = Trouble().watch(page)
    serve_published_address(page, root, site_url(root))
    page.goto(address(site, path), wait_until="load")
    moved_to = moves_on_to(root, path)
    if moved_to:
        # An English-speaking browser (the context's locale is en-US) lands on English.
        page.wait_for_url(address(site, moved_to))
        page.wait_for_load_state("load")
    # Every icon the page declares, and the one browsers ask the root for, is served.
    icons = page.eval_on_selector_all(
        "link[rel~='icon'], link[rel='apple-touch-icon']", "links => links.map(l => l.href)"
    )
    assert icons, f"{path} declares no icon"
    published = site_url(root)
    for icon in [*icons, urljoin(site.base, "/favicon.ico")]:
        if icon.startswith(published):
            target = local_path(root, icon, published)
            assert target is not None, icon
            assert target.is_file(), f"{path}: icon {icon} is missing"
            continue
        response = page.request.get(icon)
        assert response.ok, f"{path}: icon {icon}: HTTP {response.status}"
        kind = response.headers.get("content-type", "")
        assert kind.startswith("image/"), f"{path}: icon {icon} is served as {kind}"
    assert not page_errors, f"{path}: script errors: {page_errors}"
    assert not trouble.console_errors, f"{path}: console errors: {trouble.console_errors}"
    failed = trouble.failed_requests
    if moved_to:
        # A page that moves the reader on may be left before its own load ends: the browser
        # then aborts that page's request, which is the move working, not a failure.
        left = f"{address(site, path)}: net::ERR_ABORTED"
        failed = [request for request in failed if request != left]
    assert not failed, f"{path}: failed requests: {failed}"
    assert not offsite_requests, f"{path}: requests off the local server: {offsite_requests}"
    # The page, or the one it moved on to, is held to its own Content-Security-Policy.
    assert page.locator(f"head > meta[http-equiv={CONTENT_POLICY!r}]").count() == 1, path
    assert not policy_violations, f"{path}: blocked by its policy: {policy_violations}"


@pytest.mark.parametrize("path", PAGES)
def test_the_page_has_no_accessibility_violations(
    context: BrowserContext, page: Page, site: Site, root: Path, path: str, page_errors: list[str]
) -> None:
    # The page on a desktop screen and on a phone, side by side: axe-core takes seconds on a
    # long page, and the two tabs' renderers can use both cores.
    screens = {"desktop": (page, DESKTOP), "phone": (context.new_page(), PHONE)}
    for tab, viewport in screens.values():
        tab.on("pageerror", lambda error: page_errors.append(str(error)))
        tab.set_viewport_size(viewport)
        open_page(tab, site, root, path)
        assert tab.url == address(site, path), f"{path} moved on to {tab.url}"
        tab.evaluate(AXE_SCRIPT)
        tab.evaluate(_OPEN_DROPDOWNS)
    found: list[str] = []
    for theme in THEMES:
        for tab, _ in screens.values():
            use_theme(tab, theme)
            # axe.run does most of its work before it returns its promise: start it from a
            # timer, so that both tabs are at work at once.
            tab.evaluate(_START_AXE)
        for screen, (tab, _) in screens.items():
            results = tab.evaluate("() => window.etiketAxe")
            found += describe_violations(results, f"{path} {screen} {theme}")
    assert not found, "\n".join(found)
    assert not page_errors, f"{path}: script errors: {page_errors}"


def _pages_with(root: Path, edition: str, marker: str) -> list[str]:
    pages = [
        path
        for path in PAGES
        if path.startswith(f"{edition}/") and marker in (root / path).read_text(encoding="utf-8")
    ]
    assert pages, f"no page of the {edition} edition has {marker!r}: nothing to check"
    return pages


def test_every_tab_of_every_tab_set_has_no_accessibility_violations(
    page: Page, site: Site, root: Path, edition: str
) -> None:
    """The page tests see the tabs shown at first; here each tab is shown in turn."""
    found: list[str] = []
    for path in _pages_with(root, edition, 'class="sd-tab-set'):
        page.goto(address(site, path))
        labels = page.locator(".sd-tab-set > label")
        for index in range(labels.count()):
            labels.nth(index).click()
            found += axe_violations(page, f"{path} tab {index + 1}", ".sd-tab-set")
    assert not found, "\n".join(found)


def test_the_planners_answers_and_errors_have_no_accessibility_violations(
    page: Page, site: Site, root: Path, edition: str
) -> None:
    """The page tests see the planner's empty form; here it shows an error, then a plan."""
    found: list[str] = []
    for path in _pages_with(root, edition, 'class="etiket-planner'):
        for viewport in (DESKTOP, PHONE):
            page.set_viewport_size(viewport)
            page.goto(address(site, path))
            planner = page.locator(".etiket-planner").first
            planner.locator("button[type=submit]").click()
            expect(planner.locator("[aria-invalid=true]").first).to_be_visible()
            where = f"{path} {viewport['width']}px"
            found += axe_violations(page, f"{where} error", ".etiket-planner")
            planner.locator("input[name=interview]").fill("2026-03-16")
            planner.locator("select[name=country]").select_option("ID")
            planner.locator("button[type=submit]").click()
            expect(planner.locator(".etiket-planner__step").first).to_be_visible()
            found += axe_violations(page, f"{where} plan", ".etiket-planner")
    assert not found, "\n".join(found)
