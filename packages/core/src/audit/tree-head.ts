/** Signed tree heads: the RFC 6962 §3.5 TreeHeadSignature structure, signed with the log's key and checked with its public key. */

import * as z from "zod/mini";
import { InputError } from "../internal/candor-error.ts";
import { safe } from "../internal/result.ts";
import { parseWith } from "../internal/zod-issue.ts";
import { fromBase64Url, fromHex, toBase64Url } from "./bytes.ts";
import { type LogPublicKey, type LogSigner, verifySignature } from "./log-signer.ts";
import type { SignedTreeHead } from "./types.ts";

/** A signed tree head as stored. */
export const signedTreeHeadSchema = z.strictObject({
  treeSize: z.int().check(z.nonnegative()),
  rootHash: z.string().check(z.regex(/^[0-9a-f]{64}$/, "must be 64 lowercase hex digits")),
  timestamp: z.int().check(z.nonnegative()),
  keyId: z.string().check(z.regex(/^[0-9a-f]{64}$/, "must be 64 lowercase hex digits")),
  signature: z.string().check(z.regex(/^[A-Za-z0-9_-]+$/, "must be base64url")),
});

/** Validates a stored tree head. */
export const safeParseTreeHead = safe(
  (value: unknown): SignedTreeHead => parseWith(signedTreeHeadSchema, value, "tree head"),
  InputError,
);

/**
 * The bytes a tree head signature covers, RFC 6962 §3.5: version v1 (0), signature_type tree_hash (1),
 * uint64 timestamp, uint64 tree_size, the 32-byte root hash (50 bytes, big-endian).
 */
export function treeHeadSignatureInput(
  head: Pick<SignedTreeHead, "treeSize" | "timestamp" | "rootHash">,
): Uint8Array {
  const out = new Uint8Array(50);
  const view = new DataView(out.buffer);
  out[0] = 0;
  out[1] = 1;
  view.setBigUint64(2, BigInt(head.timestamp));
  view.setBigUint64(10, BigInt(head.treeSize));
  out.set(fromHex(head.rootHash), 18);
  return out;
}

/** Signs the tree head of `treeSize` leaves with root `rootHash` (hex) at `timestamp` (RFC 6962 §3.5). */
export async function signTreeHead(
  signer: LogSigner,
  head: { readonly treeSize: number; readonly rootHash: string; readonly timestamp: number },
): Promise<SignedTreeHead> {
  const signature = await signer.sign(treeHeadSignatureInput(head));
  return {
    treeSize: head.treeSize,
    rootHash: head.rootHash,
    timestamp: head.timestamp,
    keyId: signer.keyId,
    signature: toBase64Url(signature),
  };
}

/** Whether `head` carries a valid signature by one of `publicKeys` (matched by key id). */
export async function verifyTreeHead(
  head: SignedTreeHead,
  publicKeys: LogPublicKey | readonly LogPublicKey[],
): Promise<boolean> {
  const keys = Array.isArray(publicKeys) ? publicKeys : [publicKeys as LogPublicKey];
  const key = keys.find((k) => k.keyId === head.keyId);
  if (!key) return false;
  let signature: Uint8Array;
  try {
    signature = fromBase64Url(head.signature);
  } catch {
    return false;
  }
  return verifySignature(key, treeHeadSignatureInput(head), signature);
}
