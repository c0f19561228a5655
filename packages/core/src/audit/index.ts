/** `@candor/core/audit`: the tamper-evident explanation log (RFC 6962 Merkle tree, signed tree heads, proofs), verification, queries, reports, samples and exports. */

export {
  type BodyCipher,
  openBody,
  sealBody,
  webCryptoBodyCipher,
} from "./body-cipher.ts";
export { fromBase64Url, fromHex, toBase64Url, toHex } from "./bytes.ts";
export {
  AuditConfigError,
  InvalidServedItemError,
  LogIntegrityError,
  LogStorageError,
  ProofRangeError,
} from "./errors.ts";
export {
  type AppendedEntry,
  createExplanationLog,
  type ExplanationLog,
  type ExplanationLogOptions,
  type LogErasureReceipt,
} from "./explanation-log.ts";
export {
  type ExportBundle,
  type ExportInput,
  type ExportManifest,
  entrySchemaHash,
  exportManifest,
} from "./export-manifest.ts";
export {
  ENTRY_CSV_COLUMNS,
  type EntryFormat,
  entriesToCsv,
  entriesToJsonl,
  formatEntries,
} from "./format-entries.ts";
export { type IndexedDbLogStorageOptions, indexedDbLogStorage } from "./indexed-db-log-storage.ts";
export {
  logEntrySchema,
  logRecordSchema,
  personalBodySchema,
  type SchemaIssue,
  safeParseLogRecord,
  safeParsePersonalBody,
  safeParseServedItem,
  servedItemSchema,
} from "./log-entry.ts";
export {
  createLogSigner,
  importLogPublicKey,
  importLogSigner,
  type LogPublicKey,
  type LogSigner,
} from "./log-signer.ts";
export { type MemoryLogState, memoryLogStorage } from "./memory-log-storage.ts";
export {
  consistencyProof,
  EMPTY_ROOT,
  inclusionProof,
  leafHash,
  merkleTreeHash,
  nodeHash,
  rootFromInclusionProof,
  type SubtreeHash,
  splitPoint,
  subtreeOf,
  verifyConsistency,
  verifyInclusion,
} from "./merkle.ts";
export { createMerkleTree, type MerkleTree, type MerkleTreeOptions } from "./merkle-tree.ts";
export {
  createPseudonymizer,
  generatePseudonymKey,
  type Pseudonymizer,
  type PseudonymizerOptions,
  type PseudonymKey,
} from "./pseudonymizer.ts";
export { type LogQuery, queryLog } from "./query-log.ts";
export {
  type ReportFormat,
  renderReport,
  renderReportCsv,
  renderReportJson,
  renderReportMarkdown,
} from "./render-report.ts";
export {
  type DiversityRow,
  type ExposureRow,
  type ExposureTable,
  exposureTable,
  hhi,
  type LogReport,
  positionWeight,
  type ReportedDrift,
  type ReportOptions,
  reportLog,
} from "./report-log.ts";
export {
  type LogSample,
  type SampleOptions,
  type SampleRationale,
  type StratumField,
  sampleLog,
} from "./sample-log.ts";
export { consentStateHash, type ServedContext, servedItems } from "./served-items.ts";
export { type Sha256, sha256 } from "./sha256.ts";
export { bodyDigest, contributionsOf, entryLeafHash, splitServedItem } from "./split-entry.ts";
export {
  safeParseTreeHead,
  signedTreeHeadSchema,
  signTreeHead,
  treeHeadSignatureInput,
  verifyTreeHead,
} from "./tree-head.ts";
export type * from "./types.ts";
export { type VerifyLogOptions, type VerifyResult, verifyLog } from "./verify-log.ts";
