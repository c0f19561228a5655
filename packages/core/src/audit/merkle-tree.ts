/**
 * An append-only RFC 9162 Merkle tree that keeps every complete subtree hash, level by level. Appending costs
 * one leaf write and on average one node hash (the right edge, or "compact range", is completed as it fills);
 * the root of any past size and every proof take O(log n) stored hashes and at most O(log n) new node hashes.
 */
import { proofRange } from "./errors.ts";
import { consistencyProof, EMPTY_ROOT, inclusionProof, splitPoint } from "./merkle.ts";
import { type Sha256, sha256 } from "./sha256.ts";

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
export function createMerkleTree(options: MerkleTreeOptions = {}): MerkleTree {
  const hash = options.hash ?? sha256;
  const levels: Uint8Array[] = [new Uint8Array(Math.max(1, options.capacity ?? 1024) * 32)];
  const scratch = new Uint8Array(65);
  scratch[0] = 1;
  let size = 0;

  const nodeAt = (level: number, index: number): Uint8Array =>
    (levels[level] as Uint8Array).subarray(index * 32, index * 32 + 32);

  const write = (level: number, index: number, value: Uint8Array): void => {
    let buffer = levels[level];
    if (!buffer) {
      buffer = new Uint8Array(Math.max(32, (levels[level - 1]?.length ?? 64) / 2));
      levels[level] = buffer;
    }
    if ((index + 1) * 32 > buffer.length) {
      const grown = new Uint8Array(Math.max(buffer.length * 2, (index + 1) * 32));
      grown.set(buffer);
      levels[level] = grown;
      buffer = grown;
    }
    buffer.set(value, index * 32);
  };

  const combine = (left: Uint8Array, right: Uint8Array): Uint8Array => {
    scratch.set(left, 1);
    scratch.set(right, 33);
    return hash(scratch);
  };

  const subtreeHash = (start: number, end: number): Uint8Array => {
    const n = end - start;
    if (n === 0) return EMPTY_ROOT;
    if ((n & (n - 1)) === 0 && start % n === 0 && n <= 2 ** 30) {
      const level = Math.log2(n);
      return nodeAt(level, start / n);
    }
    const k = splitPoint(n);
    return combine(subtreeHash(start, start + k), subtreeHash(start + k, end));
  };

  const checkSize = (value: number): number => {
    if (!Number.isSafeInteger(value) || value < 0 || value > size)
      throw proofRange(`size ${value} is outside the tree of size ${size}`, value);
    return value;
  };

  return {
    get size() {
      return size;
    },
    append(leaf) {
      if (leaf.length !== 32) throw new TypeError("a leaf hash has 32 bytes");
      const index = size;
      write(0, index, leaf);
      let level = 0;
      let position = index;
      let right = leaf;
      while (position % 2 === 1) {
        right = combine(nodeAt(level, position - 1), right);
        level++;
        position = (position - 1) / 2;
        write(level, position, right);
      }
      size = index + 1;
      return index;
    },
    leaf(index) {
      if (!Number.isSafeInteger(index) || index < 0 || index >= size)
        throw proofRange(`no leaf ${index} in a tree of size ${size}`, index);
      return nodeAt(0, index).slice();
    },
    subtreeHash(start, end) {
      if (!(Number.isSafeInteger(start) && start >= 0 && start <= end)) checkSize(-1);
      checkSize(end);
      return subtreeHash(start, end).slice();
    },
    root(at = size) {
      return subtreeHash(0, checkSize(at)).slice();
    },
    inclusionProof(index, at = size) {
      return inclusionProof(index, checkSize(at), subtreeHash).map((h) => h.slice());
    },
    consistencyProof(first, second = size) {
      checkSize(second);
      return consistencyProof(first, second, subtreeHash).map((h) => h.slice());
    },
    truncate(at) {
      size = checkSize(at);
    },
  };
}
