/** Maps Candor's consent state to Google Consent Mode v2 signals. */
import { defaultPurposes } from "./purposes.ts";
import type { ConsentState, Purpose } from "./types.ts";

/** A Consent Mode v2 value. */
export type ConsentModeValue = "granted" | "denied";

/** The seven Consent Mode v2 signals, ready for `gtag("consent", "update", …)`. */
export interface GoogleConsentMode {
  readonly ad_storage: ConsentModeValue;
  readonly ad_user_data: ConsentModeValue;
  readonly ad_personalization: ConsentModeValue;
  readonly analytics_storage: ConsentModeValue;
  readonly functionality_storage: ConsentModeValue;
  readonly personalization_storage: ConsentModeValue;
  readonly security_storage: ConsentModeValue;
}

/**
 * Advertising signals are granted only when every sale/sharing purpose is granted; analytics follows
 * `dpv:ServiceUsageAnalytics` purposes; personalization follows any granted recommendation purpose that is not
 * special; functionality and security storage are strictly necessary (ePrivacy Art. 5(3)) and always granted.
 */
export function toGoogleConsentMode(
  state: ConsentState,
  purposes: readonly Purpose[] = defaultPurposes,
): GoogleConsentMode {
  const all = (list: readonly Purpose[]): ConsentModeValue =>
    list.length > 0 && list.every((p) => state.granted[p.id] === true) ? "granted" : "denied";
  const any = (list: readonly Purpose[]): ConsentModeValue =>
    list.some((p) => state.granted[p.id] === true) ? "granted" : "denied";
  const ads = all(purposes.filter((p) => p.saleOrSharing));
  return {
    ad_storage: ads,
    ad_user_data: ads,
    ad_personalization: ads,
    analytics_storage: any(purposes.filter((p) => p.dpv === "dpv:ServiceUsageAnalytics")),
    functionality_storage: "granted",
    personalization_storage: any(
      purposes.filter(
        (p) => p.dpv === "dpv:ProvideProductRecommendations" && !p.special && p.basis !== "contract",
      ),
    ),
    security_storage: "granted",
  };
}
