/**
 * `@candor/core/consent/manager`: everything `@candor/core/consent` exports, with the full consent manager, complete
 * synchronously, as `createConsentManager` (for Node, servers, workers and tests: every call takes effect and is
 * sealed at once), and `safeParseConsentRecord` to check a record kept elsewhere. A page uses the entry's manager,
 * which denies by default at once and loads this one with `import()`.
 */

export { createConsentManager } from "./consent-manager.ts";
export * from "./index.ts";
export { type ParseRecordOptions, safeParseConsentRecord } from "./parse-record.ts";
