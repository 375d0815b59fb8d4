"""The site around the pages: both editions' interface, the switch between them, the root.

Both editions are built once into a temporary folder (the build is offline and takes a few
seconds); the tests read the HTML, no browser needed.
"""

from __future__ import annotations

import json
import os
import re
import struct
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from urllib.parse import urlsplit
from xml.etree import ElementTree

import pytest
import sphinx
from babel.messages.pofile import read_po
from bs4 import BeautifulSoup, Tag
from jinja2.ext import babel_extract

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "docs" / "_ext"))
sys.path.insert(0, str(ROOT))

from etiket_docs import editions  # noqa: E402
from etiket_docs.script_strings import script_messages  # noqa: E402
from etiket_docs.stylesheets import trim_css  # noqa: E402

from tools import site_root  # noqa: E402

EDITIONS = editions.EDITIONS
CATALOGUE = ROOT / "locale" / "id" / "LC_MESSAGES" / "sphinx.po"
SITE_PACKAGES = Path(sphinx.package_dir).parent
TEMPLATE_FOLDERS = [
    SITE_PACKAGES / "furo" / "theme",
    SITE_PACKAGES / "sphinx_basic_ng" / "theme",
    ROOT / "docs" / "_templates",
]
# The handbook's extensions translate these in Python.
PYTHON_STRING = re.compile(r'\b_\(\s*"((?:[^"\\]|\\.)*)"\s*\)')


def _first(text: str | tuple[str | None, ...] | list[str] | None) -> str:
    """A plural entry's first form, or the text itself."""
    if text is None or isinstance(text, str):
        return text or ""
    return text[0] or ""


def _catalogue() -> dict[str, str]:
    with CATALOGUE.open("rb") as handle:
        catalogue = read_po(handle)
    return {_first(message.id): _first(message.string) for message in catalogue if message.id}


def _template_strings() -> set[str]:
    found: set[str] = set()
    for folder in TEMPLATE_FOLDERS:
        for template in folder.rglob("*.html"):
            with template.open("rb") as handle:
                for _line, _function, message, _comments in babel_extract(
                    handle, ["_", "gettext", "ngettext"], [], {}
                ):
                    found.add(_first(message))
    return found


def _python_strings() -> set[str]:
    return {
        text
        for module in (ROOT / "docs" / "_ext" / "etiket_docs").glob("*.py")
        for text in PYTHON_STRING.findall(module.read_text(encoding="utf-8"))
    }


def test_every_interface_string_has_an_indonesian_translation() -> None:
    singular, plurals = script_messages()
    wanted = _template_strings() | _python_strings() | singular | {one for one, _many in plurals}
    translations = _catalogue()
    missing = sorted(text for text in wanted if not translations.get(text))
    assert not missing, f"add these to {CATALOGUE.relative_to(ROOT)}: {missing}"


def test_the_trimmed_stylesheet_keeps_only_rules_for_classes_the_site_names() -> None:
    css = (
        ".sd-card,.sd-tab{color:red}.sd-badge{margin:0}.plain{x:1}"
        "@media (min-width:40em){.sd-badge{y:2}.sd-card{y:3}}"
        "@media print{.sd-badge{z:0}}@keyframes spin{from{a:0}to{a:1}}"
        ".sd-card:not(.sd-badge){b:1}"
    )
    trimmed = trim_css(css, {"sd-card"}, "sd-")
    assert trimmed == (
        ".sd-card{color:red}.plain{x:1}@media (min-width:40em){.sd-card{y:3}}"
        "@keyframes spin{from{a:0}to{a:1}}.sd-card:not(.sd-badge){b:1}"
    )
    # Without a prefix every class is weighed; braces that do not balance leave the file be.
    assert trim_css(".a{x:1}.b{x:2}", {"b"}) == ".b{x:2}"
    assert trim_css(".a{x:1", {"a"}) is None


# The address this module's build is published at: a GitHub project page, under a path.
# (`make html` without ETIKET_SITE_URL, which the other site tests check, has none.)
PUBLISHED = "https://example.github.io/etiket/"


@pytest.fixture(scope="module")
def site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("site")
    doctrees = tmp_path_factory.mktemp("doctrees")
    environment = {**os.environ, "ETIKET_SITE_URL": PUBLISHED}
    for edition in EDITIONS:
        command = [sys.executable, "-m", "sphinx", "-b", "html", "-c", str(ROOT), "-q"]
        command += ["-d", str(doctrees / edition)]
        command += [str(ROOT / "docs" / edition), str(root / edition)]
        done = subprocess.run(
            command, cwd=ROOT, capture_output=True, text=True, check=False, env=environment
        )
        assert done.returncode == 0, f"building {edition} failed:\n{done.stdout}{done.stderr}"
    site_root.write_root(root, site_url=PUBLISHED)
    return root


def _pages(site: Path, edition: str) -> list[Path]:
    return sorted((site / edition).rglob("*.html"))


def _soup(path: Path) -> BeautifulSoup:
    return BeautifulSoup(path.read_text(encoding="utf-8"), "html.parser")


def _interface_texts(soup: BeautifulSoup) -> Iterator[str]:
    """What a reader sees or hears that the templates, Sphinx or Furo wrote, not the author."""
    for tag in soup.find_all(True):
        for attribute in ("aria-label", "title", "placeholder", "alt"):
            if tag.name != "link" and tag.has_attr(attribute):
                yield str(tag[attribute])
    article = soup.find("article")
    if isinstance(article, Tag):
        for selector in (".admonition-title", "dl.field-list > dt", "p.caption"):
            for node in article.select(selector):
                yield node.get_text(" ", strip=True).rstrip(" :")
        article.decompose()
    # Code is the package's names ("Warning" is a class), not interface text.
    for node in soup.find_all(["script", "style", "code", "pre"]):
        node.decompose()
    for text in soup.find_all(string=True):
        if text.strip():
            yield " ".join(text.split())


def test_the_indonesian_interface_has_no_english_left(site: Path) -> None:
    # Strings whose translation differs from the English, so that finding one means it was
    # not translated; language names and the switch's label are meant to stay as they are.
    english = {text for text, translation in _catalogue().items() if translation != text}
    allowed = {editions.edition(lang).read_in for lang in EDITIONS if lang != "id"}
    leftovers = {
        (path.relative_to(site).as_posix(), text)
        for path in _pages(site, "id")
        for text in _interface_texts(_soup(path))
        if text in english and text not in allowed
    }
    assert not leftovers, sorted(leftovers)[:20]


@pytest.mark.parametrize("edition", EDITIONS)
def test_every_page_declares_its_language_and_links_its_counterparts(
    site: Path, edition: str
) -> None:
    base = PUBLISHED
    for path in _pages(site, edition):
        soup = _soup(path)
        html = soup.find("html")
        assert isinstance(html, Tag)
        assert html["lang"] == edition, path
        alternates = {
            str(link["hreflang"]): str(link["href"])
            for link in soup.find_all("link", rel="alternate")
        }
        assert set(alternates) == {*EDITIONS, "x-default"}, path
        assert all(urlsplit(href).scheme in {"http", "https"} for href in alternates.values())
        switches = soup.select(".etiket-lang-link, .etiket-lang-short")
        assert switches, f"{path} has no language switch"
        for switch in switches:
            other = str(switch["hreflang"])
            assert other != edition
            assert switch["lang"] == other
            target = (path.parent / str(switch["href"])).resolve()
            assert target.is_file(), f"{path}: {switch['href']} does not exist"
            assert target.is_relative_to((site / other).resolve())
            # The same page: both editions have the same pages under the same names.
            same = path.resolve().relative_to((site / edition).resolve())
            assert target.relative_to((site / other).resolve()) == same, path
            assert alternates[other] == base + target.relative_to(site).as_posix()
        description = soup.find("meta", attrs={"name": "description"})
        assert isinstance(description, Tag), path
        assert str(description["content"]).strip(), path


@pytest.mark.parametrize("edition", EDITIONS)
def test_the_sitemap_lists_every_indexable_page(site: Path, edition: str) -> None:
    namespace = {"s": "http://www.sitemaps.org/schemas/sitemap/0.9"}
    tree = ElementTree.parse(site / edition / "sitemap.xml")
    listed = {loc.text for loc in tree.getroot().findall("s:url/s:loc", namespace)}
    base = PUBLISHED
    sources = {
        path.relative_to(ROOT / "docs" / edition).with_suffix(".html").as_posix()
        for path in (ROOT / "docs" / edition).rglob("*.md")
    }
    expected = {f"{base}{edition}/{page}" for page in sources if page != "404.html"}
    assert listed == expected


def test_the_root_page_sends_readers_to_their_edition_and_links_both(site: Path) -> None:
    soup = _soup(site / "index.html")
    links = {str(link["hreflang"]): str(link["href"]) for link in soup.select("main a")}
    assert links == {lang: f"{lang}/index.html" for lang in EDITIONS}
    assert all((site / href).is_file() for href in links.values())
    script = soup.find("script")
    assert isinstance(script, Tag)
    assert "navigator.languages" in script.text
    assert '"in": "id"' in script.text
    assert soup.find("meta", attrs={"name": "description"})


def test_the_root_404_works_at_any_depth(site: Path) -> None:
    """A <base> on the published root's path, before the first link; no host in it."""
    page = (site / "404.html").read_text(encoding="utf-8")
    root_path = urlsplit(PUBLISHED).path
    assert f'<base href="{root_path}{EDITIONS[0]}/">' in page
    assert f"root = {json.dumps(root_path)}" in page
    assert page.index("<base") < page.index("<link")
    assert "noindex" in page


def test_a_published_build_has_absolute_addresses_only_on_its_own_address(site: Path) -> None:
    soup = _soup(site / "index.html")
    canonical = soup.find("link", rel="canonical")
    assert isinstance(canonical, Tag)
    assert canonical["href"] == PUBLISHED
    robots = (site / "robots.txt").read_text(encoding="utf-8")
    assert f"Sitemap: {PUBLISHED}sitemap.xml" in robots
    for edition in EDITIONS:
        page = _soup(site / edition / "index.html")
        og_url = page.find("meta", property="og:url")
        assert isinstance(og_url, Tag)
        assert og_url["content"] == f"{PUBLISHED}{edition}/index.html"


def test_the_root_favicon_is_an_icon_holding_the_png(site: Path) -> None:
    icon = (site / "favicon.ico").read_bytes()
    reserved, kind, count = struct.unpack("<HHH", icon[:6])
    assert (reserved, kind, count) == (0, 1, 1)
    size, offset = struct.unpack("<II", icon[14:22])
    assert icon[offset : offset + size] == site_root.FAVICON_PNG.read_bytes()
