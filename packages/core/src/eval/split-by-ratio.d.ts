import { type Interactions } from "./interactions.ts";
/** Train, validation and test parts of one table; all three share its index maps. */
export interface Split {
    readonly train: Interactions;
    readonly validation: Interactions;
    readonly test: Interactions;
}
/** Options of {@link splitByRatio}. */
export interface RatioSplitOptions {
    /** Train, validation and test shares; default `[0.8, 0.1, 0.1]`. Must be ≥ 0 and sum to 1. */
    readonly ratios?: readonly [number, number, number];
    /** Seed of the {@link mulberry32} shuffle; default `2020`. */
    readonly seed?: number;
}
/**
 * Splits per user (RecBole's `RS` with `group_by: user`). Users are visited in index order and each user's
 * interactions, in table order, are shuffled (Fisher–Yates) from one seeded generator. For `n` interactions:
 * `nValidation = floor(0.1·n)`, `nTest = floor(0.1·n)`, train takes the rest; then, as RecBole's
 * `_calcu_split_ids`, while train keeps more than one interaction, test and then validation get one when their
 * share of `n` is between 0 and 1 (so a user with 2 interactions gets train + test, with 3 one of each, and a user
 * with 1 only train). The order is train, validation, test along the shuffled list.
 */
export declare function splitByRatio(interactions: Interactions, options?: RatioSplitOptions): Split;
/** RecBole's per-group counts for ratios `[train, validation, test]`. */
export declare function splitCounts(n: number, ratios: readonly [number, number, number]): [number, number, number];
