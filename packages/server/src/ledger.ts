/**
 * The server-side consent ledger: every consent event of every subject as one append-only row (the database refuses
 * UPDATE and DELETE), sealed under the subject's key. A choice is applied by the core consent manager over the
 * subject's record rebuilt from the ledger (so the hash chain, the regime's defaults, lapses and GPC work exactly as
 * in the browser), and the events it appended are written back in one transaction under a per-subject lock.
 *
 * A state read (every recommendation and ingest) is one query that returns the subject's ledger version (row count,
 * last row, and the transaction that wrote the subject's key) and, only when that differs from the version this process holds,
 * the rows themselves. The ledger is append-only and erasure deletes the key, so any change on any server changes
 * the version that very query checks: a cached state is never served after a withdrawal or an erasure elsewhere.
 */
import {
  type ConsentManager,
  type ConsentRecord,
  type ConsentState,
  type ConsentVia,
  type Controller,
  createConsentManager,
  memoryStorage,
  type Purpose,
} from "@candor/core/consent/manager";
import { type ConsentReceipt, toConsentReceipt } from "@candor/core/consent/receipts";
import type { Db } from "./db.ts";
import { HttpError } from "./errors.ts";
import type { SubjectKeys } from "./subject-keys.ts";

const STORAGE_KEY = "candor.consent";
/** Advisory lock namespace of per-subject ledger writes (the second key is the subject reference's hash). */
const LEDGER_LOCK = 7_431_003;
/** Subjects whose rebuilt consent this process keeps (with their ledger version), oldest dropped first. */
const CACHED_SUBJECTS = 10_000;
/**
 * The subject's ledger version and, when it differs from `$2`, the subject's key and the ledger rows it sealed, in
 * order (one row of nulls when unchanged or when there are none). Rows up to the key's `ledger_from` were sealed under
 * a key erased before this one was made (migration 003).
 */
const STATE_QUERY = `
  SELECT v.version, CASE WHEN v.version IS DISTINCT FROM $2 THEN v.key END AS key, l.iv, l.ct
  FROM (
    SELECT (SELECT count(*) FROM consent_ledger WHERE subject_ref = $1)::text || '/' ||
           coalesce((SELECT max(seq) FROM consent_ledger WHERE subject_ref = $1), 0)::text || '/' ||
           coalesce((SELECT xmin::text FROM subject_keys WHERE subject_ref = $1), 'none') AS version,
           (SELECT key FROM subject_keys WHERE subject_ref = $1) AS key,
           coalesce((SELECT ledger_from FROM subject_keys WHERE subject_ref = $1), 0) AS ledger_from
  ) v
  LEFT JOIN consent_ledger l
    ON l.subject_ref = $1 AND l.seq > v.ledger_from AND v.version IS DISTINCT FROM $2
  ORDER BY l.seq`;

/** A choice as the HTTP API takes it (validated by the route's zod schema). */
export type ConsentChoice =
  | { readonly action: "accept-all" | "reject-all" | "notice-shown"; readonly via?: ConsentVia }
  | { readonly action: "set"; readonly choices: Readonly<Record<string, boolean>>; readonly via?: ConsentVia }
  | { readonly action: "withdraw"; readonly purpose?: string; readonly via?: ConsentVia }
  | { readonly action: "gpc-override"; readonly purpose: string; readonly via: ConsentVia };

/** Request facts that shape a state: the shopper's region and the `Sec-GPC` signal. */
export interface ConsentContext {
  readonly region?: string | null;
  readonly gpc?: boolean;
  readonly minor?: boolean;
}

/** What the ledger is configured with: the same purposes, notice and controller as the shop's banner. */
export interface LedgerOptions {
  readonly purposes?: readonly Purpose[];
  readonly notice?: {
    readonly id: string;
    readonly version: string;
    readonly equivalent?: readonly string[];
  };
  readonly controller?: Controller;
  readonly clock?: () => number;
}

/** A recorded choice: the new state and how many ledger rows it added. */
export interface RecordedChoice {
  readonly state: ConsentState;
  readonly appended: number;
}

/** The ledger. */
export interface ConsentLedger {
  /** Applies a choice (the `Sec-GPC` signal honored and recorded) and appends its events; resolves to the state. */
  choose(subject: string, choice: ConsentChoice, context: ConsentContext): Promise<RecordedChoice>;
  /** The subject's current state (deny by default when nothing is recorded or it was erased). */
  state(subject: string, context?: ConsentContext): Promise<ConsentState>;
  /** The subject's record (ISO/IEC TS 27560 shape), or `null`. */
  record(subject: string): Promise<ConsentRecord | null>;
  /** A Kantara consent receipt of the standing choice, or `null`. */
  receipt(subject: string, locale?: string): Promise<ConsentReceipt | null>;
  /** How many ledger rows the subject has (readable or shredded). */
  rows(subject: string): Promise<number>;
}

interface Payload {
  readonly header: ConsentRecord["header"];
  readonly parties: ConsentRecord["parties"];
  readonly processing: ConsentRecord["processing"];
  readonly event: ConsentRecord["events"][number];
}

/** Creates the ledger over `db`. */
export function createConsentLedger(db: Db, keys: SubjectKeys, options: LedgerOptions = {}): ConsentLedger {
  const clock = options.clock ?? Date.now;

  const load = async (q: Db, subject: string): Promise<ConsentRecord | null> => {
    const key = await keys.existing(q, subject);
    if (!key) return null;
    const rows = await q.query<{ iv: Uint8Array; ct: Uint8Array }>(
      `SELECT iv, ct FROM consent_ledger
       WHERE subject_ref = $1
         AND seq > coalesce((SELECT ledger_from FROM subject_keys WHERE subject_ref = $1), 0)
       ORDER BY seq`,
      [keys.ref(subject)],
    );
    return opened(key, rows);
  };

  /** The record the sealed rows make under `key` (`null` when there are none or one does not open). */
  const opened = (
    key: Uint8Array,
    rows: readonly { iv: Uint8Array; ct: Uint8Array }[],
  ): ConsentRecord | null => {
    const payloads: Payload[] = [];
    for (const row of rows) {
      const plain = keys.open(key, { iv: row.iv, ct: row.ct });
      if (plain === null) return null;
      payloads.push(JSON.parse(plain) as Payload);
    }
    const last = payloads.at(-1);
    if (!last) return null;
    return {
      header: last.header,
      parties: last.parties,
      processing: last.processing,
      checkpoint: null,
      events: payloads.map((p) => p.event),
      head: last.event.hash,
    };
  };

  const manager = (
    subject: string,
    record: ConsentRecord | null,
    context: ConsentContext,
  ): ConsentManager => {
    const region = context.region ?? record?.processing.jurisdiction ?? null;
    return createConsentManager({
      subject,
      region,
      ...(options.purposes ? { purposes: options.purposes } : {}),
      ...(options.notice ? { notice: options.notice } : {}),
      ...(options.controller ? { controller: options.controller } : {}),
      minor: context.minor ?? record?.processing.minor ?? false,
      gpc: context.gpc ?? false,
      clock,
      storage: memoryStorage(record ? { [STORAGE_KEY]: JSON.stringify(record) } : {}),
    });
  };

  const apply = (m: ConsentManager, choice: ConsentChoice): void => {
    switch (choice.action) {
      case "accept-all":
        m.acceptAll(choice.via);
        return;
      case "reject-all":
        m.rejectAll(choice.via);
        return;
      case "notice-shown":
        m.noticeShown(choice.via);
        return;
      case "set": {
        const unknown = Object.keys(choice.choices).find((id) => !m.purposes.some((p) => p.id === id));
        if (unknown !== undefined)
          throw new HttpError(
            422,
            "unknown-purpose",
            `no purpose "${unknown}" in the notice`,
            `choices.${unknown}`,
          );
        m.set(choice.choices, choice.via);
        return;
      }
      case "withdraw":
        if (choice.purpose !== undefined && !m.purposes.some((p) => p.id === choice.purpose))
          throw new HttpError(
            422,
            "unknown-purpose",
            `no purpose "${choice.purpose}" in the notice`,
            "purpose",
          );
        m.withdraw(choice.purpose, choice.via);
        return;
      case "gpc-override":
        if (!m.purposes.some((p) => p.id === choice.purpose))
          throw new HttpError(
            422,
            "unknown-purpose",
            `no purpose "${choice.purpose}" in the notice`,
            "purpose",
          );
        m.confirmGpcOverride(choice.purpose, choice.via);
        return;
    }
  };

  // The state of a subject as last read, by subject reference: the ledger version it was rebuilt at and its manager
  // (whose `getState` derives lapses at the time it is read).
  const cache = new Map<string, { version: string; manager: ConsentManager }>();

  /** The subject's state: one query; the rows are read and the record rebuilt only when the version changed. */
  const currentState = async (subject: string): Promise<ConsentState> => {
    const ref = keys.ref(subject);
    const cached = cache.get(ref);
    const rows = await db.query<{
      version: string;
      key: Uint8Array | null;
      iv: Uint8Array | null;
      ct: Uint8Array | null;
    }>(STATE_QUERY, [ref, cached?.version ?? null]);
    const version = rows[0]?.version;
    if (cached && version === cached.version) {
      // Refreshed as the most recent.
      cache.delete(ref);
      cache.set(ref, cached);
      return cached.manager.getState();
    }
    const key = rows[0]?.key;
    const sealed = rows.filter(
      (r): r is typeof r & { iv: Uint8Array; ct: Uint8Array } => r.iv !== null && r.ct !== null,
    );
    const record = key ? opened(new Uint8Array(key), sealed) : null;
    const m = manager(subject, record, { gpc: false });
    await m.ready;
    cache.delete(ref);
    if (version !== undefined) {
      cache.set(ref, { version, manager: m });
      if (cache.size > CACHED_SUBJECTS) cache.delete(cache.keys().next().value as string);
    }
    return m.getState();
  };

  const lockSubject = (tx: Db, subject: string) =>
    tx.query("SELECT pg_advisory_xact_lock($1, hashtext($2))", [LEDGER_LOCK, keys.ref(subject)]);

  return {
    async choose(subject, choice, context) {
      return db.transaction(async (tx) => {
        await lockSubject(tx, subject);
        const before = await load(tx, subject);
        const m = manager(subject, before, context);
        await m.ready;
        try {
          apply(m, choice);
        } catch (error) {
          if (error instanceof HttpError) throw error;
          const e = error as { path?: unknown; message?: unknown };
          throw new HttpError(
            422,
            "invalid-choice",
            typeof e.message === "string" ? e.message : "invalid choice",
            typeof e.path === "string" ? e.path : "",
          );
        }
        await m.flush();
        const after = m.record();
        const known = new Set(before?.events.map((e) => e.id) ?? []);
        const added = after ? after.events.filter((e) => !known.has(e.id)) : [];
        if (added.length > 0 && after) {
          const key = await keys.keyOf(tx, subject);
          for (const event of added) {
            const payload: Payload = {
              header: after.header,
              parties: after.parties,
              processing: after.processing,
              event,
            };
            const sealed = keys.seal(key, JSON.stringify(payload));
            await tx.query(
              `INSERT INTO consent_ledger (subject_ref, event_id, event_hash, at, gpc, iv, ct)
               VALUES ($1, $2, $3, $4, $5, $6, $7)`,
              [keys.ref(subject), event.id, event.hash, event.at, context.gpc ?? false, sealed.iv, sealed.ct],
            );
          }
        }
        return { state: m.getState(), appended: added.length };
      });
    },
    async state(subject, context = {}) {
      if (context.region === undefined && context.minor === undefined) return currentState(subject);
      const m = manager(subject, await load(db, subject), { ...context, gpc: false });
      await m.ready;
      return m.getState();
    },
    record: (subject) => load(db, subject),
    async receipt(subject, locale) {
      const m = manager(subject, await load(db, subject), {});
      await m.ready;
      return toConsentReceipt(m, locale);
    },
    async rows(subject) {
      const rows = await db.query<{ n: unknown }>(
        "SELECT count(*) AS n FROM consent_ledger WHERE subject_ref = $1",
        [keys.ref(subject)],
      );
      return Number(rows[0]?.n ?? 0);
    },
  };
}
