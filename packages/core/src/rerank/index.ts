/** `@candor/core/rerank`: fairness and diversity re-ranking (MMR, DPP, calibration, long tail, FA*IR, exposure, exploration) with effects. */

export { CandorError, ConfigError } from "../internal/candor-error.ts";
export { type AmortizeExposureOptions, amortizeExposure, exposureMessages } from "./amortize-exposure.ts";
export {
  categoryEntropy,
  countValues,
  jaccard,
  longTailShare,
  meanJaccard,
  nearestPairs,
  samplePairs,
} from "./bubble-measures.ts";
export {
  type BubbleDay,
  type BubbleLogRow,
  type BubbleTimelineOptions,
  bubbleTimeline,
} from "./bubble-timeline.ts";
export { type CalibrateOptions, calibrate, calibrationMessages, leafCategory } from "./calibrate.ts";
export { type DppOptions, dpp } from "./dpp.ts";
export { type ExploreOptions, explorationMessages, explore, isExplorationSlot } from "./explore.ts";
export {
  createExposureTracker,
  type ExposureState,
  type ExposureTracker,
  type ExposureTrackerOptions,
} from "./exposure-tracker.ts";
export { type FairMinimumsOptions, fairFailureProbability, fairMinimums } from "./fair-minimums.ts";
export { type FairTopKOptions, fairTopK, providerFairnessMessages } from "./fair-top-k.ts";
export { type FeedWidth, type FeedWidthOptions, feedWidth } from "./feed-width.ts";
export {
  type BubblePoint,
  bubblePoint,
  type FilterBubble,
  type FilterBubbleOptions,
  filterBubble,
  topCategoriesOf,
} from "./filter-bubble.ts";
export { type LongTailSetOptions, longTailSet } from "./long-tail-set.ts";
export { type MmrOptions, mmr, varietyMessages } from "./mmr.ts";
export { createRerankStage, type RerankStageOptions } from "./pipeline-stage.ts";
export { positionRelevance, slotDiscount } from "./position-relevance.ts";
export { filterMessages, type RerankResult, rerank, runStage } from "./rerank.ts";
export {
  parseRerankConfig,
  type RerankConfig,
  type RerankStageConfig,
  type RerankStageName,
  safeParseRerankConfig,
} from "./rerank-config.ts";
export { parseRerankSpec } from "./rerank-spec.ts";
export { categorySimilarity, tagSimilarity, topCategory } from "./similarity.ts";
export {
  formatTradeOffTable,
  type TradeOffOptions,
  type TradeOffRow,
  type TradeOffRun,
  tradeOffTable,
} from "./trade-off-table.ts";
export type {
  Candidate,
  CatalogItem,
  ClickCounts,
  EffectMessages,
  ItemLookup,
  RerankContext,
  RerankEffect,
  Reranked,
  Similarity,
  SimilarityFunction,
  SlateItem,
} from "./types.ts";
export { type VarietyOptions, varietyConfig } from "./variety-config.ts";
export { longTailMessages, type XquadOptions, xquad } from "./xquad.ts";
