"""The GitHub Actions workflows: valid, and no build reaches GitHub Pages untested.

Each workflow is read as a runner reads it (YAML), checked for the shape GitHub accepts
(triggers, jobs that run somewhere and do something, ``needs`` that name jobs), and the
publishing path is followed: a job that uploads or deploys the Pages site must depend,
directly or through other jobs of the same run, on a job running the full suite
(``bash .ci/run``), which runs on every push and pull request.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
import yaml

ROOT = Path(__file__).resolve().parents[1]
WORKFLOWS = sorted((ROOT / ".github" / "workflows").glob("*.y*ml"))
FULL_SUITE = "bash .ci/run"
PUBLISHING = ("actions/upload-pages-artifact", "actions/deploy-pages")
# Events a workflow may start on that this project uses.
KNOWN_EVENTS = {"push", "pull_request", "workflow_dispatch", "workflow_run", "schedule"}


def load(path: Path) -> dict[Any, Any]:
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    assert isinstance(data, dict), f"{path.name} is not a mapping"
    return data


def triggers(workflow: dict[Any, Any]) -> dict[str, Any]:
    """The ``on:`` section; YAML 1.1 reads the bare key ``on`` as True."""
    on = workflow.get("on", workflow.get(True))
    if isinstance(on, str):
        return {on: None}
    if isinstance(on, list):
        return dict.fromkeys(on)
    assert isinstance(on, dict), "a workflow needs an `on:` section"
    return on


def needs(job: dict[str, Any]) -> list[str]:
    given = job.get("needs", [])
    return [given] if isinstance(given, str) else list(given)


def steps_text(job: dict[str, Any]) -> tuple[list[str], list[str]]:
    """The job's ``run:`` commands and the actions it ``uses:``."""
    runs = [str(step["run"]) for step in job.get("steps", []) if "run" in step]
    uses = [str(step["uses"]) for step in job.get("steps", []) if "uses" in step]
    return runs, uses


def upstream(jobs: dict[str, Any], name: str) -> set[str]:
    """Every job ``name`` waits for, directly or not."""
    seen: set[str] = set()
    pending = needs(jobs[name])
    while pending:
        job = pending.pop()
        if job not in seen:
            seen.add(job)
            pending += needs(jobs[job])
    return seen


def runs_full_suite(job: dict[str, Any]) -> bool:
    runs, _ = steps_text(job)
    return any(FULL_SUITE in command for command in runs)


def publishes(job: dict[str, Any]) -> bool:
    _, uses = steps_text(job)
    return any(action.startswith(PUBLISHING) for action in uses)


def test_there_are_workflows() -> None:
    assert WORKFLOWS, "no workflow in .github/workflows"


@pytest.mark.parametrize("path", WORKFLOWS, ids=lambda path: path.name)
def test_the_workflow_has_the_shape_github_accepts(path: Path) -> None:
    workflow = load(path)
    assert str(workflow.get("name", "")).strip(), f"{path.name}: give the workflow a name"
    events = triggers(workflow)
    assert events, f"{path.name}: starts on no event"
    assert set(events) <= KNOWN_EVENTS, f"{path.name}: unknown events {set(events) - KNOWN_EVENTS}"
    jobs = workflow.get("jobs")
    assert isinstance(jobs, dict), f"{path.name}: `jobs:` must be a mapping"
    assert jobs, f"{path.name}: has no jobs"
    for name, job in jobs.items():
        where = f"{path.name}: job {name}"
        assert isinstance(job, dict), f"{where} is not a mapping"
        assert job.get("runs-on"), f"{where} says nowhere to run (runs-on)"
        steps = job.get("steps")
        assert isinstance(steps, list), f"{where} has no steps"
        assert steps, f"{where} has no steps"
        for index, step in enumerate(steps):
            assert isinstance(step, dict), f"{where}, step {index + 1} is not a mapping"
            assert ("run" in step) != ("uses" in step), (
                f"{where}, step {index + 1} must have exactly one of run: and uses:"
            )
            if "uses" in step:
                action = str(step["uses"])
                assert "@" in action, f"{where}: {action} names no version (@v4)"
        for other in needs(job):
            assert other in jobs, f"{where} needs {other!r}, which is not a job of {path.name}"
        upstream(jobs, name)  # terminates: needs form no loop GitHub would reject
        assert name not in upstream(jobs, name), f"{where} waits for itself"


def test_the_full_suite_runs_on_every_push_and_pull_request() -> None:
    found = []
    for path in WORKFLOWS:
        workflow = load(path)
        events = triggers(workflow)
        for name, job in workflow["jobs"].items():
            if runs_full_suite(job) and "if" not in job:
                found.append((path.name, name, events))
    assert found, f"no job runs `{FULL_SUITE}` unconditionally"
    for file, job_name, events in found:
        for event in ("push", "pull_request"):
            assert event in events, f"{file}: job {job_name} does not run on {event}"
            # A branch filter would leave pushes to other branches untested.
            assert not (events[event] or {}).get("branches"), (
                f"{file}: {event} is limited to some branches"
            )


def test_nothing_reaches_github_pages_without_the_tests() -> None:
    publishing = []
    for path in WORKFLOWS:
        jobs = load(path)["jobs"]
        for name, job in jobs.items():
            if not publishes(job):
                continue
            publishing.append(name)
            tested = [job for job in upstream(jobs, name) if runs_full_suite(jobs[job])]
            assert tested, (
                f"{path.name}: job {name} publishes the site without waiting for a job that "
                f"runs `{FULL_SUITE}` (add it to needs:)"
            )
            condition = str(job.get("if", ""))
            for required in ("refs/heads/main", "push"):
                assert required in condition, (
                    f"{path.name}: job {name} publishes on other events than a push to main"
                )
    actions = [
        action
        for path in WORKFLOWS
        for job in load(path)["jobs"].values()
        for action in steps_text(job)[1]
    ]
    for action in PUBLISHING:
        assert any(used.startswith(action) for used in actions), f"no job uses {action}"
    assert publishing


def test_the_deploy_job_has_the_pages_permissions() -> None:
    for path in WORKFLOWS:
        for name, job in load(path)["jobs"].items():
            _, uses = steps_text(job)
            if any(action.startswith("actions/deploy-pages") for action in uses):
                permissions = job.get("permissions") or load(path).get("permissions") or {}
                assert permissions.get("pages") == "write", f"{path.name}: {name} needs pages"
                assert permissions.get("id-token") == "write", f"{path.name}: {name} id-token"
