/**
 * The core explanation log's storage over SQL. The log process is the one sequencer: it assigns indexes in memory
 * (the Merkle tree) and every append checks, in the same statement, that its first index is the next one in the
 * table (and the primary key refuses overlapping indexes), so two writers can never fork the log; heads are signed in batches by the core log's head
 * policy (`headEvery`, `headIntervalMs`), as Trillian's signer integrates queued leaves.
 *
 * One append is one statement, so one commit (one WAL flush) per group of slates: the key-ring items the core log
 * hands to `putKeys` just before an append are held and written in the append's statement (keys and the records
 * sealed under them commit together, or not at all), and so are the `subject_entries` rows of served slates whose
 * subject the sequencer registered (see {@link SlateSubjects}).
 */
import type { KeyRingItem, LogRecord, LogStorage, SignedTreeHead, StoredItem } from "@candor/core/audit";
import type { Db } from "./db.ts";

/**
 * Served slates whose subject is known to the sequencer: slate id → the subject's keyed reference. An append that
 * stores a registered slate's entries also records them in `subject_entries` (for the subject's export), in the
 * same statement.
 */
export type SlateSubjects = Map<string, string>;

/** Options of {@link sqlLogStorage}. */
export interface SqlLogStorageOptions {
  /** Slates whose entries are recorded in `subject_entries` when appended; default none. */
  readonly slateSubjects?: SlateSubjects;
}

/** A {@link LogStorage} in `log_records`, `log_heads` and `log_keys` (and `subject_entries`). */
export function sqlLogStorage(
  db: Db,
  options: SqlLogStorageOptions = {},
): LogStorage & { size(): Promise<number> } {
  const slateSubjects = options.slateSubjects;
  // Key-ring items given to `putKeys`, written with the next append (in put order; a slot given twice keeps its
  // last item, as the row-by-row upsert did). Kept until a statement that carried them committed.
  let pendingKeys: KeyRingItem[] = [];
  const keyRows = (items: readonly KeyRingItem[]) => {
    const bySlot = new Map<string, KeyRingItem>();
    for (const item of items) {
      const slot = "entries" in item ? `${item.ref}#${item.entries[0]}` : item.ref;
      bySlot.delete(slot);
      bySlot.set(slot, item);
    }
    const slots = [...bySlot.entries()];
    return [
      slots.map(([slot]) => slot),
      slots.map(([, item]) => item.ref),
      // As text: the driver sends a boolean array as one boolean.
      slots.map(([, item]) => String(!("entries" in item))),
      slots.map(([, item]) => JSON.stringify(item)),
    ];
  };
  /** One `subject_entries` row per registered slate: its first and last index. */
  const subjectRows = (records: readonly LogRecord[]) => {
    const bySlate = new Map<string, { ref: string; first: number; last: number }>();
    if (slateSubjects && slateSubjects.size > 0)
      for (const record of records) {
        if (record.entry.kind !== "served") continue;
        const ref = slateSubjects.get(record.entry.slateId);
        if (ref === undefined) continue;
        const row = bySlate.get(record.entry.slateId);
        if (row) {
          row.first = Math.min(row.first, record.i);
          row.last = Math.max(row.last, record.i);
        } else bySlate.set(record.entry.slateId, { ref, first: record.i, last: record.i });
      }
    const rows = [...bySlate.values()];
    return [rows.map((r) => r.ref), rows.map((r) => r.first), rows.map((r) => r.last)];
  };
  const size = async (q: Db = db) => {
    // Indexes are dense from 0 (the sequencer checks it), so the size is the largest index + 1: one index lookup.
    const rows = await q.query<{ n: unknown }>("SELECT coalesce(max(i) + 1, 0) AS n FROM log_records");
    return Number(rows[0]?.n ?? 0);
  };
  return {
    size: () => size(),
    async *load() {
      const records = await db.query<{ i: unknown; record: string }>(
        "SELECT i, record FROM log_records ORDER BY i",
      );
      for (const row of records) yield parsed("record", row.record, `log_records:${String(row.i)}`);
      const heads = await db.query<{ seq: unknown; head: string }>(
        "SELECT seq, head FROM log_heads ORDER BY seq",
      );
      for (const row of heads) yield parsed("head", row.head, `log_heads:${String(row.seq)}`);
    },
    async loadKeys() {
      const rows = await db.query<{ item: string }>("SELECT item FROM log_keys ORDER BY seq");
      return rows.map((r) => JSON.parse(r.item) as unknown);
    },
    async append(records: readonly LogRecord[], heads: readonly SignedTreeHead[]) {
      // One statement, one round trip and one commit (the core log appends one at a time, so round trips and WAL
      // flushes bound its rate): the records go in only when the first one's index is the next in the table, and
      // the held key-ring items, the heads and the subject entries only with them. The primary key on the index
      // refuses a second writer's overlapping append.
      const first = records[0];
      const keys = pendingKeys;
      const [slots, refs, isKey, items] = keyRows(keys);
      const [subjects, firsts, lasts] = subjectRows(records);
      const rows = await db.query<{ records: unknown; heads: unknown }>(
        `WITH rec AS (
           INSERT INTO log_records (i, record)
           SELECT u.i, u.record FROM unnest($1::bigint[], $2::text[]) AS u(i, record)
           WHERE (SELECT coalesce(max(i) + 1, 0) FROM log_records) = $3
           RETURNING i
         ), hd AS (
           INSERT INTO log_heads (tree_size, head)
           SELECT h.tree_size, h.head FROM unnest($4::bigint[], $5::text[]) WITH ORDINALITY AS h(tree_size, head, n)
           WHERE (SELECT count(*) FROM rec) = $6
           ORDER BY h.n
           RETURNING seq
         ), ks AS (
           INSERT INTO log_keys (slot, ref, is_key, item, seq)
           SELECT k.slot, k.ref, k.is_key::boolean, k.item, nextval('log_keys_seq')
           FROM unnest($7::text[], $8::text[], $9::text[], $10::text[]) WITH ORDINALITY AS k(slot, ref, is_key, item, n)
           WHERE (SELECT count(*) FROM rec) = $6
           ORDER BY k.n
           ON CONFLICT (slot) DO UPDATE SET item = EXCLUDED.item, seq = EXCLUDED.seq
           RETURNING slot
         ), se AS (
           INSERT INTO subject_entries (subject_ref, first_index, last_index)
           SELECT s.ref, s.first, s.last FROM unnest($11::text[], $12::bigint[], $13::bigint[]) AS s(ref, first, last)
           WHERE (SELECT count(*) FROM rec) = $6
           RETURNING first_index
         )
         SELECT (SELECT count(*) FROM rec) AS records, (SELECT count(*) FROM hd) AS heads,
                (SELECT count(*) FROM ks) AS keys, (SELECT count(*) FROM se) AS subjects`,
        [
          records.map((r) => r.i),
          records.map((r) => JSON.stringify(r)),
          first?.i ?? 0,
          heads.map((h) => h.treeSize),
          heads.map((h) => JSON.stringify(h)),
          records.length,
          slots,
          refs,
          isKey,
          items,
          subjects,
          firsts,
          lasts,
        ],
      );
      if (Number(rows[0]?.records) !== records.length) {
        const next = await size();
        throw new Error(`log sequencer: append at index ${first?.i}, but the table holds ${next} entries`);
      }
      // Committed with this statement; items put while it ran wait for the next one.
      if (pendingKeys === keys) pendingKeys = [];
      else pendingKeys = pendingKeys.slice(keys.length);
    },
    async read(from: number, to: number) {
      const rows = await db.query<{ record: string }>(
        "SELECT record FROM log_records WHERE i >= $1 AND i < $2 ORDER BY i",
        [from, to],
      );
      return rows.map((r) => JSON.parse(r.record) as unknown);
    },
    async putKeys(items: readonly KeyRingItem[]) {
      // Held for the append that follows (the core log puts the keys and ranges of an append just before it): the
      // keys commit with the records sealed under them. `close` writes any still held.
      if (items.length > 0) pendingKeys = [...pendingKeys, ...items];
    },
    async deleteKeys(refs: readonly string[]) {
      if (refs.length === 0) return 0;
      // Held items of these refs are never written (their records, if any, were not stored either).
      const gone = new Set(refs);
      const held = pendingKeys.filter((item) => gone.has(item.ref) && !("entries" in item)).length;
      pendingKeys = pendingKeys.filter((item) => !gone.has(item.ref));
      const rows = await db.query<{ is_key: boolean }>(
        "DELETE FROM log_keys WHERE ref = ANY($1::text[]) RETURNING is_key",
        [refs],
      );
      return held + rows.filter((r) => r.is_key).length;
    },
    async close() {
      // Items held without an append after them (an append that failed and was not retried).
      if (pendingKeys.length === 0) return;
      const keys = pendingKeys;
      const [slots, refs, isKey, items] = keyRows(keys);
      await db.query(
        `INSERT INTO log_keys (slot, ref, is_key, item, seq)
         SELECT k.slot, k.ref, k.is_key::boolean, k.item, nextval('log_keys_seq')
         FROM unnest($1::text[], $2::text[], $3::text[], $4::text[]) WITH ORDINALITY AS k(slot, ref, is_key, item, n)
         ORDER BY k.n
         ON CONFLICT (slot) DO UPDATE SET item = EXCLUDED.item, seq = EXCLUDED.seq`,
        [slots, refs, isKey, items],
      );
      if (pendingKeys === keys) pendingKeys = [];
    },
  };
}

function parsed(kind: "record" | "head", text: string, location: string): StoredItem {
  try {
    return { kind, value: JSON.parse(text) as unknown, location };
  } catch {
    return { kind: "unreadable", location, reason: "stored text is not JSON" };
  }
}
