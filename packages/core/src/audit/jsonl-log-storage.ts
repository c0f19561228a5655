/**
 * Log storage in append-only JSON-lines files (Node). Each append writes its records, then its tree heads, then a
 * commit line `{"commit":size}`, in one write; on load, lines after the last commit (an append interrupted by a
 * crash, possibly a truncated line) are reported and ignored, and the next append cuts them off first, so a crash
 * never costs an earlier entry. One writer per file: loading takes an exclusive lock (`<path>.lock`, see
 * `lock-file.ts`) that `close` releases, so a second writer gets {@link LogLockedError} instead of a corrupted file.
 * The key ring (subject keys and entry ranges) lives in its own file, `keysPath`, created 0600, which should sit
 * apart from the log (another directory) so that a copy of the log never carries it; erasure rewrites it
 * (temporary file and rename).
 */

import { fdatasyncSync, writeSync } from "node:fs";
import { chmod, type FileHandle, mkdir, open, readFile, rename, truncate, writeFile } from "node:fs/promises";
import { dirname, resolve } from "node:path";
import { ConfigError } from "../internal/candor-error.ts";
import { type FileLine, readLines } from "./jsonl-lines.ts";
import { acquireLock, type FileLock } from "./lock-file.ts";
import { entryText } from "./split-entry.ts";
import type { KeyRingItem, LogRecord, LogStorage, SignedTreeHead, StoredItem } from "./types.ts";

/** Options of {@link jsonlLogStorage}. */
export interface JsonlLogStorageOptions {
  /** Path of the log file; it and its folder are created on the first append. */
  readonly path: string;
  /**
   * Path of the key-ring file (secret: it opens every personal body). Required, and best in another directory than
   * the log (e.g. `~/.config/candor/keys/…`), so an auditor's copy of the log's folder never contains it.
   */
  readonly keysPath: string;
  /** `fdatasync` after every append (survives power loss, costs a disk flush per append); default `false`. */
  readonly fsync?: boolean;
  /** Take the writer's lock on load; default `true` (turn off only where another mechanism ensures one writer). */
  readonly lock?: boolean;
}

const RECORD = Buffer.from('{"record":');
const HEAD = Buffer.from('{"head":');
const COMMIT = Buffer.from('{"commit":');

/** The kind of a log line, by its first bytes. */
export function lineKind(bytes: Buffer): "record" | "head" | "commit" | "other" {
  if (startsWith(bytes, RECORD)) return "record";
  if (startsWith(bytes, HEAD)) return "head";
  if (startsWith(bytes, COMMIT)) return "commit";
  return "other";
}

function startsWith(bytes: Buffer, prefix: Buffer): boolean {
  return bytes.length >= prefix.length && bytes.compare(prefix, 0, prefix.length, 0, prefix.length) === 0;
}

function tryParse(bytes: Buffer): unknown {
  try {
    return JSON.parse(bytes.toString("utf8"));
  } catch {
    return undefined;
  }
}

/** The line a record is stored as: body, canonical entry, index and leaf, in this order (the verifier's fast path reads it). */
export function recordLine(record: LogRecord): string {
  return `{"record":{"body":${JSON.stringify(record.body)},"entry":${entryText(record.entry)},"i":${record.i},"leaf":${JSON.stringify(record.leaf)}}}`;
}

/** A {@link LogStorage} in an append-only JSON-lines file, with its key ring in `keysPath`. */
export function jsonlLogStorage(options: JsonlLogStorageOptions): LogStorage {
  const { path } = options;
  if (typeof path !== "string" || path === "") throw new ConfigError("path", "must be a file path");
  if (typeof options.keysPath !== "string" || options.keysPath === "")
    throw new ConfigError("keysPath", "must be a file path: keep the key ring apart from the log");
  if (resolve(options.keysPath) === resolve(path))
    throw new ConfigError("keysPath", "must not be the log file itself");
  const keysPath = options.keysPath;
  let starts = new Float64Array(1024);
  let ends = new Float64Array(1024);
  let count = 0;
  let committedBytes = 0;
  let dirty = false;
  let handle: FileHandle | null = null;
  let keysHandle: FileHandle | null = null;
  let lock: FileLock | null = null;

  const remember = (start: number, end: number): void => {
    if (count === starts.length) {
      const grownStarts = new Float64Array(starts.length * 2);
      grownStarts.set(starts);
      starts = grownStarts;
      const grownEnds = new Float64Array(ends.length * 2);
      grownEnds.set(ends);
      ends = grownEnds;
    }
    starts[count] = start;
    ends[count] = end;
    count++;
  };

  const takeLock = async (): Promise<void> => {
    if (lock || options.lock === false) return;
    await mkdir(dirname(path), { recursive: true });
    lock = await acquireLock(`${path}.lock`);
  };

  const writer = async (): Promise<FileHandle> => {
    if (handle) return handle;
    await takeLock();
    await mkdir(dirname(path), { recursive: true });
    if (dirty) {
      await truncate(path, committedBytes);
      dirty = false;
    }
    handle = await open(path, "a");
    return handle;
  };

  return {
    async *load(onIssue) {
      await takeLock();
      count = 0;
      const tail = { trailingBytes: 0, fileBytes: 0 };
      let group: (FileLine & { kind: ReturnType<typeof lineKind> })[] = [];
      let lastCommitEnd = 0;
      let lastCommitLine = 0;
      try {
        for await (const line of readLines(path, { tail })) {
          if (line.bytes.length === 0) continue;
          const kind = lineKind(line.bytes);
          if (kind !== "commit") {
            group.push({ kind, ...line });
            continue;
          }
          for (const member of group) {
            const location = `${path}:${member.number}`;
            const value =
              member.kind === "other" ? undefined : (tryParse(member.bytes) as Record<string, unknown>);
            if (value === undefined) {
              yield {
                kind: "unreadable",
                location,
                reason: "line is not a log record, head or commit",
              } satisfies StoredItem;
            } else if (member.kind === "record") {
              remember(member.start, member.end);
              yield { kind: "record", value: value.record, location } satisfies StoredItem;
            } else {
              yield { kind: "head", value: value.head, location } satisfies StoredItem;
            }
          }
          group = [];
          lastCommitEnd = line.end + 1;
          lastCommitLine = line.number;
        }
      } catch (error) {
        if ((error as { code?: string }).code !== "ENOENT") throw error;
        return;
      }
      committedBytes = lastCommitEnd;
      const trailing = tail.fileBytes - lastCommitEnd;
      dirty = trailing > 0;
      if (trailing > 0)
        onIssue({
          code: "truncated-tail",
          message: `ignored ${trailing} bytes after the last complete append (an interrupted append)`,
          location: `${path}:${lastCommitLine + 1}`,
        });
    },

    async loadKeys(onIssue) {
      let text: string;
      try {
        text = await readFile(keysPath, "utf8");
      } catch (error) {
        if ((error as { code?: string }).code === "ENOENT") return [];
        throw error;
      }
      const keys: unknown[] = [];
      const lines = text.split("\n");
      lines.forEach((line, n) => {
        if (line.trim() === "") return;
        try {
          keys.push(JSON.parse(line));
        } catch {
          const last = n === lines.length - 1;
          onIssue({
            code: last ? "truncated-tail" : "unreadable-key",
            message: last
              ? "ignored a truncated last key line (an interrupted write)"
              : "a key line is not JSON",
            location: `${keysPath}:${n + 1}`,
          });
        }
      });
      return keys;
    },

    async append(records: readonly LogRecord[], heads: readonly SignedTreeHead[]) {
      const file = await writer();
      const parts: string[] = [];
      const spans: [number, number][] = [];
      let bytes = committedBytes;
      for (const record of records) {
        const line = recordLine(record);
        const length = Buffer.byteLength(line);
        spans.push([bytes, bytes + length]);
        bytes += length + 1;
        parts.push(line);
      }
      for (const head of heads) parts.push(`{"head":${JSON.stringify(head)}}`);
      parts.push(`{"commit":${count + records.length}}`);
      const text = `${parts.join("\n")}\n`;
      try {
        // One synchronous write: no thread-pool round trip per append (a few kB into the page cache).
        writeAll(file.fd, text);
        if (options.fsync) fdatasyncSync(file.fd);
      } catch (error) {
        dirty = true;
        handle = null;
        await file.close().catch(() => undefined);
        throw error;
      }
      committedBytes += Buffer.byteLength(text);
      for (const [start, end] of spans) remember(start, end);
    },

    async read(from: number, to: number) {
      if (from >= to) return [];
      if (from < 0 || to > count) throw new RangeError(`records ${from}..${to - 1} are not in ${path}`);
      const start = starts[from] as number;
      const end = ends[to - 1] as number;
      const reader = await open(path, "r");
      const buffer = Buffer.allocUnsafe(end - start);
      try {
        await reader.read(buffer, 0, buffer.length, start);
      } finally {
        await reader.close();
      }
      const out: unknown[] = [];
      for (const line of buffer.toString("utf8").split("\n")) {
        if (!line.startsWith('{"record":')) continue;
        try {
          out.push((JSON.parse(line) as { record: unknown }).record);
        } catch {
          out.push(undefined);
        }
      }
      return out;
    },

    async putKeys(items: readonly KeyRingItem[]) {
      if (items.length === 0) return;
      await takeLock();
      let prefix = "";
      if (!keysHandle) {
        await mkdir(dirname(keysPath), { recursive: true, mode: 0o700 });
        if (await endsWithoutNewline(keysPath)) prefix = "\n";
        keysHandle = await open(keysPath, "a", 0o600);
        await chmod(keysPath, 0o600);
      }
      const file = keysHandle;
      try {
        writeAll(file.fd, `${prefix}${items.map((k) => JSON.stringify(k)).join("\n")}\n`);
        if (options.fsync) fdatasyncSync(file.fd);
      } catch (error) {
        keysHandle = null;
        await file.close().catch(() => undefined);
        throw error;
      }
    },

    async deleteKeys(refs: readonly string[]) {
      await takeLock();
      let text: string;
      try {
        text = await readFile(keysPath, "utf8");
      } catch (error) {
        if ((error as { code?: string }).code === "ENOENT") return 0;
        throw error;
      }
      const doomed = new Set(refs);
      const kept: string[] = [];
      let removed = 0;
      for (const line of text.split("\n")) {
        if (line.trim() === "") continue;
        let item: { ref?: unknown; entries?: unknown } | undefined;
        try {
          item = JSON.parse(line) as { ref?: unknown; entries?: unknown };
        } catch {
          item = { ref: [...doomed].find((r) => line.includes(JSON.stringify(r))) };
        }
        if (typeof item?.ref === "string" && doomed.has(item.ref)) {
          if (item.entries === undefined) removed++;
        } else kept.push(line);
      }
      const temporary = `${keysPath}.${process.pid}.${Date.now()}.tmp`;
      const file = keysHandle;
      keysHandle = null;
      await file?.close();
      await writeFile(temporary, kept.length > 0 ? `${kept.join("\n")}\n` : "", {
        encoding: "utf8",
        mode: 0o600,
      });
      await chmod(temporary, 0o600);
      await rename(temporary, keysPath);
      return removed;
    },

    async close() {
      const files = [handle, keysHandle];
      handle = null;
      keysHandle = null;
      for (const file of files) await file?.close();
      const held = lock;
      lock = null;
      await held?.release();
    },
  };
}

/** Writes all of `text` to `fd` (a short write is continued, as `write(2)` allows). */
function writeAll(fd: number, text: string): void {
  const bytes = Buffer.from(text, "utf8");
  for (let done = 0; done < bytes.length; ) done += writeSync(fd, bytes, done, bytes.length - done);
}

async function endsWithoutNewline(file: string): Promise<boolean> {
  let reader: FileHandle;
  try {
    reader = await open(file, "r");
  } catch (error) {
    if ((error as { code?: string }).code === "ENOENT") return false;
    throw error;
  }
  try {
    const { size } = await reader.stat();
    if (size === 0) return false;
    const last = Buffer.alloc(1);
    await reader.read(last, 0, 1, size - 1);
    return last[0] !== 10;
  } finally {
    await reader.close();
  }
}
