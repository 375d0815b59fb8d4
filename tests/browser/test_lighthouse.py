"""Lighthouse scores 100 in all four categories on the assistant's page, on a phone.

Performance does not yet, every time: the test is an expected failure for now (see the
comment above it).

Issue 11 holds the assistant's page to that budget, in both editions. Lighthouse (npm's,
installed by ``npm ci``; see package.json) runs its mobile preset on each page of ``PAGES``
in both editions, one Chromium for all, the pages in sequence
(tests/browser/lighthouse.mjs). The site is served as GitHub Pages serves it: gzipped text,
its content types, ``max-age=600`` (``PagesHandler``). A category below 100 fails the page,
with each audit that cost it points, its id and title.

Performance is timed on this machine, which other work may share; ``make test`` runs this
test after the others, on its own (the ``timed`` mark), so that at least the suite's own
browsers are not in its figures. The runner calibrates
Lighthouse's simulated phone to the machine's speed right before each page (see
lighthouse.mjs); a page that misses 100 is measured again, up to ``ATTEMPTS`` times while
the runs fit in ``SECONDS``. An attempt during which the machine ran much faster than when
it was calibrated proves nothing (its phone was faster than Lighthouse's) and does not
count. Noise only slows a page down, so one attempt at 100 shows the page can do it.

The landing page and the follow-up guide are measured, not held to 100 here: their
performance depends on the machine's load more than the assistant's does (the guide's many
folded code examples weigh on a phone's main thread). ``benchmarks/lighthouse.py`` prints
their scores.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import time
from functools import partial
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import pytest
from _built_site import built_site, published_address

from browser._site import (
    CHROMIUM,
    CHROMIUM_ARGS,
    EDITIONS,
    ROOT,
    unavailable,
)
from tools.pages_host import PagesHandler, serving

pytestmark = [pytest.mark.browser, pytest.mark.site, pytest.mark.timed]

# The pages held to the budget, as document names (the same in both editions).
PAGES = ("assistant",)
CATEGORIES = ("performance", "accessibility", "best-practices", "seo")
RUNNER = Path(__file__).with_name("lighthouse.mjs")
LIGHTHOUSE = ROOT / "node_modules" / "lighthouse" / "package.json"
# Measurements of a page that misses 100, at most.
ATTEMPTS = 3
# How much faster the machine may have been during a run than when the runner calibrated it.
CALIBRATION_TOLERANCE = 1.25
# Seconds the runs should take in all: a page is measured again only if that fits. `make test`
# runs this test; each run takes 15 to 30 seconds on a shared two-core machine.
SECONDS = 80
# Seconds after which the runner is stopped: a hung Chromium must not hang the suite.
TIME_LIMIT = 300


def _served_under(root: Path) -> str:
    """The path the site is served under: its published address's, else the host's root.

    At the root the site's robots.txt is where crawlers, and Lighthouse, look for it.
    """
    published = published_address(root)
    return (urlsplit(published).path or "/") if published else "/"


def _version(text: str) -> tuple[int, ...]:
    return tuple(int(part) for part in re.findall(r"\d+", text)[:3])


def _older_than_lighthouse_needs(node: str) -> str | None:
    """Why this Node.js cannot run the installed Lighthouse, if it cannot (package engines)."""
    needed = json.loads(LIGHTHOUSE.read_text(encoding="utf-8")).get("engines", {}).get("node", "")
    lowest = re.fullmatch(r"\s*>=\s*([\d.]+)\s*", needed)
    if lowest is None:
        return None
    done = subprocess.run([node, "--version"], capture_output=True, text=True, check=False)
    have = done.stdout.strip()
    if _version(have) >= _version(lowest.group(1)):
        return None
    return (
        f"Node.js {have} at {node} is older than Lighthouse needs ({needed}); install a newer "
        "nodejs (Debian bookworm's 18.19 will do)"
    )


@pytest.fixture(scope="module")
def reports() -> dict[str, list[dict[str, Any]]]:
    """Every attempt's report for each page's address, the pages measured in one run."""
    node = shutil.which("node")
    if node is None:
        unavailable("Node.js is not installed; Lighthouse runs on it")
    if not LIGHTHOUSE.is_file():
        unavailable("Lighthouse is not installed; run `npm ci` at the repository's root")
    too_old = _older_than_lighthouse_needs(node)
    if too_old:
        unavailable(too_old)
    if not CHROMIUM.is_file():
        unavailable(f"Chromium is not installed at {CHROMIUM}; apt-get install chromium")
    root = built_site()
    prefix = _served_under(root)
    with serving(partial(PagesHandler, directory=str(root), prefix=prefix)) as origin:
        urls = [f"{origin}{prefix}{ed}/{page}.html" for ed in EDITIONS for page in PAGES]
        plan = {
            "chrome": str(CHROMIUM),
            "flags": CHROMIUM_ARGS,
            "urls": urls,
            "attempts": ATTEMPTS,
            "tolerance": CALIBRATION_TOLERANCE,
            "seconds": SECONDS,
        }
        started = time.monotonic()
        done = subprocess.run(
            [node, str(RUNNER), json.dumps(plan)],
            cwd=ROOT,
            capture_output=True,
            text=True,
            timeout=TIME_LIMIT,
            check=False,
            # Lighthouse's own report stays in English, whatever the machine's language.
            env={**os.environ, "LANG": "C.UTF-8"},
        )
        took = time.monotonic() - started
    if done.returncode != 0:
        pytest.fail(f"Lighthouse failed (exit {done.returncode}):\n{done.stderr}", pytrace=False)
    found: dict[str, list[dict[str, Any]]] = {url: [] for url in urls}
    for line in done.stdout.splitlines():
        attempt = json.loads(line)
        found[attempt["url"]].append(attempt)
    count = sum(len(attempts) for attempts in found.values())
    print(f"\nLighthouse: {len(urls)} pages, {count} runs, {took:.0f} s")
    measured = {url.removeprefix(f"{origin}{prefix}"): runs for url, runs in found.items()}
    for address, attempts in measured.items():
        for number, attempt in enumerate(attempts, 1):
            print(f"  {address}, attempt {number} ({attempt['seconds']:.0f} s): {_scores(attempt)}")
    return measured


def _scores(attempt: dict[str, Any]) -> str:
    scores = ", ".join(f"{name} {round(attempt['scores'][name] * 100)}" for name in CATEGORIES)
    return (
        f"{scores} (benchmark {attempt['benchmarkIndex']:.0f}, in the run "
        f"{attempt['runBenchmarkIndex']:.0f}; CPU slowdown {attempt['cpuSlowdown']:.2f})"
    )


def _describe(attempt: dict[str, Any]) -> str:
    lines = [_scores(attempt)]
    if attempt["runtimeError"]:
        lines.append(f"  Lighthouse: {attempt['runtimeError']}")
    if not attempt["calibrationHeld"]:
        lines.append(
            "  the machine ran faster during the run than when the CPU slowdown was calibrated:"
            " its phone was faster than Lighthouse's, and the run proves nothing"
        )
    for audit in attempt["failing"]:
        value = f" ({audit['displayValue']})" if audit["displayValue"] else ""
        lines.append(f"  {audit['category']}: {audit['id']}: {audit['title']}{value}")
        lines += [f"      {item}" for item in audit["items"]]
    if attempt["failing"] and attempt["longTasks"]:
        lines.append("  longest tasks: " + "; ".join(attempt["longTasks"]))
    return "\n".join(lines)


# Not strict: on a shared machine the score depends on its load, so a pass does not prove the
# page fast and a miss may be the machine's. Accessibility, best practices and SEO are 100 on
# both pages. Performance was 90 to 100 in about 25 runs on 2026-12-04 (a host of benchmark
# 2,300 to 2,950, so a slowdown of 5 to 10; about one run in four at 100), from Total
# Blocking Time alone (up to 410 ms). Lighthouse simulates it (Lantern, in
# @paulirish/trace_engine's models/trace/lantern):
# - it replays the page's tasks slowed down by the calibrated factor, those that lay out the
#   page by half that factor, in a graph where every request shares the simulated network;
# - it takes the first paint from a smaller graph: the document, the stylesheet, the first
#   parse, layout and paint;
# - so the first style and layout (45 to 105 ms of this machine's time) starts later in the
#   whole graph, the scripts' downloads sharing the network with the stylesheet, and its part
#   after that paint counts; the assistant's start (15 to 30 ms) counts too, as any task
#   does, less the 50 ms a task may take.
# Without its scripts the page had 100 in each of three runs. Tried, no better: the stylesheet
# inline, a render only once the page is parsed, one file for the assistant's scripts, no
# Sphinx scripts, the closed drawers not rendered, HTTP/1.1 kept alive. Issue 11 stays open.
@pytest.mark.xfail(
    strict=False, reason="performance 90-100, TBT up to 410 ms, on a shared machine (issue 11)"
)
@pytest.mark.parametrize("document", PAGES)
@pytest.mark.parametrize("edition", EDITIONS)
def test_lighthouse_scores_100_in_every_category(
    reports: dict[str, list[dict[str, Any]]], edition: str, document: str
) -> None:
    address = f"{edition}/{document}.html"
    attempts = reports[address]
    assert attempts, f"Lighthouse reported nothing for {address}"
    for attempt in attempts:
        # A page that painted too late for Lighthouse missed on timing, as a slow one does.
        if not attempt["paintedTooLate"]:
            assert attempt["runtimeError"] is None, f"{address}: {attempt['runtimeError']}"
        assert not attempt["offsite"], f"{address} sent requests off the site: {attempt['offsite']}"
    passed = [attempt for attempt in attempts if attempt["passed"]]
    if not passed:
        report = "\n".join(f"attempt {n}: {_describe(a)}" for n, a in enumerate(attempts, 1))
        pytest.fail(f"{address} is below 100 in Lighthouse:\n{report}", pytrace=False)
