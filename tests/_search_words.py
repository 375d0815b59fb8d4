"""The words the search tests run through the stemmers: the handbook's, and the forms that
search_id.py's lists are about.
"""

from __future__ import annotations

import sys
from pathlib import Path

from _built_site import searchable_pages, words_of

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "docs" / "_ext"))

from etiket_docs.search_id import (  # noqa: E402
    KEPT_WORDS,
    PARTICLES,
    POSSESSIVES,
    PREFIX_SOUNDS,
    PREFIXED_ROOTS,
    ROOT_OF,
)

# Endings a root takes besides a prefix ("menanyakan", "penolakan", "mengabari").
SUFFIXES = ("", "kan", "an", "i", "nya")


def edition_words(root: Path, edition: str) -> set[str]:
    """Every word of the edition's searchable pages, in lower case."""
    pages = searchable_pages(root, edition)
    return set().union(*(words_of(text) for text in pages.values()))


def prefixed_forms(word: str) -> list[str]:
    """``word`` with each prefix that swallows or changes its first letter, and endings."""
    return [
        prefix + word[1:] + suffix
        for prefix, _left, letter in PREFIX_SOUNDS
        if word.startswith(letter)
        for suffix in SUFFIXES
    ]


def listed_forms() -> set[str]:
    """The words search_id.py lists, with the endings and prefixes its rules cover."""
    whole = set(KEPT_WORDS) | set(ROOT_OF)
    words = whole | PREFIXED_ROOTS
    words |= {word + ending for word in whole for ending in (*POSSESSIVES, *PARTICLES)}
    words |= {form for word in PREFIXED_ROOTS for form in prefixed_forms(word)}
    return words
