/** `@candor/core/audit`: the tamper-evident explanation log (RFC 6962 Merkle tree, signed tree heads, proofs), consent and notice entries, streaming verification with trusted heads and witnesses, queries, reports, samples and exports. */

export {
  CandorError,
  ConfigError,
  InputError,
  LogIntegrityError,
  StorageError,
} from "../internal/candor-error.ts";
export { csvDocument, csvRow } from "../internal/csv.ts";
export { positionWeight } from "../internal/position-weight.ts";
export type { BodyCipher } from "./body-cipher.ts";
export type { BodyKeyRing, KeySlot } from "./body-key-ring.ts";
export { fromHex, toHex } from "./bytes.ts";
export { consentEventHash } from "./consent-entry.ts";
export { LogLockedError } from "./errors.ts";
export {
  type AppendedEntry,
  createExplanationLog,
  type ExplanationLog,
  type ExplanationLogOptions,
  type LogErasureReceipt,
  type LogFailure,
} from "./explanation-log.ts";
export { ENTRY_CSV_COLUMNS, entryCsvRow, entryToJsonLine } from "./format-entries.ts";
export { type IndexedDbLogStorageOptions, indexedDbLogStorage } from "./indexed-db-log-storage.ts";
export type { SchemaIssue } from "./log-entry.ts";
export {
  createLogSigner,
  importLogPublicKey,
  importLogSigner,
  type LogPublicKey,
  type LogSigner,
} from "./log-signer.ts";
export { type MemoryLogState, memoryLogStorage } from "./memory-log-storage.ts";
export { verifyConsistency, verifyInclusion } from "./merkle.ts";
export { createMerkleTree, type MerkleTree, type MerkleTreeOptions } from "./merkle-tree.ts";
export {
  createPseudonymizer,
  generatePseudonymKey,
  type Pseudonymizer,
  type PseudonymizerOptions,
  type PseudonymKey,
} from "./pseudonymizer.ts";
export { type EntryKind, type LogQuery, matchesQuery, queryLog } from "./query-log.ts";
export {
  type CitationReport,
  type ConsentEventsReport,
  createReportBuilder,
  type DeclaredVsUsed,
  type DiversityRow,
  type ExposureRow,
  type ExposureTable,
  isServedEntry,
  type LogReport,
  type PurposeUse,
  type ReportBuilder,
  type ReportedDrift,
  type ReportOptions,
  type ReportVerification,
  reportLog,
  type WithdrawalReport,
} from "./report-log.ts";
export { type ServedContext, servedItems } from "./served-items.ts";
export { type Sha256, sha256 } from "./sha256.ts";
export { entryText } from "./split-entry.ts";

export { safeParseTreeHead, verifyTreeHead } from "./tree-head.ts";
export type * from "./types.ts";

export { type VerifyLogOptions, type VerifyResult, verifyLog } from "./verify-log.ts";
