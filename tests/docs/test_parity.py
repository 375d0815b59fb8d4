"""Both editions have the same pages, sections and examples.

A page, a section (heading levels, ``(label)=`` targets) or an example (code
blocks in order; for Python, the etiket calls and their arguments, string
literals and ``lang`` aside) that exists in one edition only fails here. The
checker, :func:`tools.doccheck.parity`, is tested on small page pairs.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tools.doccheck import ROOT, editions, outline, parity, parity_of_editions

DOCS = ROOT / "docs"
EDITIONS = editions()
_LISTED = {e: {str(p.relative_to(DOCS / e)) for p in (DOCS / e).rglob("*.md")} for e in EDITIONS}
ALL_PAGES = sorted(set().union(*_LISTED.values()))


def test_there_are_two_editions() -> None:
    assert EDITIONS == ["en", "id"]


@pytest.mark.parametrize("page", ALL_PAGES)
def test_each_page_matches_its_counterpart(page: str) -> None:
    missing = [e for e in EDITIONS if page not in _LISTED[e]]
    assert not missing, f"{page} is missing in {', '.join(missing)}"
    first = outline(DOCS / EDITIONS[0] / page)
    problems = [p for other in EDITIONS[1:] for p in parity(first, outline(DOCS / other / page))]
    assert not problems, "\n".join(map(str, problems))


# -- the checker itself -----------------------------------------------------------------


def _pair(tmp_path: Path, en: str, id_: str) -> list[str]:
    for edition, text in (("en", en), ("id", id_)):
        (tmp_path / "docs" / edition).mkdir(parents=True, exist_ok=True)
        (tmp_path / "docs" / edition / "page.md").write_text(text, encoding="utf-8")
    return [p.message for p in parity_of_editions(tmp_path)]


_EN = """\
# Follow up once

(follow-up-after-a-week)=
## When

```python
>>> from datetime import date
>>> import etiket
>>> timeline = etiket.plan("2026-11-20", country="ID")
>>> print(timeline.follow_up.when())
from Friday, November 27, 2026
```

```text
Subject: Following up
```

### Details

```python
>>> etiket.assess("2026-11-20", today="2026-11-30", calls=[date(2026, 11, 24)]).stage.value
'follow-up-due'
>>> from etiket.cli import main
>>> main(["plan", "2026-11-20", "--country", "ID"])
0
```
"""

_ID = """\
# Menanyakan kabar sekali saja

(follow-up-after-a-week)=
## Kapan

```python
>>> from datetime import date
>>> from etiket import plan
>>> rencana = plan("2026-11-20", country="ID", lang="id")
>>> print(rencana.follow_up.when())
mulai Jumat, 27 November 2026
```

```text
Perihal: Menanyakan kabar
```

### Rincian

```python
>>> import etiket
>>> etiket.assess(
...     "2026-11-20", today="2026-11-30", calls=[date(2026, 11, 24)], lang="id"
... ).stage.value
'follow-up-due'
>>> from etiket.cli import main
>>> main(["plan", "2026-11-20", "--lang", "id", "--country", "ID"])
0
```
"""


def test_translated_pages_with_the_same_examples_match(tmp_path: Path) -> None:
    # Words, variable names, string literals, lang and the import style may differ.
    assert _pair(tmp_path, _EN, _ID) == []


DIFFERENT = {
    "heading level": (_ID.replace("### Rincian", "## Rincian"), "heading level 3 here"),
    "extra heading": (_ID + "\n## Lagi\n", "only the counterpart has a heading level 2"),
    "missing label": (_ID.replace("(follow-up-after-a-week)=\n", ""), "label (follow-up-"),
    "other label": (
        _ID.replace("(follow-up-after-a-week)=", "(tindak-lanjut)="), "label (tindak-lanjut)="
    ),
    "missing example": (
        _ID.replace("```text\nPerihal: Menanyakan kabar\n```\n", ""), "3 code blocks"
    ),
    "examples reordered": (
        _ID.replace("```text\nPerihal: Menanyakan kabar\n```\n", "")
        + "\n```text\nPerihal\n```\n",
        "(python, text, python) here, 3 (python, python, text) there",
    ),
    "other function": (_ID.replace("print(rencana.follow_up", "print(rencana.second_note"),
                       "v1.follow_up.when() here, v1.second_note.when() there"),
    "other number": (_ID.replace("date(2026, 11, 24)", "date(2026, 11, 25)"),
                     "date(2026, 11, 25)"),
    "extra argument": (_ID.replace('country="ID", lang', 'country="ID", decision_date="x", lang'),
                       "decision_date='…'"),
    "other command line": (_ID.replace('"--country", "ID"])', '"--country", "ID", "--ics"])'),
                           "etiket.cli.main(['…', '…', '…', '…']) here"),
    "missing call": (_ID.replace(">>> print(rencana.follow_up.when())\n", ">>> 1\n"),
                     "v1.follow_up.when() here, nothing there"),
}  # fmt: skip


@pytest.mark.parametrize(("id_", "expected"), DIFFERENT.values(), ids=DIFFERENT.keys())
def test_the_checker_reports_what_one_edition_lacks(
    tmp_path: Path, id_: str, expected: str
) -> None:
    problems = _pair(tmp_path, _EN, id_)
    assert len(problems) == 1, problems
    assert expected in problems[0]


def test_the_checker_reports_a_missing_page(tmp_path: Path) -> None:
    _pair(tmp_path, _EN, _EN)
    (tmp_path / "docs" / "en" / "extra.md").write_text("# Extra\n", encoding="utf-8")
    (tmp_path / "docs" / "id" / "tambahan.md").write_text("# Tambahan\n", encoding="utf-8")
    problems = [str(p) for p in parity_of_editions(tmp_path)]
    assert problems == [
        "docs/en/extra.md: page missing in id",
        "docs/id/tambahan.md: page missing in en",
    ]


def test_the_checker_names_the_lines_in_both_editions(tmp_path: Path) -> None:
    _pair(tmp_path, _EN, _ID.replace("### Rincian", "## Rincian"))
    problem = parity_of_editions(tmp_path)[0]
    assert problem.path.endswith("docs/en/page.md")
    assert problem.line == _EN.splitlines().index("### Details") + 1
    assert f"docs/id/page.md:{_ID.splitlines().index('### Rincian') + 1}" in problem.message


_WORKED = (
    "# T\n\n```{{worked-example}}\n:interview: {day}\n:country: ID\n\nfollow-up: {answer}\n```\n"
)


def test_worked_examples_in_step_pass(tmp_path: Path) -> None:
    en = _WORKED.format(day="2026-03-16", answer="from Monday, March 30, 2026")
    id_ = _WORKED.format(day="2026-03-16", answer="mulai Senin, 30 Maret 2026")
    assert _pair(tmp_path, en, id_) == []


def test_a_worked_example_about_another_situation_fails(tmp_path: Path) -> None:
    en = _WORKED.format(day="2026-03-16", answer="from Monday, March 30, 2026")
    id_ = _WORKED.format(day="2026-03-02", answer="mulai Senin, 9 Maret 2026")
    [problem] = _pair(tmp_path, en, id_)
    assert "worked example 1: the situation differs" in problem
    assert "2026-03-02" in problem


def test_a_worked_example_answering_other_questions_fails(tmp_path: Path) -> None:
    en = _WORKED.format(day="2026-03-16", answer="x")
    id_ = _WORKED.format(day="2026-03-16", answer="x").replace("follow-up:", "move-on:")
    [problem] = _pair(tmp_path, en, id_)
    assert "the answers differ" in problem


def test_a_missing_worked_example_fails(tmp_path: Path) -> None:
    en = _WORKED.format(day="2026-03-16", answer="x")
    [problem] = _pair(tmp_path, en, "# T\n")
    assert "1 worked examples here, 0 there" in problem
