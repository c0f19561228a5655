import type { ConsentReceipt } from "../consent/receipt.ts";
import { type Sha256 } from "./sha256.ts";
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
    readonly files: Readonly<Record<string, {
        readonly sha256: string;
        readonly bytes: number;
    }>>;
    /** The steps of a check without Candor code; the first is the one openssl command for the head's signature. */
    readonly howToVerify: readonly string[];
}
/** The export: its manifest and its files by name, text or bytes (`manifest.json` included). */
export interface ExportBundle {
    readonly manifest: ExportManifest;
    readonly files: Readonly<Record<string, string | Uint8Array>>;
}
/** File names of an export bundle. */
export declare const EXPORT_FILES: {
    readonly committed: "committed.jsonl";
    readonly proofs: "proofs.jsonl";
    readonly entries: "entries.jsonl";
    readonly csv: "entries.csv";
    readonly consentCsv: "consent.csv";
    readonly head: "tree-head.json";
    readonly headInput: "tree-head.tbs";
    readonly headSignature: "tree-head.sig.der";
    readonly publicKeyPem: "public-key.pem";
    readonly publicKeyDer: "public-key.der";
    readonly publicKeyJwk: "public-key.jwk.json";
    readonly receipts: "receipts.json";
    readonly manifest: "manifest.json";
};
/** SHA-256 (hex) of the canonical JSON Schema of a stored log record. */
export declare function entrySchemaHash(): string;
/** The steps of checking a bundle with openssl and a few lines of any language (docs/auditing.md has a script). */
export declare function howToVerify(head: SignedTreeHead): string[];
/** The fixed files of a bundle about `head`: the head, its signed bytes, its DER signature and the public key. */
export declare function headFiles(head: SignedTreeHead, publicKey: JsonWebKey, publicKeySpki?: Uint8Array): Record<string, string | Uint8Array>;
/** One line of `proofs.jsonl`. */
export declare function proofLine(proof: InclusionProof): string;
/**
 * Packs entries with their proofs in memory (for small logs; `candor audit export` streams the same files). Throws
 * {@link LogIntegrityError} when an entry has no proof, or its proof does not lead from its leaf to the tree head's
 * root: an export never vouches for an unproven entry.
 */
export declare function exportManifest(input: ExportInput): ExportBundle;
/** The manifest of a bundle whose files were written and hashed elsewhere. */
export declare function manifestOf(input: {
    readonly createdAt: number;
    readonly treeHead: SignedTreeHead;
    readonly publicKey: JsonWebKey;
    readonly entries: number;
    readonly files: Readonly<Record<string, {
        readonly sha256: string;
        readonly bytes: number;
    }>>;
}): ExportManifest;
