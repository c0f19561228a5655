/**
 * Test items that training never saw: no collaborative model can recommend them from data, so a report must say
 * how many there are and whether they were kept (as catalog items, RecBole's choice) or dropped from test.
 */
import { ConfigError } from "../internal/candor-error.ts";
import { unseenTestItemsError } from "./errors.ts";
import { type Interactions, selectInteractions } from "./interactions.ts";

/** What to do with test interactions whose item has no interaction in the fitted data. */
export type UnseenItemsPolicy = "keep" | "drop" | "error";

/** The count of {@link unseenTestItems}. */
export interface UnseenItems {
  /** Test interactions whose item is absent from the fitted data, and the distinct items among them. */
  readonly interactions: number;
  readonly items: number;
}

/** Counts the test interactions (and distinct items) absent from `fitted` (train, or train + validation). */
export function unseenTestItems(fitted: Interactions, test: Interactions): UnseenItems {
  if (fitted.numItems !== test.numItems)
    throw new ConfigError("test", "must share the fitted table's item index map");
  const seen = new Uint8Array(fitted.numItems);
  for (const i of fitted.items) seen[i] = 1;
  const unseen = new Set<number>();
  let interactions = 0;
  for (const i of test.items)
    if (seen[i] !== 1) {
      interactions++;
      unseen.add(i);
    }
  return { interactions, items: unseen.size };
}

/**
 * Applies `policy` to the test table: `"keep"` returns it as it is, `"drop"` without the unseen interactions
 * (users left without one are no longer scored), `"error"` throws an `InputError` with code `"unseen-test-items"` when there are any.
 */
export function applyUnseenPolicy(
  fitted: Interactions,
  test: Interactions,
  policy: UnseenItemsPolicy,
): { readonly test: Interactions; readonly unseen: UnseenItems } {
  const unseen = unseenTestItems(fitted, test);
  if (unseen.interactions === 0 || policy === "keep") return { test, unseen };
  if (policy === "error") throw unseenTestItemsError(unseen.interactions, unseen.items);
  const seen = new Uint8Array(fitted.numItems);
  for (const i of fitted.items) seen[i] = 1;
  return {
    test: selectInteractions(
      test,
      Uint8Array.from(test.items, (i) => seen[i] ?? 0),
    ),
    unseen,
  };
}
