"""Which lines of the rules package a stretch of code runs: what a page can notice.

A page whose examples never run a line cannot notice a change to it: until the
page first reaches a changed line, it runs exactly as it does unchanged. So
drift records once, with the baseline, which lines of each module every page
runs, and runs a mutant only on the pages that run one of its lines (as
mutmut and cosmic-ray select tests by coverage). Examples that start another
process are not followed into it; a page whose examples do so is marked, and
counts as running every line.

Python 3.11 has no ``sys.monitoring``: the recorder is a ``sys.settrace``
function that traces only the frames of the package's files, used while the
baseline runs and while the parent imports the package.
"""

from __future__ import annotations

import sys
import threading
from collections import defaultdict
from collections.abc import Mapping
from types import FrameType, TracebackType
from typing import Any

__all__ = ["LineRecorder"]

# Audit events of starting another program or process (see the audit events table).
_SPAWNING = frozenset(
    {"subprocess.Popen", "os.system", "os.exec", "os.posix_spawn", "os.spawn", "os.fork",
     "os.forkpty"}
)  # fmt: skip


class _SpawnWatch:
    """The audit hook that notes a process started, installed once (hooks stay for good)."""

    watching: LineRecorder | None = None
    installed = False

    @classmethod
    def start(cls, recorder: LineRecorder) -> None:
        if not cls.installed:
            sys.addaudithook(cls._audit)
            cls.installed = True
        cls.watching = recorder

    @classmethod
    def _audit(cls, event: str, _args: tuple[Any, ...]) -> None:
        if cls.watching is not None and event in _SPAWNING:
            cls.watching.spawned = True


class LineRecorder:
    """Records the lines run in ``files`` while on, by project path (``src/etiket/x.py``).

    With ``watch_spawns``, it also notes whether the code started another process. That
    takes an audit hook, which stays for the rest of the process (hooks cannot be
    removed): only a child that is about to end should ask for it.
    """

    def __init__(self, files: Mapping[str, str], *, watch_spawns: bool = False) -> None:
        self._paths = dict(files)
        """The file name a module's code carries, to its path relative to the project."""
        self._seen: defaultdict[str, set[int]] = defaultdict(set)
        self._watch_spawns = watch_spawns
        self.spawned = False
        """Whether the code started another process, whose lines are not recorded."""

    @property
    def lines(self) -> dict[str, frozenset[int]]:
        return {self._paths[f]: frozenset(lines) for f, lines in self._seen.items()}

    def _call(self, frame: FrameType, _event: str, _arg: object) -> Any:
        # Called for each new frame: only the package's own are traced line by line.
        if frame.f_code.co_filename in self._paths:
            return self._line
        return None

    def _line(self, frame: FrameType, event: str, _arg: object) -> Any:
        if event == "line":
            self._seen[frame.f_code.co_filename].add(frame.f_lineno)
        return self._line

    def __enter__(self) -> LineRecorder:
        if self._watch_spawns:
            _SpawnWatch.start(self)
        threading.settrace(self._call)
        sys.settrace(self._call)
        return self

    def __exit__(
        self,
        _type: type[BaseException] | None,
        _value: BaseException | None,
        _traceback: TracebackType | None,
    ) -> None:
        sys.settrace(None)
        threading.settrace(None)
        if _SpawnWatch.watching is self:
            _SpawnWatch.watching = None
