/**
 * `@candor/core/consent`: granular GDPR/ePrivacy/CPRA consent with hash-chained records, GPC and storage adapters
 * (Kantara receipts are in `@candor/core/consent/receipts`). Its `createConsentManager` is the page's manager: it
 * denies by default at once and loads the full manager (record verification, sealing) with `import()`; the full
 * manager, complete synchronously, and `safeParseConsentRecord` are in `@candor/core/consent/manager`.
 */

export type { ConsentManager, ConsentManagerOptions, ErasureReceipt } from "./consent-manager.ts";
export { ConsentConfigError, ConsentInputError } from "./errors.ts";
export { createConsentManager } from "./first-page-manager.ts";
export { detectGpc, gpcFromHeaders } from "./gpc.ts";
export { type RegimeOptions, resolveRegime } from "./jurisdiction.ts";
export { defaultPurposes, ESSENTIAL, localize, needsConsent, SENSITIVE } from "./purposes.ts";
export { type CookieStorageOptions, cookieStorage, localStorageAdapter, memoryStorage } from "./storage.ts";
export type * from "./types.ts";
