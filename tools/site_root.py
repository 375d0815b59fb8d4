"""Write the files at the root of the built site, around the two editions.

Run after both editions are built (``make html`` does)::

    python -m tools.site_root _build/html

- ``index.html``: sends a visitor to the edition of their browser's language
  (Indonesian to ``id/``, anything else to ``en/``) and, for readers without
  JavaScript and for search engines, links both editions plainly;
- ``404.html``: what GitHub Pages serves for any missing address, at any depth.
  It is the English edition's 404 page with a ``<base>`` so that its links and
  styles resolve from anywhere; under ``/id/`` (or for an Indonesian browser)
  it moves to the Indonesian one;
- ``favicon.ico`` (browsers ask for it at the root), ``sitemap.xml`` (an index
  of the editions' sitemaps), ``robots.txt`` and ``.nojekyll``.

The editions' names, titles and descriptions and the site's address come from
conf.py, so nothing here repeats them.
"""

from __future__ import annotations

import argparse
import html
import json
import struct
import sys
from pathlib import Path
from urllib.parse import urlsplit

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


def _load_conf() -> tuple[dict[str, dict[str, str]], str]:
    sys.path.insert(0, str(ROOT))
    import conf

    site = str(conf.etiket_site_url).strip()
    return dict(conf.etiket_editions), f"{site.rstrip('/')}/"


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


def root_index(editions: dict[str, dict[str, str]], site: str) -> str:
    """The root page: a redirect to the reader's edition, and plain links to all of them."""
    langs = list(editions)
    default = editions[langs[0]]
    items = "\n".join(
        f'  <li lang="{lang}">\n'
        f'    <a href="{lang}/index.html" hreflang="{lang}">'
        f'<span class="language">{html.escape(texts["name"])}</span>'
        f"{html.escape(texts['title'])}</a>\n"
        f"    <p>{html.escape(texts['description'])}</p>\n"
        "  </li>"
        for lang, texts in editions.items()
    )
    alternates = "\n".join(
        f'<link rel="alternate" hreflang="{lang}" href="{html.escape(site)}{lang}/index.html">'
        for lang in langs
    )
    script = _edition_of_browser_script(langs) + 'location.replace(edition + "/index.html");'
    title = " · ".join(html.escape(texts["title"]) for texts in editions.values())
    return f"""<!doctype html>
<html lang="{langs[0]}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width,initial-scale=1">
<meta name="color-scheme" content="light dark">
<title>{title}</title>
<meta name="description" content="{html.escape(default["description"])}">
<link rel="canonical" href="{html.escape(site)}">
{alternates}
<link rel="alternate" hreflang="x-default" href="{html.escape(site)}">
<link rel="icon" href="{langs[0]}/_static/favicon.svg" type="image/svg+xml">
<link rel="icon" href="favicon.ico" sizes="32x32">
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
<h1>etiket</h1>
<ul>
{items}
</ul>
</main>
</body>
</html>
"""


def root_404(build: Path, editions: dict[str, dict[str, str]], site: str) -> str:
    """The default edition's 404 page, made to work at any address on the site."""
    langs = list(editions)
    page = (build / langs[0] / "404.html").read_text(encoding="utf-8")
    prefix = urlsplit(site).path
    pages = {lang: f"{site}{lang}/404.html" for lang in langs}
    script = (
        _edition_of_browser_script(langs)
        + f"var prefix = {json.dumps(prefix)}, pages = {json.dumps(pages, sort_keys=True)};\n"
        "for (var lang in pages) {\n"
        "  if (location.pathname.indexOf(prefix + lang + '/') === 0) { edition = lang; }\n"
        "}\n"
        f"if (edition !== {json.dumps(langs[0])}) location.replace(pages[edition]);\n"
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
    # The base must come before the first link; the charset stays first.
    head = (
        f'{charset}\n<base href="{html.escape(site)}{langs[0]}/">\n'
        f"<script>\n(function () {{\n{script}\n}})();\n</script>"
    )
    return page.replace(charset, head, 1)


def favicon_ico(png: bytes) -> bytes:
    """An .ico holding one PNG image, as every current browser reads it."""
    width, height = struct.unpack(">II", png[16:24])
    header = struct.pack("<HHH", 0, 1, 1)
    entry = struct.pack("<BBBBHHII", width % 256, height % 256, 0, 0, 1, 32, len(png), 22)
    return header + entry + png


def sitemap_index(editions: dict[str, dict[str, str]], site: str) -> str:
    entries = "\n".join(
        f"  <sitemap><loc>{html.escape(site)}{lang}/sitemap.xml</loc></sitemap>"
        for lang in editions
    )
    return (
        '<?xml version="1.0" encoding="UTF-8"?>\n'
        '<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n'
        f"{entries}\n</sitemapindex>\n"
    )


def write_root(build: Path) -> list[Path]:
    """Write the root files into `build`; return what was written."""
    editions, site = _load_conf()
    missing = [lang for lang in editions if not (build / lang / "index.html").is_file()]
    if missing:
        raise SystemExit(
            f"{build} lacks the edition(s) {', '.join(missing)}: build them first "
            "(make html builds every edition, then writes the root)"
        )
    files: dict[str, str | bytes] = {
        "index.html": root_index(editions, site),
        "404.html": root_404(build, editions, site),
        "sitemap.xml": sitemap_index(editions, site),
        "robots.txt": f"User-agent: *\nAllow: /\n\nSitemap: {site}sitemap.xml\n",
        # Publishing from a branch runs Jekyll, which would drop the _static folders.
        ".nojekyll": "",
        "favicon.ico": favicon_ico(FAVICON_PNG.read_bytes()),
    }
    written = []
    for name, content in files.items():
        target = build / name
        if isinstance(content, bytes):
            target.write_bytes(content)
        else:
            target.write_text(content, encoding="utf-8")
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
