"""Worked examples: every one is checked, a wrong answer fails, a writer's mistake is explained.

The pages' worked examples run under Sybil with the rest (conftest.py); these
tests show that the check has teeth: each example of each page, with one answer
altered, fails, and the failure says what the package computed instead.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from etiket_docs.worked import WorkedExampleError, doctest_source, parse, rows
from etiket_docs.worked_sybil import WorkedExampleParser
from sybil import Document
from sybil.example import SybilFailure

ROOT = Path(__file__).resolve().parents[2]
PAGES = sorted((ROOT / "docs").glob("[a-z]*/**/*.md"))


def _examples(path: Path) -> list[tuple[int, str]]:
    """(start, source) of each worked example of the page at ``path``."""
    document = Document(path.read_text(encoding="utf-8"), str(path))
    return [(r.start, document.text[r.start : r.end]) for r in WorkedExampleParser()(document)]


def _run(text: str, path: Path) -> list[str]:
    """Sybil's verdict on each worked example of ``text``, read as the page at ``path``."""
    document = Document(text, str(path))
    parser = WorkedExampleParser()
    for region in parser(document):
        document.add(region)
    verdicts = []
    for example in document.examples():
        try:
            example.evaluate()
            verdicts.append("")
        except SybilFailure as failure:
            verdicts.append(str(failure))
    return verdicts


def _altered(source: str) -> str:
    """The example with the day of its first answer changed, as a slip of the pen."""
    head, sep, body = source.partition("\n\n")
    lines = body.splitlines()
    for index, line in enumerate(lines):
        day = re.search(r"\b\d{1,2}\b", line.partition(":")[2])
        if ":" in line and day:
            start, end = (len(line.partition(":")[0]) + 1 + i for i in day.span())
            lines[index] = line[:start] + str(int(day.group()) % 28 + 1) + line[end:]
            return head + sep + "\n".join(lines)
        if ":" in line:
            lines[index] = line + " (altered)"
            return head + sep + "\n".join(lines)
    raise AssertionError(f"no answer line in {source!r}")


WORKED = [
    pytest.param(path, start, source, id=f"{path.relative_to(ROOT)}@{start}")
    for path in PAGES
    for start, source in _examples(path)
]


def test_the_pages_have_worked_examples_in_both_editions() -> None:
    editions = {p.values[0].relative_to(ROOT / "docs").parts[0] for p in WORKED}  # type: ignore[union-attr]
    assert editions == {"en", "id"}


@pytest.mark.parametrize(("path", "start", "source"), WORKED)
def test_an_altered_worked_example_fails(path: Path, start: int, source: str) -> None:
    assert _run(source, path) == [""], "the example as written must pass"
    verdict = _run(_altered(source), path)
    assert len(verdict) == 1
    assert verdict[0], "an altered answer must fail"
    assert "Expected:" in verdict[0]
    assert "Got:" in verdict[0]


def test_the_failure_names_the_example_and_what_the_package_says(tmp_path: Path) -> None:
    page = tmp_path / "docs" / "en" / "page.md"
    text = "```{worked-example} Lebaran\n:interview: 2026-03-16\n:country: ID\n\n"
    text += "follow-up: from Monday, March 23, 2026\n```\n"
    [verdict] = _run(text, page)
    expected = parse({"interview": "2026-03-16", "country": "ID"}, "follow-up: x", "en")
    assert "'Lebaran'" in verdict
    assert "line 1" in verdict
    assert "from Monday, March 23, 2026" in verdict
    import etiket

    assert etiket.plan("2026-03-16", country="ID").follow_up.when() in verdict
    assert expected.situation["country"] == "ID"


def test_the_indonesian_edition_checks_indonesian_words(tmp_path: Path) -> None:
    import etiket

    when = etiket.plan("2026-11-20", lang="id").follow_up.when()
    text = f"```{{worked-example}}\n:interview: 2026-11-20\n\nfollow-up: {when}\n```\n"
    assert _run(text, tmp_path / "docs" / "id" / "page.md") == [""]
    assert _run(text, tmp_path / "docs" / "en" / "page.md")[0]


def test_an_assessment_checks_every_warning_and_no_warning_means_none(tmp_path: Path) -> None:
    import etiket

    situation = etiket.assess("2026-11-20", today="2026-12-01", calls=["2026-11-23"])
    warnings = "".join(f"warning: {warning.text}\n" for warning in situation.warnings)
    assert warnings
    stage = situation.stage.label()
    page = tmp_path / "docs" / "en" / "page.md"
    head = "```{worked-example}\n:interview: 2026-11-20\n:call: 2026-11-23\n:today: 2026-12-01\n\n"
    assert _run(head + f"stage: {stage}\n{warnings}```\n", page) == [""]
    # Leaving the warning out claims there was none: that fails too.
    assert _run(head + f"stage: {stage}\n```\n", page)[0]


def test_the_python_shown_is_the_python_checked() -> None:
    example = parse({"interview": "2026-11-20", "today": "2026-11-30", "thank-you": "2026-11-21"},
                    "stage: x\nnext: —", "id")  # fmt: skip
    source = doctest_source(example)
    assert 'etiket.Contact("2026-11-21", purpose="thank-you")' in source
    assert 'lang="id"' in source
    assert ">>> situation.next_step is None\nTrue" in source
    situation, answers = rows(example)
    assert situation[0][0] == "Wawancara"
    assert answers[-1][0] == "Perhatikan"  # the row that says nothing went wrong


@pytest.mark.parametrize(
    ("options", "body", "says"),
    [
        ({"interview": "2026-11-20", "colour": "red"}, "follow-up: x", "unknown option 'colour'"),
        ({}, "follow-up: x", ":interview: YYYY-MM-DD"),
        ({"interview": "2026-11-20"}, "follow-up from x", "write 'key: text'"),
        ({"interview": "2026-11-20"}, "stage: x", "add :today:"),
        ({"interview": "2026-11-20", "call": "2026-11-23"}, "follow-up: x", "add :today:"),
        ({"interview": "20-11-2026"}, "follow-up: x", "not a day or a time"),
        ({"interview": "2026-11-20", "country": "XX"}, "follow-up: x", "two-letter code"),
        ({"interview": "2026-11-20", "chat": "maybe"}, "follow-up: x", "write yes or no"),
        ({"interview": "2026-11-20"}, "", "at least one answer"),
        (
            {"interview": "2026-11-20", "today": "2026-11-30", "heard-back": "2026-11-25"},
            "stage: x",
            "2026-11-27:offer",
        ),
    ],
)
def test_a_writers_mistake_is_explained(options: dict[str, str], body: str, says: str) -> None:
    with pytest.raises(WorkedExampleError, match=re.escape(says)):
        parse(options, body, "en")


def test_because_names_the_advice_that_set_the_day_and_links_it() -> None:
    import etiket

    step = etiket.plan("2026-11-20", decision_date="2026-12-04").follow_up
    example = parse({"interview": "2026-11-20", "decision-date": "2026-12-04"},
                    f"follow-up because: {step.guidance.value}", "en")  # fmt: skip
    assert "print(timeline.follow_up.guidance.value)\ndecision-date" in doctest_source(example)
    _, [(label, text, target)] = rows(example)
    assert target == text == "decision-date"
    assert label.endswith(": why that day")


def test_a_list_of_days_reads_as_a_list() -> None:
    example = parse({"interview": "2026-11-20", "today": "2026-12-01",
                     "call": "2026-11-23, 2026-11-24"}, "stage: x", "en")  # fmt: skip
    situation, _ = rows(example)
    assert (
        "You phoned",
        "Monday, November 23, 2026; Tuesday, November 24, 2026",
        None,
    ) in situation
