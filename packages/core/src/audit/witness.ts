/**
 * Witness co-signatures, as sigsum and transparency-dev witnesses give them: a witness keeps the last tree head it
 * checked, accepts a new one only when the log is consistent with the old one, and signs the new head with its own
 * key. A head co-signed by an independent witness cannot be forked or rewritten later without that witness noticing;
 * an auditor passes the co-signed head to `verify --trusted-head`. The co-signed bytes are a domain string, the log's
 * key id, the witness's time and the RFC 6962 §3.5 TreeHeadSignature bytes of the head.
 */

import * as z from "zod/mini";
import { InputError } from "../internal/candor-error.ts";
import { safe } from "../internal/result.ts";
import { parseWith } from "../internal/zod-issue.ts";
import { fromBase64Url, fromHex, toBase64Url, utf8 } from "./bytes.ts";
import { type LogPublicKey, type LogSigner, verifySignature } from "./log-signer.ts";
import { signedTreeHeadSchema, treeHeadSignatureInput } from "./tree-head.ts";
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

const DOMAIN = utf8("candor-witness-cosignature/1\n");

/** The bytes a witness signs: the domain string, the log key id (32 bytes), uint64 time, the head's TreeHeadSignature. */
export function cosignatureInput(head: SignedTreeHead, timestamp: number): Uint8Array {
  const tbs = treeHeadSignatureInput(head);
  const out = new Uint8Array(DOMAIN.length + 32 + 8 + tbs.length);
  out.set(DOMAIN, 0);
  out.set(fromHex(head.keyId), DOMAIN.length);
  new DataView(out.buffer).setBigUint64(DOMAIN.length + 32, BigInt(timestamp));
  out.set(tbs, DOMAIN.length + 40);
  return out;
}

/** Co-signs `head` with the witness's key at `timestamp`. */
export async function cosignTreeHead(
  witness: LogSigner,
  head: SignedTreeHead,
  timestamp: number,
): Promise<Cosignature> {
  return {
    schema: "candor.witness-cosignature/1",
    witnessKeyId: witness.keyId,
    timestamp,
    signature: toBase64Url(await witness.sign(cosignatureInput(head, timestamp))),
  };
}

/** Whether `cosignature` is a valid co-signature of `head` by one of `witnessKeys`. */
export async function verifyCosignature(
  cosignature: Cosignature,
  head: SignedTreeHead,
  witnessKeys: LogPublicKey | readonly LogPublicKey[],
): Promise<boolean> {
  const keys = Array.isArray(witnessKeys) ? witnessKeys : [witnessKeys as LogPublicKey];
  const key = keys.find((k) => k.keyId === cosignature.witnessKeyId);
  if (!key) return false;
  let signature: Uint8Array;
  try {
    signature = fromBase64Url(cosignature.signature);
  } catch {
    return false;
  }
  return verifySignature(key, cosignatureInput(head, cosignature.timestamp), signature);
}

const hex64 = z.string().check(z.regex(/^[0-9a-f]{64}$/, "must be 64 lowercase hex digits"));
const cosignatureSchema = z.strictObject({
  schema: z.literal("candor.witness-cosignature/1"),
  witnessKeyId: hex64,
  timestamp: z.int().check(z.nonnegative()),
  signature: z.string().check(z.regex(/^[A-Za-z0-9_-]+$/, "must be base64url")),
});
const witnessStateSchema = z.strictObject({
  schema: z.literal("candor.witness-state/1"),
  logKeyId: hex64,
  head: signedTreeHeadSchema,
  cosignature: cosignatureSchema,
});

/** Validates a witness state file's content. */
export const safeParseWitnessState = safe(
  (value: unknown) => parseWith(witnessStateSchema, value, "witness state") as WitnessState,
  InputError,
);

/**
 * The tree head in a file an auditor trusts: a bare signed tree head, or the `head` of a witness state or of any
 * object carrying one (a co-signed head). `null` when there is none.
 */
export function trustedHeadOf(value: unknown): unknown {
  if (value && typeof value === "object" && "head" in value) return (value as { head: unknown }).head;
  return value ?? null;
}
