/** `@candor/core/recommend`: catalog and signal types, scorers as data with exact contributions, the models and the model store. */
export { type CatalogIndex, indexCatalog } from "./catalog-index.ts";
export {
  fitServedHybrid,
  fitServedModels,
  type ServedModelOptions,
  type ServedModels,
  servedKnnOptions,
  servedMinSupport,
} from "./fit-models.ts";
export { maskEaseBySupport, pairSupport } from "./k-anonymous-ease.ts";
export { type KnowledgeConstraints, matchesConstraints } from "./knowledge.ts";
export {
  createModelStore,
  type FitSummary,
  type InstalledModels,
  type ModelState,
  type ModelStore,
  type ModelStoreOptions,
} from "./model-store.ts";
export { type ContentFeatures, type ContentOptions, contentTerms, fitContent } from "./models/content.ts";
export * from "./models/index.ts";
export {
  createScratch,
  type ScoredCandidate,
  type ScoreOptions,
  type ScoreScratch,
  scoreCandidates,
} from "./score.ts";
export {
  type BlendWeights,
  type ContextSignal,
  defaultBlendWeights,
  type Models,
  type Scorer,
  type ScorerPart,
  type ScoringInput,
  scorers,
} from "./scorers.ts";
export {
  fitSearchIndex,
  queryTerms,
  type SearchHit,
  type SearchIndex,
  searchCatalog,
} from "./search-index.ts";
export { type ContextValue, createSharedStats, daypart, type SharedStats } from "./shared-stats.ts";
export {
  defaultEventWeights,
  type EventWeights,
  type HistoryEntry,
  MAX_SEARCHES,
  noSignals,
  type SearchEntry,
  type Signals,
  signalsFromView,
} from "./signals.ts";
export type * from "./types.ts";
