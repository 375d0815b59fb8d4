"""Drift: prove that the handbook's examples notice every change to the rules.

`make drift` (``python -m tools.drift``) makes small changes to the rules
package (mutants, see :mod:`tools.drift.mutants`) and, for each one, runs only
the examples of the handbook's pages, never the unit tests or the package's
docstrings. A mutant the examples do not notice is a rule the docs do not show.
"""

from tools.drift.core import GOAL_PERCENT, DriftReport, MutantOutcome, run_drift
from tools.drift.mutants import Mutant, find_mutants
from tools.drift.sample import SAMPLE_LOGIC, sample_keys

__all__ = [
    "GOAL_PERCENT",
    "SAMPLE_LOGIC",
    "DriftReport",
    "Mutant",
    "MutantOutcome",
    "find_mutants",
    "run_drift",
    "sample_keys",
]
