/** Turns the policy's signal view into the recommender's inputs: weighted history, session, searches, exclusions. */
import type { PurposeId } from "../consent/types.ts";
import type { PolicyDecision, SignalView } from "../policy/types.ts";
import type { CatalogIndex } from "./catalog-index.ts";
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
export declare const defaultEventWeights: EventWeights;
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
export declare const MAX_SEARCHES = 10;
/** No personal inputs: what non-profiling mode works from. */
export declare const noSignals: Signals;
/**
 * Reads the view under `decision`: each item's weight is that of its strongest event (so removing the item removes
 * exactly its contributions); bought and dismissed items are not recommended, and dismissed ones are no evidence
 * either; unknown items are skipped. Every entry carries the purposes its categories are allowed under now, so each
 * contribution can name the purpose it was used for (GDPR Art. 5(1)(b)).
 */
export declare function signalsFromView(view: SignalView, decision: PolicyDecision, catalog: CatalogIndex, options?: {
    readonly session?: string;
    readonly weights?: EventWeights;
}): Signals;
