/**
 * The core explanation log's storage over SQL. The log process is the one sequencer: it assigns indexes in memory
 * (the Merkle tree) and every append checks, in the same statement, that its first index is the next one in the
 * table (and the primary key refuses overlapping indexes), so two writers can never fork the log; heads are signed in batches by the core log's head
 * policy (`headEvery`, `headIntervalMs`), as Trillian's signer integrates queued leaves.
 */
import type { KeyRingItem, LogRecord, LogStorage, SignedTreeHead, StoredItem } from "@candor/core/audit";
import type { Db } from "./db.ts";

/** A {@link LogStorage} in `log_records`, `log_heads` and `log_keys`. */
export function sqlLogStorage(db: Db): LogStorage & { size(): Promise<number> } {
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
      // One statement, one round trip (the core log appends one at a time, so round trips bound its rate): the
      // records go in only when the first one's index is the next in the table, the heads only with them. The
      // primary key on the index refuses a second writer's overlapping append.
      const first = records[0];
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
         )
         SELECT (SELECT count(*) FROM rec) AS records, (SELECT count(*) FROM hd) AS heads`,
        [
          records.map((r) => r.i),
          records.map((r) => JSON.stringify(r)),
          first?.i ?? 0,
          heads.map((h) => h.treeSize),
          heads.map((h) => JSON.stringify(h)),
          records.length,
        ],
      );
      if (Number(rows[0]?.records) !== records.length) {
        const next = await size();
        throw new Error(`log sequencer: append at index ${first?.i}, but the table holds ${next} entries`);
      }
    },
    async read(from: number, to: number) {
      const rows = await db.query<{ record: string }>(
        "SELECT record FROM log_records WHERE i >= $1 AND i < $2 ORDER BY i",
        [from, to],
      );
      return rows.map((r) => JSON.parse(r.record) as unknown);
    },
    async putKeys(items: readonly KeyRingItem[]) {
      if (items.length === 0) return;
      // One statement; a slot given twice keeps its last item (as the row-by-row upsert did).
      const bySlot = new Map<string, KeyRingItem>();
      for (const item of items) {
        const slot = "entries" in item ? `${item.ref}#${item.entries[0]}` : item.ref;
        bySlot.delete(slot);
        bySlot.set(slot, item);
      }
      const slots = [...bySlot.entries()];
      await db.query(
        `INSERT INTO log_keys (slot, ref, is_key, item, seq)
         SELECT k.slot, k.ref, k.is_key::boolean, k.item, nextval('log_keys_seq')
         FROM unnest($1::text[], $2::text[], $3::text[], $4::text[]) WITH ORDINALITY AS k(slot, ref, is_key, item, n)
         ORDER BY k.n
         ON CONFLICT (slot) DO UPDATE SET item = EXCLUDED.item, seq = EXCLUDED.seq`,
        [
          slots.map(([slot]) => slot),
          slots.map(([, item]) => item.ref),
          // As text: the driver sends a boolean array as one boolean.
          slots.map(([, item]) => String(!("entries" in item))),
          slots.map(([, item]) => JSON.stringify(item)),
        ],
      );
    },
    async deleteKeys(refs: readonly string[]) {
      if (refs.length === 0) return 0;
      const rows = await db.query<{ is_key: boolean }>(
        "DELETE FROM log_keys WHERE ref = ANY($1::text[]) RETURNING is_key",
        [refs],
      );
      return rows.filter((r) => r.is_key).length;
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
