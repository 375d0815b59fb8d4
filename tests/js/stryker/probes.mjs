// One test for Stryker's tap runner (stryker.config.mjs): the interpreter's probes, both editions.
import { main } from "../diff.mjs";

process.exitCode = await main(["--only", "probes", "--bail", "--tap"]);
