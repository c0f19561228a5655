/**
 * The shoppers' response model of Candor's simulations, the ground truth that `candor simulate` and the demo's
 * measurement tab check the measurements against: an item whose category holds enough of the shopper's taste is
 * clicked more often; a click may become a purchase.
 */
import type { Random } from "./prng.ts";

/** The click (and purchase) chances of a simulated shopper. */
export interface ClickModel {
  /** Click chance of an item whose category holds at least `relevantShare` of the shopper's taste. */
  readonly relevantClick: number;
  /** Click chance of any other item. */
  readonly baseClick: number;
  /** Chance that a click becomes a purchase; absent: no purchase is drawn. */
  readonly purchaseGivenClick?: number;
  /** The taste share from which an item counts as relevant; default 0.05. */
  readonly relevantShare?: number;
}

/** One simulated response to one served item. */
export interface SimulatedClick {
  /** The true click chance of the item for this shopper. */
  readonly probability: number;
  readonly clicked: boolean;
  /** Always `false` without a click or without `purchaseGivenClick`. */
  readonly purchased: boolean;
}

/** The click chance of an item whose category has `taste` (a share in [0, 1]) of the shopper's taste. */
export function clickProbability(model: ClickModel, taste: number): number {
  return taste >= (model.relevantShare ?? 0.05) ? model.relevantClick : model.baseClick;
}

/**
 * Draws a shopper's response to one served item: a click with {@link clickProbability}, then, after a click and when
 * the model has `purchaseGivenClick`, a purchase. Takes one number from `random`, or two after a click with purchases
 * in the model, so a seeded run stays the same.
 */
export function simulateClick(model: ClickModel, taste: number, random: Random): SimulatedClick {
  const probability = clickProbability(model, taste);
  const clicked = random() < probability;
  const purchased = clicked && model.purchaseGivenClick !== undefined && random() < model.purchaseGivenClick;
  return { probability, clicked, purchased };
}
