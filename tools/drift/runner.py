"""Run the handbook's pages in forked children, against the rules package or one mutant of it.

The real ``src`` tree is never written to. At the start, ``src/etiket`` is
copied into a snapshot (so edits made during a run do not mix into it) and
compiled. The parent then gets ready once (:func:`prepare`): it imports the
snapshot's package, recording the lines the import runs (``tools.drift.lines``),
parses every page with the project's own Sybils (``tools.drift.pages``), and
notes the package's live functions. Every job is a child forked from that
parent, so it starts with the package imported and the pages parsed; one
with a mutant puts it in first (``tools.drift.inject``).

One job runs the pages of every edition, in the order given. Once an example
of an edition fails, the rest of that edition's pages are skipped: the first
failing page of each edition is what noticed the mutant there. An example that
runs past its time limit is interrupted and counts as a failure: an endless
loop is a change the reader would notice. A child that outlives the whole
run's limit is killed with its process group. The child writes what it finds
as it goes (a page started, a page failed, what a page ran, the end), one JSON
line each, so a run cut short still tells what it had found and where it
stopped.

The baseline runs each page in a child of its own, with the line recorder on:
what a page runs is then its own doing, whatever ran before it.
"""

from __future__ import annotations

import compileall
import contextlib
import gc
import importlib
import json
import multiprocessing
import multiprocessing.connection
import os
import resource
import shutil
import signal
import sys
import time
from collections import deque
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from multiprocessing.connection import Connection
from pathlib import Path
from types import CodeType, MappingProxyType
from typing import Any, Literal

from tools.drift.inject import CannotSwap, LiveFunctions, forget_modules, import_afresh, swap_code
from tools.drift.lines import LineRecorder
from tools.drift.mutants import Mutant
from tools.drift.pages import Clock, Handbook, PageRun, ParsedPage, run_page

__all__ = [
    "Failure",
    "Job",
    "JobResult",
    "Limits",
    "Page",
    "PageRecord",
    "Pool",
    "Ready",
    "Status",
    "prepare",
    "snapshot_package",
    "warm_up",
]

Status = Literal["done", "timeout", "error"]

# Heavy modules the examples use: imported once in the parent, inherited by every child.
_WARM_MODULES = (
    "sybil",
    "sybil.parsers.myst",
    "sybil.parsers.rest",
    "sybil.parsers.markdown",
    "doctest",
    "babel.dates",
    "holidays",
    "icalendar",
)

# Calls into the package made once by the parent, after importing it: caches that
# nearly every page fills. Reading every country's holiday codes (and importing every
# country's module of holidays), the first time a page names a country, took each child a
# fifth of a second. What these calls run is recorded with the import, so a mutant of it
# runs on a fresh import (see tools.drift.inject).
_PACKAGE_WARM_CALLS = (("etiket.calendar", "supported_countries"),)


def warm_up() -> None:
    """Import what every child needs, except etiket itself (:func:`prepare` imports it)."""
    if any(name == "etiket" or name.startswith("etiket.") for name in sys.modules):
        raise RuntimeError("etiket is already imported; the mutants would not be seen")
    for name in _WARM_MODULES:
        with contextlib.suppress(ImportError):
            importlib.import_module(name)
    with contextlib.suppress(Exception):
        from babel import Locale

        for code in ("en", "id"):
            _ = Locale.parse(code).days  # loads the locale's data, cached for children
    # What the parent holds now is never garbage: frozen, it is left out of every
    # child's collections, which would walk it all.
    gc.freeze()


def snapshot_package(root: Path, destination: Path) -> Path:
    """Copy ``root/src/etiket`` to ``destination/src/etiket``, compiled; return ``destination``."""
    package = destination / "src" / "etiket"
    shutil.copytree(
        root / "src" / "etiket", package, ignore=shutil.ignore_patterns("__pycache__", "*.pyc")
    )
    # Compiled once here, so that a fresh import compiles only the module its mutant changes.
    compileall.compile_dir(package, quiet=1)
    return destination


def _module_name(path: str) -> str:
    """``src/etiket/timeline.py`` → ``etiket.timeline``."""
    parts = list(Path(path).relative_to("src").with_suffix("").parts)
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def _import_package(targets: Iterable[str]) -> None:
    """Import the modules at ``targets`` and make the warm calls."""
    for path in targets:
        importlib.import_module(_module_name(path))
    for module, name in _PACKAGE_WARM_CALLS:
        with contextlib.suppress(ImportError, AttributeError):  # a project without it
            getattr(importlib.import_module(module), name)()


# Processor seconds a fresh import with its warm calls may take before the pages run; the
# parent's takes a fraction of a second.
_IMPORT_LIMIT = 10.0


@dataclass(slots=True)
class Ready:
    """The parent, ready for the pages: the package imported, every page parsed."""

    root: Path
    snapshot: Path
    handbook: Handbook
    parsed: dict[str, ParsedPage]
    unparsed: dict[str, str]
    """Pages that do not parse, with why."""
    setup_lines: dict[str, frozenset[int]]
    """The lines of each mutated module the import and the parsing ran."""
    live: LiveFunctions
    sources: dict[str, str]
    """Each mutated module's unmutated text, by path (``src/etiket/timeline.py``)."""
    compiled: dict[str, CodeType]
    kept_modules: frozenset[str]
    """The modules loaded before the package: a fresh import forgets the others."""

    def filename(self, path: str) -> str:
        """The file name the code of the module at ``path`` carries."""
        return str(self.snapshot / path)


def prepare(
    root: Path, snapshot: Path, handbook: Handbook, pages: Iterable[str], targets: Sequence[str]
) -> Ready:
    """Import the snapshot's package (``targets`` among it) and parse ``pages``, recorded."""
    kept = frozenset(sys.modules)
    sys.path.insert(0, str(snapshot / "src"))
    # For examples that start a subprocess.
    os.environ["PYTHONPATH"] = os.pathsep.join(
        [str(snapshot / "src"), *filter(None, [os.environ.get("PYTHONPATH")])]
    )
    sys.dont_write_bytecode = True
    files = {str(snapshot / path): path for path in targets}
    parsed: dict[str, ParsedPage] = {}
    unparsed: dict[str, str] = {}
    with LineRecorder(files) as recorder:
        try:
            _import_package(targets)
        except Exception as error:
            message = f"the package does not import without any mutant: {error!r}"
            raise RuntimeError(message) from error
        for page in pages:
            try:
                parsed[page] = handbook.parse(page)
            except Exception as error:  # a page that does not parse is left out
                unparsed[page] = f"the page does not parse: {error!r}"
    live = LiveFunctions.find(frozenset(files))
    sources = {path: (snapshot / path).read_text(encoding="utf-8") for path in targets}
    compiled = {
        path: compile(text, str(snapshot / path), "exec", dont_inherit=True)
        for path, text in sources.items()
    }
    gc.freeze()
    return Ready(
        root, snapshot, handbook, parsed, unparsed, recorder.lines, live, sources, compiled, kept
    )


@dataclass(frozen=True, slots=True)
class Page:
    """A page of one edition, relative to the project root."""

    path: str
    edition: str


@dataclass(frozen=True, slots=True)
class Job:
    """Run the examples of some pages, against one mutant (or none)."""

    pages: tuple[Page, ...]
    """In the order they run."""
    mutant: Mutant | None = None
    fresh: bool = False
    """Import the mutated package afresh, rather than swap its functions' code."""
    record: bool = False
    """Record what each page runs (the baseline)."""

    def edition_of(self, page: str) -> str:
        return next((p.edition for p in self.pages if p.path == page), "")


@dataclass(frozen=True, slots=True)
class Limits:
    """How long one example, and one whole run, may take."""

    example: float | None
    """Processor seconds an example may take at least (all of them, without ``relative``);
    None for no limit."""
    run: float
    """Seconds, by the clock, a whole job may take."""
    relative: float = 0.0
    """An example may also take this many times its own time in the baseline."""
    baseline: Mapping[str, Sequence[float]] = field(default_factory=lambda: MappingProxyType({}))
    """Each page's examples' processor seconds in the baseline."""

    def for_example(self, page: str, index: int) -> float | None:
        if self.example is None:
            return None
        times = self.baseline.get(page, ())
        own = self.relative * times[index] if index < len(times) else 0.0
        return round(max(self.example, own), 1)


@dataclass(frozen=True, slots=True)
class Failure:
    """The first failing example of a page."""

    page: str
    edition: str
    detail: str
    timed_out: bool = False


@dataclass(frozen=True, slots=True)
class PageRecord:
    """What a page's examples ran in the baseline."""

    lines: Mapping[str, frozenset[int]]
    """The lines of each mutated module, by path."""
    spawned: bool
    """The examples started another process, whose lines are not known."""
    seconds: tuple[float, ...]
    """Processor seconds of each example."""

    def runs(self, path: str, lines: Iterable[int]) -> bool:
        """Whether the page may run any of ``lines`` of the module at ``path``."""
        return self.spawned or not self.lines.get(path, frozenset()).isdisjoint(lines)


@dataclass(slots=True)
class JobResult:
    """What happened when a job ran."""

    job: Job
    status: Status
    """``done`` when every page ran, ``timeout`` when the run went past its limit."""
    seconds: float
    failures: list[Failure]
    """The first failure of each page, in the order they happened."""
    records: dict[str, PageRecord] = field(default_factory=dict)
    """For a recording job: what each page ran."""
    running: str | None = None
    """The page that was running when the run ended or was cut short."""
    detail: str = ""
    cpu: float = 0.0
    """Processor seconds the child and its subprocesses used (0 when it was cut short)."""

    def first_failure(self, edition: str) -> Failure | None:
        return next((f for f in self.failures if f.edition == edition), None)


def _tail(text: str, limit: int = 600) -> str:
    text = text.strip()
    return text if len(text) <= limit else "…" + text[-limit:]


class _Log:
    """The child's events, one JSON line each, flushed as they happen."""

    def __init__(self, path: Path) -> None:
        self._file = path.open("a", encoding="utf-8")

    def __call__(self, **event: Any) -> None:
        self._file.write(json.dumps(event) + "\n")
        self._file.flush()


def _install(ready: Ready, job: Job, workdir: Path) -> bool:
    """Put the job's mutant in; whether the package was imported afresh."""
    mutant = job.mutant
    assert mutant is not None
    source = ready.sources[mutant.path]
    if not job.fresh:
        with contextlib.suppress(CannotSwap):
            swap_code(mutant, ready.compiled[mutant.path], source, ready.live)
            return False
    forget_modules(ready.kept_modules, ready.root, ready.snapshot)
    import_afresh(mutant, ready.snapshot, workdir, source)
    # What the parent did before the baseline, so that a page's first example does not pay
    # for it within its time limit. If the mutant breaks the import, or makes it endless,
    # the pages' examples meet that again, each within its limit, as they would alone.
    with contextlib.suppress(BaseException), Clock(_IMPORT_LIMIT):
        _import_package(ready.sources)
    return True


def _run(ready: Ready, page: str, fresh: bool, limits: Limits, log: _Log, record: bool) -> PageRun:
    def limit(index: int) -> float | None:
        return limits.for_example(page, index)

    if fresh:
        try:
            parsed = ready.handbook.parse(page)
        except Exception as error:  # the mutant broke the package where parsing needs it
            return PageRun(failure=f"the page does not parse: {error!r}")
    else:
        parsed = ready.parsed[page]
    if not record:
        return run_page(parsed, limit)
    files = {ready.filename(path): path for path in ready.sources}
    with LineRecorder(files, watch_spawns=True) as recorder:
        run = run_page(parsed, limit)
    lines = {path: sorted(numbers) for path, numbers in recorder.lines.items()}
    log(record=page, lines=lines, spawned=recorder.spawned, seconds=run.seconds)
    return run


def _child(ready: Ready, workdir: Path, job: Job, limits: Limits) -> None:
    """Runs in the forked child: put the mutant in, run the pages, log, exit."""
    log = _Log(workdir / "log")
    try:
        # Its own process group, so a timeout also ends any subprocess of an example.
        os.setpgid(0, 0)
        quiet = os.open(os.devnull, os.O_WRONLY)
        os.dup2(quiet, 1)
        os.dup2(quiet, 2)
        started = time.perf_counter()
        fresh = _install(ready, job, workdir) if job.mutant is not None else False
        killed: set[str] = set()
        for page in job.pages:
            if page.edition in killed:
                continue
            log(page=page.path)
            run = _run(ready, page.path, fresh, limits, log, job.record)
            if run.failure is not None:
                killed.add(page.edition)
                log(failed=page.path, edition=page.edition, detail=_tail(run.failure),
                    timed_out=run.timed_out)  # fmt: skip
        usage = [resource.getrusage(resource.RUSAGE_SELF)]
        usage.append(resource.getrusage(resource.RUSAGE_CHILDREN))
        log(
            end=0,
            seconds=time.perf_counter() - started,
            cpu=sum(u.ru_utime + u.ru_stime for u in usage),
        )
    except BaseException as error:  # the parent must hear about anything
        log(end=-1, error=repr(error))
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
    """Runs jobs in up to ``workers`` children of the ready parent, each within its limits."""

    def __init__(self, ready: Ready, scratch: Path, workers: int = 2) -> None:
        self.ready = ready
        self.scratch = scratch
        self.workers = max(1, workers)
        self._context = multiprocessing.get_context("fork")
        self._counter = 0
        self.cpu = 0.0
        """Processor seconds of every run so far."""

    def run(
        self,
        jobs: Iterable[Job],
        limits: Limits,
        on_result: Callable[[JobResult], Sequence[Job]] | None = None,
    ) -> list[JobResult]:
        """Run ``jobs``, each made only when a worker is free for it (so it can use what the
        jobs before it found); ``on_result`` may return more jobs, which run next."""
        upcoming = iter(jobs)
        again: deque[Job] = deque()
        running: list[_Running] = []
        results: list[JobResult] = []
        try:
            while True:
                while len(running) < self.workers:
                    job = again.popleft() if again else next(upcoming, None)
                    if job is None:
                        break
                    running.append(self._start(job, limits))
                if not running:
                    break
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
                        again.extend(on_result(result))
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
        process = self._context.Process(target=_child, args=(self.ready, workdir, job, limits))
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

    def call(self, function: Callable[..., Any], *args: Any, timeout: float = 60.0) -> Any:
        """``function(*args)`` in a child of the ready parent (the unmutated package)."""
        receiver, sender = self._context.Pipe(duplex=False)
        process = self._context.Process(target=_call_child, args=(sender, function, args))
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


def _call_child(conn: Connection, function: Callable[..., Any], args: tuple[Any, ...]) -> None:
    try:
        os.setpgid(0, 0)
        outcome: Any = ("ok", function(*args))
    except BaseException as error:  # reported to the parent
        outcome = ("error", repr(error))
    try:
        conn.send(outcome)
    finally:
        os._exit(0)


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
    records = {
        e["record"]: PageRecord(
            MappingProxyType({path: frozenset(lines) for path, lines in e["lines"].items()}),
            e["spawned"],
            tuple(e["seconds"]),
        )
        for e in events
        if "record" in e
    }
    running = next((e["page"] for e in reversed(events) if "page" in e), None)
    end = next((e for e in events if "end" in e), None)
    result = JobResult(job, "done", elapsed, failures, records, running=running)
    if end is None:
        result.status, result.detail = "error", f"the child ended with code {exitcode}"
        return result
    result.cpu = float(end.get("cpu", 0.0))
    if end["end"] != 0:
        result.status = "error"
        result.detail = end.get("error") or f"the child ended with {end['end']}"
    return result
