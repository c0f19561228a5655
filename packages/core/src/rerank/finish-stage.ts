/** Turns a stage's new order into a slate with effects: every item that moved or was added says so. */
import type { Candidate, EffectMessages, RerankEffect, Reranked, SlateItem } from "./types.ts";

/** Names a stage and its default texts; `messages` overrides some of them. */
export interface StageLabel {
  readonly stage: string;
  readonly kind: string;
  readonly messages: EffectMessages;
}

/** The effect of moving an item from incoming position `from` to `to` (0-based), or `undefined` for none. */
export type DescribeMove = (from: number, to: number) => RerankEffect | undefined;

/** Merges the stage's default texts with the caller's overrides. */
export function stageLabel(
  stage: string,
  kind: string,
  defaults: EffectMessages,
  overrides?: Partial<EffectMessages>,
): StageLabel {
  return { stage, kind, messages: overrides ? { ...defaults, ...overrides } : defaults };
}

/**
 * The usual move description: an item from below the slate is "added" with the slot it got as the amount, an item
 * of the slate that changed place moved by `from − to` positions (positive is up).
 */
export function describeMoves(label: StageLabel, k: number): DescribeMove {
  return (from, to) => {
    if (from === to) return undefined;
    const { stage, kind, messages } = label;
    if (from >= k) return { stage, kind, amount: to + 1, message: messages.added };
    const amount = from - to;
    return { stage, kind, amount, message: amount > 0 ? messages.up : messages.down };
  };
}

/**
 * Builds the stage outcome from `order` (`order[to] = from`, a permutation of the incoming positions): the first
 * `k` become slate items carrying their earlier effects plus this stage's; the others go to `rest` stripped of rank
 * and effects (an item that leaves the slate is not served, so it has nothing to explain).
 */
export function finishStage(
  candidates: readonly Candidate[],
  order: ArrayLike<number>,
  k: number,
  describe: DescribeMove,
): Reranked {
  const size = Math.min(k, order.length);
  const slate = new Array<SlateItem>(size);
  for (let to = 0; to < size; to++) {
    const from = order[to] ?? 0;
    const candidate = candidates[from] as Candidate;
    const earlier = (candidate as Partial<SlateItem>).effects ?? [];
    const effect = describe(from, to);
    slate[to] = { ...candidate, rank: to + 1, effects: effect ? [...earlier, effect] : earlier };
  }
  const rest = new Array<Candidate>(Math.max(0, order.length - size));
  for (let to = size; to < order.length; to++)
    rest[to - size] = plain(candidates[order[to] ?? 0] as Candidate);
  return { slate, rest };
}

/** The identity outcome of a stage that has nothing to do: same order, no new effects. */
export function unchanged(candidates: readonly Candidate[], k: number): Reranked {
  const order = new Int32Array(candidates.length);
  for (let i = 0; i < order.length; i++) order[i] = i;
  return finishStage(candidates, order, k, () => undefined);
}

/** Completes a partial order: positions not yet placed follow in incoming order. */
export function completeOrder(order: Int32Array, placed: number, taken: Uint8Array): Int32Array {
  let at = placed;
  for (let i = 0; i < taken.length; i++) if (taken[i] === 0) order[at++] = i;
  return order;
}

/** The candidate without slate fields (rank, effects). */
function plain(candidate: Candidate): Candidate {
  if (!("rank" in candidate) && !("effects" in candidate)) return candidate;
  const { rank: _rank, effects: _effects, ...rest } = candidate as SlateItem;
  return rest;
}
