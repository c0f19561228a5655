/**
 * RFC 6962 / RFC 9162 §2.1 Merkle Tree Hash, audit paths (inclusion proofs), consistency proofs and their
 * verification. Pure functions over 32-byte hashes; proof generation reads subtree hashes through a callback so
 * it runs over a plain leaf array or over the log's incremental tree alike.
 */
import { bytesEqual } from "./bytes.ts";
import { proofRange } from "./errors.ts";
import { type Sha256, sha256 } from "./sha256.ts";

/** MTH of the empty tree: SHA-256 of the empty string (RFC 9162 §2.1.1). */
export const EMPTY_ROOT: Uint8Array = sha256(new Uint8Array(0));

/** The hash of a leaf, `SHA-256(0x00 ‖ data)` (RFC 9162 §2.1.1). */
export function leafHash(data: Uint8Array, hash: Sha256 = sha256): Uint8Array {
  const input = new Uint8Array(data.length + 1);
  input.set(data, 1);
  return hash(input);
}

/** The hash of an interior node, `SHA-256(0x01 ‖ left ‖ right)` (RFC 9162 §2.1.1). */
export function nodeHash(left: Uint8Array, right: Uint8Array, hash: Sha256 = sha256): Uint8Array {
  const input = new Uint8Array(1 + left.length + right.length);
  input[0] = 1;
  input.set(left, 1);
  input.set(right, 1 + left.length);
  return hash(input);
}

/** The split point of RFC 9162 §2.1.1: the largest power of two strictly less than `n` (`n ≥ 2`). */
export function splitPoint(n: number): number {
  let k = 1;
  while (k * 2 < n) k *= 2;
  return k;
}

/** MTH(D[start:end]) of the leaves whose hashes are given: `(start, end) => hash`. */
export type SubtreeHash = (start: number, end: number) => Uint8Array;

/** The Merkle Tree Hash of a list of leaf hashes by the recursive definition of RFC 9162 §2.1.1 (O(n)). */
export function merkleTreeHash(leafHashes: readonly Uint8Array[], hash: Sha256 = sha256): Uint8Array {
  return subtreeOf(leafHashes, hash)(0, leafHashes.length);
}

/** A {@link SubtreeHash} over a plain array of leaf hashes, by the recursive definition (O(end − start)). */
export function subtreeOf(leafHashes: readonly Uint8Array[], hash: Sha256 = sha256): SubtreeHash {
  const mth = (start: number, end: number): Uint8Array => {
    const n = end - start;
    if (n === 0) return EMPTY_ROOT;
    if (n === 1) return leafHashes[start] as Uint8Array;
    const k = splitPoint(n);
    return nodeHash(mth(start, start + k), mth(start + k, end), hash);
  };
  return mth;
}

/**
 * The audit path of leaf `index` in the tree of the first `size` leaves, PATH(m, D[n]) of RFC 6962 §2.1.1
 * (RFC 9162 §2.1.3.1), leaf-side first.
 */
export function inclusionProof(index: number, size: number, subtree: SubtreeHash): Uint8Array[] {
  if (!Number.isSafeInteger(index) || !Number.isSafeInteger(size) || index < 0 || index >= size)
    throw proofRange(`no leaf ${index} in a tree of size ${size}`, index);
  const path: Uint8Array[] = [];
  const walk = (m: number, start: number, end: number): void => {
    const n = end - start;
    if (n === 1) return;
    const k = splitPoint(n);
    if (m < k) {
      walk(m, start, start + k);
      path.push(subtree(start + k, end));
    } else {
      walk(m - k, start + k, end);
      path.push(subtree(start, start + k));
    }
  };
  walk(index, 0, size);
  return path;
}

/**
 * The consistency proof between the trees of the first `first` and `second` leaves, PROOF(m, D[n]) of
 * RFC 6962 §2.1.2 (RFC 9162 §2.1.4.1); empty when `first` is 0 or equals `second`.
 */
export function consistencyProof(first: number, second: number, subtree: SubtreeHash): Uint8Array[] {
  if (!Number.isSafeInteger(first) || !Number.isSafeInteger(second) || first < 0 || first > second)
    throw proofRange(`no consistency proof from size ${first} to ${second}`, first);
  const proof: Uint8Array[] = [];
  if (first === 0 || first === second) return proof;
  const sub = (m: number, start: number, end: number, whole: boolean): void => {
    const n = end - start;
    if (m === n) {
      if (!whole) proof.push(subtree(start, end));
      return;
    }
    const k = splitPoint(n);
    if (m <= k) {
      sub(m, start, start + k, whole);
      proof.push(subtree(start + k, end));
    } else {
      sub(m - k, start + k, end, false);
      proof.push(subtree(start, start + k));
    }
  };
  sub(first, 0, second, true);
  return proof;
}

/**
 * The root an inclusion proof leads to, by RFC 9162 §2.1.3.2, or `null` when the proof has the wrong length
 * for `index` and `size`.
 */
export function rootFromInclusionProof(
  index: number,
  size: number,
  leaf: Uint8Array,
  proof: readonly Uint8Array[],
  hash: Sha256 = sha256,
): Uint8Array | null {
  if (!Number.isSafeInteger(index) || !Number.isSafeInteger(size) || index < 0 || index >= size) return null;
  if (leaf.length !== 32 || proof.some((p) => p.length !== 32)) return null;
  let fn = index;
  let sn = size - 1;
  let r = leaf;
  for (const p of proof) {
    if (sn === 0) return null;
    if (fn % 2 === 1 || fn === sn) {
      r = nodeHash(p, r, hash);
      while (fn % 2 === 0 && fn !== 0) {
        fn = Math.floor(fn / 2);
        sn = Math.floor(sn / 2);
      }
    } else {
      r = nodeHash(r, p, hash);
    }
    fn = Math.floor(fn / 2);
    sn = Math.floor(sn / 2);
  }
  return sn === 0 ? r : null;
}

/** Whether `proof` shows leaf `index` with hash `leaf` is in the tree of `size` leaves with `root` (RFC 9162 §2.1.3.2). */
export function verifyInclusion(
  index: number,
  size: number,
  leaf: Uint8Array,
  proof: readonly Uint8Array[],
  root: Uint8Array,
  hash: Sha256 = sha256,
): boolean {
  const computed = rootFromInclusionProof(index, size, leaf, proof, hash);
  return computed !== null && bytesEqual(computed, root);
}

/**
 * Whether `proof` shows the tree of `first` leaves with `firstRoot` is a prefix of the tree of `second` leaves
 * with `secondRoot` (RFC 9162 §2.1.4.2). Equal sizes need equal roots and an empty proof; from the empty tree
 * any tree is consistent with an empty proof.
 */
export function verifyConsistency(
  first: number,
  second: number,
  firstRoot: Uint8Array,
  secondRoot: Uint8Array,
  proof: readonly Uint8Array[],
  hash: Sha256 = sha256,
): boolean {
  if (!Number.isSafeInteger(first) || !Number.isSafeInteger(second) || first < 0 || first > second)
    return false;
  if (firstRoot.length !== 32 || secondRoot.length !== 32 || proof.some((p) => p.length !== 32)) return false;
  if (first === second) return proof.length === 0 && bytesEqual(firstRoot, secondRoot);
  if (first === 0) return proof.length === 0 && bytesEqual(firstRoot, EMPTY_ROOT);
  if (proof.length === 0) return false;
  const path = isPowerOfTwo(first) ? [firstRoot, ...proof] : proof;
  let fn = first - 1;
  let sn = second - 1;
  while (fn % 2 === 1) {
    fn = Math.floor(fn / 2);
    sn = Math.floor(sn / 2);
  }
  let fr = path[0] as Uint8Array;
  let sr = fr;
  for (let i = 1; i < path.length; i++) {
    const c = path[i] as Uint8Array;
    if (sn === 0) return false;
    if (fn % 2 === 1 || fn === sn) {
      fr = nodeHash(c, fr, hash);
      sr = nodeHash(c, sr, hash);
      while (fn % 2 === 0 && fn !== 0) {
        fn = Math.floor(fn / 2);
        sn = Math.floor(sn / 2);
      }
    } else {
      sr = nodeHash(sr, c, hash);
    }
    fn = Math.floor(fn / 2);
    sn = Math.floor(sn / 2);
  }
  return sn === 0 && bytesEqual(fr, firstRoot) && bytesEqual(sr, secondRoot);
}

function isPowerOfTwo(n: number): boolean {
  let k = 1;
  while (k < n) k *= 2;
  return k === n;
}
