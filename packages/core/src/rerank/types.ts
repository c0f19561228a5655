/** Shared types of the re-rankers: the request context, the stage outcome and the pluggable pieces. */
import type { PolicyDecision } from "../policy/types.ts";
import type { CatalogIndex } from "../recommend/catalog-index.ts";
import type { Candidate, CatalogItem, RerankEffect, SlateItem } from "../recommend/types.ts";
import type { ExposureTracker } from "./exposure-tracker.ts";

export type { Candidate, CatalogItem, RerankEffect, SlateItem };

/** Catalog features by item id: a map or a lookup function. */
export type ItemLookup = ReadonlyMap<string, CatalogItem> | ((item: string) => CatalogItem | undefined);

/** Similarity of two items in [0, 1] (1 = alike), symmetric, 1 for an item with itself. */
export type SimilarityFunction = (a: CatalogItem, b: CatalogItem) => number;

/**
 * How MMR and DPP compare items: `"category"` (same leaf 1, same top level 0.5, else 0), `"tags"` (Jaccard of the
 * tags) or a function of your own.
 */
export type Similarity = "category" | "tags" | SimilarityFunction;

/** Item-level click feedback for exploration. */
export interface ClickCounts {
  readonly clicks: number;
  readonly impressions: number;
}

/**
 * What a re-ranker knows about one request: the one context of `rerank`, of every stage and of the serving
 * pipeline's re-rank stage (`createServing({ rerank })`). Everything but `k` and `items` is optional. The pipeline
 * fills `k`, `seed`, `items`, `isAllowed` and the request fields (`mode` … `popularity`); `createRerankStage` derives
 * `history`, `longTail` and `categoriesOf` from them and adds its own options.
 */
export interface RerankContext<T extends CatalogItem = CatalogItem> {
  /** Slate length. */
  readonly k: number;
  /** Catalog features (category, categoryPath, sellerId, tags) by item id. Unknown items have none of them. */
  readonly items: ItemLookup;
  /** Seed of the stages that draw random numbers (exploration); default 0. Same seed, same slate. */
  readonly seed?: number;
  /**
   * The shopper's history category mix: category → weight (any non-negative weights; normalised to shares), in
   * the categories `categoriesOf` gives. Empty or absent: calibration is a no-op.
   */
  readonly history?: ReadonlyMap<string, number>;
  /** The categories an item counts for in calibration and the filter-bubble measure; default `[item.category]`. */
  readonly categoriesOf?: (item: CatalogItem) => readonly string[];
  /** Long-tail items (e.g. from {@link longTailSet}); absent: the long-tail stage (xQuAD) is a no-op. */
  readonly longTail?: ReadonlySet<string> | ((item: string) => boolean);
  /** The protected group of provider fairness (e.g. independent sellers); absent: FA*IR is a no-op. */
  readonly isProtected?: (item: CatalogItem) => boolean;
  /** Cumulative exposure per provider across requests; absent: exposure amortization is a no-op. */
  readonly exposure?: ExposureTracker;
  /**
   * Click feedback by item id for exploration; an item missing from the map has none (most uncertain).
   * Absent: exploration is a no-op, as there is nothing to be uncertain about.
   */
  readonly feedback?: ReadonlyMap<string, ClickCounts>;
  /**
   * The hard filters (stock, region, age, sensitive…), re-checked on every slate the pipeline returns: an item it
   * refuses, or one `items` does not know, never enters a slate. Absent: every candidate is allowed.
   */
  readonly isAllowed?: (item: CatalogItem) => boolean;
  /** Serving pipeline: how the slate is served (`"non_profiling"` reads no personal data). */
  readonly mode?: PolicyDecision["mode"];
  /** Serving pipeline: the subject the slate is for. */
  readonly subject?: string;
  /** Serving pipeline: where the slate is shown, e.g. `"home"`. */
  readonly surface?: string;
  /** Serving pipeline: the shopper's variety setting (0–1), when they chose one. */
  readonly variety?: number;
  /** Serving pipeline: the catalog the candidates index into. */
  readonly catalog?: CatalogIndex<T>;
  /** Serving pipeline: the shopper's non-special history items (allowed now); empty in non-profiling mode. */
  readonly historyItems?: readonly string[];
  /** Serving pipeline: popularity in [0, 1] by catalog index. */
  readonly popularity?: Float64Array;
}

/** The outcome of a stage or a pipeline: the slate (first k) and the rest of the candidates, in the new order. */
export interface Reranked {
  /** The first `k` items, ranked 1…k, each with what re-ranking did to it. */
  readonly slate: readonly SlateItem[];
  /** The remaining candidates in the new order, without rank or effects; a next stage may still draw from them. */
  readonly rest: readonly Candidate[];
}

/** Default English effect texts of a stage: for an item moved up, moved down, or added to the slate from below. */
export interface EffectMessages {
  readonly up: string;
  readonly down: string;
  readonly added: string;
}
