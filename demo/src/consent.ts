/** The demo's consent manager: region and GPC come from the URL (`?region=US-CA&gpc=1`) or the browser. */
import { createConsentManager, detectGpc, localStorageAdapter } from "@candor/core/consent";
import { localizedPurposes } from "@candor/core/consent/locales";

/** Creates the demo shop's consent manager, storing the record in `localStorage`. */
export function createDemoConsent(params: URLSearchParams) {
  return createConsentManager({
    region: params.get("region") ?? "DE",
    gpc: params.get("gpc") === "1" || detectGpc(),
    purposes: localizedPurposes,
    notice: { id: "candor-demo-shop", version: "2026-11" },
    controller: { name: "Candor Demo Shop", email: "privacy@demo.invalid" },
    storage: localStorageAdapter(),
    onError: (issue) => console.warn(`[candor] ${issue.code}: ${issue.message}`),
  });
}
