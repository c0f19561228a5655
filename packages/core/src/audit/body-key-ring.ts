/**
 * The log's key ring: one key per subject (an AES-256 body key and a secret that keys the subject's pseudonym),
 * found by the subject's lookup pseudonym, and the ranges of entries each key sealed. It is the unit of
 * crypto-shredding (GDPR Art. 17): the log holds no reference to a key, so once a subject's key and ranges are
 * deleted nothing stored can be tied to the subject again, even with every remaining key. Keys live in memory;
 * the log writes them to storage before using them.
 */

import { randomId } from "../internal/random-id.ts";
import { randomBytes } from "./body-cipher.ts";
import { fromBase64Url, toBase64Url, toHex, utf8 } from "./bytes.ts";
import { type Sha256, sha256 } from "./sha256.ts";
import type { BodyKey, EntryKeyRange, KeyRingItem, LogIssue, SubjectPseudonym } from "./types.ts";

/** One subject's key. */
export interface KeySlot {
  readonly ref: string;
  /** The lookup pseudonym (under the pseudonym key `keyId`): kept in the ring only. */
  readonly pseudonym: string;
  readonly keyId: string;
  /** Raw AES-256 body key. */
  readonly key: Uint8Array;
  /** Keys the subject's pseudonym in bodies; `null` for keys made by earlier versions (their bodies hold the lookup pseudonym). */
  readonly secret: Uint8Array | null;
}

/** The key ring of a log (or of an auditor given the shop's keys). */
export interface BodyKeyRing {
  /** Adds a stored item (validated; a malformed one is reported and skipped). */
  load(value: unknown): void;
  /** The subject's slot, or a new one whose stored form is pushed to `fresh` (not yet usable by `byRef`). */
  slotFor(subject: SubjectPseudonym, fresh: KeyRingItem[], now: number): KeySlot;
  /** Makes new slots usable once they are stored. */
  commit(slots: Iterable<KeySlot>): void;
  byRef(ref: string): KeySlot | undefined;
  byPseudonym(pseudonym: string): KeySlot | undefined;
  /** Records that entries `[from, to)` are sealed with `ref` (later assignments win). */
  assign(from: number, to: number, ref: string): void;
  /** The slot whose key sealed entry `index`, if the ring still holds it. */
  slotAt(index: number): KeySlot | undefined;
  /** Forgets slots and their entries (after their items were deleted from storage). */
  drop(slots: readonly KeySlot[]): void;
  /** Entries sealed with any of `refs`. */
  entriesOf(refs: readonly string[]): number;
  /** The subject's pseudonym as sealed in bodies: HMAC-SHA-256 of the subject id under the slot's secret. */
  bodyPseudonym(slot: KeySlot, subject: string): Promise<string>;
  /** Number of subject keys held. */
  readonly size: number;
}

/** Whether a stored key-ring item is an entry range. */
export function isEntryKeyRange(value: unknown): value is EntryKeyRange {
  const r = value as Partial<EntryKeyRange> | null;
  return (
    typeof r?.ref === "string" &&
    Array.isArray(r.entries) &&
    r.entries.length === 2 &&
    Number.isSafeInteger(r.entries[0]) &&
    Number.isSafeInteger(r.entries[1]) &&
    (r.entries[0] as number) >= 0 &&
    (r.entries[0] as number) <= (r.entries[1] as number)
  );
}

const pads = new WeakMap<Uint8Array, { inner: Uint8Array; outer: Uint8Array }>();

/** HMAC-SHA-256 (RFC 2104) over a synchronous SHA-256: no thread-pool round trip per pseudonym or tag. */
export function hmacSha256(hash: Sha256, secret: Uint8Array, message: Uint8Array): Uint8Array {
  let pad = pads.get(secret);
  if (!pad) {
    const key = secret.length > 64 ? hash(secret).slice() : secret;
    pad = { inner: new Uint8Array(64), outer: new Uint8Array(64) };
    for (let i = 0; i < 64; i++) {
      pad.inner[i] = (key[i] ?? 0) ^ 0x36;
      pad.outer[i] = (key[i] ?? 0) ^ 0x5c;
    }
    pads.set(secret, pad);
  }
  const first = new Uint8Array(64 + message.length);
  first.set(pad.inner);
  first.set(message, 64);
  const second = new Uint8Array(96);
  second.set(pad.outer);
  second.set(hash(first), 64);
  return hash(second).slice();
}

/**
 * The tag by which a served entry cites its consent event: HMAC-SHA-256 under the subject's secret of
 * `candor-consent-citation/1`, the entry id, the event id and the event hash (empty when unknown), newline-separated.
 */
export function consentCitation(
  hash: Sha256,
  secret: Uint8Array,
  entryId: string,
  eventId: string,
  eventHash: string | null,
): string {
  return toHex(
    hmacSha256(hash, secret, utf8(`candor-consent-citation/1\n${entryId}\n${eventId}\n${eventHash ?? ""}`)),
  );
}

/** Creates an empty key ring; malformed stored items go to `report`; `hash` keys the body pseudonyms (HMAC). */
export function createBodyKeyRing(report: (issue: LogIssue) => void, hash: Sha256 = sha256): BodyKeyRing {
  const byPseudonym = new Map<string, KeySlot>();
  const byRef = new Map<string, number>();
  const slots: (KeySlot | null)[] = [];
  const pseudonyms = new WeakMap<KeySlot, Map<string, string>>();
  let owner = new Int32Array(1024).fill(-1);
  let held = 0;

  const numberOf = (ref: string): number => {
    let n = byRef.get(ref);
    if (n === undefined) {
      n = slots.length;
      slots.push(null);
      byRef.set(ref, n);
    }
    return n;
  };
  const put = (slot: KeySlot): void => {
    const n = numberOf(slot.ref);
    if (!slots[n]) held++;
    slots[n] = slot;
    byPseudonym.set(slot.pseudonym, slot);
  };
  const decode = (text: unknown, bytes: number): Uint8Array | null => {
    if (typeof text !== "string") return null;
    try {
      const raw = fromBase64Url(text);
      return raw.length === bytes ? raw : null;
    } catch {
      return null;
    }
  };

  return {
    load(value) {
      if (isEntryKeyRange(value)) {
        this.assign(value.entries[0], value.entries[1], value.ref);
        return;
      }
      const k = value as Partial<BodyKey> | null;
      if (typeof k?.ref !== "string" || typeof k.pseudonym !== "string" || typeof k.key !== "string") {
        report({ code: "unreadable-key", message: "a stored key-ring item is malformed and was skipped" });
        return;
      }
      const key = decode(k.key, 32);
      const secret = k.secret === undefined ? null : decode(k.secret, 32);
      if (!key || (k.secret !== undefined && !secret)) {
        report({
          code: "unreadable-key",
          message: `subject key ${k.ref} is not a 256-bit key and was skipped`,
        });
        return;
      }
      put({ ref: k.ref, pseudonym: k.pseudonym, keyId: String(k.keyId ?? ""), key, secret });
    },
    slotFor(subject, fresh, now) {
      const existing = byPseudonym.get(subject.pseudonym);
      if (existing) return existing;
      const slot: KeySlot = {
        ref: randomId("bk_"),
        pseudonym: subject.pseudonym,
        keyId: subject.keyId,
        key: randomBytes(32),
        secret: randomBytes(32),
      };
      fresh.push({
        createdAt: now,
        key: toBase64Url(slot.key),
        keyId: subject.keyId,
        pseudonym: subject.pseudonym,
        ref: slot.ref,
        secret: toBase64Url(slot.secret as Uint8Array),
      } satisfies BodyKey);
      return slot;
    },
    commit(fresh) {
      for (const slot of fresh) put(slot);
    },
    byRef: (ref) => {
      const n = byRef.get(ref);
      return n === undefined ? undefined : (slots[n] ?? undefined);
    },
    byPseudonym: (pseudonym) => byPseudonym.get(pseudonym),
    assign(from, to, ref) {
      if (to > owner.length) {
        const grown = new Int32Array(Math.max(owner.length * 2, to)).fill(-1);
        grown.set(owner);
        owner = grown;
      }
      owner.fill(numberOf(ref), from, to);
    },
    slotAt(index) {
      if (!(index >= 0 && index < owner.length)) return undefined;
      const n = owner[index] as number;
      return n < 0 ? undefined : (slots[n] ?? undefined);
    },
    drop(dropped) {
      const numbers = new Set<number>();
      for (const slot of dropped) {
        const n = byRef.get(slot.ref);
        if (n === undefined) continue;
        numbers.add(n);
        if (slots[n]) held--;
        slots[n] = null;
        byPseudonym.delete(slot.pseudonym);
      }
      if (numbers.size > 0)
        for (let i = 0; i < owner.length; i++) if (numbers.has(owner[i] as number)) owner[i] = -1;
    },
    entriesOf(refs) {
      const numbers = new Set(refs.map((r) => byRef.get(r)).filter((n): n is number => n !== undefined));
      let count = 0;
      if (numbers.size > 0) for (const n of owner) if (numbers.has(n)) count++;
      return count;
    },
    bodyPseudonym(slot, subject) {
      if (!slot.secret) return Promise.resolve(slot.pseudonym);
      let cache = pseudonyms.get(slot);
      if (!cache) {
        cache = new Map();
        pseudonyms.set(slot, cache);
      }
      let value = cache.get(subject);
      if (!value) {
        value = toHex(hmacSha256(hash, slot.secret, utf8(subject)));
        cache.set(subject, value);
      }
      return Promise.resolve(value);
    },
    get size() {
      return held;
    },
  };
}
