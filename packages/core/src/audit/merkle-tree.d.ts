import { type Sha256 } from "./sha256.ts";
/** The incremental tree the log and the verifier build. */
export interface MerkleTree {
    /** Number of leaves. */
    readonly size: number;
    /** Appends a 32-byte leaf hash (`SHA-256(0x00 ‖ entry)`); returns its index. */
    append(leafHash: Uint8Array): number;
    /** The stored hash of leaf `index`. */
    leaf(index: number): Uint8Array;
    /** MTH(D[start:end]) from stored subtree hashes. */
    subtreeHash(start: number, end: number): Uint8Array;
    /** The root of the tree of the first `size` leaves (default: all). */
    root(size?: number): Uint8Array;
    /** The audit path of leaf `index` in the tree of the first `size` leaves (default: all), RFC 9162 §2.1.3.1. */
    inclusionProof(index: number, size?: number): Uint8Array[];
    /** The consistency proof from size `first` to `second` (default: all), RFC 9162 §2.1.4.1. */
    consistencyProof(first: number, second?: number): Uint8Array[];
    /** Forgets every leaf from `size` on (undoes an append whose storage write failed). */
    truncate(size: number): void;
}
/** Options of {@link createMerkleTree}. */
export interface MerkleTreeOptions {
    /** The SHA-256 to use; default the synchronous one of this module. */
    readonly hash?: Sha256;
    /** Leaves to reserve room for; default 1,024 (the tree grows by doubling). */
    readonly capacity?: number;
}
/** Creates an empty incremental Merkle tree (RFC 9162 §2.1). */
export declare function createMerkleTree(options?: MerkleTreeOptions): MerkleTree;
