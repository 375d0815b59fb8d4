"""The built site and the browser the browser tests use: where they are, how to get them."""

from __future__ import annotations

import fcntl
import os
import subprocess
import sys
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import NoReturn
from urllib.parse import urlsplit

import pytest
from playwright.sync_api import Browser, BrowserContext, Route

from tools.pages_host import HOST

ROOT = Path(__file__).resolve().parents[2]
EDITIONS = ("en", "id")
CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]
# The pages' own policy is a <meta http-equiv> of this name (etiket_docs/content_policy.py).
CONTENT_POLICY = "Content-Security-Policy"
# A policy a test adds to a page (as a response header) to keep its scripts from running, as
# for a reader without JavaScript. What it blocks is the test's doing: the page's own policy
# is the one held to reporting nothing.
NO_SCRIPTS_POLICY = "script-src 'none'"


@dataclass(frozen=True)
class Violation:
    """Something a page's Content-Security-Policy blocked, as the browser reported it.

    ``directive`` is the directive that blocked it ("connect-src"), or "console" for what
    the console said; ``blocked`` the address refused ("inline" for inline code), or the
    console's message; ``where`` the page or script, and line, that tried.
    """

    directive: str
    blocked: str
    where: str

    def __str__(self) -> str:
        return f"{self.directive} blocked {self.blocked} ({self.where})"


def in_ci() -> bool:
    """True when the CI environment variable says so (GitHub Actions sets CI=true)."""
    return os.environ.get("CI", "").strip().lower() in {"1", "true", "yes"}


def unavailable(reason: str) -> NoReturn:
    """Skip on a workstation, fail in CI: there a browser test must never be skipped."""
    if in_ci():
        pytest.fail(f"{reason} (CI=true, so this is a failure, not a skip)", pytrace=False)
    pytest.skip(reason)


def _sources(edition: str) -> Iterator[Path]:
    """Every file whose change can change the edition's HTML."""
    folders = ["docs/" + edition, "docs/_ext", "docs/_static", "docs/_templates", "src/etiket"]
    folders.append("locale/" + edition)
    for folder in folders:
        for path in (ROOT / folder).rglob("*"):
            if path.is_file() and "__pycache__" not in path.parts:
                yield path
    yield ROOT / "conf.py"


def _is_stale(output: Path, edition: str) -> bool:
    """Whether a source changed after the edition's last build wrote anything.

    Sphinx's .buildinfo would say when the build ran, but the published folder keeps no
    build leftovers (tools/site_root.py removes them); a build writes at least the pages
    and files its change touched, so the newest output file tells the same.
    """
    if not (output / "index.html").is_file():
        return True
    built = max(path.stat().st_mtime for path in output.rglob("*") if path.is_file())
    newest = max(path.stat().st_mtime for path in _sources(edition))
    return newest > built


@dataclass
class Site:
    """The built HTML of both editions, served over HTTP on 127.0.0.1."""

    root: Path
    base: str
    rebuild: bool
    _ready: set[str] = field(default_factory=set)

    def built(self, edition: str) -> Path:
        """The edition's output folder, built with -W -n first if it is missing or stale."""
        output = self.root / edition
        if edition in self._ready:
            return output
        if self.rebuild:
            lock = self.root.parent / ".browser-tests.lock"
            lock.parent.mkdir(parents=True, exist_ok=True)
            with lock.open("w") as handle:
                # Several test processes may want the same build; one builds, the rest wait.
                fcntl.flock(handle, fcntl.LOCK_EX)
                if _is_stale(output, edition):
                    _build(edition, output)
        if not (output / "index.html").is_file():
            unavailable(f"no built site at {output}; run `make html`")
        self._ready.add(edition)
        return output

    def url(self, edition: str, page: str = "index") -> str:
        """The address of ``page`` (a document name such as 'howto/follow-up')."""
        self.built(edition)
        return f"{self.base}/{edition}/{page}.html"


def _build(edition: str, output: Path) -> None:
    # The doctree cache goes where `make html` keeps it, outside the published folder.
    doctrees = output.parent.parent / "doctrees" / edition
    command = [sys.executable, "-m", "sphinx", "-b", "html", "-c", str(ROOT), "-d", str(doctrees)]
    command += ["-W", "--keep-going", "-n", "-q", str(ROOT / "docs" / edition), str(output)]
    done = subprocess.run(command, cwd=ROOT, capture_output=True, text=True, check=False)
    if done.returncode != 0:
        pytest.fail(
            f"building the {edition} edition failed:\n{done.stdout}{done.stderr}", pytrace=False
        )


def is_local(url: str) -> bool:
    """True for the local server and for addresses that never touch the network."""
    parts = urlsplit(url)
    return parts.scheme in {"blob", "data", "about"} or parts.hostname == HOST


def offline_context(browser: Browser, offsite_requests: list[str]) -> BrowserContext:
    """A fresh browser profile (en-US, so date fields take month/day/year) that stays offline.

    Every request to a host other than the local server is blocked and listed in
    ``offsite_requests``.
    """
    context = browser.new_context(accept_downloads=True, locale="en-US")

    def guard(route: Route) -> None:
        if is_local(route.request.url):
            route.continue_()
        else:
            offsite_requests.append(route.request.url)
            route.abort()

    context.route("**/*", guard)
    return context
