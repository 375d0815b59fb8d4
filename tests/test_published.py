"""What `make html` leaves in _build/html is what gets published: only what readers need,
and, without a published address, no address of any host.

The Pages workflow uploads that folder as it is, so a cache or an address that only works on
the build machine would go out to readers.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from _built_site import NOT_PAGES, built_pages, built_site, published_address
from browser._site import EDITIONS
from bs4 import BeautifulSoup

pytestmark = pytest.mark.site

# Files at the root of the site, besides its pages (tools/site_root.py writes them).
ROOT_FILES = {".nojekyll", "favicon.ico", "robots.txt"}
# Files an edition's folder holds besides its pages and its asset folders: the search index,
# and the inventory other Sphinx projects use to link to the API reference by name.
EDITION_FILES = {"searchindex.js", "objects.inv"}
# Only with a published address: sitemaps list absolute addresses.
PUBLISHED_FILES = {"sitemap.xml", *(f"{lang}/sitemap.xml" for lang in EDITIONS)}
# Asset folders Sphinx writes; "_sources" is not among them, it is a leftover.
ASSET_FOLDERS = set(NOT_PAGES) - {"_sources"}
# An address that only leads somewhere on the machine that built or serves the site.
LOCAL_ADDRESS = re.compile(
    r"\b(?:https?:)?//(?:localhost|127(?:\.\d{1,3}){3}|0\.0\.0\.0|\[::1?\])(?::\d+)?[^\s\"'<>)]*",
    re.IGNORECASE,
)
TEXT_SUFFIXES = {".html", ".js", ".css", ".xml", ".txt", ".json", ".svg"}


@pytest.fixture(scope="module")
def root() -> Path:
    return built_site()


def expected_file(relative: str, published: bool) -> bool:
    """Whether a file at ``relative`` (a path in the site) is one readers need."""
    parts = relative.split("/")
    if relative in ROOT_FILES or (published and relative in PUBLISHED_FILES):
        return True
    if any(part.startswith(".") for part in parts):
        return False
    if parts[0] in EDITIONS and len(parts) > 1:
        if parts[1] in ASSET_FOLDERS:
            return True
        if len(parts) == 2 and parts[1] in EDITION_FILES:
            return True
    return False


def test_only_what_readers_need_is_published(root: Path) -> None:
    published = published_address(root) is not None
    pages = set(built_pages(root))
    files = sorted(
        path.relative_to(root).as_posix()
        for path in root.rglob("*")
        if path.is_file() or (path.is_dir() and not any(path.iterdir()))
    )
    leftovers = [f for f in files if f not in pages and not expected_file(f, published)]
    assert not leftovers, (
        f"{root} holds files no reader needs (build leftovers?): {leftovers}; "
        "`make html` removes Sphinx's (tools/site_root.py, LEFTOVERS)"
    )
    # The check sees what it has to: every edition's search index and stylesheets.
    for edition in EDITIONS:
        assert (root / edition / "searchindex.js").is_file()
        assert (root / edition / "_static" / "styles" / "furo.css").is_file()


def test_the_expected_files_rule_tells_a_leftover_from_a_published_file() -> None:
    """The rule above, on the leftovers Sphinx writes unless told otherwise."""
    for leftover in ("en/.buildinfo", "id/.doctrees/index.doctree", "en/_sources/index.md.txt"):
        assert not expected_file(leftover, published=True), leftover
    for needed in ("en/searchindex.js", "id/_static/etiket.css", ".nojekyll", "robots.txt"):
        assert expected_file(needed, published=False), needed
    assert expected_file("en/sitemap.xml", published=True)
    assert not expected_file("en/sitemap.xml", published=False)


def test_a_build_without_a_published_address_names_no_host(root: Path) -> None:
    """Any host, any port, any path: nothing in the build points at where it was built."""
    published = published_address(root)
    found = []
    for path in sorted(root.rglob("*")):
        if path.suffix in TEXT_SUFFIXES and path.is_file():
            text = path.read_text(encoding="utf-8", errors="replace")
            found += [
                f"{path.relative_to(root).as_posix()}: {match[0]}"
                for match in LOCAL_ADDRESS.finditer(text)
                if published is None or not match[0].startswith(published)
            ]
    assert not found, "addresses of a local machine in the build:\n" + "\n".join(found[:20])
    if published is not None:
        return
    absolute = []
    for page in built_pages(root):
        soup = BeautifulSoup((root / page).read_text(encoding="utf-8"), "html.parser")
        for tag in soup.select("link[rel~=canonical], link[rel~=alternate], base[href]"):
            absolute.append(f"{page}: {tag}")
        for tag in soup.select("meta[property='og:url'], meta[property='og:image']"):
            absolute.append(f"{page}: {tag}")
    assert not absolute, (
        "a build without ETIKET_SITE_URL must write no absolute address:\n"
        + "\n".join(absolute[:20])
    )
