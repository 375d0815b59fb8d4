// One test for Stryker's tap runner (stryker.config.mjs): the assistant's page, which loads
// planner.js without planner-zones.js: every situation, both editions.
import { main } from "../diff.mjs";

process.exitCode = await main(["--without-zones", "--only", "situations", "--bail", "--tap"]);
