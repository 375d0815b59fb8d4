"""Every Python example a reader sees is one that Sybil runs.

Sybil skips some spellings of a code block without a word (```` ```py ````, a
title in the info string, colon fences, indented blocks, ``>>>`` in prose);
:func:`tools.doccheck.uncollected` finds them. The checker is tested here on
small pages, against the project's own Sybil parsers.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from sybil import Sybil
from sybil.example import SybilFailure

from tools.doccheck import ROOT, collected_lines, load_sybils, pages, uncollected

SYBILS = load_sybils()
PAGES = pages()


def _pages_sybil() -> Any:
    return next(s for s in SYBILS if any(p.endswith(".md") for p in s.patterns))


@pytest.mark.parametrize("page", PAGES, ids=[str(p.relative_to(ROOT / "docs")) for p in PAGES])
def test_every_python_example_is_run(page: Path) -> None:
    problems = uncollected(page, SYBILS)
    assert not problems, "\n".join(map(str, problems))


def test_the_project_configuration_is_found() -> None:
    assert PAGES, "no pages under docs/"
    assert any(_pages_sybil().should_parse(p) for p in PAGES)


# -- the checker itself -----------------------------------------------------------------


def _check(tmp_path: Path, text: str, name: str = "page.md") -> list[tuple[int, str]]:
    """The problems the checker finds in one synthetic page (line, message)."""
    model = _pages_sybil()
    sybil = Sybil(
        parsers=model.parsers, patterns=model.patterns, excludes=model.excludes,
        path=str(tmp_path),
    )  # fmt: skip
    page = tmp_path / name
    page.write_text(text, encoding="utf-8")
    return [(p.line, p.message) for p in uncollected(page, [sybil], root=tmp_path)]


_SESSION = ">>> import etiket\n>>> etiket.plan('2026-11-20').follow_up.earliest\n"


def _indented(text: str, spaces: int) -> str:
    return "".join(" " * spaces + line for line in text.splitlines(keepends=True))


MISSED = {
    "py": ("# Page\n\n```py\n" + _SESSION + "```\n", 3, "```py is not run"),
    "pycon": ("# Page\n\n```pycon\n" + _SESSION + "```\n", 3, "```pycon is not run"),
    "python3": ("# Page\n\n```python3\n" + _SESSION + "```\n", 3, "```python3 is not run"),
    "title": ('# Page\n\n```python title="plan.py"\n' + _SESSION + "```\n", 3, "not exactly"),
    "trailing space": (
        "# Page\n\n```python \n" + _SESSION + "```\n", 3, "'python ' is not exactly",
    ),
    "colon fence": (
        "# Page\n\n:::{code-block} python\n" + _SESSION + ":::\n", 3, "colon fence",
    ),
    "indented": (
        "# Page\n\nAn example:\n\n    >>> import etiket\n    >>> etiket.LANGUAGES\n", 5,
        "indented code block",
    ),
    "prose prompt": ("# Page\n\nTry this:\n" + _SESSION + "\nMore text.\n", 4, "'>>>' line"),
    "quoted prompt": ("# Page\n\n> >>> import etiket\n", 3, "'>>>' line"),
    "prompt in text block": ("# Page\n\n```text\n" + _SESSION + "```\n", 3, "```text block"),
    "no language": (
        "# Page\n\n```\nimport etiket\ntimeline = etiket.plan('2026-11-20')\n```\n", 3,
        "a fence without a language",
    ),
    "unknown language": ("# Page\n\n```pyhton\nimport etiket\n```\n", 3, "```pyhton holding"),
    "eval-rst": (
        "# Page\n\n```{eval-rst}\n.. code-block:: python\n\n   import etiket\n```\n", 4,
        "inside eval-rst",
    ),
    "eval-rst with options": (
        "# Page\n\n```{eval-rst}\n.. code-block:: python\n   :caption: Plan\n\n"
        "   import etiket\n```\n", 4, "inside eval-rst",
    ),
    "eval-rst doctest": (
        "# Page\n\n```{eval-rst}\n.. doctest::\n\n" + _indented(_SESSION, 3) + "```\n", 4,
        "'.. doctest::' inside eval-rst",
    ),
    "eval-rst nested": (
        "# Page\n\n```{eval-rst}\n.. note::\n\n   Try it:\n\n   .. code-block:: python\n\n"
        + _indented(_SESSION, 6) + "```\n", 8, "inside eval-rst",
    ),
    "eval-rst without a language": (
        "# Page\n\n```{eval-rst}\n.. code-block::\n\n   import etiket\n"
        "   timeline = etiket.plan('2026-11-20')\n```\n", 4, "'.. code-block::' inside",
    ),
    # Sybil closes a fence only with one of the same indent; MyST (CommonMark) closes it
    # with any fence up to three spaces in. Sybil then never sees the second block.
    "fence Sybil misreads": (
        "# Page\n\n  ```python\n" + _SESSION + "```\n\nText.\n\n```python\n" + _SESSION
        + "```\n", 10, "Sybil pairs the fence at line 3 with another closing fence",
    ),
    "fence closed outside its quote": (
        "# Page\n\n> ```python\n> >>> 1 + 1\n> 2\n```\n\n```python\n" + _SESSION + "```\n",
        6, "Sybil pairs the fence at line 3",
    ),
    "inside a directive": (
        "# Page\n\n::::{tab-set}\n:::{tab-item} One\n```py\n" + _SESSION + "```\n:::\n::::\n",
        5, "```py is not run",
    ),
}  # fmt: skip


@pytest.mark.parametrize(("text", "line", "hint"), MISSED.values(), ids=MISSED.keys())
def test_the_checker_reports_examples_sybil_skips(
    tmp_path: Path, text: str, line: int, hint: str
) -> None:
    problems = _check(tmp_path, text)
    assert [number for number, _ in problems] == [line]
    assert hint in problems[0][1]


_BLOCK = "```python\n" + _SESSION + "```\n"

SKIPPED = {
    "percent comment": ("# Page\n\n% skip: next\n\n" + _BLOCK, [(3, "skip: next")]),
    "html comment": ("# Page\n\n<!-- skip: next -->\n\n" + _BLOCK, [(3, "skip: next")]),
    "start and end": (
        "# Page\n\n% skip: start\n\n" + _BLOCK + "\n% skip: end\n",
        [(3, "skip: start"), (10, "skip: end")],
    ),
    "html start and end": (
        "# Page\n\n<!-- skip: start -->\n\n" + _BLOCK + "\n<!-- skip: end -->\n",
        [(3, "skip: start"), (10, "skip: end")],
    ),
    "condition": (
        "# Page\n\n% skip: next if(sys.version_info < (3, 12), reason='old')\n\n" + _BLOCK,
        [(3, "skip: next if(")],
    ),
    "inside a directive": (
        "# Page\n\n:::{note}\n% skip: next\n\n" + _BLOCK + ":::\n", [(4, "skip: next")],
    ),
}  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), SKIPPED.values(), ids=SKIPPED.keys())
def test_the_checker_reports_skipped_examples(
    tmp_path: Path, text: str, expected: list[tuple[int, str]]
) -> None:
    problems = _check(tmp_path, text)
    assert [line for line, _ in problems] == [line for line, _ in expected]
    for (_, message), (_, instruction) in zip(problems, expected, strict=True):
        assert f"'{instruction}" in message
        assert "every example must run" in message


def test_the_project_sybil_obeys_what_the_checker_reports(tmp_path: Path) -> None:
    # The checker's reason to exist: with a skip instruction, Sybil collects a wrong
    # example but never runs it, so the page passes whatever the example says.
    wrong = "```python\n>>> 1 + 1\n3\n```\n"
    model = _pages_sybil()
    sybil = Sybil(parsers=model.parsers, patterns=["*.md"], path=str(tmp_path))
    page = tmp_path / "page.md"

    def run(text: str) -> None:
        page.write_text(text, encoding="utf-8")
        for example in sybil.parse(page):
            example.evaluate()

    with pytest.raises(SybilFailure):
        run("# Page\n\n" + wrong)
    run("# Page\n\n% skip: next\n\n" + wrong)
    assert collected_lines(page, [sybil]) == [3, 6]
    assert [line for line, _ in _check(tmp_path, page.read_text(encoding="utf-8"))] == [3]


def test_the_checker_reports_a_page_sybil_does_not_read(tmp_path: Path) -> None:
    # The project's configuration leaves out files starting with "_".
    problems = _check(tmp_path, "# Page\n\n```python\n" + _SESSION + "```\n", "_draft.md")
    assert problems == [(3, "Sybil does not read this file (see conftest.py)")]


ACCEPTED = {
    "python": "# Page\n\n```python\n" + _SESSION + "```\n",
    "python code": "# Page\n\n```python\nimport etiket\nassert etiket.LANGUAGES\n```\n",
    "code-block directive": "# Page\n\n```{code-block} python\n" + _SESSION + "```\n",
    "code-block with options": (
        "# Page\n\n```{code-block} python\n:caption: Planning\n\n" + _SESSION + "```\n"
    ),
    "nested in colon directives": (
        "# Page\n\n::::{tab-set}\n:::{tab-item} One\n```python\n" + _SESSION + "```\n:::\n::::\n"
    ),
    "nested in a backtick directive": (
        "# Page\n\n````{note}\n```python\n" + _SESSION + "```\n````\n"
    ),
    "console": "# Page\n\n```console\n$ etiket plan 2026-11-20\n```\n",
    "text": "# Page\n\n```text\nInterview: Friday, November 20, 2026\n```\n",
    "json": '# Page\n\n```json\n{"follow_up": "2026-11-27"}\n```\n',
    "toml": "# Page\n\n```toml\n[tool.etiket]\ncountry = 'ID'\n```\n",
    "ics": "# Page\n\n```ics\nBEGIN:VCALENDAR\nEND:VCALENDAR\n```\n",
    "plain fence": "# Page\n\n```\nFriday, November 27, 2026\n```\n",
    "plain indented": "# Page\n\nOutput:\n\n    from Friday, November 27, 2026\n",
    "markdown source": "# Page\n\n````markdown\n```python\n>>> 1 + 1\n2\n```\n````\n",
    "hidden setup": (
        "# Page\n\n% invisible-code-block: python\n%\n% import etiket\n\n"
        "```python\n>>> etiket.LANGUAGES['en']\n'English'\n```\n"
    ),
    "prompt in inline code": "# Page\n\nThe `>>>` prompt starts each line.\n",
    "fence in an html comment": (
        "# Page\n\n<!--\n```py\nimport etiket\ntimeline = etiket.plan('2026-11-20')\n```\n-->\n"
    ),
    "eval-rst autodoc": "# Page\n\n```{eval-rst}\n.. autofunction:: etiket.plan\n```\n",
    "eval-rst other language": (
        "# Page\n\n```{eval-rst}\n.. code-block:: text\n\n   Friday, November 27, 2026\n```\n"
    ),
}  # fmt: skip


@pytest.mark.parametrize("text", ACCEPTED.values(), ids=ACCEPTED.keys())
def test_the_checker_accepts_what_sybil_runs_and_what_is_not_python(
    tmp_path: Path, text: str
) -> None:
    assert _check(tmp_path, text) == []


def test_code_cell_follows_what_sybil_does(tmp_path: Path) -> None:
    # Sybil's MyST lexer also reads {code-cell} python; whether a page may use it
    # is the Sphinx build's business (it needs an extension this project lacks).
    text = "# Page\n\n```{code-cell} python\n" + _SESSION + "```\n"
    model = _pages_sybil()
    sybil = Sybil(parsers=model.parsers, patterns=["*.md"], path=str(tmp_path))
    (tmp_path / "page.md").write_text(text, encoding="utf-8")
    runs = bool(collected_lines(tmp_path / "page.md", [sybil]))
    assert runs
    assert _check(tmp_path, text) == []
