/**
 * The tamper-evident explanation log: one entry per served item (DESIGN.md invariant 5), consent events and notices
 * (invariant 7), in one RFC 9162 Merkle tree with signed tree heads. Personal bodies are sealed per subject, and
 * which key sealed which entry is kept in the key ring, not in the log, so erasure unlinks as well as shreds while
 * every proof stays valid (GDPR Art. 17). One storage interface for memory, IndexedDB and JSON-lines files.
 * Appends are serialized; a failed write leaves the tree as it was.
 */

import { InputError, LogIntegrityError, StorageError } from "../internal/candor-error.ts";
import { type Result, safeAsync } from "../internal/result.ts";
import { openCommittedBody, randomBytes, sealBody, webCryptoBodyCipher } from "./body-cipher.ts";
import { consentCitation, createBodyKeyRing, type KeySlot } from "./body-key-ring.ts";
import { bytesEqual, toHex } from "./bytes.ts";
import { noticeEntry, safeParseConsentItem, safeParseNoticeItem, splitConsentItem } from "./consent-entry.ts";
import {
  defaultSchedule,
  type ExplanationLogOptions,
  validateLogOptions,
} from "./explanation-log-options.ts";
import { recordShape, safeParseLogRecord, safeParseServedItem } from "./log-entry.ts";
import { createMerkleTree } from "./merkle-tree.ts";
import { sha256 } from "./sha256.ts";
import { entryLeafHash, rememberEntryText, splitServedItem } from "./split-entry.ts";
import { safeParseTreeHead, signTreeHead, verifyTreeHead } from "./tree-head.ts";

import type {
  BodyState,
  CommittedEntry,
  ConsentLogItem,
  ConsistencyProof,
  EntryKeyRange,
  InclusionProof,
  KeyRingItem,
  LogIssue,
  LogRecord,
  NoticeLogItem,
  OpenedLogEntry,
  ServedItem,
  SignedTreeHead,
  SubjectPseudonym,
} from "./types.ts";

export type { ExplanationLogOptions } from "./explanation-log-options.ts";

/** Where an appended item went. */
export interface AppendedEntry {
  readonly id: string;
  readonly index: number;
}

/** Proof of an erasure without the erased data (GDPR Art. 17, Art. 5(2)). */
export interface LogErasureReceipt {
  readonly schema: "candor.log-erasure-receipt/1";
  readonly erasedAt: number;
  /** References of the destroyed subject keys (random; they appear nowhere in the log and name no one). */
  readonly keyRefs: readonly string[];
  /** Entries whose bodies are now unreadable and unlinkable. */
  readonly entries: number;
  /** The signed tree head at erasure: every entry and proof up to it still verifies. */
  readonly treeHead: SignedTreeHead;
}

/** Why appends are refused: the stored log failed its check on load, or its storage could not be loaded (or locked). */
export type LogFailure = LogIntegrityError | StorageError;

/** The explanation log. */
export interface ExplanationLog {
  /** Resolves once the stored log is loaded and checked; it never rejects (problems go to `onError` and {@link ExplanationLog.failure}). */
  readonly ready: Promise<void>;
  /** Number of entries of every kind. */
  readonly size: number;
  /** Why the log refuses appends (set on load), or `null`. */
  readonly failure: LogFailure | null;
  /**
   * Appends one slate's items (one entry each) and resolves to their ids and indexes once stored; signs heads
   * by the head policy. Rejects with {@link InputError}, {@link StorageError} or
   * {@link LogIntegrityError} (the stored log failed its check on load); nothing is half-appended.
   */
  append(items: readonly ServedItem[]): Promise<readonly AppendedEntry[]>;
  /** {@link ExplanationLog.append} that resolves to a result instead of rejecting. */
  safeAppend(
    items: readonly ServedItem[],
  ): Promise<Result<readonly AppendedEntry[], InputError | StorageError | LogIntegrityError>>;
  /**
   * Commits one consent event (contract 3; GDPR Art. 7(1)): kind `"consent"`, with what it did in the clear and the
   * event id, its hash and the subject's pseudonym sealed under the subject's key. Rejects with
   * {@link InputError} (also when `event.hash` does not match the event), {@link StorageError} or
   * {@link LogIntegrityError}.
   */
  appendConsent(item: ConsentLogItem): Promise<AppendedEntry>;
  /** Commits a notice's declared purposes once per notice hash (a second call returns the first entry). */
  appendNotice(item: NoticeLogItem): Promise<AppendedEntry>;
  /** The newest signed tree head, signing one first when entries are unsigned (RFC 6962 §3.5). */
  treeHead(): Promise<SignedTreeHead>;
  /** Every signed tree head, oldest first. */
  heads(): Promise<readonly SignedTreeHead[]>;
  /** The inclusion proof of entry `index` in the tree of `treeSize` entries (default: all), RFC 9162 §2.1.3. */
  proveInclusion(index: number, treeSize?: number): Promise<InclusionProof>;
  /** The consistency proof between two tree sizes (default second: all), RFC 9162 §2.1.4. */
  proveConsistency(first: number, second?: number): Promise<ConsistencyProof>;
  /** Entries `from` (inclusive) to `to` (exclusive, default all), bodies opened where their keys exist. */
  read(from: number, to?: number): Promise<readonly OpenedLogEntry[]>;
  /**
   * Crypto-shreds every body of `subject` under every pseudonym key and deletes the key ring's record of which
   * entries were theirs; entries, heads and proofs stay valid.
   */
  eraseSubject(subject: string): Promise<LogErasureReceipt>;
  /** Signs a head for unsigned entries, stops the head timer and releases the storage (and its lock). */
  close(): Promise<void>;
}

/** An item ready to be split once its subject's key is known. */
type Prepared =
  | { readonly kind: "served"; readonly item: ServedItem; readonly subject: string }
  | {
      readonly kind: "consent";
      readonly item: ConsentLogItem;
      readonly eventHash: string;
      readonly subject: string;
    }
  | { readonly kind: "notice"; readonly item: NoticeLogItem; readonly subject: null };

const SALT_BYTES = 16;

/** Creates the log over `storage`; loading starts at once and every method waits for it. */
export function createExplanationLog(options: ExplanationLogOptions): ExplanationLog {
  validateLogOptions(options);
  const { storage, signer, pseudonymizer } = options;
  const clock = options.clock ?? Date.now;
  const hash = options.hash ?? sha256;
  const cipher = options.cipher ?? webCryptoBodyCipher;
  const headEvery = options.headEvery ?? 1000;
  const headIntervalMs = options.headIntervalMs ?? 1000;
  const schedule = options.schedule === undefined ? defaultSchedule : options.schedule;
  const trusted = [signer.publicKey, ...(options.previousKeys ?? [])];
  const report = (issue: LogIssue): void => {
    try {
      options.onError?.(issue);
    } catch {
      // A failing error hook must not break the log.
    }
  };

  const tree = createMerkleTree({ hash });
  const heads: SignedTreeHead[] = [];
  const keys = createBodyKeyRing(report, hash);
  const notices = new Map<string, AppendedEntry>();
  let failure: LogFailure | null = null;
  let lastHeadAt = clock();
  let cancelTimer: (() => void) | null = null;
  let queue: Promise<unknown> = Promise.resolve();

  const serial = <T>(task: () => Promise<T>): Promise<T> => {
    const run = queue.then(task, task);
    queue = run.catch(() => undefined);
    return run;
  };

  const fail = (index: number, reason: string): void => {
    if (failure) return;
    failure = new LogIntegrityError(index, reason);
    report({ code: "integrity", message: failure.message, index, cause: failure });
  };

  const load = async (): Promise<void> => {
    const stored: { head: SignedTreeHead; location: string }[] = [];
    for await (const item of storage.load(report)) {
      if (failure) continue;
      if (item.kind === "unreadable") {
        fail(tree.size, `${item.location}: ${item.reason}`);
      } else if (item.kind === "head") {
        const head = safeParseTreeHead(item.value);
        if (head.ok) stored.push({ head: head.value, location: item.location });
        else
          fail(
            tree.size,
            `${item.location}: tree head is invalid at "${head.error.path}": ${head.error.reason}`,
          );
      } else {
        const record = recordShape(item.value);
        if (!record) {
          const parsed = safeParseLogRecord(item.value);
          const where = parsed.ok ? "" : ` at "${parsed.error.path}": ${parsed.error.reason}`;
          fail(tree.size, `${item.location}: record is invalid${where}`);
          continue;
        }
        const leaf = entryLeafHash(record.entry, hash);
        if (record.i !== tree.size) fail(tree.size, `${item.location}: record claims index ${record.i}`);
        else if (toHex(leaf) !== record.leaf)
          fail(tree.size, `${item.location}: entry does not match its leaf hash`);
        else {
          if (typeof record.body?.k === "string") keys.assign(tree.size, tree.size + 1, record.body.k);
          if (record.entry.kind === "notice" && !notices.has(record.entry.notice.hash))
            notices.set(record.entry.notice.hash, { id: record.entry.id, index: tree.size });
          tree.append(leaf);
        }
      }
    }
    for (const key of await storage.loadKeys(report)) keys.load(key);
    let previous = 0;
    for (const { head, location } of stored) {
      if (head.treeSize < previous) fail(previous, `${location}: tree head sizes go backwards`);
      else if (head.treeSize > tree.size)
        fail(
          tree.size,
          `${location}: tree head covers ${head.treeSize} entries, only ${tree.size} are stored`,
        );
      else if (toHex(tree.root(head.treeSize)) !== head.rootHash)
        fail(
          previous,
          `${location}: entries ${previous}..${head.treeSize - 1} do not match the signed tree head`,
        );
      else if (!(await verifyTreeHead(head, trusted)))
        fail(previous, `${location}: tree head at size ${head.treeSize} has an invalid or unknown signature`);
      if (failure) break;
      heads.push(head);
      previous = head.treeSize;
    }
    const last = heads.at(-1);
    if (last) lastHeadAt = last.timestamp;
    arm();
  };

  const ready: Promise<void> = load().catch((error: unknown) => {
    failure = error instanceof StorageError ? error : new StorageError("log", "load", error);
    const locked = (error as { name?: unknown } | null)?.name === "LogLockedError";
    report({ code: locked ? "locked" : "integrity", message: failure.message, cause: error });
  });
  queue = ready;

  const signedSize = (): number => heads.at(-1)?.treeSize ?? 0;

  const sign = async (treeSize: number, timestamp: number): Promise<SignedTreeHead | null> => {
    try {
      return await signTreeHead(signer, { treeSize, rootHash: toHex(tree.root(treeSize)), timestamp });
    } catch (error) {
      report({ code: "signing", message: `could not sign the tree head at size ${treeSize}`, cause: error });
      return null;
    }
  };

  /** Signs and stores a head for the current size when it has none (or when `force` and there is no head yet). */
  const signPending = async (force: boolean): Promise<void> => {
    if (tree.size === signedSize() && !(force && heads.length === 0)) return;
    const now = clock();
    const head = await sign(tree.size, now);
    if (!head) return;
    try {
      await storage.append([], [head]);
    } catch (error) {
      report({ code: "storage-write", message: "could not store a tree head", cause: error });
      return;
    }
    heads.push(head);
    lastHeadAt = now;
  };

  function arm(): void {
    if (!schedule || cancelTimer || tree.size === signedSize() || failure) return;
    const delay = Math.max(0, lastHeadAt + headIntervalMs - clock());
    cancelTimer = schedule(() => {
      cancelTimer = null;
      void serial(() => signPending(false)).then(arm);
    }, delay);
  }

  /** Seals, stores and adds prepared items as one append: keys and ranges first, then records and heads. */
  const commit = async (prepared: readonly Prepared[]): Promise<readonly AppendedEntry[]> => {
    if (prepared.length === 0) return [];
    const now = clock();
    const distinct = [...new Set(prepared.map((p) => p.subject).filter((s): s is string => s !== null))];
    const lookups = await Promise.all(distinct.map((subject) => pseudonymizer.pseudonymize(subject)));
    const fresh: KeyRingItem[] = [];
    const freshSlots: KeySlot[] = [];
    const slots = new Map<string, KeySlot>();
    for (const [n, subject] of distinct.entries()) {
      const before = fresh.length;
      const slot = keys.slotFor(lookups[n] as SubjectPseudonym, fresh, now);
      if (fresh.length > before) freshSlots.push(slot);
      slots.set(subject, slot);
    }
    const bodyNames = new Map<string, SubjectPseudonym>();
    for (const [subject, slot] of slots)
      bodyNames.set(subject, { keyId: slot.keyId, pseudonym: await keys.bodyPseudonym(slot, subject) });
    const salts = randomBytes(SALT_BYTES * prepared.length);
    const ivs = randomBytes(12 * prepared.length);
    const ids = randomBytes(16 * prepared.length);
    const start = tree.size;
    const split = prepared.map((p, n) => {
      const id = `le_${toHex(ids.subarray(n * 16, n * 16 + 16))}`;
      const salt = salts.subarray(n * SALT_BYTES, (n + 1) * SALT_BYTES);
      if (p.kind === "notice") {
        const entry = noticeEntry(p.item, { id, at: p.item.at ?? now });
        rememberEntryText(entry);
        return { entry: entry as CommittedEntry, bodyText: null };
      }
      const subject = bodyNames.get(p.subject) as SubjectPseudonym;
      if (p.kind === "consent") {
        const { entry, bodyText } = splitConsentItem(p.item, p.eventHash, { id, subject, salt }, hash);
        rememberEntryText(entry);
        return { entry: entry as CommittedEntry, bodyText };
      }
      const entryId = p.item.id ?? id;
      const secret = (slots.get(p.subject) as KeySlot).secret;
      const { consentEventId: eventId, consentEventHash: eventHash } = p.item.legalBasis;
      const citation = !secret
        ? undefined
        : typeof eventId === "string"
          ? consentCitation(hash, secret, entryId, eventId, eventHash ?? null)
          : null;
      const { entry, bodyText } = splitServedItem(
        p.item,
        { id: entryId, at: p.item.at ?? now, subject, salt, ...(citation === undefined ? {} : { citation }) },
        hash,
      );
      return { entry: entry as CommittedEntry, bodyText };
    });
    const leaves = split.map(({ entry }) => entryLeafHash(entry, hash));
    const sealed = await Promise.all(
      split.map(({ entry, bodyText }, n) => {
        const p = prepared[n] as Prepared;
        if (bodyText === null || p.subject === null) return null;
        const slot = slots.get(p.subject) as KeySlot;
        const salt = salts.subarray(n * SALT_BYTES, (n + 1) * SALT_BYTES);
        return sealBody(cipher, slot.key, null, entry.id, salt, bodyText, ivs.subarray(n * 12, n * 12 + 12));
      }),
    );
    const ranges: EntryKeyRange[] = [];
    for (const [n, p] of prepared.entries()) {
      if (p.subject === null) continue;
      const ref = (slots.get(p.subject) as KeySlot).ref;
      const last = ranges.at(-1);
      if (last && last.ref === ref && last.entries[1] === start + n)
        ranges[ranges.length - 1] = { entries: [last.entries[0], start + n + 1], ref };
      else ranges.push({ entries: [start + n, start + n + 1], ref });
    }
    if (fresh.length > 0 || ranges.length > 0) {
      try {
        await storage.putKeys([...fresh, ...ranges]);
      } catch (error) {
        throw new StorageError("log", "put-keys", error);
      }
      keys.commit(freshSlots);
    }
    const records = split.map(
      ({ entry }, n): LogRecord => ({
        body: sealed[n] ?? null,
        entry,
        i: start + n,
        leaf: toHex(leaves[n] as Uint8Array),
      }),
    );
    for (const leaf of leaves) tree.append(leaf);
    const sizes: number[] = [];
    for (let next = signedSize() + headEvery; next <= tree.size; next += headEvery) sizes.push(next);
    if (now - lastHeadAt >= headIntervalMs && sizes.at(-1) !== tree.size) sizes.push(tree.size);
    const signed = (await Promise.all(sizes.map((size) => sign(size, now)))).filter(
      (h): h is SignedTreeHead => h !== null,
    );
    try {
      await storage.append(records, signed);
    } catch (error) {
      tree.truncate(start);
      throw new StorageError("log", "append", error);
    }
    heads.push(...signed);
    if (signed.length > 0) lastHeadAt = now;
    for (const range of ranges) keys.assign(range.entries[0], range.entries[1], range.ref);
    for (const record of records)
      if (record.entry.kind === "notice")
        notices.set(record.entry.notice.hash, { id: record.entry.id, index: record.i });
    arm();
    return records.map((r) => ({ id: r.entry.id, index: r.i }));
  };

  const append = (input: readonly ServedItem[]): Promise<readonly AppendedEntry[]> =>
    serial(async () => {
      if (failure) throw failure;
      if (!Array.isArray(input))
        throw new InputError("", "expected an array of served items", input, { what: `served item ${0}` });
      const prepared = input.map((value, position): Prepared => {
        const parsed = safeParseServedItem(value);
        if (!parsed.ok) {
          const { path, reason, value: bad } = parsed.error;
          throw new InputError(path, reason, bad, { what: `served item ${position}` });
        }
        return { kind: "served", item: parsed.value, subject: parsed.value.subject };
      });
      return commit(prepared);
    });

  const appendConsent = (input: ConsentLogItem): Promise<AppendedEntry> =>
    serial(async () => {
      if (failure) throw failure;
      const parsed = safeParseConsentItem(input);
      if (!parsed.ok)
        throw new InputError(parsed.error.path, parsed.error.reason, parsed.error.value, {
          what: "consent item",
        });
      const { item, eventHash } = parsed.value;
      const [appended] = await commit([{ kind: "consent", item, eventHash, subject: item.subject }]);
      return appended as AppendedEntry;
    });

  const appendNotice = (input: NoticeLogItem): Promise<AppendedEntry> =>
    serial(async () => {
      if (failure) throw failure;
      const parsed = safeParseNoticeItem(input);
      if (!parsed.ok)
        throw new InputError(parsed.error.path, parsed.error.reason, parsed.error.value, {
          what: "notice item",
        });
      const known = notices.get(parsed.value.notice.hash);
      if (known) return known;
      const [appended] = await commit([{ kind: "notice", item: parsed.value, subject: null }]);
      return appended as AppendedEntry;
    });

  const open = async (record: LogRecord): Promise<OpenedLogEntry> => {
    const base = { index: record.i, leaf: record.leaf };
    if (record.entry.kind === "notice" || record.body === null)
      return {
        ...base,
        entry: record.entry,
        personal: null,
        bodyState: "none",
        keyRef: null,
      } as OpenedLogEntry;
    const slot = keys.slotAt(record.i);
    const closed = (bodyState: BodyState): OpenedLogEntry =>
      ({
        ...base,
        entry: record.entry,
        personal: null,
        bodyState,
        keyRef: slot?.ref ?? null,
      }) as OpenedLogEntry;
    if (!slot) return closed("erased");
    const entry = record.entry;
    const opened = await openCommittedBody(
      cipher,
      slot.key,
      entry.id,
      record.body,
      entry.bodyDigest,
      hash,
      entry.kind === "consent" ? "consent" : "served",
    );
    if (!opened.ok) {
      report({ code: "unreadable-body", message: opened.reason, index: record.i });
      return closed("unreadable");
    }
    return {
      ...base,
      entry: record.entry,
      personal: opened.body,
      bodyState: "opened",
      keyRef: slot.ref,
    } as OpenedLogEntry;
  };

  return {
    ready,
    get size() {
      return tree.size;
    },
    get failure() {
      return failure;
    },
    append,
    safeAppend: safeAsync(append, InputError, StorageError, LogIntegrityError),
    appendConsent,
    appendNotice,
    treeHead: () =>
      serial(async () => {
        if (failure) throw failure;
        await signPending(true);
        const last = heads.at(-1);
        if (!last) throw new StorageError("log", "append", "no tree head could be signed");
        return last;
      }),
    heads: () => serial(async () => [...heads]),
    proveInclusion: (index, treeSize) =>
      serial(async () => {
        const size = treeSize ?? tree.size;
        const path = tree.inclusionProof(index, size).map(toHex);
        return { index, treeSize: size, leafHash: toHex(tree.leaf(index)), path };
      }),
    proveConsistency: (first, second) =>
      serial(async () => {
        const size = second ?? tree.size;
        return { first, second: size, path: tree.consistencyProof(first, size).map(toHex) };
      }),
    read: (from, to) =>
      serial(async () => {
        const end = Math.min(to ?? tree.size, tree.size);
        const begin = Math.max(0, from);
        if (begin >= end) return [];
        let raw: readonly unknown[];
        try {
          raw = await storage.read(begin, end);
        } catch (error) {
          throw new StorageError("log", "read", error);
        }
        const records = raw.map((value, n) => {
          const index = begin + n;
          const parsed = safeParseLogRecord(value);
          if (!parsed.ok) throw new LogIntegrityError(index, `record is invalid at "${parsed.error.path}"`);
          const record = parsed.value;
          if (record.i !== index) throw new LogIntegrityError(index, `record claims index ${record.i}`);
          if (!bytesEqual(entryLeafHash(record.entry, hash), tree.leaf(index)))
            throw new LogIntegrityError(index, "entry changed since the log was opened");
          return record;
        });
        if (records.length !== end - begin)
          throw new LogIntegrityError(begin + records.length, "entry missing");
        return Promise.all(records.map(open));
      }),
    eraseSubject: (subject) =>
      serial(async () => {
        if (failure) throw failure;
        pseudonymizer.forget(subject);
        const lookups = await pseudonymizer.pseudonymsOf(subject);
        const slots = lookups.map((p) => keys.byPseudonym(p.pseudonym)).filter((s): s is KeySlot => !!s);
        const refs = slots.map((s) => s.ref);
        const entries = keys.entriesOf(refs);
        if (refs.length > 0) {
          try {
            await storage.deleteKeys(refs);
          } catch (error) {
            throw new StorageError("log", "delete-keys", error);
          }
        }
        keys.drop(slots);
        const erasedAt = clock();
        await signPending(true);
        const treeHead = heads.at(-1) as SignedTreeHead;
        return { schema: "candor.log-erasure-receipt/1", erasedAt, keyRefs: refs, entries, treeHead };
      }),
    close: () =>
      serial(async () => {
        cancelTimer?.();
        cancelTimer = null;
        if (!failure) await signPending(false);
        await storage.close?.();
      }),
  };
}
