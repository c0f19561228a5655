import { type Sha256 } from "./sha256.ts";
/** MTH of the empty tree: SHA-256 of the empty string (RFC 9162 §2.1.1). */
export declare const EMPTY_ROOT: Uint8Array;
/** The hash of a leaf, `SHA-256(0x00 ‖ data)` (RFC 9162 §2.1.1). */
export declare function leafHash(data: Uint8Array, hash?: Sha256): Uint8Array;
/** The hash of an interior node, `SHA-256(0x01 ‖ left ‖ right)` (RFC 9162 §2.1.1). */
export declare function nodeHash(left: Uint8Array, right: Uint8Array, hash?: Sha256): Uint8Array;
/** The split point of RFC 9162 §2.1.1: the largest power of two strictly less than `n` (`n ≥ 2`). */
export declare function splitPoint(n: number): number;
/** MTH(D[start:end]) of the leaves whose hashes are given: `(start, end) => hash`. */
export type SubtreeHash = (start: number, end: number) => Uint8Array;
/** The Merkle Tree Hash of a list of leaf hashes by the recursive definition of RFC 9162 §2.1.1 (O(n)). */
export declare function merkleTreeHash(leafHashes: readonly Uint8Array[], hash?: Sha256): Uint8Array;
/** A {@link SubtreeHash} over a plain array of leaf hashes, by the recursive definition (O(end − start)). */
export declare function subtreeOf(leafHashes: readonly Uint8Array[], hash?: Sha256): SubtreeHash;
/**
 * The audit path of leaf `index` in the tree of the first `size` leaves, PATH(m, D[n]) of RFC 6962 §2.1.1
 * (RFC 9162 §2.1.3.1), leaf-side first.
 */
export declare function inclusionProof(index: number, size: number, subtree: SubtreeHash): Uint8Array[];
/**
 * The consistency proof between the trees of the first `first` and `second` leaves, PROOF(m, D[n]) of
 * RFC 6962 §2.1.2 (RFC 9162 §2.1.4.1); empty when `first` is 0 or equals `second`.
 */
export declare function consistencyProof(first: number, second: number, subtree: SubtreeHash): Uint8Array[];
/**
 * The root an inclusion proof leads to, by RFC 9162 §2.1.3.2, or `null` when the proof has the wrong length
 * for `index` and `size`.
 */
export declare function rootFromInclusionProof(index: number, size: number, leaf: Uint8Array, proof: readonly Uint8Array[], hash?: Sha256): Uint8Array | null;
/** Whether `proof` shows leaf `index` with hash `leaf` is in the tree of `size` leaves with `root` (RFC 9162 §2.1.3.2). */
export declare function verifyInclusion(index: number, size: number, leaf: Uint8Array, proof: readonly Uint8Array[], root: Uint8Array, hash?: Sha256): boolean;
/**
 * Whether `proof` shows the tree of `first` leaves with `firstRoot` is a prefix of the tree of `second` leaves
 * with `secondRoot` (RFC 9162 §2.1.4.2). Equal sizes need equal roots and an empty proof; from the empty tree
 * any tree is consistent with an empty proof.
 */
export declare function verifyConsistency(first: number, second: number, firstRoot: Uint8Array, secondRoot: Uint8Array, proof: readonly Uint8Array[], hash?: Sha256): boolean;
