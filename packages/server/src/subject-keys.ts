/**
 * Per-subject AES-256-GCM keys for the ledger and the vault. A subject is found by a keyed reference (HMAC-SHA-256
 * of the id under the server's secret), never by its id in the clear; erasure deletes the key, which crypto-shreds
 * every row sealed with it, the append-only consent ledger included (GDPR Art. 17).
 */
import { createCipheriv, createDecipheriv, createHmac, randomBytes } from "node:crypto";
import type { Db } from "./db.ts";

/** A sealed value: IV and ciphertext with its GCM tag appended. */
export interface Sealed {
  readonly iv: Uint8Array;
  readonly ct: Uint8Array;
}

/** Subject keys over the `subject_keys` table. */
export interface SubjectKeys {
  /** The subject's reference: what rows are keyed by. */
  ref(subject: string): string;
  /** The subject's key, made on first use (inside `db`'s transaction when given). */
  keyOf(db: Db, subject: string): Promise<Uint8Array>;
  /**
   * The key this process last read for the subject (no query), else `null`. Another server may have erased it since:
   * a write under it must check in the same statement that `subject_keys` still holds this key (see
   * `vault-storage.ts`), and {@link SubjectKeys.forget} it when not.
   */
  known(subject: string): Uint8Array | null;
  /** Drops the subject's key from this process's memory. */
  forget(subject: string): void;
  /**
   * The subject's key as the database holds it now (one primary-key read, never the memory alone: an erasure through
   * another server must hold here at once), or `null` when it never existed or was erased.
   */
  existing(db: Db, subject: string): Promise<Uint8Array | null>;
  /** Deletes the subject's key; resolves to whether there was one. */
  shred(db: Db, subject: string): Promise<boolean>;
  seal(key: Uint8Array, plain: string): Sealed;
  /** Opens a sealed value; `null` when it does not open (wrong key, tampered). */
  open(key: Uint8Array, sealed: Sealed): string | null;
}

/** Creates the subject-key helper under the server's reference secret. */
export function subjectKeys(secret: Uint8Array, clock: () => number = Date.now): SubjectKeys {
  const cache = new Map<string, Uint8Array>();
  const ref = (subject: string) => createHmac("sha256", secret).update(subject, "utf8").digest("hex");
  const existing = async (db: Db, subject: string) => {
    const r = ref(subject);
    const rows = await db.query<{ key: Uint8Array }>("SELECT key FROM subject_keys WHERE subject_ref = $1", [
      r,
    ]);
    const key = rows[0]?.key;
    if (!key) {
      cache.delete(r);
      return null;
    }
    const bytes = new Uint8Array(key);
    remember(r, bytes);
    return bytes;
  };
  const remember = (r: string, key: Uint8Array) => {
    cache.set(r, key);
    if (cache.size > 50_000) cache.delete(cache.keys().next().value as string);
  };
  return {
    ref,
    known: (subject) => cache.get(ref(subject)) ?? null,
    forget: (subject) => {
      cache.delete(ref(subject));
    },
    existing,
    async keyOf(db, subject) {
      const found = await existing(db, subject);
      if (found) return found;
      const r = ref(subject);
      const fresh = new Uint8Array(randomBytes(32));
      await db.query(
        // A key made anew after an erasure covers only the ledger rows that follow (migration 003).
        `INSERT INTO subject_keys (subject_ref, key, created_at, ledger_from)
         VALUES ($1, $2, $3, (SELECT coalesce(max(seq), 0) FROM consent_ledger WHERE subject_ref = $1))
         ON CONFLICT (subject_ref) DO NOTHING`,
        [r, fresh, clock()],
      );
      const rows = await db.query<{ key: Uint8Array }>(
        "SELECT key FROM subject_keys WHERE subject_ref = $1",
        [r],
      );
      const key = new Uint8Array(rows[0]?.key ?? fresh);
      remember(r, key);
      return key;
    },
    async shred(db, subject) {
      const r = ref(subject);
      cache.delete(r);
      const rows = await db.query("DELETE FROM subject_keys WHERE subject_ref = $1 RETURNING subject_ref", [
        r,
      ]);
      return rows.length > 0;
    },
    seal(key, plain) {
      const iv = randomBytes(12);
      const cipher = createCipheriv("aes-256-gcm", key, iv);
      const ct = Buffer.concat([cipher.update(plain, "utf8"), cipher.final(), cipher.getAuthTag()]);
      return { iv: new Uint8Array(iv), ct: new Uint8Array(ct) };
    },
    open(key, sealed) {
      try {
        const ct = Buffer.from(sealed.ct);
        const decipher = createDecipheriv("aes-256-gcm", key, Buffer.from(sealed.iv));
        decipher.setAuthTag(ct.subarray(ct.length - 16));
        return Buffer.concat([decipher.update(ct.subarray(0, ct.length - 16)), decipher.final()]).toString(
          "utf8",
        );
      } catch {
        return null;
      }
    },
  };
}
