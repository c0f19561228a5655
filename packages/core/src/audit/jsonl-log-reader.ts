/**
 * The auditor's read-only view of a JSON-lines log (Node): one streaming pass that verifies every entry against the
 * signed tree heads and the trusted heads, and optionally hands each committed entry (with its body opened, when
 * the shop's key ring is given) to a consumer. It never writes, locks or creates anything. A record line as the
 * writer lays it out (`{"record":{"body":…,"entry":…,"i":…,"leaf":…}}`) is hashed straight from its bytes: the
 * entry's bytes are the canonical JSON the leaf commits to, so a match proves them (SHA-256 preimage resistance);
 * any other layout is parsed and re-canonicalized. Lines after the last commit line are an interrupted append.
 */
import { readFile, stat } from "node:fs/promises";
import type { BodyCipher } from "./body-cipher.ts";
import { openCommittedBody } from "./body-cipher.ts";
import { type BodyKeyRing, createBodyKeyRing } from "./body-key-ring.ts";
import { readLines } from "./jsonl-lines.ts";
import { lineKind } from "./jsonl-log-storage.ts";
import { recordShape, safeParseLogRecord } from "./log-entry.ts";
import type { LogPublicKey } from "./log-signer.ts";
import { nodeBodyCipher, nodeSha256 } from "./node-crypto.ts";
import { entryLeafHash } from "./split-entry.ts";
import { createStreamVerifier, type VerifyFailure } from "./stream-verifier.ts";
import { safeParseTreeHead, verifyTreeHead } from "./tree-head.ts";
import type {
  BodyState,
  CommittedEntry,
  LogIssue,
  OpenedLogEntry,
  SealedBody,
  SignedTreeHead,
} from "./types.ts";

/** How far a pass has come, for progress displays. */
export interface AuditProgress {
  readonly bytes: number;
  readonly totalBytes: number;
  readonly entries: number;
}

/** Options of {@link auditJsonlLog}. */
export interface JsonlAuditOptions {
  /** The log's public keys (current and earlier). Required unless `verify` is `false`. */
  readonly publicKeys?: LogPublicKey | readonly LogPublicKey[];
  /** Heads the auditor trusts (saved earlier or from a witness); each must be signed by `publicKeys`. */
  readonly trustedHeads?: readonly unknown[];
  /** Verify leaves and heads; default `true`. With `false` entries are read UNVERIFIED. */
  readonly verify?: boolean;
  /** The shop's key ring, to open bodies (`readKeyRing`); default none: bodies are `sealed`. */
  readonly keyRing?: BodyKeyRing | null;
  /** AES-256-GCM for bodies; default `nodeBodyCipher`. */
  readonly cipher?: BodyCipher;
  /** Which bodies to open (their key known); default all. A body not opened comes as `unopened`. */
  readonly needsBody?: (entry: CommittedEntry, keyRef: string) => boolean;
  /** Receives every committed entry in index order (after its append's commit line); may be async. */
  readonly onEntry?: (entry: OpenedLogEntry) => void | Promise<void>;
  /** Called after each chunk read. */
  readonly onProgress?: (progress: AuditProgress) => void;
  /** Notes: interrupted appends, unreadable bodies. */
  readonly onIssue?: (issue: LogIssue) => void;
}

/** What an audit pass found. */
export type JsonlAuditResult =
  | {
      readonly status: "intact";
      /** Committed entries (all verified, unless `verify` was `false`). */
      readonly size: number;
      /** Entries covered by the newest signed head. */
      readonly signedSize: number;
      readonly heads: number;
      readonly latestHead: SignedTreeHead | null;
      readonly trustedHeads: number;
      /** Complete record lines after the last commit line (an interrupted append, or a deleted commit line). */
      readonly uncommittedRecords: number;
      /** Bytes after the last commit line. */
      readonly uncommittedBytes: number;
      readonly verified: boolean;
    }
  | ({ readonly status: "tampered" } & VerifyFailure)
  | { readonly status: "unusable"; readonly reason: string };

const PREFIX = Buffer.from('{"record":{"body":');
const ENTRY = Buffer.from(',"entry":');
const NULL = Buffer.from("null");
const I_MARK = Buffer.from(',"i":');
const LEAF_MARK = Buffer.from(',"leaf":"');

/** Whether `mark` sits in `line` at `at`. */
function has(line: Buffer, mark: Buffer, at: number): boolean {
  if (at < 0 || at + mark.length > line.length) return false;
  for (let i = 0; i < mark.length; i++) if (line[at + i] !== mark[i]) return false;
  return true;
}

/** The byte spans of a record line in the writer's layout, or `null` for any other layout. */
function splitRecordLine(
  line: Buffer,
): { body: [number, number]; entry: [number, number]; i: number; leaf: string } | null {
  const n = line.length;
  if (n < 200 || !has(line, PREFIX, 0)) return null;
  const bodyStart = PREFIX.length;
  const bodyEnd = line.indexOf(ENTRY, bodyStart);
  if (bodyEnd < 0) return null;
  // The body is `null` or a flat object of base64url strings: no nested object, array or escape.
  if (!(bodyEnd === bodyStart + 4 && has(line, NULL, bodyStart))) {
    if (line[bodyStart] !== 0x7b || line[bodyEnd - 1] !== 0x7d) return null;
    const nested = line.indexOf(0x7b, bodyStart + 1);
    const array = line.indexOf(0x5b, bodyStart);
    const backslash = line.indexOf(0x5c, bodyStart);
    if (
      (nested >= 0 && nested < bodyEnd) ||
      (array >= 0 && array < bodyEnd) ||
      (backslash >= 0 && backslash < bodyEnd)
    )
      return null;
  }
  const entryStart = bodyEnd + ENTRY.length;
  // The tail: ,"i":N,"leaf":"<64 hex>"}}
  if (line[n - 1] !== 0x7d || line[n - 2] !== 0x7d || line[n - 3] !== 0x22) return null;
  const leafStart = n - 3 - 64;
  const leafMark = leafStart - LEAF_MARK.length;
  if (!has(line, LEAF_MARK, leafMark)) return null;
  let digits = leafMark;
  while (
    digits > leafMark - 17 &&
    (line[digits - 1] as number) >= 0x30 &&
    (line[digits - 1] as number) <= 0x39
  )
    digits--;
  const iStart = digits - I_MARK.length;
  if (digits === leafMark || iStart <= entryStart) return null;
  if (!has(line, I_MARK, iStart)) return null;
  if (line[digits] === 0x30 && leafMark - digits > 1) return null;
  for (let p = leafStart; p < n - 3; p++) {
    const c = line[p] as number;
    if (!((c >= 0x30 && c <= 0x39) || (c >= 0x61 && c <= 0x66))) return null;
  }
  const leaf = line.toString("latin1", leafStart, n - 3);
  if (line[entryStart] !== 0x7b || line[iStart - 1] !== 0x7d) return null;
  return {
    body: [bodyStart, bodyEnd],
    entry: [entryStart, iStart],
    i: Number(line.toString("latin1", digits, leafMark)),
    leaf,
  };
}

let scratch = Buffer.allocUnsafe(1 << 16);

/** `SHA-256(0x00 ‖ bytes)`, through a reused buffer. */
function leafOfBytes(bytes: Buffer): Uint8Array {
  if (scratch.length < bytes.length + 1) scratch = Buffer.allocUnsafe((bytes.length + 1) * 2);
  scratch[0] = 0;
  bytes.copy(scratch, 1);
  return nodeSha256(scratch.subarray(0, bytes.length + 1)).slice();
}

function parse(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

/** A line of the current group. */
interface Pending {
  readonly kind: "record" | "head" | "other";
  readonly bytes: Buffer;
  readonly number: number;
}

/**
 * Streams `path` once: verifies it (unless `verify: false`) and hands its committed entries to `onEntry`. Never
 * throws for a bad log: a missing, unreadable, empty or foreign file is `unusable`, a changed one `tampered`.
 */
export async function auditJsonlLog(
  path: string,
  options: JsonlAuditOptions = {},
): Promise<JsonlAuditResult> {
  const verify = options.verify !== false;
  const cipher = options.cipher ?? nodeBodyCipher;
  const ring = options.keyRing ?? null;
  const issue = (i: LogIssue) => options.onIssue?.(i);
  let totalBytes: number;
  try {
    const info = await stat(path);
    if (info.isDirectory()) return { status: "unusable", reason: `${path} is a directory, not a log file` };
    totalBytes = info.size;
  } catch (error) {
    const code = (error as { code?: string }).code;
    return {
      status: "unusable",
      reason: code === "ENOENT" ? `${path}: no such file` : `cannot read ${path} (${code ?? String(error)})`,
    };
  }
  if (totalBytes === 0) return { status: "unusable", reason: `${path} is empty: not an explanation log` };

  const keys =
    options.publicKeys === undefined
      ? []
      : Array.isArray(options.publicKeys)
        ? options.publicKeys
        : [options.publicKeys as LogPublicKey];
  if (verify && keys.length === 0) return { status: "unusable", reason: "no public key to verify with" };
  const trusted: SignedTreeHead[] = [];
  for (const [n, value] of (options.trustedHeads ?? []).entries()) {
    const parsed = safeParseTreeHead(value);
    if (!parsed.ok)
      return {
        status: "unusable",
        reason: `trusted head ${n} is not a signed tree head (at "${parsed.error.path}": ${parsed.error.reason})`,
      };
    if (!(await verifyTreeHead(parsed.value, keys)))
      return {
        status: "unusable",
        reason: `trusted head ${n} (size ${parsed.value.treeSize}) is not signed by the given public key`,
      };
    trusted.push(parsed.value);
  }

  const verifier = createStreamVerifier({ publicKeys: keys, trustedHeads: trusted, hash: nodeSha256 });
  let size = 0;
  let failure: VerifyFailure | null = null;
  let group: Pending[] = [];
  let sawLogLine = false;
  const location = (n: number) => `${path}:${n}`;

  const openEntry = async (
    index: number,
    leaf: string,
    entry: CommittedEntry,
    body: SealedBody | null,
  ): Promise<OpenedLogEntry> => {
    const base = { index, leaf, entry };
    if (entry.kind === "notice" || body === null)
      return { ...base, personal: null, bodyState: "none", keyRef: null } as OpenedLogEntry;
    if (!ring) return { ...base, personal: null, bodyState: "sealed", keyRef: null } as OpenedLogEntry;
    const slot = ring.slotAt(index) ?? (typeof body.k === "string" ? ring.byRef(body.k) : undefined);
    const closed = (bodyState: BodyState) =>
      ({ ...base, personal: null, bodyState, keyRef: slot?.ref ?? null }) as OpenedLogEntry;
    if (!slot) return closed("erased");
    if (options.needsBody && !options.needsBody(entry, slot.ref)) return closed("unopened");
    const opened = await openCommittedBody(
      cipher,
      slot.key,
      entry.id,
      body,
      entry.bodyDigest,
      nodeSha256,
      entry.kind === "consent" ? "consent" : "served",
    );
    if (!opened.ok) {
      issue({ code: "unreadable-body", message: opened.reason, index });
      return closed("unreadable");
    }
    return { ...base, personal: opened.body, bodyState: "opened", keyRef: slot.ref } as OpenedLogEntry;
  };

  /** Processes one committed group; returns a failure or `null`. */
  const flush = async (commitLine: Buffer, commitNumber: number): Promise<VerifyFailure | null> => {
    const deliver: { index: number; leaf: string; entry: CommittedEntry; body: SealedBody | null }[] = [];
    for (const line of group) {
      if (line.kind === "other")
        return {
          index: size,
          reason: `line ${line.number} is not a log record, head or commit`,
          location: location(line.number),
        };
      if (line.kind === "head") {
        const value = parse(line.bytes.toString("utf8")) as { head?: unknown } | undefined;
        const head = safeParseTreeHead(value?.head);
        if (!head.ok)
          return {
            index: size,
            reason: `line ${line.number} is not a valid tree head (at "${head.error.path}": ${head.error.reason})`,
            location: location(line.number),
          };
        if (verify) {
          const failed = verifier.head(head.value, location(line.number));
          if (failed) return failed;
        }
        continue;
      }
      const index = size;
      const fast = splitRecordLine(line.bytes);
      let entry: CommittedEntry | null = null;
      let body: SealedBody | null = null;
      let leafHex = "";
      let claimed = -1;
      let leaf: Uint8Array | null = null;
      if (fast) {
        claimed = fast.i;
        leafHex = fast.leaf;
        if (verify) {
          leaf = leafOfBytes(line.bytes.subarray(fast.entry[0], fast.entry[1]));
          if (Buffer.from(leaf.buffer, leaf.byteOffset, 32).toString("hex") !== leafHex) leaf = null;
        }
      }
      if (!fast || !verify || leaf === null || options.onEntry) {
        const record = fast
          ? {
              i: fast.i,
              leaf: fast.leaf,
              entry: parse(line.bytes.toString("utf8", fast.entry[0], fast.entry[1])),
              body:
                ring || !verify
                  ? parse(line.bytes.toString("utf8", fast.body[0], fast.body[1]))
                  : line.bytes[fast.body[0]] === 0x6e
                    ? null
                    : {},
            }
          : (parse(line.bytes.toString("utf8")) as { record?: unknown } | undefined)?.record;
        const shape = recordShape(record);
        if (!shape) {
          const parsed = safeParseLogRecord(record);
          const where = parsed.ok ? "" : ` at "${parsed.error.path}": ${parsed.error.reason}`;
          return { index, reason: `record ${index} is malformed${where}`, location: location(line.number) };
        }
        if (!verify && !safeParseLogRecord(shape).ok) {
          const parsed = safeParseLogRecord(shape);
          const where = parsed.ok ? "" : ` at "${parsed.error.path}": ${parsed.error.reason}`;
          return { index, reason: `record ${index} is malformed${where}`, location: location(line.number) };
        }
        claimed = shape.i;
        leafHex = shape.leaf;
        entry = shape.entry;
        body = shape.body;
        if (verify && leaf === null) {
          leaf = entryLeafHash(shape.entry, nodeSha256);
          if (Buffer.from(leaf.buffer, leaf.byteOffset, 32).toString("hex") !== leafHex)
            return {
              index,
              reason: `entry ${index} does not match its leaf hash: it was changed`,
              location: location(line.number),
            };
        }
      }
      if (claimed !== index)
        return {
          index,
          reason: `record at position ${index} claims index ${claimed}: an entry was removed, inserted or reordered`,
          location: location(line.number),
        };
      if (verify) verifier.leaf(leaf as Uint8Array);
      if (options.onEntry && entry) deliver.push({ index, leaf: leafHex, entry, body });
      size++;
    }
    const claimedSize = parse(commitLine.toString("utf8")) as { commit?: unknown } | undefined;
    if (claimedSize?.commit !== size)
      return {
        index: size,
        reason: `commit line ${commitNumber} claims ${String(claimedSize?.commit)} entries where ${size} precede it`,
        location: location(commitNumber),
      };
    if (verify) {
      const failed = verifier.commit();
      if (failed) return failed;
    }
    for (const d of deliver) await options.onEntry?.(await openEntry(d.index, d.leaf, d.entry, d.body));
    return null;
  };

  const tail = { trailingBytes: 0, fileBytes: 0 };
  let lastCommitEnd = 0;
  try {
    for await (const line of readLines(path, {
      tail,
      onProgress: (bytes, total) => options.onProgress?.({ bytes, totalBytes: total, entries: size }),
    })) {
      if (line.bytes.length === 0) continue;
      const kind = lineKind(line.bytes);
      if (!sawLogLine) {
        if (kind === "other")
          return {
            status: "unusable",
            reason: `${path} is not an explanation log: line ${line.number} is not a record, head or commit`,
          };
        sawLogLine = true;
      }
      if (kind !== "commit") {
        group.push({ kind, bytes: line.bytes, number: line.number });
        continue;
      }
      failure = await flush(line.bytes, line.number);
      group = [];
      lastCommitEnd = line.end + 1;
      if (failure) break;
    }
  } catch (error) {
    return {
      status: "unusable",
      reason: `cannot read ${path} (${(error as { code?: string }).code ?? String(error)})`,
    };
  }
  if (!sawLogLine && !failure) {
    const head = await readFile(path, { encoding: "latin1" })
      .then((t) => t.slice(0, 12))
      .catch(() => "");
    if (!/^\{"(record|head|commit)"/.test(head))
      return {
        status: "unusable",
        reason: `${path} is not an explanation log (no record, head or commit line)`,
      };
  }
  let uncommittedRecords = 0;
  if (!failure) {
    let afterHead = false;
    for (const line of group) {
      if (line.kind === "head") afterHead = true;
      else if (line.kind === "record") {
        if (afterHead) {
          failure = {
            index: size,
            reason: `a commit line is missing before line ${line.number}: records follow a tree head after the last commit`,
            location: location(line.number),
          };
          break;
        }
        uncommittedRecords++;
      }
    }
  }
  const verdict = verify ? await verifier.finish(failure) : null;
  if (failure || (verdict && !verdict.ok)) {
    const f = (verdict && !verdict.ok ? verdict : failure) as VerifyFailure;
    return {
      status: "tampered",
      index: f.index,
      reason: f.reason,
      ...(f.head === undefined ? {} : { head: f.head }),
      ...(f.location === undefined ? {} : { location: f.location }),
    };
  }
  const uncommittedBytes = Math.max(0, (tail.fileBytes || totalBytes) - lastCommitEnd);
  if (uncommittedBytes > 0)
    issue({
      code: "truncated-tail",
      message: `ignored ${uncommittedBytes} bytes after the last commit line (an interrupted append${uncommittedRecords > 0 ? `, or a deleted commit line: ${uncommittedRecords} complete record(s)` : ""})`,
      location: path,
    });
  return {
    status: "intact",
    size,
    signedSize: verdict?.ok ? verdict.signedSize : 0,
    heads: verdict?.ok ? verdict.heads : 0,
    latestHead: verdict?.ok ? verdict.latestHead : null,
    trustedHeads: verdict?.ok ? verdict.trustedHeads : 0,
    uncommittedRecords,
    uncommittedBytes,
    verified: verify,
  };
}

/** Reads the shop's key-ring file (read-only) for an auditor who was given it; malformed items go to `onIssue`. */
export async function readKeyRing(
  keysPath: string,
  onIssue: (issue: LogIssue) => void = () => undefined,
): Promise<BodyKeyRing> {
  const ring = createBodyKeyRing(onIssue, nodeSha256);
  for await (const line of readLines(keysPath)) {
    if (line.bytes.length === 0) continue;
    const value = parse(line.bytes.toString("utf8"));
    if (value === undefined)
      onIssue({
        code: "unreadable-key",
        message: "a key line is not JSON",
        location: `${keysPath}:${line.number}`,
      });
    else ring.load(value);
  }
  return ring;
}

/** A read-only view of a log file: its committed heads, and its committed records as a stream. */
export interface JsonlLogReader {
  /** Every committed tree head, in file order. */
  heads(): Promise<readonly unknown[]>;
  /** Every committed record, in file order (unparseable lines come as `undefined`, which verification rejects). */
  records(): AsyncIterable<unknown>;
}

/** Reads a log file without changing it, as plain values (for `verifyLog`); prefer {@link auditJsonlLog}. */
export function readJsonlLog(
  path: string,
  onIssue: (issue: LogIssue) => void = () => undefined,
): JsonlLogReader {
  const each = async function* (kind: "record" | "head"): AsyncGenerator<unknown> {
    let group: { kind: string; bytes: Buffer }[] = [];
    const tail = { trailingBytes: 0, fileBytes: 0 };
    let committed = 0;
    try {
      for await (const line of readLines(path, { tail })) {
        if (line.bytes.length === 0) continue;
        const k = lineKind(line.bytes);
        if (k !== "commit") {
          group.push({ kind: k, bytes: line.bytes });
          continue;
        }
        for (const g of group)
          if (g.kind === kind || (kind === "record" && g.kind === "other")) {
            const value = parse(g.bytes.toString("utf8")) as Record<string, unknown> | undefined;
            yield value?.[kind];
          }
        group = [];
        committed = line.end + 1;
      }
    } catch (error) {
      if ((error as { code?: string }).code === "ENOENT") return;
      throw error;
    }
    if (kind === "record" && tail.fileBytes > committed)
      onIssue({
        code: "truncated-tail",
        message: `ignored ${tail.fileBytes - committed} bytes after the last complete append (an interrupted append)`,
        location: path,
      });
  };
  return {
    async heads() {
      const heads: unknown[] = [];
      for await (const head of each("head")) if (head !== undefined) heads.push(head);
      return heads;
    },
    records: () => each("record"),
  };
}
