/** Turns the policy's signal view into the recommender's inputs: weighted history, session, exclusions. */
import type { SignalView, ViewEvent } from "../policy/types.ts";
import type { CatalogIndex } from "./catalog-index.ts";

/** How much each kind of interaction counts as evidence of interest. */
export interface EventWeights {
  readonly view: number;
  readonly add_to_cart: number;
  readonly purchase: number;
  /** A rating of 4 or more; lower ratings are not positive evidence. */
  readonly rating: number;
}

/** Default event weights: a purchase says more than a view. */
export const defaultEventWeights: EventWeights = { view: 1, add_to_cart: 2, purchase: 3, rating: 2 };

/** One history item: its index, weight and the event that earned the weight (cited by explanations). */
export interface HistoryEntry {
  readonly index: number;
  readonly item: string;
  readonly weight: number;
  readonly event: string;
  readonly dataCategory: string;
  /** Derived from special-category data: a signal only, never cited (GDPR Art. 9). */
  readonly special: boolean;
}

/** The recommender's personal inputs, derived from a signal view only. */
export interface Signals {
  /** Distinct items with their strongest evidence, oldest first. */
  readonly history: readonly HistoryEntry[];
  /** Items of the current session, as history entries with their session weight. */
  readonly session: readonly HistoryEntry[];
  /** Items the shopper bought or said "not interested" to: never recommended. */
  readonly excluded: ReadonlySet<string>;
  /** Items the shopper said "not interested" to (a subset of `excluded`). */
  readonly dismissed: ReadonlySet<string>;
}

const CATEGORY: Record<string, string> = {
  view: "pd:BrowsingBehavior",
  add_to_cart: "pd:BrowsingBehavior",
  purchase: "pd:Purchase",
  rating: "pd:Rating",
};

/** No personal inputs: what non-profiling mode works from. */
export const noSignals: Signals = { history: [], session: [], excluded: new Set(), dismissed: new Set() };

function weightOf(event: ViewEvent, weights: EventWeights): number {
  switch (event.type) {
    case "view":
    case "add_to_cart":
    case "purchase":
      return weights[event.type];
    case "rating":
      return (event.rating ?? 0) >= 4 ? weights.rating : 0;
    default:
      return 0;
  }
}

/**
 * Reads the view: each item's weight is that of its strongest event (so removing the item removes exactly its
 * contributions); bought and dismissed items are not recommended, and dismissed ones are no evidence either;
 * unknown items are skipped.
 */
export function signalsFromView(
  view: SignalView,
  catalog: CatalogIndex,
  options: { readonly session?: string; readonly weights?: EventWeights } = {},
): Signals {
  if (view.mode !== "personalized") return noSignals;
  const weights = options.weights ?? defaultEventWeights;
  const best = new Map<string, HistoryEntry>();
  const inSession = new Map<string, HistoryEntry>();
  const excluded = new Set<string>();
  const dismissed = new Set<string>();
  for (const event of view.events) {
    const item = event.item;
    if (item === undefined) continue;
    if (event.type === "dismiss" || event.type === "purchase") excluded.add(item);
    if (event.type === "dismiss") dismissed.add(item);
    const index = catalog.indexOf(item);
    const weight = weightOf(event, weights);
    if (index === undefined || weight <= 0) continue;
    const entry: HistoryEntry = {
      index,
      item,
      weight,
      event: event.id,
      dataCategory: CATEGORY[event.type] ?? "pd:BrowsingBehavior",
      special: event.special,
    };
    const previous = best.get(item);
    if (!previous || weight > previous.weight) best.set(item, entry);
    if (options.session !== undefined && event.session === options.session) {
      const current = inSession.get(item);
      if (!current || weight > current.weight) inSession.set(item, entry);
    }
  }
  // "Not interested" withdraws the item as evidence too; a purchase stays evidence but is not offered again.
  for (const item of dismissed) {
    best.delete(item);
    inSession.delete(item);
  }
  return { history: [...best.values()], session: [...inSession.values()], excluded, dismissed };
}
