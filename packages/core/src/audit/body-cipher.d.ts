/**
 * Sealing personal bodies with a per-subject AES-256-GCM key (NIST SP 800-38D). Deleting the key crypto-shreds
 * every body sealed with it (GDPR Art. 17) while the committed entries and proofs stay intact. The entry id is the
 * additional authenticated data, so a body cannot be moved to another entry. The cipher is injectable: Web Crypto
 * by default (browsers and Node), `nodeBodyCipher` from the Node entry for throughput (same format).
 */
import type { Sha256 } from "./sha256.ts";
import type { ConsentBody, PersonalBody, SealedBody } from "./types.ts";
/** AES-256-GCM with a 96-bit IV and a 128-bit tag appended to the ciphertext (the Web Crypto layout). */
export interface BodyCipher {
    encrypt(key: Uint8Array, iv: Uint8Array, aad: Uint8Array, plaintext: Uint8Array): Uint8Array | Promise<Uint8Array>;
    /** Throws (or rejects) when the tag does not verify. */
    decrypt(key: Uint8Array, iv: Uint8Array, aad: Uint8Array, ciphertext: Uint8Array): Uint8Array | Promise<Uint8Array>;
}
/** The Web Crypto AES-256-GCM body cipher (browsers and Node 20). */
export declare const webCryptoBodyCipher: BodyCipher;
/** `n` random bytes from Web Crypto, in chunks of at most 65,536 (the `getRandomValues` limit). */
export declare function randomBytes(n: number): Uint8Array;
/**
 * Seals `body` (or its canonical text) with its `salt` under the raw 256-bit `key` and a fresh random 96-bit `iv`
 * (never reuse one under a key: NIST SP 800-38D §8.2.2); `entryId` is authenticated. `ref` names the key in the
 * sealed body; the log passes `null`, since it keeps which key sealed which entry in the key ring instead.
 */
export declare function sealBody(cipher: BodyCipher, key: Uint8Array, ref: string | null, entryId: string, salt: Uint8Array, body: PersonalBody | ConsentBody | string, iv?: Uint8Array): Promise<SealedBody>;
/** Opens a sealed body: the body and its salt, or why not (wrong key, altered ciphertext, invalid body). */
export declare function openBody(cipher: BodyCipher, key: Uint8Array, entryId: string, sealed: SealedBody): Promise<{
    ok: true;
    body: PersonalBody;
    salt: Uint8Array;
} | {
    ok: false;
    reason: string;
}>;
/** Opens a sealed consent body. */
export declare function openBody(cipher: BodyCipher, key: Uint8Array, entryId: string, sealed: SealedBody, kind: "consent"): Promise<{
    ok: true;
    body: ConsentBody;
    salt: Uint8Array;
} | {
    ok: false;
    reason: string;
}>;
/**
 * Opens a sealed body and checks it against the `digest` its committed entry holds (`SHA-256(salt ‖ canonical
 * body)`), hashing the body's bytes as sealed: a match proves the body is the one the log wrote, so it is not
 * validated again. Any other layout goes through {@link openBody}.
 */
export declare function openCommittedBody(cipher: BodyCipher, key: Uint8Array, entryId: string, sealed: SealedBody, digest: string, hash: Sha256, kind: "served" | "consent"): Promise<{
    ok: true;
    body: PersonalBody | ConsentBody;
} | {
    ok: false;
    reason: string;
}>;
