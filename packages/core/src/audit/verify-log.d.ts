import type { LogPublicKey } from "./log-signer.ts";
import { type Sha256 } from "./sha256.ts";
/** The verdict: intact (with the size and how much of it is signed) or the first bad entry and why. */
export type VerifyResult = {
    readonly ok: true;
    /** Entries verified. */
    readonly size: number;
    /** Entries covered by the newest signed head; later ones are intact but not yet signed. */
    readonly signedSize: number;
    readonly heads: number;
} | {
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
export declare function verifyLog(records: Iterable<unknown> | AsyncIterable<unknown>, heads: readonly unknown[], publicKeys: LogPublicKey | readonly LogPublicKey[], options?: VerifyLogOptions): Promise<VerifyResult>;
