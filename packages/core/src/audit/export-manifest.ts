/**
 * Evidence exports (`candor audit export LOG --out DIR`; DSA Art. 40, GDPR Art. 5(2)) that a third party checks
 * with no Candor code: every committed entry exactly as its leaf hashes it (`committed.jsonl`), an RFC 9162
 * inclusion proof of each at the latest signed tree head (`proofs.jsonl`), the head with its RFC 6962 §3.5 signed
 * bytes and a DER signature that `openssl dgst -verify` reads, the public key as PEM and DER, readable copies
 * (JSON lines and CSV), consent receipts, and a manifest with the SHA-256 of every file and how to check it all.
 */

import * as z from "zod/mini";
import type { ConsentReceipt } from "../consent/receipts.ts";
import { LogIntegrityError } from "../internal/candor-error.ts";
import { canonicalJson } from "../internal/canonical-json.ts";
import { fromHex, toHex, utf8 } from "./bytes.ts";
import { signatureDer, toPem } from "./der.ts";
import { consentEntriesToCsv, entriesToCsv, entriesToJsonl } from "./format-entries.ts";
import { logRecordSchema } from "./log-entry.ts";
import { verifyInclusion } from "./merkle.ts";
import { type Sha256, sha256 } from "./sha256.ts";
import { entryText } from "./split-entry.ts";
import { treeHeadSignatureInput } from "./tree-head.ts";
import type { InclusionProof, OpenedLogEntry, SignedTreeHead } from "./types.ts";

/** What {@link exportManifest} packs. */
export interface ExportInput {
  /** Entries `0 … treeHead.treeSize − 1` (or a subset), of any kind. */
  readonly entries: readonly OpenedLogEntry[];
  /** The signed head the proofs lead to: the newest one the log holds (an export never signs one). */
  readonly treeHead: SignedTreeHead;
  /** One inclusion proof per entry, in the tree of `treeHead.treeSize` (`log.proveInclusion(index, size)`). */
  readonly proofs: readonly InclusionProof[];
  /** The public key of the head's signer, as a JWK. */
  readonly publicKey: JsonWebKey;
  /** Its SubjectPublicKeyInfo (DER, `spkiOf(key)`): shipped as PEM and DER for openssl; default none. */
  readonly publicKeySpki?: Uint8Array;
  /** Consent receipts to include; default none. */
  readonly receipts?: readonly ConsentReceipt[];
  /** Epoch ms. */
  readonly createdAt: number;
  readonly hash?: Sha256;
}

/** The manifest of an export. */
export interface ExportManifest {
  readonly schema: "candor.audit-export/2";
  readonly createdAt: number;
  readonly treeHead: SignedTreeHead;
  readonly publicKey: JsonWebKey;
  /** SHA-256 of the canonical JSON Schema of a stored record: which entry format the files use. */
  readonly entrySchemaHash: string;
  readonly entries: number;
  readonly files: Readonly<Record<string, { readonly sha256: string; readonly bytes: number }>>;
  /** The steps of a check without Candor code; the first is the one openssl command for the head's signature. */
  readonly howToVerify: readonly string[];
}

/** The export: its manifest and its files by name, text or bytes (`manifest.json` included). */
export interface ExportBundle {
  readonly manifest: ExportManifest;
  readonly files: Readonly<Record<string, string | Uint8Array>>;
}

/** File names of an export bundle. */
export const EXPORT_FILES = {
  committed: "committed.jsonl",
  proofs: "proofs.jsonl",
  entries: "entries.jsonl",
  csv: "entries.csv",
  consentCsv: "consent.csv",
  head: "tree-head.json",
  headInput: "tree-head.tbs",
  headSignature: "tree-head.sig.der",
  publicKeyPem: "public-key.pem",
  publicKeyDer: "public-key.der",
  publicKeyJwk: "public-key.jwk.json",
  receipts: "receipts.json",
  manifest: "manifest.json",
} as const;

let schemaHash: string | null = null;

/** SHA-256 (hex) of the canonical JSON Schema of a stored log record. */
export function entrySchemaHash(): string {
  schemaHash ??= toHex(sha256(utf8(canonicalJson(z.toJSONSchema(logRecordSchema)))));
  return schemaHash;
}

/** The steps of checking a bundle with openssl and a few lines of any language (docs/auditing.md has a script). */
export function howToVerify(head: SignedTreeHead): string[] {
  return [
    `openssl dgst -sha256 -verify ${EXPORT_FILES.publicKeyPem} -signature ${EXPORT_FILES.headSignature} ${EXPORT_FILES.headInput}   # prints "Verified OK": the shop's key signed the tree head of size ${head.treeSize}`,
    `${EXPORT_FILES.headInput} is the RFC 6962 §3.5 TreeHeadSignature: bytes 00 01, uint64 timestamp (${head.timestamp}), uint64 tree_size (${head.treeSize}), the 32-byte root ${head.rootHash}; rebuild it from ${EXPORT_FILES.head} rather than trusting it`,
    `the key id ${head.keyId} is the SHA-256 of ${EXPORT_FILES.publicKeyDer}; compare it with the key the shop published`,
    `line n of ${EXPORT_FILES.committed} is entry n as committed: its leaf is SHA-256(0x00 ‖ the line's bytes), which must equal line n of ${EXPORT_FILES.proofs}`,
    `each proof's path leads from its leaf to the root by RFC 9162 §2.1.3.2 (inclusion in the tree of tree_size entries)`,
    `${EXPORT_FILES.entries} and the CSV files are readable copies: each entry must equal the JSON of its ${EXPORT_FILES.committed} line; every file's SHA-256 is listed here`,
    "python3 docs/verify-export.py DIR [--public-key shop.pem] runs every step (Python standard library and openssl only)",
  ];
}

/** The fixed files of a bundle about `head`: the head, its signed bytes, its DER signature and the public key. */
export function headFiles(
  head: SignedTreeHead,
  publicKey: JsonWebKey,
  publicKeySpki?: Uint8Array,
): Record<string, string | Uint8Array> {
  return {
    [EXPORT_FILES.head]: `${JSON.stringify(head, null, 2)}\n`,
    [EXPORT_FILES.headInput]: treeHeadSignatureInput(head),
    [EXPORT_FILES.headSignature]: signatureDer(head.signature),
    [EXPORT_FILES.publicKeyJwk]: `${JSON.stringify(publicKey, null, 2)}\n`,
    ...(publicKeySpki
      ? {
          [EXPORT_FILES.publicKeyPem]: toPem(publicKeySpki, "PUBLIC KEY"),
          [EXPORT_FILES.publicKeyDer]: publicKeySpki,
        }
      : {}),
  };
}

/** One line of `proofs.jsonl`. */
export function proofLine(proof: InclusionProof): string {
  return `${JSON.stringify({ index: proof.index, leaf: proof.leafHash, path: proof.path })}\n`;
}

/**
 * Packs entries with their proofs in memory (for small logs; `candor audit export` streams the same files). Throws
 * {@link LogIntegrityError} when an entry has no proof, or its proof does not lead from its leaf to the tree head's
 * root: an export never vouches for an unproven entry.
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
  const files: Record<string, string | Uint8Array> = {
    [EXPORT_FILES.committed]: sorted.map((e) => `${entryText(e.entry)}\n`).join(""),
    [EXPORT_FILES.proofs]: sorted.map((e) => proofLine(proofs.get(e.index) as InclusionProof)).join(""),
    [EXPORT_FILES.entries]: entriesToJsonl(sorted),
    [EXPORT_FILES.csv]: entriesToCsv(sorted),
    ...headFiles(input.treeHead, input.publicKey, input.publicKeySpki),
  };
  if (sorted.some((e) => e.entry.kind === "consent"))
    files[EXPORT_FILES.consentCsv] = consentEntriesToCsv(sorted);
  if (input.receipts && input.receipts.length > 0)
    files[EXPORT_FILES.receipts] = `${JSON.stringify(input.receipts, null, 2)}\n`;
  const manifest = manifestOf({
    createdAt: input.createdAt,
    treeHead: input.treeHead,
    publicKey: input.publicKey,
    entries: sorted.length,
    files: Object.fromEntries(
      Object.entries(files).map(([name, content]) => {
        const bytes = typeof content === "string" ? utf8(content) : content;
        return [name, { sha256: toHex(hash(bytes)), bytes: bytes.length }];
      }),
    ),
  });
  return { manifest, files: { ...files, [EXPORT_FILES.manifest]: `${JSON.stringify(manifest, null, 2)}\n` } };
}

/** The manifest of a bundle whose files were written and hashed elsewhere. */
export function manifestOf(input: {
  readonly createdAt: number;
  readonly treeHead: SignedTreeHead;
  readonly publicKey: JsonWebKey;
  readonly entries: number;
  readonly files: Readonly<Record<string, { readonly sha256: string; readonly bytes: number }>>;
}): ExportManifest {
  return {
    schema: "candor.audit-export/2",
    createdAt: input.createdAt,
    treeHead: input.treeHead,
    publicKey: input.publicKey,
    entrySchemaHash: entrySchemaHash(),
    entries: input.entries,
    files: input.files,
    howToVerify: howToVerify(input.treeHead),
  };
}
