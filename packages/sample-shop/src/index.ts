/** @candor/sample-shop: deterministic Faker-seeded catalog, sellers, personas and a fast traffic simulator. */

/** The shoppers' response model of the simulations: click and purchase chances from taste. */
export { type ClickModel, type SimulatedClick, simulateClick } from "./click-model.ts";
/** Category tree, sellers and products: `createCatalog({ seed, items, sellers })`. */
export { type CatalogOptions, createCatalog } from "./create-catalog.ts";
/** Named demo personas: `createPersonas({ seed, catalog, count })`. */
export { createPersonas, type PersonaOptions } from "./create-personas.ts";
/** Simulated background shoppers with their latent taste cluster (ground truth). */
export { createShoppers, type ShopperOptions } from "./create-shoppers.ts";
/** Holdout-experiment traffic with a pre-period and the exact true effect, to check measurement against. */
export {
  type ExperimentArm,
  type ExperimentOutcome,
  type ExperimentTraffic,
  type ExperimentTrafficOptions,
  type ExperimentTruth,
  simulateExperimentTraffic,
  type TrueEffect,
} from "./experiment-traffic.ts";
/** The closed feedback loop: an injected recommender, a stated click model, tastes that move toward what is clicked and bought. */
export {
  defaultFeedbackModel,
  type FeedbackLoopOptions,
  type FeedbackLoopRun,
  type FeedbackModel,
  type LoopSlate,
  type SlateRequest,
  simulateFeedbackLoop,
} from "./feedback-loop.ts";
/** The typed error of bad options. */
export { InvalidOptionError } from "./invalid-option-error.ts";
/** Seeded PRNG and seed derivation for reuse in benchmarks and other generators. */
export { deriveSeed, mulberry32, type Random } from "./prng.ts";
/** Product pictures as SVG from kind, colour and brand: `productSvg(product)`, `productImageUrl(product, view)`. */
export {
  type ArtColour,
  type ArtKind,
  type ArtView,
  productImageUrl,
  productSvg,
} from "./product-art.ts";
/** The traffic simulator, collected: `simulateTraffic({ seed, catalog, shoppers, days, start })`. */
export { simulateTraffic } from "./simulate-traffic.ts";
/** The traffic simulator as a lazy, time-ordered stream, with `maxEvents` for exact sizes. */
export { streamTraffic, type TrafficOptions } from "./stream-traffic.ts";
/** Data types of the catalog, personas, shoppers and traffic. */
export type {
  Catalog,
  Category,
  ConsentProfile,
  Device,
  Persona,
  PriceBand,
  Product,
  ProductImage,
  PurposeId,
  Region,
  Seller,
  SensitiveTag,
  SimConsentChange,
  SimContext,
  SimEvent,
  SimEventType,
  SimItemEvent,
  SimItemEventOf,
  SimItemEventType,
  SimRatingEvent,
  SimRecord,
  SimSearchEvent,
  SimShopper,
  TasteCluster,
  Traffic,
} from "./types.ts";
