/**
 * Shared statistics built from many shoppers: per-subject distinct items (for item-kNN and EASE), popularity with
 * time decay, and popularity by context. Only what the policy let in is ever added, and a subject can be forgotten
 * (withdrawal of `similar-shoppers`, erasure), which removes everything derived from them at the next fit.
 */
import type { TrainingData } from "./models/types.ts";
/** A coarse context bucket, e.g. `device=mobile`, `daypart=evening`, `region=DE`. */
export interface ContextValue {
    readonly name: "device" | "daypart" | "region";
    readonly value: string;
}
/** Options of {@link createSharedStats}. */
export interface SharedStatsOptions {
    /** Number of catalog items. */
    readonly numItems: number;
    /** Popularity half-life in milliseconds; default 14 days. */
    readonly halfLifeMs?: number;
}
/** The incremental shared statistics; `ingest` is O(1) amortised. */
export interface SharedStats {
    /** Adds one interaction of `subject` with item `index`; only the first per (subject, item) counts. */
    ingest(subject: string, index: number, at: number, context?: readonly ContextValue[]): void;
    /** Removes a subject and what they added; returns whether they were known. */
    forget(subject: string): boolean;
    /** Whether `subject` is part of the shared statistics. */
    has(subject: string): boolean;
    /** Distinct subject–item pairs as training data for the collaborative models. */
    trainingData(): TrainingData;
    /** Popularity in [0, 1] per item: time-decayed distinct-shopper counts over the largest one (cached until a change). */
    popularity(): Float64Array;
    /** Popularity in [0, 1] per item within one context bucket, or `undefined` when the bucket is empty. */
    contextPopularity(context: ContextValue): Float64Array | undefined;
    readonly subjects: number;
    readonly interactions: number;
}
/** Creates empty shared statistics for a catalog of `numItems` items. */
export declare function createSharedStats(options: SharedStatsOptions): SharedStats;
/** The daypart of a local hour: night (0–5), morning (6–11), afternoon (12–17), evening (18–23). */
export declare function daypart(hourOfDay: number): string;
