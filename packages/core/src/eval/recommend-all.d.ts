import type { Interactions } from "./interactions.ts";
/** Writes a score for every item of the catalog into `out` (length `numItems`, zero-filled before the call). */
export type UserScorer = (user: number, out: Float64Array) => void;
/** Options of {@link recommendAll}. */
export interface RecommendAllOptions {
    /** Users to rank for. */
    readonly users: Iterable<number>;
    /** Catalog size. */
    readonly numItems: number;
    /** List length. */
    readonly k: number;
    /** Tables whose user–item pairs are masked (e.g. train and validation when scoring test); default none. */
    readonly exclude?: readonly Interactions[];
}
/** Ranks all non-excluded items for each user by the scorer and returns each user's top-k, best first. */
export declare function recommendAll(scoreUser: UserScorer, options: RecommendAllOptions): Map<number, Int32Array>;
