"""Run the handbook's examples against mutated copies of the rules package.

The real ``src`` tree is never written to. At the start, ``src/etiket`` is
copied once into a temporary snapshot (so edits made during a run do not mix
into it) and compiled; each job then gets its own copy of the snapshot with at
most one module replaced by its mutant, and runs in a forked child process that
puts that copy first on ``sys.path`` (and on ``PYTHONPATH``, for examples that
start a subprocess). The child runs pytest on whole pages with the project's own
Sybil configuration (the root ``conftest.py``).

One job runs the pages of every edition, in the order given. Once an example of
an edition fails, the rest of that edition's pages are skipped: the first
failing page of each edition is what noticed the mutant there. An example that
runs past its time limit is interrupted and counts as a failure: an endless
loop is a change the reader would notice. A child that outlives the whole run's
limit is killed with its process group. The child writes what it finds as it
goes (a page started, a page failed, the end), one JSON line each, so a run cut
short still tells what it had found and where it stopped.

Forking from a parent that has already imported pytest, Sybil, Babel and
holidays (but never etiket) makes a job cost little more than its examples.
"""

from __future__ import annotations

import compileall
import contextlib
import gc
import importlib
import importlib.util
import json
import multiprocessing
import multiprocessing.connection
import os
import resource
import shutil
import signal
import sys
import time
from collections import Counter, deque
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from multiprocessing.connection import Connection
from pathlib import Path
from types import FrameType
from typing import Any, Literal, TextIO

import pytest

from tools.drift.mutants import Mutant

__all__ = [
    "Failure",
    "Job",
    "JobResult",
    "Limits",
    "Page",
    "Pool",
    "Status",
    "call_with_snapshot",
    "snapshot_package",
    "warm_up",
]

Status = Literal["done", "timeout", "error"]

# Heavy modules the examples use: imported once in the parent, inherited by every child.
_WARM_MODULES = (
    "pytest",
    "_pytest.config",
    "_pytest.main",
    "_pytest.python",
    "_pytest.terminal",
    "_pytest.capture",
    "_pytest.fixtures",
    "sybil",
    "sybil.integration.pytest",
    "sybil.parsers.myst",
    "sybil.parsers.rest",
    "sybil.parsers.markdown",
    "babel.dates",
    "holidays",
    "icalendar",
)


def warm_up() -> None:
    """Import what every child needs, except etiket itself (each child imports its own)."""
    if any(name == "etiket" or name.startswith("etiket.") for name in sys.modules):
        raise RuntimeError("etiket is already imported; the mutants would not be seen")
    for name in _WARM_MODULES:
        with contextlib.suppress(ImportError):
            importlib.import_module(name)
    with contextlib.suppress(Exception):
        from babel import Locale

        for code in ("en", "id"):
            _ = Locale.parse(code).days  # loads the locale's data, cached for children
    with contextlib.suppress(Exception):
        import holidays

        # etiket reads every country's codes the first time it meets a country: importing
        # each country's module here spares every child that work.
        for code in holidays.list_supported_countries():
            holidays.country_holidays(code)
    # What the parent holds now is never garbage: frozen, it is left out of every child's
    # collections (pytest collects at the end of each session), which would walk it all.
    gc.freeze()


def snapshot_package(root: Path, destination: Path) -> Path:
    """Copy ``root/src/etiket`` to ``destination/src/etiket``, compiled; return ``destination``."""
    package = destination / "src" / "etiket"
    shutil.copytree(
        root / "src" / "etiket", package, ignore=shutil.ignore_patterns("__pycache__", "*.pyc")
    )
    # Compiled once here, so that each child compiles only the module its mutant changes.
    compileall.compile_dir(package, quiet=1)
    return destination


@dataclass(frozen=True, slots=True)
class Page:
    """A page of one edition, or a folder of them, relative to the project root."""

    path: str
    edition: str

    def holds(self, page: str) -> bool:
        return page == self.path or page.startswith(self.path.rstrip("/") + "/")


@dataclass(frozen=True, slots=True)
class Job:
    """Run the examples of some pages, against one mutant (or none)."""

    pages: tuple[Page, ...]
    """In the order they run."""
    mutant: Mutant | None = None
    stop_first: bool = True
    """After an edition's first failing example, skip the rest of that edition's pages."""

    def edition_of(self, page: str) -> str:
        return next((p.edition for p in self.pages if p.holds(page)), "")


@dataclass(frozen=True, slots=True)
class Limits:
    """How long one example, and one whole run, may take."""

    example: float | None
    """Seconds; None for no limit."""
    run: float


@dataclass(frozen=True, slots=True)
class Failure:
    """The first failing example of a page."""

    page: str
    edition: str
    detail: str
    timed_out: bool = False


@dataclass(slots=True)
class JobResult:
    """What happened when a job ran."""

    job: Job
    status: Status
    """``done`` when pytest ran to its end, ``timeout`` when the run went past its limit."""
    seconds: float
    failures: list[Failure]
    """The first failure of each page, in the order they happened."""
    collected: dict[str, int]
    """Examples collected per page."""
    slowest: float = 0.0
    """Seconds the slowest example took."""
    running: str | None = None
    """The page that was running when the run ended or was cut short."""
    detail: str = ""
    cpu: float = 0.0
    """Processor seconds the child and its subprocesses used (0 when it was cut short)."""

    def first_failure(self, edition: str) -> Failure | None:
        return next((f for f in self.failures if f.edition == edition), None)


class _TimedOut(BaseException):
    """Raised in an example past its time limit; not an Exception, so no handler swallows it."""


class _Recorder:
    """A pytest plugin for one job: runs its pages, stops each edition early, logs what happens."""

    def __init__(self, job: Job, log: TextIO, example_limit: float | None) -> None:
        self.job = job
        self.log = log
        self.example_limit = example_limit
        self.collected: Counter[str] = Counter()
        self.failed_pages: set[str] = set()
        self.killed_editions: set[str] = set()
        self.running: str | None = None
        self.interrupted: str | None = None
        """The example the time limit interrupted."""
        self.slowest = 0.0

    def write(self, **event: Any) -> None:
        self.log.write(json.dumps(event) + "\n")
        self.log.flush()

    def _skipped(self, item: pytest.Item) -> bool:
        return self.job.edition_of(_page(item.nodeid)) in self.killed_editions

    def _next(self, items: Sequence[pytest.Item], start: int) -> int | None:
        return next((i for i in range(start, len(items)) if not self._skipped(items[i])), None)

    def pytest_collection_modifyitems(self, items: list[pytest.Item]) -> None:
        for item in items:
            self.collected[_page(item.nodeid)] += 1

    @pytest.hookimpl(tryfirst=True)
    def pytest_runtestloop(self, session: pytest.Session) -> bool | None:
        config = session.config
        collection_failed = session.testsfailed and not config.option.continue_on_collection_errors
        if not self.job.stop_first or config.option.collectonly or collection_failed:
            return None  # pytest's own loop
        # pytest's loop, leaving out the pages of editions already killed. The item named
        # as the next one always runs (skipped, if its edition has just been killed): pytest
        # tears the pages down according to it.
        items = session.items
        upcoming = self._next(items, 0)
        while upcoming is not None:
            following = self._next(items, upcoming + 1)
            items[upcoming].config.hook.pytest_runtest_protocol(
                item=items[upcoming], nextitem=None if following is None else items[following]
            )
            if session.shouldfail:
                raise session.Failed(session.shouldfail)
            if session.shouldstop:
                raise session.Interrupted(session.shouldstop)
            upcoming = following
        return True

    @pytest.hookimpl(tryfirst=True)
    def pytest_runtest_setup(self, item: pytest.Item) -> None:
        if self._skipped(item):
            pytest.skip("this edition has already noticed the mutant")
        page = _page(item.nodeid)
        if page != self.running:
            self.running = page
            self.write(page=page)

    @pytest.hookimpl(wrapper=True)
    def pytest_runtest_call(self, item: pytest.Item) -> Iterator[None]:
        def interrupt(_signal: int, _frame: FrameType | None) -> None:
            self.interrupted = item.nodeid
            raise _TimedOut(f"the example ran for more than {self.example_limit:.0f} s")

        if self.example_limit is not None:
            signal.signal(signal.SIGALRM, interrupt)
            signal.setitimer(signal.ITIMER_REAL, self.example_limit)
        started = time.perf_counter()
        try:
            return (yield)
        finally:
            signal.setitimer(signal.ITIMER_REAL, 0)
            self.slowest = max(self.slowest, time.perf_counter() - started)

    def pytest_runtest_logreport(self, report: pytest.TestReport) -> None:
        if report.failed:
            self._failed(report)

    def pytest_collectreport(self, report: pytest.CollectReport) -> None:
        if report.failed:
            self._failed(report)

    def _failed(self, report: pytest.TestReport | pytest.CollectReport) -> None:
        # The first failure of each page: every failing page is known, and the log stays short.
        page = _page(report.nodeid)
        edition = self.job.edition_of(page)
        if self.job.stop_first:
            self.killed_editions.add(edition)
        if page not in self.failed_pages:
            self.failed_pages.add(page)
            self.write(
                failed=page,
                edition=edition,
                detail=_tail(report.longreprtext),
                timed_out=report.nodeid == self.interrupted,
            )


def _page(nodeid: str) -> str:
    return nodeid.split("::", maxsplit=1)[0]


def _tail(text: str, limit: int = 600) -> str:
    text = text.strip()
    return text if len(text) <= limit else "…" + text[-limit:]


def _child(
    root: Path, snapshot: Path, workdir: Path, job: Job, source: str | None, limits: Limits
) -> None:
    """Runs in the forked child: set up the copy, run pytest, log, exit."""
    with (workdir / "log").open("a", encoding="utf-8") as log:
        recorder = _Recorder(job, log, limits.example)
        try:
            # Its own process group, so a timeout also ends any subprocess of an example.
            os.setpgid(0, 0)
            quiet = os.open(os.devnull, os.O_WRONLY)
            os.dup2(quiet, 1)
            os.dup2(quiet, 2)
            started = time.perf_counter()
            package = workdir / "etiket"
            shutil.copytree(snapshot / "src" / "etiket", package)
            if job.mutant is not None and source is not None:
                target = workdir / Path(job.mutant.path).relative_to("src")
                Path(importlib.util.cache_from_source(str(target))).unlink(missing_ok=True)
                target.write_text(source, encoding="utf-8")
            sys.dont_write_bytecode = True
            sys.path.insert(0, str(workdir))
            os.environ["PYTHONPATH"] = os.pathsep.join(
                [str(workdir), *filter(None, [os.environ.get("PYTHONPATH")])]
            )
            os.environ["PYTHONDONTWRITEBYTECODE"] = "1"
            # Only the project's own Sybil configuration: no third-party plugins, no user options.
            os.environ["PYTEST_DISABLE_PLUGIN_AUTOLOAD"] = "1"
            os.environ.pop("PYTEST_ADDOPTS", None)
            os.chdir(root)
            # No output capture: the examples' output is doctest's to compare, and the
            # child's own goes nowhere.
            args = ["-q", "-s", "-p", "no:cacheprovider", *(p.path for p in job.pages)]
            code = int(pytest.main(args, plugins=[recorder]))
            usage = [resource.getrusage(resource.RUSAGE_SELF)]
            usage.append(resource.getrusage(resource.RUSAGE_CHILDREN))
            recorder.write(
                end=code,
                collected=dict(recorder.collected),
                slowest=recorder.slowest,
                seconds=time.perf_counter() - started,
                cpu=sum(u.ru_utime + u.ru_stime for u in usage),
            )
        except BaseException as error:  # the parent must hear about anything
            recorder.write(end=-1, error=repr(error))
    os._exit(0)


@dataclass(slots=True)
class _Running:
    process: multiprocessing.process.BaseProcess
    job: Job
    started: float
    workdir: Path


def _kill_group(process: multiprocessing.process.BaseProcess) -> None:
    pid = process.pid
    if pid is None:
        return
    try:
        os.killpg(pid, signal.SIGKILL)
    except (ProcessLookupError, PermissionError):
        # The child had not made its own group yet: end the child itself.
        with contextlib.suppress(ProcessLookupError):
            os.kill(pid, signal.SIGKILL)


class Pool:
    """Runs jobs in up to ``workers`` forked children at a time, each within its limits."""

    def __init__(self, root: Path, snapshot: Path, scratch: Path, workers: int = 2) -> None:
        self.root = root
        self.snapshot = snapshot
        self.scratch = scratch
        self.workers = max(1, workers)
        self._context = multiprocessing.get_context("fork")
        self._counter = 0
        self._sources: dict[str, str] = {}
        self.cpu = 0.0
        """Processor seconds of every run so far."""

    def _mutated_source(self, mutant: Mutant) -> str:
        original = self._sources.get(mutant.path)
        if original is None:
            original = (self.snapshot / mutant.path).read_text(encoding="utf-8")
            self._sources[mutant.path] = original
        return mutant.apply(original)

    def run(
        self,
        jobs: Iterable[Job],
        limits: Limits,
        on_result: Callable[[JobResult], Sequence[Job]] | None = None,
    ) -> list[JobResult]:
        """Run ``jobs``; ``on_result`` may return more jobs, which run next."""
        pending: deque[Job] = deque(jobs)
        running: list[_Running] = []
        results: list[JobResult] = []
        try:
            while pending or running:
                while pending and len(running) < self.workers:
                    running.append(self._start(pending.popleft(), limits))
                sentinels = [r.process.sentinel for r in running]
                now = time.perf_counter()
                wait = max(0.0, min(r.started + limits.run - now for r in running))
                multiprocessing.connection.wait(sentinels, timeout=min(wait, 1.0) + 0.01)
                for entry in list(running):
                    result = self._finish(entry, limits.run)
                    if result is None:
                        continue
                    running.remove(entry)
                    results.append(result)
                    self.cpu += result.cpu
                    if on_result is not None:
                        pending.extendleft(reversed(list(on_result(result))))
        finally:
            for entry in running:
                _kill_group(entry.process)
                entry.process.join()
                shutil.rmtree(entry.workdir, ignore_errors=True)
        return results

    def _start(self, job: Job, limits: Limits) -> _Running:
        self._counter += 1
        workdir = self.scratch / f"job-{self._counter}"
        workdir.mkdir(parents=True)
        source = self._mutated_source(job.mutant) if job.mutant is not None else None
        process = self._context.Process(
            target=_child, args=(self.root, self.snapshot, workdir, job, source, limits)
        )
        process.start()
        return _Running(process, job, time.perf_counter(), workdir)

    def _finish(self, entry: _Running, run_limit: float) -> JobResult | None:
        elapsed = time.perf_counter() - entry.started
        cut_short = False
        if entry.process.is_alive():
            if elapsed < run_limit:
                return None
            _kill_group(entry.process)
            cut_short = True
        entry.process.join()
        events = _events(entry.workdir / "log")
        shutil.rmtree(entry.workdir, ignore_errors=True)
        result = _result(entry.job, events, elapsed, entry.process.exitcode)
        if cut_short:
            result.status, result.detail = "timeout", f"the run went over {run_limit:.0f} s"
        return result


def _events(log: Path) -> list[dict[str, Any]]:
    try:
        lines = log.read_text(encoding="utf-8").splitlines()
    except FileNotFoundError:
        return []
    events = []
    for line in lines:
        with contextlib.suppress(json.JSONDecodeError):  # a line cut off by a kill
            events.append(json.loads(line))
    return events


def _result(
    job: Job, events: list[dict[str, Any]], elapsed: float, exitcode: int | None
) -> JobResult:
    failures = [
        Failure(e["failed"], e["edition"], e["detail"], e["timed_out"])
        for e in events
        if "failed" in e
    ]
    running = next((e["page"] for e in reversed(events) if "page" in e), None)
    end = next((e for e in events if "end" in e), None)
    result = JobResult(job, "done", elapsed, failures, {}, running=running)
    if end is None:
        result.status, result.detail = "error", f"the child ended with code {exitcode}"
        return result
    result.collected = dict(end.get("collected", {}))
    result.slowest = float(end.get("slowest", 0.0))
    result.cpu = float(end.get("cpu", 0.0))
    # pytest's exit codes: 0 all passed, 1 some failed, 5 nothing collected.
    if end["end"] not in (0, 1, 5):
        result.status = "error"
        result.detail = end.get("error") or f"pytest ended with code {end['end']}"
    return result


def _call_child(
    conn: Connection, snapshot: Path, function: Callable[..., Any], args: tuple[Any, ...]
) -> None:
    try:
        os.setpgid(0, 0)
        sys.dont_write_bytecode = True
        sys.path.insert(0, str(snapshot / "src"))
        outcome: Any = ("ok", function(*args))
    except BaseException as error:  # reported to the parent
        outcome = ("error", repr(error))
    try:
        conn.send(outcome)
    finally:
        os._exit(0)


def call_with_snapshot(
    pool: Pool, function: Callable[..., Any], *args: Any, timeout: float = 60.0
) -> Any:
    """``function(*args)`` in a child that imports the unmutated snapshot of etiket.

    The parent must not import etiket itself (the children would inherit it).
    """
    context = multiprocessing.get_context("fork")
    receiver, sender = context.Pipe(duplex=False)
    process = context.Process(target=_call_child, args=(sender, pool.snapshot, function, args))
    process.start()
    sender.close()
    try:
        if not receiver.poll(timeout):
            raise TimeoutError(f"{function.__name__} took longer than {timeout:.0f} s")
        status, value = receiver.recv()
    finally:
        _kill_group(process)
        process.join()
        receiver.close()
    if status != "ok":
        raise RuntimeError(f"{function.__name__} failed on the unmutated package: {value}")
    return value
