/**
 * Stages 5 and 6: the re-rank stage (variety, calibration, fairness, …) and the hard-filter re-check after it, so no
 * filtered item can reach a slate. Ranks are renumbered after the re-check.
 */
import type { Candidate, CatalogItem, SlateItem } from "../recommend/types.ts";
import type { RerankContext } from "../rerank/types.ts";
import type { RerankStage } from "./types.ts";

/** The best `k` candidates in score order, with no effects: the pipeline's stage when no re-ranker is set. */
export function firstK(candidates: readonly Candidate[], k: number): SlateItem[] {
  return candidates.slice(0, k).map((candidate, i) => ({ ...candidate, rank: i + 1, effects: [] }));
}

/** Re-ranks (or takes the top `k`) and re-checks every item against the hard filters. */
export function rerankSlate<T extends CatalogItem>(
  candidates: readonly Candidate[],
  context: RerankContext<T>,
  stage: RerankStage<T> | undefined,
  isServable: (item: string) => boolean,
): SlateItem[] {
  const ranked = stage ? stage(candidates, context) : firstK(candidates, context.k);
  return recheck(ranked, isServable, context.k);
}

/** The re-check: drops items the filters refuse and renumbers ranks 1…k. */
export function recheck(
  items: readonly SlateItem[],
  isAllowed: (item: string) => boolean,
  k: number,
): SlateItem[] {
  const out: SlateItem[] = [];
  const seen = new Set<string>();
  for (const item of items) {
    if (out.length >= k) break;
    if (seen.has(item.item) || !isAllowed(item.item)) continue;
    seen.add(item.item);
    out.push({ ...item, rank: out.length + 1 });
  }
  return out;
}
