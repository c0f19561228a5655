import type { Result } from "../internal/result.ts";
import type { SchemaIssue } from "./log-entry.ts";
import { type LogPublicKey, type LogSigner } from "./log-signer.ts";
import type { SignedTreeHead } from "./types.ts";
/** A witness's signature over a log's tree head. */
export interface Cosignature {
    readonly schema: "candor.witness-cosignature/1";
    /** SHA-256 of the witness key's SubjectPublicKeyInfo, hex. */
    readonly witnessKeyId: string;
    /** When the witness checked the head, epoch ms. */
    readonly timestamp: number;
    /** ECDSA P-256/SHA-256 over {@link cosignatureInput}, IEEE P1363, base64url. */
    readonly signature: string;
}
/** What a witness keeps between runs (its own file, never the log's). */
export interface WitnessState {
    readonly schema: "candor.witness-state/1";
    /** The key id of the log it watches. */
    readonly logKeyId: string;
    /** The newest head it checked and co-signed. */
    readonly head: SignedTreeHead;
    readonly cosignature: Cosignature;
}
/** The bytes a witness signs: the domain string, the log key id (32 bytes), uint64 time, the head's TreeHeadSignature. */
export declare function cosignatureInput(head: SignedTreeHead, timestamp: number): Uint8Array;
/** Co-signs `head` with the witness's key at `timestamp`. */
export declare function cosignTreeHead(witness: LogSigner, head: SignedTreeHead, timestamp: number): Promise<Cosignature>;
/** Whether `cosignature` is a valid co-signature of `head` by one of `witnessKeys`. */
export declare function verifyCosignature(cosignature: Cosignature, head: SignedTreeHead, witnessKeys: LogPublicKey | readonly LogPublicKey[]): Promise<boolean>;
/** Validates a witness state file's content. */
export declare function safeParseWitnessState(value: unknown): Result<WitnessState, SchemaIssue>;
/**
 * The tree head in a file an auditor trusts: a bare signed tree head, or the `head` of a witness state or of any
 * object carrying one (a co-signed head). `null` when there is none.
 */
export declare function trustedHeadOf(value: unknown): unknown;
