/** The re-rank stage of the serving pipeline: plugs the re-rankers into `createServing({ rerank })`. */
import type { RerankStage } from "../serve/types.ts";
import type { ExposureTracker } from "./exposure-tracker.ts";
import type { RerankConfig } from "./rerank-config.ts";
import type { CatalogItem, ClickCounts, Similarity } from "./types.ts";
/** Options of {@link createRerankStage}. */
export interface RerankStageOptions {
    /** The shop's default variety (0–1) when the shopper chose none; default 0.5. */
    readonly defaultVariety?: number;
    /** A fixed stage list instead of the variety mapping (the shopper's variety is then ignored). */
    readonly config?: RerankConfig;
    /** Cumulative provider exposure across requests (exposure amortization); served slates are recorded in it. */
    readonly exposure?: ExposureTracker;
    /** The protected group of provider fairness, e.g. independent sellers. */
    readonly isProtected?: (item: CatalogItem) => boolean;
    /** Click feedback by item for exploration; absent: no exploration. */
    readonly feedback?: ReadonlyMap<string, ClickCounts>;
    /** Share of interactions held by the head; the rest is the long tail. Default 0.8. */
    readonly headShare?: number;
    readonly diversity?: "mmr" | "dpp";
    readonly similarity?: Similarity;
    /** The category calibration balances; default the top-level category. */
    readonly categoryOf?: (item: CatalogItem) => string;
}
/**
 * A re-rank stage for the serving pipeline: maps the shopper's variety (or the shop default) to stage strengths, builds
 * the calibration history from the shopper's allowed history, and re-checks the hard filters on the slate.
 */
export declare function createRerankStage<T extends CatalogItem>(options?: RerankStageOptions): RerankStage<T>;
