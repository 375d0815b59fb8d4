"""Shared fixtures for tests that open the built handbook in headless Chromium.

- ``site``: the built HTML served from 127.0.0.1; ``site.url(edition, page)`` builds the
  edition first if it is missing or older than its sources.
- ``browser``: Debian's Chromium driven by Playwright (never a downloaded browser).
- ``page``: a fresh page in its own context; any request to a host other than the local
  server is blocked and listed in ``offsite_requests``, and script errors in ``page_errors``.
  Every page of the context reports what the site's Content-Security-Policy blocked (its
  ``securitypolicyviolation`` events and the console's errors) in ``policy_violations``.
  Both lists fail the test that used the context when it ends, whatever the test checked.
- ``edition``: runs a test once per edition ("en", "id").

Outside CI a missing Chromium skips these tests with a message; with ``CI=true`` it fails
them, and so does a site that cannot be built. ``ETIKET_SITE=<dir>`` tests a site built
elsewhere (for example by ``make html``) as it is, without rebuilding it.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from functools import partial
from http.server import SimpleHTTPRequestHandler
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import pytest
from _built_site import published_address
from playwright.sync_api import (
    Browser,
    BrowserContext,
    ConsoleMessage,
    Error,
    Page,
    sync_playwright,
)

from browser._site import (
    CHROMIUM,
    CHROMIUM_ARGS,
    EDITIONS,
    NO_SCRIPTS_POLICY,
    ROOT,
    Site,
    Violation,
    offline_context,
    unavailable,
)
from tools.pages_host import serving

# Tells the test about every Content-Security-Policy violation in a page of the context. It
# runs before the page's own scripts, so that nothing the page does escapes it.
_REPORT_VIOLATIONS = """
document.addEventListener("securitypolicyviolation", (event) => {
  window.etiketPolicyViolation({
    policy: event.originalPolicy,
    directive: event.effectiveDirective,
    blocked: event.blockedURI,
    where: `${event.sourceFile || document.location.href}:${event.lineNumber}`,
  });
});
"""


class _QuietHandler(SimpleHTTPRequestHandler):
    def translate_path(self, path: str) -> str:
        # A site built for a published address under a path ("/etiket/") has root-relative
        # links on that path (the root 404 page's <base>): the server answers them too.
        prefix = _published_path(Path(self.directory))
        if prefix != "/" and path.startswith(prefix):
            path = "/" + path[len(prefix) :]
        return super().translate_path(path)

    def log_message(self, format: str, *args: Any) -> None:
        """Test output stays readable: no line per request."""


def _published_path(root: Path) -> str:
    """The path of the address the site was built for ("/" if it has none)."""
    if not (root / "index.html").is_file():
        return "/"
    return urlsplit(published_address(root) or "/").path or "/"


@pytest.fixture(scope="session")
def site() -> Iterator[Site]:
    """A static HTTP server over the built site, on a free port of 127.0.0.1."""
    given = os.environ.get("ETIKET_SITE")
    root = Path(given).resolve() if given else ROOT / "_build" / "html"
    root.mkdir(parents=True, exist_ok=True)
    with serving(partial(_QuietHandler, directory=str(root))) as origin:
        yield Site(root, origin, rebuild=not given)


@pytest.fixture(scope="session")
def browser() -> Iterator[Browser]:
    """Headless Chromium from Debian's package."""
    if not CHROMIUM.is_file():
        unavailable(f"Chromium is not installed at {CHROMIUM}; apt-get install chromium")
    with sync_playwright() as playwright:
        try:
            chromium = playwright.chromium.launch(
                executable_path=str(CHROMIUM), args=CHROMIUM_ARGS, headless=True
            )
        except Error as error:
            unavailable(f"Chromium at {CHROMIUM} does not start: {error.message}")
        yield chromium
        chromium.close()


@pytest.fixture(params=EDITIONS)
def edition(request: pytest.FixtureRequest) -> str:
    """The edition under test: each test using it runs once in English, once in Indonesian."""
    return str(request.param)


@pytest.fixture
def offsite_requests() -> list[str]:
    """Requests the page tried to send anywhere but the local server (all blocked)."""
    return []


@pytest.fixture
def page_errors() -> list[str]:
    """Uncaught script errors on the page."""
    return []


@pytest.fixture
def policy_violations() -> list[Violation]:
    """What the site's Content-Security-Policy blocked in any page of the test."""
    return []


@pytest.fixture
def context(
    browser: Browser, offsite_requests: list[str], policy_violations: list[Violation]
) -> Iterator[BrowserContext]:
    """A fresh browser profile (en-US, so date fields take month/day/year) that stays offline.

    The test fails if any page of it sent a request off the local server or broke the site's
    Content-Security-Policy.
    """
    context = offline_context(browser, offsite_requests)

    def violation(source: dict[str, Any], report: dict[str, str]) -> None:
        if report["policy"] != NO_SCRIPTS_POLICY:
            policy_violations.append(
                Violation(report["directive"], report["blocked"], report["where"])
            )

    def console(message: ConsoleMessage) -> None:
        # Chromium says in the console what a policy blocked, as well as firing the event. It
        # quotes the directive one way or another: a test's own policy is found by its text.
        text = message.text
        if "Content Security Policy" in text and NO_SCRIPTS_POLICY not in text:
            where = message.location.get("url") or (message.page.url if message.page else "")
            policy_violations.append(Violation("console", text, where))

    context.expose_binding("etiketPolicyViolation", violation)
    context.add_init_script(_REPORT_VIOLATIONS)
    context.on("console", console)
    yield context
    context.close()
    problems = [f"request off the local server: {url}" for url in offsite_requests]
    problems += [f"the site's policy: {violation}" for violation in policy_violations]
    if problems:
        pytest.fail("\n".join(dict.fromkeys(problems)), pytrace=False)


@pytest.fixture
def page(context: BrowserContext, page_errors: list[str]) -> Page:
    """A new page; uncaught script errors land in ``page_errors``."""
    page = context.new_page()
    page.on("pageerror", lambda error: page_errors.append(str(error)))
    return page
