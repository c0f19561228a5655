import { type Sha256 } from "./sha256.ts";
/** The right edge of a Merkle tree. */
export interface CompactRange {
    readonly size: number;
    /** Appends a 32-byte leaf hash. */
    append(leaf: Uint8Array): void;
    /** MTH of the leaves appended so far (RFC 9162 §2.1.1). */
    root(): Uint8Array;
}
/** An empty compact range. */
export declare function createCompactRange(hash?: Sha256): CompactRange;
