/** Exploration: a bounded, seeded share of slots for items the model is uncertain about, by Thompson sampling. */
import { mulberry32 } from "../internal/mulberry32.ts";
import { finishStage, stageLabel, unchanged } from "./finish-stage.ts";
import type { Candidate, ClickCounts, EffectMessages, RerankContext, Reranked } from "./types.ts";

/** Options of {@link explore}. */
export interface ExploreOptions {
  /**
   * Expected share of the k slots given to exploration, in [0, 0.5]; the count is share·k rounded up or down at
   * random (seeded) so the share holds on average. 0 is a no-op. Default 0.1.
   */
  readonly share?: number;
  /** Exploration slots come only after this many slots; default ⌊k / 2⌋, so the top of the slate stays as ranked. */
  readonly after?: number;
  /** Beta prior as pseudo-counts added to every item's feedback; default none (Beta(1, 1)). */
  readonly prior?: ClickCounts;
  /** Overrides of the default effect texts (kind `"exploration"`): `added` marks the slot, `down` the items it displaced. */
  readonly messages?: Partial<EffectMessages>;
}

/** Default texts of exploration's effects. */
export const explorationMessages: EffectMessages = {
  up: "exploration slot",
  down: "moved down to make room for an exploration slot",
  added: "exploration slot",
};

/**
 * Keeps the first k − m incoming items for the exploit slots and fills m exploration slots, drawn at random among
 * the slots after `after`, with the candidates below them that have the highest Thompson sample θ ~ Beta(1 + clicks,
 * 1 + impressions − clicks) (Chapelle & Li, "An Empirical Evaluation of Thompson Sampling", NIPS 2011): items with
 * little feedback vary most and so get explored. Each such item carries an effect of kind `"exploration"` whose
 * amount is its slot. Without `context.feedback` a no-op; with an empty map every item is equally unknown.
 */
export function explore(
  candidates: readonly Candidate[],
  options: ExploreOptions,
  context: RerankContext,
): Reranked {
  const share = options.share ?? 0.1;
  const label = stageLabel("exploration", "exploration", explorationMessages, options.messages);
  const n = candidates.length;
  const k = Math.min(context.k, n);
  const feedback = context.feedback;
  const after = Math.max(0, Math.min(options.after ?? Math.floor(k / 2), k));
  if (share <= 0 || feedback === undefined || k === 0) return unchanged(candidates, context.k);
  const random = mulberry32(((context.seed ?? 0) ^ 0x5eed_e8a1) >>> 0);
  const expected = share * k;
  const count = Math.min(
    Math.floor(expected) + (random() < expected - Math.floor(expected) ? 1 : 0),
    k - after,
  );
  if (count <= 0) return unchanged(candidates, context.k);
  // The slots: a seeded partial Fisher–Yates draw among after…k−1.
  const open = Int32Array.from({ length: k - after }, (_, i) => after + i);
  for (let i = 0; i < count; i++) {
    const j = i + Math.floor(random() * (open.length - i));
    const swap = open[i] ?? 0;
    open[i] = open[j] ?? 0;
    open[j] = swap;
  }
  const slots = open.slice(0, count).sort();
  // The items: the highest Thompson samples among the candidates outside the k − count exploit slots.
  const first = k - count;
  const prior = options.prior ?? { clicks: 0, impressions: 0 };
  const samples = new Float64Array(n - first);
  for (let i = first; i < n; i++) {
    const counts = feedback.get(candidates[i]?.item ?? "");
    const clicks = Math.max(0, (counts?.clicks ?? 0) + prior.clicks);
    const misses = Math.max(0, (counts?.impressions ?? 0) + prior.impressions - clicks);
    samples[i - first] = sampleBeta(1 + clicks, 1 + misses, random);
  }
  const picks = Int32Array.from({ length: n - first }, (_, i) => first + i)
    .sort((a, b) => (samples[b - first] ?? 0) - (samples[a - first] ?? 0) || a - b)
    .slice(0, count);
  const explored = new Uint8Array(n);
  for (const pick of picks) explored[pick] = 1;
  const order = new Int32Array(n);
  const isSlot = new Uint8Array(k);
  slots.forEach((slot, index) => {
    isSlot[slot] = 1;
    order[slot] = picks[index] ?? 0;
  });
  let next = 0;
  for (let slot = 0; slot < k; slot++) if (isSlot[slot] === 0) order[slot] = next++;
  let at = k;
  for (let i = next; i < n; i++) if (explored[i] === 0) order[at++] = i;
  const { stage, kind, messages } = label;
  return finishStage(candidates, order, context.k, (from, to) => {
    if (to < k && isSlot[to] === 1) return { stage, kind, amount: to + 1, message: messages.added };
    return from === to ? undefined : { stage, kind, amount: from - to, message: messages.down };
  });
}

/** A Beta(a, b) draw as X / (X + Y) of two Gamma draws. */
function sampleBeta(a: number, b: number, random: () => number): number {
  const x = sampleGamma(a, random);
  const y = sampleGamma(b, random);
  return x + y === 0 ? 0.5 : x / (x + y);
}

/** A Gamma(shape, 1) draw (Marsaglia & Tsang 2000; shape < 1 by the u^(1/shape) boost). */
function sampleGamma(shape: number, random: () => number): number {
  if (shape < 1) return sampleGamma(shape + 1, random) * (1 - random()) ** (1 / shape);
  const d = shape - 1 / 3;
  const c = 1 / Math.sqrt(9 * d);
  for (;;) {
    let x: number;
    let v: number;
    do {
      x = Math.sqrt(-2 * Math.log(1 - random())) * Math.cos(2 * Math.PI * random());
      v = 1 + c * x;
    } while (v <= 0);
    v = v * v * v;
    const u = 1 - random();
    if (Math.log(u) < 0.5 * x * x + d - d * v + d * Math.log(v)) return d * v;
  }
}

/** Whether a slate item holds an exploration slot (an effect of kind `"exploration"` with a positive amount). */
export function isExplorationSlot(item: {
  readonly effects: readonly { kind: string; amount: number }[];
}): boolean {
  return item.effects.some((effect) => effect.kind === "exploration" && effect.amount > 0);
}
