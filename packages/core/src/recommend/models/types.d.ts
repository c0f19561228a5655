/** Shared types of the recommendation models. */
/**
 * Implicit-feedback training data with dense indexes: interaction `p` is user `users[p]` with item `items[p]`.
 * An `Interactions` table from `@candor/core/eval` fits as it is.
 */
export interface TrainingData {
    readonly numUsers: number;
    readonly numItems: number;
    readonly users: Int32Array;
    readonly items: Int32Array;
    /** Unix time in seconds per interaction, used only by time decay; `NaN` means unknown (no decay). */
    readonly timestamps?: Float64Array;
}
/**
 * One evidence item's part of a model score; a score is exactly the sum of its contributions. The recommend
 * pipeline wraps it into its own `Contribution` with scorer, evidence details and blend weight.
 */
export interface ModelContribution {
    /** The item (dense index) the part comes from: a history item, or for popularity the scored item itself. */
    readonly evidence: number;
    /** Its part of the score. */
    readonly amount: number;
}
