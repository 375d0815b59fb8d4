// Lighthouse (mobile, its default) on a list of pages, one Chromium for all, pages in sequence.
//
//   node tests/browser/lighthouse.mjs '{"chrome": "/usr/bin/chromium", "flags": [...],
//                                       "urls": [...], "attempts": 3, "tolerance": 1.25,
//                                       "seconds": 90}'
//
// ("desktop": true measures with Lighthouse's desktop preset instead of a phone.)
//
// Prints one JSON line per run on stdout: the page's categories' scores (0 to 1), the audits
// that keep a category below 1, and every request the page sent anywhere but its own host.
// A page is measured again, up to `attempts` times, until a run passes: every category at 1,
// on a calibration that held. Every page is measured once; a measurement again only starts if
// it should end within `seconds` of the first run's start, as long as the longest run so far.
// tests/browser/test_lighthouse.py runs this and reports.
//
// robots.txt is fetched as a crawler fetches it, not through the page, whose policy forbids
// connections (lighthouse-config.mjs).
//
// The phone is simulated: the network as Lighthouse's mobile preset has it, the processor as
// the host's slowed down by a factor. Lighthouse's default factor, 4, assumes a fast desktop
// host; its documentation (docs/throttling.md, "Calibrating the CPU slowdown") says to derive
// the factor from the host's measured speed instead, and so this does, right before each run,
// with Lighthouse's own benchmark: on a busy or slow machine the same phone, not a slower one.
// Lighthouse benchmarks the host again during the run; if the factor that gives is more than
// `tolerance` times the one used, the machine sped up after calibration, the simulated phone
// was faster than Lighthouse's, and the run cannot pass.
import * as chromeLauncher from "chrome-launcher";
import lighthouse from "lighthouse";
import * as constants from "lighthouse/core/config/constants.js";
import desktopConfig from "lighthouse/core/config/desktop-config.js";
import { pageFunctions } from "lighthouse/core/lib/page-functions.js";
import puppeteer from "puppeteer-core";
import CONFIG from "./lighthouse-config.mjs";

const CATEGORIES = ["performance", "accessibility", "best-practices", "seo"];

// Lighthouse's CPU slowdown calculator (linked from docs/throttling.md): the factor that brings
// a host of this benchmark index to its mid-tier phone. A host slower than that phone is not
// slowed down at all.
function cpuSlowdownFor(benchmarkIndex) {
  if (benchmarkIndex >= 1300) return 3 + (benchmarkIndex - 1300) / 233;
  if (benchmarkIndex >= 800) return 2 + (benchmarkIndex - 800) / 500;
  return Math.max(1, 1 + (benchmarkIndex - 150) / 650);
}

// Benchmarks of the host taken for one calibration; the fastest counts. Other work on the
// machine only slows a benchmark down, and Lighthouse's own benchmark during the run must not
// find a faster host than the calibration did.
const BENCHMARKS = 3;

async function benchmarkIndex(browser) {
  const tab = await browser.newPage();
  try {
    let fastest = 0;
    for (let run = 0; run < BENCHMARKS; run++) {
      const index = await tab.evaluate(`(${pageFunctions.computeBenchmarkIndex})()`);
      fastest = Math.max(fastest, index);
    }
    return fastest;
  } finally {
    await tab.close();
  }
}

function failingAudits(lhr) {
  const failing = [];
  for (const id of CATEGORIES) {
    for (const ref of lhr.categories[id].auditRefs) {
      const audit = lhr.audits[ref.id];
      // A weight of 0 never moves the score; a null score is "not applicable" or informative.
      if (ref.weight === 0 || audit.score === null || audit.score >= 1) continue;
      failing.push({
        category: id,
        id: audit.id,
        title: audit.title,
        score: audit.score,
        displayValue: audit.displayValue ?? "",
        items: (audit.details?.items ?? []).slice(0, 5).map(describeItem),
      });
    }
  }
  return failing;
}

// An item of an audit's table, briefly: the element or address it is about.
function describeItem(item) {
  const node = item.node ?? item.element ?? item.target?.node;
  if (node) return node.snippet ?? node.selector ?? "";
  if (item.url) return item.url;
  return JSON.stringify(item).slice(0, 200);
}

function offsiteRequests(lhr, url) {
  const host = new URL(url).host;
  const requests = lhr.audits["network-requests"]?.details?.items ?? [];
  return requests
    .map((request) => request.url)
    .filter((address) => /^https?:/.test(address) && new URL(address).host !== host);
}

// Where the page's main thread went, for a failing performance score: the longest tasks.
function longTasks(lhr) {
  const tasks = lhr.audits["long-tasks"]?.details?.items ?? [];
  return tasks.slice(0, 5).map((task) => `${Math.round(task.duration)} ms ${task.url}`);
}

// What the page weighs: bytes transferred (compressed), bytes uncompressed, and requests.
function weight(lhr) {
  const requests = (lhr.audits["network-requests"]?.details?.items ?? []).filter(
    (request) => !String(request.url).startsWith("data:"),
  );
  return {
    transfer: Math.round(lhr.audits["total-byte-weight"]?.numericValue ?? 0),
    uncompressed: requests.reduce((sum, request) => sum + (request.resourceSize || 0), 0),
    requests: requests.length,
  };
}

// One run of Lighthouse on `url`: a phone calibrated just before, or Lighthouse's desktop
// preset (its processor is the host's as it is), for benchmarks/lighthouse.py --preset.
async function measure(browser, port, url, tolerance, desktop) {
  const started = Date.now();
  const options = {
    port,
    logLevel: "error",
    onlyCategories: CATEGORIES,
    // The full page's screenshot is for the HTML report, scores nothing, and costs seconds.
    disableFullPageScreenshot: true,
  };
  let config = CONFIG;
  let hostIndex = null;
  let cpuSlowdownMultiplier = 1;
  if (desktop) {
    config = { ...CONFIG, settings: desktopConfig.settings };
  } else {
    hostIndex = await benchmarkIndex(browser);
    cpuSlowdownMultiplier = cpuSlowdownFor(hostIndex);
    options.throttling = { ...constants.throttling.mobileSlow4G, cpuSlowdownMultiplier };
  }
  const { lhr } = await lighthouse(url, options, config);
  const scores = Object.fromEntries(CATEGORIES.map((id) => [id, lhr.categories[id].score]));
  const runIndex = lhr.environment.benchmarkIndex;
  const calibrationHeld =
    desktop || cpuSlowdownFor(runIndex) <= tolerance * cpuSlowdownMultiplier;
  return {
    url,
    lighthouse: lhr.lighthouseVersion,
    runtimeError: lhr.runtimeError?.message ?? null,
    // NO_FCP: nothing painted in Lighthouse's time, which a busy machine can cause.
    paintedTooLate: lhr.runtimeError?.code === "NO_FCP",
    warnings: lhr.runWarnings,
    benchmarkIndex: hostIndex,
    runBenchmarkIndex: runIndex,
    cpuSlowdown: cpuSlowdownMultiplier,
    calibrationHeld,
    scores,
    passed: calibrationHeld && Object.values(scores).every((score) => score === 1),
    failing: failingAudits(lhr),
    longTasks: longTasks(lhr),
    offsite: offsiteRequests(lhr, url),
    ...weight(lhr),
    seconds: (Date.now() - started) / 1000,
  };
}

const plan = JSON.parse(process.argv[2]);
const { chrome: chromePath, flags, urls, attempts, tolerance, seconds } = plan;
const desktop = plan.desktop === true;
const chrome = await chromeLauncher.launch({ chromePath, chromeFlags: ["--headless", ...flags] });
const browser = await puppeteer.connect({ browserURL: `http://127.0.0.1:${chrome.port}` });
// What is left to measure again: pages whose last run missed on timing alone.
const again = [];
const started = Date.now();
let longestRun = 0;

async function attempt(url, number) {
  const result = await measure(browser, chrome.port, url, tolerance, desktop);
  longestRun = Math.max(longestRun, result.seconds);
  console.log(JSON.stringify({ ...result, attempt: number }));
  // Accessibility, best practices and SEO do not change from one run to the next.
  const onlyTiming = result.failing.every((audit) => audit.category === "performance");
  const timingAlone = onlyTiming && (!result.runtimeError || result.paintedTooLate);
  if (!result.passed && !result.offsite.length && timingAlone) {
    if (number < attempts) again.push({ url, number: number + 1 });
  }
}

function timeLeft() {
  return (Date.now() - started) / 1000 + longestRun <= seconds;
}

try {
  // Every page once, then those that missed, again in turn while there is time.
  for (const url of urls) await attempt(url, 1);
  while (again.length && timeLeft()) {
    const next = again.shift();
    await attempt(next.url, next.number);
  }
} finally {
  await browser.disconnect();
  await chrome.kill();
}
