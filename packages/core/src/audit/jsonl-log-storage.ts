/**
 * Log storage in append-only JSON-lines files (Node). Each append writes its records, then its tree heads, then a
 * commit line `{"commit":size}`, in one write; on load, lines after the last commit (an append interrupted by a
 * crash, possibly a truncated line) are reported and ignored, and the next append cuts them off first, so a crash
 * never costs an earlier entry. Body keys live beside it in `<path>.keys.jsonl`, which erasure rewrites (temporary
 * file and rename). One writer per file: the adapter does not lock against other processes.
 */
import { type FileHandle, mkdir, open, readFile, rename, truncate, writeFile } from "node:fs/promises";
import { dirname } from "node:path";
import { entryText } from "./split-entry.ts";
import type { BodyKey, LogIssue, LogRecord, LogStorage, SignedTreeHead, StoredItem } from "./types.ts";

/** Options of {@link jsonlLogStorage}. */
export interface JsonlLogStorageOptions {
  /** Path of the log file; it and its folder are created on the first append. Keys go to `<path>.keys.jsonl`. */
  readonly path: string;
  /** `fdatasync` after every append (survives power loss, costs a disk flush per append); default `false`. */
  readonly fsync?: boolean;
}

const RECORD = Buffer.from('{"record":');
const HEAD = Buffer.from('{"head":');
const COMMIT = Buffer.from('{"commit":');

/** One line of the log file, with its byte offset and 1-based line number. */
interface Line {
  readonly kind: "record" | "head" | "commit" | "other";
  readonly start: number;
  readonly end: number;
  readonly number: number;
  /** The parsed line, when its kind was asked for; `undefined` when it is not JSON. */
  readonly value?: unknown;
}

/**
 * Streams the committed lines of a log file, group by group (each group ends with its commit line), parsing only
 * the kinds in `parse`. Resolves `tail` with the bytes after the last commit.
 */
async function* scan(
  path: string,
  parse: ReadonlySet<Line["kind"]>,
  tail: { committedBytes: number; fileBytes: number; lines: number },
): AsyncGenerator<Line[]> {
  let handle: FileHandle;
  try {
    handle = await open(path, "r");
  } catch (error) {
    if ((error as { code?: string }).code === "ENOENT") return;
    throw error;
  }
  try {
    const { size } = await handle.stat();
    const chunk = Buffer.allocUnsafe(Math.min(1 << 20, Math.max(1 << 12, size)));
    let carry = Buffer.alloc(0);
    let offset = 0;
    let number = 0;
    let group: Line[] = [];
    for (;;) {
      const { bytesRead } = await handle.read(chunk, 0, chunk.length, null);
      if (bytesRead === 0) break;
      const data =
        carry.length > 0
          ? Buffer.concat([carry, chunk.subarray(0, bytesRead)])
          : chunk.subarray(0, bytesRead);
      let from = 0;
      for (let nl = data.indexOf(10, from); nl !== -1; nl = data.indexOf(10, from)) {
        number++;
        const bytes = data.subarray(from, nl);
        const kind = kindOf(bytes);
        const line: Line = {
          kind,
          start: offset + from,
          end: offset + nl,
          number,
          value: parse.has(kind) ? tryParse(bytes) : undefined,
        };
        from = nl + 1;
        if (bytes.length === 0) continue;
        group.push(line);
        if (kind === "commit") {
          tail.committedBytes = offset + from;
          tail.lines = number;
          yield group;
          group = [];
        }
      }
      carry = Buffer.from(data.subarray(from));
      offset += from;
    }
    tail.fileBytes = offset + carry.length;
  } finally {
    await handle.close();
  }
}

function kindOf(bytes: Buffer): Line["kind"] {
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

/** A read-only view of a log file for auditors: its signed heads, and its records as a stream (no keys needed). */
export interface JsonlLogReader {
  /** Every committed tree head, in file order. */
  heads(): Promise<readonly unknown[]>;
  /** Every committed record, in file order (unparseable lines come as `undefined`, which verification rejects). */
  records(): AsyncIterable<unknown>;
}

/** Reads a log file without changing it (for `candor audit verify`); an interrupted append at the end is reported and skipped. */
export function readJsonlLog(
  path: string,
  onIssue: (issue: LogIssue) => void = () => undefined,
): JsonlLogReader {
  const each = async function* (kind: "record" | "head"): AsyncGenerator<unknown> {
    const tail = { committedBytes: 0, fileBytes: 0, lines: 0 };
    for await (const group of scan(path, new Set([kind]), tail))
      for (const line of group) if (line.kind === kind || line.kind === "other") yield line.value;
    if (kind === "record") reportTail(path, tail, onIssue);
  };
  return {
    async heads() {
      const heads: unknown[] = [];
      for await (const head of each("head"))
        if (head !== undefined) heads.push((head as { head?: unknown }).head);
      return heads;
    },
    async *records() {
      for await (const line of each("record")) yield (line as { record?: unknown } | undefined)?.record;
    },
  };
}

function reportTail(
  path: string,
  tail: { committedBytes: number; fileBytes: number; lines: number },
  onIssue: (issue: LogIssue) => void,
): void {
  if (tail.fileBytes > tail.committedBytes)
    onIssue({
      code: "truncated-tail",
      message: `ignored ${tail.fileBytes - tail.committedBytes} bytes after the last complete append (an interrupted append)`,
      location: `${path}:${tail.lines + 1}`,
    });
}

/** A {@link LogStorage} in an append-only JSON-lines file, with body keys in `<path>.keys.jsonl`. */
export function jsonlLogStorage(options: JsonlLogStorageOptions): LogStorage {
  const { path } = options;
  const keysPath = `${path}.keys.jsonl`;
  let starts = new Float64Array(1024);
  let ends = new Float64Array(1024);
  let count = 0;
  let committedBytes = 0;
  let dirty = false;
  let handle: FileHandle | null = null;
  let keysHandle: FileHandle | null = null;

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

  const writer = async (): Promise<FileHandle> => {
    if (handle) return handle;
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
      count = 0;
      const tail = { committedBytes: 0, fileBytes: 0, lines: 0 };
      for await (const group of scan(path, new Set(["record", "head", "other"]), tail)) {
        for (const line of group) {
          const location = `${path}:${line.number}`;
          const value = line.value as { record?: unknown; head?: unknown } | undefined;
          if (line.kind === "commit") continue;
          if (value === undefined || line.kind === "other") {
            yield {
              kind: "unreadable",
              location,
              reason: "line is not a log record, head or commit",
            } satisfies StoredItem;
          } else if (line.kind === "record") {
            remember(line.start, line.end);
            yield { kind: "record", value: value.record, location } satisfies StoredItem;
          } else {
            yield { kind: "head", value: value.head, location } satisfies StoredItem;
          }
        }
      }
      committedBytes = tail.committedBytes;
      dirty = tail.fileBytes > tail.committedBytes;
      reportTail(path, tail, onIssue);
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
        const line = `{"record":{"body":${JSON.stringify(record.body)},"entry":${entryText(record.entry)},"i":${record.i},"leaf":${JSON.stringify(record.leaf)}}}`;
        const length = Buffer.byteLength(line);
        spans.push([bytes, bytes + length]);
        bytes += length + 1;
        parts.push(line);
      }
      for (const head of heads) parts.push(`{"head":${JSON.stringify(head)}}`);
      parts.push(`{"commit":${count + records.length}}`);
      const text = `${parts.join("\n")}\n`;
      try {
        await file.write(text);
        if (options.fsync) await file.datasync();
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

    async putKeys(keys: readonly BodyKey[]) {
      if (keys.length === 0) return;
      let prefix = "";
      if (!keysHandle) {
        await mkdir(dirname(keysPath), { recursive: true });
        if (await endsWithoutNewline(keysPath)) prefix = "\n";
        keysHandle = await open(keysPath, "a");
      }
      const file = keysHandle;
      try {
        await file.write(`${prefix}${keys.map((k) => JSON.stringify(k)).join("\n")}\n`);
        if (options.fsync) await file.datasync();
      } catch (error) {
        keysHandle = null;
        await file.close().catch(() => undefined);
        throw error;
      }
    },

    async deleteKeys(refs: readonly string[]) {
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
        let ref: unknown;
        try {
          ref = (JSON.parse(line) as { ref?: unknown }).ref;
        } catch {
          ref = [...doomed].find((r) => line.includes(JSON.stringify(r)));
        }
        if (typeof ref === "string" && doomed.has(ref)) removed++;
        else kept.push(line);
      }
      const temporary = `${keysPath}.${process.pid}.${Date.now()}.tmp`;
      const file = keysHandle;
      keysHandle = null;
      await file?.close();
      await writeFile(temporary, kept.length > 0 ? `${kept.join("\n")}\n` : "", "utf8");
      await rename(temporary, keysPath);
      return removed;
    },

    async close() {
      const files = [handle, keysHandle];
      handle = null;
      keysHandle = null;
      for (const file of files) await file?.close();
    },
  };
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
