/** HMAC-SHA-256 (RFC 2104, FIPS 198-1) over the shared synchronous SHA-256, for keyed arm assignment. */
import { type Sha256 } from "../internal/sha256.ts";
/**
 * HMAC-SHA-256 of `message` under `key` (RFC 2104): 32 bytes. Synchronous, unlike Web Crypto's `sign`, so an arm
 * can be assigned inside the synchronous request pipeline. Strings are UTF-8 encoded; keys longer than the
 * 64-byte block are hashed first. `hash` defaults to the shared plain-JavaScript SHA-256.
 */
export declare function hmacSha256(key: string | Uint8Array, message: string | Uint8Array, hash?: Sha256): Uint8Array;
