/**
 * Exposure amortization: boosts providers that have been shown less so far, so fairness of exposure holds over
 * time and not only per slate (after Biega, Gummadi & Weikum, "Equity of Attention", SIGIR 2018; greedy, not the ILP).
 */
import { positionWeight } from "../internal/position-weight.ts";
import { completeOrder, describeMoves, finishStage, stageLabel, unchanged } from "./finish-stage.ts";
import { itemFeatures } from "./item-features.ts";
import { positionRelevance, slotDiscount } from "./position-relevance.ts";
import type { Candidate, EffectMessages, RerankContext, Reranked } from "./types.ts";

/** Options of {@link amortizeExposure}. */
export interface AmortizeExposureOptions {
  /** Weight β in [0, 1] of the exposure deficit against relevance; 0 keeps the input order. Default 0.1 (the pipeline's at variety 0.5). */
  readonly strength?: number;
  /** Overrides of the default effect texts (kind `"exposure"`). */
  readonly messages?: Partial<EffectMessages>;
}

/** Default texts of exposure amortization's effects. */
export const exposureMessages: EffectMessages = {
  up: "moved up: this seller has been shown less often",
  down: "moved down: other sellers have been shown less often",
  added: "added: this seller has been shown less often",
};

/**
 * Greedy: each slot takes the candidate maximising (1 − β)·relevance·d + β·ē / (ē + e), where e is its provider's
 * exposure so far (the tracker's, plus what this slate already gave it), ē the mean tracked exposure of the
 * candidates' providers (so a provider at the mean gets ½, a never-shown one 1), relevance from
 * {@link positionRelevance} and d the slot's {@link slotDiscount}. Items without a provider get no boost. No tracker,
 * or nothing tracked yet for these providers: a no-op.
 */
export function amortizeExposure(
  candidates: readonly Candidate[],
  options: AmortizeExposureOptions,
  context: RerankContext,
): Reranked {
  const strength = options.strength ?? 0.1;
  const label = stageLabel("exposure", "exposure", exposureMessages, options.messages);
  const tracker = context.exposure;
  const n = candidates.length;
  const k = Math.min(context.k, n);
  if (strength <= 0 || tracker === undefined || k === 0) return unchanged(candidates, context.k);
  const features = itemFeatures(candidates, context.items);
  const providerIds = new Map<string, number>();
  const provider = new Int32Array(n).fill(-1);
  const exposure: number[] = [];
  let reference = 0;
  for (let i = 0; i < n; i++) {
    const item = features[i];
    const name = item ? tracker.providerOf(item) : undefined;
    if (name === undefined) continue;
    let id = providerIds.get(name);
    if (id === undefined) {
      id = exposure.length;
      providerIds.set(name, id);
      const e = tracker.exposureOf(name);
      exposure.push(e);
      reference += e;
    }
    provider[i] = id;
  }
  if (!(reference > 0)) return unchanged(candidates, context.k);
  reference /= exposure.length;
  const current = Float64Array.from(exposure);
  const relevance = positionRelevance(candidates);
  const order = new Int32Array(n);
  const taken = new Uint8Array(n);
  for (let slot = 0; slot < k; slot++) {
    const discount = slotDiscount(slot);
    let best = -1;
    let bestValue = Number.NEGATIVE_INFINITY;
    for (let i = 0; i < n; i++) {
      if (taken[i] === 1) continue;
      const p = provider[i] ?? -1;
      const deficit = p < 0 ? 0 : reference / (reference + (current[p] ?? 0));
      const value = (1 - strength) * (relevance[i] ?? 0) * discount + strength * deficit;
      if (value > bestValue) {
        bestValue = value;
        best = i;
      }
    }
    order[slot] = best;
    taken[best] = 1;
    const p = provider[best] ?? -1;
    if (p >= 0) current[p] = (current[p] ?? 0) + positionWeight(slot + 1);
  }
  return finishStage(candidates, completeOrder(order, k, taken), context.k, describeMoves(label, context.k));
}
