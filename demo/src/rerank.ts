/**
 * The demo's re-rank stage from `@candor/core/rerank`: each row's variety (0–1) sets the strengths of exposure
 * amortization, calibration, MMR, long tail, exploration and FA*IR for independent sellers; hard filters are
 * re-checked on every slate.
 */

import { createExposureTracker, createRerankStage } from "@candor/core/rerank";
import type { RerankStage } from "@candor/core/serve";
import type { Catalog, Product } from "@candor/sample-shop";

/** The variety a row starts with, 0–1. */
export const defaultVariety = 0.3;

/** The re-rank stage for the demo's recommender; exposure is tracked across every row served in this tab. */
export function createDemoRerank(catalog: Catalog): RerankStage<Product> {
  const independent = new Set(catalog.sellers.filter((s) => s.size === "independent").map((s) => s.id));
  return createRerankStage<Product>({
    defaultVariety,
    exposure: createExposureTracker(),
    isProtected: (item) => independent.has(item.sellerId ?? ""),
  });
}
