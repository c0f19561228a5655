/** Signed tree heads: the RFC 6962 §3.5 TreeHeadSignature structure, signed with the log's key and checked with its public key. */
import * as z from "zod/mini";
import type { Result } from "../internal/result.ts";
import type { SchemaIssue } from "./log-entry.ts";
import { type LogPublicKey, type LogSigner } from "./log-signer.ts";
import type { SignedTreeHead } from "./types.ts";
/** A signed tree head as stored. */
export declare const signedTreeHeadSchema: z.ZodMiniObject<{
    treeSize: z.ZodMiniInt;
    rootHash: z.ZodMiniString<string>;
    timestamp: z.ZodMiniInt;
    keyId: z.ZodMiniString<string>;
    signature: z.ZodMiniString<string>;
}, z.core.$strict>;
/** Validates a stored tree head. */
export declare function safeParseTreeHead(value: unknown): Result<SignedTreeHead, SchemaIssue>;
/**
 * The bytes a tree head signature covers, RFC 6962 §3.5: version v1 (0), signature_type tree_hash (1),
 * uint64 timestamp, uint64 tree_size, the 32-byte root hash (50 bytes, big-endian).
 */
export declare function treeHeadSignatureInput(head: Pick<SignedTreeHead, "treeSize" | "timestamp" | "rootHash">): Uint8Array;
/** Signs the tree head of `treeSize` leaves with root `rootHash` (hex) at `timestamp` (RFC 6962 §3.5). */
export declare function signTreeHead(signer: LogSigner, head: {
    readonly treeSize: number;
    readonly rootHash: string;
    readonly timestamp: number;
}): Promise<SignedTreeHead>;
/** Whether `head` carries a valid signature by one of `publicKeys` (matched by key id). */
export declare function verifyTreeHead(head: SignedTreeHead, publicKeys: LogPublicKey | readonly LogPublicKey[]): Promise<boolean>;
