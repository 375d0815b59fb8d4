// One test for Stryker's tap runner (stryker.config.mjs): every situation, both editions.
import { main } from "../diff.mjs";

process.exitCode = await main(["--only", "situations", "--bail", "--tap"]);
