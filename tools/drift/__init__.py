"""Drift: prove that the handbook's examples notice every change to the rules.

`make drift` (``python -m tools.drift``) makes small changes to the rules
package (mutants, see :mod:`tools.drift.mutants`) and, for each one, runs only
the examples of the handbook's pages, never the unit tests or the package's
docstrings. A mutant the examples do not notice is a rule the docs do not show.
Each mutant runs once over every edition, advice pages first, which gives two
figures from one pass: what all pages notice, and what the advice pages alone
(every page outside ``tutorial/`` and ``reference/``) notice.
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
