/**
 * Adapter to `@candor/core/rerank`, filled in when that module lands. The demo calls {@link createDemoRerank} once
 * and passes the result to `createRecommender({ rerank })`; each request carries the row's `variety` (0–1), which the
 * recommender hands to the stage as `RerankContext.variety`. Until then no stage is returned: the slate is the top
 * `k` by score, and the variety setting is recorded but changes nothing.
 */
import type { RerankStage } from "@candor/core/recommend";
import type { Catalog, Product } from "@candor/sample-shop";

/** The re-rank stage for the demo's recommender, or `undefined` for "top k by score". */
export function createDemoRerank(_catalog: Catalog): RerankStage<Product> | undefined {
  // e.g. return createRerank({ stages: ["calibration", "mmr", "fair"], isProtected: independent, … }) as a RerankStage.
  return undefined;
}

/** The stages in force, for the DSA Art. 27 disclosure (`describeRecommender({ rerankStages })`); none yet. */
export const rerankStages: readonly string[] = [];

/** The variety a row starts with, 0–1. */
export const defaultVariety = 0.3;
