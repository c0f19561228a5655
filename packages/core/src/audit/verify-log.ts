/**
 * Auditor verification of a stored log (`candor audit verify`): recompute every leaf from its committed entry,
 * rebuild the RFC 9162 tree, check every signed tree head's signature and root, and the consistency proof between
 * consecutive heads (RFC 9162 §2.1.4.2). Names the first bad entry (DESIGN.md invariant 5). Needs no body keys:
 * erased subjects verify like everyone else.
 */
import { fromHex, toHex } from "./bytes.ts";
import { recordShape, safeParseLogRecord } from "./log-entry.ts";
import type { LogPublicKey } from "./log-signer.ts";
import { verifyConsistency } from "./merkle.ts";
import { createMerkleTree } from "./merkle-tree.ts";
import { type Sha256, sha256 } from "./sha256.ts";
import { entryLeafHash } from "./split-entry.ts";
import { safeParseTreeHead, verifyTreeHead } from "./tree-head.ts";
import type { SignedTreeHead } from "./types.ts";

/** The verdict: intact (with the size and how much of it is signed) or the first bad entry and why. */
export type VerifyResult =
  | {
      readonly ok: true;
      /** Entries verified. */
      readonly size: number;
      /** Entries covered by the newest signed head; later ones are intact but not yet signed. */
      readonly signedSize: number;
      readonly heads: number;
    }
  | {
      readonly ok: false;
      /** The first entry index that is not proven intact. */
      readonly index: number;
      readonly reason: string;
      /** Position of the tree head involved, when a head failed. */
      readonly head?: number;
    };

/** Options of {@link verifyLog}. */
export interface VerifyLogOptions {
  /** Synchronous SHA-256; default the portable one (Node may pass `nodeSha256`). */
  readonly hash?: Sha256;
}

/**
 * Verifies stored records (in index order, from an array or a stream) against signed tree heads. A record is bad
 * when it is malformed, claims another index (removed, inserted or reordered entries), or its entry no longer
 * hashes to its stored leaf (changed entry). A head is bad when its signature fails, its root differs from the
 * rebuilt tree (entry and leaf hash both rewritten: the first index it covers beyond the previous head is named),
 * it is inconsistent with the previous head, or it covers entries that are missing.
 */
export async function verifyLog(
  records: Iterable<unknown> | AsyncIterable<unknown>,
  heads: readonly unknown[],
  publicKeys: LogPublicKey | readonly LogPublicKey[],
  options: VerifyLogOptions = {},
): Promise<VerifyResult> {
  const hash = options.hash ?? sha256;
  const parsedHeads: SignedTreeHead[] = [];
  for (const [n, value] of heads.entries()) {
    const parsed = safeParseTreeHead(value);
    if (!parsed.ok)
      return {
        ok: false,
        index: 0,
        head: n,
        reason: `tree head ${n} is malformed at "${parsed.error.path}": ${parsed.error.reason}`,
      };
    parsedHeads.push(parsed.value);
  }
  const order = parsedHeads
    .map((head, n) => ({ head, n }))
    .sort((a, b) => a.head.treeSize - b.head.treeSize || a.n - b.n);
  const signatures = order.map(({ head }) => verifyTreeHead(head, publicKeys));
  for (const promise of signatures) promise.catch(() => undefined);

  const tree = createMerkleTree({ hash, capacity: 1 << 16 });
  let next = 0;
  let previous: SignedTreeHead | null = null;

  const checkHeads = async (): Promise<VerifyResult | null> => {
    while (next < order.length && (order[next] as { head: SignedTreeHead }).head.treeSize <= tree.size) {
      const { head, n } = order[next] as { head: SignedTreeHead; n: number };
      const from = previous?.treeSize ?? 0;
      if (!(await signatures[next]))
        return {
          ok: false,
          index: from,
          head: n,
          reason: `tree head ${n} (size ${head.treeSize}) has an invalid or unknown signature`,
        };
      if (previous && head.timestamp < previous.timestamp)
        return {
          ok: false,
          index: from,
          head: n,
          reason: `tree head ${n} (size ${head.treeSize}) is older than a smaller head`,
        };
      if (toHex(tree.root(head.treeSize)) !== head.rootHash)
        return {
          ok: false,
          index: from,
          head: n,
          reason: `entries ${from}..${head.treeSize - 1} do not match tree head ${n} (size ${head.treeSize}): one of them was changed together with its leaf hash`,
        };
      if (previous) {
        const proof = tree.consistencyProof(previous.treeSize, head.treeSize);
        if (
          !verifyConsistency(
            previous.treeSize,
            head.treeSize,
            fromHex(previous.rootHash),
            fromHex(head.rootHash),
            proof,
            hash,
          )
        )
          return {
            ok: false,
            index: from,
            head: n,
            reason: `tree head ${n} is not consistent with the previous head`,
          };
      }
      previous = head;
      next++;
    }
    return null;
  };

  const early = await checkHeads();
  if (early) return early;
  let previousId: string | null = null;
  for await (const value of records as AsyncIterable<unknown>) {
    const index = tree.size;
    const record = recordShape(value);
    if (!record) {
      const parsed = safeParseLogRecord(value);
      const where = parsed.ok ? "" : ` at "${parsed.error.path}": ${parsed.error.reason}`;
      return { ok: false, index, reason: `record ${index} is malformed${where}` };
    }
    if (record.i !== index) {
      // A record claiming the previous index follows an inserted one, unless it is a copy of its predecessor.
      const inserted = record.i === index - 1 && record.entry.id !== previousId;
      return {
        ok: false,
        index: inserted ? index - 1 : index,
        reason: inserted
          ? `an entry was inserted at ${index - 1}: the next record claims that index`
          : `record at position ${index} claims index ${record.i}: an entry was removed, inserted or reordered`,
      };
    }
    previousId = record.entry.id;
    const leaf = entryLeafHash(record.entry, hash);
    if (toHex(leaf) !== record.leaf)
      return { ok: false, index, reason: `entry ${index} does not match its leaf hash: it was changed` };
    tree.append(leaf);
    if (next < order.length && (order[next] as { head: SignedTreeHead }).head.treeSize === tree.size) {
      const failed = await checkHeads();
      if (failed) return failed;
    }
  }
  const pending = order[next];
  if (pending)
    return {
      ok: false,
      index: tree.size,
      head: pending.n,
      reason: `tree head ${pending.n} covers ${pending.head.treeSize} entries but only ${tree.size} are present: entries were removed from the end`,
    };
  return { ok: true, size: tree.size, signedSize: order.at(-1)?.head.treeSize ?? 0, heads: order.length };
}
