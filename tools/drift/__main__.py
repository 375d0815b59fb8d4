"""``python -m tools.drift``: run the docs against every mutant and print the figures.

Two figures, each overall (by either edition) and per edition: the mutants all
pages kill, and those the advice pages alone kill. The last line is always
``killed K of N mutants (P%)``, for all pages. The exit status is 0 when every
goal is met and the docs pass without mutants, else 1.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Sequence
from itertools import groupby
from pathlib import Path

from tools.drift.core import PAGE_SETS, ROUTES, DriftReport, MutantOutcome, PageSet, run_drift
from tools.drift.mutants import KINDS, NOT_MET_BY_READERS, Mutant, find_mutants, not_met_by_readers
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
        "--timeout", type=float, metavar="SECONDS",
        help="processor seconds one example may take before it counts as noticing the mutant "
        "(default: 10 times its own time in the baseline, at least 1)",
    )  # fmt: skip
    parser.add_argument("--sample", action="store_true", help="only the sample `make test` runs")
    parser.add_argument(
        "--match", action="append", default=[], metavar="TEXT",
        help="only mutants whose key or location contains TEXT (repeatable)",
    )  # fmt: skip
    parser.add_argument("--kind", action="append", default=[], choices=KINDS, help="only this kind")
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


_PAGE_SET_NAMES: dict[PageSet, str] = {"all": "all pages", "advice": "advice pages only"}


def _mark(outcome: MutantOutcome, edition: str) -> str:
    """Which of an edition's pages notice the mutant: advice pages, only Python pages, none."""
    result = outcome.results.get(edition)
    if result is None:
        return "not run"
    if result.status == "error":
        return "error"
    if result.killed_by("advice"):
        return "advice"
    return "python" if result.killed_by("all") else "SURVIVED"


def _print_baseline(report: DriftReport) -> None:
    print("Baseline (the docs against the unmutated package):")
    for edition, baseline in report.baselines.items():
        print(
            f"  {edition}: {_count(len(baseline.pages), 'page')} with examples "
            f"({_count(len(baseline.advice_pages), 'advice page')}), "
            f"{_count(baseline.examples, 'example')}, {baseline.cpu:.1f} s of processor time "
            "(lines recorded)"
        )
        for page, reason in baseline.failing.items():
            first = next((line for line in reason.splitlines() if line.strip()), "")
            print(f"    left out, fails without any mutant: {page}\n      {first[:160]}")
        if baseline.detail:
            print(f"    {baseline.detail}")
    counts = ", ".join(f"{sum(o.mutant.kind == k for o in report.outcomes)} {k}" for k in KINDS)
    limits = report.limits
    example = f"{limits.example:g} s"
    if limits.relative:
        example = f"{limits.relative:g} times its time in the baseline, at least {example}"
    print(
        f"{report.total} mutants ({counts}); {report.workers} workers; one example may take "
        f"{example} of processor time, one run {limits.run:.0f} s"
    )
    routes = {r: sum(o.route == r for o in report.outcomes) for r in ROUTES}
    print(
        f"  {routes['swap']} run with their functions' code swapped in, {routes['fresh']} on a "
        f"fresh import (the import runs their lines), {routes['unreached']} on no page "
        "(no page runs their lines)"
    )
    for mutant in report.invalid:
        print(f"  not run, the policy would not validate: {mutant.describe()}")


def _print_mutants(report: DriftReport) -> None:
    print(
        "\nPolicy numbers, edition by edition (advice: an advice page notices the change; "
        "python: only a page of tutorial/ or reference/ does):"
    )
    for outcome in report.policy_outcomes:
        marks = "  ".join(f"{e}: {_mark(outcome, e):8}" for e in report.editions)
        print(f"  {outcome.mutant.path}:{outcome.mutant.line} {outcome.mutant.mutated:45} {marks}")

    survivors = report.survivors()
    print(f"\nSurviving mutants, all pages ({len(survivors)}):")
    for outcome in survivors:
        print(f"  {outcome.mutant.describe()}")

    missed = report.missed_by_advice()
    print(f"\nNot noticed by the advice pages of every edition ({len(missed)}), by file:")
    by_path = sorted(missed, key=lambda o: o.mutant.path)
    for path, group in groupby(by_path, lambda o: o.mutant.path):
        outcomes = list(group)
        print(f"  {path} ({len(outcomes)}):")
        for outcome in outcomes:
            mutant = outcome.mutant
            marks = ", ".join(f"{e}: {_mark(outcome, e)}" for e in report.editions)
            hidden = "" if outcome.for_readers else " [not met by readers]"
            print(f"    {mutant.line} [{mutant.kind}] {mutant.original} → {mutant.mutated}")
            print(f"      {marks}{hidden}")

    errors = [(o, e, r) for o in report.outcomes for e, r in o.errors]
    if errors:
        print(f"\nRuns that failed to run ({len(errors)}), not counted as killed:")
        for outcome, edition, result in errors:
            print(f"  {outcome.mutant.describe()} [{edition}]: {result.detail}")


def _print_figures(report: DriftReport) -> None:
    excluded = [o for o in report.outcomes if not o.for_readers]
    rows: list[tuple[str, PageSet, bool]] = [
        *((_PAGE_SET_NAMES[p], p, False) for p in PAGE_SETS),
        ("advice pages, rules a reader meets", "advice", True),
    ]
    width = max(len(name) for name, _, _ in rows)
    header = "".join(f"{column:22}" for column in ("overall", *report.editions))
    print(f"\nKilled (overall: by either edition):\n  {'':{width}}  {header}")
    for name, pages, readers_only in rows:
        cells = [
            str(report.figure(pages, edition, readers_only=readers_only))
            for edition in (None, *report.editions)
        ]
        print(f"  {name:{width}}  " + "".join(f"{cell:22}" for cell in cells))
    if excluded:
        print(f"  The rules a reader meets are all but {_count(len(excluded), 'mutant')} of:")
        for (path, scope), reason in NOT_MET_BY_READERS.items():
            count = sum(not_met_by_readers(o.mutant) == reason for o in excluded)
            if count:
                print(f"    {path} {scope} ({count}): {reason}")

    print("\nKilled, by kind:")
    for kind in KINDS:
        group = [o for o in report.outcomes if o.mutant.kind == kind]
        if group:
            killed = {p: sum(o.killed_by(p) for o in group) for p in PAGE_SETS}
            print(
                f"  {kind:14} {killed['all']:3} of {len(group):3}, "
                f"{killed['advice']:3} by the advice pages alone"
            )


def _print_report(report: DriftReport) -> None:
    _print_baseline(report)
    _print_mutants(report)
    _print_figures(report)
    print()
    for goal in report.goals():
        detail = f" ({goal.detail})" if goal.detail else ""
        print(f"Goal, {goal.text}: " + (f"met{detail}" if goal.met else f"NOT MET{detail}"))
    if not report.baseline_ok:
        print("Problem: some pages fail without any mutant (see the baseline above).")
    print(
        f"Ran in {report.seconds:.0f} s; the runs used {report.cpu:.0f} s of processor time "
        f"({report.cpu / report.workers:.0f} s on {_count(report.workers, 'idle core')})."
    )
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
                    hidden = "" if not_met_by_readers(mutant) is None else " [not met by readers]"
                    print(f"{mutant.path}:{mutant.line} [{mutant.kind}] {mutant.key}{hidden}")
            return 0
        keys = sample_keys(mutants)
    report = run_drift(
        root,
        workers=args.workers,
        keys=keys,
        select=lambda m: _selected(args, m),
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
