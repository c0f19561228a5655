/** What a command may touch: its output streams and the file system, injectable for tests. */

import { createReadStream } from "node:fs";
import { mkdir, open, readFile, writeFile } from "node:fs/promises";
import { createInterface } from "node:readline";
import { createGunzip } from "node:zlib";
import { CandorError } from "@candor/core/audit";

/** Output and files of one CLI run. */
export interface CliIo {
  readonly out: (text: string) => void;
  readonly err: (text: string) => void;
  readonly readText: (path: string) => Promise<string>;
  readonly writeText: (path: string, text: string) => Promise<void>;
  /**
   * A file's lines as a stream (any size; gunzipped when the name ends in `.gz` or the file starts with gzip's
   * magic bytes); without it, commands split `readText`.
   */
  readonly readLines?: (path: string) => Promise<AsyncIterable<string>>;
  /** Whether `err` is an interactive terminal (progress with an ETA is shown only then). */
  readonly errIsTerminal?: boolean;
}

/** Streams a file's lines, gunzipping `.gz` files and files with gzip's magic bytes 1f 8b. */
export async function streamLines(path: string): Promise<AsyncIterable<string>> {
  const handle = await open(path, "r");
  const magic = Buffer.alloc(2);
  try {
    await handle.read(magic, 0, 2, 0);
  } finally {
    await handle.close();
  }
  const gzip = path.endsWith(".gz") || (magic[0] === 0x1f && magic[1] === 0x8b);
  const file = createReadStream(path);
  const input = gzip ? file.pipe(createGunzip()) : file;
  if (gzip) file.on("error", (error) => input.destroy(error));
  input.setEncoding("utf8");
  return createInterface({ input, crlfDelay: Number.POSITIVE_INFINITY });
}

/** The real process: stdout, stderr and the file system. */
export const processIo: CliIo = {
  out: (text) => void process.stdout.write(text.endsWith("\n") ? text : `${text}\n`),
  err: (text) => void process.stderr.write(text.endsWith("\n") ? text : `${text}\n`),
  readText: (path) => readFile(path, "utf8"),
  readLines: streamLines,
  get errIsTerminal() {
    return process.stderr.isTTY === true;
  },
  writeText: async (path, text) => {
    const slash = path.lastIndexOf("/");
    if (slash > 0) await mkdir(path.slice(0, slash), { recursive: true });
    await writeFile(path, text);
  },
};

/** A usage mistake: printed with the command's help, exit code 2. */
export class UsageError extends CandorError {
  constructor(message: string) {
    super("usage", "", message);
    this.name = "UsageError";
  }
}
