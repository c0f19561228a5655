/**
 * Sealing personal bodies with a per-subject AES-256-GCM key (NIST SP 800-38D). Deleting the key crypto-shreds
 * every body sealed with it (GDPR Art. 17) while the committed entries and proofs stay intact. The entry id is the
 * additional authenticated data, so a body cannot be moved to another entry. The cipher is injectable: Web Crypto
 * by default (browsers and Node), `nodeBodyCipher` from the Node entry for throughput (same format).
 */

import { fromBase64Url, fromUtf8, toBase64Url, toHex, utf8 } from "./bytes.ts";
import { canonicalText } from "./canonical-text.ts";
import { type SchemaIssue, safeParseConsentBody, safeParsePersonalBody } from "./log-entry.ts";
import type { Sha256 } from "./sha256.ts";
import type { ConsentBody, PersonalBody, SealedBody } from "./types.ts";

/** AES-256-GCM with a 96-bit IV and a 128-bit tag appended to the ciphertext (the Web Crypto layout). */
export interface BodyCipher {
  encrypt(
    key: Uint8Array,
    iv: Uint8Array,
    aad: Uint8Array,
    plaintext: Uint8Array,
  ): Uint8Array | Promise<Uint8Array>;
  /** Throws (or rejects) when the tag does not verify. */
  decrypt(
    key: Uint8Array,
    iv: Uint8Array,
    aad: Uint8Array,
    ciphertext: Uint8Array,
  ): Uint8Array | Promise<Uint8Array>;
}

const imported = new WeakMap<Uint8Array, Promise<CryptoKey>>();
const importKey = (raw: Uint8Array): Promise<CryptoKey> => {
  let key = imported.get(raw);
  if (!key) {
    key = globalThis.crypto.subtle.importKey("raw", raw.slice().buffer as ArrayBuffer, "AES-GCM", false, [
      "encrypt",
      "decrypt",
    ]);
    imported.set(raw, key);
  }
  return key;
};

/** The Web Crypto AES-256-GCM body cipher (browsers and Node 20). */
export const webCryptoBodyCipher: BodyCipher = {
  async encrypt(key, iv, aad, plaintext) {
    const params = {
      name: "AES-GCM",
      iv: iv.slice().buffer as ArrayBuffer,
      additionalData: aad.slice().buffer as ArrayBuffer,
    };
    return new Uint8Array(
      await globalThis.crypto.subtle.encrypt(
        params,
        await importKey(key),
        plaintext.slice().buffer as ArrayBuffer,
      ),
    );
  },
  async decrypt(key, iv, aad, ciphertext) {
    const params = {
      name: "AES-GCM",
      iv: iv.slice().buffer as ArrayBuffer,
      additionalData: aad.slice().buffer as ArrayBuffer,
    };
    return new Uint8Array(
      await globalThis.crypto.subtle.decrypt(
        params,
        await importKey(key),
        ciphertext.slice().buffer as ArrayBuffer,
      ),
    );
  },
};

const POOL_BYTES = 65536;
let pool = new Uint8Array(0);
let poolOffset = 0;

/**
 * `n` fresh random bytes from Web Crypto. Small requests are cut from a 64 KiB pool that is filled by one
 * `getRandomValues` call (about 12 µs each in Node, which dominated per-entry salts and IVs); a refill allocates a new
 * pool, and each request gets its own copy (zeroed in the pool), so no bytes are handed out twice.
 */
export function randomBytes(n: number): Uint8Array {
  if (n > POOL_BYTES / 4) {
    const out = new Uint8Array(n);
    for (let offset = 0; offset < n; offset += POOL_BYTES)
      globalThis.crypto.getRandomValues(out.subarray(offset, Math.min(n, offset + POOL_BYTES)));
    return out;
  }
  if (poolOffset + n > pool.length) {
    pool = globalThis.crypto.getRandomValues(new Uint8Array(POOL_BYTES));
    poolOffset = 0;
  }
  const out = pool.slice(poolOffset, poolOffset + n);
  pool.fill(0, poolOffset, poolOffset + n);
  poolOffset += n;
  return out;
}

/**
 * Seals `body` (or its canonical text) with its `salt` under the raw 256-bit `key` and a fresh random 96-bit `iv`
 * (never reuse one under a key: NIST SP 800-38D §8.2.2); `entryId` is authenticated. `ref` names the key in the
 * sealed body; the log passes `null`, since it keeps which key sealed which entry in the key ring instead.
 */
export async function sealBody(
  cipher: BodyCipher,
  key: Uint8Array,
  ref: string | null,
  entryId: string,
  salt: Uint8Array,
  body: PersonalBody | ConsentBody | string,
  iv: Uint8Array = randomBytes(12),
): Promise<SealedBody> {
  const text = typeof body === "string" ? body : canonicalText(body);
  const plaintext = utf8(`{"b":${text},"s":"${toBase64Url(salt)}"}`);
  const ct = await cipher.encrypt(key, iv, utf8(entryId), plaintext);
  return ref === null
    ? { ct: toBase64Url(ct), iv: toBase64Url(iv) }
    : { ct: toBase64Url(ct), iv: toBase64Url(iv), k: ref };
}

/** Opens a sealed body: the body and its salt, or why not (wrong key, altered ciphertext, invalid body). */
export async function openBody(
  cipher: BodyCipher,
  key: Uint8Array,
  entryId: string,
  sealed: SealedBody,
): Promise<{ ok: true; body: PersonalBody; salt: Uint8Array } | { ok: false; reason: string }>;
/** Opens a sealed consent body. */
export async function openBody(
  cipher: BodyCipher,
  key: Uint8Array,
  entryId: string,
  sealed: SealedBody,
  kind: "consent",
): Promise<{ ok: true; body: ConsentBody; salt: Uint8Array } | { ok: false; reason: string }>;
export async function openBody(
  cipher: BodyCipher,
  key: Uint8Array,
  entryId: string,
  sealed: SealedBody,
  kind: "served" | "consent" = "served",
): Promise<{ ok: true; body: PersonalBody | ConsentBody; salt: Uint8Array } | { ok: false; reason: string }> {
  let plaintext: Uint8Array;
  try {
    plaintext = await cipher.decrypt(key, fromBase64Url(sealed.iv), utf8(entryId), fromBase64Url(sealed.ct));
  } catch {
    return { ok: false, reason: "the body does not decrypt (altered ciphertext or wrong key)" };
  }
  let value: { b?: unknown; s?: unknown };
  try {
    value = JSON.parse(fromUtf8(plaintext));
  } catch {
    return { ok: false, reason: "the decrypted body is not JSON" };
  }
  const parsed = kind === "consent" ? safeParseConsentBody(value.b) : safeParsePersonalBody(value.b);
  if (!parsed.ok) return { ok: false, reason: describe(parsed.error) };
  if (typeof value.s !== "string") return { ok: false, reason: "the decrypted body has no salt" };
  return { ok: true, body: value.b as PersonalBody | ConsentBody, salt: fromBase64Url(value.s) };
}

function describe(issue: SchemaIssue): string {
  return `the decrypted body is invalid at "${issue.path}": ${issue.reason}`;
}

const PREFIX = utf8('{"b":');
const SALT_MARK = utf8(',"s":"');

function startsAt(bytes: Uint8Array, mark: Uint8Array, at: number): boolean {
  if (at < 0 || at + mark.length > bytes.length) return false;
  for (let i = 0; i < mark.length; i++) if (bytes[at + i] !== mark[i]) return false;
  return true;
}

/**
 * Opens a sealed body and checks it against the `digest` its committed entry holds (`SHA-256(salt ‖ canonical
 * body)`), hashing the body's bytes as sealed: a match proves the body is the one the log wrote, so it is not
 * validated again. Any other layout goes through {@link openBody}.
 */
export async function openCommittedBody(
  cipher: BodyCipher,
  key: Uint8Array,
  entryId: string,
  sealed: SealedBody,
  digest: string,
  hash: Sha256,
  kind: "served" | "consent",
): Promise<{ ok: true; body: PersonalBody | ConsentBody } | { ok: false; reason: string }> {
  let plaintext: Uint8Array;
  try {
    plaintext = await cipher.decrypt(key, fromBase64Url(sealed.iv), utf8(entryId), fromBase64Url(sealed.ct));
  } catch {
    return { ok: false, reason: "the body does not decrypt (altered ciphertext or wrong key)" };
  }
  const end = plaintext.length - 2;
  let mark = end - 1;
  while (mark > PREFIX.length && plaintext[mark] !== 0x2c) mark--;
  if (startsAt(plaintext, PREFIX, 0) && startsAt(plaintext, SALT_MARK, mark) && plaintext[end] === 0x22) {
    let salt: Uint8Array | null = null;
    try {
      salt = fromBase64Url(fromUtf8(plaintext.subarray(mark + SALT_MARK.length, end)));
    } catch {
      salt = null;
    }
    if (salt) {
      const text = plaintext.subarray(PREFIX.length, mark);
      const input = new Uint8Array(salt.length + text.length);
      input.set(salt);
      input.set(text, salt.length);
      if (toHex(hash(input)) !== digest)
        return { ok: false, reason: "the body does not match the entry's digest" };
      try {
        return { ok: true, body: JSON.parse(fromUtf8(text)) as PersonalBody | ConsentBody };
      } catch {
        return { ok: false, reason: "the decrypted body is not JSON" };
      }
    }
  }
  const opened =
    kind === "consent"
      ? await openBody(cipher, key, entryId, sealed, "consent")
      : await openBody(cipher, key, entryId, sealed);
  if (!opened.ok) return opened;
  if (bodyDigestOf(opened.salt, opened.body, hash) !== digest)
    return { ok: false, reason: "the body does not match the entry's digest" };
  return { ok: true, body: opened.body };
}

function bodyDigestOf(salt: Uint8Array, body: object, hash: Sha256): string {
  const text = utf8(canonicalText(body));
  const input = new Uint8Array(salt.length + text.length);
  input.set(salt);
  input.set(text, salt.length);
  return toHex(hash(input));
}
