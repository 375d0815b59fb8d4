"""Every built page waits for nothing but one stylesheet: its scripts deferred, its styles joined.

A phone on a slow line paints a page only once it has every stylesheet and every script
that is not deferred (etiket_docs.bundles, etiket_docs.assets). These read the built pages:
each links at most one bundle of the build's own stylesheets, the bundle is those
stylesheets, as the build left them, in the order it names, and every script file is
deferred, but on the search page, whose template runs Sphinx's search at once.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from _built_site import built_site, parsed_page, source_pages
from etiket_docs.bundles import BUNDLE_PREFIX, bundled_stylesheets

pytestmark = pytest.mark.site

PAGES = [page for page in source_pages() if page.count("/") >= 1]
# Furo's search page runs searchtools.js as it is parsed, so its scripts keep their places.
KEEPS_ITS_SCRIPTS = "search.html"


@pytest.fixture(scope="module")
def root() -> Path:
    return built_site()


def _edition_folder(page: str) -> str:
    return page.split("/", 1)[0]


def _linked(root: Path, page: str, href: str) -> Path:
    return (root / page).parent.joinpath(href.split("?", 1)[0]).resolve()


@pytest.mark.parametrize("page", PAGES)
def test_the_page_links_one_bundle_of_its_stylesheets(root: Path, page: str) -> None:
    links = parsed_page(root / page).select('link[rel="stylesheet"]')
    bundles = [link for link in links if BUNDLE_PREFIX.split("/")[-1] in str(link["href"])]
    assert len(bundles) == 1, f"{page} links {len(bundles)} page-styles bundles"
    # Only what cannot be joined keeps its own link: none of the build's stylesheets does.
    others = [str(link["href"]) for link in links if link not in bundles]
    assert others == [], f"{page} links stylesheets outside its bundle: {others}"


@pytest.mark.parametrize("page", PAGES)
def test_the_bundle_is_its_stylesheets_in_their_order(root: Path, page: str) -> None:
    link = parsed_page(root / page).select_one('link[rel="stylesheet"]')
    assert link is not None, f"{page} links no stylesheet"
    bundle = _linked(root, page, str(link["href"]))
    members = bundled_stylesheets(bundle)
    edition = root / _edition_folder(page)
    texts = [(edition / member).read_text(encoding="utf-8") for member in members]
    body = bundle.read_text(encoding="utf-8").split("\n", 1)[1]
    position = 0
    for member, text in zip(members, texts, strict=True):
        # Each stylesheet is in the bundle whole (less its source map's comment), after the
        # one before it.
        first_rule = text.strip()[:80]
        found = body.find(first_rule, position)
        assert found >= 0, f"{bundle.name} lacks {member}, or has it out of order"
        position = found + len(first_rule)
    assert "furo.css" in " ".join(members), f"{bundle.name} has no theme: {members}"


@pytest.mark.parametrize("page", PAGES)
def test_every_script_file_is_deferred(root: Path, page: str) -> None:
    scripts = parsed_page(root / page).select("script[src]")
    assert scripts, f"{page} loads no script file"
    waiting = [str(script["src"]) for script in scripts if not script.has_attr("defer")]
    if page.endswith("/" + KEEPS_ITS_SCRIPTS):
        assert waiting, "the search page's scripts are deferred, but its template runs them"
    else:
        assert waiting == [], f"{page} makes the first paint wait for {waiting}"
