"""A sitemap.xml for each edition, with every page's counterparts as hreflang alternates.

Written only when the site's published address is configured (ETIKET_SITE_URL).
Pages whose front matter says ``noindex: true`` (the 404 page) are left out, and so
are the pages Sphinx generates (search, index), which hold nothing to find.
"""

from __future__ import annotations

from pathlib import Path
from xml.etree import ElementTree

from sphinx.application import Sphinx

from etiket_docs import editions

SITEMAP = "http://www.sitemaps.org/schemas/sitemap/0.9"
XHTML = "http://www.w3.org/1999/xhtml"


def _write_sitemap(app: Sphinx, exception: Exception | None) -> None:
    if exception is not None or app.builder.format != "html":
        return
    target = Path(app.outdir) / "sitemap.xml"
    if editions.site_url(app.config) is None:
        # A sitemap lists absolute addresses; without a published one there is none to
        # write, and one left by an earlier build would point at the wrong place.
        target.unlink(missing_ok=True)
        return
    ElementTree.register_namespace("", SITEMAP)
    ElementTree.register_namespace("xhtml", XHTML)
    urlset = ElementTree.Element(f"{{{SITEMAP}}}urlset")
    for pagename in sorted(app.env.found_docs):
        if editions.is_noindex(app, pagename):
            continue
        pages = editions.edition_pages(app, pagename)
        entry = ElementTree.SubElement(urlset, f"{{{SITEMAP}}}url")
        loc = ElementTree.SubElement(entry, f"{{{SITEMAP}}}loc")
        loc.text = next(page.url for page in pages if page.current)
        for page in pages:
            # The site has an address, so every page has one: url is None only without.
            if page.url is not None and editions.has_page(app, page.lang, pagename):
                ElementTree.SubElement(
                    entry,
                    f"{{{XHTML}}}link",
                    {"rel": "alternate", "hreflang": page.lang, "href": page.url},
                )
    ElementTree.indent(urlset)
    tree = ElementTree.ElementTree(urlset)
    tree.write(target, encoding="utf-8", xml_declaration=True)


def setup_sitemap(app: Sphinx) -> None:
    app.connect("build-finished", _write_sitemap)
