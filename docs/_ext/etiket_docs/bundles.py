"""One stylesheet per page: the stylesheets a page loads, joined in their order into one file.

A phone on a slow line shows nothing until it has every stylesheet of the page, and Furo,
the extensions and the handbook's features bring up to nine; each costs a round trip, and a
browser opens only a few connections at a time. So each page links one file,
``_static/page-styles-<hash>.css``, where its stylesheets follow one another as the cascade
had them; pages with the same stylesheets share it. The file's first line names what it
joins, and the stylesheets themselves stay in the build, so that the bundle can be made
again from them once the build has trimmed them (etiket_docs.stylesheets).

A stylesheet that refers to other files (``@import``, a ``url()`` that is not ``data:``)
would find them from another folder in a bundle: it keeps its own ``<link>``, and so does
one for another medium or an alternate stylesheet.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Sequence
from itertools import groupby
from pathlib import Path
from typing import Any

from docutils import nodes
from sphinx.application import Sphinx
from sphinx.builders.html._assets import _CascadingStyleSheet

from etiket_docs.assets import write_static_file

BUNDLE_PREFIX = "_static/page-styles-"
# The bundle's first line: the stylesheets it joins, as the page named them.
_HEADER = "/* page-styles: {} */\n"
_HEADER_PATTERN = re.compile(r"/\* page-styles: (.*?) \*/\n")
# What a bundle cannot carry: references to other files, relative to the stylesheet's folder.
_REFERENCES = re.compile(r"@import|url\(\s*(?![\"']?data:)", re.IGNORECASE)
# A source map's address is relative to its stylesheet's folder too; a bundle has none.
_SOURCE_MAP = re.compile(r"/\*[#@] sourceMappingURL=[^*]*\*/")
_LINKED = re.compile(r"page-styles-[0-9a-f]+\.css")
_CHARSET = re.compile(r'@charset\s+"[^"]*";\s*', re.IGNORECASE)
# After the handlers that choose a page's stylesheets (etiket_docs.assets, at 600).
_AFTER_ASSETS = 650
# After the build trims the stylesheets (etiket_docs.stylesheets, at 900).
_AFTER_TRIMMING = 920


def _bundle_page_stylesheets(
    app: Sphinx,
    pagename: str,
    templatename: str,
    context: dict[str, Any],
    doctree: nodes.document | None,
) -> None:
    sheets = context.get("css_files")
    if not sheets or app.builder.format != "html":
        return
    outdir = Path(app.outdir)
    linked: list[Any] = []
    # In the order Sphinx links them (it sorts them so after this handler; the bundle takes
    # its first stylesheet's priority, so that the order stays).
    ordered = sorted(sheets, key=lambda sheet: getattr(sheet, "priority", 500))
    for joinable, group in groupby(ordered, key=lambda sheet: _joinable(sheet, outdir)):
        run = list(group)
        if joinable and len(run) > 1:
            members = [str(sheet.filename) for sheet in run]
            bundle = _write_bundle(app, members)
            linked.append(_CascadingStyleSheet(bundle, priority=run[0].priority))
        else:
            linked += run
    context["css_files"] = linked


def _joinable(sheet: Any, outdir: Path) -> bool:
    if not isinstance(sheet, _CascadingStyleSheet):
        return False
    attributes = sheet.attributes
    if attributes.get("rel") != "stylesheet" or attributes.get("title"):
        return False
    if attributes.get("media", "all") != "all":
        return False
    name = str(sheet.filename)
    if "://" in name or name.startswith("/"):
        return False
    path = outdir / name
    return path.is_file() and not _REFERENCES.search(path.read_text(encoding="utf-8"))


def _write_bundle(app: Sphinx, members: Sequence[str]) -> str:
    """Write the bundle of ``members`` (paths under the output folder); return its path."""
    outdir = Path(app.outdir)
    digest = hashlib.sha256("\n".join(members).encode("utf-8")).hexdigest()[:12]
    name = f"{BUNDLE_PREFIX}{digest}.css"
    content = _HEADER.format(" ".join(members)) + "\n".join(
        _CHARSET.sub("", _SOURCE_MAP.sub("", (outdir / member).read_text(encoding="utf-8")))
        for member in members
    )
    write_static_file(app, name.removeprefix("_static/"), content)
    return name


def bundled_stylesheets(bundle: Path) -> list[str]:
    """The stylesheets (paths under the output folder) that the bundle file joins."""
    found = _HEADER_PATTERN.match(bundle.read_text(encoding="utf-8"))
    if found is None:
        raise ValueError(f"{bundle} is not a page-styles bundle: its first line names no files")
    return found.group(1).split(" ")


def _rebundle(app: Sphinx, exception: Exception | None) -> None:
    """Make every bundle again from its stylesheets as the build left them, trimmed."""
    if exception is not None or app.builder.format != "html":
        return
    outdir = Path(app.outdir)
    linked = set()
    for page in outdir.rglob("*.html"):
        linked.update(_LINKED.findall(page.read_text(encoding="utf-8", errors="replace")))
    for bundle in sorted((outdir / "_static").glob("page-styles-*.css")):
        members = bundled_stylesheets(bundle)
        if bundle.name in linked and all((outdir / member).is_file() for member in members):
            _write_bundle(app, members)
        else:
            # Left by an earlier build: no page links it any more.
            bundle.unlink()


def setup_bundles(app: Sphinx) -> None:
    app.connect("html-page-context", _bundle_page_stylesheets, priority=_AFTER_ASSETS)
    app.connect("build-finished", _rebundle, priority=_AFTER_TRIMMING)
