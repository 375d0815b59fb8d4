"""Keep the two editions in step: which page pairs changed on one side since their last review.

Every page has a counterpart under the same name in the other edition (docs/en/<page>,
docs/id/<page>). The Indonesian edition is a rewrite, not a copy, and either side may lead,
so no text can be compared with the other; what can be told is whether a side changed
since the two were last reviewed together. docs/translations.lock records, for every pair,
each side's content at that review as its git blob id (``git hash-object``): the same id
tells the content is unchanged, and ``git cat-file -p <id>`` gives back the reviewed text,
so that the change since can be shown as a diff.

    make translations                             # pairs out of step, with what changed
    make translations PAGE=howto/follow-up.md     # one pair
    make translations PAGE=howto/follow-up.md OK=1   # record that pair as reviewed
    make translations OK=1                        # record every pair (after reviewing all)

(``python -m tools.translations [--page PAGE] [--reviewed]`` is the same.) The test suite
fails on a pair out of step (tests/docs/test_translations.py), naming the page, the side
that changed and the command to run once the other side is in step.
"""

from __future__ import annotations

import argparse
import contextlib
import difflib
import hashlib
import json
import subprocess
import sys
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DOCS = ROOT / "docs"
LOCK = DOCS / "translations.lock"
# The editions, in the order etiket_docs.editions lists them (not imported: that would
# import Sphinx for a question about two folders).
EDITIONS = ("en", "id")
EDITION_NAMES = {"en": "English", "id": "Indonesian"}
PAGE_SUFFIXES = (".md", ".rst")
_ABOUT = (
    "Each page pair's content (git blob ids, `git hash-object`) at its last review of both "
    "editions together. Written by `make translations PAGE=<page> OK=1`; see README.md, "
    "Translating."
)


class LockError(ValueError):
    """docs/translations.lock cannot be read; the message says what is wrong and what to do."""


def blob_id(content: bytes) -> str:
    """The id git gives a file with this content (what ``git hash-object`` prints)."""
    return hashlib.sha1(b"blob %d\0" % len(content) + content, usedforsecurity=False).hexdigest()


def command_for(page: str) -> str:
    return f"make translations PAGE={page} OK=1"


@dataclass(frozen=True)
class Pair:
    """One page in both editions, against its last joint review."""

    page: str
    # Each edition's current blob id; None where the edition lacks the page.
    current: dict[str, str | None]
    # Each edition's blob id at the last review; None if the pair was never reviewed.
    reviewed: dict[str, str] | None

    @property
    def missing(self) -> list[str]:
        return [lang for lang, blob in self.current.items() if blob is None]

    @property
    def changed(self) -> list[str]:
        """The editions whose side differs from the reviewed one (all, if never reviewed)."""
        if self.reviewed is None:
            return [lang for lang in self.current if self.current[lang] is not None]
        return [
            lang
            for lang, blob in self.current.items()
            if blob is not None and blob != self.reviewed.get(lang)
        ]

    @property
    def in_step(self) -> bool:
        return self.reviewed is not None and not self.missing and not self.changed

    def problem(self) -> str | None:
        """What is out of step, naming the page and the side, and what to do; None if nothing."""
        if self.in_step:
            return None
        path = {lang: f"docs/{lang}/{self.page}" for lang in self.current}
        done = f"then run: {command_for(self.page)}"
        if len(self.missing) == len(self.current):
            return (
                f"{self.page}: in docs/translations.lock but in no edition; "
                f"if it was removed on purpose, {done} (which drops it)"
            )
        if self.missing:
            have = ", ".join(path[lang] for lang in self.current if lang not in self.missing)
            lack = ", ".join(path[lang] for lang in self.missing)
            return f"{self.page}: only {have} exists; write {lack} to match it, {done}"
        if self.reviewed is None:
            sides = " and ".join(path.values())
            return f"{self.page}: never reviewed as a pair; check that {sides} say the same, {done}"
        if len(self.changed) == len(self.current):
            sides = " and ".join(path.values())
            return (
                f"{self.page}: both sides changed since their last review ({sides}); "
                f"check that they say the same, {done}"
            )
        lines = []
        for lang in self.changed:
            others = [other for other in self.current if other not in self.changed]
            behind = ", ".join(f"the {EDITION_NAMES.get(o, o)} side ({path[o]})" for o in others)
            lines.append(
                f"{self.page}: the {EDITION_NAMES.get(lang, lang)} side ({path[lang]}) changed "
                f"since the pair's last review, and {behind} was not reviewed with it. Bring "
                f"{', '.join(path[o] for o in others)} in step "
                f"(`make translations PAGE={self.page}` shows the change), {done}"
            )
        return "\n".join(lines)


def edition_pages(docs: Path, editions: Sequence[str] = EDITIONS) -> list[str]:
    """Every page of any edition, as its path inside the edition ("howto/follow-up.md")."""
    found: set[str] = set()
    for lang in editions:
        folder = docs / lang
        for path in folder.rglob("*"):
            relative = path.relative_to(folder)
            hidden = any(part.startswith(("_", ".")) for part in relative.parts)
            if path.suffix in PAGE_SUFFIXES and path.is_file() and not hidden:
                found.add(relative.as_posix())
    return sorted(found)


def read_lock(lock: Path) -> dict[str, dict[str, str]]:
    """The reviewed blob ids by page and edition; empty if the lock file does not exist yet."""
    if not lock.is_file():
        return {}
    try:
        data = json.loads(lock.read_text(encoding="utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError) as error:
        raise LockError(
            f"{lock} is not valid JSON ({error}); restore it from git "
            f"(git checkout -- {lock.name}) or record every pair afresh after reviewing "
            "them: make translations OK=1"
        ) from error
    pages = data.get("pages") if isinstance(data, dict) else None
    if not isinstance(pages, dict) or not all(
        isinstance(sides, dict) and all(isinstance(blob, str) for blob in sides.values())
        for sides in pages.values()
    ):
        raise LockError(
            f'{lock} should hold {{"pages": {{"<page>": {{"<edition>": "<blob id>"}}}}}}; '
            "restore it from git or record every pair afresh: make translations OK=1"
        )
    return {str(page): {str(k): str(v) for k, v in sides.items()} for page, sides in pages.items()}


def write_lock(lock: Path, reviewed: dict[str, dict[str, str]]) -> None:
    data = {"about": _ABOUT, "pages": dict(sorted(reviewed.items()))}
    lock.write_text(json.dumps(data, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")


def pairs(docs: Path = DOCS, lock: Path = LOCK, editions: Sequence[str] = EDITIONS) -> list[Pair]:
    """Every page pair (and every page the lock still lists) with its state."""
    reviewed = read_lock(lock)
    found = []
    for page in sorted(set(edition_pages(docs, editions)) | set(reviewed)):
        current: dict[str, str | None] = {}
        for lang in editions:
            path = docs / lang / page
            current[lang] = blob_id(path.read_bytes()) if path.is_file() else None
        found.append(Pair(page, current, reviewed.get(page)))
    return found


def normalise_page(page: str, editions: Sequence[str] = EDITIONS) -> str:
    """``howto/follow-up.md`` from what a person may type: docs/id/howto/follow-up(.md)."""
    parts = [part for part in page.strip().replace("\\", "/").split("/") if part not in {"", "."}]
    if parts[:1] == ["docs"]:
        parts = parts[1:]
    if parts[:1] and parts[0] in editions:
        parts = parts[1:]
    if not parts:
        raise ValueError(f"PAGE={page!r} names no page; give its path, e.g. howto/follow-up.md")
    name = "/".join(parts)
    return name if name.endswith(PAGE_SUFFIXES) else f"{name}.md"


def reviewed_text(blob: str, repository: Path = ROOT) -> str | None:
    """The text git stored under ``blob``, or None if this repository does not have it."""
    try:
        done = subprocess.run(
            ["git", "cat-file", "-p", blob],
            cwd=repository,
            capture_output=True,
            check=False,
        )
    except OSError:
        return None
    if done.returncode != 0:
        return None
    return done.stdout.decode("utf-8", errors="replace")


def change_since_review(pair: Pair, lang: str, docs: Path = DOCS, repository: Path = ROOT) -> str:
    """A unified diff of one side since the pair's last review, or why there is none."""
    path = docs / lang / pair.page
    shown = f"docs/{lang}/{pair.page}"
    old_blob = (pair.reviewed or {}).get(lang)
    if old_blob is None:
        return f"{shown}: no reviewed version to compare with (never reviewed)"
    old = reviewed_text(old_blob, repository)
    if old is None:
        return (
            f"{shown}: changed since review; the reviewed text (blob {old_blob[:12]}) is not "
            "in this repository (a shallow clone? `git fetch --unshallow` brings it)"
        )
    new = path.read_text(encoding="utf-8", errors="replace")
    return "".join(
        difflib.unified_diff(
            old.splitlines(keepends=True),
            new.splitlines(keepends=True),
            fromfile=f"{shown} (reviewed, {old_blob[:12]})",
            tofile=f"{shown} (now)",
        )
    )


def record(
    chosen: Iterable[str], docs: Path = DOCS, lock: Path = LOCK, repository: Path = ROOT
) -> list[str]:
    """Record the pages' pairs as reviewed as they are now; return the pages recorded.

    A page in no edition is dropped from the lock. Each side's content is also written into
    git's object store, so that the diff against it works before it is committed.
    """
    reviewed = read_lock(lock)
    state = {pair.page: pair for pair in pairs(docs, lock)}
    recorded = []
    for page in chosen:
        pair = state.get(page)
        if pair is None:
            raise ValueError(
                f"{page} is in no edition and not in {lock.name}; `make translations` "
                "lists the pages"
            )
        if pair.missing and len(pair.missing) < len(pair.current):
            raise ValueError(pair.problem())
        if pair.missing:
            reviewed.pop(page, None)
        else:
            reviewed[page] = {lang: str(blob) for lang, blob in pair.current.items()}
            _store_in_git([docs / lang / page for lang in pair.current], repository)
        recorded.append(page)
    write_lock(lock, reviewed)
    return recorded


def _store_in_git(paths: list[Path], repository: Path) -> None:
    # Without git the lock still holds the ids; only the later diff is unavailable.
    with contextlib.suppress(OSError):
        subprocess.run(
            ["git", "hash-object", "-w", "--", *map(str, paths)],
            cwd=repository,
            capture_output=True,
            check=False,
        )


def report(chosen: list[Pair], docs: Path = DOCS, repository: Path = ROOT) -> str:
    """What `make translations` prints: each pair out of step, and what changed since."""
    out_of_step = [pair for pair in chosen if not pair.in_step]
    if not out_of_step:
        what = f"{chosen[0].page} is" if len(chosen) == 1 else f"All {len(chosen)} page pairs are"
        return f"{what} in step with their last review (docs/translations.lock)."
    count = f"{len(out_of_step)} of {len(chosen)} page pairs are"
    blocks = [f"{out_of_step[0].page if len(chosen) == 1 else count} out of step:\n"]
    for pair in out_of_step:
        blocks.append(str(pair.problem()))
        if pair.reviewed is not None and not pair.missing:
            blocks += [change_since_review(pair, lang, docs, repository) for lang in pair.changed]
        blocks.append("")
    return "\n".join(blocks)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--page", help="one page, as its path in an edition: howto/follow-up.md")
    parser.add_argument(
        "--reviewed",
        action="store_true",
        help="record the page's pair (without --page: every pair) as reviewed as it is now",
    )
    args = parser.parse_args(argv)
    try:
        every = pairs()
        if args.page:
            page = normalise_page(args.page)
            chosen = [pair for pair in every if pair.page == page]
            if not chosen:
                raise ValueError(
                    f"no page {page} in docs/{'/, docs/'.join(EDITIONS)}/ or in the lock; "
                    "`make translations` lists every pair"
                )
        else:
            chosen = every
        if args.reviewed:
            recorded = record([pair.page for pair in chosen])
            scope = "this pair" if args.page else f"all {len(recorded)} page pairs"
            print(f"Recorded {scope} as reviewed, both sides as they are now:")
            for page in recorded:
                print(f"  {page}")
            print("Commit docs/translations.lock with the pages.")
            return 0
    except (LockError, ValueError) as error:
        print(f"make translations: {error}", file=sys.stderr)
        return 2
    print(report(chosen))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
