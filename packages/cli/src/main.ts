/** The `candor` command line: dispatches to subcommands; exit code 0 ok, 1 failure, 2 usage error. */

import manifest from "../package.json" with { type: "json" };
import { auditCommand } from "./commands/audit.ts";
import { bubbleCommand } from "./commands/bubble.ts";
import { evalCommand } from "./commands/eval.ts";
import { measureCommand } from "./commands/measure.ts";
import { scanCommand } from "./commands/scan.ts";
import { serveCommand } from "./commands/serve.ts";
import { simulateCommand } from "./commands/simulate.ts";
import { workerCommand } from "./commands/worker.ts";
import { type CliIo, processIo, UsageError } from "./io.ts";

/** A subcommand: its one-line summary, help text and runner returning an exit code. */
export interface Command {
  readonly summary: string;
  readonly help: string;
  run(argv: readonly string[], io: CliIo): Promise<number>;
}

/** Every subcommand by name. */
export const commands: Readonly<Record<string, Command>> = {
  eval: evalCommand,
  simulate: simulateCommand,
  audit: auditCommand,
  measure: measureCommand,
  bubble: bubbleCommand,
  scan: scanCommand,
  serve: serveCommand,
  worker: workerCommand,
};

function usage(): string {
  const lines = Object.entries(commands).map(([name, c]) => `  ${name.padEnd(10)} ${c.summary}`);
  return [
    "Usage: candor <command> [options]",
    "",
    "Commands:",
    ...lines,
    "",
    "Run `candor <command> --help` for details; `candor --version` prints the version.",
  ].join("\n");
}

/** Runs the CLI with `argv` (without `node` and the script) and returns the exit code. */
export async function runCli(argv: readonly string[], io: CliIo = processIo): Promise<number> {
  const [name, ...rest] = argv;
  if (name === undefined || name === "--help" || name === "-h" || name === "help") {
    io.out(usage());
    return name === undefined ? 2 : 0;
  }
  if (name === "--version" || name === "-v") {
    io.out(manifest.version);
    return 0;
  }
  const command = commands[name];
  if (!command) {
    io.err(`candor: unknown command "${name}"\n\n${usage()}`);
    return 2;
  }
  if (rest.includes("--help") || rest.includes("-h")) {
    io.out(command.help);
    return 0;
  }
  try {
    return await command.run(rest, io);
  } catch (error) {
    if (error instanceof UsageError) {
      io.err(`candor ${name}: ${error.message}\n\n${command.help}`);
      return 2;
    }
    io.err(`candor ${name}: ${error instanceof Error ? error.message : String(error)}`);
    return 1;
  }
}
