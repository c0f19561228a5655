/** Banner answers as purpose choices, over Candor's default purpose ids. */
import type { ConsentProfile, PurposeId } from "./types.ts";
/** Every purpose id a consent record of the sample shop can set, in banner order. */
export declare const PURPOSE_IDS: readonly ["personalization.browsing", "personalization.purchases", "personalization.similar-shoppers", "personalization.context", "marketing.email", "advertising.cross-context", "analytics", "sensitive"];
/** Purposes that Global Privacy Control opts out of: sale/sharing (CPRA §7025) and direct marketing (GDPR Art. 21(5)). */
export declare const GPC_PURPOSES: readonly ["advertising.cross-context", "marketing.email"];
/** Options of {@link consentChoices}. */
export interface ConsentChoiceOptions {
    /** The browser sends Global Privacy Control: its purposes are `false` whatever the profile; default `false`. */
    readonly gpc?: boolean;
    /** For the `custom` profile, the purposes turned on; default browsing, purchases and analytics. */
    readonly custom?: readonly PurposeId[];
}
/**
 * The choices, for every purpose, that a banner answer stands for. `accept-all` leaves `sensitive` off: special
 * categories need a separate, explicit consent (GDPR Art. 9(2)(a)).
 */
export declare function consentChoices(profile: ConsentProfile, options?: ConsentChoiceOptions): Record<PurposeId, boolean>;
