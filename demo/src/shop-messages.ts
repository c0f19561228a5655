/**
 * The texts of the demo's own shop shell (header, demo bar, pages, category and colour names shown to shoppers).
 * English is built in; German, French and Spanish are chunks of their own (`shop-locales/<code>.ts`), fetched only
 * for the language in use, as the UI package's texts are (see docs/i18n.md). The catalog's data stays as generated:
 * category and colour names are mapped for display by id and name here, so the same product reads the same always.
 */
import type { PriceBand, SensitiveTag } from "@candor/sample-shop";
import type { Route } from "./router.ts";

/** Every text the shop shell shows, in one language. */
export interface ShopMessages {
  /** Page titles for `document.title`. */
  readonly titles: Readonly<Record<Route["page"], string>>;
  readonly header: {
    readonly skip: string;
    readonly searchRegion: string;
    readonly searchLabel: string;
    readonly search: string;
    readonly shopNav: string;
    readonly categoriesNav: string;
    readonly cart: (count: string) => string;
    readonly privacy: string;
    readonly myData: string;
    readonly audit: string;
  };
  readonly demoBar: {
    readonly region: string;
    readonly title: string;
    readonly jurisdiction: string;
    /** Jurisdiction labels by region code. */
    readonly jurisdictions: Readonly<Record<string, string>>;
    readonly gpc: string;
    readonly persona: string;
    readonly visitor: string;
    readonly minor: string;
    readonly language: string;
    readonly reset: string;
  };
  readonly footer: { readonly how: string; readonly myData: string; readonly audit: string };
  readonly card: {
    readonly soldOut: string;
    readonly independent: string;
    readonly sensitive: string;
  };
  readonly home: {
    readonly kicker: string;
    readonly heroTitle: string;
    readonly heroLead: string;
    readonly heroCta: string;
    readonly personalized: string;
    readonly notPersonalized: string;
    readonly forYou: string;
    readonly popularNow: string;
    readonly byCategory: string;
    readonly deals: string;
    readonly trendingIn: (category: string) => string;
  };
  readonly category: {
    readonly filterAndSort: string;
    readonly filters: string;
    readonly subcategory: string;
    readonly allOf: (category: string) => string;
    readonly minPrice: string;
    readonly maxPrice: string;
    readonly brand: string;
    readonly anyBrand: string;
    readonly priceRange: string;
    readonly bands: Readonly<Record<PriceBand, string>>;
    readonly inStockOnly: string;
    readonly sortBy: string;
    readonly popularity: string;
    readonly priceAsc: string;
    readonly priceDesc: string;
    readonly recommendedIn: (category: string) => string;
    readonly popularIn: (category: string) => string;
    readonly allProducts: string;
    readonly matching: (count: string, shown: string | null) => string;
    readonly showMore: string;
  };
  readonly product: {
    readonly breadcrumb: string;
    readonly home: string;
    readonly pictures: string;
    readonly whole: string;
    readonly closeUp: string;
    readonly scene: string;
    readonly brand: string;
    readonly colour: string;
    readonly category: string;
    readonly seller: string;
    readonly independent: string;
    readonly availability: string;
    readonly inStock: (count: string) => string;
    readonly soldOut: string;
    readonly shipsTo: string;
    /** Shipping regions by code. */
    readonly regions: Readonly<Record<string, string>>;
    readonly and: string;
    readonly everywhere: string;
    readonly ageLimit: string;
    readonly privacyNote: string;
    readonly sensitiveNote: (tags: string) => string;
    readonly tags: Readonly<Record<SensitiveTag, string>>;
    readonly notForMinors: string;
    readonly addToCart: string;
    readonly added: string;
    readonly similar: string;
    readonly alsoBought: string;
  };
  readonly search: {
    readonly title: string;
    readonly resultsFor: (terms: string) => string;
    readonly results: string;
    readonly prompt: string;
    readonly none: (terms: string) => string;
    readonly count: (count: string, best: boolean, terms: string) => string;
    readonly alsoLike: string;
    readonly stored: (purpose: string) => string;
    readonly notStored: (purpose: string) => string;
  };
  readonly cart: {
    readonly title: string;
    readonly thanks: (order: string, total: string) => string;
    readonly empty: string;
    readonly remove: string;
    readonly removeItem: (title: string) => string;
    readonly total: (total: string) => string;
    readonly delivery: string;
    readonly toCheckout: string;
    readonly goesWell: string;
  };
  readonly checkout: {
    readonly title: string;
    readonly empty: string;
    readonly backToCart: string;
    readonly order: string;
    readonly noPayment: string;
    readonly name: string;
    readonly street: string;
    readonly city: string;
    readonly place: string;
  };
  readonly notFound: { readonly title: string; readonly before: string; readonly home: string };
  readonly loading: { readonly preparing: string; readonly failed: (error: string) => string };
  /** While the auditor's console chunk loads (the console itself is the auditor's view, in English). */
  readonly audit: { readonly loading: string; readonly failed: (error: string) => string };
  /** Category names by category id (`outdoor`, `outdoor/camping`); a missing id shows the catalog's name. */
  readonly categories: Readonly<Record<string, string>>;
  /** Colour names by the catalog's (English) name; a missing one shows the catalog's name. */
  readonly colours: Readonly<Record<string, string>>;
}

/** The English texts, built in. */
export const en: ShopMessages = {
  titles: {
    home: "Home",
    category: "Category",
    product: "Product",
    search: "Search",
    cart: "Cart",
    checkout: "Checkout",
    privacy: "Privacy center",
    "my-data": "My data",
    audit: "Audit console",
    "not-found": "Not found",
  },
  header: {
    skip: "Skip to content",
    searchRegion: "Products",
    searchLabel: "Search products",
    search: "Search",
    shopNav: "Shop",
    categoriesNav: "Categories",
    cart: (count) => `Cart (${count})`,
    privacy: "Privacy center",
    myData: "My data",
    audit: "Audit",
  },
  demoBar: {
    region: "Demo controls",
    title: "Demo controls",
    jurisdiction: "Jurisdiction",
    jurisdictions: {
      DE: "EU (Germany, GDPR)",
      "US-CA": "California (CPRA)",
      "US-TX": "Elsewhere (Texas)",
    },
    gpc: "Simulate Global Privacy Control",
    persona: "Persona",
    visitor: "You (a new visitor)",
    minor: "Shopper is a minor",
    language: "Language",
    reset: "Reset everything",
  },
  footer: {
    how: "How recommendations work",
    myData: "Export or erase my data",
    audit: "Audit console",
  },
  card: { soldOut: "Sold out", independent: "Independent seller", sensitive: "Sensitive" },
  home: {
    kicker: "New season",
    heroTitle: "Gear for long days outside",
    heroLead:
      "Tents, boots and jackets from independent makers and the brands you know, shipped from Europe.",
    heroCta: "Shop outdoor",
    personalized: "Recommendations here use only the data you allowed.",
    notPersonalized: "Not personalized: you see what is popular, and no personal data is used.",
    forYou: "Recommended for you",
    popularNow: "Popular right now",
    byCategory: "Shop by category",
    deals: "Deals under €30",
    trendingIn: (category) => `Trending in ${category}`,
  },
  category: {
    filterAndSort: "Filter and sort",
    filters: "Filters",
    subcategory: "Subcategory",
    allOf: (category) => `All of ${category}`,
    minPrice: "Min price (€)",
    maxPrice: "Max price (€)",
    brand: "Brand",
    anyBrand: "Any brand",
    priceRange: "Price range",
    bands: { budget: "budget", mid: "mid", premium: "premium" },
    inStockOnly: "In stock only",
    sortBy: "Sort by",
    popularity: "Popularity",
    priceAsc: "Price, low to high",
    priceDesc: "Price, high to low",
    recommendedIn: (category) => `Recommended in ${category}`,
    popularIn: (category) => `Popular in ${category}`,
    allProducts: "All products",
    matching: (count, shown) => `${count} products match${shown === null ? "" : `, showing ${shown}`}.`,
    showMore: "Show more",
  },
  product: {
    breadcrumb: "Breadcrumb",
    home: "Home",
    pictures: "Pictures",
    whole: "Whole product",
    closeUp: "Close-up",
    scene: "In its setting",
    brand: "Brand",
    colour: "Colour",
    category: "Category",
    seller: "Seller",
    independent: " (independent seller)",
    availability: "Availability",
    inStock: (count) => `${count} in stock`,
    soldOut: "Sold out",
    shipsTo: "Ships to",
    regions: { EU: "the EU", US: "the United States" },
    and: " and ",
    everywhere: "Everywhere we deliver",
    ageLimit: "Age limit",
    privacyNote: "Privacy note",
    sensitiveNote: (tags) =>
      `Viewing this product reveals sensitive information (${tags}); it is used for recommendations only with your explicit consent, and never named in an explanation.`,
    tags: {
      health: "health",
      religion: "religion",
      sexuality: "sexuality",
      political: "political",
      ethnicity: "ethnicity",
      biometric: "biometric",
    },
    notForMinors: "This product is not sold to minors.",
    addToCart: "Add to cart",
    added: "Added to your cart.",
    similar: "Similar items",
    alsoBought: "Shoppers who bought this also bought",
  },
  search: {
    title: "Search",
    resultsFor: (terms) => `Results for “${terms}”`,
    results: "Search results",
    prompt: "Type what you are looking for in the search box.",
    none: (terms) => `No products match “${terms}”. Try a shorter word, or browse a category.`,
    count: (count, best, terms) => `${best ? `The best ${count}` : count} products for “${terms}”.`,
    alsoLike: "You might also like",
    stored: (purpose) =>
      `This search is saved on this device and may be used for recommendations, because you allowed “${purpose}”. You can change that in the privacy settings, and see or erase it under My data.`,
    notStored: (purpose) => `This search is not saved: searches are kept only if you allow “${purpose}”.`,
  },
  cart: {
    title: "Your cart",
    thanks: (order, total) => `Thank you! Order ${order} is placed (${total}).`,
    empty: "Your cart is empty.",
    remove: "Remove",
    removeItem: (title) => `Remove ${title}`,
    total: (total) => `Total: ${total}`,
    delivery: "Free delivery in the EU. Returns within 30 days.",
    toCheckout: "Go to checkout",
    goesWell: "Goes well with your cart",
  },
  checkout: {
    title: "Checkout",
    empty: "Your cart is empty.",
    backToCart: "Back to the cart",
    order: "Your order",
    noPayment: "This demo takes no payment and keeps no address.",
    name: "Name",
    street: "Street and number",
    city: "City",
    place: "Place order",
  },
  notFound: { title: "Page not found", before: "There is no page at", home: "Go to the start page" },
  loading: {
    preparing: "Preparing the shop…",
    failed: (error) => `The shop could not be prepared: ${error}`,
  },
  audit: {
    loading: "Loading the audit console…",
    failed: (error) => `The audit console could not be loaded: ${error}`,
  },
  categories: {},
  colours: {},
};

type Lang = "de" | "fr" | "es";
const tables = new Map<string, ShopMessages>([["en", en]]);
const loading = new Map<Lang, Promise<void>>();

/** The language part of a locale (`de-AT` → `de`), lower case. */
const langOf = (locale: string): string => (locale.split("-")[0] ?? "en").toLowerCase();

/** The loadable languages; each is a chunk of its own, so a German page fetches German only. */
const loaders: Readonly<Record<Lang, () => Promise<ShopMessages>>> = {
  de: () => import("./shop-locales/de.ts").then((m) => m.de),
  fr: () => import("./shop-locales/fr.ts").then((m) => m.fr),
  es: () => import("./shop-locales/es.ts").then((m) => m.es),
};
const isLang = (lang: string): lang is Lang => Object.hasOwn(loaders, lang);

/** Whether `locale`'s texts are ready: English, a loaded language, or one the shop does not offer (English then). */
export function hasShopMessages(locale: string): boolean {
  const lang = langOf(locale);
  return tables.has(lang) || !isLang(lang);
}

/**
 * Fetches the texts of `locale`'s language once; resolves at once for English or a language the shop does not
 * offer. A failed fetch rejects and may be tried again; the page then reads English.
 */
export function loadShopMessages(locale: string): Promise<void> {
  const lang = langOf(locale);
  if (!isLang(lang) || tables.has(lang)) return Promise.resolve();
  let pending = loading.get(lang);
  if (!pending) {
    pending = loaders[lang]().then(
      (messages) => {
        tables.set(lang, messages);
      },
      (error: unknown) => {
        loading.delete(lang);
        throw error;
      },
    );
    loading.set(lang, pending);
  }
  return pending;
}

/** The texts of `locale`'s language when loaded, else English. */
export function shopMessages(locale: string): ShopMessages {
  return tables.get(langOf(locale)) ?? en;
}

/** The name of a category to show: the translation of its id, else the catalog's name. */
export function categoryName(
  messages: ShopMessages,
  category: { readonly id: string; readonly name: string },
): string {
  return messages.categories[category.id] ?? category.name;
}

/** The name of a colour to show: its translation, else the catalog's name. */
export function colourName(messages: ShopMessages, name: string): string {
  return messages.colours[name] ?? name;
}
