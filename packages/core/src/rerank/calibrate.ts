/** Calibrated recommendations (Steck, RecSys 2018): keep the slate's category mix close to the shopper's history. */
import { completeOrder, describeMoves, finishStage, stageLabel, unchanged } from "./finish-stage.ts";
import { itemFeatures } from "./item-features.ts";
import { positionRelevance, slotDiscount } from "./position-relevance.ts";
import type { Candidate, CatalogItem, EffectMessages, RerankContext, Reranked } from "./types.ts";

/** Options of {@link calibrate}. */
export interface CalibrateOptions {
  /** Weight λ in [0, 1] of calibration against relevance (Steck's λ); 0 keeps the input order. Default 0.2 (the pipeline's at variety 0.5). */
  readonly lambda?: number;
  /** Smoothing α of the slate's mix toward the history's, q̃ = (1 − α)·q + α·p; default 0.01 (Steck 2018). */
  readonly alpha?: number;
  /** Overrides of the default effect texts (kind `"calibration"`). */
  readonly messages?: Partial<EffectMessages>;
}

const message = "kept category mix close to your history";

/** Default texts of calibration's effects. */
export const calibrationMessages: EffectMessages = { up: message, down: message, added: message };

/** The default category accessor: the leaf category, or none. */
export function leafCategory(item: CatalogItem): readonly string[] {
  return item.category === "" ? [] : [item.category];
}

/**
 * Steck's greedy calibration: each slot takes the candidate maximising (1 − λ)·relevance·d − λ·KL(p ‖ q̃) of the slate
 * with it, where p is the history mix (`context.history`), q the slate's (each item spreads a weight of 1 evenly over
 * its categories), relevance from {@link positionRelevance} and d the slot's {@link slotDiscount}. q counts the k slots to be filled (q_c = weight in c
 * / k), so the first slots are not pulled toward the whole mix at once: at the k-th slot this is Steck's KL of the
 * full list, and on the way it costs less relevance at the top for the same final KL. Only the item's own
 * categories change between candidates, so a slot costs O(|history categories| + Σ categories). No history: a no-op.
 */
export function calibrate(
  candidates: readonly Candidate[],
  options: CalibrateOptions,
  context: RerankContext,
): Reranked {
  const lambda = options.lambda ?? 0.2;
  const alpha = options.alpha ?? 0.01;
  const label = stageLabel("calibration", "calibration", calibrationMessages, options.messages);
  const n = candidates.length;
  const k = Math.min(context.k, n);
  const index = new Map<string, number>();
  const target: number[] = [];
  let total = 0;
  for (const [category, weight] of context.history ?? []) {
    if (!(weight > 0) || index.has(category)) continue;
    index.set(category, target.length);
    target.push(weight);
    total += weight;
  }
  if (lambda <= 0 || target.length === 0 || k === 0) return unchanged(candidates, context.k);
  const numCategories = target.length;
  const p = Float64Array.from(target, (w) => w / total);
  let entropyTerm = 0;
  for (const pc of p) entropyTerm += pc * Math.log(pc);
  // Per candidate: whether it has any category (it then counts in the slate's total) and its weights on history categories.
  const categoriesOf = context.categoriesOf ?? leafCategory;
  const features = itemFeatures(candidates, context.items);
  const offsets = new Int32Array(n + 1);
  const ids: number[] = [];
  const weights: number[] = [];
  for (let i = 0; i < n; i++) {
    const item = features[i];
    const listed = item ? categoriesOf(item) : [];
    const categories = listed.length > 1 ? [...new Set(listed)] : listed;
    for (const category of categories) {
      const c = index.get(category);
      if (c === undefined) continue;
      ids.push(c);
      weights.push(1 / categories.length);
    }
    offsets[i + 1] = ids.length;
  }
  const categoryIds = Int32Array.from(ids);
  const categoryWeights = Float64Array.from(weights);
  const relevance = positionRelevance(candidates);
  const counts = new Float64Array(numCategories);
  const logBase = new Float64Array(numCategories);
  const order = new Int32Array(n);
  const taken = new Uint8Array(n);
  for (let slot = 0; slot < k; slot++) {
    const discount = slotDiscount(slot);
    // Σ_c p_c·log q̃_c of the slate so far, then each candidate changes only its own categories' terms.
    let base = 0;
    for (let c = 0; c < numCategories; c++) {
      const pc = p[c] ?? 0;
      logBase[c] = Math.log((1 - alpha) * ((counts[c] ?? 0) / k) + alpha * pc);
      base += pc * (logBase[c] ?? 0);
    }
    let best = -1;
    let bestValue = Number.NEGATIVE_INFINITY;
    for (let i = 0; i < n; i++) {
      if (taken[i] === 1) continue;
      let sum = base;
      for (let at = offsets[i] ?? 0; at < (offsets[i + 1] ?? 0); at++) {
        const c = categoryIds[at] ?? 0;
        const pc = p[c] ?? 0;
        const q = ((counts[c] ?? 0) + (categoryWeights[at] ?? 0)) / k;
        sum += pc * (Math.log((1 - alpha) * q + alpha * pc) - (logBase[c] ?? 0));
      }
      const value = (1 - lambda) * (relevance[i] ?? 0) * discount - lambda * (entropyTerm - sum);
      if (value > bestValue) {
        bestValue = value;
        best = i;
      }
    }
    order[slot] = best;
    taken[best] = 1;
    for (let at = offsets[best] ?? 0; at < (offsets[best + 1] ?? 0); at++) {
      const c = categoryIds[at] ?? 0;
      counts[c] = (counts[c] ?? 0) + (categoryWeights[at] ?? 0);
    }
  }
  return finishStage(candidates, completeOrder(order, k, taken), context.k, describeMoves(label, context.k));
}
