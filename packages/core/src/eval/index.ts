/** @candor/core/eval: dataset readers, splits, accuracy and beyond-accuracy metrics, tuning. */

export { CandorError, ConfigError, InputError } from "../internal/candor-error.ts";
export { mulberry32 } from "../internal/mulberry32.ts";
export { topK } from "../internal/top-k.ts";
export { type CalibrationOptions, calibrationKl, categoryDistribution } from "./calibration.ts";
export { catalogCoverage } from "./catalog-coverage.ts";
export { DatasetParseError } from "./errors.ts";
export {
  type EvaluateOptions,
  type Evaluation,
  evaluate,
  type MetricsAtK,
  type Recommendations,
} from "./evaluate.ts";
export { type ExposureGiniOptions, exposureGini, gini } from "./exposure-gini.ts";
export { filterByRating, type RatingFilterOptions } from "./filter-by-rating.ts";
export { groupByUser, type UserGroups } from "./group-by-user.ts";
export {
  concatInteractions,
  createInteractionsBuilder,
  type InteractionRow,
  type Interactions,
  type InteractionsBuilder,
  interactionsFromRows,
  type SelectOptions,
  selectInteractions,
} from "./interactions.ts";
export { type IldOptions, intraListDiversity } from "./intra-list-diversity.ts";
export { alignItemCategories, type ItemCategories } from "./item-categories.ts";
export { type KCoreOptions, kCore } from "./k-core.ts";
export { type LeaveLastOutOptions, leaveLastOut } from "./leave-last-out.ts";
export { apltAtK, type LongTailOptions, longTailItems } from "./long-tail.ts";
export { interactionShares, noveltyAtK } from "./novelty.ts";
export {
  averagePrecisionAtK,
  hitAtK,
  hitsAtK,
  mrrAtK,
  ndcgAtK,
  precisionAtK,
  recallAtK,
} from "./ranking-metrics.ts";
export {
  detectInteractionFormat,
  type InteractionFormat,
  type ReadInteractionsOptions,
  readInteractions,
  readInteractionsFromLines,
  safeReadInteractions,
} from "./read-interactions.ts";
export {
  detectItemFormat,
  type ItemFieldMap,
  type ItemFormat,
  type ItemRecord,
  MOVIELENS_100K_GENRES,
  type ReadItemsOptions,
  readItems,
  readItemsFromLines,
  safeReadItems,
} from "./read-items.ts";
export { type RecommendAllOptions, recommendAll, type UserScorer } from "./recommend-all.ts";
export {
  catalogItems,
  SERVED_WEIGHTS,
  type ServedOptions,
  type ServedRecommender,
  type ServedWeightsTrial,
  servedRecommender,
  type TuneServedOptions,
  type TuneServedResult,
  tuneServedWeights,
  unmaskedOptions,
} from "./served.ts";
export { type RatioSplitOptions, type Split, splitByRatio, splitCounts } from "./split-by-ratio.ts";
export {
  type HoldoutNdcgOptions,
  holdoutNdcg,
  type ParamsOf,
  type SearchSpace,
  type TuneOptions,
  type TuneResult,
  type TuneTrial,
  tune,
} from "./tune.ts";
export {
  type ClimbOptions,
  coordinateClimb,
  type ExtraComponent,
  type HybridTrial,
  hybridScorer,
  type TuneHybridOptions,
  type TuneHybridResult,
  tuneHybrid,
} from "./tune-hybrid.ts";
export {
  applyUnseenPolicy,
  type UnseenItems,
  type UnseenItemsPolicy,
  unseenTestItems,
} from "./unseen-items.ts";
