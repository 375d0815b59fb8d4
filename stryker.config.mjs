// StrykerJS for `make mutate-js`: mutants of the page's planner scripts, each run against the
// Node comparison with the package's answers (tests/js/diff.mjs; the fixtures come from
// tools/planner_cases.py, found through ETIKET_PLANNER_CASES).
/** @type {import("@stryker-mutator/api/core").PartialStrykerOptions} */
export default {
  // The tap runner reports which mutants each test file runs (perTest), so a mutant is run only
  // against the files that reach it, and code that no comparison reaches (the form's DOM code,
  // which the browser tests use) is reported as such instead of run for nothing.
  testRunner: "tap",
  tap: {
    testFiles: ["tests/js/stryker/*.mjs"],
    nodeArgs: ["-r", "{{hookFile}}", "{{testFile}}"],
  },
  coverageAnalysis: "perTest",
  // The rules' interpreter and everything the page answers; the form (planner-form.js) only
  // shows those answers, and the browser tests hold it.
  mutate: ["docs/_static/planner.js", "docs/_static/planner-zones.js"],
  concurrency: 2,
  // Each mutant's sandbox needs only the script and the comparison, not the site or the venv.
  ignorePatterns: [
    "/*",
    "!/docs",
    "/docs/*",
    "!/docs/_static",
    "/docs/_static/*",
    "!/docs/_static/planner.js",
    "!/docs/_static/planner-zones.js",
    "!/tests",
    "/tests/*",
    "!/tests/js",
  ],
  tempDirName: "_build/stryker-tmp",
  reporters: ["json", "progress"],
  jsonReporter: { fileName: "_build/stryker/mutation.json" },
};
