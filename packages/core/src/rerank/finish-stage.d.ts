/** Turns a stage's new order into a slate with effects: every item that moved or was added says so. */
import type { Candidate, EffectMessages, RerankEffect, Reranked } from "./types.ts";
/** Names a stage and its default texts; `messages` overrides some of them. */
export interface StageLabel {
    readonly stage: string;
    readonly kind: string;
    readonly messages: EffectMessages;
}
/** The effect of moving an item from incoming position `from` to `to` (0-based), or `undefined` for none. */
export type DescribeMove = (from: number, to: number) => RerankEffect | undefined;
/** Merges the stage's default texts with the caller's overrides. */
export declare function stageLabel(stage: string, kind: string, defaults: EffectMessages, overrides?: Partial<EffectMessages>): StageLabel;
/**
 * The usual move description: an item from below the slate is "added" with the slot it got as the amount, an item
 * of the slate that changed place moved by `from − to` positions (positive is up).
 */
export declare function describeMoves(label: StageLabel, k: number): DescribeMove;
/**
 * Builds the stage outcome from `order` (`order[to] = from`, a permutation of the incoming positions): the first
 * `k` become slate items carrying their earlier effects plus this stage's; the others go to `rest` stripped of rank
 * and effects (an item that leaves the slate is not served, so it has nothing to explain).
 */
export declare function finishStage(candidates: readonly Candidate[], order: ArrayLike<number>, k: number, describe: DescribeMove): Reranked;
/** The identity outcome of a stage that has nothing to do: same order, no new effects. */
export declare function unchanged(candidates: readonly Candidate[], k: number): Reranked;
/** Completes a partial order: positions not yet placed follow in incoming order. */
export declare function completeOrder(order: Int32Array, placed: number, taken: Uint8Array): Int32Array;
