/**
 * User–item interactions. Users and items carry dense indexes `0..numUsers-1` and `0..numItems-1`;
 * `userIds` and `itemIds` map them back to the ids found in the source. Splits of one table share these maps.
 */
export interface Interactions {
    /** Original user id of each dense user index. */
    readonly userIds: readonly string[];
    /** Original item id of each dense item index. */
    readonly itemIds: readonly string[];
    /** Number of users in the index map (some may have no interaction in this table). */
    readonly numUsers: number;
    /** Number of items in the index map (some may have no interaction in this table). */
    readonly numItems: number;
    /** Dense user index of each interaction. */
    readonly users: Int32Array;
    /** Dense item index of each interaction. */
    readonly items: Int32Array;
    /** Rating of each interaction; 1 when the source has none (implicit feedback). */
    readonly ratings: Float64Array;
    /** Unix time in seconds of each interaction; `NaN` when the source has none. */
    readonly timestamps: Float64Array;
}
/** One interaction as the source names it. */
export interface InteractionRow {
    readonly user: string;
    readonly item: string;
    /** Default 1 (implicit feedback). */
    readonly rating?: number;
    /** Unix time in seconds; default `NaN` (unknown). */
    readonly timestamp?: number;
}
/** Collects interactions one at a time and assigns dense indexes in order of first appearance. */
export interface InteractionsBuilder {
    /** Appends one interaction. */
    add(user: string, item: string, rating?: number, timestamp?: number): void;
    /** Returns the table built so far (the builder may keep adding afterwards). */
    build(): Interactions;
}
/** Creates an {@link InteractionsBuilder} with growable typed columns. */
export declare function createInteractionsBuilder(): InteractionsBuilder;
/** Builds a table from rows; dense indexes follow the order of first appearance. */
export declare function interactionsFromRows(rows: Iterable<InteractionRow>): Interactions;
/** Options of {@link selectInteractions}. */
export interface SelectOptions {
    /**
     * Drop users and items left without interactions and renumber the rest, keeping their relative order.
     * Default `false`: the index maps are shared with the source, as splits need.
     */
    readonly compact?: boolean;
}
/** Returns the interactions whose position is flagged in `keep` (non-zero), in their original order. */
export declare function selectInteractions(source: Interactions, keep: ArrayLike<number | boolean>, options?: SelectOptions): Interactions;
/** Concatenates tables that share one index map (e.g. train and validation of one split). */
export declare function concatInteractions(parts: readonly Interactions[]): Interactions;
