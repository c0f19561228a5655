/**
 * Subject pseudonyms: HMAC-SHA-256 (RFC 2104) of the subject id under a secret key with an id, over a synchronous
 * SHA-256 (the portable one, or `node:crypto` in Node).
 * Keys rotate: new entries use the newest key and old entries keep the id of theirs; older keys stay in the ring
 * so that queries and erasure (GDPR Art. 17) still find a subject's older entries (GDPR Art. 4(5), Recital 26).
 */
import { ConfigError } from "../internal/candor-error.ts";
import { hmacSha256 } from "./body-key-ring.ts";
import { fromBase64Url, toBase64Url, toHex, utf8 } from "./bytes.ts";
import { type Sha256, sha256 } from "./sha256.ts";
import type { SubjectPseudonym } from "./types.ts";

/** A pseudonym key: an id recorded with each pseudonym, and a secret of at least 32 bytes (base64url). */
export interface PseudonymKey {
  readonly id: string;
  readonly secret: string;
}

/** Keyed pseudonyms with a rotatable key ring. */
export interface Pseudonymizer {
  /** Id of the key new pseudonyms use. */
  readonly keyId: string;
  /** Ids of every key in the ring, oldest first. */
  readonly keyIds: readonly string[];
  /** The subject's pseudonym under the current key. */
  pseudonymize(subject: string): Promise<SubjectPseudonym>;
  /** The subject's pseudonym under every key of the ring, oldest first. */
  pseudonymsOf(subject: string): Promise<readonly SubjectPseudonym[]>;
  /** Adds `key` and makes it current; later pseudonyms use it. */
  rotate(key: PseudonymKey): void;
  /** Drops the subject from the in-memory cache (on erasure). */
  forget(subject: string): void;
}

/** Options of {@link createPseudonymizer}. */
export interface PseudonymizerOptions {
  /** The key ring, oldest first; the last key is current. At least one. */
  readonly keys: readonly PseudonymKey[];
  /** How many recent subjects' current pseudonyms to keep in memory; default 10,000, 0 for none. */
  readonly cacheSize?: number;
  /** Synchronous SHA-256 under the HMAC; default the portable one (Node may pass `nodeSha256`). */
  readonly hash?: Sha256;
}

/** A fresh random 256-bit pseudonym key. Keep it secret and stored: without it no pseudonym can be recomputed. */
export function generatePseudonymKey(id: string = `pk_${Date.now().toString(36)}`): PseudonymKey {
  return { id, secret: toBase64Url(globalThis.crypto.getRandomValues(new Uint8Array(32))) };
}

/** Creates a pseudonymizer over a key ring; throws {@link ConfigError} for an empty ring or a short secret. */
export function createPseudonymizer(options: PseudonymizerOptions): Pseudonymizer {
  const hash = options?.hash ?? sha256;
  const ring: { id: string; key: Uint8Array }[] = [];
  const add = (key: PseudonymKey, path: string): void => {
    if (typeof key?.id !== "string" || key.id.length === 0)
      throw new ConfigError(`${path}.id`, "must be a non-empty string");
    if (ring.some((k) => k.id === key.id))
      throw new ConfigError(`${path}.id`, `duplicate key id "${key.id}"`);
    let raw: Uint8Array;
    try {
      raw = fromBase64Url(key.secret);
    } catch {
      throw new ConfigError(`${path}.secret`, "must be base64url");
    }
    if (raw.length < 32) throw new ConfigError(`${path}.secret`, "must hold at least 32 bytes");
    ring.push({ id: key.id, key: raw });
  };
  if (!Array.isArray(options?.keys) || options.keys.length === 0)
    throw new ConfigError("keys", "must hold at least one pseudonym key");
  for (const [i, key] of options.keys.entries()) add(key, `keys.${i}`);
  const cacheSize = options.cacheSize ?? 10_000;
  if (!(Number.isSafeInteger(cacheSize) && cacheSize >= 0))
    throw new ConfigError("cacheSize", "must be a non-negative integer");
  const cache = new Map<string, Promise<SubjectPseudonym>>();

  const under = async (
    entry: { id: string; key: Uint8Array },
    subject: string,
  ): Promise<SubjectPseudonym> => ({
    pseudonym: toHex(hmacSha256(hash, entry.key, utf8(subject))),
    keyId: entry.id,
  });

  return {
    get keyId() {
      return (ring.at(-1) as { id: string }).id;
    },
    get keyIds() {
      return ring.map((k) => k.id);
    },
    pseudonymize(subject) {
      const cached = cache.get(subject);
      if (cached) {
        cache.delete(subject);
        cache.set(subject, cached);
        return cached;
      }
      const computed = under(ring.at(-1) as (typeof ring)[number], subject);
      if (cacheSize > 0) {
        cache.set(subject, computed);
        if (cache.size > cacheSize) cache.delete(cache.keys().next().value as string);
        computed.catch(() => cache.delete(subject));
      }
      return computed;
    },
    pseudonymsOf: (subject) => Promise.all(ring.map((k) => under(k, subject))),
    rotate(key) {
      add(key, "key");
      cache.clear();
    },
    forget(subject) {
      cache.delete(subject);
    },
  };
}
