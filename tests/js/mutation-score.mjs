#!/usr/bin/env node
/*
 * The figure of a Stryker run (its JSON report): "killed K of N mutants (P%)", and each mutant
 * that lived, with its place and what it changed, so that each can be explained or caught.
 *
 *   node tests/js/mutation-score.mjs _build/stryker/mutation.json [--minimum 95]
 *
 * A mutant counts as killed when the comparison failed or ran out of time (an endless loop);
 * N leaves out mutants that do not run at all (they break the script before any test).
 * With --minimum, exits 1 below that percentage.
 */
import { readFileSync } from "node:fs";

const CAUGHT = new Set(["Killed", "Timeout"]);
const LIVED = new Set(["Survived", "NoCoverage"]);

function snippet(source, location) {
  const lines = source.split("\n");
  const { start, end } = location;
  const text =
    start.line === end.line
      ? lines[start.line - 1].slice(start.column - 1, end.column - 1)
      : lines[start.line - 1].slice(start.column - 1) + " …";
  return text.length > 60 ? text.slice(0, 57) + "..." : text;
}

export function summarise(report) {
  const counts = {};
  const survivors = [];
  for (const [file, { source, mutants }] of Object.entries(report.files)) {
    for (const mutant of mutants) {
      counts[mutant.status] = (counts[mutant.status] || 0) + 1;
      if (LIVED.has(mutant.status)) survivors.push({ file, source, mutant });
    }
  }
  const killed = [...CAUGHT].reduce((sum, status) => sum + (counts[status] || 0), 0);
  const lived = [...LIVED].reduce((sum, status) => sum + (counts[status] || 0), 0);
  return { killed, total: killed + lived, counts, survivors };
}

function main(argv) {
  const file = argv.find((arg) => arg.endsWith(".json"));
  if (!file) throw new Error("give Stryker's JSON report (jsonReporter.fileName)");
  const at = argv.indexOf("--minimum");
  const minimum = at >= 0 ? Number(argv[at + 1]) : null;
  const { killed, total, counts, survivors } = summarise(JSON.parse(readFileSync(file, "utf8")));
  // Rounded down, so that 94.96 % never shows as 95 %.
  const percent = total ? Math.floor((1000 * killed) / total) / 10 : 0;
  survivors.sort((a, b) => a.mutant.location.start.line - b.mutant.location.start.line);
  for (const { file: name, source, mutant } of survivors) {
    const where = name + ":" + mutant.location.start.line + ":" + mutant.location.start.column;
    const change = JSON.stringify(snippet(source, mutant.location)) + " -> " + JSON.stringify(mutant.replacement ?? "");
    const status = mutant.status === "NoCoverage" ? " (not reached)" : "";
    console.log("lived " + where + " " + mutant.mutatorName + status + ": " + change);
  }
  const detail = Object.entries(counts)
    .sort()
    .map(([status, count]) => status + " " + count)
    .join(", ");
  console.log("(" + detail + ")");
  const reached = total - (counts.NoCoverage || 0);
  if (reached !== total) {
    // Code no comparison runs (the form's DOM code, which the browser tests use): said apart.
    const share = reached ? Math.floor((1000 * killed) / reached) / 10 : 0;
    console.log("of the " + reached + " mutants in code the comparison runs: killed " + killed + " (" + share + "%)");
  }
  console.log("killed " + killed + " of " + total + " mutants (" + percent + "%)");
  return minimum !== null && percent < minimum ? 1 : 0;
}

process.exitCode = main(process.argv.slice(2));
