import { type Check } from "./validate.ts";
/** Options of `createConsentManager`, checked once at creation (STYLE.md rule 9). */
export declare const optionsCheck: Check;
/** `via` as a caller may pass it: `gpc` and `system` are the manager's own. */
export declare const viaCheck: Check;
/** A choice map: purpose id → boolean. */
export declare const choicesCheck: Check;
/** A consent record as read back from storage; anything else counts as no consent. */
export declare const recordCheck: Check;
