"""Every piece of advice has its section in both editions, and the additions say they are ours.

The package names each rule by its guidance ID (``etiket.Guidance``); the
handbook gives the section that explains it a MyST label of the same name. So a
new rule without a section, or a section lost in one edition, fails here.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from etiket import Guidance

DOCS = Path(__file__).resolve().parents[2] / "docs"
# The marker each edition puts on advice that goes beyond the source article.
ADDITION_MARKERS = {"en": "The handbook's own advice", "id": "Tambahan dari panduan ini"}
LABEL = re.compile(r"^\(([\w-]+)\)=\s*$", re.MULTILINE)
HEADING = re.compile(r"^#{1,6} ", re.MULTILINE)


def _sections(edition: str) -> dict[str, list[str]]:
    """Each label in an edition, with the text of the section it opens (one entry per use)."""
    found: dict[str, list[str]] = {}
    for page in sorted((DOCS / edition).rglob("*.md")):
        text = page.read_text(encoding="utf-8")
        for match in LABEL.finditer(text):
            heading = HEADING.search(text, match.end())
            start = heading.end() if heading else match.end()
            after = HEADING.search(text, start)
            body = text[start : after.start() if after else len(text)]
            found.setdefault(match.group(1), []).append(body)
    return found


@pytest.mark.parametrize("edition", sorted(ADDITION_MARKERS))
@pytest.mark.parametrize("guidance", list(Guidance), ids=str)
def test_each_piece_of_advice_has_one_section(edition: str, guidance: Guidance) -> None:
    sections = _sections(edition).get(guidance.value, [])
    assert len(sections) == 1, (
        f"docs/{edition} should have exactly one section labelled ({guidance.value})=, "
        f"found {len(sections)}"
    )


@pytest.mark.parametrize("edition", sorted(ADDITION_MARKERS))
@pytest.mark.parametrize("guidance", list(Guidance), ids=str)
def test_additions_are_marked_as_the_handbooks_own(edition: str, guidance: Guidance) -> None:
    [section] = _sections(edition)[guidance.value]
    marked = ADDITION_MARKERS[edition] in section
    assert marked == guidance.is_addition, (
        f"the section ({guidance.value})= in docs/{edition} "
        + ("must carry" if guidance.is_addition else "must not carry")
        + f" the marker {ADDITION_MARKERS[edition]!r}"
    )
