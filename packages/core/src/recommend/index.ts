/** `@candor/core/recommend`: catalog and signal types, scorers as data with exact contributions, the models and the model store. */

export { CandorError, ConfigError } from "../internal/candor-error.ts";
export { type CatalogIndex, indexCatalog } from "./catalog-index.ts";
export { fitServedModels, type ServedModelOptions, type ServedModels } from "./fit-models.ts";
export { type KnowledgeConstraints, matchesConstraints } from "./knowledge.ts";
export {
  createModelStore,
  type FitSummary,
  type InstalledModels,
  type ModelState,
  type ModelStore,
  type ModelStoreOptions,
} from "./model-store.ts";
export type { ContentOptions } from "./models/content.ts";
export { EASE_MAX_ITEMS, type EaseModel, type EaseOptions, fitEase } from "./models/ease.ts";
export {
  fitHybrid,
  type HybridComponent,
  type HybridConfig,
  type HybridContribution,
  type HybridData,
  type HybridModel,
  scoreHybrid,
} from "./models/hybrid.ts";
export { fitItemKnn, type ItemKnnModel, type ItemKnnOptions } from "./models/item-knn.ts";
export type { PopularityModel } from "./models/popularity.ts";
export type { Rp3betaModel } from "./models/rp3beta.ts";
export type { TimeDecayOptions } from "./models/time-decay.ts";
export type { ModelContribution, TrainingData } from "./models/types.ts";
export { type ScoredCandidate, type ScoreOptions, type ScoreScratch, scoreCandidates } from "./score.ts";
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
export { fitSearchIndex, type SearchHit, type SearchIndex, searchCatalog } from "./search-index.ts";
export {
  type ContextValue,
  createSharedStats,
  daypart,
  type SharedStats,
  type SharedStatsOptions,
} from "./shared-stats.ts";
export {
  type EventWeights,
  type HistoryEntry,
  type SearchEntry,
  type Signals,
  signalsFromView,
} from "./signals.ts";
export type * from "./types.ts";
