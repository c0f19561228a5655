/** Turns the policy's signal view into the recommender's inputs: weighted history, session, searches, exclusions. */
import type { PurposeId } from "../consent/types.ts";
import { contextCategory, interactionCategory } from "../policy/data-categories.ts";
import type { PolicyDecision, SignalView, ViewEvent } from "../policy/types.ts";
import type { CatalogIndex } from "./catalog-index.ts";
import { queryTerms } from "./search-index.ts";

/** How much each kind of interaction counts as evidence of interest. */
export interface EventWeights {
  readonly view: number;
  readonly add_to_cart: number;
  readonly purchase: number;
  /** A rating of 4 or more; lower ratings are not positive evidence. */
  readonly rating: number;
  /** A search, for the search scorer. */
  readonly search: number;
}

/** Default event weights: a purchase says more than a view. */
export const defaultEventWeights: EventWeights = {
  view: 1,
  add_to_cart: 2,
  purchase: 3,
  rating: 2,
  search: 1,
};

/** One history item: its index, weight and the event that earned the weight (cited by explanations). */
export interface HistoryEntry {
  readonly index: number;
  readonly item: string;
  readonly weight: number;
  /** The vault event, or absent for evidence that is not stored (the product on screen). */
  readonly event?: string;
  readonly dataCategory: string;
  /** Derived from special-category data: a signal only, never cited (GDPR Art. 9). */
  readonly special: boolean;
  /** The purposes under which the event may be used now (the decision's basis of its categories). */
  readonly purposes: readonly PurposeId[];
}

/** One of the shopper's searches, as evidence for the search scorer. */
export interface SearchEntry {
  readonly query: string;
  /** Normalised terms of the query (see `queryTerms`). */
  readonly terms: readonly string[];
  readonly weight: number;
  readonly event: string;
  readonly special: boolean;
  readonly purposes: readonly PurposeId[];
}

/** The recommender's personal inputs, derived from a signal view only. */
export interface Signals {
  /** Distinct items with their strongest evidence, oldest first. */
  readonly history: readonly HistoryEntry[];
  /** Items of the current session, as history entries with their session weight. */
  readonly session: readonly HistoryEntry[];
  /** The newest distinct searches, oldest first (at most {@link MAX_SEARCHES}). */
  readonly searches: readonly SearchEntry[];
  /** Items the shopper bought or said "not interested" to: never recommended. */
  readonly excluded: ReadonlySet<string>;
  /** Items the shopper said "not interested" to (a subset of `excluded`). */
  readonly dismissed: ReadonlySet<string>;
}

/** How many of the newest distinct searches are evidence. */
export const MAX_SEARCHES = 10;

const CONTEXT_CATEGORIES = new Set<string>(Object.values(contextCategory));

/** No personal inputs: what non-profiling mode works from. */
export const noSignals: Signals = Object.freeze({
  history: [],
  session: [],
  searches: [],
  excluded: new Set<string>(),
  dismissed: new Set<string>(),
});

function weightOf(event: ViewEvent, weights: EventWeights): number {
  switch (event.type) {
    case "view":
    case "add_to_cart":
    case "purchase":
    case "search":
      return weights[event.type];
    case "rating":
      return (event.rating ?? 0) >= 4 ? weights.rating : 0;
    default:
      return 0;
  }
}

/**
 * Reads the view under `decision`: each item's weight is that of its strongest event (so removing the item removes
 * exactly its contributions); bought and dismissed items are not recommended, and dismissed ones are no evidence
 * either; unknown items are skipped. Every entry carries the purposes its categories are allowed under now, so each
 * contribution can name the purpose it was used for (GDPR Art. 5(1)(b)).
 */
export function signalsFromView(
  view: SignalView,
  decision: PolicyDecision,
  catalog: CatalogIndex,
  options: { readonly session?: string; readonly weights?: EventWeights } = {},
): Signals {
  if (view.mode !== "personalized" || decision.mode !== "personalized") return noSignals;
  const weights = options.weights ?? defaultEventWeights;
  const purposeOf = new Map(decision.basis.map((b) => [b.category, b.purpose]));
  const purposesCache = new Map<readonly string[], readonly PurposeId[]>();
  const purposesOf = (categories: readonly string[]): readonly PurposeId[] => {
    let purposes = purposesCache.get(categories);
    if (!purposes) {
      const list: PurposeId[] = [];
      for (const category of categories) {
        if (CONTEXT_CATEGORIES.has(category)) continue;
        const purpose = purposeOf.get(category);
        if (purpose !== undefined && !list.includes(purpose)) list.push(purpose);
      }
      purposes = Object.freeze(list);
      purposesCache.set(categories, purposes);
    }
    return purposes;
  };
  const best = new Map<string, HistoryEntry>();
  const inSession = new Map<string, HistoryEntry>();
  const searches = new Map<string, SearchEntry>();
  const excluded = new Set<string>();
  const dismissed = new Set<string>();
  for (const event of view.events) {
    if (event.type === "search") {
      const terms = event.query === undefined ? [] : queryTerms(event.query);
      const weight = weightOf(event, weights);
      if (terms.length === 0 || weight <= 0 || event.query === undefined) continue;
      const key = terms.join(" ");
      // The newest search of the same terms stands for them; re-inserting keeps the map in recency order.
      searches.delete(key);
      searches.set(key, {
        query: event.query,
        terms,
        weight,
        event: event.id,
        special: event.special,
        purposes: purposesOf(event.categories),
      });
      continue;
    }
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
      dataCategory: interactionCategory[event.type],
      special: event.special,
      purposes: purposesOf(event.categories),
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
  return {
    history: [...best.values()],
    session: [...inSession.values()],
    searches: [...searches.values()].slice(-MAX_SEARCHES),
    excluded,
    dismissed,
  };
}
