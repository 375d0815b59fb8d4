"""The two editions stay in step: a page changed on one side fails until the other is reviewed.

docs/translations.lock records each page pair's content at its last joint review
(tools/translations.py). The first test checks the handbook against it; the others check,
on a small tree of their own, that the check names the page and the side, in both
directions, and that `make translations` shows the change and records a review.
"""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest

from tools import translations
from tools.translations import Pair, blob_id, command_for, normalise_page, pairs, record


def test_every_page_pair_is_in_step_with_its_last_review() -> None:
    found = pairs()
    assert found, f"no pages found under {translations.DOCS}"
    problems = [str(pair.problem()) for pair in found if not pair.in_step]
    assert not problems, (
        "page pairs out of step with docs/translations.lock (`make translations` shows "
        "what changed):\n" + "\n".join(problems)
    )


@pytest.fixture
def tree(tmp_path: Path) -> Path:
    """A git repository with one page pair and a nested one, reviewed together."""
    for lang, text in (("en", "Send one email.\n"), ("id", "Kirim satu surel.\n")):
        (tmp_path / "docs" / lang / "howto").mkdir(parents=True)
        (tmp_path / "docs" / lang / "index.md").write_text(f"# {lang}\n", encoding="utf-8")
        (tmp_path / "docs" / lang / "howto" / "follow-up.md").write_text(text, encoding="utf-8")
    if shutil.which("git"):
        subprocess.run(["git", "init", "-q", str(tmp_path)], check=True)
    record(["index.md", "howto/follow-up.md"], *_paths(tmp_path))
    return tmp_path


def _paths(root: Path) -> tuple[Path, Path, Path]:
    return root / "docs", root / "docs" / "translations.lock", root


def _state(root: Path, page: str) -> Pair:
    docs, lock, _ = _paths(root)
    return next(pair for pair in pairs(docs, lock) if pair.page == page)


def test_a_reviewed_pair_is_in_step(tree: Path) -> None:
    assert all(pair.in_step for pair in pairs(*_paths(tree)[:2]))


@pytest.mark.parametrize(("edited", "other"), [("id", "en"), ("en", "id")])
def test_a_side_edited_since_the_review_fails_naming_the_page_and_the_side(
    tree: Path, edited: str, other: str
) -> None:
    page = tree / "docs" / edited / "howto" / "follow-up.md"
    page.write_text(page.read_text(encoding="utf-8") + "One more line.\n", encoding="utf-8")
    pair = _state(tree, "howto/follow-up.md")
    assert not pair.in_step
    assert pair.changed == [edited]
    problem = str(pair.problem())
    assert f"docs/{edited}/howto/follow-up.md" in problem
    assert f"the {translations.EDITION_NAMES[edited]} side" in problem
    assert f"docs/{other}/howto/follow-up.md" in problem
    assert command_for("howto/follow-up.md") in problem
    assert _state(tree, "index.md").in_step, "an untouched pair stays in step"


def test_the_report_shows_the_change_since_the_review(tree: Path) -> None:
    if not shutil.which("git"):
        pytest.skip("git is not installed: the diff needs `git cat-file`")
    page = tree / "docs" / "id" / "howto" / "follow-up.md"
    page.write_text("Kirim satu surel saja.\n", encoding="utf-8")
    docs, _, repository = _paths(tree)
    text = translations.report([_state(tree, "howto/follow-up.md")], docs, repository)
    assert "-Kirim satu surel.\n" in text
    assert "+Kirim satu surel saja.\n" in text


def test_without_the_reviewed_text_the_report_says_so(tree: Path) -> None:
    pair = _state(tree, "howto/follow-up.md")
    missing = Pair(pair.page, pair.current, {"en": blob_id(b"gone\n"), "id": blob_id(b"x\n")})
    docs, _, repository = _paths(tree)
    text = translations.change_since_review(missing, "id", docs, repository)
    assert "not in this repository" in text
    assert "docs/id/howto/follow-up.md" in text


def test_recording_the_review_brings_the_pair_back_in_step(tree: Path) -> None:
    for lang in ("en", "id"):
        page = tree / "docs" / lang / "howto" / "follow-up.md"
        page.write_text(page.read_text(encoding="utf-8") + "2\n", encoding="utf-8")
    pair = _state(tree, "howto/follow-up.md")
    assert pair.changed == ["en", "id"]
    assert "both sides changed" in str(pair.problem())
    assert record(["howto/follow-up.md"], *_paths(tree)) == ["howto/follow-up.md"]
    assert _state(tree, "howto/follow-up.md").in_step


def test_a_page_without_its_counterpart_or_review_is_named(tree: Path) -> None:
    (tree / "docs" / "en" / "new.md").write_text("# New\n", encoding="utf-8")
    alone = _state(tree, "new.md")
    assert alone.missing == ["id"]
    assert "docs/id/new.md" in str(alone.problem())
    with pytest.raises(ValueError, match=r"docs/id/new\.md"):
        record(["new.md"], *_paths(tree))
    (tree / "docs" / "id" / "new.md").write_text("# Baru\n", encoding="utf-8")
    never = _state(tree, "new.md")
    assert "never reviewed" in str(never.problem())
    assert command_for("new.md") in str(never.problem())


def test_a_removed_pair_is_dropped_from_the_lock_when_recorded(tree: Path) -> None:
    for lang in ("en", "id"):
        (tree / "docs" / lang / "howto" / "follow-up.md").unlink()
    gone = _state(tree, "howto/follow-up.md")
    assert "in no edition" in str(gone.problem())
    record(["howto/follow-up.md"], *_paths(tree))
    docs, lock, _ = _paths(tree)
    assert [pair.page for pair in pairs(docs, lock)] == ["index.md"]


def test_a_damaged_lock_file_says_what_to_do(tree: Path) -> None:
    docs, lock, _ = _paths(tree)
    lock.write_text("{not json", encoding="utf-8")
    with pytest.raises(translations.LockError, match="make translations OK=1"):
        pairs(docs, lock)
    lock.write_text('{"pages": ["index.md"]}', encoding="utf-8")
    with pytest.raises(translations.LockError, match="restore it from git"):
        pairs(docs, lock)


@pytest.mark.parametrize(
    "typed",
    ["howto/follow-up.md", "howto/follow-up", "docs/id/howto/follow-up.md", "en/howto/follow-up"],
)
def test_a_page_may_be_named_as_a_person_would_type_it(typed: str) -> None:
    assert normalise_page(typed) == "howto/follow-up.md"


def test_the_blob_id_is_gits(tree: Path) -> None:
    if not shutil.which("git"):
        pytest.skip("git is not installed")
    page = tree / "docs" / "en" / "index.md"
    done = subprocess.run(
        ["git", "hash-object", str(page)], capture_output=True, text=True, check=True
    )
    assert blob_id(page.read_bytes()) == done.stdout.strip()
