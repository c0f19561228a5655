/**
 * A compact range (the right edge of an RFC 9162 Merkle tree): the roots of its perfect subtrees, largest first.
 * Appending costs one leaf and on average one node hash; the root of the current size is a fold of at most
 * log2(n) hashes. Verification streams millions of entries through it in O(log n) memory.
 */
import { EMPTY_ROOT, nodeHash } from "./merkle.ts";
import { type Sha256, sha256 } from "./sha256.ts";

/** The right edge of a Merkle tree. */
export interface CompactRange {
  readonly size: number;
  /** Appends a 32-byte leaf hash. */
  append(leaf: Uint8Array): void;
  /** MTH of the leaves appended so far (RFC 9162 §2.1.1). */
  root(): Uint8Array;
}

/** An empty compact range. */
export function createCompactRange(hash: Sha256 = sha256): CompactRange {
  const nodes: Uint8Array[] = [];
  let size = 0;
  return {
    get size() {
      return size;
    },
    append(leaf) {
      let node: Uint8Array = leaf.slice();
      for (let n = size; n & 1; n >>= 1) node = nodeHash(nodes.pop() as Uint8Array, node, hash);
      nodes.push(node);
      size++;
    },
    root() {
      if (nodes.length === 0) return EMPTY_ROOT;
      let root = nodes[nodes.length - 1] as Uint8Array;
      for (let i = nodes.length - 2; i >= 0; i--) root = nodeHash(nodes[i] as Uint8Array, root, hash);
      return root;
    },
  };
}
