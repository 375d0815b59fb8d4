"""One drift run: the baseline, every mutant against the docs, the figures and the goals.

The baseline runs each page once, unmutated, and records which lines of the
rules it runs (``tools.drift.lines``). Each mutant then runs once, in one job
over the pages of every edition that run one of its lines: first the advice
pages of each edition, then the Python pages (``tutorial/``, ``reference/``,
see ``etiket_docs.page_kinds``), within each kind the pages that noticed most
mutants so far first. Because an edition stops at its first failing page,
that page tells both figures at once: an advice page means the advice pages
alone notice the mutant; a Python page means only the whole handbook does. A
page that runs none of a mutant's lines runs as it does unmutated, so it is
not run: a mutant no page of an edition reaches survives there, unrun.
"""

from __future__ import annotations

import sys
import tempfile
import time
from collections import Counter
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path, PurePosixPath
from typing import Any, Literal

from tools.drift.mutants import TARGETS, Mutant, find_mutants, not_met_by_readers
from tools.drift.pages import Handbook
from tools.drift.runner import (
    Job,
    JobResult,
    Limits,
    Page,
    PageRecord,
    Pool,
    Ready,
    prepare,
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

Route = Literal["swap", "fresh", "unreached"]
"""How a mutant ran: its functions' code swapped in, on a fresh import of the package, or
not at all, because no page runs its lines (see ``tools.drift.inject``)."""
ROUTES: tuple[Route, ...] = ("swap", "fresh", "unreached")


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
    """Seconds, by the clock, the pages' runs took, each in a child of its own."""
    slowest: float = 0.0
    """Processor seconds the slowest example took."""
    detail: str = ""
    records: dict[str, PageRecord] = field(default_factory=dict)
    """What each page ran."""

    @property
    def advice_pages(self) -> tuple[str, ...]:
        return tuple(p for p in self.pages if is_advice(p, self.edition))

    @property
    def cpu(self) -> float:
        """Processor seconds the examples took, the line recorder on."""
        return sum(sum(r.seconds) for r in self.records.values())


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
    route: Route = "swap"

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
                    "cpu_seconds": round(b.cpu, 2),
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
                    "route": o.route,
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
            "limits": {
                "example": self.limits.example,
                "relative": self.limits.relative,
                "run": self.limits.run,
            },
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
    """Runs in a child of the ready parent: would each changed default validate?"""
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


# An example may take ten times what it took in the baseline, and at least half a second
# of the processor (the baseline's examples take milliseconds, the slowest a few tenths,
# recorder on): more is a loop that does not end, or might as well not.
_RELATIVE_LIMIT = 10.0
_LEAST_LIMIT = 0.5


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
    any test. ``timeout`` is how many processor seconds one example may take
    before it counts as noticing the mutant (by default :data:`_RELATIVE_LIMIT`
    times what it took in the baseline, at least :data:`_LEAST_LIMIT`).
    """
    started = time.perf_counter()
    root = root.resolve()
    warm_up()
    editions = editions_of(root)
    handbook = Handbook.load(root)
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
        pages = {e: handbook.pages(e) for e in editions}
        ready = prepare(root, snapshot, handbook, [p for e in editions for p in pages[e]], TARGETS)
        pool = Pool(ready, scratch / "jobs", workers)

        policy = [m for m in mutants if m.kind == "policy-number"]
        changes = [(m.policy_number or "", m.value or 0) for m in policy]
        valid = pool.call(_valid_policy_values, changes) if changes else []
        invalid = [m for m, ok in zip(policy, valid, strict=True) if not ok]
        mutants = [m for m in mutants if m not in invalid]

        baselines = _baselines(pool, pages)
        seconds = {p: r.seconds for b in baselines.values() for p, r in b.records.items()}
        example, relative = (
            (timeout, 0.0) if timeout is not None else (_LEAST_LIMIT, _RELATIVE_LIMIT)
        )
        longest = max(
            (max(example, relative * t) for times in seconds.values() for t in times),
            default=example,
        )
        # Generous: every page of every edition, slowed down fourfold, and one example
        # per edition that runs into its limit.
        run = max(30.0, 4.0 * sum(b.seconds for b in baselines.values()) + longest * len(editions))
        report = DriftReport(
            editions, baselines, [MutantOutcome(m) for m in mutants], invalid,
            Limits(example, run, relative, seconds), workers,
        )  # fmt: skip
        _run_mutants(pool, ready, report, progress)
        report.cpu = pool.cpu
    report.seconds = time.perf_counter() - started
    return report


def _baselines(pool: Pool, pages: dict[str, list[str]]) -> dict[str, Baseline]:
    """Each page with examples in a recording job of its own, unmutated."""
    ready = pool.ready
    jobs = [
        Job((Page(p, e),), record=True)
        for e, among in pages.items()
        for p in among
        if p in ready.parsed and ready.parsed[p].examples
    ]
    results = {r.job.pages[0].path: r for r in pool.run(jobs, Limits(example=None, run=600.0))}
    baselines = {}
    for edition, among in pages.items():
        failing = {p: why for p, why in ready.unparsed.items() if p in among}
        records: dict[str, PageRecord] = {}
        examples, seconds, slowest, details = 0, 0.0, 0.0, []
        for page in among:
            result = results.get(page)
            if result is None:
                continue
            failure = result.first_failure(edition)
            record = result.records.get(page)
            if failure is not None:
                failing[page] = failure.detail
            elif result.status != "done" or record is None:
                details.append(f"{page}: {result.status}: {result.detail}")
            else:
                records[page] = record
                examples += len(record.seconds)
                seconds += result.seconds
                slowest = max([slowest, *record.seconds])
        baselines[edition] = Baseline(
            edition, tuple(sorted(records)), examples, dict(sorted(failing.items())), seconds,
            slowest, "; ".join(details), records,
        )  # fmt: skip
    return baselines


def _route(mutant: Mutant, ready: Ready, records: Sequence[PageRecord]) -> Route:
    if not ready.setup_lines.get(mutant.path, frozenset()).isdisjoint(mutant.lines):
        return "fresh"  # the import or the parsing ran a changed line
    reaching = [r for r in records if r.runs(mutant.path, mutant.lines)]
    if not reaching:
        return "unreached"
    # A subprocess imports the package from disk: only a fresh import puts the mutant there.
    return "fresh" if any(r.spawned for r in reaching) else "swap"


def _run_mutants(
    pool: Pool,
    ready: Ready,
    report: DriftReport,
    progress: Callable[[int, int], None] | None,
) -> None:
    kills: Counter[str] = Counter()
    outcomes = {id(o.mutant): o for o in report.outcomes}
    done = 0

    def candidates(outcome: MutantOutcome, edition: str) -> list[str]:
        """The pages of ``edition`` that can notice the mutant."""
        mutant, records = outcome.mutant, report.baselines[edition].records
        if outcome.route == "fresh":
            # The import ran its lines (or a page starts a subprocess): every page may notice.
            return list(records)
        return [p for p, r in records.items() if r.runs(mutant.path, mutant.lines)]

    def job(outcome: MutantOutcome, among: Sequence[str]) -> Job:
        # Advice pages first, so that the first failing page of an edition tells whether they
        # alone notice the mutant; within each kind, pages that killed most so far go first,
        # then the quickest.
        pages = [(p, e) for e in among for p in candidates(outcome, e)]
        time_of = {p: sum(r.seconds) for e in among for p, r in report.baselines[e].records.items()}
        order = sorted(pages, key=lambda pe: (not is_advice(*pe), -kills[pe[0]], time_of[pe[0]]))
        return Job(tuple(Page(p, e) for p, e in order), outcome.mutant, outcome.route == "fresh")

    def finished(outcome: MutantOutcome) -> None:
        nonlocal done
        done += 1
        if progress is not None:
            progress(done, report.total)

    def on_result(result: JobResult) -> list[Job]:
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
            return [job(outcome, unsettled)]
        for edition in unsettled:
            outcome.results[edition] = EditionResult(
                "error", detail=f"{result.status}: {result.detail}", seconds=result.seconds
            )
        finished(outcome)
        return []

    records = [r for b in report.baselines.values() for r in b.records.values()]

    def jobs() -> Iterator[Job]:
        # Made one at a time, as workers come free, so that each orders its pages by the
        # kills of the mutants before it.
        for outcome in report.outcomes:
            mutant = outcome.mutant
            outcome.route = _route(mutant, ready, records)
            among = []
            for edition in report.editions:
                if candidates(outcome, edition) and outcome.route != "unreached":
                    among.append(edition)
                else:
                    outcome.results[edition] = EditionResult("survived", detail=_unreached(
                        mutant, report.baselines[edition]))  # fmt: skip
            if among:
                yield job(outcome, among)
            else:
                finished(outcome)

    pool.run(jobs(), report.limits, on_result)


def _unreached(mutant: Mutant, baseline: Baseline) -> str:
    if not baseline.records:
        return "no examples in this edition"
    first, last = mutant.lines[0], mutant.lines[-1]
    lines = f"line {first}" if first == last else f"lines {first}-{last}"
    return f"no page of this edition runs {lines} of {mutant.path}"


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
