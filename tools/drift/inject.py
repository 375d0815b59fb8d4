"""Putting one mutant into a forked child: its functions' code swapped, or a fresh import.

The parent imports the unmutated package once and parses every page, then
forks a child per mutant. Most mutants change the body of a function that
neither the import nor the parsing ran: the child then swaps the code of that
function (and of every function around it that holds it) for the mutated
module's, in place on the function objects, so every name that refers to them
sees the change, and nothing is imported again. Whatever the parent built
before the fork is what the mutated package would have built too, since it
never ran a changed line.

A mutant the import or the parsing ran (a module's constants, a class's
fields, a default argument, a function called while importing) changed what
was built: its child forgets every module of the project the parent imported
after it was ready for the pages, and imports the package afresh from a copy
with the mutated module on disk, where a subprocess of an example finds it
too. Its pages are parsed again.
"""

from __future__ import annotations

import gc
import importlib
import importlib.util
import os
import shutil
import sys
import sysconfig
from collections import defaultdict
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from types import CodeType, FunctionType

from tools.drift.mutants import Mutant

__all__ = ["LiveFunctions", "forget_modules", "import_afresh", "swap_code"]

_Key = tuple[str, str, int]
"""A function's code by file, qualified name and first line: the same in both compilations."""


@dataclass(slots=True)
class LiveFunctions:
    """Every function object of the package's files alive in the parent, by its code."""

    functions: dict[_Key, list[FunctionType]]

    @classmethod
    def find(cls, files: frozenset[str]) -> LiveFunctions:
        functions: defaultdict[_Key, list[FunctionType]] = defaultdict(list)
        for candidate in gc.get_objects():
            if isinstance(candidate, FunctionType) and candidate.__code__.co_filename in files:
                functions[_key(candidate.__code__)].append(candidate)
        return cls(dict(functions))


def _key(code: CodeType) -> _Key:
    return code.co_filename, code.co_qualname, code.co_firstlineno


def _codes(code: CodeType) -> Iterator[CodeType]:
    yield code
    for constant in code.co_consts:
        if isinstance(constant, CodeType):
            yield from _codes(constant)


class CannotSwap(Exception):
    """The mutated module's functions cannot be paired with the live ones."""


def swap_code(mutant: Mutant, original: CodeType, source: str, live: LiveFunctions) -> int:
    """Give the live functions ``mutant``'s code; how many functions changed.

    ``original`` is the unmutated module's code, compiled from ``source``, its text.
    """
    before: dict[_Key, list[CodeType]] = defaultdict(list)
    for code in _codes(original):
        before[_key(code)].append(code)
    mutated = compile(mutant.apply(source), original.co_filename, "exec", dont_inherit=True)
    after: dict[_Key, list[CodeType]] = defaultdict(list)
    for code in _codes(mutated):
        after[_key(code)].append(code)
    if before.keys() != after.keys():
        raise CannotSwap(f"{mutant.describe()}: the mutated module's functions differ")
    swapped = 0
    for key, codes in after.items():
        changed = [new for old, new in zip(before[key], codes, strict=True) if old != new]
        if not changed:
            continue
        functions = live.functions.get(key, [])
        # Two functions with one name on one line (two lambdas) cannot be told apart.
        if len(codes) > 1 and functions:
            raise CannotSwap(f"{mutant.describe()}: {key[1]} is not the only one on its line")
        for function in functions:
            function.__code__ = changed[0]
            swapped += 1
    if not swapped:
        # A page runs the changed lines, so some function holding them must be alive.
        raise CannotSwap(f"{mutant.describe()}: no live function holds the change")
    return swapped


def forget_modules(kept: frozenset[str], root: Path, snapshot: Path) -> None:
    """Drop the project's modules loaded since only ``kept`` were: the package's, and those
    of the project's own folders (``docs/_ext``) that import it; installed ones stay."""
    paths = sysconfig.get_paths()
    installed = [Path(paths[k]) for k in ("purelib", "platlib", "stdlib", "platstdlib")]
    for name, module in list(sys.modules.items()):
        file = getattr(module, "__file__", None)
        if name in kept or file is None:
            continue
        path = Path(file)
        ours = path.is_relative_to(root) and not any(path.is_relative_to(i) for i in installed)
        if ours or path.is_relative_to(snapshot):
            del sys.modules[name]


def import_afresh(mutant: Mutant, snapshot: Path, workdir: Path, source: str) -> None:
    """Put a copy of the snapshot's package, with ``mutant`` made, first on the paths."""
    package = snapshot / "src" / "etiket"
    shutil.copytree(package, workdir / "etiket")
    target = workdir / Path(mutant.path).relative_to("src")
    Path(importlib.util.cache_from_source(str(target))).unlink(missing_ok=True)
    target.write_text(mutant.apply(source), encoding="utf-8")
    sys.path.insert(0, str(workdir))
    os.environ["PYTHONPATH"] = os.pathsep.join(
        [str(workdir), *filter(None, [os.environ.get("PYTHONPATH")])]
    )
    importlib.invalidate_caches()
