"""The handbook's own scripts on a page with the planner stay within 40 KB, minified.

A reader on a phone with a slow line pays for every byte before the planner answers
(issue 11: the page's own scripts at most 40 KB minified in all). "Own" is what the
handbook writes: the scripts in docs/_static and docs/_ext/etiket_docs, and the planner's
data file the build writes from the package; the theme's and Sphinx's files are not
counted. Each is measured as the build publishes it, minified by the build's own
function (etiket_docs.minify), on every built page that shows the planner.
"""

from __future__ import annotations

from pathlib import Path
from urllib.parse import urlsplit

import pytest
from _built_site import built_pages, built_site
from bs4 import BeautifulSoup, Tag
from etiket_docs.minify import minify_script
from etiket_docs.planner import DATA_FILE

pytestmark = pytest.mark.site

ROOT = Path(__file__).resolve().parents[1]
BUDGET = 40_000
"""Bytes of the handbook's own scripts, minified, that one page may load."""

OWN_SCRIPTS = frozenset(
    {path.name for path in (ROOT / "docs" / "_static").glob("*.js")}
    | {path.name for path in (ROOT / "docs" / "_ext" / "etiket_docs").glob("*.js")}
    | {DATA_FILE}
)


def own_scripts(page: Path) -> list[Path]:
    """The handbook's own script files the page loads, in the built site."""
    document = BeautifulSoup(page.read_text(encoding="utf-8"), "html.parser")
    found = []
    for script in document.find_all("script", src=True):
        assert isinstance(script, Tag)
        address = urlsplit(str(script["src"])).path
        if Path(address).name in OWN_SCRIPTS:
            found.append((page.parent / address).resolve())
    return found


def minified_size(path: Path) -> int:
    return len(minify_script(path.read_text(encoding="utf-8")).encode("utf-8"))


def test_the_planner_pages_scripts_fit_the_budget() -> None:
    root = built_site()
    pages = [
        root / page
        for page in built_pages(root)
        if "data-etiket-planner" in (root / page).read_text(encoding="utf-8")
    ]
    assert pages, "no built page shows the planner"
    for page in pages:
        scripts = own_scripts(page)
        assert any(path.name == DATA_FILE for path in scripts), page
        sizes = {path.name: minified_size(path) for path in scripts}
        total = sum(sizes.values())
        listed = ", ".join(f"{name} {size:,}" for name, size in sorted(sizes.items()))
        print(f"{page.relative_to(root)}: {total:,} of {BUDGET:,} bytes ({listed})")
        assert total <= BUDGET, f"{page.relative_to(root)} loads {total:,} bytes: {listed}"
