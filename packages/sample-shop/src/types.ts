/** Shared types of the sample shop: catalog, sellers, personas, simulated shoppers and their traffic. */
import type { ArtColour, ArtKind } from "./product-art.ts";

/** A special category of personal data a product reveals when viewed or bought (GDPR Art. 9(1)). */
export type SensitiveTag = "health" | "religion" | "sexuality" | "political" | "ethnicity" | "biometric";

/** Where an item sits in its category's price range: lower, middle or upper third (log scale). */
export type PriceBand = "budget" | "mid" | "premium";

/** The device class of a session. */
export type Device = "mobile" | "desktop";

/**
 * A region code: an ISO 3166-1 country (`"DE"`), a US state (`"US-CA"`), or a market (`"EU"`, `"US"`) in
 * shipping lists.
 */
export type Region = string;

/** A purpose id of Candor's default purpose catalog, as used in consent records. */
export type PurposeId =
  | "personalization.browsing"
  | "personalization.purchases"
  | "personalization.similar-shoppers"
  | "personalization.context"
  | "marketing.email"
  | "advertising.cross-context"
  | "analytics"
  | "sensitive";

/** A node of the category tree: a top-level category (`"outdoor"`) or a leaf (`"outdoor/camping"`). */
export interface Category {
  /** Kebab-case id; leaves are `top/leaf`, e.g. `"outdoor/camping"`. */
  readonly id: string;
  /** Display name in English, e.g. `"Camping"`. */
  readonly name: string;
  /** Id of the parent category, or `null` for a top-level one. */
  readonly parent: string | null;
  /** Ids from the top-level category down to this one, e.g. `["outdoor", "outdoor/camping"]`. */
  readonly path: readonly string[];
  /** A single character (emoji) to draw the category without network access. */
  readonly glyph: string;
  /** Base hue (0–359) for drawn images of the category. */
  readonly hue: number;
}

/** What a product's picture is drawn from, locally (see `productSvg`), with no network. */
export interface ProductImage {
  /** Hue 0–359 of the product's colour. */
  readonly hue: number;
  /** A single character (emoji) for the product's category. */
  readonly glyph: string;
  /** What the product is, for its picture: rain boots are `"boot"`, a novel is `"book"`. */
  readonly kind: ArtKind;
  /** The product's colour, by name and HSL. */
  readonly colour: ArtColour;
}

/** One product of the sample catalog. */
export interface Product {
  /** Stable id by position, e.g. `"p0001"`. */
  readonly id: string;
  /** Display title, e.g. `"Bergmann Rugged Tent"`. */
  readonly title: string;
  /** One or two sentences of description. */
  readonly description: string;
  /** Id of the leaf category. */
  readonly category: string;
  /** Category ids from top level to leaf, e.g. `["outdoor", "outdoor/camping"]`. */
  readonly categoryPath: readonly string[];
  /** Brand name. */
  readonly brand: string;
  /** Price in `currency`, rounded to cents. */
  readonly price: number;
  /** Always `"EUR"` in the sample shop. */
  readonly currency: "EUR";
  /** Where the price sits in the category's price range. */
  readonly priceBand: PriceBand;
  /** Units in stock; some items are sold out (`0`). */
  readonly stock: number;
  /** Id of the seller that offers the item. */
  readonly sellerId: string;
  /** Lower-case search tags. */
  readonly tags: readonly string[];
  /** Special categories of data the item reveals (GDPR Art. 9); absent for ordinary items. */
  readonly sensitive?: readonly SensitiveTag[];
  /** Minimum buyer age (alcohol, gambling-like items); absent when there is none. */
  readonly ageRestricted?: 18;
  /** Markets or regions the item ships to (see `shipsTo`); absent means everywhere. */
  readonly regions?: readonly Region[];
  /** How to draw the item's image locally. */
  readonly image: ProductImage;
  /** Positive, Zipf-like prior popularity; the most popular item has `1`. */
  readonly popularityPrior: number;
}

/** A seller (provider) on the marketplace. */
export interface Seller {
  /** Stable id by position, e.g. `"seller-001"`. */
  readonly id: string;
  /** Company name. */
  readonly name: string;
  /** `large` sellers carry most items; `independent` ones are the protected group for provider fairness. */
  readonly size: "large" | "independent";
  /** Markets the seller ships to, e.g. `["EU", "US"]`. */
  readonly regions: readonly Region[];
}

/** The generated catalog. */
export interface Catalog {
  /** Products in id order. */
  readonly items: readonly Product[];
  /** Sellers in id order; large sellers first. */
  readonly sellers: readonly Seller[];
  /** The category tree, each top-level category followed by its leaves. */
  readonly categories: readonly Category[];
}

/** A named consent behaviour of a shopper at the banner. */
export type ConsentProfile = "accept-all" | "reject-all" | "browsing-only" | "custom";

/** A named, human shopper for the demo, with distinct tastes. */
export interface Persona {
  /** Stable id by position, e.g. `"persona-01"`. */
  readonly id: string;
  /** Human name from Faker in the persona's locale. */
  readonly name: string;
  /** Short label of the taste archetype, e.g. `"Outdoor enthusiast"`. */
  readonly archetype: string;
  /** Region code, e.g. `"DE"` or `"US-CA"`. */
  readonly region: Region;
  /** BCP 47 locale matching the region, e.g. `"de-DE"`. */
  readonly locale: string;
  /** Whether the persona is under 18 (exactly one persona when there are at least three). */
  readonly minor: boolean;
  /** Weights over leaf category ids, summing to 1, concentrated on 2–3 top-level categories. */
  readonly tastes: Readonly<Record<string, number>>;
  /** 0 (indifferent to price) to 1 (buys budget items only). */
  readonly priceSensitivity: number;
  /** Main device. */
  readonly device: Device;
  /** How the persona answers the consent banner. */
  readonly consentProfile: ConsentProfile;
  /** The banner choices that follow from `consentProfile`, for every purpose. */
  readonly choices: Readonly<Record<PurposeId, boolean>>;
  /** Whether the persona's browser sends Global Privacy Control. */
  readonly gpc: boolean;
}

/** A latent taste cluster of the simulator: the ground truth that co-occurrence should reveal. */
export interface TasteCluster {
  /** Kebab-case id, e.g. `"outdoor-active"`. */
  readonly id: string;
  /** Display name. */
  readonly name: string;
  /** Weights over top-level category ids; shoppers' tastes are drawn around them. */
  readonly categories: Readonly<Record<string, number>>;
}

/** A simulated background shopper, with the ground truth behind their behaviour. */
export interface SimShopper {
  /** Pseudonymous subject id, e.g. `"s0001"`. */
  readonly subject: string;
  /** Ground truth: index into `tasteClusters` of the shopper's latent taste cluster. */
  readonly cluster: number;
  /** Ground truth: weights over every leaf category id, summing to 1. */
  readonly tastes: Readonly<Record<string, number>>;
  /** Region code, e.g. `"FR"` or `"US-CA"`. */
  readonly region: Region;
  /** BCP 47 locale matching the region. */
  readonly locale: string;
  /** Main device (used in most sessions). */
  readonly device: Device;
  /** 0 (indifferent to price) to 1 (rarely buys premium items). */
  readonly priceSensitivity: number;
  /** Relative activity; the mean over shoppers is about 1. */
  readonly activity: number;
  /** The banner answer, or `default` when the shopper never answers and the regime's default applies. */
  readonly consentProfile: ConsentProfile | "default";
  /** Whether the shopper's browser sends Global Privacy Control. */
  readonly gpc: boolean;
}

/** Context of a behaviour event, shared by the events of one session. */
export interface SimContext {
  /** Device class of the session. */
  readonly device: Device;
  /** Local hour (0–23) at the start of the session. */
  readonly hourOfDay: number;
  /** The shopper's locale. */
  readonly locale: string;
  /** The shopper's region. */
  readonly region: Region;
}

/** Fields every behaviour event has. */
interface SimEventBase {
  /** Pseudonymous subject id of the shopper. */
  readonly subject: string;
  /** Epoch milliseconds. */
  readonly at: number;
  /** Session id, e.g. `"s0001-003"`. */
  readonly session: string;
  /** Non-personal-looking, but personal, context of the session. */
  readonly context: SimContext;
}

/** The kinds of behaviour event about one item. */
export type SimItemEventType = "view" | "add_to_cart" | "purchase" | "dismiss";

/** A shopper viewed, carted, bought or dismissed an item, for one kind of event. */
export interface SimItemEventOf<T extends SimItemEventType> extends SimEventBase {
  /** What happened. */
  readonly type: T;
  /** Product id. */
  readonly item: string;
}

/** A shopper viewed, carted, bought or dismissed an item; a union by `type`, so `Extract` narrows it. */
export type SimItemEvent = { [T in SimItemEventType]: SimItemEventOf<T> }[SimItemEventType];

/** A shopper searched. */
export interface SimSearchEvent extends SimEventBase {
  /** Always `"search"`. */
  readonly type: "search";
  /** Lower-case query text. */
  readonly query: string;
}

/** A shopper rated an item they bought earlier. */
export interface SimRatingEvent extends SimEventBase {
  /** Always `"rating"`. */
  readonly type: "rating";
  /** Product id. */
  readonly item: string;
  /** Stars, 1 to 5. */
  readonly rating: 1 | 2 | 3 | 4 | 5;
}

/** A behaviour event of the simulator, discriminated by `type`. */
export type SimEvent = SimItemEvent | SimSearchEvent | SimRatingEvent;

/** The kind of behaviour event. */
export type SimEventType = SimEvent["type"];

/**
 * A change of a shopper's consent. `choices` holds only the purposes this change sets; the others keep their
 * previous state. A banner answer sets all purposes, GPC sets the sale/sharing and direct-marketing purposes
 * to `false`, a withdrawal in settings sets the withdrawn purposes to `false`.
 */
export interface SimConsentChange {
  /** Always `"consent"`, so records can share a stream with behaviour events. */
  readonly type: "consent";
  /** Pseudonymous subject id of the shopper. */
  readonly subject: string;
  /** Epoch milliseconds. */
  readonly at: number;
  /** The purposes this change sets. */
  readonly choices: Readonly<Partial<Record<PurposeId, boolean>>>;
  /** Where the choice came from. */
  readonly via: "banner" | "settings" | "gpc";
}

/** One record of the traffic stream: a behaviour event or a consent change, discriminated by `type`. */
export type SimRecord = SimEvent | SimConsentChange;

/** The full output of `simulateTraffic`: shoppers, and behaviour and consent records each in time order. */
export interface Traffic {
  /** The simulated shoppers, in subject order. */
  readonly shoppers: readonly SimShopper[];
  /** Behaviour events in time order. */
  readonly events: readonly SimEvent[];
  /** Consent changes in time order. */
  readonly consents: readonly SimConsentChange[];
}
