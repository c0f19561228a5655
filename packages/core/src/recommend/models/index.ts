/** Recommendation models: EASE, item-kNN and popularity, each with exact per-evidence contributions. */
export {
  EASE_MAX_ITEMS,
  type EaseModel,
  type EaseOptions,
  easeContributions,
  easeScores,
  fitEase,
} from "./ease.ts";
export { ModelOptionError, NotPositiveDefiniteError } from "./errors.ts";
export {
  fitItemKnn,
  type ItemKnnModel,
  type ItemKnnOptions,
  itemKnnContributions,
  itemKnnScores,
} from "./item-knn.ts";
export {
  fitPopularity,
  type PopularityModel,
  type PopularityOptions,
  popularityContributions,
  popularityScores,
} from "./popularity.ts";
export type { TimeDecayOptions } from "./time-decay.ts";
export type { ModelContribution, TrainingData } from "./types.ts";
