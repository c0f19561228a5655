/** The default purpose catalog: granular by kind of personalization, with W3C DPV ids and English texts
 * (German, French and Spanish in `@candor/core/consent/locales`). */
import type { Purpose } from "./types.ts";
/** Purpose id of what the shop needs to work at all (cart, checkout, the consent record itself); never asked. */
export declare const ESSENTIAL = "essential";
/** Purpose id of the explicit consent for special-category data (GDPR Art. 9(2)(a), CPRA §7027). */
export declare const SENSITIVE = "sensitive";
/**
 * Candor's default purposes. Shops may replace or extend them through `createConsentManager({ purposes })`.
 * Categories use DPV personal-data ids (`pd:`) where DPV has one and `candor:` otherwise.
 */
export declare const defaultPurposes: readonly [{
    readonly id: "essential";
    readonly dpv: "dpv:ServiceProvision";
    readonly basis: "contract";
    readonly dataCategories: readonly ["candor:Cart", "candor:ConsentRecord"];
    readonly title: "Essential";
    readonly description: "Keeps your cart, checkout and privacy choices working. Always on.";
}, {
    readonly id: "personalization.browsing";
    readonly dpv: "dpv:ProvideProductRecommendations";
    readonly basis: "consent";
    readonly dataCategories: readonly ["pd:BrowsingBehavior", "pd:SearchHistory"];
    readonly title: "Recommendations from what you view";
    readonly description: "Uses the products and pages you view and your searches here to suggest products.";
}, {
    readonly id: "personalization.purchases";
    readonly dpv: "dpv:ProvideProductRecommendations";
    readonly basis: "consent";
    readonly dataCategories: readonly ["pd:Purchase", "pd:Rating"];
    readonly title: "Recommendations from your purchases";
    readonly description: "Uses what you bought and rated here to suggest products.";
}, {
    readonly id: "personalization.similar-shoppers";
    readonly dpv: "dpv:ProvideProductRecommendations";
    readonly basis: "consent";
    readonly dataCategories: readonly ["pd:BrowsingBehavior", "pd:Purchase"];
    readonly title: "Learn from similar shoppers";
    readonly description: "Your activity, aggregated with at least four other shoppers, helps others, and theirs helps you.";
}, {
    readonly id: "personalization.context";
    readonly dpv: "dpv:ProvideProductRecommendations";
    readonly basis: "consent";
    readonly dataCategories: readonly ["pd:DeviceBased", "pd:Location", "candor:TimeOfDay"];
    readonly title: "Recommendations from your context";
    readonly description: "Uses your device type, time of day and coarse location (country or region).";
}, {
    readonly id: "marketing.email";
    readonly dpv: "dpv:DirectMarketing";
    readonly basis: "consent";
    readonly dataCategories: readonly ["pd:EmailAddress", "pd:Purchase"];
    readonly directMarketing: true;
    readonly title: "Marketing e-mails";
    readonly description: "Sends you offers by e-mail, chosen from your purchases.";
}, {
    readonly id: "advertising.cross-context";
    readonly dpv: "dpv:PersonalisedAdvertising";
    readonly basis: "consent";
    readonly dataCategories: readonly ["pd:BrowsingBehavior", "pd:Purchase", "pd:DeviceBased"];
    readonly saleOrSharing: true;
    readonly directMarketing: true;
    readonly title: "Ads on other sites (sale or sharing)";
    readonly description: "Shares your activity with advertising partners to show you ads elsewhere.";
}, {
    readonly id: "analytics";
    readonly dpv: "dpv:ServiceUsageAnalytics";
    readonly basis: "consent";
    readonly dataCategories: readonly ["pd:BrowsingBehavior", "pd:DeviceBased"];
    readonly title: "Analytics";
    readonly description: "Counts how the shop and its recommendations are used, to measure and improve them.";
}, {
    readonly id: "sensitive";
    readonly dpv: "dpv:ProvideProductRecommendations";
    readonly basis: "explicit-consent";
    readonly dataCategories: readonly ["pd:Health", "pd:Religion", "pd:Sexuality", "pd:PoliticalOpinion", "pd:EthnicOrigin", "pd:Biometric"];
    readonly special: true;
    readonly title: "Sensitive products (explicit consent)";
    readonly description: "Lets views of sensitive products, such as pharmacy items, shape your recommendations.";
}];
/** Whether a purpose is ever asked for: only consent-based ones are (GDPR Art. 6(1)(a), 9(2)(a)). */
export declare function needsConsent(purpose: Purpose): boolean;
/** Picks the text for a locale (`"de-AT"` falls back to `"de"`, then to `"en"`, then to the first text). */
export declare function localize(text: Purpose["title"], locale?: string): string;
