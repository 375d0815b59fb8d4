"""The mutants `make test` runs: every policy number, and a fixed handful of logic changes.

Each logic mutant below breaks one rule a reader relies on; if the docs stop
showing that rule, the sample test fails. Mutants are named by their key
(file, function, original → mutated), not by line, so edits elsewhere in a file
do not change the sample. When the code itself changes so that a key no longer
exists, :func:`sample_keys` says so: pick the mutant that now breaks the same rule.
"""

from __future__ import annotations

from collections.abc import Sequence

from tools.drift.mutants import Mutant

__all__ = ["SAMPLE_LOGIC", "sample_keys"]

SAMPLE_LOGIC: tuple[str, ...] = (
    # The follow-up comes after exactly N working days, not N + 1.
    "calendar.py::WorkingCalendar.working_days_after: for_count > 0 → for_count >= 0",
    # Public holidays and collective leave are days off.
    "calendar.py::_not_working_in: if not calendar.is_working_day(day)"
    " → if not (not calendar.is_working_day(day))",
    # A named decision date (plus the grace days) pushes the follow-up later.
    "rulebook.py::follow_up_opens: if after_decision > opens → if not (after_decision > opens)",
    # Waiting ends the day before the follow-up opens.
    "rulebook.py::plan_days: follow_up - 1 → follow_up + 1",
    # "Within 24 hours" of an interview without a time means "by the next day".
    "rulebook.py::whole_days: -hours // 24 → -hours // 23",
    # The follow-up is due on its first day, not the day after.
    "rulebook.py::position: today >= days[\"follow-up\"][0] → today > days['follow-up'][0]",
    # A note sent on the follow-up's first day is the follow-up, not an early one.
    "rulebook.py::question: day < days[\"follow-up\"][0] → day <= days['follow-up'][0]",
    # A thank-you sent on its last day still counts as on time.
    "rulebook.py::in_time: day <= deadline → day < deadline",
)


def sample_keys(mutants: Sequence[Mutant]) -> list[str]:
    """The keys of the sample: all policy-number mutants, then :data:`SAMPLE_LOGIC`."""
    known = {m.key for m in mutants}
    missing = [key for key in SAMPLE_LOGIC if key not in known]
    if missing:
        listed = "\n  ".join(missing)
        raise LookupError(
            "these sample mutants no longer exist (the code changed); replace them in "
            f"tools/drift/sample.py with mutants that break the same rule:\n  {listed}\n"
            "(`python -m tools.drift --list` shows every key)"
        )
    return [m.key for m in mutants if m.kind == "policy-number"] + list(SAMPLE_LOGIC)
