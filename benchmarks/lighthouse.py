"""Lighthouse scores and page weight of the handbook's main pages, next to a stock Furo page.

Run after ``make html``, with Lighthouse installed (``npm ci`` at the repository's root, as
for the tests)::

    npm ci
    .venv/bin/python benchmarks/lighthouse.py

It serves the built site on the address it was built for (build it with
``ETIKET_SITE_URL=http://localhost:8000/ make html``, so that canonical and hreflang URLs
point at the pages under test), as GitHub Pages serves it (tools/pages_host.py), and runs
Lighthouse (mobile, simulated throttling) in Debian's Chromium on the main pages of both
editions, with the Lighthouse test's runner (tests/browser/lighthouse.mjs): the simulated
phone's processor calibrated to this machine's speed, robots.txt fetched from the host. It
also builds a one-page stock Furo site in a temporary folder and measures it the same way,
as the weight to beat. Everything stays on this machine.

For each page it prints the four category scores, the bytes transferred (compressed) and
the page weight uncompressed, and how the weight compares with the stock Furo page; then
the audits that cost points. This is a benchmark, not a test: it exits with status 1 if a
page misses 100 in a category or outweighs stock Furo, and 2 if it could not run.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from functools import partial
from pathlib import Path
from urllib.parse import urlsplit

ROOT = Path(__file__).resolve().parents[1]
# Run as a script, it finds the repository's tools, and the browser tests' Chromium flags, as
# the tests do.
for folder in (ROOT, ROOT / "tests"):
    if str(folder) not in sys.path:
        sys.path.insert(0, str(folder))
from browser._site import CHROMIUM_ARGS  # noqa: E402

from tools.pages_host import PagesHandler, serving  # noqa: E402

LIGHTHOUSE = ROOT / "node_modules" / "lighthouse" / "package.json"
# The Lighthouse test's runner: one Chromium for every page, each run calibrated.
RUNNER = ROOT / "tests" / "browser" / "lighthouse.mjs"
CHROMIUM = os.environ.get("CHROME_PATH", "/usr/bin/chromium")
# As the test allows: a run on a machine much faster than at calibration is marked.
CALIBRATION_TOLERANCE = 1.25
CATEGORIES = ("performance", "accessibility", "best-practices", "seo")
EDITIONS = ("en", "id")
# The assistant, the landing page, the how-to guides, a tutorial and a reference page, in
# each edition.
PAGES = (
    "assistant",
    "index",
    "howto/thank-you-note",
    "howto/follow-up",
    "howto/no-news",
    "howto/calendar",
    "tutorial/plan-your-week",
    "reference/policy",
)
BASELINE = "stock Furo (baseline)"
_STOCK_PAGE = """\
Stock Furo
==========

A page of a new Sphinx project with the Furo theme and nothing else: the weight to beat.

Section
-------

Some text, a list and a code block, as a handbook page has.

* one
* two

.. code-block:: python

   >>> print("hello")
   hello
"""


@dataclass
class Result:
    """One Lighthouse run on one page."""

    name: str
    url: str
    scores: dict[str, int]
    transfer: int
    uncompressed: int
    requests: int
    misses: list[str] = field(default_factory=list)


@contextmanager
def serve(folder: Path, port: int) -> Iterator[str]:
    """Serve ``folder`` on 127.0.0.1:``port`` (0: any free port); yield its localhost URL."""
    try:
        with serving(partial(PagesHandler, directory=str(folder)), port, "localhost") as origin:
            yield origin + "/"
    except OSError as error:
        raise SystemExit(
            f"cannot serve on port {port} ({error.strerror}): stop what uses it, or build the "
            f"site for another address (ETIKET_SITE_URL=http://localhost:PORT/ make html)"
        ) from error


def site_address(build: Path) -> str:
    """The address the site was built for, from its root page's canonical link."""
    page = (build / "index.html").read_text(encoding="utf-8")
    marker = '<link rel="canonical" href="'
    start = page.find(marker)
    if start < 0:
        raise SystemExit(
            f"{build / 'index.html'} has no canonical link (a build without ETIKET_SITE_URL "
            "has none): ETIKET_SITE_URL=http://localhost:8000/ make html"
        )
    start += len(marker)
    return page[start : page.index('"', start)]


def lighthouse(pages: dict[str, str], preset: str | None) -> list[Result]:
    """One Lighthouse run on each page of ``pages`` (name: address), in one Chromium."""
    plan = {
        "chrome": CHROMIUM,
        "flags": CHROMIUM_ARGS,
        "urls": list(pages.values()),
        "attempts": 1,
        "tolerance": CALIBRATION_TOLERANCE,
        "seconds": 0,
        "desktop": preset == "desktop",
    }
    command = ["node", str(RUNNER), json.dumps(plan)]
    env = {**os.environ, "LANG": "C.UTF-8"}
    done = subprocess.run(command, capture_output=True, text=True, env=env, cwd=ROOT, check=False)
    if done.returncode != 0:
        raise SystemExit(f"Lighthouse failed:\n{done.stderr[-2000:]}")
    runs = {run["url"]: run for run in map(json.loads, done.stdout.splitlines())}
    results = []
    for name, url in pages.items():
        run = runs[url]
        misses = [f"could not measure: {run['runtimeError']}"] if run["runtimeError"] else []
        misses += [
            f"{audit['category']}: {audit['id']} {audit['score']:.2f} {audit['displayValue']}"
            for audit in sorted(run["failing"], key=lambda audit: audit["score"])
        ]
        if not run["calibrationHeld"]:
            misses.append("timing: the machine sped up after calibration; performance flatters")
        results.append(
            Result(
                name=name,
                url=url,
                scores={key: round(100 * (run["scores"][key] or 0)) for key in CATEGORIES},
                transfer=run["transfer"],
                uncompressed=run["uncompressed"],
                requests=run["requests"],
                misses=[miss.rstrip() for miss in misses],
            )
        )
    return results


def stock_furo(folder: Path) -> Path:
    """Build a one-page Sphinx site with the Furo theme and no other setting."""
    source = folder / "source"
    source.mkdir()
    (source / "conf.py").write_text('project = "Stock Furo"\nhtml_theme = "furo"\n')
    (source / "index.rst").write_text(_STOCK_PAGE)
    output = folder / "html"
    command = [sys.executable, "-m", "sphinx", "-b", "html", "-q", str(source), str(output)]
    subprocess.run(command, check=True, cwd=folder)
    return output


def kib(size: int) -> str:
    return f"{size / 1024:.0f} KiB"


def report(results: list[Result], baseline: Result | None) -> bool:
    """Print the table and what to chase; True if every page met the goals."""
    header = f"{'page':34} {'perf':>4} {'a11y':>4} {'best':>4} {'seo':>4}"
    header += f" {'transfer':>9} {'weight':>9} {'req':>4} {'vs Furo':>8}"
    print(header)
    met = True
    for result in [*([baseline] if baseline else []), *results]:
        line = f"{result.name:34}" + "".join(f" {result.scores[key]:>4}" for key in CATEGORIES)
        line += f" {kib(result.transfer):>9} {kib(result.uncompressed):>9} {result.requests:>4}"
        if baseline is not None and result is not baseline:
            ratio = result.uncompressed / baseline.uncompressed
            line += f" {ratio:>7.2f}x"
            met &= ratio < 1
        print(line)
        if result is not baseline:
            met &= all(score == 100 for score in result.scores.values())
    chase = [result for result in results if result.misses]
    if chase:
        print("\nWhat costs points:")
        for result in chase:
            print(f"  {result.name}")
            for miss in result.misses:
                print(f"    {miss}")
    goal = "every page 100 in all four categories" + (
        ", and lighter than stock Furo" if baseline else ""
    )
    print(f"\nGoal: {goal}: {'met' if met else 'missed'}")
    return met


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--site", type=Path, default=ROOT / "_build" / "html")
    parser.add_argument("--edition", choices=EDITIONS, action="append", help="default: both")
    parser.add_argument("--page", action="append", help=f"default: {', '.join(PAGES)}")
    parser.add_argument("--preset", choices=["desktop"], help="desktop instead of mobile")
    parser.add_argument("--no-baseline", action="store_true", help="skip the stock Furo page")
    parser.add_argument("--json", type=Path, help="also write the figures to this file")
    args = parser.parse_args(argv)

    if not LIGHTHOUSE.is_file():
        print(f"Lighthouse is not installed: cd {ROOT} && npm ci", file=sys.stderr)
        return 2
    if not Path(CHROMIUM).is_file():
        print(f"no Chromium at {CHROMIUM}: apt-get install chromium", file=sys.stderr)
        return 2
    build = args.site.resolve()
    if not (build / "index.html").is_file():
        print(f"no site in {build}: run `make html` first", file=sys.stderr)
        return 2
    address = site_address(build)
    parts = urlsplit(address)
    if parts.hostname not in {"localhost", "127.0.0.1"}:
        print(
            f"the site was built for {address}; build it for this machine to measure it "
            "(ETIKET_SITE_URL=http://localhost:8000/ make html)",
            file=sys.stderr,
        )
        return 2

    started = time.monotonic()
    with contextlib.ExitStack() as stack:
        base = stack.enter_context(serve(build, parts.port or 80))
        pages = {
            f"{edition}/{page}": f"{base}{parts.path.lstrip('/')}{edition}/{page}.html"
            for edition in args.edition or EDITIONS
            for page in args.page or PAGES
        }
        if not args.no_baseline:
            folder = Path(stack.enter_context(tempfile.TemporaryDirectory()))
            stock = stack.enter_context(serve(stock_furo(folder), 0))
            pages[BASELINE] = f"{stock}index.html"
        results = lighthouse(pages, args.preset)
    baseline = next((result for result in results if result.name == BASELINE), None)
    results = [result for result in results if result is not baseline]
    took = time.monotonic() - started
    print(f"Lighthouse {_version()}, {args.preset or 'mobile'}, {took:.0f} s\n")
    met = report(results, baseline)
    if args.json:
        figures = [result.__dict__ for result in ([baseline] if baseline else []) + results]
        args.json.write_text(json.dumps(figures, indent=2) + "\n", encoding="utf-8")
    return 0 if met else 1


def _version() -> str:
    return str(json.loads(LIGHTHOUSE.read_text(encoding="utf-8")).get("version", "?"))


if __name__ == "__main__":
    if shutil.which("node") is None:
        print("Node.js is not installed: apt-get install nodejs npm", file=sys.stderr)
        raise SystemExit(2)
    raise SystemExit(main())
