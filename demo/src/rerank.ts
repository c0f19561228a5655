/**
 * The demo's re-rank stage from `@candor/core/rerank`: each row's variety (0–1) sets the strengths of exposure
 * amortization, calibration, MMR, long tail, exploration and FA*IR for independent sellers; hard filters are
 * re-checked on every slate.
 */
import type { RerankStage } from "@candor/core/recommend";
import { createExposureTracker, createRerankStage, varietyConfig } from "@candor/core/rerank";
import type { Catalog, Product } from "@candor/sample-shop";

/** The variety a row starts with, 0–1. */
export const defaultVariety = 0.3;

/** The stages in force at the default variety, for the DSA Art. 27 disclosure. */
export const rerankStages: readonly string[] = varietyConfig(defaultVariety).stages.map((s) => s.stage);

/** The re-rank stage for the demo's recommender; exposure is tracked across every row served in this tab. */
export function createDemoRerank(catalog: Catalog): RerankStage<Product> {
  const independent = new Set(catalog.sellers.filter((s) => s.size === "independent").map((s) => s.id));
  return createRerankStage<Product>({
    defaultVariety,
    exposure: createExposureTracker(),
    isProtected: (item) => independent.has(item.sellerId ?? ""),
  });
}
