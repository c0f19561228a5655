/**
 * The scorers as data: one record per scorer says when it applies, whether it rests on the shopper's own data, how
 * it scores every item and what each piece of evidence contributed to one item. `scoreCandidates` runs this one list
 * for both the ranking pass and the contributions, so the two cannot drift apart.
 */
import type { PurposeId } from "../consent/types.ts";
import type { CatalogIndex } from "./catalog-index.ts";
import { type EaseModel } from "./models/ease.ts";
import { type HybridModel } from "./models/hybrid.ts";
import { type ItemKnnModel } from "./models/item-knn.ts";
import { type SearchIndex } from "./search-index.ts";
import type { ContextValue } from "./shared-stats.ts";
import type { HistoryEntry, Signals } from "./signals.ts";
import type { Evidence, ScorerId } from "./types.ts";
/** Blend weights per scorer; a weight of 0 switches a scorer off. */
export interface BlendWeights {
    /** The validation-tuned collaborative hybrid (`tuneHybrid`), when the recommender was given one. */
    readonly hybrid: number;
    readonly itemKnn: number;
    readonly ease: number;
    readonly content: number;
    readonly session: number;
    /** The shopper's own searches matched against the catalog's words. */
    readonly search: number;
    readonly context: number;
    readonly popularity: number;
    readonly editorial: number;
}
/** Starting weights before tuning on a validation split (`candor eval` tunes them). */
export declare const defaultBlendWeights: BlendWeights;
/** The fitted models a request is scored with. Every field but `popularity` is optional. */
export interface Models {
    /** The tuned collaborative hybrid (EASE, item-kNN, RP3beta, popularity with validation-tuned weights). */
    readonly hybrid?: HybridModel;
    readonly knn?: ItemKnnModel;
    readonly ease?: EaseModel;
    readonly content?: ItemKnnModel;
    /** The catalog's words, for the search scorer. */
    readonly search?: SearchIndex;
    /** Popularity in [0, 1] per item. */
    readonly popularity: Float64Array;
    /** Popularity in [0, 1] per item for a context bucket. */
    readonly contextPopularity?: (context: ContextValue) => Float64Array | undefined;
    /** Shop-chosen boosts per item (non-personal). */
    readonly editorial?: Float64Array;
}
/** A context value the request may use: its data category and the purposes it rests on (none: non-personal). */
export interface ContextSignal extends ContextValue {
    readonly dataCategory: string;
    readonly purposes: readonly PurposeId[];
}
/** What one request is scored with. */
export interface ScoringInput {
    readonly catalog: CatalogIndex;
    readonly models: Models;
    readonly signals: Signals;
    readonly weights: BlendWeights;
    /** May collaborative models be applied to this request's evidence (similar shoppers granted)? */
    readonly collaborative: boolean;
    /** The purpose that governs collaborative use, named in every collaborative contribution. */
    readonly collaborativePurpose: PurposeId | null;
    /** Context values allowed for this request. */
    readonly context: readonly ContextSignal[];
    /** History indexes and weights, and the same for the session, in signal order. */
    readonly historyIndex: readonly number[];
    readonly historyWeight: readonly number[];
    readonly sessionIndex: readonly number[];
    readonly sessionWeight: readonly number[];
    /** History and session entries by catalog index. */
    readonly historyByIndex: ReadonlyMap<number, HistoryEntry>;
    readonly sessionByIndex: ReadonlyMap<number, HistoryEntry>;
}
/** One evidence's part of one scorer's raw score for one item. */
export interface ScorerPart {
    /** The scorer id to report, when a scorer reports its components (the hybrid's EASE, item-kNN, …). */
    readonly scorer?: ScorerId;
    readonly evidence: Evidence;
    readonly raw: number;
    readonly purposes: readonly PurposeId[];
}
/** A scorer as data. */
export interface Scorer {
    readonly id: ScorerId;
    /** Its blend weight. */
    readonly weight: keyof BlendWeights;
    /** Whether it scores anything for this request. */
    applies(input: ScoringInput): boolean;
    /** Whether it rests on the shopper's own data for this request (it then never lifts special-category items). */
    personal(input: ScoringInput): boolean;
    /** Writes every item's raw score into `out` (zeroed by the caller). */
    scores(input: ScoringInput, out: Float64Array): void;
    /**
     * For scorers whose raw scores are one stored array (popularity, editorial): that array, read in place instead of
     * being copied by {@link Scorer.scores}. Same values.
     */
    values?(input: ScoringInput): Float64Array | undefined;
    /** The parts of item `index`'s raw score; they sum to what {@link Scorer.scores} wrote for it. */
    parts(input: ScoringInput, index: number): readonly ScorerPart[];
}
/** Every scorer, in the order their contributions are listed. */
export declare const scorers: readonly Scorer[];
