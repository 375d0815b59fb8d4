// Lighthouse's stock configuration, but for robots.txt, fetched from the host as a crawler
// fetches it (lighthouse-robots-txt.mjs says why). The Lighthouse test's runner
// (lighthouse.mjs) and benchmarks/lighthouse.py (`--config-path`) both measure with it.
export default {
  extends: "lighthouse:default",
  artifacts: [
    { id: "RobotsTxt", gatherer: new URL("lighthouse-robots-txt.mjs", import.meta.url).pathname },
  ],
};
