/**
 * `@candor/core/consent`: granular GDPR/ePrivacy/CPRA consent with hash-chained records, GPC and storage adapters
 * (Kantara receipts are in `@candor/core/consent/receipts`).
 */

export {
  type ConsentManager,
  type ConsentManagerOptions,
  createConsentManager,
  type ErasureReceipt,
} from "./consent-manager.ts";
export { isLocked } from "./consent-record.ts";
export { ConsentConfigError, ConsentInputError } from "./errors.ts";
export { detectGpc, gpcFromHeaders } from "./gpc.ts";
export { type RegimeOptions, resolveRegime } from "./jurisdiction.ts";
export { type ParseRecordOptions, safeParseConsentRecord } from "./parse-record.ts";
export { defaultPurposes, ESSENTIAL, localize, needsConsent, SENSITIVE } from "./purposes.ts";
export { type CookieStorageOptions, cookieStorage, localStorageAdapter, memoryStorage } from "./storage.ts";
export type * from "./types.ts";
