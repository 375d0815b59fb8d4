"""The Indonesian edition's search files the handbook's words where a reader will look.

Snowball's Indonesian stemmer does most of it; search_id.py corrects it where it gets the
handbook's words wrong. Each correction is shown to be needed (Snowball alone gets the word
wrong) and to work; the tests that read the built edition show that the lists cover the
handbook's words. tests/browser/test_search.py shows that the browser cuts words alike.
"""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path

import pytest
import snowballstemmer
from _built_site import built_site
from _search_words import edition_words, prefixed_forms

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "docs" / "_ext"))

from etiket_docs import search_id  # noqa: E402
from etiket_docs.search_id import (  # noqa: E402
    KEPT_WORDS,
    OTHER_NAMES,
    PARTICLES,
    POSSESSIVES,
    PREFIX_SOUNDS,
    PREFIXED_ROOTS,
    ROOT_OF,
    STOP_WORDS,
    index_words,
    stem,
)

SNOWBALL = snowballstemmer.stemmer("indonesian")


def snowball(word: str) -> str:
    return str(SNOWBALL.stemWord(word))


@pytest.fixture(scope="module")
def handbook_words() -> set[str]:
    """Every word of the Indonesian edition's pages, as a reader sees them."""
    return edition_words(built_site(), "id")


@pytest.mark.parametrize("word", sorted(KEPT_WORDS))
def test_a_kept_word_stays_whole_where_snowball_would_cut_it(word: str) -> None:
    assert snowball(word) != word, f"Snowball leaves {word!r} whole: it need not be kept"
    assert stem(word) == word
    assert stem(word.capitalize()) == word
    for ending in POSSESSIVES:
        assert stem(word + ending) == word, f"{word + ending!r}"


@pytest.mark.parametrize(("form", "root"), sorted(ROOT_OF.items()))
def test_a_listed_form_is_filed_under_its_root(form: str, root: str) -> None:
    assert snowball(form) != root, f"Snowball finds {root!r} in {form!r} by itself"
    assert stem(form) == root
    assert stem(form + "lah") == root


@pytest.mark.parametrize("root", sorted(PREFIXED_ROOTS))
def test_a_prefixed_root_meets_its_forms(root: str) -> None:
    # ("menelepon", "penelepon", "meneleponkan"...): at least one must be cut right only
    # because the root is listed, or the entry does nothing.
    forms = prefixed_forms(root)
    mended = [form for form in forms if stem(form) == root and snowball(form) != root]
    assert mended, f"no form of {forms} needs {root!r} listed to be filed under it"


@pytest.mark.parametrize("word", sorted(STOP_WORDS))
def test_a_function_word_is_filed_under_itself_so_it_can_be_left_out(word: str) -> None:
    # Sphinx leaves a word out of the index if its stem is a stop word; "tetapi" would
    # otherwise be filed under "tetap" and turn up in a search for it.
    assert stem(word) == word


@pytest.mark.parametrize(("other", "handbook"), sorted(OTHER_NAMES.items()))
def test_a_page_with_another_name_is_filed_under_the_handbooks_too(
    other: str, handbook: str
) -> None:
    sentence = ["Kirim", "surel", *other.split(), "hari", "ini"]
    assert index_words(" ".join(sentence) + ".") == [*sentence, *handbook.split()]
    assert index_words(other.upper()) == [*other.upper().split(), *handbook.split()]
    assert index_words(handbook) == handbook.split()


@pytest.mark.site
def test_every_root_a_prefix_hides_in_the_handbook_is_listed(handbook_words: set[str]) -> None:
    # "menelepon" is "telepon" only if "telepon" is listed; a page that brings a new word
    # like it fails here until its root is.
    filed = {stem(word) for word in handbook_words}
    unlisted: dict[str, list[str]] = {}
    for word in sorted(handbook_words):
        cut = snowball(word)
        for prefix, left, letter in PREFIX_SOUNDS:
            rest = cut.removeprefix(left)
            if not cut.startswith(left) or not rest or (not left and rest[0] not in "aeiou"):
                continue
            root = letter + rest
            if word.startswith(prefix + rest) and root in filed and root not in PREFIXED_ROOTS:
                unlisted.setdefault(root, []).append(word)
    assert not unlisted, f"add these roots to search_id.PREFIXED_ROOTS (found in): {unlisted}"


@pytest.mark.site
def test_a_kept_word_keeps_the_forms_snowball_filed_with_it(handbook_words: set[str]) -> None:
    # Keeping "kembali" whole must not leave "kembalian" behind under Snowball's "mbali".
    left_behind = {
        word: kept
        for kept in KEPT_WORDS
        for word in handbook_words
        if kept in word and snowball(word) == snowball(kept) and stem(word) != kept
    }
    assert not left_behind, f"list these in search_id.ROOT_OF: {left_behind}"


@pytest.mark.site
def test_the_handbooks_forms_of_a_word_meet_it(handbook_words: set[str]) -> None:
    # Read off the pages: every word holding the root's letters after the first (so that
    # "menelepon" and "pewawancara" count) is filed under the root.
    for root in ("telepon", "wawancara", "terima", "kirim", "tulis"):
        forms = {word for word in handbook_words if root[1:] in word and word != root}
        assert forms, f"the Indonesian edition has no form of {root!r} besides itself"
        assert {word: stem(word) for word in forms} == dict.fromkeys(forms, root)


@pytest.mark.site
def test_only_the_lists_overrule_snowball(handbook_words: set[str]) -> None:
    overruled = {
        word: (snowball(word), stem(word))
        for word in handbook_words
        if stem(word) != snowball(word)
        and word not in STOP_WORDS
        and snowball(word) not in STOP_WORDS
        and stem(word) not in KEPT_WORDS | set(ROOT_OF.values()) | PREFIXED_ROOTS
    }
    assert not overruled, overruled


def test_the_browser_gets_the_same_lists() -> None:
    script = search_id.javascript()
    found = re.search(r"^var etiketIndonesian = (.*);$", script, re.MULTILINE)
    assert found, "search_id.javascript() hands the browser no etiketIndonesian"
    data = json.loads(found[1])
    assert data["kept"] == sorted(KEPT_WORDS)
    assert data["rootOf"] == ROOT_OF
    assert data["prefixedRoots"] == sorted(PREFIXED_ROOTS)
    assert [tuple(sound) for sound in data["prefixSounds"]] == list(PREFIX_SOUNDS)
    assert [tuple(endings) for endings in data["endings"]] == [PARTICLES, POSSESSIVES]
    assert {" ".join(stems): words for stems, words in data["otherNames"]} == {
        " ".join(stem(word) for word in other.split()): handbook.split()
        for other, handbook in OTHER_NAMES.items()
    }
    # Snowball's stemmer as Sphinx ships it, then the corrections.
    assert script.index("var IndonesianStemmer") < script.index("var Stemmer")
