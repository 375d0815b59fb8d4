"""Every built page carries a Content-Security-Policy that lets nothing leave it.

The browser tests watch the policy at work (tests/browser/test_nothing_leaves.py) and every
page keep to it (tests/browser/test_pages.py). These read it in the built pages: that it
comes first in the head, allows no connection and nothing from another origin, and lists
the hash of each inline script and style the page has, and of nothing else. The hashes are
computed here on their own, from the pages' text, not with the extension's code.
"""

from __future__ import annotations

import base64
import hashlib
import re
from functools import cache
from pathlib import Path

import pytest
from _built_site import built_site, source_pages
from bs4 import BeautifulSoup, Tag
from etiket_docs.content_policy import with_policy

pytestmark = pytest.mark.site

PAGES = source_pages()
NAME = "Content-Security-Policy"
_INLINE_SCRIPT = re.compile(r"<script\b(?![^>]*\ssrc=)[^>]*>(.*?)</script>", re.DOTALL)
_STYLE_ELEMENT = re.compile(r"<style\b[^>]*>(.*?)</style>", re.DOTALL)
_HASH = re.compile(r"'sha256-[A-Za-z0-9+/]{43}='")
# What a policy may allow a page to load: the site itself, or code by its hash.
_OWN_CODE = {"'self'"}
# A meta policy cannot carry these; a browser ignores them there, so none may be relied on.
_IGNORED_IN_META = {"frame-ancestors", "report-uri", "report-to", "sandbox"}


@pytest.fixture(scope="module")
def root() -> Path:
    return built_site()


def sha256(text: str) -> str:
    digest = hashlib.sha256(text.encode("utf-8")).digest()
    return f"'sha256-{base64.b64encode(digest).decode('ascii')}'"


def directives(policy: str) -> dict[str, list[str]]:
    parsed: dict[str, list[str]] = {}
    for directive in filter(None, (part.strip() for part in policy.split(";"))):
        name, *sources = directive.split()
        assert name not in parsed, f"{name} is given twice: browsers use the first"
        parsed[name] = sources
    return parsed


@cache
def read(root: Path, page: str) -> tuple[str, BeautifulSoup]:
    """The page's text, and the page parsed (once: the two tests read the same pages)."""
    html = (root / page).read_text(encoding="utf-8")
    return html, BeautifulSoup(html, "html.parser")


def policy_of(soup: BeautifulSoup, page: str) -> dict[str, list[str]]:
    """The page's policy, checked to be the one meta tag right after the charset."""
    metas = soup.find_all("meta", attrs={"http-equiv": NAME})
    assert len(metas) == 1, f"{page} has {len(metas)} {NAME} meta tags"
    assert isinstance(soup.head, Tag), f"{page} has no head"
    head = soup.head.find_all(True, recursive=False)
    # Before it, only the charset: what comes earlier, the policy does not govern.
    assert head[0].has_attr("charset"), f"{page}: its head starts with {head[0]!s:.80}"
    assert head[1] is metas[0], f"{page}: the policy follows {head[1]!s:.80}"
    return directives(str(metas[0]["content"]))


@pytest.mark.parametrize("page", PAGES)
def test_the_page_lets_nothing_leave(root: Path, page: str) -> None:
    policy = policy_of(read(root, page)[1], page)
    assert policy["connect-src"] == ["'none'"], page
    assert policy["default-src"] == ["'self'"], page
    assert policy["object-src"] == ["'none'"], page
    assert policy["base-uri"] == ["'self'"], page
    assert policy["form-action"] in (["'self'"], ["'none'"]), page
    assert not _IGNORED_IN_META & set(policy), page
    allowed = {
        "script-src": _OWN_CODE,
        "style-src": _OWN_CODE | {"'unsafe-hashes'"},
        # Images written into stylesheets and pages (Furo's icons) fetch nothing.
        "img-src": _OWN_CODE | {"data:"},
        "font-src": _OWN_CODE,
    }
    for name, sources in allowed.items():
        given = policy.get(name, policy["default-src"])
        others = [source for source in given if source not in sources and not _HASH.match(source)]
        assert others == [], f"{page}: {name} also allows {others}"


@pytest.mark.parametrize("page", PAGES)
def test_the_policy_names_exactly_the_inline_code_of_the_page(root: Path, page: str) -> None:
    html, soup = read(root, page)
    policy = policy_of(soup, page)
    scripts = {sha256(text) for text in _INLINE_SCRIPT.findall(html)}
    assert set(_HASH.findall(" ".join(policy["script-src"]))) == scripts, page
    attributes = [str(tag["style"]) for tag in soup.find_all(style=True)]
    styles = {sha256(text) for text in [*_STYLE_ELEMENT.findall(html), *attributes]}
    assert set(_HASH.findall(" ".join(policy["style-src"]))) == styles, page
    # A hash allows a style attribute only with 'unsafe-hashes': given only where needed.
    assert ("'unsafe-hashes'" in policy["style-src"]) == bool(attributes), page
    # Event-handler attributes and javascript: links would be refused: the pages have none.
    for tag in soup.find_all(True):
        handlers = [name for name in tag.attrs if name.lower().startswith("on")]
        assert handlers == [], f"{page}: <{tag.name}> has {handlers}"
        assert not str(tag.get("href", "")).lower().startswith("javascript:"), page


def test_writing_the_policy_again_replaces_it() -> None:
    page = '<html><head><meta charset="utf-8"><script>go()</script></head></html>'
    once = with_policy(page)
    twice = with_policy(once.replace("go()", "stay()"))
    assert twice.count(NAME) == 1
    assert sha256("stay()") in twice
    assert sha256("go()") not in twice


def test_a_page_without_one_charset_is_refused_with_the_reason() -> None:
    with pytest.raises(ValueError, match=r"404\.html declares its charset 0 times"):
        with_policy("<html><head><title>Lost</title></head></html>", "404.html")
