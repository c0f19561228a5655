/** `@candor/core/rerank`: fairness and diversity re-ranking (MMR, DPP, calibration, long tail, FA*IR, exposure, exploration) with effects. */

export { CandorError, ConfigError } from "../internal/candor-error.ts";
export type { AmortizeExposureOptions } from "./amortize-exposure.ts";
export {
  categoryEntropy,
  countValues,
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
export type { CalibrateOptions } from "./calibrate.ts";
export type { DppOptions } from "./dpp.ts";
export type { ExploreOptions } from "./explore.ts";
export {
  createExposureTracker,
  type ExposureState,
  type ExposureTracker,
  type ExposureTrackerOptions,
} from "./exposure-tracker.ts";
export type { FairTopKOptions } from "./fair-top-k.ts";
export { type FeedWidth, type FeedWidthOptions, feedWidth } from "./feed-width.ts";
export {
  type BubblePoint,
  type FilterBubble,
  type FilterBubbleOptions,
  filterBubble,
} from "./filter-bubble.ts";
export { type LongTailSetOptions, longTailSet } from "./long-tail-set.ts";
export type { MmrOptions } from "./mmr.ts";
export { createRerankStage, type RerankStageOptions } from "./pipeline-stage.ts";
export { type RerankResult, rerank } from "./rerank.ts";
export type { RerankConfig, RerankStageConfig, RerankStageName } from "./rerank-config.ts";
export { parseRerankSpec } from "./rerank-spec.ts";
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
export type { XquadOptions } from "./xquad.ts";
