/** `@candor/core/recommend`: catalog and signal types, scorers with exact contributions, the hybrid blend and the request pipeline. */
export { type CatalogIndex, indexCatalog } from "./catalog-index.ts";
export { type KnowledgeConstraints, matchesConstraints } from "./knowledge.ts";
export { type ContentFeatures, type ContentOptions, contentTerms, fitContent } from "./models/content.ts";
export * from "./models/index.ts";
export {
  createRecommender,
  type IngestEvent,
  type Recommender,
  type RecommenderOptions,
  type RecommendRequest,
  type RerankContext,
  type RerankStage,
  type Slate,
  topK,
} from "./recommender.ts";
export {
  type BlendWeights,
  createScratch,
  defaultBlendWeights,
  type Models,
  type ScoreOptions,
  type ScoreScratch,
  scoreCandidates,
  topIndexes,
} from "./score.ts";
export { type ContextValue, createSharedStats, daypart, type SharedStats } from "./shared-stats.ts";
export {
  defaultEventWeights,
  type EventWeights,
  type HistoryEntry,
  noSignals,
  type Signals,
  signalsFromView,
} from "./signals.ts";
export type * from "./types.ts";
