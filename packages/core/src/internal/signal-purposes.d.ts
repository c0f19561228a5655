import type { ConsentState, Purpose, PurposeId } from "../consent/types.ts";
/** Advertising: counts as sale/sharing (CPRA §1798.140(ad)) or carries a DPV advertising purpose. */
export declare function isAdvertising(purpose: Purpose): boolean;
/** Personalised advertising: advertising that also profiles for direct marketing (GDPR Art. 21(2)) or is sold/shared. */
export declare function isPersonalisedAdvertising(purpose: Purpose): boolean;
/** Analytics: a consent purpose with `dpv:ServiceUsageAnalytics`. */
export declare function isAnalytics(purpose: Purpose): boolean;
/** Personalization of the shop itself (recommendations, personalised service); never special-category purposes. */
export declare function isPersonalization(purpose: Purpose): boolean;
/** Whether a Global Privacy Control signal holds a purpose back from third parties (CPRA §7025, GDPR Art. 21(5)). */
export declare function gpcHolds(purpose: Purpose): boolean;
/**
 * The consent purposes in effect for third-party signals: granted in a standing (decided, unexpired) choice, and,
 * while the browser sends GPC, none that sells, shares, advertises or profiles for direct marketing — "Accept all"
 * never overrides the signal for them; only the shopper's separate act on that purpose does
 * (`confirmGpcOverride`, CPRA regs §7025(c)(3)).
 */
export declare function purposesInEffect(state: ConsentState, purposes: readonly Purpose[]): Set<PurposeId>;
/** The first id in `ids` that is not a purpose of `purposes`, for configuration errors. */
export declare function unknownPurpose(ids: readonly PurposeId[], purposes: readonly Purpose[]): PurposeId | undefined;
