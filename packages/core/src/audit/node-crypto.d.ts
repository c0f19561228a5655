import type { BodyCipher } from "./body-cipher.ts";
import type { Sha256 } from "./sha256.ts";
/**
 * SHA-256 through `node:crypto` (OpenSSL): about twice as fast as the portable one on entries of ~1 kB, and
 * `crypto.hash` (Node 20.12+) saves a hash object per call on small inputs such as tree nodes.
 */
export declare const nodeSha256: Sha256;
/** AES-256-GCM through `node:crypto`, synchronous (Web Crypto costs ~20 µs per call); the Web Crypto layout, tag last. */
export declare const nodeBodyCipher: BodyCipher;
