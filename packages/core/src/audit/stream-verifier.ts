/**
 * Verifying a log as it streams by, in O(log n) memory: leaves go into a compact range, each signed tree head is
 * checked against the root rebuilt at its size (its signature in the background), and trusted heads (saved by the
 * auditor or received from a witness) must match the log at their size, must not be longer than the log, and must
 * not be longer than the log's own newest signed head (RFC 9162 §8.1, as Certificate Transparency monitors and
 * sigsum witnesses check). Rebuilding every root from the same leaves proves consecutive heads consistent, a
 * stronger check than a consistency proof. Leaves arrive in groups (one append each); heads follow the group's
 * records, so a head may fall inside the group it closes.
 */
import { toHex } from "./bytes.ts";
import { createCompactRange } from "./compact-range.ts";
import type { LogPublicKey } from "./log-signer.ts";
import { type Sha256, sha256 } from "./sha256.ts";
import { verifyTreeHead } from "./tree-head.ts";
import type { SignedTreeHead } from "./types.ts";

/** Why a log is not proven intact: the first entry index not proven and the reason. */
export interface VerifyFailure {
  readonly index: number;
  readonly reason: string;
  /** Position of the tree head involved (in file order), when a head failed. */
  readonly head?: number;
  /** Where, e.g. `"log.jsonl:12"`. */
  readonly location?: string;
}

/** The outcome of a streamed verification. */
export type StreamVerdict =
  | {
      readonly ok: true;
      /** Entries verified. */
      readonly size: number;
      /** Entries covered by the newest signed head; later ones are the unsigned tail. */
      readonly signedSize: number;
      readonly heads: number;
      readonly latestHead: SignedTreeHead | null;
      /** Trusted heads the log was proven consistent with. */
      readonly trustedHeads: number;
    }
  | ({ readonly ok: false } & VerifyFailure);

/** A streaming verifier. */
export interface StreamVerifier {
  /** Leaves seen so far (checked and pending). */
  readonly size: number;
  /** Adds the next leaf of the current group. */
  leaf(leaf: Uint8Array): void;
  /** Checks a head that follows the current group's leaves; returns a failure or `null`. */
  head(head: SignedTreeHead, location?: string): VerifyFailure | null;
  /** Ends the current group. */
  commit(): VerifyFailure | null;
  /** Waits for the signatures and the trusted-head checks; `failure` is the first synchronous failure, if any. */
  finish(failure?: VerifyFailure | null): Promise<StreamVerdict>;
}

/** Options of {@link createStreamVerifier}. */
export interface StreamVerifierOptions {
  /** Keys whose heads are accepted (the shop's current and earlier log keys). */
  readonly publicKeys: LogPublicKey | readonly LogPublicKey[];
  /** Heads the auditor trusts (already checked to be signed by `publicKeys`). */
  readonly trustedHeads?: readonly SignedTreeHead[];
  /** Synchronous SHA-256; default the portable one. */
  readonly hash?: Sha256;
}

/** Creates a streaming verifier. */
export function createStreamVerifier(options: StreamVerifierOptions): StreamVerifier {
  const hash = options.hash ?? sha256;
  const range = createCompactRange(hash);
  const trusted = [...(options.trustedHeads ?? [])].sort((a, b) => a.treeSize - b.treeSize);
  let nextTrusted = 0;
  let trustedMatched = 0;
  let pending: Uint8Array[] = [];
  let pendingFrom = 0;
  let previous: SignedTreeHead | null = null;
  let heads = 0;
  const signatures: {
    promise: Promise<boolean>;
    head: SignedTreeHead;
    n: number;
    from: number;
    location?: string;
  }[] = [];

  const checkTrusted = (): VerifyFailure | null => {
    while (nextTrusted < trusted.length && (trusted[nextTrusted] as SignedTreeHead).treeSize === range.size) {
      const t = trusted[nextTrusted] as SignedTreeHead;
      if (toHex(range.root()) !== t.rootHash)
        return {
          index: nextTrusted > 0 ? (trusted[nextTrusted - 1] as SignedTreeHead).treeSize : 0,
          reason: `the log's first ${t.treeSize} entries do not match the trusted head of size ${t.treeSize} (root ${t.rootHash.slice(0, 16)}…): the log was rewritten or forked after that head`,
        };
      trustedMatched++;
      nextTrusted++;
    }
    return null;
  };

  const advance = (to: number): VerifyFailure | null => {
    while (range.size < to) {
      range.append(pending[range.size - pendingFrom] as Uint8Array);
      const failed = checkTrusted();
      if (failed) return failed;
    }
    return null;
  };

  const early = checkTrusted();

  return {
    get size() {
      return pendingFrom + pending.length;
    },
    leaf(leaf) {
      pending.push(leaf);
    },
    head(head, location) {
      const n = heads++;
      const from = previous?.treeSize ?? 0;
      const size = pendingFrom + pending.length;
      const at = location === undefined ? {} : { location };
      if (head.treeSize < range.size || (previous && head.treeSize < previous.treeSize))
        return {
          index: from,
          head: n,
          reason: `tree head ${n} (size ${head.treeSize}) goes backwards`,
          ...at,
        };
      if (head.treeSize > size)
        return {
          index: size,
          head: n,
          reason: `tree head ${n} covers ${head.treeSize} entries but only ${size} precede it: entries were removed`,
          ...at,
        };
      if (previous && head.timestamp < previous.timestamp)
        return {
          index: from,
          head: n,
          reason: `tree head ${n} (size ${head.treeSize}) is older than a smaller head`,
          ...at,
        };
      const failed = advance(head.treeSize);
      if (failed) return failed;
      if (toHex(range.root()) !== head.rootHash)
        return {
          index: from,
          head: n,
          reason: `entries ${from}..${head.treeSize - 1} do not match tree head ${n} (size ${head.treeSize}): one of them was changed together with its leaf hash`,
          ...at,
        };
      const promise = verifyTreeHead(head, options.publicKeys);
      promise.catch(() => undefined);
      signatures.push({ promise, head, n, from, ...at });
      previous = head;
      return null;
    },
    commit() {
      const failed = advance(pendingFrom + pending.length);
      pendingFrom = range.size;
      pending = [];
      return failed;
    },
    async finish(failure = null) {
      let first: VerifyFailure | null = early ?? failure;
      for (const { promise, head, n, from, location } of signatures) {
        if (first && first.index <= from) break;
        if (!(await promise)) {
          first = {
            index: from,
            head: n,
            reason: `tree head ${n} (size ${head.treeSize}) has an invalid signature or one by an unknown key`,
            ...(location === undefined ? {} : { location }),
          };
          break;
        }
      }
      if (first) return { ok: false, ...first };
      const size = range.size;
      const longest = trusted.at(-1);
      if (longest && longest.treeSize > size)
        return {
          ok: false,
          index: size,
          reason: `the log has ${size} entries but a trusted head covers ${longest.treeSize}: entries were removed`,
        };
      const signedSize = previous?.treeSize ?? 0;
      if (longest && longest.treeSize > signedSize)
        return {
          ok: false,
          index: signedSize,
          reason: `the log's signed heads end at size ${signedSize} but a trusted head covers ${longest.treeSize}: signed tree heads were removed`,
        };
      return { ok: true, size, signedSize, heads, latestHead: previous, trustedHeads: trustedMatched };
    },
  };
}
