"""What the reader-facing browser tests share: screen sizes, colour themes, trouble on a page."""

from __future__ import annotations

import json
import mimetypes
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from axe_playwright_python.base import AXE_SCRIPT
from playwright.sync_api import ConsoleMessage, Page, Request, Response, Route, ViewportSize

from browser._site import Site
from etiket import Timeline

# A small phone (most Android phones are 360 CSS pixels wide) and a desktop wide enough for
# Furo to show both sidebars, so every part of the page is on screen in one of the two.
PHONE = ViewportSize(width=360, height=780)
DESKTOP = ViewportSize(width=1440, height=900)
THEMES = ("light", "dark")
# axe-core's options: the violations alone, against its WCAG 2.x A/AA and best-practice rules.
AXE_OPTIONS = json.dumps({"resultTypes": ["violations"]})


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


def axe_violations(page: Page, where: str, within: str = "document") -> list[str]:
    """axe-core's violations on the page in light and in dark, inside ``within`` if given."""
    if not page.evaluate("() => window.axe !== undefined"):
        page.evaluate(AXE_SCRIPT)
    found = []
    for theme in THEMES:
        use_theme(page, theme)
        context = "document" if within == "document" else f"document.querySelectorAll({within!r})"
        results = page.evaluate(f"axe.run({context}, {AXE_OPTIONS})")
        found += describe_violations(results, f"{where} {theme}")
    return found


def shown_steps(page: Page, block: str) -> list[dict[str, str]]:
    """The steps of the timeline a form (``block``: its class) shows, as a reader reads them.

    ``current`` is "step" for the step marked as today's, and ``today`` its words.
    """
    shown: list[dict[str, str]] = page.locator(f".{block}__step").evaluate_all(
        f"""(items) => items.map((item) => ({{
            action: item.dataset.action,
            current: item.getAttribute('aria-current') || '',
            today: (item.querySelector('.{block}__today') || {{}}).textContent || '',
            when: item.querySelector('.{block}__when').textContent,
            title: item.querySelector('.{block}__title').textContent,
            text: item.querySelector('.{block}__text').textContent,
        }}))"""
    )
    return shown


def assert_shows_timeline(page: Page, timeline: Timeline, block: str) -> None:
    """The form ``block`` shows the package's timeline: every step, its days and its words."""
    shown = shown_steps(page, block)
    assert [s["action"] for s in shown] == [s.action.value for s in timeline.steps]
    for item, step in zip(shown, timeline.steps, strict=True):
        assert item["when"] == step.when()
        assert item["title"].startswith(step.title)
        assert item["text"] == step.description
