/**
 * The core vault's storage over SQL, scoped to one subject: records are sealed under the subject's key and read back
 * for that subject only. The server hydrates a subject's vault per request (see `subject-vaults.ts`), so every
 * server process sees every other's writes and holds no one's history in memory between requests.
 */
import type { StoredSlot, VaultRecord, VaultStorage } from "@candor/core/policy";
import type { Db } from "./db.ts";
import type { SubjectKeys } from "./subject-keys.ts";

/** A {@link VaultStorage} holding the records of `subject` in `vault_events`. */
export function sqlVaultStorage(db: Db, keys: SubjectKeys, subject: string): VaultStorage {
  const ref = keys.ref(subject);
  return {
    async append(records: readonly VaultRecord[]) {
      if (records.length === 0) return;
      for (const record of records)
        if (record.subject !== subject) throw new Error("a vault scoped to one subject got another's record");
      // One statement for the batch (hex text: the driver sends no bytea arrays), in the records' order. With
      // `guard` the rows go in only while `subject_keys` still holds that very key: a key this process remembers may
      // have been erased (or erased and made anew) through another server since.
      const insert = async (q: Db, key: Uint8Array, guard: boolean): Promise<boolean> => {
        const sealed = records.map((record) => keys.seal(key, JSON.stringify(record)));
        const rows = await q.query(
          `INSERT INTO vault_events (subject_ref, record_id, iv, ct)
           SELECT $1, u.id, decode(u.iv, 'hex'), decode(u.ct, 'hex')
           FROM unnest($2::text[], $3::text[], $4::text[]) WITH ORDINALITY AS u(id, iv, ct, n)
           ${guard ? "WHERE EXISTS (SELECT 1 FROM subject_keys k WHERE k.subject_ref = $1 AND k.key = $5)" : ""}
           ORDER BY u.n
           RETURNING seq`,
          [
            ref,
            records.map((r) => r.id),
            sealed.map((x) => Buffer.from(x.iv).toString("hex")),
            sealed.map((x) => Buffer.from(x.ct).toString("hex")),
            ...(guard ? [Buffer.from(key)] : []),
          ],
        );
        return rows.length === records.length;
      };
      // With the key at hand the one guarded statement is the whole write (no BEGIN and COMMIT round trips); a key
      // that may still have to be made is made in the same transaction as the rows.
      const known = keys.known(subject);
      if (known && (await insert(db, known, true))) return;
      if (known) keys.forget(subject);
      await db.transaction(async (tx) => {
        await insert(tx, await keys.keyOf(tx, subject), false);
      });
    },
    async readAll(only?: string) {
      if (only !== undefined && only !== subject) return [];
      const key = await keys.existing(db, subject);
      const rows = await db.query<{ seq: unknown; iv: Uint8Array; ct: Uint8Array }>(
        "SELECT seq, iv, ct FROM vault_events WHERE subject_ref = $1 ORDER BY seq",
        [ref],
      );
      return rows.map((row): StoredSlot => {
        const location = `vault_events:${String(row.seq)}`;
        const plain = key ? keys.open(key, { iv: row.iv, ct: row.ct }) : null;
        if (plain === null) return { ok: false, location, reason: "sealed record does not open" };
        try {
          return { ok: true, location, value: JSON.parse(plain) as unknown };
        } catch {
          return { ok: false, location, reason: "sealed record is not JSON" };
        }
      });
    },
    async erase(only: string) {
      if (only !== subject) return 0;
      const rows = await db.query("DELETE FROM vault_events WHERE subject_ref = $1 RETURNING seq", [ref]);
      return rows.length;
    },
  };
}
