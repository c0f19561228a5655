import type { CatalogItem, ItemLookup } from "./types.ts";
/** Options of {@link createExposureTracker}. */
export interface ExposureTrackerOptions {
    /** The provider an item's exposure counts for; default its `sellerId` (items without one are not tracked). */
    readonly providerOf?: (item: CatalogItem) => string | undefined;
    /** Factor in (0, 1] applied to all past exposure at each recorded slate, to forget slowly; default 1 (never). */
    readonly decay?: number;
    /** Exposure to start from, e.g. restored from storage; default none. */
    readonly initial?: ReadonlyMap<string, number>;
}
/** A snapshot of the tracker. */
export interface ExposureState {
    /** Cumulative (decayed) exposure per provider. */
    readonly byProvider: ReadonlyMap<string, number>;
    /** Number of slates recorded. */
    readonly slates: number;
}
/** Tracks exposure per provider; `record` each served slate, pass the tracker in the re-rank context. */
export interface ExposureTracker {
    /** Adds each item's exposure 1 / log2(rank + 1) to its provider. */
    record(slate: readonly {
        readonly item: string;
        readonly rank: number;
    }[], items: ItemLookup): void;
    /** Cumulative exposure of a provider; 0 when never shown. */
    exposureOf(provider: string): number;
    /** The provider of an item, as the tracker counts it. */
    providerOf(item: CatalogItem): string | undefined;
    /** A snapshot of the state. */
    getState(): ExposureState;
    /** Calls `listener` after each change; returns the unsubscribe function. */
    subscribe(listener: () => void): () => void;
    /** Forgets all exposure. */
    reset(): void;
}
/**
 * Creates an exposure tracker (the one stateful piece of re-ranking, hence a closure). Decay is applied lazily
 * through a global scale, so recording costs O(k) however many providers there are.
 */
export declare function createExposureTracker(options?: ExposureTrackerOptions): ExposureTracker;
