"""The handbook's pages, run by the project's own Sybil configuration without pytest.

The Sybils are the ones the project's ``conftest.py`` builds, so a page is
parsed and run here exactly as ``make test`` parses and runs it: every example
of the page in order, in the page's one namespace, with the Sybil's ``setup``
and ``teardown`` around them. What is left out is pytest itself (its start,
collection and reports), which cost a job more than the examples did.

Importing ``conftest.py`` must not import the rules package: the mutants are
put in after it (``tools.drift.inject``).
"""

from __future__ import annotations

import importlib.util
import signal
import time
import traceback
import unittest
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from types import FrameType

from sybil import Document, Example, Sybil
from sybil.example import SybilFailure

__all__ = ["Clock", "Handbook", "PageRun", "ParsedPage", "run_page"]


@dataclass(frozen=True, slots=True)
class ParsedPage:
    """One page as each Sybil that reads it parsed it (usually one)."""

    page: str
    documents: tuple[tuple[Sybil, Document], ...]

    @property
    def examples(self) -> int:
        return sum(len(list(document.examples())) for _, document in self.documents)


@dataclass(frozen=True, slots=True)
class Handbook:
    """The pages of a project and the Sybils of its ``conftest.py``."""

    root: Path
    sybils: tuple[Sybil, ...]

    @classmethod
    def load(cls, root: Path) -> Handbook:
        path = root / "conftest.py"
        spec = importlib.util.spec_from_file_location("_drift_conftest", path)
        if spec is None or spec.loader is None:
            raise FileNotFoundError(f"{path}: no conftest.py to read the Sybil configuration from")
        module = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(module)
        found: dict[int, Sybil] = {}
        for value in vars(module).values():
            # A SybilCollection (``a + b``) is a list of Sybils.
            for sybil in value if isinstance(value, list) else [value]:
                if isinstance(sybil, Sybil):
                    found.setdefault(id(sybil), sybil)
        if not found:
            raise LookupError(f"{path} builds no Sybil: drift has no pages to run")
        for sybil in found.values():
            if sybil.fixtures:
                # Fixtures are pytest's: drift runs the pages without pytest.
                raise ValueError(f"{path}: a Sybil with pytest fixtures {sybil.fixtures!r}")
        return cls(root, tuple(found.values()))

    def pages(self, edition: str) -> list[str]:
        """The pages of ``docs/<edition>`` that a Sybil reads, relative to the root."""
        folder = self.root / "docs" / edition
        return sorted(
            str(path.relative_to(self.root))
            for path in folder.rglob("*")
            if path.is_file() and any(s.should_parse(path) for s in self.sybils)
        )

    def parse(self, page: str) -> ParsedPage:
        path = self.root / page
        return ParsedPage(
            page, tuple((s, s.parse(path)) for s in self.sybils if s.should_parse(path))
        )


@dataclass(slots=True)
class PageRun:
    """What running one page's examples found."""

    examples: int = 0
    """How many examples ran (all of them, unless one failed)."""
    seconds: list[float] = field(default_factory=list)
    """Processor seconds each example took."""
    failure: str | None = None
    """Why the first failing example failed; None when none did."""
    timed_out: bool = False


class _TimedOut(KeyboardInterrupt):
    """Raised in an example past its time limit. As an interruption, it is what doctest lets
    through rather than report as the example's failure and go on to the next example."""


def run_page(parsed: ParsedPage, limit: Callable[[int], float | None]) -> PageRun:
    """Run ``parsed``'s examples in order until one fails; ``limit(i)``: example i's seconds.

    A limit counts processor time, not the clock's, so a busy machine does not make a
    slow example look endless; an endless loop uses the processor all along.
    """
    run = PageRun()
    for sybil, document in parsed.documents:
        if sybil.setup is not None:
            sybil.setup(document.namespace)
        try:
            for example in document.examples():
                seconds = limit(run.examples)
                started = time.process_time()
                clock = Clock(seconds)
                try:
                    with clock:
                        example.evaluate()
                except unittest.SkipTest:
                    pass
                except BaseException as error:  # whatever an example raises, it failed
                    run.failure = _describe(example, error)
                if clock.expired:
                    # Whatever the interruption became on its way out, it was the clock.
                    run.failure = (
                        f"{_where(example)}: ran for more than {seconds} s of processor time"
                    )
                    run.timed_out = True
                run.seconds.append(time.process_time() - started)
                run.examples += 1
                if run.failure is not None:
                    return run
        finally:
            if sybil.teardown is not None:
                sybil.teardown(document.namespace)
    return run


class Clock:
    """A time limit on what runs inside, in processor seconds (None: none)."""

    # Once past the limit, again every 50 ms: code that catches an interruption (a command
    # line's main) may go on, and so may the next example, which may loop too.
    _AGAIN = 0.05

    def __init__(self, seconds: float | None) -> None:
        self.seconds = seconds
        self.expired = False

    def _interrupt(self, _signal: int, _frame: FrameType | None) -> None:
        self.expired = True
        raise _TimedOut

    def __enter__(self) -> None:
        if self.seconds is not None:
            signal.signal(signal.SIGPROF, self._interrupt)
            signal.setitimer(signal.ITIMER_PROF, self.seconds, self._AGAIN)

    def __exit__(self, *_exception: object) -> None:
        if self.seconds is not None:
            signal.setitimer(signal.ITIMER_PROF, 0)
            # Ignored, not the default (which ends the process), should one be on its way.
            signal.signal(signal.SIGPROF, signal.SIG_IGN)


def _where(example: Example) -> str:
    return f"{Path(example.path).name}, line {example.line}"


def _describe(example: Example, error: BaseException) -> str:
    if isinstance(error, SybilFailure):
        return f"{_where(example)}: {error}"
    lines = traceback.format_exception(error)
    return f"{_where(example)}: " + "".join(lines)
