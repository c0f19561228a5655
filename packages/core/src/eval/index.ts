/** @candor/core/eval: dataset readers, splits, accuracy and beyond-accuracy metrics, tuning. */

export { CandorError, ConfigError, InputError } from "../internal/candor-error.ts";
export { mulberry32 } from "../internal/mulberry32.ts";
export { DatasetParseError } from "./errors.ts";
export {
  type EvaluateOptions,
  type Evaluation,
  evaluate,
  type MetricsAtK,
  type Recommendations,
} from "./evaluate.ts";
export { gini } from "./exposure-gini.ts";
export { filterByRating, type RatingFilterOptions } from "./filter-by-rating.ts";
export { groupByUser, type UserGroups } from "./group-by-user.ts";
export {
  concatInteractions,
  type InteractionRow,
  type Interactions,
  interactionsFromRows,
} from "./interactions.ts";
export { alignItemCategories, type ItemCategories } from "./item-categories.ts";
export { type KCoreOptions, kCore } from "./k-core.ts";
export { type LongTailOptions, longTailItems } from "./long-tail.ts";
export {
  type InteractionFormat,
  type ReadInteractionsOptions,
  readInteractions,
  readInteractionsFromLines,
} from "./read-interactions.ts";
export {
  type ItemFieldMap,
  type ItemFormat,
  type ItemRecord,
  type ReadItemsOptions,
  readItemsFromLines,
} from "./read-items.ts";
export type { UserScorer } from "./recommend-all.ts";
export {
  type ServedOptions,
  type ServedRecommender,
  type ServedWeightsTrial,
  servedRecommender,
  type TuneServedOptions,
  type TuneServedResult,
  tuneServedWeights,
  unmaskedOptions,
} from "./served.ts";
export { type RatioSplitOptions, type Split, splitByRatio } from "./split-by-ratio.ts";
export type { ParamsOf, SearchSpace, TuneTrial } from "./tune.ts";
export {
  type ExtraComponent,
  type HybridTrial,
  type TuneHybridOptions,
  type TuneHybridResult,
  tuneHybrid,
} from "./tune-hybrid.ts";
export { applyUnseenPolicy, type UnseenItems, type UnseenItemsPolicy } from "./unseen-items.ts";
