"""Shared fixtures for tests that open the built handbook in headless Chromium.

- ``site``: the built HTML served from 127.0.0.1; ``site.url(edition, page)`` builds the
  edition first if it is missing or older than its sources.
- ``browser``: Debian's Chromium driven by Playwright (never a downloaded browser).
- ``page``: a fresh page in its own context; any request to a host other than the local
  server is blocked and listed in ``offsite_requests``, and script errors in ``page_errors``.
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
from playwright.sync_api import Browser, BrowserContext, Error, Page, sync_playwright

from browser._site import (
    CHROMIUM,
    CHROMIUM_ARGS,
    EDITIONS,
    ROOT,
    Site,
    offline_context,
    unavailable,
)
from tools.pages_host import serving


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
def context(browser: Browser, offsite_requests: list[str]) -> Iterator[BrowserContext]:
    """A fresh, offline browser profile (see offline_context)."""
    context = offline_context(browser, offsite_requests)
    yield context
    context.close()


@pytest.fixture
def page(context: BrowserContext, page_errors: list[str]) -> Page:
    """A new page; uncaught script errors land in ``page_errors``."""
    page = context.new_page()
    page.on("pageerror", lambda error: page_errors.append(str(error)))
    return page
