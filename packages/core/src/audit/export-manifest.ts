/**
 * Evidence exports (`candor audit export LOG --out DIR`; DSA Art. 40, GDPR Art. 5(2)): entries as JSON lines and
 * CSV, consent receipts (Kantara CR v1.1), and a manifest with the signed tree head, the public key, an RFC 9162
 * inclusion proof per entry, the SHA-256 of every file and of the entry schema, so a third party can check the
 * export without the log.
 */
import * as z from "zod/mini";
import type { ConsentReceipt } from "../consent/receipt.ts";
import { canonicalJson } from "../internal/canonical-json.ts";
import { fromHex, toHex, utf8 } from "./bytes.ts";
import { LogIntegrityError } from "./errors.ts";
import { entriesToCsv, entriesToJsonl } from "./format-entries.ts";
import { logRecordSchema } from "./log-entry.ts";
import { verifyInclusion } from "./merkle.ts";
import { type Sha256, sha256 } from "./sha256.ts";
import type { InclusionProof, OpenedEntry, SignedTreeHead } from "./types.ts";

/** What {@link exportManifest} packs. */
export interface ExportInput {
  readonly entries: readonly OpenedEntry[];
  /** The signed head the proofs lead to. */
  readonly treeHead: SignedTreeHead;
  /** One inclusion proof per entry, in the tree of `treeHead.treeSize` (`log.proveInclusion(index, size)`). */
  readonly proofs: readonly InclusionProof[];
  /** The public key of the head's signer, as a JWK. */
  readonly publicKey: JsonWebKey;
  /** Consent receipts to include; default none. */
  readonly receipts?: readonly ConsentReceipt[];
  /** Epoch ms. */
  readonly createdAt: number;
  readonly hash?: Sha256;
}

/** The manifest of an export. */
export interface ExportManifest {
  readonly schema: "candor.audit-export/1";
  readonly createdAt: number;
  readonly treeHead: SignedTreeHead;
  readonly publicKey: JsonWebKey;
  /** SHA-256 of the canonical JSON Schema of a stored record: which entry format the files use. */
  readonly entrySchemaHash: string;
  readonly entries: number;
  readonly files: Readonly<Record<string, { readonly sha256: string; readonly bytes: number }>>;
  readonly proofs: readonly {
    readonly index: number;
    readonly leafHash: string;
    readonly path: readonly string[];
  }[];
  readonly howToVerify: string;
}

/** The export: its manifest and its files by name (`manifest.json`, `entries.jsonl`, `entries.csv`, `receipts.json`). */
export interface ExportBundle {
  readonly manifest: ExportManifest;
  readonly files: Readonly<Record<string, string>>;
}

let schemaHash: string | null = null;

/** SHA-256 (hex) of the canonical JSON Schema of a stored log record. */
export function entrySchemaHash(): string {
  schemaHash ??= toHex(sha256(utf8(canonicalJson(z.toJSONSchema(logRecordSchema)))));
  return schemaHash;
}

/**
 * Packs entries with their proofs. Throws {@link LogIntegrityError} when an entry has no proof, or its proof does not
 * lead from its leaf to the tree head's root: an export never vouches for an unproven entry.
 */
export function exportManifest(input: ExportInput): ExportBundle {
  const hash = input.hash ?? sha256;
  const root = fromHex(input.treeHead.rootHash);
  const proofs = new Map(input.proofs.map((p) => [p.index, p]));
  const sorted = [...input.entries].sort((a, b) => a.index - b.index);
  for (const { index, leaf } of sorted) {
    const proof = proofs.get(index);
    if (!proof || proof.treeSize !== input.treeHead.treeSize || proof.leafHash !== leaf)
      throw new LogIntegrityError(
        index,
        `no inclusion proof for entry ${index} in the tree of size ${input.treeHead.treeSize}`,
      );
    if (!verifyInclusion(index, proof.treeSize, fromHex(leaf), proof.path.map(fromHex), root, hash))
      throw new LogIntegrityError(
        index,
        `the inclusion proof of entry ${index} does not lead to the tree head`,
      );
  }
  const files: Record<string, string> = {
    "entries.jsonl": entriesToJsonl(sorted),
    "entries.csv": entriesToCsv(sorted),
  };
  if (input.receipts && input.receipts.length > 0)
    files["receipts.json"] = `${JSON.stringify(input.receipts, null, 2)}\n`;
  const digests = Object.fromEntries(
    Object.entries(files).map(([name, text]) => {
      const bytes = utf8(text);
      return [name, { sha256: toHex(hash(bytes)), bytes: bytes.length }];
    }),
  );
  const manifest: ExportManifest = {
    schema: "candor.audit-export/1",
    createdAt: input.createdAt,
    treeHead: input.treeHead,
    publicKey: input.publicKey,
    entrySchemaHash: entrySchemaHash(),
    entries: sorted.length,
    files: digests,
    proofs: sorted.map(({ index }) => {
      const proof = proofs.get(index) as InclusionProof;
      return { index, leafHash: proof.leafHash, path: proof.path };
    }),
    howToVerify:
      "For each line of entries.jsonl: leaf = SHA-256(0x00 || canonical JSON of `entry`, keys sorted); check it equals " +
      "`leaf`, then run the RFC 9162 §2.1.3.2 inclusion check of its proof to treeHead.rootHash; check treeHead.signature " +
      "(ECDSA P-256/SHA-256, IEEE P1363, base64url) over the RFC 6962 §3.5 TreeHeadSignature of the head with publicKey; " +
      "check each file's SHA-256.",
  };
  return { manifest, files: { ...files, "manifest.json": `${JSON.stringify(manifest, null, 2)}\n` } };
}
