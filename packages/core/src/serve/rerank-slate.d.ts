/**
 * Stages 5 and 6: the re-rank stage (variety, calibration, fairness, …) and the hard-filter re-check after it, so no
 * filtered item can reach a slate. Ranks are renumbered after the re-check.
 */
import type { Candidate, CatalogItem, SlateItem } from "../recommend/types.ts";
import type { RerankRequest, RerankStage } from "./types.ts";
/** The best `k` candidates in score order, with no effects: the pipeline's stage when no re-ranker is set. */
export declare function topK(candidates: readonly Candidate[], k: number): SlateItem[];
/** Re-ranks (or takes the top `k`) and re-checks every item against the hard filters. */
export declare function rerankSlate<T extends CatalogItem>(candidates: readonly Candidate[], request: RerankRequest<T>, stage: RerankStage<T> | undefined): SlateItem[];
/** The re-check: drops items the filters refuse and renumbers ranks 1…k. */
export declare function recheck(items: readonly SlateItem[], isAllowed: (item: string) => boolean, k: number): SlateItem[];
