/**
 * Synchronous SHA-256 (FIPS 180-4) over bytes, for Merkle hashing and content hashes in browsers and Node.
 * Web Crypto's `digest` is asynchronous and costs ~14 µs per call even when batched; a Merkle tree needs one
 * hash per leaf and one per node, so the log hashes synchronously. Node can inject `node:crypto` instead.
 */
/** A synchronous SHA-256: 32 bytes of digest for `data`. */
export type Sha256 = (data: Uint8Array) => Uint8Array;
/** SHA-256 of `data` (FIPS 180-4), computed synchronously in plain JavaScript. */
export declare const sha256: Sha256;
/** SHA-256 of the UTF-8 encoding of `text`, as 64 lowercase hex digits. */
export declare function sha256Hex(text: string): string;
