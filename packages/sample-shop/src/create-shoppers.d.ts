import type { Catalog, PurposeId, SimShopper } from "./types.ts";
/** Options of {@link createShoppers}. */
export interface ShopperOptions {
    /** Seed; the same seed and catalog give the same shoppers, and shopper `i` does not depend on the count. */
    readonly seed: number;
    /** The catalog whose leaf categories the tastes refer to. */
    readonly catalog: Catalog;
    /** Number of shoppers; default 500. */
    readonly shoppers?: number;
}
/** A shopper and what the simulator needs to drive them. */
export interface ShopperPlan {
    readonly shopper: SimShopper;
    /** Tastes over the index's leaves, summing to 1. */
    readonly taste: Float64Array;
    /** The banner answer's choices, or `null` when the shopper never answers. */
    readonly banner: Readonly<Record<PurposeId, boolean>> | null;
    /** A withdrawal in settings: when (fraction of the run) and which purposes. */
    readonly withdrawal: {
        readonly fraction: number;
        readonly choices: Partial<Record<PurposeId, boolean>>;
    } | null;
}
/**
 * Creates `shoppers` pseudonymous background shoppers (`s0001`, …). Each belongs to one latent taste cluster
 * (ground truth, see `tasteClusters`) and has tastes drawn around it, a region (EU, California, Texas), a
 * device, price sensitivity, activity, a banner answer drawn by regime and GPC.
 */
export declare function createShoppers(options: ShopperOptions): SimShopper[];
/** {@link createShoppers} with the simulator's private plan for each shopper. */
export declare function planShoppers(options: ShopperOptions): ShopperPlan[];
