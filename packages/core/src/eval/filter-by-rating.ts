/** Keeps interactions by rating, e.g. "ratings ≥ 3 are positives" (QUALITY.md protocol G for ML-1M). */
import { ConfigError } from "../internal/candor-error.ts";
import { type Interactions, selectInteractions } from "./interactions.ts";

/** Options of {@link filterByRating}. */
export interface RatingFilterOptions {
  /** Smallest rating kept (inclusive). */
  readonly min: number;
}

/** Returns the interactions rated at least `min`, with users and items left empty dropped and renumbered. */
export function filterByRating(interactions: Interactions, options: RatingFilterOptions): Interactions {
  if (!Number.isFinite(options.min)) throw new ConfigError("min", "must be a finite number");
  const keep = new Uint8Array(interactions.ratings.length);
  interactions.ratings.forEach((rating, p) => {
    keep[p] = rating >= options.min ? 1 : 0;
  });
  return selectInteractions(interactions, keep, { compact: true });
}
