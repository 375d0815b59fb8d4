"""The docs must notice when a rule changes: a sample of `make drift`, run by `make test`.

Every policy-number mutant must be killed by each edition's advice pages on
their own (the pages outside tutorial/ and reference/), and each logic mutant
of :data:`tools.drift.SAMPLE_LOGIC` by the docs. The drift tool runs in a
subprocess (it forks workers, which must not inherit this pytest session). The
tests after them check the tool itself: on a tiny project with an advice page
and a Python page per edition, and its figures and goals on outcomes made up
here.
"""

from __future__ import annotations

import json
import math
import os
import re
import subprocess
import sys
from datetime import date
from pathlib import Path
from typing import Any

import pytest

from etiket import DEFAULT_POLICY, WorkingCalendar, plan
from tools.drift import GOAL_PERCENT, READER_GOAL_PERCENT, SAMPLE_LOGIC, find_mutants, sample_keys
from tools.drift.core import Baseline, DriftReport, EditionResult, Figure, MutantOutcome
from tools.drift.mutants import Mutant
from tools.drift.runner import Limits

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "docs" / "_ext"))

from etiket_docs.page_kinds import is_advice_page  # noqa: E402

_POLICY_KEYS = [m.key for m in find_mutants(ROOT) if m.kind == "policy-number"]
_FINAL_LINE = re.compile(r"killed (\d+) of (\d+) mutants \((\d+\.\d)%\)")


def _drift(root: Path, tmp: Path, *options: str) -> tuple[subprocess.CompletedProcess[str], Any]:
    output = tmp / "drift.json"
    environment = {**os.environ, "PYTHONPATH": str(ROOT)}
    completed = subprocess.run(
        [sys.executable, "-m", "tools.drift", "--root", str(root), "--json", str(output), *options],
        cwd=ROOT,
        env=environment,
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    assert output.exists(), completed.stdout + completed.stderr
    return completed, json.loads(output.read_text())


@pytest.fixture(scope="module")
def sample(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    completed, results = _drift(ROOT, tmp_path_factory.mktemp("drift"), "--sample")
    last = completed.stdout.strip().splitlines()[-1]
    assert _FINAL_LINE.fullmatch(last), completed.stdout
    for edition, baseline in results["baselines"].items():
        assert baseline["pages"], f"no page of {edition} has examples"
        assert not baseline["failing"], f"{edition} pages fail even unmutated"
    return {m["key"]: m for m in results["mutants"]}


def test_the_sample_is_every_policy_number_and_the_listed_logic() -> None:
    keys = sample_keys(find_mutants(ROOT))
    assert len(_POLICY_KEYS) >= 2 * 5  # one more and one less of each of the five numbers
    assert keys == [*_POLICY_KEYS, *SAMPLE_LOGIC]


@pytest.mark.parametrize("key", _POLICY_KEYS)
def test_each_editions_advice_pages_alone_notice_a_changed_policy_number(
    sample: dict[str, Any], key: str
) -> None:
    editions = sample[key]["editions"]
    missed = [e for e in ("en", "id") if not editions[e]["advice"]]
    assert not missed, f"no example on the advice pages of {missed} shows the change {key}"
    assert all(editions[e]["status"] in ("killed", "timeout") for e in ("en", "id"))


@pytest.mark.parametrize("key", SAMPLE_LOGIC)
def test_the_docs_notice_a_broken_rule(sample: dict[str, Any], key: str) -> None:
    assert sample[key]["killed"], f"no example in the docs notices {key}"


# --- The tool itself, on a tiny project ---------------------------------------------------

_CONFTEST = """\
from sybil import Sybil
from sybil.parsers.myst import PythonCodeBlockParser

pages = Sybil(parsers=[PythonCodeBlockParser()], patterns=["*.md"], path="docs")
pytest_collect_file = pages.pytest()
"""
_FOLLOW_UP = "policy.py::Policy: follow_up_after_working_days"
_SECOND_NOTE = "policy.py::Policy: second_note_after_weeks"
# Every Policy is refused, the default one too: `import etiket` fails on every page.
_REFUSED = "policy.py::Policy.__post_init__: if value < number.minimum → if not"
# With zero days in a step, looking past a weekend never ends: killed by the time limit.
_ENDLESS = "calendar.py::<module>: timedelta(days=1) → timedelta(days=0)"
# Inside a function the import does not run: its code is swapped in, and only the pages
# that count working days run (Indonesian hours do not).
_WORKING_DAYS = "calendar.py::WorkingCalendar.working_days_after: for_count > 0 → for_count >= 0"
# No page of the tiny project assesses a situation: nothing runs, and it survives.
_UNREACHED = 'rulebook.py::position: today >= days["follow-up"][0]'


def _page(title: str, *lines: str) -> str:
    example = "".join(f"{line}\n" for line in (">>> import etiket", *lines))
    return f"# {title}\n\n```python\n{example}```\n"


def _tiny_project(project: Path) -> None:
    """Two editions, each with an advice page and a Python page, that show different rules."""
    # Outputs come from the package, so the pages pass unmutated whatever the numbers are.
    earliest = plan("2026-11-20").follow_up.earliest
    monday = WorkingCalendar().next_working_day(date(2026, 11, 21))  # after a Saturday
    follow_up = (
        ">>> from datetime import date",
        ">>> etiket.WorkingCalendar().next_working_day(date(2026, 11, 21))",
        repr(monday),
        ">>> etiket.plan('2026-11-20').follow_up.earliest",
        repr(earliest),
    )
    weeks = DEFAULT_POLICY.second_note_after_weeks
    second_note = (">>> etiket.DEFAULT_POLICY.second_note_after_weeks", str(weeks))
    policy = ">>> policy = etiket.DEFAULT_POLICY"
    hours = (policy, ">>> policy.send_from_hour < policy.send_until_hour", "True")
    pages = {
        "en/follow-up.md": _page("Follow-up", *follow_up),
        "en/reference/numbers.md": _page("Numbers", *second_note),
        "id/jam.md": _page("Jam kantor", *hours),
        "id/reference/menanyakan-kabar.md": _page("Menanyakan kabar", *follow_up),
        # A page that fails even without a mutant is left out, or it would "kill" every mutant.
        "en/broken.md": "# Broken\n\n```python\n>>> 1 + 1\n3\n```\n",
    }
    for name, text in pages.items():
        (project / "docs" / name).parent.mkdir(parents=True, exist_ok=True)
        (project / "docs" / name).write_text(text)
    # The real package (read only: the tool copies it).
    (project / "src").symlink_to(ROOT / "src", target_is_directory=True)
    (project / "conftest.py").write_text(_CONFTEST)
    (project / "pytest.ini").write_text("[pytest]\naddopts = -p no:doctest\n")


# Which of each edition's pages notice each mutant in the tiny project: "advice" (an advice
# page), "python" (only a page of reference/), or None (no page).
_EXPECTED: dict[str, dict[str, str | None]] = {
    _FOLLOW_UP: {"en": "advice", "id": "python"},
    _SECOND_NOTE: {"en": "python", "id": None},
    _REFUSED: {"en": "advice", "id": "advice"},
    _ENDLESS: {"en": "advice", "id": "python"},
    _WORKING_DAYS: {"en": "advice", "id": "python"},
    _UNREACHED: {"en": None, "id": None},
}
# How each mutant ran: on a fresh import when the import runs its line, else swapped in.
_ROUTES = {_WORKING_DAYS: "swap", _UNREACHED: "unreached"}


def _expected(key: str) -> dict[str, str | None]:
    return next(marks for start, marks in _EXPECTED.items() if key.startswith(start))


def test_the_tool_tells_which_pages_of_each_edition_notice_what(tmp_path: Path) -> None:
    project = tmp_path / "project"
    _tiny_project(project)
    matches = [option for key in _EXPECTED for option in ("--match", key)]
    completed, results = _drift(project, tmp_path, *matches, "--timeout", "3")

    for edition, baseline in results["baselines"].items():
        assert all(page.startswith(f"docs/{edition}/") for page in baseline["pages"])
        # The tool reads the kinds of page from the handbook's one definition.
        inside = {p: p.removeprefix(f"docs/{edition}/") for p in baseline["pages"]}
        assert baseline["advice_pages"] == [p for p, rel in inside.items() if is_advice_page(rel)]
        assert len(baseline["advice_pages"]) == 1
    assert list(results["baselines"]["en"]["failing"]) == ["docs/en/broken.md"]

    mutants = results["mutants"]
    assert len(mutants) == 2 + 2 + 1 + 1 + 1 + 1  # the two policy numbers one more and one less
    for mutant in mutants:
        expected = _expected(mutant["key"])
        route = next(
            (r for start, r in _ROUTES.items() if mutant["key"].startswith(start)), "fresh"
        )
        assert mutant["route"] == route, mutant["key"]
        if route == "unreached":
            assert all(r["seconds"] == 0 for r in mutant["editions"].values())
        for edition, mark in expected.items():
            result = mutant["editions"][edition]
            assert (result["status"] in ("killed", "timeout")) == (mark is not None), mutant["key"]
            assert result["advice"] == (mark == "advice"), mutant["key"]
            if mark is not None:
                assert is_advice_page(result["page"].split("/", 2)[2]) == (mark == "advice")
        assert mutant["killed_by_advice"] == ("advice" in expected.values())
        assert (mutant["not_met_by_readers"] is None) == (not mutant["key"].startswith(_REFUSED))
    endless = next(m for m in mutants if m["key"].startswith(_ENDLESS))
    assert {r["status"] for r in endless["editions"].values()} == {"timeout"}

    # Both figures, overall and per edition, count what the mutants' results say.
    for pages, wanted in (("all", {"advice", "python"}), ("advice", {"advice"})):
        for edition in ("overall", "en", "id"):
            among = ("en", "id") if edition == "overall" else (edition,)
            killed = sum(any(_expected(m["key"])[e] in wanted for e in among) for m in mutants)
            assert results["figures"][pages][edition] == {
                "killed": killed,
                "total": len(mutants),
                "percent": round(100 * killed / len(mutants), 1),
            }
    readers = [m for m in mutants if m["not_met_by_readers"] is None]
    assert results["reader_figures"]["advice"]["overall"]["total"] == len(readers)

    lines = completed.stdout.strip().splitlines()
    killed = results["figures"]["all"]["overall"]["killed"]
    percent = 100 * killed / len(mutants)
    assert lines[-1] == f"killed {killed} of {len(mutants)} mutants ({percent:.1f}%)"
    assert any(line.lstrip().startswith("all pages ") for line in lines)
    assert any(line.lstrip().startswith("advice pages only ") for line in lines)

    # The goals, in the tool's order, from what each mutant should show.
    policy = [_expected(m["key"]) for m in mutants if m["kind"] == "policy-number"]
    reader_killed = sum("advice" in _expected(m["key"]).values() for m in readers)
    met = [
        all(None not in marks.values() for marks in policy),
        all(set(marks.values()) == {"advice"} for marks in policy),
        100 * reader_killed / len(readers) >= READER_GOAL_PERCENT,
        percent >= GOAL_PERCENT,
    ]
    assert [goal["met"] for goal in results["goals"]] == met
    for goal in results["goals"]:
        assert f"Goal, {goal['goal']}: {'met' if goal['met'] else 'NOT MET'}" in completed.stdout
    assert completed.returncode == (0 if all(met) else 1)


# --- Figures and goals, on made-up outcomes -----------------------------------------------

_EDITIONS = ("en", "id")
_BY_ADVICE = EditionResult("killed", "docs/xx/howto/follow-up.md", advice=True)
_BY_PYTHON = EditionResult("killed", "docs/xx/reference/api.md", advice=False)
_SURVIVED = EditionResult("survived")


def _outcome(kind: str, *results: EditionResult, scope: str = "_build") -> MutantOutcome:
    path = "src/etiket/policy.py" if scope.startswith("Policy") else "src/etiket/timeline.py"
    mutant = Mutant(path, 1, scope, kind, "a", "b", 0, 1, "b")
    return MutantOutcome(mutant, dict(zip(_EDITIONS, results, strict=True)))


def _report(outcomes: list[MutantOutcome]) -> DriftReport:
    baselines = {e: Baseline(e, (f"docs/{e}/index.md",), 1, {}, 0.1) for e in _EDITIONS}
    return DriftReport(_EDITIONS, baselines, outcomes, [], Limits(5.0, 30.0), 2)


def test_the_goal_for_readers_leaves_out_only_the_code_readers_never_meet() -> None:
    # Just enough mutants that one survivor still leaves the advice pages at the goal.
    logic = math.ceil(100 / (100 - READER_GOAL_PERCENT))
    outcomes = [
        *(_outcome("policy-number", _BY_ADVICE, _BY_ADVICE) for _ in range(2)),
        *(_outcome("branch", _BY_ADVICE, _BY_PYTHON) for _ in range(logic - 3)),
        _outcome("branch", _SURVIVED, _SURVIVED),
        # Checks on a custom Policy: only the Python pages show them, or none does.
        _outcome("comparison", _BY_PYTHON, _BY_PYTHON, scope="Policy.__post_init__"),
        _outcome("comparison", _SURVIVED, _SURVIVED, scope="Policy.__post_init__"),
    ]
    report = _report(outcomes)
    readers = logic  # the two policy numbers and the logic mutants
    assert report.figure("advice", readers_only=True) == Figure(readers - 1, readers)
    assert report.figure("advice") == Figure(readers - 1, len(outcomes))
    assert report.figure("advice", "id") == Figure(2, len(outcomes))
    assert report.figure("all") == Figure(len(outcomes) - 2, len(outcomes))
    assert report.figure("all", "id", readers_only=True) == Figure(readers - 1, readers)
    met = [goal.met for goal in report.goals()]
    assert met == [True, True, True, 100 * (len(outcomes) - 2) / len(outcomes) >= GOAL_PERCENT]
    assert report.survivors("advice") == [outcomes[-3], *outcomes[-2:]]

    # A policy number that an edition's advice pages miss fails that goal alone.
    report.outcomes[0] = _outcome("policy-number", _BY_ADVICE, _BY_PYTHON)
    assert [goal.met for goal in report.goals()][:3] == [True, False, True]
    assert report.policy_survivors("id", "advice") == [report.outcomes[0]]
    assert not report.goals_met
