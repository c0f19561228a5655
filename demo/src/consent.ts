/** The demo's consent manager: region, GPC, minor and persona come from the demo controls (and the URL). */
import { createConsentManager, detectGpc, localStorageAdapter } from "@candor/core/consent";
import { localizedPurposes } from "@candor/core/consent/locales";

/** What the consent manager of one demo visit depends on. */
export interface DemoConsentOptions {
  /** Region code, e.g. `"DE"`, `"US-CA"`. */
  readonly region: string;
  /** Simulated Global Privacy Control (`?gpc=1`), or the browser's own signal. */
  readonly gpc: boolean;
  /** Known minor (DSA Art. 28, Civ. Code §1798.120(c)). */
  readonly minor: boolean;
  /** The persona being shopped as, or `null` for the visitor; each has its own record and subject. */
  readonly persona: string | null;
}

/** Storage key of the consent record of the visitor or of a persona. */
export function consentKey(persona: string | null): string {
  return persona === null ? "candor.consent" : `candor.consent.${persona}`;
}

/** Creates the demo shop's consent manager, storing the record in `localStorage`. */
export function createDemoConsent(options: DemoConsentOptions) {
  return createConsentManager({
    region: options.region,
    gpc: options.gpc || detectGpc(),
    minor: options.minor,
    ...(options.persona === null ? {} : { subject: options.persona }),
    purposes: localizedPurposes,
    notice: { id: "candor-demo-shop", version: "2026-11" },
    controller: { name: "Candor Demo Shop", email: "privacy@demo.invalid" },
    storage: localStorageAdapter(),
    storageKey: consentKey(options.persona),
    onError: (issue) => console.warn(`[candor] ${issue.code}: ${issue.message}`),
  });
}

/** The UI language with the shopper's country, so dates and numbers follow the shop's region (`en` in DE → `en-DE`). */
export function regionalLocale(locale: string, region: string | null): string {
  const country = region?.slice(0, 2).toUpperCase() ?? "";
  if (!/^[A-Z]{2}$/.test(country) || locale.includes("-")) return locale;
  try {
    return Intl.getCanonicalLocales(`${locale}-${country}`)[0] ?? locale;
  } catch {
    return locale;
  }
}
