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
export declare function offForMinor(purpose: Purpose, state: PolicyConsent): boolean;
/**
 * The categories `purposeIds` allow under `state`. Only a `decided` state grants anything (deny by default,
 * GDPR Art. 25); special categories need a granted special purpose and no CPRA limit (GDPR Art. 9(2)(a), CPRA §7027).
 */
export declare function grantedCategories(state: PolicyConsent, purposeIds: readonly PurposeId[], policy: Policy): Grants;
/** Whether a value has the shape of a consent state; anything else is treated as no consent. */
export declare function isConsentState(state: unknown): state is PolicyConsent;
