"""No advice page ends with code: a job seeker's page closes on advice, not on a code block.

Pages for Python users live under ``tutorial/`` and ``reference/``; every other page is an
advice page for job seekers, read in the built HTML of both editions. What a page ends with
is the last block of its article, looking inside its sections and containers, past the
tables of contents (the navigation the sidebar shows too), and not inside a closed dropdown,
which shows only its title.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from _built_site import GENERATED, built_site, source_pages
from browser._site import EDITIONS
from bs4 import BeautifulSoup, Tag
from etiket_docs.page_kinds import is_advice_page as advice_page


def is_advice_page(path: str) -> bool:
    """Whether an edition's page ("en/howto/follow-up.html") is written for job seekers."""
    edition, _, page = path.partition("/")
    return edition in EDITIONS and page not in GENERATED and advice_page(page)


def _classes(element: Tag) -> list[str]:
    value = element.get("class")
    return [str(name) for name in value] if isinstance(value, list) else str(value or "").split()


def _is_code(element: Tag) -> bool:
    return element.name == "pre" or any(
        name == "highlight" or name.startswith("highlight-") for name in _classes(element)
    )


def _is_navigation(element: Tag) -> bool:
    return "toctree-wrapper" in _classes(element)


def _blocks(element: Tag) -> list[Tag]:
    return [child for child in element.find_all(recursive=False) if not _is_navigation(child)]


def last_block(element: Tag) -> Tag:
    """The block a reader sees last in ``element``: its last child, looked into."""
    while True:
        blocks = _blocks(element)
        if not blocks:
            return element
        last = blocks[-1]
        looks_inside = last.name in {"section", "div"} or (
            last.name == "details" and last.has_attr("open")
        )
        # A letter is content for the reader, though it is shown as two literal blocks.
        if _is_code(last) or "etiket-email" in _classes(last) or not looks_inside:
            return last
        element = last


def page_ending(root: Path, path: str) -> Tag:
    soup = BeautifulSoup((root / path).read_text(encoding="utf-8"), "html.parser")
    article = soup.select_one("article[role=main]")
    assert isinstance(article, Tag), f"{path} has no article"
    return last_block(article)


def _params() -> list[object]:
    return [pytest.param(path, id=path) for path in filter(is_advice_page, source_pages())]


@pytest.fixture(scope="module")
def root() -> Path:
    return built_site()


@pytest.mark.site
@pytest.mark.parametrize("path", _params())
def test_the_advice_page_does_not_end_with_code(root: Path, path: str) -> None:
    ending = page_ending(root, path)
    assert not _is_code(ending), (
        f"{path} ends with a code block: close the page with advice for the reader (what to "
        f"do next, a link to the next guide); code belongs on the tutorial and reference "
        f"pages.\n{str(ending)[:300]}"
    )


_PAGE = '<article role="main"><section><h1>T</h1><p>Advice.</p>{}</section></article>'
_CODE = '<div class="highlight-python notranslate"><div class="highlight"><pre>1</pre></div></div>'


@pytest.mark.parametrize(
    ("ending", "is_code"),
    [
        (_CODE, True),
        (f"<section><h2>S</h2>{_CODE}</section>", True),
        (f'{_CODE}<div class="toctree-wrapper compound"><ul><li>x</li></ul></div>', True),
        (f'<details open=""><summary>S</summary><div>{_CODE}</div></details>', True),
        (f"{_CODE}<p>Then, read on.</p>", False),
        (f"<details><summary>Python</summary><div>{_CODE}</div></details>", False),
        (f'<div class="etiket-email container"><p>Subject</p>{_CODE}</div>', False),
    ],
)
def test_the_ending_is_the_last_block_a_reader_sees(ending: str, is_code: bool) -> None:
    article = BeautifulSoup(_PAGE.format(ending), "html.parser").article
    assert isinstance(article, Tag)
    assert _is_code(last_block(article)) is is_code
