"""Two kinds of page: Python pages under tutorial/ and reference/, advice pages everywhere else."""

from __future__ import annotations

import sys
from pathlib import Path, PurePosixPath

import pytest

ROOT = Path(__file__).resolve().parents[2]
DOCS = ROOT / "docs"
EDITIONS = ("en", "id")
sys.path.insert(0, str(DOCS / "_ext"))

from etiket_docs.page_kinds import PYTHON_SECTIONS, is_advice_page  # noqa: E402


def _pages(edition: str) -> set[str]:
    return {p.relative_to(DOCS / edition).as_posix() for p in (DOCS / edition).rglob("*.md")}


@pytest.mark.parametrize("edition", EDITIONS)
def test_each_python_section_is_a_folder_of_pages_in_every_edition(edition: str) -> None:
    # A section renamed in the pages but not here would make its pages advice pages unnoticed.
    for section in PYTHON_SECTIONS:
        assert (DOCS / edition / section).is_dir()
        assert list((DOCS / edition / section).glob("*.md")), f"no page in {edition}/{section}"


@pytest.mark.parametrize("edition", EDITIONS)
def test_pages_are_python_pages_exactly_in_the_python_sections(edition: str) -> None:
    pages = _pages(edition)
    python = {p for p in pages if not is_advice_page(p)}
    in_sections = {p for p in pages if PurePosixPath(p).parts[0] in PYTHON_SECTIONS}
    assert python == in_sections
    # The landing page and the guides are for job seekers.
    assert is_advice_page("index.md")
    assert {p for p in pages if p.startswith(("howto/", "explanation/"))} <= pages - python


def test_both_editions_have_the_same_advice_pages() -> None:
    advice = [{p for p in _pages(e) if is_advice_page(p)} for e in EDITIONS]
    assert advice[0] == advice[1]
    assert advice[0], "no advice page at all"


@pytest.mark.parametrize(
    ("page", "advice"),
    [
        ("reference/api", False),  # a Sphinx docname
        ("tutorial/plan-your-week.md", False),
        (PurePosixPath("reference/policy.md"), False),
        ("howto/follow-up", True),
        ("index", True),
        # A page named like a section, outside it, is an advice page.
        ("reference.md", True),
        ("howto/reference/x.md", True),
    ],
)
def test_a_page_is_named_by_its_path_inside_its_edition(page: str, advice: bool) -> None:
    assert is_advice_page(page) is advice


@pytest.mark.parametrize("page", ["/work/docs/en/reference/api.md", "../en/reference/api.md", ""])
def test_a_path_from_outside_an_edition_is_refused_with_what_to_give(page: str) -> None:
    with pytest.raises(ValueError, match="relative to the edition's folder"):
        is_advice_page(page)
