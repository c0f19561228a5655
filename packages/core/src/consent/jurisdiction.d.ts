/** Jurisdictions: from a region code to the consent regime in force (GDPR, CPRA, elsewhere, unknown). */
import type { Regime } from "./types.ts";
/** Six months, the default lifetime of a choice under GDPR (CNIL délibération 2020-091). */
export declare const SIX_MONTHS_MS: number;
/** Thirteen months, the longest lifetime a GDPR-regime choice may be given (CNIL délibération 2020-091). */
export declare const THIRTEEN_MONTHS_MS: number;
/** Twelve months, how long a CPRA opt-out stands before the shopper may be asked again (Cal. Code Regs. tit. 11 §7026(k)). */
export declare const TWELVE_MONTHS_MS: number;
/** Options for {@link resolveRegime}. */
export interface RegimeOptions {
    /** Lifetime of a choice under opt-in regimes; default six months, at most thirteen. */
    readonly lifetimeMs?: number;
    /** Regions outside the EU/EEA/UK/CH and California that the shop runs as opt-out (default: none, privacy-first). */
    readonly optOutRegions?: readonly string[];
}
/**
 * The regime for a region code such as `"DE"`, `"US-CA"` or `"US-TX"`.
 * EU/EEA/UK/CH → `gdpr` (opt-in); `US-CA` → `cpra` (opt-out, special data opt-in); any other known-looking code →
 * `opt-in` unless the shop lists it in `optOutRegions`; a missing or malformed code → `strictest` (opt-in).
 */
export declare function resolveRegime(region: string | null | undefined, options?: RegimeOptions): Regime;
