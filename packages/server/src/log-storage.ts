/**
 * The core explanation log's storage over SQL. The log process is the one sequencer: it assigns indexes in memory
 * (the Merkle tree) and every append checks, under a transaction-scoped advisory lock, that its first index is the
 * next one in the table, so two writers can never fork the log; heads are signed in batches by the core log's head
 * policy (`headEvery`, `headIntervalMs`), as Trillian's signer integrates queued leaves.
 */
import type { KeyRingItem, LogRecord, LogStorage, SignedTreeHead, StoredItem } from "@candor/core/audit";
import type { Db } from "./db.ts";

/** Advisory lock key of log appends. */
export const LOG_LOCK = 7_431_002;

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
      await db.transaction(async (tx) => {
        await tx.query("SELECT pg_advisory_xact_lock($1)", [LOG_LOCK]);
        const first = records[0];
        if (first) {
          const next = await size(tx);
          if (first.i !== next)
            throw new Error(`log sequencer: append at index ${first.i}, but the table holds ${next} entries`);
          await tx.query(
            "INSERT INTO log_records (i, record) SELECT * FROM unnest($1::bigint[], $2::text[])",
            [records.map((r) => r.i), records.map((r) => JSON.stringify(r))],
          );
        }
        for (const head of heads)
          await tx.query("INSERT INTO log_heads (tree_size, head) VALUES ($1, $2)", [
            head.treeSize,
            JSON.stringify(head),
          ]);
      });
    },
    async read(from: number, to: number) {
      const rows = await db.query<{ record: string }>(
        "SELECT record FROM log_records WHERE i >= $1 AND i < $2 ORDER BY i",
        [from, to],
      );
      return rows.map((r) => JSON.parse(r.record) as unknown);
    },
    async putKeys(items: readonly KeyRingItem[]) {
      await db.transaction(async (tx) => {
        for (const item of items) {
          const range = "entries" in item;
          const slot = range ? `${item.ref}#${item.entries[0]}` : item.ref;
          await tx.query(
            `INSERT INTO log_keys (slot, ref, is_key, item, seq) VALUES ($1, $2, $3, $4, nextval('log_keys_seq'))
             ON CONFLICT (slot) DO UPDATE SET item = EXCLUDED.item, seq = EXCLUDED.seq`,
            [slot, item.ref, !range, JSON.stringify(item)],
          );
        }
      });
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
