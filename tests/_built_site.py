"""The built site as a reader gets it: both editions and the root pages, and every page in it.

The quality gates (links, HTML validity, accessibility, the pages in a browser) check every
page the site has. Which pages those are is read from the sources, so that the tests can be
listed before anything is built, and checked against the build, so that a page the sources
do not predict (a new generated page) cannot slip past them.
"""

from __future__ import annotations

import os
import re
import sys
from functools import cache
from pathlib import Path
from urllib.parse import urlsplit

from browser._site import EDITIONS, ROOT, Site, unavailable
from bs4 import BeautifulSoup, Tag

# Pages Sphinx writes for every edition without a source file.
GENERATED = ("genindex.html", "search.html")
# Pages tools/site_root.py writes at the root of the site.
ROOT_PAGES = ("index.html", "404.html")
# Folders of an edition's output that hold no page a reader opens.
NOT_PAGES = ("_static", "_sources", "_images", "_downloads")


def source_pages() -> list[str]:
    """Every page's path in the built site ("en/howto/follow-up.html"), from the sources."""
    pages = list(ROOT_PAGES)
    for edition in EDITIONS:
        source = ROOT / "docs" / edition
        documents = sorted(
            path.relative_to(source).with_suffix(".html").as_posix()
            for path in source.rglob("*")
            if path.suffix in {".md", ".rst"}
            and not any(part.startswith(("_", ".")) for part in path.relative_to(source).parts)
        )
        pages += [f"{edition}/{document}" for document in [*documents, *GENERATED]]
    return pages


def built_pages(root: Path) -> list[str]:
    """Every HTML file in the built site, as a path relative to its root."""
    return sorted(
        path.relative_to(root).as_posix()
        for path in root.rglob("*.html")
        if not set(path.relative_to(root).parts) & set(NOT_PAGES)
    )


def built_site() -> Path:
    """The folder of the built site, both editions and the root pages up to date.

    The editions are built (-W -n) if missing or older than their sources, like the browser
    tests' ``site`` fixture does; ``ETIKET_SITE=<dir>`` checks a site built elsewhere as it
    is. Outside CI a site that cannot be had skips the test; in CI it fails it.
    """
    given = os.environ.get("ETIKET_SITE")
    root = Path(given).resolve() if given else ROOT / "_build" / "html"
    site = Site(root, "", rebuild=not given)
    for edition in EDITIONS:
        site.built(edition)
    if not given:
        # Cheap, and an edition rebuilt since `make html` leaves the root 404 page behind.
        if str(ROOT) not in sys.path:
            sys.path.insert(0, str(ROOT))
        from tools import site_root

        site_root.write_root(root)
    missing = [page for page in ROOT_PAGES if not (root / page).is_file()]
    if missing:
        unavailable(f"{root} lacks {', '.join(missing)}; run `make html`")
    return root


# Where the checks place a site built without a published address: the build holds no
# absolute address, so relative links resolve against this one and map back to the folder.
UNPUBLISHED = "https://unpublished.invalid/"


def published_address(root: Path) -> str | None:
    """The address the site was built for (its canonical root URL), or None if it has none."""
    soup = BeautifulSoup((root / "index.html").read_text(encoding="utf-8"), "html.parser")
    canonical = soup.find("link", rel="canonical")
    if not isinstance(canonical, Tag):
        return None
    url = str(canonical.get("href") or "")
    if not url:
        raise AssertionError(f"{root / 'index.html'} has an empty <link rel='canonical'>")
    return url if url.endswith("/") else url + "/"


def site_url(root: Path) -> str:
    """The site's root address for the checks: the published one, else ``UNPUBLISHED``."""
    return published_address(root) or UNPUBLISHED


def local_path(root: Path, url: str, site: str) -> Path | None:
    """The file an address of the published site maps to, or None if it is elsewhere."""
    if not url.startswith(site):
        return None
    path = urlsplit(url).path[len(urlsplit(site).path) :]
    target = root / path
    return target / "index.html" if path == "" or path.endswith("/") else target


def searchable_text(root: Path, page: str) -> str | None:
    """The text of a page's article, or None for a page search engines are told to skip."""
    document = BeautifulSoup((root / page).read_text(encoding="utf-8"), "html.parser")
    robots = document.find("meta", attrs={"name": "robots"})
    if isinstance(robots, Tag) and "noindex" in str(robots.get("content", "")):
        return None
    article = document.find("article")
    return article.get_text(" ") if isinstance(article, Tag) else None


def searchable_pages(root: Path, edition: str) -> dict[str, str]:
    """Each page of the edition its search can find ("id/howto/follow-up.html"), with its text."""
    found = {}
    for page in source_pages():
        if page.startswith(f"{edition}/") and not page.endswith(GENERATED):
            text = searchable_text(root, page)
            if text is not None:
                found[page] = text
    return found


def words_of(text: str) -> set[str]:
    """The words of ``text`` (letters only, no numbers or names with digits), in lower case."""
    return {word.lower() for word in re.findall(r"[^\W\d_]+", text)}


_WORD_BOUNDARY = r"(?<!\w){}(?!\w)"


def contains_word(text: str, word: str) -> bool:
    """Whether ``text`` holds ``word`` as a whole word, whatever its case."""
    return re.search(_WORD_BOUNDARY.format(re.escape(word)), text, re.IGNORECASE) is not None


@cache
def parsed_page(path: Path) -> BeautifulSoup:
    """The built page at ``path``, parsed once for every test that reads it."""
    return BeautifulSoup(path.read_text(encoding="utf-8"), "html.parser")
