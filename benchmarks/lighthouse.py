"""Lighthouse scores and page weight of the handbook's main pages, next to a stock Furo page.

Run after ``make html``, with Lighthouse installed (``npm ci`` at the repository's root, as
for the tests)::

    npm ci
    .venv/bin/python benchmarks/lighthouse.py

It serves the built site on the address it was built for (build it with
``ETIKET_SITE_URL=http://localhost:8000/ make html``, so that canonical and hreflang URLs
point at the pages under test), as GitHub Pages serves it (tools/pages_host.py), and runs
Lighthouse (mobile, simulated throttling) in Debian's Chromium on the main pages of both
editions. It also builds a one-page stock Furo site in a temporary folder and measures it
the same way, as the weight to beat. Everything stays on this machine.

For each page it prints the four category scores, the bytes transferred (compressed) and
the page weight uncompressed, and how the weight compares with the stock Furo page; then
the audits that cost points. This is a benchmark, not a test: it exits with status 1 if a
page misses 100 in a category or outweighs stock Furo, and 2 if it could not run.
"""

from __future__ import annotations

import argparse
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
from typing import Any
from urllib.parse import urlsplit

ROOT = Path(__file__).resolve().parents[1]
# Run as a script, it finds the repository's tools as the tests do.
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))
from tools.pages_host import PagesHandler, serving  # noqa: E402

LIGHTHOUSE = ROOT / "node_modules" / ".bin" / "lighthouse"
CHROMIUM = os.environ.get("CHROME_PATH", "/usr/bin/chromium")
CHROME_FLAGS = (
    "--headless=new --no-sandbox --disable-gpu --disable-background-networking "
    "--disable-component-update --disable-sync --no-first-run"
)
CATEGORIES = ("performance", "accessibility", "best-practices", "seo")
EDITIONS = ("en", "id")
# The landing page, the how-to guides, a tutorial and a reference page, in each edition.
PAGES = (
    "index",
    "howto/thank-you-note",
    "howto/follow-up",
    "howto/no-news",
    "howto/calendar",
    "tutorial/plan-your-week",
    "reference/policy",
)
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


def lighthouse(url: str, name: str, preset: str | None) -> Result:
    command = [str(LIGHTHOUSE), url, "--output=json", "--output-path=stdout", "--quiet"]
    command += [f"--chrome-flags={CHROME_FLAGS}", f"--only-categories={','.join(CATEGORIES)}"]
    if preset:
        command.append(f"--preset={preset}")
    env = {**os.environ, "CHROME_PATH": CHROMIUM}
    done = subprocess.run(command, capture_output=True, text=True, env=env, check=False)
    if done.returncode != 0 or not done.stdout.strip():
        raise SystemExit(f"Lighthouse failed on {url}:\n{done.stderr[-2000:]}")
    report = json.loads(done.stdout)
    if report.get("runtimeError"):
        raise SystemExit(f"Lighthouse could not load {url}: {report['runtimeError']}")
    audits = report["audits"]
    items = audits["network-requests"]["details"]["items"]
    fetched = [item for item in items if not str(item["url"]).startswith("data:")]
    scores = {key: round(100 * (report["categories"][key]["score"] or 0)) for key in CATEGORIES}
    return Result(
        name=name,
        url=url,
        scores=scores,
        transfer=round(audits["total-byte-weight"]["numericValue"]),
        uncompressed=sum(int(item.get("resourceSize") or 0) for item in fetched),
        requests=len(fetched),
        misses=_misses(report),
    )


def _misses(report: dict[str, Any]) -> list[str]:
    """The audits that cost a category points, worst first."""
    misses = []
    for key, category in report["categories"].items():
        for ref in category["auditRefs"]:
            audit = report["audits"][ref["id"]]
            score = audit.get("score")
            if ref.get("weight", 0) > 0 and score is not None and score < 1:
                shown = audit.get("displayValue") or ""
                misses.append((score, f"{key}: {ref['id']} {score:.2f} {shown}".rstrip()))
    return [text for _, text in sorted(misses)]


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
    results = []
    with serve(build, parts.port or 80) as base:
        for edition in args.edition or EDITIONS:
            for page in args.page or PAGES:
                url = f"{base}{parts.path.lstrip('/')}{edition}/{page}.html"
                results.append(lighthouse(url, f"{edition}/{page}", args.preset))
    baseline = None
    if not args.no_baseline:
        with tempfile.TemporaryDirectory() as folder, serve(stock_furo(Path(folder)), 0) as base:
            baseline = lighthouse(f"{base}index.html", "stock Furo (baseline)", args.preset)
    took = time.monotonic() - started
    print(f"Lighthouse {_version()}, {args.preset or 'mobile'}, {took:.0f} s\n")
    met = report(results, baseline)
    if args.json:
        figures = [result.__dict__ for result in ([baseline] if baseline else []) + results]
        args.json.write_text(json.dumps(figures, indent=2) + "\n", encoding="utf-8")
    return 0 if met else 1


def _version() -> str:
    manifest = ROOT / "node_modules" / "lighthouse" / "package.json"
    return str(json.loads(manifest.read_text(encoding="utf-8")).get("version", "?"))


if __name__ == "__main__":
    if shutil.which("node") is None:
        print("Node.js is not installed: apt-get install nodejs npm", file=sys.stderr)
        raise SystemExit(2)
    raise SystemExit(main())
