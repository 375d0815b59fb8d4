#!/usr/bin/env node
/*
 * `make mutate-js`: every mutant of the page's planner scripts (quick-mutants.mjs, which makes
 * them with Stryker's own instrumenter), shared between one process per core, and the figure
 * for all of them.
 *
 *   node tests/js/mutate.mjs FIXTURE_DIR [SURVIVORS.json] [--jobs N] [--lines ...] [--file ...]
 *
 * Prints each survivor as quick-mutants.mjs does, sorted by file and line, and
 * "killed K of N mutants (P%)"; exits 1 when a part fails to finish.
 */
import { spawn } from "node:child_process";
import { writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";

const HERE = path.dirname(fileURLToPath(import.meta.url));
const args = process.argv.slice(2);
const jobs = args.includes("--jobs") ? Number(args.splice(args.indexOf("--jobs"), 2)[1]) : os.availableParallelism();
// --lines and --file pass through to each part, to check a few mutants again.
const extra = [];
for (const option of ["--lines", "--file"]) {
  if (args.includes(option)) extra.push(...args.splice(args.indexOf(option), 2));
}
const [folder, out] = args;
if (!folder) throw new Error("give the fixtures' folder (python -m tools.planner_cases DIR)");

function part(index) {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [path.join(HERE, "quick-mutants.mjs"), folder, "--part", index + "/" + jobs, ...extra], {
      stdio: ["ignore", "pipe", "inherit"],
    });
    let text = "";
    child.stdout.on("data", (chunk) => { text += chunk; });
    child.on("error", reject);
    child.on("close", (code) => {
      const figure = /^killed (\d+) of (\d+) mutants/m.exec(text);
      if (code !== 0 || !figure) reject(new Error("part " + index + " of " + jobs + " did not finish (exit " + code + ")"));
      else resolve({ killed: Number(figure[1]), total: Number(figure[2]), lived: text.split("\n").filter((line) => line.startsWith("lived ")) });
    });
  });
}

const parts = await Promise.all(Array.from({ length: jobs }, (_, index) => part(index + 1)));
const where = (line) => {
  const [file, row, column] = line.split(" ")[1].split(":");
  return [file, Number(row), Number(column)];
};
const lived = parts.flatMap((p) => p.lived).sort((a, b) => {
  const [fa, ra, ca] = where(a), [fb, rb, cb] = where(b);
  return fa.localeCompare(fb) || ra - rb || ca - cb;
});
lived.forEach((line) => console.log(line));
const killed = parts.reduce((sum, p) => sum + p.killed, 0);
const total = parts.reduce((sum, p) => sum + p.total, 0);
if (out) writeFileSync(out, JSON.stringify(lived, null, 1));
// The same rounding as quick-mutants.mjs and mutation-score.mjs: down, to a tenth.
console.log("killed " + killed + " of " + total + " mutants (" + Math.floor((1000 * killed) / total) / 10 + "%)");
