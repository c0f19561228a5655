/** How the interop adapters (Consent Mode, GPP, TCF, gating) read Candor's purposes: by their flags and DPV ids. */
import { needsConsent } from "../consent/purposes.ts";
import type { ConsentState, Purpose, PurposeId } from "../consent/types.ts";

const ADVERTISING_DPV = new Set(["dpv:Advertising", "dpv:PersonalisedAdvertising"]);
const ANALYTICS_DPV = new Set(["dpv:ServiceUsageAnalytics"]);
const PERSONALIZATION_DPV = new Set(["dpv:ProvideProductRecommendations", "dpv:ServicePersonalisation"]);

/** Advertising: counts as sale/sharing (CPRA §1798.140(ad)) or carries a DPV advertising purpose. */
export function isAdvertising(purpose: Purpose): boolean {
  return (
    needsConsent(purpose) &&
    !purpose.special &&
    (purpose.saleOrSharing === true || ADVERTISING_DPV.has(purpose.dpv))
  );
}

/** Personalised advertising: advertising that also profiles for direct marketing (GDPR Art. 21(2)) or is sold/shared. */
export function isPersonalisedAdvertising(purpose: Purpose): boolean {
  return (
    isAdvertising(purpose) &&
    (purpose.saleOrSharing === true ||
      purpose.directMarketing === true ||
      purpose.dpv === "dpv:PersonalisedAdvertising")
  );
}

/** Analytics: a consent purpose with `dpv:ServiceUsageAnalytics`. */
export function isAnalytics(purpose: Purpose): boolean {
  return needsConsent(purpose) && !purpose.special && ANALYTICS_DPV.has(purpose.dpv);
}

/** Personalization of the shop itself (recommendations, personalised service); never special-category purposes. */
export function isPersonalization(purpose: Purpose): boolean {
  return needsConsent(purpose) && !purpose.special && PERSONALIZATION_DPV.has(purpose.dpv);
}

/** Whether a Global Privacy Control signal holds a purpose back from third parties (CPRA §7025, GDPR Art. 21(5)). */
export function gpcHolds(purpose: Purpose): boolean {
  return purpose.saleOrSharing === true || purpose.directMarketing === true || isAdvertising(purpose);
}

/**
 * The consent purposes in effect for third-party signals: granted in a standing (decided, unexpired) choice, and,
 * while the browser sends GPC, none that sells, shares, advertises or profiles for direct marketing — "Accept all"
 * never overrides the signal for them; only the shopper's separate act on that purpose does
 * (`confirmGpcOverride`, CPRA regs §7025(c)(3)).
 */
export function purposesInEffect(state: ConsentState, purposes: readonly Purpose[]): Set<PurposeId> {
  const out = new Set<PurposeId>();
  if (state.status !== "decided") return out;
  for (const purpose of purposes) {
    if (!needsConsent(purpose) || state.granted[purpose.id] !== true) continue;
    if (state.gpc.detected && gpcHolds(purpose) && !state.gpc.overridden?.includes(purpose.id)) continue;
    out.add(purpose.id);
  }
  return out;
}

/** The first id in `ids` that is not a purpose of `purposes`, for configuration errors. */
export function unknownPurpose(
  ids: readonly PurposeId[],
  purposes: readonly Purpose[],
): PurposeId | undefined {
  const known = new Set(purposes.map((p) => p.id));
  return ids.find((id) => !known.has(id));
}
