"""What the templates in docs/_templates show around each page, for readers and search engines.

Every page links to itself in the other edition (the language switch), declares
the editions as hreflang alternates, and carries a description and Open Graph
tags. This module puts the values in the page's context; ``partials/etiket-head.html``
and ``sidebar/etiket-language.html`` render them.
"""

from __future__ import annotations

from typing import Any

from docutils import nodes
from sphinx.application import Sphinx

from etiket_docs import editions

# Search engines show about this many characters of a description.
DESCRIPTION_LIMIT = 160
# A first paragraph shorter than this ("For example:") says too little to describe a page.
_MIN_PARAGRAPH = 50


def _page_context(
    app: Sphinx,
    pagename: str,
    templatename: str,
    context: dict[str, Any],
    doctree: nodes.document | None,
) -> None:
    config = app.config
    pages = editions.edition_pages(app, pagename)
    current = next(page for page in pages if page.current)
    context["etiket_editions"] = pages
    context["etiket_other_editions"] = [page for page in pages if not page.current]
    # Absolute addresses (og:url, hreflang alternates) only when the site has one: None
    # leaves them out, and nothing in the build points at a host it may not be served from.
    context["etiket_page_url"] = current.url
    # The home page's default is the root page, which sends a visitor to their language.
    context["etiket_default_url"] = (
        editions.site_url(config) if pagename == config.root_doc else pages[0].url
    )
    context["etiket_description"] = _description(app, pagename, context, doctree)
    context["etiket_noindex"] = editions.is_noindex(app, pagename)


def _description(
    app: Sphinx, pagename: str, context: dict[str, Any], doctree: nodes.document | None
) -> str | None:
    """Front matter's ``description``, else the page's first paragraph, else the edition's."""
    if 'name="description"' in str(context.get("metatags") or ""):
        return None
    given = app.env.metadata.get(pagename, {}).get("description")
    if given:
        return _squeeze(str(given))
    if doctree is not None and pagename != app.config.root_doc:
        for paragraph in doctree.findall(nodes.paragraph):
            if isinstance(paragraph.parent, nodes.section):
                text = _squeeze(paragraph.astext())
                if len(text) >= _MIN_PARAGRAPH:
                    return _shorten(text)
    return editions.edition(app.config.language).description


def _squeeze(text: str) -> str:
    return " ".join(text.split())


def _shorten(text: str) -> str:
    if len(text) <= DESCRIPTION_LIMIT:
        return text
    cut = text[: DESCRIPTION_LIMIT - 1]
    return cut[: cut.rfind(" ")].rstrip(" ,;:") + "…"


def setup_head(app: Sphinx) -> None:
    app.connect("html-page-context", _page_context)
