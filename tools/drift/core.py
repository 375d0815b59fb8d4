"""One drift run: the baseline, every mutant against the docs, the figures and the goals.

Each mutant runs once, in one job over every edition's pages: first the advice
pages of each edition, then the Python pages (``tutorial/``, ``reference/``,
see ``etiket_docs.page_kinds``). Because an edition stops at its first failing
page, that page tells both figures at once: an advice page means the advice
pages alone notice the mutant; a Python page means only the whole handbook does.
"""

from __future__ import annotations

import sys
import tempfile
import time
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path, PurePosixPath
from typing import Any, Literal

from tools.drift.mutants import Mutant, find_mutants, not_met_by_readers
from tools.drift.runner import (
    Job,
    JobResult,
    Limits,
    Page,
    Pool,
    call_with_snapshot,
    snapshot_package,
    warm_up,
)

# Which pages are advice pages is said once, beside the handbook's extensions.
_EXTENSIONS = Path(__file__).resolve().parents[2] / "docs" / "_ext"
if str(_EXTENSIONS) not in sys.path:
    sys.path.append(str(_EXTENSIONS))
from etiket_docs.page_kinds import is_advice_page  # noqa: E402

__all__ = [
    "GOAL_PERCENT",
    "PAGE_SETS",
    "READER_GOAL_PERCENT",
    "Baseline",
    "DriftReport",
    "EditionResult",
    "Figure",
    "Goal",
    "MutantOutcome",
    "PageSet",
    "editions_of",
    "run_drift",
]

GOAL_PERCENT = 90.0
"""At least this share of all mutants must be killed by the docs."""
READER_GOAL_PERCENT = 95.0
"""At least this share of the mutants of the rules a reader meets must be killed by the
advice pages alone (every mutant but those :func:`not_met_by_readers` names)."""

PageSet = Literal["all", "advice"]
PAGE_SETS: tuple[PageSet, ...] = ("all", "advice")

EditionStatus = Literal["killed", "survived", "timeout", "error"]
_KILLED = ("killed", "timeout")


def is_advice(page: str, edition: str) -> bool:
    """Whether ``page`` (``docs/<edition>/…``, relative to the project root) is an advice page."""
    return is_advice_page(PurePosixPath(page).relative_to("docs", edition))


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
    slowest: float = 0.0
    """Seconds the slowest example took."""
    detail: str = ""

    @property
    def advice_pages(self) -> tuple[str, ...]:
        return tuple(p for p in self.pages if is_advice(p, self.edition))


@dataclass(frozen=True, slots=True)
class EditionResult:
    """What one edition's pages made of one mutant."""

    status: EditionStatus
    page: str | None = None
    """The page whose example failed first."""
    advice: bool = False
    """That page is an advice page: the advice pages alone notice the mutant."""
    detail: str = ""
    seconds: float = 0.0

    def killed_by(self, pages: PageSet) -> bool:
        return self.status in _KILLED and (pages == "all" or self.advice)


@dataclass(slots=True)
class MutantOutcome:
    """What the docs made of one mutant, edition by edition."""

    mutant: Mutant
    results: dict[str, EditionResult] = field(default_factory=dict)

    def killed_by(self, pages: PageSet = "all", edition: str | None = None) -> bool:
        """Whether ``pages`` of ``edition`` (of any edition, by default) kill the mutant."""
        if edition is not None:
            result = self.results.get(edition)
            return result is not None and result.killed_by(pages)
        return any(r.killed_by(pages) for r in self.results.values())

    @property
    def errors(self) -> list[tuple[str, EditionResult]]:
        return [(e, r) for e, r in self.results.items() if r.status == "error"]

    @property
    def for_readers(self) -> bool:
        """Whether a reader of the advice pages meets the mutated code."""
        return not_met_by_readers(self.mutant) is None


@dataclass(frozen=True, slots=True)
class Figure:
    """How many of some mutants some pages killed."""

    killed: int
    total: int

    @property
    def percent(self) -> float:
        return 100.0 * self.killed / self.total if self.total else 0.0

    def reaches(self, percent: float) -> bool:
        return self.total == 0 or self.percent >= percent

    def __str__(self) -> str:
        return f"{self.killed} of {self.total} ({self.percent:.1f}%)" if self.total else "none"


@dataclass(frozen=True, slots=True)
class Goal:
    """One thing the docs must achieve, and whether this run shows they do."""

    text: str
    met: bool
    detail: str = ""


@dataclass(slots=True)
class DriftReport:
    """Everything a drift run found."""

    editions: tuple[str, ...]
    baselines: dict[str, Baseline]
    outcomes: list[MutantOutcome]
    invalid: list[Mutant]
    """Policy-number mutants left out because the changed policy would not validate."""
    limits: Limits
    workers: int
    seconds: float = 0.0
    cpu: float = 0.0
    """Processor seconds the runs used: the time the run would take on one idle core."""

    @property
    def total(self) -> int:
        return len(self.outcomes)

    @property
    def killed(self) -> int:
        return sum(o.killed_by() for o in self.outcomes)

    @property
    def percent(self) -> float:
        return self.figure("all").percent

    def figure(
        self, pages: PageSet, edition: str | None = None, *, readers_only: bool = False
    ) -> Figure:
        """The mutants ``pages`` kill, in ``edition`` or (by default) in any edition."""
        group = [o for o in self.outcomes if o.for_readers or not readers_only]
        return Figure(sum(o.killed_by(pages, edition) for o in group), len(group))

    def survivors(self, pages: PageSet = "all") -> list[MutantOutcome]:
        """Mutants that no edition's ``pages`` kill."""
        return [o for o in self.outcomes if not o.killed_by(pages)]

    def missed_by_advice(self) -> list[MutantOutcome]:
        """Mutants that some edition's advice pages do not kill, though its pages may."""
        return [o for o in self.outcomes if not all(o.killed_by("advice", e) for e in o.results)]

    @property
    def policy_outcomes(self) -> list[MutantOutcome]:
        return [o for o in self.outcomes if o.mutant.kind == "policy-number"]

    def policy_survivors(self, edition: str, pages: PageSet = "all") -> list[MutantOutcome]:
        """Policy-number mutants that ``edition``'s ``pages`` alone do not kill."""
        return [o for o in self.policy_outcomes if not o.killed_by(pages, edition)]

    def goals(self) -> list[Goal]:
        def each_edition(pages: PageSet) -> Goal:
            missing = {e: len(self.policy_survivors(e, pages)) for e in self.editions}
            detail = ", ".join(f"{n} survive in {e}" for e, n in missing.items() if n)
            where = "pages" if pages == "all" else "advice pages alone"
            text = f"every policy number killed by each edition's {where}"
            return Goal(text, not detail, detail)

        readers = self.figure("advice", readers_only=True)
        everything = self.figure("all")
        return [
            each_edition("all"),
            each_edition("advice"),
            Goal(
                f"at least {READER_GOAL_PERCENT:.0f}% of the mutants of the rules a reader "
                "meets killed by the advice pages alone",
                readers.reaches(READER_GOAL_PERCENT),
                str(readers),
            ),
            Goal(
                f"at least {GOAL_PERCENT:.0f}% of all mutants killed",
                everything.reaches(GOAL_PERCENT),
                str(everything),
            ),
        ]

    @property
    def baseline_ok(self) -> bool:
        return all(not b.failing and not b.detail for b in self.baselines.values())

    @property
    def goals_met(self) -> bool:
        errors = any(o.errors for o in self.outcomes)
        return all(g.met for g in self.goals()) and self.baseline_ok and not errors

    def as_json(self) -> dict[str, Any]:
        def figures(readers_only: bool) -> dict[str, dict[str, dict[str, Any]]]:
            return {
                pages: {
                    (edition or "overall"): _figure_json(
                        self.figure(pages, edition, readers_only=readers_only)
                    )
                    for edition in (None, *self.editions)
                }
                for pages in PAGE_SETS
            }

        return {
            "editions": list(self.editions),
            "baselines": {
                e: {
                    "pages": list(b.pages),
                    "advice_pages": list(b.advice_pages),
                    "examples": b.examples,
                    "failing": dict(b.failing),
                    "seconds": round(b.seconds, 2),
                    "slowest_example": round(b.slowest, 2),
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
                    "not_met_by_readers": not_met_by_readers(o.mutant),
                    "killed": o.killed_by("all"),
                    "killed_by_advice": o.killed_by("advice"),
                    "editions": {
                        e: {
                            "status": r.status,
                            "page": r.page,
                            "advice": r.advice,
                            "seconds": round(r.seconds, 2),
                            "detail": r.detail,
                        }
                        for e in self.editions
                        if (r := o.results.get(e)) is not None
                    },
                }
                for o in self.outcomes
            ],
            "invalid": [m.key for m in self.invalid],
            "figures": figures(readers_only=False),
            "reader_figures": figures(readers_only=True),
            "goals": [{"goal": g.text, "met": g.met, "detail": g.detail} for g in self.goals()],
            "killed": self.killed,
            "total": self.total,
            "percent": round(self.percent, 1),
            "goals_met": self.goals_met,
            "limits": {"example": self.limits.example, "run": self.limits.run},
            "workers": self.workers,
            "seconds": round(self.seconds, 1),
            "cpu_seconds": round(self.cpu, 1),
        }


def _figure_json(figure: Figure) -> dict[str, Any]:
    return {"killed": figure.killed, "total": figure.total, "percent": round(figure.percent, 1)}


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
    timeout: float | None = None,
    progress: Callable[[int, int], None] | None = None,
) -> DriftReport:
    """Mutate ``root``'s rules package and run its docs against every mutant.

    ``keys`` picks mutants by key (an unknown key is an error), ``select`` by
    any test. ``timeout`` is how long one example may run before it counts as
    noticing the mutant (by default ten times the slowest example of the
    baseline, at least 5 s).
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
        slowest = max((b.slowest for b in baselines.values()), default=0.5)
        example = timeout if timeout is not None else max(5.0, 10.0 * slowest)
        # Generous: every page of every edition, slowed down fourfold, and one example
        # per edition that runs into its limit.
        run = max(30.0, 4.0 * sum(b.seconds for b in baselines.values()) + example * len(editions))
        report = DriftReport(
            editions, baselines, [MutantOutcome(m) for m in mutants], invalid,
            Limits(example, run), workers,
        )  # fmt: skip
        _run_mutants(pool, report, progress)
        report.cpu = pool.cpu
    report.seconds = time.perf_counter() - started
    return report


def _baselines(pool: Pool, editions: Sequence[str]) -> dict[str, Baseline]:
    jobs = [Job((Page(f"docs/{e}", e),), stop_first=False) for e in editions]
    baselines = {}
    for result in pool.run(jobs, Limits(example=None, run=600.0)):
        edition = result.job.pages[0].edition
        failing = dict(sorted((f.page, f.detail) for f in result.failures))
        pages = tuple(sorted(p for p in result.collected if p not in failing))
        detail = f"{result.status}: {result.detail}" if result.status != "done" else ""
        baselines[edition] = Baseline(
            edition, pages, sum(result.collected[p] for p in pages), failing, result.seconds,
            result.slowest, detail,
        )  # fmt: skip
    return {e: baselines[e] for e in editions}


def _run_mutants(
    pool: Pool, report: DriftReport, progress: Callable[[int, int], None] | None
) -> None:
    editions = [e for e in report.editions if report.baselines[e].pages]
    kills: Counter[str] = Counter()
    outcomes = {id(o.mutant): o for o in report.outcomes}
    done = 0

    def job(mutant: Mutant, among: Sequence[str]) -> Job:
        # Advice pages first, so that the first failing page of an edition tells whether they
        # alone notice the mutant; within each kind, pages that killed most so far go first.
        pages = [(p, e) for e in among for p in report.baselines[e].pages]
        order = sorted(pages, key=lambda pe: (not is_advice(*pe), -kills[pe[0]]))
        return Job(tuple(Page(p, e) for p, e in order), mutant)

    def on_result(result: JobResult) -> list[Job]:
        nonlocal done
        mutant = result.job.mutant
        assert mutant is not None
        outcome = outcomes[id(mutant)]
        among = list(dict.fromkeys(p.edition for p in result.job.pages))
        for edition in among:
            recorded = _edition_result(result, edition)
            if recorded is not None:
                outcome.results[edition] = recorded
                if recorded.page is not None and recorded.status in _KILLED:
                    kills[recorded.page] += 1
        unsettled = [e for e in among if e not in outcome.results]
        if unsettled and len(unsettled) < len(among):
            # The run was cut short in one edition: the others run again on their own.
            return [job(mutant, unsettled)]
        for edition in unsettled:
            outcome.results[edition] = EditionResult(
                "error", detail=f"{result.status}: {result.detail}", seconds=result.seconds
            )
        done += 1
        if progress is not None:
            progress(done, report.total)
        return []

    jobs = [job(o.mutant, editions) for o in report.outcomes] if editions else []
    pool.run(jobs, report.limits, on_result)
    # Editions without examples cannot kill anything: record that, so they show as such.
    for edition in report.editions:
        if edition not in editions:
            for outcome in report.outcomes:
                outcome.results[edition] = EditionResult(
                    "survived", detail="no examples in this edition"
                )


def _edition_result(result: JobResult, edition: str) -> EditionResult | None:
    """What ``result`` tells about ``edition``; None when its run ended before telling."""
    failure = result.first_failure(edition)
    if failure is not None:
        status: EditionStatus = "timeout" if failure.timed_out else "killed"
        advice = is_advice(failure.page, edition)
        return EditionResult(status, failure.page, advice, failure.detail, result.seconds)
    if result.status == "done":
        return EditionResult("survived", seconds=result.seconds)
    running = result.running
    if result.status == "timeout" and running and result.job.edition_of(running) == edition:
        advice = is_advice(running, edition)
        return EditionResult("timeout", running, advice, result.detail, result.seconds)
    return None
