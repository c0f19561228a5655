import type { Catalog, SimContext, SimEvent, SimShopper } from "./types.ts";
/** The stated response and feedback model; every field is reported with the run. */
export interface FeedbackModel {
    /** Mean visits per shopper and day, times the shopper's activity (Poisson, at most 3 a day). Default 0.5. */
    readonly visitsPerDay: number;
    /** Mean organic item views per visit (Poisson), drawn from the current taste like `streamTraffic`. Default 2. */
    readonly organicViews: number;
    /**
     * Click probability of an examined slate item at most this, as `maxClick`·a/(a + `halfSaturation`), where the
     * attractiveness a = L·τ(leaf)·q is the shopper's current taste for the item's leaf category times the number
     * of leaves L (1 = an average leaf), times the item's quality q. Default 0.35.
     */
    readonly maxClick: number;
    /** Attractiveness at which the click probability is half of `maxClick`; default 1. */
    readonly halfSaturation: number;
    /** Item quality q = (popularity prior / largest prior)^`qualityExponent`, in (0, 1]; default 0.25. */
    readonly qualityExponent: number;
    /** Probability that a click becomes a purchase (times the price-band factor of `streamTraffic`); default 0.12. */
    readonly purchaseGivenClick: number;
    /** Taste step toward the clicked item's leaf: τ ← (1 − η)·τ + η·e(leaf). Default 0.05. */
    readonly clickDrift: number;
    /** Taste step toward a bought item's leaf (after the click's own step); default 0.15. */
    readonly purchaseDrift: number;
}
/** The default {@link FeedbackModel}. */
export declare const defaultFeedbackModel: FeedbackModel;
/** What the injected recommender is asked for. */
export interface SlateRequest {
    readonly shopper: SimShopper;
    /** Day of the loop from 0 (warm-up days are negative). */
    readonly day: number;
    readonly at: number;
    readonly session: string;
    readonly context: SimContext;
    readonly k: number;
}
/** Options of {@link simulateFeedbackLoop}. */
export interface FeedbackLoopOptions {
    /** Seed of the shoppers, their visits and responses; the same seed gives the same shoppers and visit times. */
    readonly seed: number;
    readonly catalog: Catalog;
    /** Number of shoppers; default 300. */
    readonly shoppers?: number;
    /** Days with slates; default 30. */
    readonly days?: number;
    /** Days of organic browsing before the first slate, so the recommender has history; no drift. Default 7. */
    readonly warmUpDays?: number;
    /** Slate length; default 10. */
    readonly k?: number;
    /** Start of day 0, epoch ms; default `Date.UTC(2026, 2, 1)`. Warm-up days come before it. */
    readonly start?: number;
    /** Overrides of {@link defaultFeedbackModel}. */
    readonly model?: Partial<FeedbackModel>;
    /** The recommender: item ids, best first. Unknown ids and repeats are ignored; extra items beyond `k` too. */
    readonly serveSlate: (request: SlateRequest) => readonly string[] | Promise<readonly string[]>;
    /** Every behaviour event (organic views, slate clicks as views, add-to-cart, purchases), in time order. */
    readonly onEvent?: (event: SimEvent, shopper: SimShopper) => void | Promise<void>;
    /** Called at the start of each day (warm-up days included, negative), e.g. to refit. */
    readonly onDay?: (day: number, at: number) => void | Promise<void>;
}
/** One served slate and what the shopper did with it. */
export interface LoopSlate {
    readonly day: number;
    readonly at: number;
    /** Index of the shopper in `FeedbackLoopRun.shoppers`. */
    readonly shopper: number;
    /** The served items, in slate order (known ids only, at most `k`). */
    readonly items: readonly string[];
    readonly clicked: readonly string[];
    readonly purchased: readonly string[];
    readonly revenue: number;
    /** True utility: the expected clicks of the slate under the shopper's tastes when it was served. */
    readonly expectedClicks: number;
    /** The expected clicks of the best possible slate for the shopper then (an oracle that knows the tastes). */
    readonly oracleClicks: number;
}
/** A finished loop: the shoppers, every slate, and the tastes at the end of each day. */
export interface FeedbackLoopRun {
    /** The model as used (defaults merged). */
    readonly model: FeedbackModel;
    readonly shoppers: readonly SimShopper[];
    /** Top-level category ids, the order of every taste vector below. */
    readonly departments: readonly string[];
    /** Each shopper's taste over departments at the start of day 0. */
    readonly startTastes: readonly Float64Array[];
    /** `tastes[day][shopper]`: the taste over departments at the end of each day with slates. */
    readonly tastes: readonly (readonly Float64Array[])[];
    readonly slates: readonly LoopSlate[];
}
/**
 * Runs the loop. Each day every shopper visits Poisson(`visitsPerDay`·activity) times (at most 3); a visit is a
 * few organic views drawn from the current taste, then one slate from `serveSlate`. Slot r (1-based) is examined
 * with probability 1/log2(r + 1) and an examined item clicked with the model's probability; a click may become a
 * purchase. Clicks and purchases move the taste toward the item's leaf category (the feedback). Visit times use
 * their own random stream, so two runs with the same seed visit at the same times whatever they serve.
 * Deterministic given the seed and a deterministic `serveSlate`; options are checked at once
 * (`InvalidOptionError`).
 */
export declare function simulateFeedbackLoop(options: FeedbackLoopOptions): Promise<FeedbackLoopRun>;
