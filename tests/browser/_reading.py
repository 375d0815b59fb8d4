"""What the reader-facing browser tests share: screen sizes, colour themes, trouble on a page."""

from __future__ import annotations

import mimetypes
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from playwright.sync_api import ConsoleMessage, Page, Request, Response, Route, ViewportSize

from browser._site import Site

# A small phone (most Android phones are 360 CSS pixels wide) and a desktop wide enough for
# Furo to show both sidebars, so every part of the page is on screen in one of the two.
PHONE = ViewportSize(width=360, height=780)
DESKTOP = ViewportSize(width=1440, height=900)
THEMES = ("light", "dark")


def address(site: Site, path: str) -> str:
    """The local address of a page given by its path in the site ("en/index.html")."""
    return f"{site.base}/{path}"


def serve_published_address(page: Page, root: Path, published: str) -> None:
    """Answer requests for the site's published address from the local tree.

    A site built for a published address (ETIKET_SITE_URL) names it in absolute links
    (canonical, hreflang, Open Graph), which the test server is not. A default build has
    none, and the checks use a stand-in address nothing requests.
    """

    def answer(route: Route) -> None:
        path = route.request.url[len(published) :].split("#")[0].split("?")[0]
        target = root / path
        if path == "" or path.endswith("/"):
            target = target / "index.html"
        if target.is_file():
            kind = mimetypes.guess_type(target.name)[0] or "application/octet-stream"
            route.fulfill(status=200, body=target.read_bytes(), content_type=kind)
        else:
            route.fulfill(status=404, body=b"not found")

    page.route(f"{published}**", answer)


@dataclass
class Trouble:
    """Everything that went wrong while a page loaded and ran."""

    console_errors: list[str] = field(default_factory=list)
    failed_requests: list[str] = field(default_factory=list)

    def watch(self, page: Page) -> Trouble:
        page.on("console", self._console)
        page.on("requestfailed", self._failed)
        page.on("response", self._response)
        return self

    def _console(self, message: ConsoleMessage) -> None:
        if message.type in {"error", "assert"}:
            where = message.location.get("url", "")
            self.console_errors.append(f"{message.text} ({where})")

    def _failed(self, request: Request) -> None:
        self.failed_requests.append(f"{request.url}: {request.failure}")

    def _response(self, response: Response) -> None:
        if response.status >= 400:
            self.failed_requests.append(f"{response.url}: HTTP {response.status}")


def settle(page: Page) -> None:
    """End running transitions (a theme switch fades colours) so that the final colours show.

    Waiting for them instead takes long in a tab in the background, where they run slowly.
    """
    page.evaluate(
        """() => document.getAnimations().forEach((animation) => {
            try { animation.finish(); } catch (endless) { /* an endless animation runs on */ }
        })"""
    )


def use_theme(page: Page, theme: str) -> None:
    """Show the page in Furo's light or dark theme, and tell CSS media queries the same."""
    page.emulate_media(color_scheme="dark" if theme == "dark" else "light")
    page.evaluate("(theme) => { document.body.dataset.theme = theme; }", theme)
    settle(page)


def describe_violations(results: dict[str, Any], where: str) -> list[str]:
    """One line per element axe-core found at fault: the rule, its impact, the element, why."""
    lines = []
    for violation in results["violations"]:
        for node in violation["nodes"]:
            summary = " ".join(str(node.get("failureSummary", "")).split())
            lines.append(
                f"{where}: {violation['id']} ({violation['impact']}) {node['target']}: {summary}"
            )
    return lines
