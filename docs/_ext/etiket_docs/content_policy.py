"""Every page's Content-Security-Policy: nothing the reader types can leave the page.

The planner takes a reader's interview, company and interviewers; the promise is that none
of it is sent anywhere. The policy makes the browser hold the pages to it: their scripts may
open no connection at all, the pages load nothing from another site, and no script runs
but the site's own files and the inline scripts the build wrote, named by their hashes.

GitHub Pages lets a site set no response headers, so the policy is a ``<meta http-equiv>``.
A browser applies such a policy to what comes after it, so it goes right after the
charset, before any script, style or link. A policy in a meta tag cannot say
``frame-ancestors``, ``report-uri`` or ``sandbox`` (browsers ignore them there); nothing
here relies on them.

The hashes are of what the build actually wrote (Furo's inline theme script and colour
variables, the root pages' scripts), so the policy is written into the pages once they are
written: at the end of each edition's build here, and by tools/site_root.py into the root
pages, which add scripts of their own. Writing it again replaces the old one.
"""

from __future__ import annotations

import base64
import hashlib
import re
from html.parser import HTMLParser
from pathlib import Path

from sphinx.application import Sphinx

__all__ = ["DIRECTIVES", "policy_of", "with_policy"]

# The fixed part of the policy; the hashes of a page's inline code are added to it.
DIRECTIVES: dict[str, tuple[str, ...]] = {
    # Whatever a directive below does not name comes from the site itself, or not at all.
    "default-src": ("'self'",),
    # No fetch, XMLHttpRequest, WebSocket, EventSource or sendBeacon, not even to the site:
    # the planner computes everything in the page. (Sphinx's search would fetch each result
    # page for a summary: conf.py turns those summaries off.)
    "connect-src": ("'none'",),
    # The site's script files (searchindex.js among them, which the search page loads by a
    # script tag); inline scripts only by the hashes added below, no eval.
    "script-src": ("'self'",),
    # Inline <style> elements only by their hashes; style attributes only where a page has
    # them, by hash too (see _inline_code). Styles set by scripts through the CSSOM
    # (element.style.x = ...) are not governed by the policy and need nothing here.
    "style-src": ("'self'",),
    # Furo's stylesheet draws its icons (admonitions, external links) as data: SVG images,
    # which are part of the stylesheet and fetch nothing.
    "img-src": ("'self'", "data:"),
    "font-src": ("'self'",),
    # No plug-ins, a <base> only to the site itself (the root 404 page has one), and forms
    # (the search boxes) submit only to the site's search page.
    "object-src": ("'none'",),
    "base-uri": ("'self'",),
    "form-action": ("'self'",),
}

_CHARSET = re.compile(r"<meta charset=[^>]*>", re.IGNORECASE)
_META = re.compile(r'\s*<meta http-equiv="Content-Security-Policy"[^>]*>', re.IGNORECASE)


class _InlineCode(HTMLParser):
    """The text of a page's inline scripts and style elements, and its style attributes."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.scripts: list[str] = []
        self.styles: list[str] = []
        self.style_attributes: list[str] = []
        self._open: list[str] | None = None

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        values = dict(attrs)
        style = values.get("style")
        if style is not None:
            self.style_attributes.append(style)
        if tag == "script" and "src" not in values:
            self._open = self.scripts
            self._open.append("")
        elif tag == "style":
            self._open = self.styles
            self._open.append("")

    def handle_endtag(self, tag: str) -> None:
        if tag in {"script", "style"}:
            self._open = None

    def handle_data(self, data: str) -> None:
        # A script's or style's text is given raw (no character references are read in it),
        # possibly in several pieces.
        if self._open is not None:
            self._open[-1] += data


def _hash(text: str) -> str:
    # The browser hashes the text after it has turned every line ending into "\n".
    normalized = text.replace("\r\n", "\n").replace("\r", "\n")
    digest = hashlib.sha256(normalized.encode("utf-8")).digest()
    return f"'sha256-{base64.b64encode(digest).decode('ascii')}'"


def _hashes(texts: list[str]) -> list[str]:
    return sorted({_hash(text) for text in texts})


def policy_of(page: str) -> str:
    """The policy for the HTML ``page``: the fixed directives and the hashes of its inline code."""
    found = _InlineCode()
    found.feed(_META.sub("", page))
    found.close()
    sources = {name: list(values) for name, values in DIRECTIVES.items()}
    sources["script-src"] += _hashes(found.scripts)
    sources["style-src"] += _hashes(found.styles)
    if found.style_attributes:
        # Furo's index page (genindex.html) lays out its columns with style attributes. A
        # hash can allow an attribute only together with 'unsafe-hashes'; it allows exactly
        # the values the build wrote, on the pages that have them, and no other.
        sources["style-src"] += ["'unsafe-hashes'", *_hashes(found.style_attributes)]
    return "; ".join(" ".join([name, *values]) for name, values in sources.items())


def with_policy(page: str, where: str = "the page") -> str:
    """``page`` with its policy right after its charset, replacing any it had."""
    page = _META.sub("", page)
    charsets = _CHARSET.findall(page)
    if len(charsets) != 1:
        raise ValueError(
            f"{where} declares its charset {len(charsets)} times; the Content-Security-Policy "
            'goes right after its one <meta charset="utf-8">, at the top of its head'
        )
    meta = f'<meta http-equiv="Content-Security-Policy" content="{policy_of(page)}">'
    return _CHARSET.sub(lambda charset: f"{charset[0]}\n{meta}", page, count=1)


def write_policy(path: Path) -> None:
    """Write the policy into the page at ``path``."""
    page = path.read_text(encoding="utf-8")
    path.write_text(with_policy(page, str(path)), encoding="utf-8")


def _write_policies(app: Sphinx, exception: Exception | None) -> None:
    if exception is not None or app.builder.format != "html":
        return
    outdir = Path(app.outdir)
    for path in sorted(outdir.rglob("*.html")):
        if "_static" not in path.relative_to(outdir).parts:
            write_policy(path)


def setup_content_policy(app: Sphinx) -> None:
    app.connect("build-finished", _write_policies)
