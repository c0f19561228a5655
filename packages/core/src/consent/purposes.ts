/** The default purpose catalog: granular by kind of personalization, with W3C DPV ids and English texts
 * (German, French and Spanish in `@candor/core/consent/locales`). */
import type { Purpose, Regime } from "./types.ts";

/** Purpose id of what the shop needs to work at all (cart, checkout, the consent record itself); never asked. */
export const ESSENTIAL = "essential";
/** Purpose id of the explicit consent for special-category data (GDPR Art. 9(2)(a), CPRA §7027). */
export const SENSITIVE = "sensitive";

/**
 * Candor's default purposes. Shops may replace or extend them through `createConsentManager({ purposes })`.
 * Categories use DPV personal-data ids (`pd:`) where DPV has one and `candor:` otherwise.
 */
export const defaultPurposes = [
  {
    id: ESSENTIAL,
    dpv: "dpv:ServiceProvision",
    basis: "contract",
    dataCategories: ["candor:Cart", "candor:ConsentRecord"],
    title: "Essential",
    description: "Keeps your cart, checkout and privacy choices working. Always on.",
  },
  {
    id: "personalization.browsing",
    dpv: "dpv:ProvideProductRecommendations",
    basis: "consent",
    dataCategories: ["pd:BrowsingBehavior", "pd:SearchHistory"],
    title: "Recommendations from what you view",
    description: "Uses the products and pages you view and your searches here to suggest products.",
  },
  {
    id: "personalization.purchases",
    dpv: "dpv:ProvideProductRecommendations",
    basis: "consent",
    dataCategories: ["pd:Purchase", "pd:Rating"],
    title: "Recommendations from your purchases",
    description: "Uses what you bought and rated here to suggest products.",
  },
  {
    id: "personalization.similar-shoppers",
    dpv: "dpv:ProvideProductRecommendations",
    basis: "consent",
    dataCategories: ["pd:BrowsingBehavior", "pd:Purchase"],
    title: "Learn from similar shoppers",
    description:
      "Your activity, aggregated with at least four other shoppers, helps others, and theirs helps you.",
  },
  {
    id: "personalization.context",
    dpv: "dpv:ProvideProductRecommendations",
    basis: "consent",
    dataCategories: ["pd:DeviceBased", "pd:Location", "candor:TimeOfDay"],
    title: "Recommendations from your context",
    description: "Uses your device type, time of day and coarse location (country or region).",
  },
  {
    id: "marketing.email",
    dpv: "dpv:DirectMarketing",
    basis: "consent",
    dataCategories: ["pd:EmailAddress", "pd:Purchase"],
    directMarketing: true,
    title: "Marketing e-mails",
    description: "Sends you offers by e-mail, chosen from your purchases.",
  },
  {
    id: "advertising.cross-context",
    dpv: "dpv:PersonalisedAdvertising",
    basis: "consent",
    dataCategories: ["pd:BrowsingBehavior", "pd:Purchase", "pd:DeviceBased"],
    saleOrSharing: true,
    directMarketing: true,
    title: "Ads on other sites (sale or sharing)",
    description: "Shares your activity with advertising partners to show you ads elsewhere.",
  },
  {
    id: "analytics",
    dpv: "dpv:ServiceUsageAnalytics",
    basis: "consent",
    dataCategories: ["pd:BrowsingBehavior", "pd:DeviceBased"],
    title: "Analytics",
    description: "Counts how the shop and its recommendations are used, to measure and improve them.",
  },
  {
    id: SENSITIVE,
    dpv: "dpv:ProvideProductRecommendations",
    basis: "explicit-consent",
    dataCategories: [
      "pd:Health",
      "pd:Religion",
      "pd:Sexuality",
      "pd:PoliticalOpinion",
      "pd:EthnicOrigin",
      "pd:Biometric",
    ],
    special: true,
    title: "Sensitive products (explicit consent)",
    description: "Lets views of sensitive products, such as pharmacy items, shape your recommendations.",
  },
] as const satisfies readonly Purpose[];

/** Whether a purpose is ever asked for: only consent-based ones are (GDPR Art. 6(1)(a), 9(2)(a)). */
export function needsConsent(purpose: Purpose): boolean {
  return purpose.basis === "consent" || purpose.basis === "explicit-consent";
}

/** Picks the text for a locale (`"de-AT"` falls back to `"de"`, then to `"en"`, then to the first text). */
export function localize(text: Purpose["title"], locale = "en"): string {
  if (typeof text === "string") return text;
  const language = locale.split("-")[0] ?? locale;
  return text[locale] ?? text[language] ?? text.en ?? Object.values(text)[0] ?? "";
}

/** The purposes a GPC signal opts out of: sale/sharing under CPRA-style opt-out, direct-marketing profiling elsewhere (GDPR Art. 21(5)). */
export function gpcTargets(context: {
  readonly purposes: readonly Purpose[];
  readonly regime: Pick<Regime, "model">;
}): Purpose[] {
  const optOut = context.regime.model === "opt-out";
  return context.purposes.filter(
    (p) => needsConsent(p) && (optOut ? p.saleOrSharing === true : p.directMarketing === true),
  );
}

/**
 * Whether a purpose is off whatever was chosen: profiling-based advertising and sale/sharing for a known minor
 * outside California (DSA Art. 28(2)); in California a minor may opt in (Civ. Code §1798.120(c)).
 */
export function isLocked(
  purpose: Purpose,
  context: { readonly minor: boolean; readonly regime: Pick<Regime, "id"> },
): boolean {
  return context.minor && purpose.saleOrSharing === true && context.regime.id !== "cpra";
}
