"""No broken link anywhere on the built site, offline.

Every address a page points at (links, the language switch, stylesheets, scripts, icons,
images, hreflang alternates, canonical and Open Graph URLs) must lead to a file of the
built site, and a ``#fragment`` to an element with that id in the target page. So must
every address in the sitemaps and robots.txt, and every ``url()`` in the stylesheets.
Absolute addresses on the site's own base URL are mapped to the local tree; other
``http(s)`` addresses are not fetched (the tests stay offline) but must be ``https``.

``python tests/test_links.py [site folder]`` lists the external links it found.
"""

from __future__ import annotations

import re
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from urllib.parse import unquote, urljoin, urlsplit
from xml.etree import ElementTree

import pytest
from _built_site import (
    ROOT_PAGES,
    built_pages,
    built_site,
    local_path,
    parsed_page,
    published_address,
    site_url,
    source_pages,
)
from browser._site import EDITIONS
from bs4 import Tag

pytestmark = pytest.mark.site

# Attributes that hold one address, by element.
_URL_ATTRIBUTES = {
    "a": ("href",),
    "area": ("href",),
    "link": ("href",),
    "script": ("src",),
    "img": ("src",),
    "source": ("src",),
    "video": ("src", "poster"),
    "audio": ("src",),
    "iframe": ("src",),
    "embed": ("src",),
    "object": ("data",),
    "form": ("action",),
    "use": ("href", "xlink:href"),
}
# <meta> whose content is an address of the site.
_URL_META = {"og:url", "og:image", "twitter:image"}
# Schemes that never lead to a file of the site and that no check applies to.
_NOT_FETCHED = {"mailto", "tel", "data", "javascript", "blob"}
_CSS_URL = re.compile(r"""url\(\s*(?:"([^"]*)"|'([^']*)'|([^)'"\s]*))\s*\)""")
_SITEMAP = "{http://www.sitemaps.org/schemas/sitemap/0.9}"
_XHTML = "{http://www.w3.org/1999/xhtml}"


@dataclass(frozen=True)
class Link:
    """One address found in one file of the site."""

    source: str
    where: str
    url: str

    def __str__(self) -> str:
        return f"{self.source}: {self.where} -> {self.url}"


@pytest.fixture(scope="module")
def root() -> Path:
    return built_site()


@cache
def _ids(path: Path) -> frozenset[str]:
    """The fragments a page can be opened at: its elements' ids and its anchors' names."""
    soup = parsed_page(path)
    ids = {str(tag["id"]) for tag in soup.find_all(id=True)}
    ids |= {str(tag["name"]) for tag in soup.find_all("a", attrs={"name": True})}
    return frozenset(ids)


def _srcset(value: str) -> Iterator[str]:
    for candidate in value.split(","):
        if candidate.strip():
            yield candidate.split()[0]


def page_links(root: Path, page: str, site: str) -> Iterator[Link]:
    """Every address in a page, made absolute against the page's address on the site."""
    soup = parsed_page(root / page)
    here = base = site + page
    given_base = soup.find("base", href=True)
    if isinstance(given_base, Tag):
        base = urljoin(base, str(given_base["href"]))
    for tag in soup.find_all(True):
        found: list[tuple[str, str]] = []
        for attribute in _URL_ATTRIBUTES.get(tag.name, ()):
            if tag.has_attr(attribute):
                found.append((attribute, str(tag[attribute])))
        if tag.has_attr("srcset"):
            found += [("srcset", url) for url in _srcset(str(tag["srcset"]))]
        if tag.name == "meta" and str(tag.get("property") or tag.get("name")) in _URL_META:
            found.append(("content", str(tag.get("content", ""))))
        if tag.has_attr("style"):
            found += [("style", url) for url in _css_urls(str(tag["style"]))]
        for attribute, url in found:
            # The root 404 page has a <base>, and a script that points its in-page links
            # back at the page itself (the browser tests check that it does).
            start = here if url.startswith("#") and tag.name == "a" else base
            yield Link(page, f"<{tag.name} {attribute}>", urljoin(start, url.strip()))
    for style in soup.find_all("style"):
        for url in _css_urls(style.get_text()):
            yield Link(page, "<style> url()", urljoin(base, url))


def _css_urls(css: str) -> Iterator[str]:
    for match in _CSS_URL.finditer(css):
        yield next(group for group in match.groups() if group is not None)


def stylesheet_links(root: Path, site: str) -> Iterator[Link]:
    for path in sorted(root.rglob("*.css")):
        relative = path.relative_to(root).as_posix()
        for url in _css_urls(path.read_text(encoding="utf-8")):
            yield Link(relative, "url()", urljoin(site + relative, url))


def sitemap_links(root: Path, site: str) -> Iterator[Link]:
    """The addresses in robots.txt and in every sitemap it leads to."""
    robots = (root / "robots.txt").read_text(encoding="utf-8")
    pending = [
        ("robots.txt", line.split(":", 1)[1].strip())
        for line in robots.splitlines()
        if line.lower().startswith("sitemap:")
    ]
    assert pending, "robots.txt names no sitemap"
    seen: set[str] = set()
    while pending:
        source, url = pending.pop()
        if url in seen:
            continue
        seen.add(url)
        yield Link(source, "sitemap", url)
        path = local_path(root, url, site)
        if path is None or not path.is_file():
            continue  # reported by problem()
        relative = path.relative_to(root).as_posix()
        tree = ElementTree.parse(path)
        is_index = tree.getroot().tag == f"{_SITEMAP}sitemapindex"
        for loc in tree.iter(f"{_SITEMAP}loc"):
            address = (loc.text or "").strip()
            if is_index:
                pending.append((relative, address))
            else:
                yield Link(relative, "<loc>", address)
        for alternate in tree.iter(f"{_XHTML}link"):
            yield Link(relative, "<xhtml:link href>", alternate.get("href", ""))


def problem(root: Path, link: Link, site: str) -> str | None:
    """What is wrong with an address of the site, or None if it leads where it should."""
    parts = urlsplit(link.url)
    if parts.scheme in _NOT_FETCHED:
        return None
    path = local_path(root, link.url, site)
    if path is None:
        if parts.scheme in {"http", "https"}:
            return None  # external: see test_external_links_use_https
        return f"unexpected address scheme {parts.scheme!r}"
    if not path.is_file():
        return f"no such file {path.relative_to(root).as_posix()}"
    fragment = unquote(parts.fragment)
    if fragment and fragment != "top":
        if path.suffix != ".html":
            return f"a fragment on a {path.suffix} file"
        if fragment not in _ids(path):
            return f"{path.relative_to(root).as_posix()} has no element with id {fragment!r}"
    return None


def _areas(root: Path) -> dict[str, list[str]]:
    pages = built_pages(root)
    areas = {"root": [page for page in pages if page in ROOT_PAGES]}
    for edition in EDITIONS:
        areas[edition] = [page for page in pages if page.startswith(f"{edition}/")]
    return areas


@pytest.mark.parametrize("area", ["root", *EDITIONS])
def test_every_address_on_every_page_leads_to_a_file_and_fragment(root: Path, area: str) -> None:
    site = site_url(root)
    pages = _areas(root)[area]
    assert pages, f"no pages in {area}"
    links = [link for page in pages for link in page_links(root, page, site)]
    internal = [link for link in links if local_path(root, link.url, site) is not None]
    broken = [f"{link}: {error}" for link in links if (error := problem(root, link, site))]
    assert not broken, "\n".join(broken)
    # Each page at least links its stylesheet and its edition's other pages.
    assert len(internal) >= 2 * len(pages), f"only {len(internal)} internal links in {area}"


def test_the_language_switch_and_alternates_lead_to_the_same_page_in_the_other_edition(
    root: Path,
) -> None:
    site = site_url(root)
    wrong = []
    for page in built_pages(root):
        edition, _, rest = page.partition("/")
        if edition not in EDITIONS:
            continue
        soup = parsed_page(root / page)
        targets = [
            (str(tag.get("hreflang")), urljoin(site + page, str(tag["href"])))
            for tag in soup.select("a[hreflang], link[rel~=alternate][hreflang]")
        ]
        assert targets, f"{page} links no other edition"
        for lang, url in targets:
            if lang == "x-default":
                continue
            expected = f"{site}{lang}/{rest}"
            if url != expected:
                wrong.append(f"{page}: hreflang={lang} -> {url}, expected {expected}")
    assert not wrong, "\n".join(wrong)


def test_every_sitemap_address_is_a_page_of_the_site(root: Path) -> None:
    site = site_url(root)
    if published_address(root) is None:
        # Sitemaps list absolute addresses: a build without one has none, and robots.txt
        # names none.
        leftover = sorted(path.relative_to(root).as_posix() for path in root.rglob("sitemap.xml"))
        assert not leftover, f"sitemaps in a build without a published address: {leftover}"
        robots = (root / "robots.txt").read_text(encoding="utf-8").lower()
        assert "sitemap:" not in robots, f"robots.txt names a sitemap:\n{robots}"
        assert "user-agent:" in robots, robots
        return
    links = list(sitemap_links(root, site))
    broken = [f"{link}: {error}" for link in links if (error := problem(root, link, site))]
    outside = [str(link) for link in links if local_path(root, link.url, site) is None]
    assert not broken, "\n".join(broken)
    assert not outside, "sitemap addresses outside the site:\n" + "\n".join(outside)
    pages = {link.url for link in links if link.where == "<loc>"}
    for edition in EDITIONS:
        assert f"{site}{edition}/index.html" in pages, f"the {edition} sitemap lacks its home"


def test_every_url_in_the_stylesheets_leads_to_a_file(root: Path) -> None:
    site = site_url(root)
    links = list(stylesheet_links(root, site))
    broken = [f"{link}: {error}" for link in links if (error := problem(root, link, site))]
    assert not broken, "\n".join(broken)


def test_every_built_page_is_one_the_sources_predict(root: Path) -> None:
    """The gates enumerate pages from the sources; a page they do not know is not checked."""
    assert built_pages(root) == sorted(source_pages())


def external_links(root: Path) -> list[Link]:
    site = site_url(root)
    links = [link for page in built_pages(root) for link in page_links(root, page, site)]
    if published_address(root) is not None:
        links += sitemap_links(root, site)
    return [
        link
        for link in links
        if urlsplit(link.url).scheme in {"http", "https"}
        and local_path(root, link.url, site) is None
    ]


def test_external_links_use_https_and_name_a_host(root: Path) -> None:
    """External links are not fetched (the tests are offline), but must be well formed."""
    links = external_links(root)
    bad = [str(link) for link in links if urlsplit(link.url).scheme != "https"]
    bad += [str(link) for link in links if "." not in (urlsplit(link.url).hostname or "")]
    assert not bad, "\n".join(bad)


def main(argv: list[str]) -> int:
    root = Path(argv[0]).resolve() if argv else built_site()
    for url in sorted({link.url for link in external_links(root)}):
        pages = sorted({link.source for link in external_links(root) if link.url == url})
        print(f"{url}\n    {', '.join(pages)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
