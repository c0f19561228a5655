/** The configuration the DSA Art. 27 disclosure describes: surfaces, blend weights, hard filters and re-ranking. */
import type { DisclosureConfig } from "@candor/core/explain";
import { defaultRuleSet } from "@candor/core/policy";
import { defaultBlendWeights } from "@candor/core/recommend";
import { defaultVariety, rerankStages } from "./rerank.ts";

/** The demo's recommender configuration, for `describeRecommender`. */
export const disclosureConfig: DisclosureConfig = {
  surfaces: ["home", "home-deals", "category", "pdp-similar", "pdp-also-bought", "cart"],
  // No tuned hybrid is configured in the demo, so its weight is not a parameter in force.
  weights: { ...defaultBlendWeights, hybrid: 0 },
  rules: defaultRuleSet,
  rerankStages,
  variety: defaultVariety,
};
