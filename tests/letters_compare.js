/*
 * Run docs/_static/letters.js in Node on the cases of a fixture and compare its answers with
 * the package's, for tests/test_letters_script.py.
 *
 *   node tests/letters_compare.js PLANNER SCRIPT FIXTURE
 *
 * FIXTURE is JSON: {"planner": the planner's data, "data": etiket.letters_data(lang), "cases":
 * [{"kind", "input", "expected"}]}, where expected is {"letter": ...}, {"letters": [...]},
 * {"error": {"key", "message"}} or {"typeError": true} (a call Python refuses as such). The planner's script (PLANNER), which writes the letters'
 * dates, runs first, then the letters' SCRIPT, in one context with a window that holds only
 * the data, as the page gives it. Prints {"compared": N, "differences": [the first few]} as
 * JSON.
 */
"use strict";

const fs = require("fs");
const util = require("util");
const vm = require("vm");

const [plannerPath, scriptPath, fixturePath] = process.argv.slice(2);
const fixture = JSON.parse(fs.readFileSync(fixturePath, "utf8"));
const window = { etiketPlannerData: fixture.planner, etiketLettersData: fixture.data };
const context = vm.createContext({ window });
for (const path of [plannerPath, scriptPath]) {
  vm.runInContext(fs.readFileSync(path, "utf8"), context, { filename: path });
}

function answer(kind, input) {
  let result;
  try {
    result = window.etiketLetters.email(kind, input);
  } catch (error) {
    if (error && error.name === "LetterError") return { error: { key: error.key, message: error.message } };
    // A call Python refuses as such: the script's message names what the kind takes.
    if (error && error.name === "TypeError" && / takes |^email\(kind, input\)/.test(error.message)) {
      return { typeError: true };
    }
    return { crash: String(error && error.stack ? error.stack : error) };
  }
  // Objects of the script's own context, made plain for the comparison.
  const plain = JSON.parse(JSON.stringify(result));
  return Array.isArray(plain) ? { letters: plain } : { letter: plain };
}

const differences = [];
for (const [index, item] of fixture.cases.entries()) {
  const actual = answer(item.kind, item.input);
  if (!util.isDeepStrictEqual(actual, item.expected)) {
    differences.push({ index, kind: item.kind, input: item.input, expected: item.expected, actual });
  }
}
process.stdout.write(
  JSON.stringify({ compared: fixture.cases.length, count: differences.length, differences: differences.slice(0, 10) }),
);
