import type { Catalog, SimRecord, SimShopper } from "./types.ts";
/** Options of {@link streamTraffic} and `simulateTraffic`. */
export interface TrafficOptions {
    /** Seed; the same seed and options give the same records. */
    readonly seed: number;
    /** The catalog shoppers browse. */
    readonly catalog: Catalog;
    /** Number of simulated shoppers; default 500. */
    readonly shoppers?: number;
    /** Length of the run in days; default 30. */
    readonly days?: number;
    /** Start of the run, epoch milliseconds; default `Date.UTC(2026, 0, 1)`. */
    readonly start?: number;
    /** Mean behaviour events per shopper and day; default 2, or a little over `maxEvents / (shoppers × days)` when that is set. */
    readonly eventsPerShopperPerDay?: number;
    /**
     * Stop after exactly this many behaviour events (consent changes not counted). The run then ends there, or
     * runs on past `days` in the rare case the window held fewer. Default: no limit, the window decides.
     */
    readonly maxEvents?: number;
}
/**
 * Streams the simulated traffic: behaviour events and consent changes of `createShoppers({ seed, catalog,
 * shoppers })`, merged in time order (non-decreasing `at`). Item choice follows taste(category) × popularity
 * prior; the funnel is views ≫ add-to-cart > purchase; ratings follow purchases in a later session. Options are
 * checked at once and throw `InvalidOptionError`; records are generated lazily.
 */
export declare function streamTraffic(options: TrafficOptions): Generator<SimRecord, void, undefined>;
/** The shoppers of a run and its lazy record stream; shared by {@link streamTraffic} and `simulateTraffic`. */
export declare function prepareTraffic(options: TrafficOptions): {
    shoppers: SimShopper[];
    records: Generator<SimRecord, void, undefined>;
};
