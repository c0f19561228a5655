import type { LogPublicKey } from "./log-signer.ts";
import { type Sha256 } from "./sha256.ts";
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
export type StreamVerdict = {
    readonly ok: true;
    /** Entries verified. */
    readonly size: number;
    /** Entries covered by the newest signed head; later ones are the unsigned tail. */
    readonly signedSize: number;
    readonly heads: number;
    readonly latestHead: SignedTreeHead | null;
    /** Trusted heads the log was proven consistent with. */
    readonly trustedHeads: number;
} | ({
    readonly ok: false;
} & VerifyFailure);
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
export declare function createStreamVerifier(options: StreamVerifierOptions): StreamVerifier;
