// One test for Stryker's tap runner (stryker.config.mjs): the calendar files, both editions.
import { main } from "../diff.mjs";

process.exitCode = await main(["--only", "calendars", "--bail", "--tap"]);
