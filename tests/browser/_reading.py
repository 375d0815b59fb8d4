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


@dataclass(frozen=True)
class ColourScheme:
    """What the reader's device prefers (prefers-color-scheme) and Furo's theme button's choice.

    The button's "auto" follows the device; "light" or "dark" overrides it either way.
    """

    device: str
    button: str

    def __str__(self) -> str:
        return f"{self.button} on a {self.device} device"


# Both colours each way a reader gets them: from the device's setting, and from the button
# against it.
EVERY_COLOUR_SCHEME = (
    ColourScheme("light", "auto"),
    ColourScheme("dark", "auto"),
    ColourScheme("light", "dark"),
    ColourScheme("dark", "light"),
)
# Each theme as the device and the button both choose it.
LIGHT_AND_DARK = tuple(ColourScheme(theme, theme) for theme in THEMES)
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


def use_colour_scheme(page: Page, scheme: ColourScheme) -> None:
    """Tell CSS media queries the device's preference, and set Furo's theme button."""
    page.emulate_media(color_scheme="dark" if scheme.device == "dark" else "light")
    page.evaluate("(theme) => { document.body.dataset.theme = theme; }", scheme.button)
    settle(page)


def use_theme(page: Page, theme: str) -> None:
    """Show the page in Furo's light or dark theme, and tell CSS media queries the same."""
    use_colour_scheme(page, ColourScheme(theme, theme))


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


def axe_violations(
    page: Page,
    where: str,
    within: str = "document",
    schemes: tuple[ColourScheme, ...] = LIGHT_AND_DARK,
) -> list[str]:
    """axe-core's violations on the page in each colour scheme (light and dark unless told),
    inside ``within`` if given."""
    if not page.evaluate("() => window.axe !== undefined"):
        page.evaluate(AXE_SCRIPT)
    found = []
    for scheme in schemes:
        use_colour_scheme(page, scheme)
        context = "document" if within == "document" else f"document.querySelectorAll({within!r})"
        results = page.evaluate(f"axe.run({context}, {AXE_OPTIONS})")
        found += describe_violations(results, f"{where} {scheme}")
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


# Phones a reader holds with large text: a common one (390 CSS pixels) and the narrowest
# still sold (320), each with the browser's font size doubled.
LARGE_TEXT_WIDTHS = (390, 320)
BROWSER_FONT_SIZE = 16  # CSS pixels: every browser's default "medium"


def use_large_text(page: Page, scale: int = 2) -> None:
    """Set the browser's own font size to ``scale`` times its default, as a reader's setting does.

    This is the setting itself (Chrome's font size, to which Chrome on Android maps the
    phone's text size when a page scales with it), not a style the test writes into the
    page: text set in rem, em or % grows with it, text fixed in pixels would not, and an em
    in a media query is this size. It keeps the screen's width, unlike zooming the page.
    """
    session = page.context.new_cdp_session(page)
    sizes = {"standard": BROWSER_FONT_SIZE * scale, "fixed": 13 * scale}
    session.send("Page.setFontSizes", {"fontSizes": sizes})


# What is wider than the screen, within a part of the page: the document's width, any element
# reaching past either edge (but in a box that scrolls sideways, as code blocks do), and text
# cut inside its box (controls, letters, the timeline's steps). A select shows its choice on
# one line unless it wraps it: a choice longer than its room must then take more than one.
_OVERFLOWING = """([within, exempt]) => {
    const screen = document.documentElement.clientWidth, found = [];
    const name = (el) => el.tagName.toLowerCase() + (el.id ? '#' + el.id : '')
        + (el.className && typeof el.className === 'string' ? '.' + el.className.split(' ')[0] : '')
        + (el.dataset.path ? `[${el.dataset.path}]` : '');
    if (document.documentElement.scrollWidth > screen) {
        const wide = document.documentElement.scrollWidth;
        found.push(`the page is ${wide}px wide on a ${screen}px screen`);
    }
    const root = document.querySelector(within);
    // Inside a box that scrolls sideways (a code block), a long line is the box's to show.
    const scrolled = (el) => {
        for (let up = el.parentElement; up && up !== root; up = up.parentElement) {
            if (['auto', 'scroll'].includes(getComputedStyle(up).overflowX)) return true;
        }
        return false;
    };
    const shown = Array.from(root.querySelectorAll('*')).filter((el) =>
        el.getClientRects().length && !(exempt && el.matches(exempt)));
    shown.filter((el) => !scrolled(el)).forEach((el) => {
        const box = el.getBoundingClientRect();
        if (box.width && (box.left < -0.5 || box.right > screen + 0.5)) {
            found.push(`${name(el)} reaches ${Math.round(box.left)}..${Math.round(box.right)}px`);
        }
    });
    shown.filter((el) => el.matches('input, textarea, pre, [class*="__step"], [class*="__step"] *'))
        .forEach((el) => {
            if (el.scrollWidth > el.clientWidth + 1) {
                found.push(`${name(el)} cuts its text: ${el.scrollWidth}px in ${el.clientWidth}px`);
            }
        });
    const ruler = document.createElement('canvas').getContext('2d');
    shown.filter((el) => el.matches('select')).forEach((select) => {
        const style = getComputedStyle(select);
        ruler.font = `${style.fontWeight} ${style.fontSize} ${style.fontFamily}`;
        const text = select.selectedOptions.length ? select.selectedOptions[0].text : '';
        const px = (name) => parseFloat(style[name]);
        const room = select.clientWidth - px('paddingLeft') - px('paddingRight');
        const height = select.clientHeight - px('paddingTop') - px('paddingBottom');
        if (ruler.measureText(text).width > room && height < 2 * parseFloat(style.fontSize)) {
            found.push(`${name(select)} cuts "${text}" to ${Math.round(room)}px`);
        }
    });
    return found;
}"""


def overflowing(page: Page, within: str, exempt: str = "") -> list[str]:
    """What of ``within`` (a selector) goes past the screen's sides or cuts its text.

    ``exempt`` names elements left out (with the reason at the call).
    """
    found: list[str] = page.evaluate(_OVERFLOWING, [within, exempt])
    return found


def text_size(page: Page, selector: str) -> float:
    """The font size, in CSS pixels, of the first element ``selector`` finds."""
    size: str = page.locator(selector).first.evaluate("(el) => getComputedStyle(el).fontSize")
    return float(size.removesuffix("px"))
