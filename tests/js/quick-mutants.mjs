#!/usr/bin/env node
/*
 * The mutants `make mutate-js` makes of planner.js and planner-zones.js (Stryker's own instrumenter, so the same
 * ones), each put to tests/js/diff.mjs's comparison in this one process: the fixtures are
 * parsed once and the plain script runs instead of Stryker's instrumented one, so a run takes
 * minutes where Stryker's takes an hour or more on a busy machine. For finding and checking
 * survivors while working; the figure of record is Stryker's (make mutate-js).
 *
 *   node tests/js/quick-mutants.mjs FIXTURE_DIR [SURVIVORS.json] [--lines 132,133]
 *
 * --lines: only the mutants that start on those lines (to check survivors again).
 * --file: only the mutants of that file (docs/_static/planner-zones.js, say).
 * --part K/N: only every Nth mutant from the Kth (1 to N), to share a run between processes;
 * the parts' figures add up to the whole run's.
 * Prints each survivor as "lived FILE:LINE:COLUMN MUTATOR: original -> replacement" and
 * "killed K of N mutants (P%)", with the same rounding as tests/js/mutation-score.mjs.
 */
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
const FILES = ["docs/_static/planner.js", "docs/_static/planner-zones.js"];
const args = process.argv.slice(2);
const only = args.includes("--lines") ? args.splice(args.indexOf("--lines"), 2)[1].split(",").map(Number) : null;
const onlyFile = args.includes("--file") ? args.splice(args.indexOf("--file"), 2)[1] : null;
const [part, parts] = args.includes("--part") ? args.splice(args.indexOf("--part"), 2)[1].split("/").map(Number) : [1, 1];
const [folder, out] = args;
if (!folder) throw new Error("give the fixtures' folder (python -m tools.planner_cases DIR)");

const quiet = () => {};
const logger = { debug: quiet, info: quiet, trace: quiet, warn: console.error, error: console.error,
  isDebugEnabled: () => false, isTraceEnabled: () => false, isInfoEnabled: () => false };
const { Instrumenter } = await import(
  pathToFileURL(path.join(ROOT, "node_modules/@stryker-mutator/instrumenter/dist/src/instrumenter.js")).href
);
const sources = Object.fromEntries(FILES.map((file) => [file, readFileSync(path.join(ROOT, file), "utf8")]));
const instrumenter = new Instrumenter(logger);
const mutants = [];
for (const file of FILES) {
  if (onlyFile && file !== onlyFile) continue;
  const { mutants: found } = await instrumenter.instrument(
    [{ name: path.join(ROOT, file), content: sources[file], mutate: true }],
    { plugins: null, excludedMutations: [], ignorers: [], noHeader: true },
  );
  mutants.push(...found.map((mutant) => ({ file, mutant })));
}

// The comparison, reading the scripts' text and the parsed fixtures from this process.
let diff = readFileSync(path.join(ROOT, "tests/js/diff.mjs"), "utf8");
const swap = (from, to) => {
  if (!diff.includes(from)) throw new Error("diff.mjs changed: no " + from);
  diff = diff.replace(from, to);
};
swap('const source = readFileSync(SCRIPT, "utf8");', "const source = globalThis.__mutantSources[0];");
swap('readFileSync(ZONES, "utf8");', "globalThis.__mutantSources[1];");
swap('const fixtures = JSON.parse(readFileSync(file, "utf8"));',
  'const fixtures = ((globalThis.__fixtures ??= {})[file] ??= JSON.parse(readFileSync(file, "utf8")));');
const copy = path.join(mkdtempSync(path.join(os.tmpdir(), "quick-mutants-")), "diff.mjs");
writeFileSync(copy, diff);
const { main } = await import(pathToFileURL(copy).href);

const starts = {};
for (const file of FILES) {
  starts[file] = [0];
  for (let i = 0; i < sources[file].length; i++) if (sources[file][i] === "\n") starts[file].push(i + 1);
}
const offset = (file, location) => starts[file][location.line] + location.column; // lines count from 0 here
const short = (text) => (text.length > 70 ? text.slice(0, 67) + "..." : text);
const files = ["en", "id"].map((edition) => path.join(folder, edition + ".json"));
const print = console.log;
const lived = [];
let killed = 0;
// The planner's pages load both files; the assistant's only planner.js (--without-zones).
const runs = [["--bail", "--tap", ...files], ["--bail", "--tap", "--without-zones", "--only", "situations", ...files]];
for (const [index, { file, mutant }] of mutants.entries()) {
  if (only && !only.includes(mutant.location.start.line + 1)) continue;
  if (index % parts !== part - 1) continue;
  const source = sources[file];
  const start = offset(file, mutant.location.start), end = offset(file, mutant.location.end);
  const changed = source.slice(0, start) + mutant.replacement + source.slice(end);
  globalThis.__mutantSources = FILES.map((name) => (name === file ? changed : sources[name]));
  console.log = quiet;
  let code = 0;
  for (const run of runs) {
    try {
      code = await main(run);
    } catch {
      code = 1;
    }
    if (code) break;
  }
  console.log = print;
  if (code) {
    killed += 1;
  } else {
    const where = file + ":" + (mutant.location.start.line + 1) + ":" + (mutant.location.start.column + 1);
    const entry = { where, mutator: mutant.mutatorName, original: short(source.slice(start, end)), replacement: short(mutant.replacement) };
    lived.push(entry);
    print("lived " + where + " " + entry.mutator + ": " + JSON.stringify(entry.original) + " -> " + JSON.stringify(entry.replacement));
  }
  if (index % 100 === 99) console.error("(" + (index + 1) + " of " + mutants.length + ")");
}
if (out) writeFileSync(out, JSON.stringify(lived, null, 1));
const total = killed + lived.length;
print("killed " + killed + " of " + total + " mutants (" + Math.floor((1000 * killed) / total) / 10 + "%)");
