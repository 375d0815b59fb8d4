"""``python -m tools.drift``: run the docs against every mutant and print the figures.

The last line is always ``killed K of N mutants (P%)``. The exit status is 0
when every goal is met (every policy-number mutant killed by each edition on its
own, at least 90% of all mutants killed, the docs pass without mutants), else 1.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Sequence
from pathlib import Path

from tools.drift.core import GOAL_PERCENT, DriftReport, MutantOutcome, run_drift
from tools.drift.mutants import KINDS, Mutant, find_mutants
from tools.drift.sample import sample_keys

ROOT = Path(__file__).resolve().parents[2]


def _arguments(argv: Sequence[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(
        prog="python -m tools.drift",
        description="Mutate the rules package and check that the handbook's examples notice.",
    )
    parser.add_argument("--root", type=Path, default=ROOT, help="project root (default: this one)")
    parser.add_argument("--workers", type=int, default=2, help="parallel runs (default: 2)")
    parser.add_argument(
        "--timeout", type=float, help="seconds per run before a mutant counts as killed "
        "(default: 4 times the slowest edition's run, at least 15)",
    )  # fmt: skip
    parser.add_argument("--sample", action="store_true", help="only the sample `make test` runs")
    parser.add_argument(
        "--match", action="append", default=[], metavar="TEXT",
        help="only mutants whose key or location contains TEXT (repeatable)",
    )  # fmt: skip
    parser.add_argument("--kind", action="append", default=[], choices=KINDS, help="only this kind")
    parser.add_argument(
        "--each-edition", action="store_true",
        help="run every mutant in every edition (by default only policy numbers are)",
    )  # fmt: skip
    parser.add_argument("--json", type=Path, metavar="PATH", help="also write the results here")
    parser.add_argument("--list", action="store_true", help="list the mutants' keys and stop")
    return parser.parse_args(argv)


def _selected(args: argparse.Namespace, mutant: Mutant) -> bool:
    if args.kind and mutant.kind not in args.kind:
        return False
    return not args.match or any(t in mutant.key or t in mutant.describe() for t in args.match)


def _progress(done: int, total: int) -> None:
    if sys.stderr.isatty():
        end = "\n" if done == total else ""
        print(f"\r  {done} of {total} mutants done", end=end, file=sys.stderr, flush=True)


def _count(number: int, noun: str) -> str:
    return f"{number} {noun}" if number == 1 else f"{number} {noun}s"


def _mark(outcome: MutantOutcome, edition: str) -> str:
    killed = outcome.killed_by(edition)
    if killed is None:
        return "not run"
    return "killed" if killed else "SURVIVED"


def _print_report(report: DriftReport) -> None:
    print("Baseline (the docs against the unmutated package):")
    for edition, baseline in report.baselines.items():
        print(
            f"  {edition}: {_count(len(baseline.pages), 'page')} with "
            f"{_count(baseline.examples, 'example')}, "
            f"{baseline.seconds:.1f} s"
        )
        for page, reason in baseline.failing.items():
            first = next((line for line in reason.splitlines() if line.strip()), "")
            print(f"    left out, fails without any mutant: {page}\n      {first[:160]}")
        if baseline.detail:
            print(f"    {baseline.detail}")
    counts = ", ".join(f"{sum(o.mutant.kind == k for o in report.outcomes)} {k}" for k in KINDS)
    print(
        f"{report.total} mutants ({counts}); {report.workers} workers, "
        f"{report.timeout:.0f} s per run at most"
    )
    for mutant in report.invalid:
        print(f"  not run, the policy would not validate: {mutant.describe()}")

    print("\nPolicy numbers, each edition's examples on their own:")
    for outcome in report.policy_outcomes:
        marks = "  ".join(f"{e}: {_mark(outcome, e):8}" for e in report.editions)
        print(f"  {outcome.mutant.path}:{outcome.mutant.line} {outcome.mutant.mutated:45} {marks}")

    survivors = report.survivors
    print(f"\nSurviving mutants ({len(survivors)}):")
    for outcome in survivors:
        print(f"  {outcome.mutant.describe()}")
    errors = [(o, r) for o in report.outcomes for r in o.errors]
    if errors:
        print(f"\nRuns that failed to run ({len(errors)}), not counted as killed:")
        for outcome, result in errors:
            print(f"  {outcome.mutant.describe()} [{result.job.edition}]: {result.detail}")

    print("\nKilled, by kind:")
    for kind in KINDS:
        group = [o for o in report.outcomes if o.mutant.kind == kind]
        if group:
            print(f"  {kind:14} {sum(o.killed for o in group):3} of {len(group)}")
    missing = {e: len(report.policy_survivors(e)) for e in report.editions}
    each = all(n == 0 for n in missing.values())
    detail = ", ".join(f"{n} survive in {e}" for e, n in missing.items() if n)
    print(
        "Goal, every policy number killed by each edition on its own: "
        + ("met" if each else f"NOT MET ({detail})")
    )
    print(
        f"Goal, at least {GOAL_PERCENT:.0f}% of all mutants killed: "
        + ("met" if report.percent >= GOAL_PERCENT else "NOT MET")
    )
    if not report.baseline_ok:
        print("Problem: some pages fail without any mutant (see the baseline above).")
    print(f"Ran in {report.seconds:.0f} s.")
    print(f"killed {report.killed} of {report.total} mutants ({report.percent:.1f}%)")


def main(argv: Sequence[str] | None = None) -> int:
    args = _arguments(argv)
    root = args.root.resolve()
    keys = None
    if args.sample or args.list:
        mutants = find_mutants(root)
        if args.list:
            for mutant in mutants:
                if _selected(args, mutant):
                    print(f"{mutant.path}:{mutant.line} [{mutant.kind}] {mutant.key}")
            return 0
        keys = sample_keys(mutants)
    report = run_drift(
        root,
        workers=args.workers,
        keys=keys,
        select=lambda m: _selected(args, m),
        each_edition=args.each_edition,
        timeout=args.timeout,
        progress=_progress,
    )
    if args.json is not None:
        args.json.write_text(json.dumps(report.as_json(), indent=2, ensure_ascii=False) + "\n")
    _print_report(report)
    return 0 if report.goals_met else 1


if __name__ == "__main__":
    try:
        sys.exit(main())
    except KeyboardInterrupt:
        # The runner has already ended its children and removed its temporary copies.
        print("\ninterrupted; nothing was changed", file=sys.stderr)
        sys.exit(130)
