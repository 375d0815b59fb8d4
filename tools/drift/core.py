"""One drift run: the baseline, every mutant against the docs, and the figures."""

from __future__ import annotations

import tempfile
import time
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from tools.drift.mutants import Mutant, find_mutants
from tools.drift.runner import Job, JobResult, Pool, call_with_snapshot, snapshot_package, warm_up

__all__ = ["GOAL_PERCENT", "Baseline", "DriftReport", "MutantOutcome", "editions_of", "run_drift"]

GOAL_PERCENT = 90.0
"""At least this share of all mutants must be killed by the docs."""

_KILLED = ("killed", "timeout")


@dataclass(slots=True)
class Baseline:
    """One edition's pages run against the unmutated package."""

    edition: str
    pages: tuple[str, ...]
    """Pages with examples that all pass: the pages each mutant runs."""
    examples: int
    failing: dict[str, str]
    """Pages that fail without any mutant, with why; left out, or every mutant would look killed."""
    seconds: float
    detail: str = ""


@dataclass(slots=True)
class MutantOutcome:
    """What the docs made of one mutant, edition by edition."""

    mutant: Mutant
    results: dict[str, JobResult] = field(default_factory=dict)

    @property
    def killed(self) -> bool:
        return any(r.status in _KILLED for r in self.results.values())

    @property
    def errors(self) -> list[JobResult]:
        return [r for r in self.results.values() if r.status == "error"]

    def killed_by(self, edition: str) -> bool | None:
        """Whether ``edition``'s examples alone kill it; None when that was not run."""
        result = self.results.get(edition)
        return None if result is None else result.status in _KILLED

    @property
    def killer(self) -> str | None:
        for result in self.results.values():
            if result.status in _KILLED:
                return result.page or result.detail
        return None


@dataclass(slots=True)
class DriftReport:
    """Everything a drift run found."""

    editions: tuple[str, ...]
    baselines: dict[str, Baseline]
    outcomes: list[MutantOutcome]
    invalid: list[Mutant]
    """Policy-number mutants left out because the changed policy would not validate."""
    timeout: float
    workers: int
    seconds: float = 0.0

    @property
    def total(self) -> int:
        return len(self.outcomes)

    @property
    def killed(self) -> int:
        return sum(o.killed for o in self.outcomes)

    @property
    def percent(self) -> float:
        return 100.0 * self.killed / self.total if self.total else 0.0

    @property
    def survivors(self) -> list[MutantOutcome]:
        return [o for o in self.outcomes if not o.killed]

    @property
    def policy_outcomes(self) -> list[MutantOutcome]:
        return [o for o in self.outcomes if o.mutant.kind == "policy-number"]

    def policy_survivors(self, edition: str) -> list[MutantOutcome]:
        """Policy-number mutants that ``edition``'s examples alone do not kill."""
        return [o for o in self.policy_outcomes if not o.killed_by(edition)]

    @property
    def baseline_ok(self) -> bool:
        return all(not b.failing and not b.detail for b in self.baselines.values())

    @property
    def goals_met(self) -> bool:
        each_edition = not any(self.policy_survivors(e) for e in self.editions)
        errors = any(o.errors for o in self.outcomes)
        return each_edition and self.percent >= GOAL_PERCENT and self.baseline_ok and not errors

    def _edition_order(self, item: tuple[str, JobResult]) -> int:
        return self.editions.index(item[0]) if item[0] in self.editions else len(self.editions)

    def as_json(self) -> dict[str, Any]:
        return {
            "editions": list(self.editions),
            "baselines": {
                e: {
                    "pages": list(b.pages),
                    "examples": b.examples,
                    "failing": dict(b.failing),
                    "seconds": round(b.seconds, 2),
                    "detail": b.detail,
                }
                for e, b in self.baselines.items()
            },
            "mutants": [
                {
                    "key": o.mutant.key,
                    "path": o.mutant.path,
                    "line": o.mutant.line,
                    "kind": o.mutant.kind,
                    "original": o.mutant.original,
                    "mutated": o.mutant.mutated,
                    "killed": o.killed,
                    "editions": {
                        e: {
                            "status": r.status,
                            "page": r.page,
                            "seconds": round(r.seconds, 2),
                            "detail": r.detail,
                        }
                        for e, r in sorted(o.results.items(), key=self._edition_order)
                    },
                }
                for o in self.outcomes
            ],
            "invalid": [m.key for m in self.invalid],
            "killed": self.killed,
            "total": self.total,
            "percent": round(self.percent, 1),
            "goals_met": self.goals_met,
            "timeout": self.timeout,
            "workers": self.workers,
            "seconds": round(self.seconds, 1),
        }


def editions_of(root: Path) -> tuple[str, ...]:
    """The editions: each folder of ``docs`` except private ones (``_ext``)."""
    docs = root / "docs"
    return tuple(
        sorted(p.name for p in docs.iterdir() if p.is_dir() and not p.name.startswith(("_", ".")))
    )


def _valid_policy_values(changes: list[tuple[str, int]]) -> list[bool]:
    """Runs in a child with the unmutated package: would each changed default validate?"""
    import etiket

    valid = []
    for name, value in changes:
        try:
            etiket.Policy(**{name: value})
        except etiket.EtiketError:
            valid.append(False)
        else:
            valid.append(True)
    return valid


def run_drift(
    root: Path,
    *,
    workers: int = 2,
    keys: Sequence[str] | None = None,
    select: Callable[[Mutant], bool] | None = None,
    each_edition: bool = False,
    timeout: float | None = None,
    progress: Callable[[int, int], None] | None = None,
) -> DriftReport:
    """Mutate ``root``'s rules package and run its docs against every mutant.

    ``keys`` picks mutants by key (an unknown key is an error), ``select`` by
    any test. Policy-number mutants always run in every edition on its own;
    other mutants run edition after edition until one kills them, or in every
    edition with ``each_edition``.
    """
    started = time.perf_counter()
    root = root.resolve()
    warm_up()
    editions = editions_of(root)
    with tempfile.TemporaryDirectory(prefix="etiket-drift-") as scratch_name:
        scratch = Path(scratch_name)
        snapshot = snapshot_package(root, scratch / "snapshot")
        mutants = find_mutants(snapshot)
        if keys is not None:
            by_key = {m.key: m for m in mutants}
            unknown = [k for k in keys if k not in by_key]
            if unknown:
                raise LookupError(f"no mutant with key {unknown[0]!r}")
            mutants = [by_key[k] for k in keys]
        if select is not None:
            mutants = [m for m in mutants if select(m)]
        pool = Pool(root, snapshot, scratch / "jobs", workers)

        policy = [m for m in mutants if m.kind == "policy-number"]
        changes = [(m.policy_number or "", m.value or 0) for m in policy]
        valid = call_with_snapshot(pool, _valid_policy_values, changes) if changes else []
        invalid = [m for m, ok in zip(policy, valid, strict=True) if not ok]
        mutants = [m for m in mutants if m not in invalid]

        baselines = _baselines(pool, editions)
        slowest = max((b.seconds for b in baselines.values()), default=1.0)
        limit = timeout if timeout is not None else max(15.0, 4.0 * slowest)
        report = DriftReport(
            editions, baselines, [MutantOutcome(m) for m in mutants], invalid, limit, workers
        )
        _run_mutants(pool, report, each_edition, progress)
    report.seconds = time.perf_counter() - started
    return report


def _baselines(pool: Pool, editions: Sequence[str]) -> dict[str, Baseline]:
    jobs = [Job(e, (f"docs/{e}",), stop_first=False) for e in editions]
    baselines = {}
    for result in pool.run(jobs, timeout=600.0):
        edition = result.job.edition
        failing = dict(sorted(result.failed_pages.items()))
        pages = tuple(sorted(p for p in result.collected if p not in failing))
        detail = ""
        if result.status in ("error", "timeout"):
            detail = f"{result.status}: {result.detail}"
        baselines[edition] = Baseline(
            edition, pages, sum(result.collected[p] for p in pages), failing, result.seconds,
            detail,
        )  # fmt: skip
    return {e: baselines[e] for e in editions}


def _run_mutants(
    pool: Pool,
    report: DriftReport,
    each_edition: bool,
    progress: Callable[[int, int], None] | None,
) -> None:
    editions = [e for e in report.editions if report.baselines[e].pages]
    kills: Counter[str] = Counter()
    outcomes = {id(o.mutant): o for o in report.outcomes}
    done = 0

    def pages(edition: str) -> tuple[str, ...]:
        # Pages that killed most so far go first: most mutants then stop early.
        listed = report.baselines[edition].pages
        return tuple(sorted(listed, key=lambda p: (-kills[p], listed.index(p))))

    def job(mutant: Mutant, edition: str) -> Job:
        return Job(edition, pages(edition), mutant)

    def every_edition(mutant: Mutant) -> bool:
        return each_edition or mutant.kind == "policy-number"

    def on_result(result: JobResult) -> list[Job]:
        nonlocal done
        mutant = result.job.mutant
        assert mutant is not None
        outcome = outcomes[id(mutant)]
        outcome.results[result.job.edition] = result
        if result.status == "killed" and result.page:
            kills[result.page] += 1
        later = [e for e in editions if e not in outcome.results]
        if later and not every_edition(mutant) and result.status not in _KILLED:
            return [job(mutant, later[0])]
        if not later or not every_edition(mutant):
            done += 1
            if progress is not None:
                progress(done, report.total)
        return []

    jobs: list[Job] = []
    for outcome in report.outcomes:
        mutant = outcome.mutant
        if not editions:
            continue
        if every_edition(mutant):
            jobs.extend(job(mutant, e) for e in editions)
        else:
            jobs.append(job(mutant, editions[0]))
    pool.run(jobs, report.timeout, on_result)
    # Editions without examples cannot kill anything: record that, so they show as such.
    for edition in report.editions:
        if edition in editions:
            continue
        for outcome in report.outcomes:
            if every_edition(outcome.mutant):
                outcome.results[edition] = JobResult(
                    Job(edition, ()), "survived", 0.0, detail="no examples in this edition"
                )
