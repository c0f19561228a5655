/** Calibration KL@k (Steck, "Calibrated Recommendations", RecSys 2018). */
/**
 * Category distribution of a set of items: each item spreads a weight of 1 evenly over its categories, then the
 * result is normalised to sum to 1. All zeros when no item has a category.
 */
export declare function categoryDistribution(items: ArrayLike<number>, categories: readonly (readonly number[])[], numCategories: number): Float64Array;
/** Options of {@link calibrationKl}. */
export interface CalibrationOptions {
    /** Cut-off. */
    readonly k: number;
    /** Smoothing of the list distribution toward the user's, q̃ = (1 − α)·q + α·p; default 0.01 (Steck 2018). */
    readonly alpha?: number;
}
/**
 * KL(p ‖ q̃) in nats, where p is the category distribution of the user's history (e.g. train items) and q that of
 * the list's first k items, smoothed by α. 0 when the history has no category.
 */
export declare function calibrationKl(history: ArrayLike<number>, list: ArrayLike<number>, categories: readonly (readonly number[])[], numCategories: number, options: CalibrationOptions): number;
