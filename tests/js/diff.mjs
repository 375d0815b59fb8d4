#!/usr/bin/env node
/*
 * The page's planner script against the package, without a browser.
 *
 * Loads docs/_static/planner.js in node:vm with a minimal window that holds the page's data,
 * runs every situation of the fixtures tools/planner_cases.py writes (the package's answers)
 * through window.etiketPlanner.plan, the calendar samples through .ics (a plan's, or an
 * assessment's: what is still ahead), the dates and times through .formatDate, .formatTime
 * and .writeDay (a letter's dates), each step's notes through .notes, and the probes of the interpreter (tools/portable_probe.py, another module in the
 * rulebook's subset) through .interpret, and compares field by field. Prints "compared N
 * situations, D differences" and the first differences; exits 1 when there is any, so that a
 * mutation tester can run it as its test command.
 *
 *   node tests/js/diff.mjs FIXTURES.json...       (or ETIKET_PLANNER_CASES=<folder>)
 *   options: --show N (differences to print, default 5), --bail (stop at the first
 *            difference: a mutant needs only one to be caught), --only situations|calendars|formats|probes,
 *            --tap (the result as TAP, for Stryker's tap runner: see stryker.config.mjs),
 *            --script PATH (another form of the script, e.g. the build's minified one),
 *            --zones PATH (the same for planner-zones.js, which the planner's pages load first),
 *            --without-zones (as on the assistant's page, which does not load planner-zones.js:
 *            a situation in a named zone the platform knows must be refused with
 *            site.zone-elsewhere, in the page's words; every other answer is the package's)
 */
import { createHash } from "node:crypto";
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import vm from "node:vm";

const HERE = path.dirname(fileURLToPath(import.meta.url));
const SOURCE = path.resolve(HERE, "../../docs/_static/planner.js");
let SCRIPT = SOURCE;
const ZONES_SOURCE = path.resolve(HERE, "../../docs/_static/planner-zones.js");
let ZONES = ZONES_SOURCE;
const EDITIONS = ["en", "id"];
const MAX_OCTETS = 75; // RFC 5545, 3.1: content lines are folded at 75 octets
// One answer takes about a millisecond; far past that the page would hang for the reader.
const PATIENCE_MS = 2000;
const CALL = new vm.Script("__etiketCall()");

function fixturePaths(args) {
  const files = args.filter((arg) => arg.endsWith(".json"));
  if (files.length) return files;
  const folder = process.env.ETIKET_PLANNER_CASES;
  if (!folder) {
    throw new Error("give fixture files (python -m tools.planner_cases DIR) or ETIKET_PLANNER_CASES=DIR");
  }
  return EDITIONS.map((edition) => path.join(folder, edition + ".json")).filter(existsSync);
}

/* The page's API, from a fresh copy of the scripts run against one edition's data. */
function loadPlanner({ zones, source }, data) {
  const window = data === undefined ? {} : { etiketPlannerData: data };
  const sandbox = {
    window,
    // No planner form on this "page": the script only offers its API.
    document: { readyState: "complete", querySelectorAll: () => [] },
    TextEncoder,
  };
  // Under mutation testing the instrumented script reads which mutant is on, and counts what
  // it ran, in Stryker's namespace: the process's own (set up by Stryker's hook), shared.
  const active = process.env.__STRYKER_ACTIVE_MUTANT__;
  if (globalThis.__stryker__ !== undefined || active !== undefined) {
    const namespace = (globalThis.__stryker__ ??= {});
    if (namespace.activeMutant === undefined && active) namespace.activeMutant = active;
    sandbox.__stryker__ = namespace;
  }
  // The context runs its own promises' callbacks before a call returns, so the calendar file,
  // which the script writes once its SHA-1 answers, is under the watchdog too: a mutant's
  // endless loop there must end as an answer, not hang the comparison.
  const context = vm.createContext(sandbox, { microtaskMode: "afterEvaluate" });
  const settled = vm.runInContext("(function (value) { return Promise.resolve(value); })", context);
  const failed = vm.runInContext("(function (why) { return Promise.reject(new Error(why)); })", context);
  // The platform's SHA-1 answers from a thread, after the call; Node's hashes the same bytes
  // at once, and like Web Crypto knows the algorithm by its name only. The browser tests
  // compare the page's files made with Web Crypto's.
  sandbox.crypto = {
    subtle: {
      digest: (algorithm, bytes) => (algorithm === "SHA-1"
        ? settled(Uint8Array.from(createHash("sha1").update(bytes).digest()).buffer)
        : failed("NotSupportedError: no algorithm " + JSON.stringify(algorithm))),
    },
  };
  // As on the planner's pages: the named zones first, which planner.js reads when it starts.
  vm.runInContext(zones, context, { filename: ZONES, timeout: PATIENCE_MS });
  vm.runInContext(source, context, { filename: SCRIPT, timeout: PATIENCE_MS });
  if (data === undefined) return window;
  if (!window.etiketPlanner) throw new Error("planner.js did not set window.etiketPlanner");
  // Each call runs under vm's watchdog: an endless loop becomes an answer, not a stuck test.
  const patiently = (work) => {
    sandbox.__etiketCall = work;
    return CALL.runInContext(context, { timeout: PATIENCE_MS });
  };
  // A promise's outcome, kept by the context's own callbacks: they run before the call returns.
  const keep = vm.runInContext(
    "(function (promise, box) { promise.then(function (v) { box.value = v; }, function (e) { box.error = e; }); })",
    context,
  );
  patiently.settled = (work) => {
    const box = {};
    patiently(() => keep(work(), box));
    if ("error" in box) throw box.error;
    if (!("value" in box)) throw new Error("the promise did not settle within the call");
    return box.value;
  };
  // The context's own Error, which a PlannerError must be an instance of.
  patiently.Error = vm.runInContext("Error", context);
  return { api: window.etiketPlanner, patiently };
}

/* What the page answers: a timeline, the problems it reports, or the kind of error thrown. */
function answer({ api, patiently }, input, policy, kind) {
  try {
    if (kind === "assess") return { assessment: patiently(() => api.assess(input, policy)) };
    return { timeline: patiently(() => api.plan(input, policy)) };
  } catch (error) {
    // The API's error says what it is, and its message is the problems' sentences in order.
    if (error instanceof api.PlannerError) {
      const message = error.problems.map((p) => p.message).join(" ");
      if (error.name !== "PlannerError" || error.message !== message || !(error instanceof patiently.Error)) {
        return { thrown: "a PlannerError without its name or message: " + error.name + ": " + error.message };
      }
    }
    // An assessment the package refuses: the same error, in the same words.
    if (error instanceof api.PlannerError && kind === "assess") {
      // And the field it names, where the assistant shows it.
      const [first] = error.problems;
      return { refused: first.code, field: first.field, message: first.message };
    }
    if (error instanceof api.PlannerError) return { problems: error.problems };
    if (error && error.code === "ERR_SCRIPT_EXECUTION_TIMEOUT") return { thrown: "(no answer in time)" };
    return { thrown: error && error.name ? error.name : String(error) };
  }
}

/* As JSON would carry it: what the page returns is compared as data, key for key. */
function plain(value) {
  return value === undefined ? "(undefined)" : JSON.parse(JSON.stringify(value));
}

function differences(expected, actual, where, found) {
  if (Array.isArray(expected) && Array.isArray(actual)) {
    if (expected.length !== actual.length) {
      found.push({ where: where + ".length", expected: expected.length, actual: actual.length });
    }
    const shared = Math.min(expected.length, actual.length);
    for (let i = 0; i < shared; i++) differences(expected[i], actual[i], where + "[" + i + "]", found);
  } else if (isObject(expected) && isObject(actual)) {
    const keys = new Set([...Object.keys(expected), ...Object.keys(actual)]);
    for (const key of [...keys].sort()) {
      if (!(key in actual)) found.push({ where: where + "." + key, expected: expected[key], actual: "(missing)" });
      else if (!(key in expected)) found.push({ where: where + "." + key, expected: "(absent)", actual: actual[key] });
      else differences(expected[key], actual[key], where + "." + key, found);
    }
  } else if (expected !== actual) {
    found.push({ where, expected, actual });
  }
  return found;
}

function isObject(value) {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

// ---- Calendar files: the same components and content lines, each well folded ----

/* Problems with the file's lines themselves: CRLF, at most 75 octets, folds that start with a space. */
function lineProblems(text) {
  const problems = [];
  if (!text.endsWith("\r\n")) problems.push("does not end with CRLF");
  const lines = text.split("\r\n").slice(0, -1);
  lines.forEach((line, index) => {
    if (line.includes("\n") || line.includes("\r")) problems.push("line " + index + " holds a bare line break");
    const octets = Buffer.byteLength(line, "utf8");
    if (octets > MAX_OCTETS) problems.push("line " + index + " has " + octets + " octets");
    if (!line.startsWith(" ") && !/^[A-Z][A-Z0-9-]*(;[A-Z-]+=[^;:]+)*:/.test(line)) {
      problems.push("line " + index + " is neither a property nor a fold: " + JSON.stringify(line));
    }
  });
  return problems;
}

/* The file as components, each with its content lines in order of name (the two writers order
 * properties differently, and fold at different places; neither changes what a calendar reads). */
function calendarTree(text) {
  const unfolded = text.replace(/\r\n /g, "").split("\r\n").filter((line) => line !== "");
  const root = { name: "(file)", lines: [], parts: [] };
  const open = [root];
  for (const line of unfolded) {
    const top = open[open.length - 1];
    if (line.startsWith("BEGIN:")) {
      const part = { name: line.slice(6), lines: [], parts: [] };
      top.parts.push(part);
      open.push(part);
    } else if (line.startsWith("END:")) {
      if (top.name !== line.slice(4)) top.lines.push("(unbalanced) " + line);
      else open.pop();
    } else {
      top.lines.push(line);
    }
  }
  const sortLines = (part) => {
    part.lines.sort();
    part.parts.forEach(sortLines);
  };
  sortLines(root);
  return root;
}

// ---- The interpreter's Python, probed ----

/* A probe's answer as tools/planner_cases.as_json writes Python's: a moment as its ISO text. */
function asJson(value) {
  if (value === undefined) return "(undefined)";
  if (Array.isArray(value)) return value.map(asJson);
  if (isObject(value) && typeof value.day === "number" && typeof value.seconds === "number" && "zone" in value) {
    // The page's moment: a day counted from 1970 and the second of it, on its zone's clock.
    const text = new Date(value.day * 86400000 + value.seconds * 1000).toISOString().slice(0, 19);
    if (!value.zone) return text;
    const size = Math.abs(value.offset) / 60;
    const hhmm = String(Math.floor(size / 60)).padStart(2, "0") + ":" + String(size % 60).padStart(2, "0");
    return text + (value.offset < 0 ? "-" : "+") + hhmm;
  }
  if (isObject(value)) return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, asJson(item)]));
  return value;
}

/* The probe module, broken in one way: the script must refuse it, naming what is wrong. */
function brokenPrograms(program) {
  const broken = (body) => ({ ...program, functions: { ...program.functions, broken: { params: [], body } } });
  return [
    { what: "a primitive the script lacks", name: "no_such_primitive",
      says: "no primitive no_such_primitive for the rulebook",
      program: { ...program, primitives: [...program.primitives, "no_such_primitive"] } },
    { what: "a name nothing defines", name: "no_such_name",
      says: "the rulebook names no_such_name, which it does not define", program: broken([["return", "no_such_name"]]) },
    { what: "an operator outside the subset", name: "**",
      says: "the rulebook uses **, which this script cannot run", program: broken([["return", ["**", 2, 3]]]) },
    { what: "a statement outside the subset", name: "raise",
      says: "the rulebook uses raise, which this script cannot run", program: broken([["raise", "no_such_name"]]) },
  ];
}

/* What comparing the probes found: [label, input, differences] for each probe that differs. */
function compareProbes({ api, patiently }, probes) {
  const found = [];
  if (typeof api.interpret !== "function") {
    return [["probes", "interpret", [{ where: "interpret", expected: "a function", actual: typeof api.interpret }]]];
  }
  const program = patiently(() => api.interpret(probes.program));
  /* Each call of items made by call(name, args), against Python's answer. */
  const compareCalls = (label, items, call) => items.forEach((item, index) => {
    let actual;
    try {
      // A copy: some probes change what they are given, and the fixtures are read once.
      actual = asJson(patiently(() => call(item.call, structuredClone(item.args))));
    } catch (error) {
      actual = "(threw " + String(error) + ")";
    }
    const differs = differences(item.expected, actual, item.call, []);
    if (differs.length) found.push([label + " " + index, item.call + JSON.stringify(item.args), differs]);
  });
  compareCalls("probe", probes.cases, program.call);
  // The rulebook as the page runs it, on the calls only the assistant makes.
  compareCalls("rule", probes.rules, api.rule);
  // A name the rulebook does not define is the caller's mistake, and says so.
  const says = "the rulebook has no function no_such_rule";
  let said = null;
  try {
    patiently(() => api.rule("no_such_rule", []));
  } catch (error) {
    said = String(error && error.message);
  }
  if (said !== says) found.push(["rule of no name", "no_such_rule", [{ where: "error", expected: says, actual: said }]]);
  // The interpreter's own errors: their words are the script's own (no Python answer says
  // them), and they tell whoever changed the rulebook or the script what is wrong, by name.
  for (const item of brokenPrograms(probes.program)) {
    let message = null;
    try {
      patiently(() => api.interpret(item.program).call("broken", []));
    } catch (error) {
      message = String(error && error.message);
    }
    if (message !== item.says) {
      found.push(["probe of " + item.what, item.name, [{ where: "error", expected: item.says, actual: message }]]);
    }
  }
  return found;
}

// ---- The comparison ----

class Bail extends Error {}

/* A situation in a named zone the platform knows, which a page without planner-zones.js refuses. */
function inNamedZone(item) {
  const zone = String(item.input.timezone ?? "").trim();
  return zone !== "" && !JSON.stringify(item.expected ?? null).includes('"date.unknown-zone"');
}

/* That page's refusal: a problem of the timezone field, in the words of the page's data. */
function refusesTheZone({ api, patiently }, item, errors) {
  const words = api.fill(errors["site.zone-elsewhere"], { name: String(item.input.timezone).trim() });
  try {
    patiently(() => (item.kind === "assess" ? api.assess(item.input, item.policy) : api.plan(item.input, item.policy)));
  } catch (error) {
    if (!(error instanceof api.PlannerError)) return [{ where: "thrown", expected: "a PlannerError", actual: String(error) }];
    if (error.problems.some((p) => p.field === "timezone" && p.code === "site.zone-elsewhere" && p.message === words)) return [];
    return [{ where: "problems", expected: words, actual: error.problems }];
  }
  return [{ where: "answer", expected: words, actual: "an answer" }];
}

async function compareEdition(scripts, fixtures, { show, bail, only, withoutZones }) {
  const planner = loadPlanner(scripts, fixtures.data);
  const { api, patiently } = planner;
  const report = { situations: 0, differences: 0, calendars: 0, calendarDifferences: 0, formats: 0, formatDifferences: 0,
    probes: 0, probeDifferences: 0, zonesRefused: 0, shown: [] };
  const refusing = (item) => withoutZones && inNamedZone(item);
  const note = (label, input, found) => {
    if (report.shown.length < show) report.shown.push({ label, input, found: found.slice(0, 4) });
    if (bail) throw new Bail(label);
  };
  const cases = only === null || only === "situations" ? fixtures.cases : [];
  const calendars = only === null || only === "calendars" ? fixtures.calendars : [];
  const formats = only === null || only === "formats" ? fixtures.formats || [] : [];
  const probes = (only === null || only === "probes") && fixtures.probes ? fixtures.probes : null;
  cases.forEach((item, index) => {
    report.situations += 1;
    if (refusing(item)) report.zonesRefused += 1;
    const found = refusing(item) ? refusesTheZone(planner, item, fixtures.data.errors) : differences(item.expected, plain(answer(planner, item.input, item.policy, item.kind)), "", []);
    if (found.length) {
      report.differences += 1;
      note(fixtures.edition + " situation " + index, item.input, found);
    }
  });
  formats.forEach((item, index) => {
    report.formats += 1;
    let actual;
    try {
      actual = patiently(() => (item.args ? api[item.call](...item.args) : api[item.call](item.value)));
    } catch (error) {
      actual = "(threw " + String(error) + ")";
    }
    if (actual !== item.expected) {
      report.formatDifferences += 1;
      note(fixtures.edition + " format " + index, item.call + "(" + JSON.stringify(item.args || item.value) + ")", [
        { where: item.call, expected: item.expected, actual },
      ]);
    }
  });
  if (probes !== null) {
    report.probes += probes.cases.length + probes.rules.length + 1 + brokenPrograms(probes.program).length;
    for (const [label, input, found] of compareProbes(planner, probes)) {
      report.probeDifferences += 1;
      note(fixtures.edition + " " + label, input, found);
    }
  }
  const stamp = new Date(fixtures.stamp);
  for (const [index, item] of calendars.entries()) {
    report.calendars += 1;
    const label = fixtures.edition + " calendar " + index;
    if (refusing(item)) {
      const found = refusesTheZone(planner, item, fixtures.data.errors);
      report.zonesRefused += 1;
      if (found.length) {
        report.calendarDifferences += 1;
        note(label, item.input, found);
      }
      continue;
    }
    let text;
    try {
      // An assessment's file holds what is still ahead of it, its events named by the company.
      text = patiently.settled(() =>
        item.kind === "assess" ? api.ics(api.assess(item.input), stamp, item.company) : api.ics(api.plan(item.input), stamp)
      );
    } catch (error) {
      report.calendarDifferences += 1;
      note(label, item.input, [{ where: "ics", expected: "a calendar file", actual: String(error) }]);
      continue;
    }
    if (item.ics === null || text === null) {
      // Nothing ahead: the package writes no file, and the page offers none.
      if (item.ics !== text) {
        report.calendarDifferences += 1;
        note(label, item.input, [{ where: "ics", expected: item.ics && "a calendar file", actual: text && "a calendar file" }]);
      }
      continue;
    }
    const problems = lineProblems(text);
    const found = problems.map((p) => ({ where: "ics lines", expected: "well formed", actual: p }));
    differences(calendarTree(item.ics), calendarTree(text), "ics", found);
    if (found.length) {
      report.calendarDifferences += 1;
      note(label, item.input, found);
    }
  }
  return report;
}

function option(argv, name, fallback) {
  const at = argv.indexOf(name);
  return at >= 0 ? argv[at + 1] : fallback;
}

/* Run the comparison as the command line asks; the exit code: 0 without differences. */
export async function main(argv) {
  const options = {
    show: Number(option(argv, "--show", 5)),
    bail: argv.includes("--bail"),
    only: option(argv, "--only", null),
    withoutZones: argv.includes("--without-zones"),
  };
  SCRIPT = path.resolve(option(argv, "--script", SOURCE));
  const paths = fixturePaths(argv);
  if (!paths.length) throw new Error("no fixture files found");
  ZONES = path.resolve(option(argv, "--zones", ZONES_SOURCE));
  const source = readFileSync(SCRIPT, "utf8");
  const zones = options.withoutZones ? "" : readFileSync(ZONES, "utf8");
  const total = { situations: 0, differences: 0, calendars: 0, calendarDifferences: 0, formats: 0, formatDifferences: 0,
    probes: 0, probeDifferences: 0, zonesRefused: 0 };
  const shown = [];
  let stopped = null;
  try {
    // A page without the planner's data file: the script must leave it alone, and say nothing.
    const bare = loadPlanner({ zones, source }, undefined);
    if ("etiketPlanner" in bare) throw new Error("without its data the script still set window.etiketPlanner");
    for (const file of paths) {
      const fixtures = JSON.parse(readFileSync(file, "utf8"));
      const report = await compareEdition({ zones, source }, fixtures, { ...options, show: options.show - shown.length });
      for (const key of Object.keys(total)) total[key] += report[key];
      shown.push(...report.shown);
    }
  } catch (error) {
    // A script that does not load, or breaks the comparison itself, differs from the package.
    stopped = error instanceof Bail ? error.message : "the script failed: " + (error && error.stack);
  }
  const failed = stopped !== null || total.differences + total.calendarDifferences + total.formatDifferences + total.probeDifferences > 0;
  if (argv.includes("--tap")) {
    console.log("TAP version 13\n1..1\n" + (failed ? "not ok" : "ok") + " 1 - planner.js answers as the package");
  } else if (stopped !== null) {
    console.log("stopped: " + stopped);
  } else {
    for (const item of shown) {
      console.log(item.label + " " + JSON.stringify(item.input));
      for (const d of item.found) {
        console.log("  " + d.where + ": expected " + JSON.stringify(d.expected) + ", got " + JSON.stringify(d.actual));
      }
    }
    console.log("compared " + total.calendars + " calendar files, " + total.calendarDifferences + " differences");
    console.log("compared " + total.situations + " situations, " + total.differences + " differences");
    console.log("compared " + total.formats + " formats, " + total.formatDifferences + " differences");
    console.log("compared " + total.probes + " probes, " + total.probeDifferences + " differences");
    if (options.withoutZones) console.log("refused " + total.zonesRefused + " in a named zone, as a page without them must");
  }
  return failed ? 1 : 0;
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  main(process.argv.slice(2)).then((code) => {
    process.exitCode = code;
  });
}
