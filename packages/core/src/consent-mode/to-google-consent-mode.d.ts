import type { ConsentState, Purpose, PurposeId } from "../consent/types.ts";
/** A Consent Mode v2 value. */
export type ConsentModeValue = "granted" | "denied";
/** The names of the Consent Mode v2 signals. */
export declare const CONSENT_MODE_SIGNALS: readonly ["ad_storage", "ad_user_data", "ad_personalization", "analytics_storage", "functionality_storage", "personalization_storage", "security_storage"];
/** One Consent Mode v2 signal name. */
export type ConsentModeSignal = (typeof CONSENT_MODE_SIGNALS)[number];
/** The seven Consent Mode v2 signals, ready for `gtag("consent", "update", …)`. */
export type GoogleConsentMode = {
    readonly [S in ConsentModeSignal]: ConsentModeValue;
};
/**
 * Which Candor purposes grant a signal: the signal is granted when any listed purpose is in effect; an empty list
 * keeps it denied. Signals left out use the default mapping (see {@link defaultConsentModeMapping}).
 */
export type ConsentModeMapping = {
    readonly [S in ConsentModeSignal]?: readonly PurposeId[];
};
/**
 * The default mapping from a purpose catalog: `ad_storage` and `ad_user_data` from advertising purposes (sale/sharing
 * or a DPV advertising id), `ad_personalization` from those that are also sold/shared, profile for direct marketing
 * or are `dpv:PersonalisedAdvertising`; `analytics_storage` from `dpv:ServiceUsageAnalytics`; `personalization_storage`
 * from recommendation purposes that are not special-category. `functionality_storage` and `security_storage` are
 * strictly necessary (ePrivacy Art. 5(3)) and absent here: they are always granted unless mapped.
 */
export declare function defaultConsentModeMapping(purposes: readonly Purpose[]): ConsentModeMapping;
/**
 * The Consent Mode v2 signals for a consent state. Pass the manager's own purposes (`manager.purposes`): a shop's
 * custom advertising purpose is then mapped by its flags and DPV id. Nothing is granted before a standing choice,
 * after "Reject all", or — for advertising — while the browser sends GPC (CPRA §7025, GDPR Art. 21(5)).
 */
export declare function toGoogleConsentMode(state: ConsentState, purposes?: readonly Purpose[], mapping?: ConsentModeMapping): GoogleConsentMode;
