"""Drift: prove that the handbook's examples notice every change to the rules.

`make drift` (``python -m tools.drift``) makes small changes to the rules
package (mutants, see :mod:`tools.drift.mutants`) and, for each one, runs only
the examples of the handbook's pages, never the unit tests or the package's
docstrings. A mutant the examples do not notice is a rule the docs do not show.
Each mutant runs once over every edition, advice pages first, which gives two
figures from one pass: what all pages notice, and what the advice pages alone
(every page outside ``tutorial/`` and ``reference/``) notice.

How it keeps to about a minute of processor time, half a minute on each of two
idle cores (when each mutant ran pytest over every page, it took over four):

- The pages run in the tool's own processes, by the Sybils of ``conftest.py``
  without pytest (:mod:`tools.drift.pages`): whole pages, in order, in their
  namespace, as ``make test`` runs them, without pytest's start and collection,
  which cost each mutant more than its examples.
- The parent imports the package and parses every page once; each mutant runs
  in a child forked from it (:mod:`tools.drift.runner`). A mutant of a function
  body the import did not run is put in by swapping that function's code, so
  nothing is imported again; one the import ran (a policy number, a module's
  constant) is run on a fresh import of the package (:mod:`tools.drift.inject`).
- The baseline records which lines of the rules each page runs
  (:mod:`tools.drift.lines`), as mutmut and cosmic-ray select tests by coverage;
  a mutant runs only on the pages that run one of its lines (any page, if the
  import or the parsing runs them), those that noticed most mutants so far
  first. A mutant no
  page runs survives without running, and still counts.
- An example's time limit is processor time, ten times its own in the baseline
  (at least half a second), not the clock's: a loop that does not end is caught
  in a second, and a busy machine does not make a slow example look endless.

Why the engine is still home-made. Two well-kept mutation libraries were
weighed against what drift must give (both figures per edition, whole pages
per run, a minute at most): mutmut 3.8 and cosmic-ray 8.7, both on PyPI,
neither a dependency.

- mutmut mutates only inside functions (it swaps each function for a
  trampoline), so the Policy's field defaults, the numbers the handbook is
  about, and module-level constants such as one day or one week would have no
  mutant. It selects, per mutant, the test items that reached the mutated
  function: under Sybil those are single examples taken out of their page,
  whose later examples need the earlier ones' names. What to leave alone is
  said with pragma comments in ``src``, not by function as here.
- cosmic-ray writes each mutant into the source file in place and runs a shell
  command per mutant, one after another (in parallel only through HTTP workers,
  each with its own copy of the project): a fresh interpreter, pytest and
  Sybil per run, half a second to a second more than the whole of most
  mutants' runs here, for every mutant and edition. It records killed or
  survived per mutant, so each edition and each kind of page would be a
  session of its own; its operators (every binary and comparison operator
  swapped, keywords, exceptions, ...) make many mutants the handbook has no
  reason to show, filtered only by operator name or pragma.

Either would need the per-edition, per-kind-of-page bookkeeping of
:mod:`tools.drift.core` anyway, and neither finds or runs mutants the way the
handbook needs. What is borrowed is their idea, coverage-based selection, here
by page rather than by test item; the mutants (:mod:`tools.drift.mutants`),
the runs (:mod:`tools.drift.runner`, with ``pages``, ``lines`` and ``inject``)
and the figures (:mod:`tools.drift.core`) stay here.
"""

from tools.drift.core import (
    GOAL_PERCENT,
    READER_GOAL_PERCENT,
    DriftReport,
    MutantOutcome,
    is_advice,
    run_drift,
)
from tools.drift.mutants import NOT_MET_BY_READERS, Mutant, find_mutants, not_met_by_readers
from tools.drift.sample import SAMPLE_LOGIC, sample_keys

__all__ = [
    "GOAL_PERCENT",
    "NOT_MET_BY_READERS",
    "READER_GOAL_PERCENT",
    "SAMPLE_LOGIC",
    "DriftReport",
    "Mutant",
    "MutantOutcome",
    "find_mutants",
    "is_advice",
    "not_met_by_readers",
    "run_drift",
    "sample_keys",
]
