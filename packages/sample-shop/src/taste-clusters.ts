/** The simulator's latent taste clusters: which top-level categories tend to be bought by the same shoppers. */
import type { TasteCluster } from "./types.ts";

/**
 * Eight latent taste clusters over top-level category ids. Simulated shoppers draw their tastes around one
 * of them, so categories of a cluster co-occur in shoppers' histories (camping with running, cookware with wine).
 */
export const tasteClusters: readonly TasteCluster[] = [
  {
    id: "outdoor-active",
    name: "Outdoor & active",
    categories: { outdoor: 0.45, sports: 0.35, fashion: 0.1, electronics: 0.1 },
  },
  {
    id: "home-cooks",
    name: "Home cooks",
    categories: { kitchen: 0.45, "wine-spirits": 0.25, books: 0.15, home: 0.15 },
  },
  { id: "readers", name: "Readers", categories: { books: 0.6, home: 0.2, kitchen: 0.2 } },
  { id: "tech-fans", name: "Tech fans", categories: { electronics: 0.6, toys: 0.2, books: 0.2 } },
  {
    id: "young-families",
    name: "Young families",
    categories: { toys: 0.45, fashion: 0.25, books: 0.15, home: 0.15 },
  },
  {
    id: "beauty-wellness",
    name: "Beauty & wellness",
    categories: { beauty: 0.45, pharmacy: 0.3, fashion: 0.15, sports: 0.1 },
  },
  { id: "gardeners", name: "Gardeners", categories: { garden: 0.55, home: 0.3, outdoor: 0.15 } },
  { id: "style", name: "Style", categories: { fashion: 0.55, beauty: 0.3, home: 0.15 } },
];

/** Relative share of shoppers in each cluster, in the order of {@link tasteClusters}. */
export const tasteClusterShares: readonly number[] = [0.16, 0.14, 0.12, 0.14, 0.12, 0.12, 0.1, 0.1];
