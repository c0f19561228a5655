import type { Interactions } from "./interactions.ts";
import { type UserScorer } from "./recommend-all.ts";
/** Candidate values per parameter name, e.g. `{ lambda: [100, 250, 500, 1000] }`. */
export type SearchSpace = Readonly<Record<string, readonly number[]>>;
/** One point of a {@link SearchSpace}. */
export type ParamsOf<S extends SearchSpace> = {
    [K in keyof S]: number;
};
/** Options of {@link tune}. */
export interface TuneOptions<S extends SearchSpace> {
    /**
     * `"grid"` tries every combination; `"coordinate"` starts from `start` and, one parameter at a time, moves to its
     * best value with the others fixed, until a round changes nothing or `maxRounds` is reached. Default `"grid"`.
     */
    readonly strategy?: "grid" | "coordinate";
    /** Coordinate search's starting point; default the first value of each parameter. */
    readonly start?: Partial<ParamsOf<S>>;
    /** Coordinate search's round limit; default 3. */
    readonly maxRounds?: number;
}
/** One evaluated point. */
export interface TuneTrial<P> {
    readonly params: P;
    readonly score: number;
}
/** Result of {@link tune}: the best point (first found among equals) and every point tried, in order. */
export interface TuneResult<P> {
    readonly best: P;
    readonly score: number;
    readonly trials: readonly TuneTrial<P>[];
}
/**
 * Maximises `objective` (e.g. validation NDCG@10 from {@link holdoutNdcg}) over the space. Each point is evaluated at
 * most once; NaN scores never win. Deterministic: same space and objective, same result.
 */
export declare function tune<S extends SearchSpace>(space: S, objective: (params: ParamsOf<S>) => number, options?: TuneOptions<S>): TuneResult<ParamsOf<S>>;
/** Options of {@link holdoutNdcg}. */
export interface HoldoutNdcgOptions {
    /** The held-out table (validation when tuning); its users with ≥ 1 item are ranked. */
    readonly holdout: Interactions;
    /** Tables whose pairs are masked (train when tuning on validation). */
    readonly exclude: readonly Interactions[];
    /** Cut-off; default 10. */
    readonly k?: number;
}
/** Mean NDCG@k of a scorer on a held-out table with full ranking: the objective {@link tune} usually maximises. */
export declare function holdoutNdcg(scoreUser: UserScorer, options: HoldoutNdcgOptions): number;
