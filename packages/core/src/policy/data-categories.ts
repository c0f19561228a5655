/** Data categories (W3C DPV `pd:` ids where DPV has one, `candor:` otherwise) and which ones an event reveals. */
import type { DataCategoryId, EventContext, InteractionType } from "./types.ts";

/** One data category of the catalog. */
export interface DataCategory {
  readonly id: DataCategoryId;
  /** Special category of personal data (GDPR Art. 9(1), CPRA §1798.140(ae)): needs explicit consent. */
  readonly special: boolean;
  /** Plain-language name. */
  readonly title: string;
}

/** Views, carts and "not interested" dismissals. */
export const BROWSING_BEHAVIOR = "pd:BrowsingBehavior";
/** Search queries. */
export const SEARCH_HISTORY = "pd:SearchHistory";
/** Purchases. */
export const PURCHASE = "pd:Purchase";
/** Ratings. */
export const RATING = "pd:Rating";
/** `context.device`. */
export const DEVICE_BASED = "pd:DeviceBased";
/** `context.hourOfDay`. */
export const TIME_OF_DAY = "candor:TimeOfDay";
/** `context.region` and `context.locale` (coarse: country or region). */
export const LOCATION = "pd:Location";
/** Age or age group. */
export const AGE = "pd:Age";
/** A sensitive tag the policy does not know: special, and allowed by no purpose unless one lists it (deny by default). */
export const UNCLASSIFIED_SPECIAL = "candor:UnclassifiedSpecialCategory";

/** Candor's data categories; purposes may name others, which are then ordinary unless a special purpose lists them. */
export const dataCategories = [
  { id: BROWSING_BEHAVIOR, special: false, title: "Products and pages viewed, carted or dismissed" },
  { id: SEARCH_HISTORY, special: false, title: "Searches" },
  { id: PURCHASE, special: false, title: "Purchases" },
  { id: RATING, special: false, title: "Ratings" },
  { id: DEVICE_BASED, special: false, title: "Device type" },
  { id: TIME_OF_DAY, special: false, title: "Time of day" },
  { id: LOCATION, special: false, title: "Coarse location (country, region, locale)" },
  { id: AGE, special: false, title: "Age" },
  { id: "pd:Health", special: true, title: "Health" },
  { id: "pd:Religion", special: true, title: "Religious or philosophical beliefs" },
  { id: "pd:Sexuality", special: true, title: "Sex life or sexual orientation" },
  { id: "pd:PoliticalOpinion", special: true, title: "Political opinions" },
  { id: "pd:EthnicOrigin", special: true, title: "Racial or ethnic origin" },
  { id: "pd:Biometric", special: true, title: "Biometric data" },
  { id: "pd:Genetic", special: true, title: "Genetic data" },
  { id: "pd:TradeUnionMembership", special: true, title: "Trade union membership" },
  { id: UNCLASSIFIED_SPECIAL, special: true, title: "Other special category" },
] as const satisfies readonly DataCategory[];

/**
 * Default mapping of item sensitive tags to special categories (GDPR Art. 9(1)); it covers the sample shop's
 * tags (`political`, `ethnicity`) and the DPV-style spellings.
 */
export const defaultSensitiveTags: Readonly<Record<string, DataCategoryId>> = {
  health: "pd:Health",
  religion: "pd:Religion",
  philosophy: "pd:Religion",
  sexuality: "pd:Sexuality",
  political: "pd:PoliticalOpinion",
  politics: "pd:PoliticalOpinion",
  ethnicity: "pd:EthnicOrigin",
  "ethnic-origin": "pd:EthnicOrigin",
  biometric: "pd:Biometric",
  genetic: "pd:Genetic",
  "trade-union": "pd:TradeUnionMembership",
};

/** The category an interaction type reveals in itself. */
export const interactionCategory: Readonly<Record<InteractionType, DataCategoryId>> = {
  view: BROWSING_BEHAVIOR,
  add_to_cart: BROWSING_BEHAVIOR,
  dismiss: BROWSING_BEHAVIOR,
  search: SEARCH_HISTORY,
  purchase: PURCHASE,
  rating: RATING,
};

/** The category each context field reveals. */
export const contextCategory: Readonly<Record<keyof EventContext, DataCategoryId>> = {
  device: DEVICE_BASED,
  hourOfDay: TIME_OF_DAY,
  locale: LOCATION,
  region: LOCATION,
};

/** The special categories sensitive tags reveal; an unknown tag maps to {@link UNCLASSIFIED_SPECIAL} (deny by default). */
export function specialCategoriesOf(
  tags: readonly string[],
  mapping: Readonly<Record<string, DataCategoryId>> = defaultSensitiveTags,
): DataCategoryId[] {
  const out: DataCategoryId[] = [];
  for (const tag of tags) {
    const category = Object.hasOwn(mapping, tag) ? (mapping[tag] as DataCategoryId) : UNCLASSIFIED_SPECIAL;
    if (!out.includes(category)) out.push(category);
  }
  return out;
}
