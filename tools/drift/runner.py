"""Run the handbook's examples against mutated copies of the rules package.

The real ``src`` tree is never written to. At the start, ``src/etiket`` is
copied once into a temporary snapshot (so edits made during a run do not mix
into it); each job then gets its own copy of the snapshot with at most one
module replaced by its mutant, and runs in a forked child process that puts
that copy first on ``sys.path`` (and on ``PYTHONPATH``, for examples that start
a subprocess). The child runs pytest on whole pages of one edition, with the
project's own Sybil configuration (the root ``conftest.py``), stopping at the
first failing example. A child that runs past its time limit is killed with its
process group, and the mutant counts as killed: an endless loop is a change the
reader would notice.

Forking from a parent that has already imported pytest, Sybil, Babel and
holidays (but never etiket) makes a job cost little more than its examples.
"""

from __future__ import annotations

import contextlib
import importlib
import multiprocessing
import multiprocessing.connection
import os
import shutil
import signal
import sys
import time
from collections import Counter, deque
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from multiprocessing.connection import Connection
from pathlib import Path
from typing import Any, Literal

from tools.drift.mutants import Mutant

__all__ = [
    "Job",
    "JobResult",
    "Pool",
    "Status",
    "call_with_snapshot",
    "snapshot_package",
    "warm_up",
]

Status = Literal["killed", "survived", "timeout", "error"]

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


def snapshot_package(root: Path, destination: Path) -> Path:
    """Copy ``root/src/etiket`` to ``destination/src/etiket``; return ``destination``."""
    shutil.copytree(
        root / "src" / "etiket",
        destination / "src" / "etiket",
        ignore=shutil.ignore_patterns("__pycache__", "*.pyc"),
    )
    return destination


@dataclass(frozen=True, slots=True)
class Job:
    """Run the examples of some pages of one edition, against one mutant (or none)."""

    edition: str
    pages: tuple[str, ...]
    """Paths relative to the project root: whole pages, or an edition's folder."""
    mutant: Mutant | None = None
    stop_first: bool = True


@dataclass(slots=True)
class JobResult:
    """What happened when a job ran."""

    job: Job
    status: Status
    seconds: float
    page: str | None = None
    """The page whose example failed first, if one did."""
    detail: str = ""
    failed_pages: dict[str, str] = field(default_factory=dict)
    """Each page with a failing example, with its first failure."""
    collected: dict[str, int] = field(default_factory=dict)
    """Examples collected per page."""


class _Recorder:
    """A pytest plugin that notes which pages were collected and which failed."""

    def __init__(self) -> None:
        self.collected: Counter[str] = Counter()
        self.failures: list[tuple[str, str]] = []

    def pytest_collection_modifyitems(self, items: list[Any]) -> None:
        for item in items:
            self.collected[item.nodeid.split("::")[0]] += 1

    def pytest_runtest_logreport(self, report: Any) -> None:
        if report.failed:
            self._failed(report)

    def pytest_collectreport(self, report: Any) -> None:
        if report.failed:
            self._failed(report)

    def _failed(self, report: Any) -> None:
        # The first failure of each page: every failing page is known, and the message stays short.
        page = report.nodeid.split("::")[0]
        if all(page != seen for seen, _ in self.failures):
            self.failures.append((page, _tail(report.longreprtext)))


def _tail(text: str, limit: int = 600) -> str:
    text = text.strip()
    return text if len(text) <= limit else "…" + text[-limit:]


def _child(
    conn: Connection, root: Path, snapshot: Path, workdir: Path, job: Job, source: str | None
) -> None:
    """Runs in the forked child: set up the copy, run pytest, report, exit."""
    outcome: dict[str, Any]
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
        import pytest

        recorder = _Recorder()
        args = ["-q", "-p", "no:cacheprovider", *(["-x"] if job.stop_first else []), *job.pages]
        code = int(pytest.main(args, plugins=[recorder]))
        outcome = {
            "code": code,
            "failures": recorder.failures,
            "collected": dict(recorder.collected),
            "seconds": time.perf_counter() - started,
        }
    except BaseException as error:  # the parent must hear about anything
        outcome = {"code": -1, "failures": [], "collected": {}, "error": repr(error)}
    try:
        conn.send(outcome)
    finally:
        os._exit(0)


@dataclass(slots=True)
class _Running:
    process: multiprocessing.process.BaseProcess
    conn: Connection
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
    """Runs jobs in up to ``workers`` forked children at a time, each with a time limit."""

    def __init__(self, root: Path, snapshot: Path, scratch: Path, workers: int = 2) -> None:
        self.root = root
        self.snapshot = snapshot
        self.scratch = scratch
        self.workers = max(1, workers)
        self._context = multiprocessing.get_context("fork")
        self._counter = 0
        self._sources: dict[str, str] = {}

    def _mutated_source(self, mutant: Mutant) -> str:
        original = self._sources.get(mutant.path)
        if original is None:
            original = (self.snapshot / mutant.path).read_text(encoding="utf-8")
            self._sources[mutant.path] = original
        return mutant.apply(original)

    def run(
        self,
        jobs: Iterable[Job],
        timeout: float,
        on_result: Callable[[JobResult], Sequence[Job]] | None = None,
    ) -> list[JobResult]:
        """Run ``jobs``; ``on_result`` may return more jobs, which run next."""
        pending: deque[Job] = deque(jobs)
        running: list[_Running] = []
        results: list[JobResult] = []
        try:
            while pending or running:
                while pending and len(running) < self.workers:
                    running.append(self._start(pending.popleft()))
                sentinels = [r.process.sentinel for r in running]
                now = time.perf_counter()
                wait = max(0.0, min(r.started + timeout - now for r in running))
                multiprocessing.connection.wait(sentinels, timeout=min(wait, 1.0) + 0.01)
                for entry in list(running):
                    result = self._finish(entry, timeout)
                    if result is None:
                        continue
                    running.remove(entry)
                    results.append(result)
                    if on_result is not None:
                        pending.extendleft(reversed(list(on_result(result))))
        finally:
            for entry in running:
                _kill_group(entry.process)
                entry.process.join()
                entry.conn.close()
                shutil.rmtree(entry.workdir, ignore_errors=True)
        return results

    def _start(self, job: Job) -> _Running:
        self._counter += 1
        workdir = self.scratch / f"job-{self._counter}"
        workdir.mkdir(parents=True)
        source = self._mutated_source(job.mutant) if job.mutant is not None else None
        receiver, sender = self._context.Pipe(duplex=False)
        process = self._context.Process(
            target=_child, args=(sender, self.root, self.snapshot, workdir, job, source)
        )
        process.start()
        sender.close()
        return _Running(process, receiver, job, time.perf_counter(), workdir)

    def _finish(self, entry: _Running, timeout: float) -> JobResult | None:
        elapsed = time.perf_counter() - entry.started
        outcome: dict[str, Any] | None = None
        if entry.conn.poll():
            try:
                outcome = entry.conn.recv()
            except EOFError:
                outcome = None
        elif entry.process.is_alive():
            if elapsed < timeout:
                return None
            _kill_group(entry.process)
            entry.process.join()
            entry.conn.close()
            shutil.rmtree(entry.workdir, ignore_errors=True)
            return JobResult(entry.job, "timeout", elapsed, detail=f"over {timeout:.0f} s")
        entry.process.join()
        entry.conn.close()
        shutil.rmtree(entry.workdir, ignore_errors=True)
        return _result(entry.job, outcome, elapsed, entry.process.exitcode)


def _result(
    job: Job, outcome: dict[str, Any] | None, elapsed: float, exitcode: int | None
) -> JobResult:
    if outcome is None:
        return JobResult(job, "error", elapsed, detail=f"the child ended with code {exitcode}")
    failures: list[tuple[str, str]] = [(str(p), str(t)) for p, t in outcome.get("failures", [])]
    collected: dict[str, int] = dict(outcome.get("collected", {}))
    code = int(outcome["code"])
    failed_pages = dict(failures)
    page, detail = failures[0] if failures else (None, outcome.get("error", ""))
    # pytest's exit codes: 0 all passed, 1 some failed, 5 nothing collected.
    if code in (0, 5):
        status: Status = "survived"
    elif code == 1:
        status = "killed"
    else:
        status = "error"
        detail = detail or f"pytest ended with code {code}"
    return JobResult(job, status, elapsed, page, detail, failed_pages, collected)


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
