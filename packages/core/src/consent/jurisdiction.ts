/** Jurisdictions: from a region code to the consent regime in force (GDPR, CPRA, elsewhere, unknown). */
import type { Regime } from "./types.ts";

const DAY_MS = 86_400_000;
/** Six months, the default lifetime of a choice under GDPR (CNIL délibération 2020-091). */
export const SIX_MONTHS_MS = 183 * DAY_MS;
/** Thirteen months, the longest lifetime a GDPR-regime choice may be given (CNIL délibération 2020-091). */
export const THIRTEEN_MONTHS_MS = 396 * DAY_MS;
/** Twelve months, how long a CPRA opt-out stands before the shopper may be asked again (Cal. Code Regs. tit. 11 §7026(k)). */
export const TWELVE_MONTHS_MS = 365 * DAY_MS;

/** EU member states, the other EEA states, the United Kingdom and Switzerland: GDPR-style opt-in. */
const GDPR_COUNTRIES = new Set(
  (
    "AT BE BG HR CY CZ DK EE FI FR DE GR HU IE IT LV LT LU MT NL PL PT RO SK SI ES SE " +
    "IS LI NO GB UK CH EL"
  ).split(" "),
);

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
export function resolveRegime(region: string | null | undefined, options: RegimeOptions = {}): Regime {
  const optInLifetime = options.lifetimeMs ?? SIX_MONTHS_MS;
  const code = typeof region === "string" ? region.trim().toUpperCase() : "";
  if (!/^[A-Z]{2}(-[A-Z0-9]{1,3})?$/.test(code)) {
    return { id: "strictest", region: null, model: "opt-in", lifetimeMs: optInLifetime };
  }
  const country = code.slice(0, 2);
  if (GDPR_COUNTRIES.has(country)) {
    return { id: "gdpr", region: code, model: "opt-in", lifetimeMs: optInLifetime };
  }
  if (code === "US-CA") {
    return { id: "cpra", region: code, model: "opt-out", lifetimeMs: TWELVE_MONTHS_MS };
  }
  if (options.optOutRegions?.some((r) => r.toUpperCase() === code || r.toUpperCase() === country)) {
    return { id: "opt-out", region: code, model: "opt-out", lifetimeMs: TWELVE_MONTHS_MS };
  }
  return { id: "opt-in", region: code, model: "opt-in", lifetimeMs: optInLifetime };
}
