/**
 * A compact range (the right edge of an RFC 9162 Merkle tree): the roots of its perfect subtrees, largest first.
 * Appending costs one leaf and on average one node hash; the root of the current size is a fold of at most
 * log2(n) hashes. Verification streams millions of entries through it in O(log n) memory.
 */
import { EMPTY_ROOT } from "./merkle.ts";
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
  const scratch = new Uint8Array(65);
  scratch[0] = 1;
  let size = 0;
  /** `SHA-256(0x01 ‖ left ‖ right)` (RFC 9162 §2.1.1) through one reused buffer. */
  const node = (left: Uint8Array, right: Uint8Array): Uint8Array => {
    scratch.set(left, 1);
    scratch.set(right, 33);
    return hash(scratch).slice();
  };
  return {
    get size() {
      return size;
    },
    append(leaf) {
      let top: Uint8Array = leaf.slice();
      for (let n = size; n & 1; n >>= 1) top = node(nodes.pop() as Uint8Array, top);
      nodes.push(top);
      size++;
    },
    root() {
      if (nodes.length === 0) return EMPTY_ROOT;
      let root = nodes[nodes.length - 1] as Uint8Array;
      for (let i = nodes.length - 2; i >= 0; i--) root = node(nodes[i] as Uint8Array, root);
      return root;
    },
  };
}
