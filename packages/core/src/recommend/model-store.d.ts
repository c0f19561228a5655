import type { CatalogIndex } from "./catalog-index.ts";
import { type ContentOptions } from "./models/content.ts";
import { type EaseOptions } from "./models/ease.ts";
import { type HybridConfig } from "./models/hybrid.ts";
import { type ItemKnnOptions } from "./models/item-knn.ts";
import type { Models } from "./scorers.ts";
import { type ContextValue } from "./shared-stats.ts";
import type { CatalogItem } from "./types.ts";
/** Options of {@link createModelStore} (validated by the serving pipeline that creates it). */
export interface ModelStoreOptions {
    /** Item-kNN options; `minSupport` (k-anonymity of every collaborative link, EASE's too) defaults to 5. */
    readonly knn?: ItemKnnOptions;
    /** The validation-tuned hybrid (`tuneHybrid`), fitted at every `fit()`, its EASE links masked by `knn.minSupport`. */
    readonly hybrid?: HybridConfig;
    /** EASE for catalogs up to ~16k items, masked to pairs with `knn.minSupport` shoppers; default off. */
    readonly ease?: EaseOptions | false;
    /** Content similarity; default on, `false` turns it off. */
    readonly content?: ContentOptions | false;
    /** Popularity half-life in days; default 14. */
    readonly popularityHalfLifeDays?: number;
    /** Shop-chosen boosts by item id (non-personal). */
    readonly editorial?: Readonly<Record<string, number>>;
    /** Refit after this many new shared interactions; default 0 (call `fit()` yourself). */
    readonly refitEvery?: number;
}
/** What the store holds, as a snapshot. */
export interface ModelState {
    /** `"fit-N"` after the N-th fit, `"unfitted"` before the first. */
    readonly version: string;
    readonly fits: number;
    /** Subjects and distinct subject–item pairs in the shared statistics. */
    readonly subjects: number;
    readonly interactions: number;
    /** Shared interactions added or removed since the last fit. */
    readonly sinceFit: number;
    /** When the models were last fitted (the store's clock), or `null`. */
    readonly fittedAt: number | null;
}
/** What one `fit()` built. */
export interface FitSummary {
    readonly subjects: number;
    readonly interactions: number;
    readonly model: string;
}
/** The model store. */
export interface ModelStore {
    /** The current models. */
    models(): Models;
    /** Adds one interaction of a subject with item `index` to the shared statistics (the caller checked consent). */
    ingest(subject: string, index: number, at: number, context?: readonly ContextValue[]): void;
    /** Removes a subject and everything they added; effective for collaborative models at the next fit. */
    forget(subject: string): boolean;
    /** Whether the subject is part of the shared statistics. */
    has(subject: string): boolean;
    /** Rebuilds the collaborative models from the shared statistics. */
    fit(): FitSummary;
    getState(): ModelState;
    subscribe(listener: (state: ModelState) => void): () => void;
}
/** Creates the store over an indexed catalog. */
export declare function createModelStore<T extends CatalogItem>(catalog: CatalogIndex<T>, options?: ModelStoreOptions, clock?: () => number): ModelStore;
