import { type Interactions } from "./interactions.ts";
/** Options of {@link filterByRating}. */
export interface RatingFilterOptions {
    /** Smallest rating kept (inclusive). */
    readonly min: number;
}
/** Returns the interactions rated at least `min`, with users and items left empty dropped and renumbered. */
export declare function filterByRating(interactions: Interactions, options: RatingFilterOptions): Interactions;
