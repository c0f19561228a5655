/** `@candor/cli`: the `candor` command line as a library (for tests and embedding). */

export { type CliIo, processIo, UsageError } from "./io.ts";
export { type Command, commands, runCli } from "./main.ts";
