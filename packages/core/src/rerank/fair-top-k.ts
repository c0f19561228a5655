/** Provider fairness by FA*IR (Zehlike et al., CIKM 2017): a minimum share of a protected group in every prefix. */

import { fairMinimums } from "./fair-minimums.ts";
import { describeMoves, finishStage, stageLabel, unchanged } from "./finish-stage.ts";
import { itemFeatures } from "./item-features.ts";
import type { Candidate, EffectMessages, RerankContext, Reranked } from "./types.ts";

/** Options of {@link fairTopK}. */
export interface FairTopKOptions {
  /** Target minimum proportion p in [0, 1) of protected items; 0 keeps the input order. Default 0.2. */
  readonly p?: number;
  /** Significance α of the per-prefix test; default 0.1 (the paper's). */
  readonly alpha?: number;
  /** Multiple-testing adjustment of α; default `true`. */
  readonly adjust?: boolean;
  /** Overrides of the default effect texts (kind `"provider-fairness"`), e.g. to name the protected group. */
  readonly messages?: Partial<EffectMessages>;
}

/** Default texts of provider fairness's effects. */
export const providerFairnessMessages: EffectMessages = {
  up: "moved up: from an independent seller",
  down: "moved down to make room for an independent seller",
  added: "added from an independent seller",
};

/**
 * FA*IR's greedy: slot i takes the best protected item (by incoming order) when the slate has fewer than m(i)
 * ({@link fairMinimums}), else the better of the best protected and the best unprotected. Each group keeps its
 * incoming order; when protected candidates run out the minimums cannot all hold and the rest is filled by order.
 * The protected group is `context.isProtected`; without it, a no-op. Items `items` does not know are unprotected.
 */
export function fairTopK(
  candidates: readonly Candidate[],
  options: FairTopKOptions,
  context: RerankContext,
): Reranked {
  const p = options.p ?? 0.2;
  const label = stageLabel("fair", "provider-fairness", providerFairnessMessages, options.messages);
  const n = candidates.length;
  const k = Math.min(context.k, n);
  const isProtected = context.isProtected;
  if (p <= 0 || isProtected === undefined || k === 0) return unchanged(candidates, context.k);
  const minimums = fairMinimums(k, p, {
    ...(options.alpha === undefined ? {} : { alpha: options.alpha }),
    ...(options.adjust === undefined ? {} : { adjust: options.adjust }),
  });
  const features = itemFeatures(candidates, context.items);
  const protectedQueue = new Int32Array(n);
  const otherQueue = new Int32Array(n);
  let protectedCount = 0;
  let otherCount = 0;
  for (let i = 0; i < n; i++) {
    const item = features[i];
    if (item !== undefined && isProtected(item)) protectedQueue[protectedCount++] = i;
    else otherQueue[otherCount++] = i;
  }
  const order = new Int32Array(n);
  let nextProtected = 0;
  let nextOther = 0;
  let placedProtected = 0;
  for (let slot = 0; slot < n; slot++) {
    const hasProtected = nextProtected < protectedCount;
    const hasOther = nextOther < otherCount;
    const needed = slot < k && placedProtected < (minimums[slot] ?? 0);
    const takeProtected =
      hasProtected &&
      (needed || !hasOther || (protectedQueue[nextProtected] ?? 0) < (otherQueue[nextOther] ?? 0));
    if (takeProtected) {
      order[slot] = protectedQueue[nextProtected++] ?? 0;
      if (slot < k) placedProtected++;
    } else order[slot] = otherQueue[nextOther++] ?? 0;
  }
  return finishStage(candidates, order, context.k, describeMoves(label, context.k));
}
