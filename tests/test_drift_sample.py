"""The docs must notice when a rule changes: a sample of `make drift`, run by `make test`.

Every policy-number mutant must be killed by each edition's examples on its
own, and each logic mutant of :data:`tools.drift.SAMPLE_LOGIC` by the docs.
The drift tool runs in a subprocess (it forks workers, which must not inherit
this pytest session). A second test checks the tool itself on a tiny project.
"""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from tools.drift import SAMPLE_LOGIC, find_mutants, sample_keys

ROOT = Path(__file__).resolve().parents[1]
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
def test_each_edition_alone_notices_a_changed_policy_number(
    sample: dict[str, Any], key: str
) -> None:
    editions = sample[key]["editions"]
    survived = [e for e in ("en", "id") if editions[e]["status"] not in ("killed", "timeout")]
    assert not survived, f"no example in {survived} shows the change {key}"


@pytest.mark.parametrize("key", SAMPLE_LOGIC)
def test_the_docs_notice_a_broken_rule(sample: dict[str, Any], key: str) -> None:
    assert sample[key]["killed"], f"no example in the docs notices {key}"


_PAGE_EN = """\
# Follow-up

```python
>>> from datetime import date
>>> import etiket
>>> etiket.WorkingCalendar().next_working_day(date(2026, 11, 21))
datetime.date(2026, 11, 23)
>>> etiket.plan("2026-11-20").follow_up.earliest
datetime.date(2026, 11, 27)
```
"""
_PAGE_ID = """\
# Menanyakan kabar

```python
>>> import etiket
>>> len(etiket.plan("2026-11-20").steps)
6
```
"""


_CONFTEST = """\
from sybil import Sybil
from sybil.parsers.myst import PythonCodeBlockParser

pages = Sybil(parsers=[PythonCodeBlockParser()], patterns=["*.md"], path="docs")
pytest_collect_file = pages.pytest()
"""


def test_the_tool_tells_which_edition_notices_what(tmp_path: Path) -> None:
    # A tiny project: the real package (read only: the tool copies it), two one-page editions.
    project = tmp_path / "project"
    for edition, text in (("en", _PAGE_EN), ("id", _PAGE_ID)):
        (project / "docs" / edition).mkdir(parents=True)
        (project / "docs" / edition / "page.md").write_text(text)
    # A page that fails even without a mutant is left out, or it would "kill" every mutant.
    (project / "docs" / "en" / "broken.md").write_text("# Broken\n\n```python\n>>> 1 + 1\n3\n```\n")
    (project / "src").symlink_to(ROOT / "src", target_is_directory=True)
    (project / "conftest.py").write_text(_CONFTEST)
    (project / "pytest.ini").write_text("[pytest]\naddopts = -p no:doctest\n")

    completed, results = _drift(
        project,
        tmp_path,
        "--match", "policy.py::Policy: follow_up_after_working_days",
        # With zero days in a step, looking past a weekend never ends: killed by time.
        "--match", "calendar.py::<module>: timedelta(days=1) → timedelta(days=0)",
        "--match", "calendar.py::_weekend: if country is None",
        "--timeout", "3",
    )  # fmt: skip

    assert list(results["baselines"]["en"]["failing"]) == ["docs/en/broken.md"]
    assert results["baselines"]["en"]["pages"] == ["docs/en/page.md"]
    mutants = {m["key"]: m for m in results["mutants"]}
    policy = [m for m in mutants.values() if m["kind"] == "policy-number"]
    assert len(policy) == 2
    for mutant in policy:
        assert mutant["editions"]["en"]["status"] == "killed"
        assert mutant["editions"]["en"]["page"] == "docs/en/page.md"
        assert mutant["editions"]["id"]["status"] == "survived"
    endless = mutants["calendar.py::<module>: timedelta(days=1) → timedelta(days=0)"]
    assert endless["editions"]["en"]["status"] == "timeout"
    assert endless["killed"]
    # A logic mutant runs edition after edition until one kills it.
    weekend = next(m for k, m in mutants.items() if k.startswith("calendar.py::_weekend"))
    assert weekend["killed"]
    assert list(weekend["editions"]) == ["en"]

    lines = completed.stdout.strip().splitlines()
    assert lines[-1] == "killed 4 of 4 mutants (100.0%)"
    # The id page never shows the follow-up day: the goal for policy numbers is not met.
    assert completed.returncode == 1
    assert any("NOT MET (2 survive in id)" in line for line in lines)
