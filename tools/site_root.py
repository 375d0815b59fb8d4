"""Write the files at the root of the built site, around the two editions.

Run after both editions are built (``make html`` does)::

    python -m tools.site_root _build/html

- ``index.html``: sends a visitor to the edition of their browser's language
  (Indonesian to ``id/``, anything else to ``en/``) and, for readers without
  JavaScript and for search engines, links both editions plainly;
- ``404.html``: what GitHub Pages serves for any missing address, at any depth.
  With a published address it is the English edition's 404 page with a
  root-relative ``<base>`` (the address's path), so that its links and styles
  resolve from anywhere; under ``/id/`` (or for an Indonesian browser) it moves
  to the Indonesian one. Without one, a script finds the site's root in the
  missing address itself (see ``_SITE_ROOT_SCRIPT``) and moves to the edition's
  own 404 page, so the same build works on any host and under any path, as a
  GitHub project page (``/<repo>/``) is;
- ``favicon.ico`` (browsers ask for it at the root), ``robots.txt``,
  ``.nojekyll``, and, when the site has a published address, ``sitemap.xml``
  (an index of the editions' sitemaps).

Both root pages carry the editions' Content-Security-Policy, with the hashes of
their own inline script and style (``etiket_docs.content_policy``).

It also removes what Sphinx leaves in the output that no reader needs
(``.buildinfo``, a ``.doctrees`` cache): ``_build/html`` is what gets published.

The editions' names, titles and descriptions come from ``etiket_docs.editions``
and the site's address from conf.py, so nothing here repeats them. Without a published address
(ETIKET_SITE_URL unset) nothing written here holds an absolute address.
"""

from __future__ import annotations

import argparse
import html
import json
import os
import shutil
import struct
import sys
from pathlib import Path
from typing import TYPE_CHECKING
from urllib.parse import urlsplit

if TYPE_CHECKING:
    from etiket_docs.editions import Edition

ROOT = Path(__file__).resolve().parent.parent
FAVICON_PNG = ROOT / "docs" / "_static" / "favicon-32.png"
# Language tags a browser may report for Indonesian: "in" is the code older systems used.
INDONESIAN_TAGS = ("id", "in")

_STYLE = """
:root { --fg: #1b1b1f; --bg: #ffffff; --muted: #4a4a55;
  --link: #0b50d0; --line: #d8d8de; }
@media (prefers-color-scheme: dark) {
  :root { --fg: #e8e8ec; --bg: #131416; --muted: #b4b4bf; --link: #8cb4ff; --line: #3a3a42; }
}
* { box-sizing: border-box; }
body { margin: 0; background: var(--bg); color: var(--fg);
  font: 1.0625rem/1.55 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; }
main { max-width: 40rem; margin: 0 auto; padding: 3rem 1.25rem; }
h1 { margin: 0 0 1.5rem; font-size: 2rem; }
ul { list-style: none; margin: 0; padding: 0; }
li { border-top: 1px solid var(--line); padding: 1.25rem 0; }
li:last-child { border-bottom: 1px solid var(--line); }
a { color: var(--link); font-size: 1.25rem; font-weight: 600; }
.language { display: block; color: var(--muted); font-size: 0.875rem; font-weight: 400;
  letter-spacing: 0.04em; text-transform: uppercase; }
p { margin: 0.5rem 0 0; color: var(--muted); }
""".strip()


# What Sphinx writes into an edition's output for its own next run, not for readers. The
# Makefile keeps the doctree cache in _build/doctrees; an older build may have left one here.
# _sources stays empty (conf.py turns html_copy_source off) but Sphinx makes it all the same.
LEFTOVERS = (".buildinfo", ".buildinfo.bak", ".doctrees", "_sources")

# Finds the site's root from the address the 404 page is shown at, when the build does not
# know where it is published: the part before the first edition folder ("/etiket/" in
# "/etiket/id/no/such/page.html"), else the folder of the missing address ("/etiket/" in
# "/etiket/no-such-page.html"). Only a missing address deeper outside any edition
# ("/etiket/a/b/c.html") makes that a wrong guess: the page then stays, and says it is not
# found without links (a published build knows its root and has no such case).
_SITE_ROOT_SCRIPT = """var path = location.pathname, at = -1;
for (var i = 0; i < editions.length; i++) {
  var found = path.indexOf("/" + editions[i] + "/");
  if (found >= 0 && (at < 0 || found < at)) at = found;
}
root = at >= 0 ? path.slice(0, at + 1) : path.slice(0, path.lastIndexOf("/") + 1);
"""


def _load_conf() -> tuple[dict[str, Edition], str | None]:
    """The editions and the published address (None without one), from conf.py."""
    for folder in (ROOT, ROOT / "docs" / "_ext"):
        if str(folder) not in sys.path:
            sys.path.insert(0, str(folder))
    from etiket_docs.editions import EDITIONS, edition

    import conf

    return {lang: edition(lang) for lang in EDITIONS}, checked_address(str(conf.etiket_site_url))


def _load_extensions() -> None:
    """Make the handbook's extensions (etiket_docs) importable, as conf.py does."""
    if str(ROOT / "docs" / "_ext") not in sys.path:
        sys.path.insert(0, str(ROOT / "docs" / "_ext"))


def checked_address(url: str) -> str | None:
    """The published address as the Sphinx build reads it: checked, ending in a slash."""
    _load_extensions()
    from etiket_docs.editions import published_address
    from sphinx.errors import ConfigError

    try:
        return published_address(url)
    except ConfigError as error:  # its message says what the address must look like
        raise SystemExit(str(error)) from error


def _edition_of_browser_script(editions: list[str]) -> str:
    """JavaScript that sets `edition` from navigator.languages: the first known language wins."""
    default = editions[0]
    tags = {lang: lang for lang in editions}
    if "id" in editions:
        tags.update(dict.fromkeys(INDONESIAN_TAGS, "id"))
    return (
        f"var tags = {json.dumps(tags, sort_keys=True)}, edition = {json.dumps(default)};\n"
        "var wanted = navigator.languages && navigator.languages.length\n"
        '  ? navigator.languages : [navigator.language || ""];\n'
        "for (var i = 0; i < wanted.length; i++) {\n"
        '  var primary = String(wanted[i]).toLowerCase().split("-")[0];\n'
        "  if (tags.hasOwnProperty(primary)) { edition = tags[primary]; break; }\n"
        "}\n"
    )


def root_index(editions: dict[str, Edition], site: str | None) -> str:
    """The root page: a redirect to the reader's edition, and plain links to all of them."""
    langs = list(editions)
    default = editions[langs[0]]
    items = "\n".join(
        f'  <li lang="{lang}">\n'
        f'    <a href="{lang}/index.html" hreflang="{lang}">'
        f'<span class="language">{html.escape(texts.name)}</span>'
        f"{html.escape(texts.title)}</a>\n"
        f"    <p>{html.escape(texts.description)}</p>\n"
        "  </li>"
        for lang, texts in editions.items()
    )
    # Canonical and alternate addresses must be absolute: only for a published build.
    addresses = ""
    if site is not None:
        addresses = "\n".join(
            [
                f'<link rel="canonical" href="{html.escape(site)}">',
                *(
                    f'<link rel="alternate" hreflang="{lang}" '
                    f'href="{html.escape(site)}{lang}/index.html">'
                    for lang in langs
                ),
                f'<link rel="alternate" hreflang="x-default" href="{html.escape(site)}">',
            ]
        )
    script = _edition_of_browser_script(langs) + 'location.replace(edition + "/index.html");'
    title = " · ".join(html.escape(texts.title) for texts in editions.values())
    head = "\n".join(
        line
        for line in (
            f'<meta name="description" content="{html.escape(default.description)}">',
            addresses,
            f'<link rel="icon" href="{langs[0]}/_static/favicon.svg" type="image/svg+xml">',
            '<link rel="icon" href="favicon.ico" sizes="32x32">',
        )
        if line
    )
    return _plain_page(langs[0], title, head, script, f"<h1>etiket</h1>\n<ul>\n{items}\n</ul>")


def _plain_page(lang: str, title: str, head: str, script: str, main: str) -> str:
    """A page of the site's root, styled inline: it works at any address, even from file://.

    ``title``, ``head`` (more tags for the head) and ``main`` are HTML already escaped.
    """
    return f"""<!doctype html>
<html lang="{lang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width,initial-scale=1">
<meta name="color-scheme" content="light dark">
<title>{title}</title>
{head}
<style>
{_STYLE}
</style>
<script>
(function () {{
{script}
}})();
</script>
</head>
<body>
<main>
{main}
</main>
</body>
</html>
"""


def _root_script(langs: list[str], known_root: str | None) -> str:
    """JavaScript that sets `root` (the site's root path) and `edition` (the reader's)."""
    return (
        _edition_of_browser_script(langs)
        + f"var editions = {json.dumps(langs)}, root = {json.dumps(known_root)};\n"
        + f"if (root === null) {{\n{_SITE_ROOT_SCRIPT}}}\n"
        + "for (var lang = 0; lang < editions.length; lang++) {\n"
        "  if (location.pathname.indexOf(root + editions[lang] + '/') === 0) {\n"
        "    edition = editions[lang];\n"
        "  }\n"
        "}\n"
    )


def root_404(build: Path, editions: dict[str, Edition], site: str | None) -> str:
    """The page shown for any missing address of the site, at any depth."""
    if site is None:
        return _unpublished_404(build, editions)
    langs = list(editions)
    page = (build / langs[0] / "404.html").read_text(encoding="utf-8")
    root = urlsplit(site).path
    script = (
        _root_script(langs, root)
        + "var target = root + edition + '/404.html';\n"
        + f"if (edition !== {json.dumps(langs[0])} && location.pathname !== target) {{\n"
        + "  location.replace(target);\n}\n"
        # The base would send in-page links ("#top", the skip link) to the edition's root.
        'document.addEventListener("DOMContentLoaded", function () {\n'
        '  var here = location.href.split("#")[0];\n'
        "  document.querySelectorAll('a[href^=\"#\"]').forEach(function (link) {\n"
        '    link.setAttribute("href", here + link.getAttribute("href"));\n'
        "  });\n"
        "});"
    )
    charset = '<meta charset="utf-8">'
    if page.count(charset) != 1:
        raise ValueError(f"{build / langs[0] / '404.html'} should declare its charset once")
    # The default edition's 404 page with a root-relative <base>, right at any depth and on
    # any host; it comes before the first link, the charset stays first.
    base = html.escape(f"{root}{langs[0]}/")
    head = (
        f'{charset}\n<base href="{base}">\n<script>\n(function () {{\n{script}\n}})();\n</script>'
    )
    return page.replace(charset, head, 1)


def _unpublished_404(build: Path, editions: dict[str, Edition]) -> str:
    """The root 404 page of a build that does not know its address: it moves on at once.

    Only a script can find the site's root (from the missing address), too late for a
    browser that has started fetching the page's styles from the wrong folder. So the page
    holds no link to get wrong: it sends the reader to their edition's 404 page, whose
    relative links work, and says what happened to a reader without JavaScript.
    """
    from bs4 import BeautifulSoup

    langs = list(editions)
    edition_page = BeautifulSoup(
        (build / langs[0] / "404.html").read_text(encoding="utf-8"), "html.parser"
    )
    article = edition_page.find("article") or edition_page
    heading = article.find("h1")
    paragraph = article.find("p")
    title = edition_page.find("title")
    for link in heading.select(".headerlink") if heading else []:
        link.decompose()
    texts = [
        " ".join(node.get_text(" ").split()) if node else "" for node in (title, heading, paragraph)
    ]
    if not all(texts):
        raise ValueError(f"{build / langs[0] / '404.html'} lacks a title, heading or paragraph")
    page_title, heading_text, paragraph_text = (html.escape(text) for text in texts)
    # If the guessed root is wrong, the edition's 404 page is missing too and this page
    # comes back at that address: it then stays, rather than move on forever.
    script = _root_script(langs, None) + (
        "var target = root + edition + '/404.html';\n"
        "if (location.pathname !== target) location.replace(target);"
    )
    head = '<meta name="robots" content="noindex">'
    main = f"<h1>{heading_text}</h1>\n<p>{paragraph_text}</p>"
    return _plain_page(langs[0], page_title, head, script, main)


def favicon_ico(png: bytes) -> bytes:
    """An .ico holding one PNG image, as every current browser reads it."""
    width, height = struct.unpack(">II", png[16:24])
    header = struct.pack("<HHH", 0, 1, 1)
    entry = struct.pack("<BBBBHHII", width % 256, height % 256, 0, 0, 1, 32, len(png), 22)
    return header + entry + png


def sitemap_index(editions: dict[str, Edition], site: str) -> str:
    """The index of the editions' sitemaps (written only for a published build)."""
    entries = "\n".join(
        f"  <sitemap><loc>{html.escape(site)}{lang}/sitemap.xml</loc></sitemap>"
        for lang in editions
    )
    return (
        '<?xml version="1.0" encoding="UTF-8"?>\n'
        '<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n'
        f"{entries}\n</sitemapindex>\n"
    )


def remove_leftovers(build: Path, editions: list[str]) -> list[Path]:
    """Delete Sphinx's caches from the editions' output folders; return what was deleted."""
    removed = []
    for lang in editions:
        for name in LEFTOVERS:
            target = build / lang / name
            # Another test process (pytest -n) may be deleting the same leftover.
            try:
                if target.is_dir():
                    shutil.rmtree(target)
                elif target.exists():
                    target.unlink()
                else:
                    continue
            except FileNotFoundError:
                continue
            removed.append(target)
    return removed


def write_root(build: Path, site_url: str | None = None) -> list[Path]:
    """Write the root files into `build` and remove build leftovers; return the root files.

    ``site_url`` is the published address; None takes conf.py's (ETIKET_SITE_URL), which
    may be none.
    """
    editions, configured = _load_conf()
    site = checked_address(site_url) if site_url is not None else configured
    missing = [lang for lang in editions if not (build / lang / "index.html").is_file()]
    if missing:
        raise SystemExit(
            f"{build} lacks the edition(s) {', '.join(missing)}: build them first "
            "(make html builds every edition, then writes the root)"
        )
    robots = "User-agent: *\nAllow: /\n"
    _load_extensions()
    from etiket_docs.content_policy import with_policy

    # The root pages carry the editions' Content-Security-Policy, with their own scripts'
    # and styles' hashes (the 404 page adds a script to the edition's page it copies).
    files: dict[str, str | bytes] = {
        "index.html": with_policy(root_index(editions, site), "the root page"),
        "404.html": with_policy(root_404(build, editions, site), "the root 404 page"),
        # Publishing from a branch runs Jekyll, which would drop the _static folders.
        ".nojekyll": "",
        "favicon.ico": favicon_ico(FAVICON_PNG.read_bytes()),
    }
    if site is not None:
        files["sitemap.xml"] = sitemap_index(editions, site)
        # robots.txt's Sitemap line must be an absolute address.
        robots += f"\nSitemap: {site}sitemap.xml\n"
    else:
        (build / "sitemap.xml").unlink(missing_ok=True)
    files["robots.txt"] = robots
    remove_leftovers(build, list(editions))
    written = []
    for name, content in files.items():
        target = build / name
        data = content if isinstance(content, bytes) else content.encode("utf-8")
        # Test processes running side by side (pytest -n) each write the root while the
        # others' servers read it: a file is replaced whole, never seen half written.
        if not target.is_file() or target.read_bytes() != data:
            partial = target.with_name(f".{name}.{os.getpid()}.tmp")
            partial.write_bytes(data)
            partial.replace(target)
        written.append(target)
    return written


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("build", nargs="?", default="_build/html", type=Path)
    args = parser.parse_args(argv)
    for path in write_root(args.build):
        print(path)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
