/** The simulator's latent taste clusters: which top-level categories tend to be bought by the same shoppers. */
import type { TasteCluster } from "./types.ts";
/**
 * Eight latent taste clusters over top-level category ids. Simulated shoppers draw their tastes around one
 * of them, so categories of a cluster co-occur in shoppers' histories (camping with running, cookware with wine).
 */
export declare const tasteClusters: readonly TasteCluster[];
/** Relative share of shoppers in each cluster, in the order of {@link tasteClusters}. */
export declare const tasteClusterShares: readonly number[];
