"""An advice page shows a job seeker no Python: its examples are worked examples.

The equivalent Python stays one tap away, in a collapsed dropdown, for the
curious; anything else that looks like code to a reader who reads no Python (a
``>>>`` prompt, a Python block, a call such as ``country="ID"``, a link into the
API) is a failure on an advice page. Checked on the built HTML of both editions.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from _built_site import built_site
from browser._site import EDITIONS, ROOT
from bs4 import BeautifulSoup, Tag
from etiket_docs.page_kinds import is_advice_page

ADVICE_PAGES = sorted(
    f"{edition}/{path.relative_to(ROOT / 'docs' / edition).with_suffix('.html').as_posix()}"
    for edition in EDITIONS
    for path in (ROOT / "docs" / edition).rglob("*.md")
    if is_advice_page(path.relative_to(ROOT / "docs" / edition).as_posix())
)
# What reads as Python: a prompt, a call with keyword arguments, a dotted name of the package.
PYTHON_TEXT = re.compile(r">>>|\w+=[\"'\w]|\betiket\.\w|\w\(\)")


@pytest.fixture(scope="module")
def site() -> Path:
    return built_site()


def _collapsed(element: Tag) -> bool:
    """Whether ``element`` sits inside a closed <details>: hidden until the reader opens it."""
    return any(d.get("open") is None for d in element.find_parents("details"))


def _visible_code(page: Path) -> list[str]:
    soup = BeautifulSoup(page.read_text(encoding="utf-8"), "html.parser")
    article = soup.find("article")
    assert isinstance(article, Tag), f"{page} has no <article>"
    found = []
    for block in article.select("div[class*='highlight-']"):
        if not _collapsed(block) and re.search(r"highlight-(py|python|pycon|default)\b",
                                               " ".join(block.get("class") or [])):  # fmt: skip
            found.append(f"a Python block: {block.get_text()[:60]!r}")
    for element in article.select("pre, code"):
        if not _collapsed(element) and PYTHON_TEXT.search(element.get_text()):
            found.append(f"code that reads as Python: {element.get_text()[:60]!r}")
    for reference in article.select("a.reference code.py, code.xref.py"):
        if not _collapsed(reference):
            found.append(f"a link into the API: {reference.get_text()!r}")
    return found


def test_the_advice_pages_are_known() -> None:
    pages = set(ADVICE_PAGES)
    assert {"en/index.html", "id/index.html", "en/howto/follow-up.html"} <= pages
    assert not any("/tutorial/" in page or "/reference/" in page for page in pages)


@pytest.mark.parametrize("page", ADVICE_PAGES)
def test_an_advice_page_shows_no_python(site: Path, page: str) -> None:
    found = _visible_code(site / page)
    assert not found, f"{page} shows a job seeker Python:\n" + "\n".join(found)


@pytest.mark.parametrize("page", ADVICE_PAGES)
def test_the_python_of_each_worked_example_is_one_tap_away(site: Path, page: str) -> None:
    soup = BeautifulSoup((site / page).read_text(encoding="utf-8"), "html.parser")
    for example in soup.select("div.worked-example"):
        python = example.select_one("details.worked-example-python")
        assert python is not None, f"{page}: a worked example without its Python"
        assert python.get("open") is None, f"{page}: a worked example's Python is open"
        assert ">>> import etiket" in python.get_text()


def test_the_check_finds_python_a_reader_would_see(tmp_path: Path) -> None:
    page = tmp_path / "page.html"
    page.write_text(
        "<article><div class='highlight-pycon'><pre>&gt;&gt;&gt; import etiket</pre></div>"
        "<p>Give <code class='literal'>country=\"ID\"</code></p>"
        "<details><div class='highlight-pycon'><pre>&gt;&gt;&gt; hidden</pre></div></details>"
        "<p><code>.ics</code></p></article>",
        encoding="utf-8",
    )
    found = _visible_code(page)
    assert len(found) == 3
    assert "hidden" not in " ".join(found)
