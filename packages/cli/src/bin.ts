/** Entry of the `candor` executable. */
import { runCli } from "./main.ts";

process.exitCode = await runCli(process.argv.slice(2));
