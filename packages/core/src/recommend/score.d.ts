/**
 * Scoring one request: every applicable scorer of {@link scorers} adds its weighted raw scores in one pass over the
 * catalog, the best candidates are kept, and each candidate's score is the sum of its contributions (scorer ×
 * evidence × weight), computed from the same scorer records. Personal scorers never lift an item tagged with a
 * special category unless the request allows sensitive data (GDPR Art. 9(2)(a), CPRA §7027).
 */
import type { PurposeId } from "../consent/types.ts";
import type { CatalogIndex } from "./catalog-index.ts";
import { type BlendWeights, type ContextSignal, type Models } from "./scorers.ts";
import type { Signals } from "./signals.ts";
import type { Candidate } from "./types.ts";
/** Options of {@link scoreCandidates}. */
export interface ScoreOptions {
    readonly weights: BlendWeights;
    /** How many candidates to return, best first. */
    readonly limit: number;
    /** May collaborative models be applied to this request's evidence (similar shoppers granted)? */
    readonly collaborative: boolean;
    /** The collaborative purpose, named in collaborative contributions; default none. */
    readonly collaborativePurpose?: PurposeId | null;
    /** Context values allowed for this request, with their categories and purposes. */
    readonly context?: readonly ContextSignal[];
    /**
     * Items tagged with a special category (1) by index. Personal scorers add nothing to them unless
     * `sensitiveAllowed` (GDPR Art. 9(2)(a)); default: no item is special.
     */
    readonly specialItems?: Uint8Array;
    /** Whether personal evidence may lift special-category items (the explicit special purpose is granted). */
    readonly sensitiveAllowed?: boolean;
    /** Items that must not be candidates (bought, dismissed, hard-filtered …). */
    readonly exclude?: (index: number) => boolean;
}
/** Scratch buffers reused across calls of one scorer (scoring is synchronous). */
export interface ScoreScratch {
    readonly total: Float64Array;
    readonly part: Float64Array;
}
/** Allocates scratch buffers for a catalog of `n` items. */
export declare function createScratch(n: number): ScoreScratch;
/** A candidate with the ranking pass's total beside the score (the sum of its contributions). */
export interface ScoredCandidate extends Candidate {
    /** What the ranking pass added up for this item; equal to `score` up to rounding (tests check 1e-9). */
    readonly rankingScore: number;
}
/**
 * Scores every item, keeps the best `limit` that are not excluded, and decomposes each kept score into its
 * contributions. Without history and with `collaborative: false` only non-personal scorers contribute.
 */
export declare function scoreCandidates(catalog: CatalogIndex, models: Models, signals: Signals, options: ScoreOptions, scratch?: ScoreScratch): ScoredCandidate[];
/**
 * The `limit` best indexes by score (ties: lower index first), skipping excluded ones; a bounded min-heap.
 * `exclude` is only asked about items that would enter the heap.
 */
export declare function topIndexes(scores: Float64Array, n: number, limit: number, exclude?: (index: number) => boolean): number[];
