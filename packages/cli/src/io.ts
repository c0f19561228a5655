/** What a command may touch: its output streams and the file system, injectable for tests. */
import { mkdir, readFile, writeFile } from "node:fs/promises";

/** Output and files of one CLI run. */
export interface CliIo {
  readonly out: (text: string) => void;
  readonly err: (text: string) => void;
  readonly readText: (path: string) => Promise<string>;
  readonly writeText: (path: string, text: string) => Promise<void>;
}

/** The real process: stdout, stderr and the file system. */
export const processIo: CliIo = {
  out: (text) => void process.stdout.write(text.endsWith("\n") ? text : `${text}\n`),
  err: (text) => void process.stderr.write(text.endsWith("\n") ? text : `${text}\n`),
  readText: (path) => readFile(path, "utf8"),
  writeText: async (path, text) => {
    const slash = path.lastIndexOf("/");
    if (slash > 0) await mkdir(path.slice(0, slash), { recursive: true });
    await writeFile(path, text);
  },
};

/** A usage mistake: printed with the command's help, exit code 2. */
export class UsageError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "UsageError";
  }
}
