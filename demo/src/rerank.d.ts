/**
 * The demo's re-rank stage from `@candor/core/rerank`: each row's variety (0–1) sets the strengths of exposure
 * amortization, calibration, MMR, long tail, exploration and FA*IR for independent sellers; hard filters are
 * re-checked on every slate.
 */
import type { RerankStage } from "@candor/core/serve";
import type { Catalog, Product } from "@candor/sample-shop";
/** The variety a row starts with, 0–1. */
export declare const defaultVariety = 0.3;
/** The re-rank stage for the demo's recommender; exposure is tracked across every row served in this tab. */
export declare function createDemoRerank(catalog: Catalog): RerankStage<Product>;
