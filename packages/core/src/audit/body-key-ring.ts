/**
 * The log's per-subject body keys (one AES-256 key per pseudonym) and how many entries each sealed: the unit of
 * crypto-shredding (GDPR Art. 17). Holds keys in memory; the log writes them to storage before using them.
 */

import { randomId } from "../internal/random-id.ts";
import { randomBytes } from "./body-cipher.ts";
import { fromBase64Url, toBase64Url } from "./bytes.ts";
import type { BodyKey, LogIssue, SubjectPseudonym } from "./types.ts";

/** One subject's body key. */
export interface KeySlot {
  readonly ref: string;
  readonly pseudonym: string;
  /** Raw AES-256 key. */
  readonly key: Uint8Array;
}

/** The key ring of a log. */
export interface BodyKeyRing {
  /** Adds a stored key (validated; a malformed one is reported and skipped). */
  load(value: unknown): void;
  /** The pseudonym's slot, or a new one whose stored form is pushed to `fresh` (not yet usable by `byRef`). */
  slotFor(subject: SubjectPseudonym, fresh: BodyKey[], now: number): KeySlot;
  /** Makes new slots usable once they are stored. */
  commit(slots: Iterable<KeySlot>): void;
  byRef(ref: string): KeySlot | undefined;
  byPseudonym(pseudonym: string): KeySlot | undefined;
  /** Forgets slots (after their keys were deleted from storage). */
  drop(slots: readonly KeySlot[]): void;
  /** Counts an entry sealed with `ref`. */
  count(ref: string): void;
  /** Entries sealed with any of `refs`. */
  entriesOf(refs: readonly string[]): number;
}

/** Creates an empty key ring; malformed stored keys go to `report`. */
export function createBodyKeyRing(report: (issue: LogIssue) => void): BodyKeyRing {
  const byPseudonym = new Map<string, KeySlot>();
  const byRef = new Map<string, KeySlot>();
  const entries = new Map<string, number>();
  const put = (slot: KeySlot): void => {
    byPseudonym.set(slot.pseudonym, slot);
    byRef.set(slot.ref, slot);
  };
  return {
    load(value) {
      const k = value as Partial<BodyKey> | null;
      if (typeof k?.ref !== "string" || typeof k.pseudonym !== "string" || typeof k.key !== "string") {
        report({ code: "unreadable-key", message: "a stored body key is malformed and was skipped" });
        return;
      }
      let key: Uint8Array;
      try {
        key = fromBase64Url(k.key);
      } catch {
        key = new Uint8Array(0);
      }
      if (key.length !== 32) {
        report({ code: "unreadable-key", message: `body key ${k.ref} is not a 256-bit key and was skipped` });
        return;
      }
      put({ ref: k.ref, pseudonym: k.pseudonym, key });
    },
    slotFor(subject, fresh, now) {
      const existing = byPseudonym.get(subject.pseudonym);
      if (existing) return existing;
      const slot: KeySlot = { ref: randomId("bk_"), pseudonym: subject.pseudonym, key: randomBytes(32) };
      fresh.push({
        ref: slot.ref,
        pseudonym: subject.pseudonym,
        keyId: subject.keyId,
        key: toBase64Url(slot.key),
        createdAt: now,
      });
      return slot;
    },
    commit(slots) {
      for (const slot of slots) put(slot);
    },
    byRef: (ref) => byRef.get(ref),
    byPseudonym: (pseudonym) => byPseudonym.get(pseudonym),
    drop(slots) {
      for (const slot of slots) {
        byPseudonym.delete(slot.pseudonym);
        byRef.delete(slot.ref);
      }
    },
    count(ref) {
      entries.set(ref, (entries.get(ref) ?? 0) + 1);
    },
    entriesOf: (refs) => refs.reduce((sum, ref) => sum + (entries.get(ref) ?? 0), 0),
  };
}
