/** Which categories the granted purposes allow for one consent state: shared by decisions and collection. */
import type { Purpose } from "../consent/types.ts";
import type { DataCategoryId, DenialReason, Policy, PolicyConsent, PurposeId } from "./types.ts";

/** Allowed categories with the purposes that allow each (in the order given), and denials for the rest. */
export interface Grants {
  readonly allowed: Map<DataCategoryId, PurposeId[]>;
  readonly denied: Map<DataCategoryId, DenialReason>;
}

/**
 * Whether a granted purpose is off for this shopper anyway: profiling-based advertising, direct-marketing profiling
 * and sale/sharing for a known minor (DSA Art. 28(2), Civ. Code §1798.120(c)); Candor does not honour a minor's
 * opt-in to them in any regime.
 */
export function offForMinor(purpose: Purpose, state: PolicyConsent): boolean {
  return state.minor === true && (purpose.saleOrSharing === true || purpose.directMarketing === true);
}

/**
 * The categories `purposeIds` allow under `state`. Only a `decided` state grants anything (deny by default,
 * GDPR Art. 25); special categories need a granted special purpose and no CPRA limit (GDPR Art. 9(2)(a), CPRA §7027).
 */
export function grantedCategories(
  state: PolicyConsent,
  purposeIds: readonly PurposeId[],
  policy: Policy,
): Grants {
  const allowed = new Map<DataCategoryId, PurposeId[]>();
  const denied = new Map<DataCategoryId, DenialReason>();
  const decided = state.status === "decided";
  const special = new Set(policy.specialCategories);
  for (const id of purposeIds) {
    const purpose = policy.purposes.find((p) => p.id === id);
    if (!purpose) continue;
    const granted = decided && state.granted[id] === true;
    for (const category of purpose.dataCategories) {
      let reason: DenialReason | null = null;
      if (!decided) reason = "not-decided";
      else if (!granted) reason = "not-granted";
      else if (offForMinor(purpose, state)) reason = "minor";
      else if (special.has(category) && state.limitSensitive === true) reason = "limit-sensitive";
      if (reason === null) {
        const list = allowed.get(category);
        if (list) list.push(id);
        else allowed.set(category, [id]);
        denied.delete(category);
      } else if (!allowed.has(category)) {
        const previous = denied.get(category);
        // The most specific reason wins: a minor or CPRA lock explains more than "not granted".
        if (previous === undefined || previous === "not-granted") denied.set(category, reason);
      }
    }
  }
  return { allowed, denied };
}

/** Whether a value has the shape of a consent state; anything else is treated as no consent. */
export function isConsentState(state: unknown): state is PolicyConsent {
  if (typeof state !== "object" || state === null) return false;
  const s = state as Partial<PolicyConsent>;
  return (
    typeof s.subject === "string" &&
    typeof s.status === "string" &&
    typeof s.granted === "object" &&
    s.granted !== null
  );
}
