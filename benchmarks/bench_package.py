"""How fast the rules package is: the cost of ``import etiket``, and of planning.

Run with ``.venv/bin/python benchmarks/bench_package.py``. This is a script, not a
test: timings depend on the machine, so it prints figures and whether each goal
was met, and exits with status 1 if one was missed.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from datetime import date, timedelta
from pathlib import Path

IMPORT_GOAL_MS = 30.0
PLANS = 10_000
PLAN_GOAL_S = 0.5

_SRC = str(Path(__file__).resolve().parent.parent / "src")


def _startup_ms(code: str, env: dict[str, str]) -> float:
    """Wall time of one fresh interpreter running ``code``, in milliseconds."""
    start = time.perf_counter()
    subprocess.run([sys.executable, "-c", code], check=True, env=env)
    return (time.perf_counter() - start) * 1000


def import_cost(runs: int) -> tuple[float, float]:
    """Median wall time of a bare interpreter and of one that imports etiket, in ms.

    The two are measured alternately so that a busy moment of the machine
    affects both alike.
    """
    # The package must come from this checkout, as the tests use it.
    setup = f"import sys; sys.path.insert(0, {_SRC!r})"
    with tempfile.TemporaryDirectory(prefix="etiket-pycache-") as cache:
        # An installed package has its bytecode compiled; a checkout run with
        # PYTHONDONTWRITEBYTECODE would recompile every module on each start and
        # measure the compiler. Cache the bytecode outside the source tree instead.
        env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
        env["PYTHONPYCACHEPREFIX"] = cache
        bare, loaded = [], []
        for _ in range(2):  # write the bytecode and fill the OS file cache
            _startup_ms(setup, env)
            _startup_ms(f"{setup}; import etiket", env)
        for _ in range(runs):
            bare.append(_startup_ms(setup, env))
            loaded.append(_startup_ms(f"{setup}; import etiket", env))
    return statistics.median(bare), statistics.median(loaded)


def plan_time(count: int) -> float:
    """Seconds to plan ``count`` interviews in Indonesia, spread over several years."""
    sys.path.insert(0, _SRC)
    import etiket

    first = date(2024, 1, 1)
    # A prime step spreads the days over about five years and over every weekday.
    days = [first + timedelta(days=(i * 7919) % 1826) for i in range(count)]
    # Warm-up: load the holiday tables and Babel once, as a long-running program would.
    for day in days[:500]:
        etiket.plan(day, country="ID")
    for year in {day.year for day in days}:
        etiket.WorkingCalendar("ID").holidays_in(year)
    best = float("inf")
    for _ in range(3):
        start = time.perf_counter()
        for day in days:
            etiket.plan(day, country="ID")
        best = min(best, time.perf_counter() - start)
    return best


def _verdict(ok: bool) -> str:
    return "PASS" if ok else "MISS"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--runs", type=int, default=31, help="fresh interpreters per side")
    args = parser.parse_args()

    bare, loaded = import_cost(args.runs)
    overhead = loaded - bare
    import_ok = overhead <= IMPORT_GOAL_MS
    print(f"python -c pass           : {bare:7.1f} ms (median of {args.runs}, bytecode cached)")
    print(f"python -c 'import etiket': {loaded:7.1f} ms (median of {args.runs}, bytecode cached)")
    print(
        f"import overhead          : {overhead:7.1f} ms, {loaded / bare:.2f}x bare Python "
        f"(goal <= {IMPORT_GOAL_MS:.0f} ms) {_verdict(import_ok)}"
    )

    seconds = plan_time(PLANS)
    plan_ok = seconds <= PLAN_GOAL_S
    print(
        f"{PLANS:,} plans, country=ID: {seconds:7.3f} s, {seconds / PLANS * 1e6:.1f} µs per plan "
        f"(goal <= {PLAN_GOAL_S} s) {_verdict(plan_ok)}"
    )
    return 0 if import_ok and plan_ok else 1


if __name__ == "__main__":
    sys.exit(main())
