/**
 * `@candor/core/audit/node`: the auditor's and the shop's tools outside the browser — JSON-lines files and their
 * writer's lock, the streaming verifier with trusted heads, witness co-signatures, evidence exports with DER and
 * PEM for openssl, `node:crypto` — and everything of `@candor/core/audit`, so a Node program imports one entry.
 */

export type { CompactRange } from "./compact-range.ts";
export { fromPem, signatureDer, spkiOf, toPem } from "./der.ts";
export {
  EXPORT_FILES,
  type ExportBundle,
  type ExportInput,
  type ExportManifest,
  exportManifest,
  headFiles,
  howToVerify,
  manifestOf,
  proofLine,
} from "./export-manifest.ts";
export { CONSENT_CSV_COLUMNS, consentCsvRow } from "./format-entries.ts";
export * from "./index.ts";
export { type FileLine, type LinesTail, type ReadLinesOptions, readLines } from "./jsonl-lines.ts";
export {
  type AuditProgress,
  auditJsonlLog,
  type JsonlAuditOptions,
  type JsonlAuditResult,
  type JsonlLogReader,
  readJsonlLog,
  readKeyRing,
} from "./jsonl-log-reader.ts";
export { type JsonlLogStorageOptions, jsonlLogStorage, lineKind, recordLine } from "./jsonl-log-storage.ts";
export { acquireLock, type FileLock } from "./lock-file.ts";
export { nodeBodyCipher, nodeSha256 } from "./node-crypto.ts";
export {
  type ReportFormat,
  renderReport,
  renderReportCsv,
  renderReportJson,
  renderReportMarkdown,
} from "./render-report.ts";
export {
  createStreamSampler,
  type LogSample,
  type SampleOptions,
  type SampleRationale,
  type StratumField,
  type StreamSampler,
  sampleLog,
} from "./sample-log.ts";
export {
  createStreamVerifier,
  type StreamVerdict,
  type StreamVerifier,
  type StreamVerifierOptions,
  type VerifyFailure,
} from "./stream-verifier.ts";
export {
  type Cosignature,
  cosignatureInput,
  cosignTreeHead,
  safeParseWitnessState,
  trustedHeadOf,
  verifyCosignature,
  type WitnessState,
} from "./witness.ts";
