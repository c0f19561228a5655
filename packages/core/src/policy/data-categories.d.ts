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
export declare const BROWSING_BEHAVIOR = "pd:BrowsingBehavior";
/** Search queries. */
export declare const SEARCH_HISTORY = "pd:SearchHistory";
/** Purchases. */
export declare const PURCHASE = "pd:Purchase";
/** Ratings. */
export declare const RATING = "pd:Rating";
/** `context.device`. */
export declare const DEVICE_BASED = "pd:DeviceBased";
/** `context.hourOfDay`. */
export declare const TIME_OF_DAY = "candor:TimeOfDay";
/** `context.region` and `context.locale` (coarse: country or region). */
export declare const LOCATION = "pd:Location";
/** Age or age group. */
export declare const AGE = "pd:Age";
/** A sensitive tag the policy does not know: special, and allowed by no purpose unless one lists it (deny by default). */
export declare const UNCLASSIFIED_SPECIAL = "candor:UnclassifiedSpecialCategory";
/** Candor's data categories; purposes may name others, which are then ordinary unless a special purpose lists them. */
export declare const dataCategories: readonly [{
    readonly id: "pd:BrowsingBehavior";
    readonly special: false;
    readonly title: "Products and pages viewed, carted or dismissed";
}, {
    readonly id: "pd:SearchHistory";
    readonly special: false;
    readonly title: "Searches";
}, {
    readonly id: "pd:Purchase";
    readonly special: false;
    readonly title: "Purchases";
}, {
    readonly id: "pd:Rating";
    readonly special: false;
    readonly title: "Ratings";
}, {
    readonly id: "pd:DeviceBased";
    readonly special: false;
    readonly title: "Device type";
}, {
    readonly id: "candor:TimeOfDay";
    readonly special: false;
    readonly title: "Time of day";
}, {
    readonly id: "pd:Location";
    readonly special: false;
    readonly title: "Coarse location (country, region, locale)";
}, {
    readonly id: "pd:Age";
    readonly special: false;
    readonly title: "Age";
}, {
    readonly id: "pd:Health";
    readonly special: true;
    readonly title: "Health";
}, {
    readonly id: "pd:Religion";
    readonly special: true;
    readonly title: "Religious or philosophical beliefs";
}, {
    readonly id: "pd:Sexuality";
    readonly special: true;
    readonly title: "Sex life or sexual orientation";
}, {
    readonly id: "pd:PoliticalOpinion";
    readonly special: true;
    readonly title: "Political opinions";
}, {
    readonly id: "pd:EthnicOrigin";
    readonly special: true;
    readonly title: "Racial or ethnic origin";
}, {
    readonly id: "pd:Biometric";
    readonly special: true;
    readonly title: "Biometric data";
}, {
    readonly id: "pd:Genetic";
    readonly special: true;
    readonly title: "Genetic data";
}, {
    readonly id: "pd:TradeUnionMembership";
    readonly special: true;
    readonly title: "Trade union membership";
}, {
    readonly id: "candor:UnclassifiedSpecialCategory";
    readonly special: true;
    readonly title: "Other special category";
}];
/**
 * Default mapping of item sensitive tags to special categories (GDPR Art. 9(1)); it covers the sample shop's
 * tags (`political`, `ethnicity`) and the DPV-style spellings.
 */
export declare const defaultSensitiveTags: Readonly<Record<string, DataCategoryId>>;
/** The category an interaction type reveals in itself. */
export declare const interactionCategory: Readonly<Record<InteractionType, DataCategoryId>>;
/** The category each context field reveals. */
export declare const contextCategory: Readonly<Record<keyof EventContext, DataCategoryId>>;
/** The special categories sensitive tags reveal; an unknown tag maps to {@link UNCLASSIFIED_SPECIAL} (deny by default). */
export declare function specialCategoriesOf(tags: readonly string[], mapping?: Readonly<Record<string, DataCategoryId>>): DataCategoryId[];
