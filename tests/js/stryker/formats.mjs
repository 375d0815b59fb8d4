// One test for Stryker's tap runner (stryker.config.mjs): the API's dates and times, both editions.
import { main } from "../diff.mjs";

process.exitCode = await main(["--only", "formats", "--bail", "--tap"]);
