/**
 * Recommendation models: EASE, item-kNN, RP3beta, popularity and their hybrid, each with exact per-evidence
 * contributions; user-kNN for evaluation only.
 */

export { CandorError, ConfigError } from "../../internal/candor-error.ts";
export {
  COOCCURRENCE_MAX_ITEMS,
  type SharedCooccurrence,
  sharedCooccurrence,
} from "./cooccurrence.ts";
export {
  EASE_MAX_ITEMS,
  type EaseModel,
  type EaseOptions,
  easeContributions,
  easeScores,
  fitEase,
} from "./ease.ts";
export {
  fitHybrid,
  HYBRID_COMPONENTS,
  type HybridComponent,
  type HybridConfig,
  type HybridContribution,
  type HybridData,
  type HybridModel,
  hybridComponentScores,
  hybridContributions,
  hybridMultiplier,
  scoreHybrid,
} from "./hybrid.ts";
export { fitIals, type IalsModel, type IalsOptions, ialsContributions, ialsScores } from "./ials.ts";
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
export {
  fitRp3beta,
  type Rp3betaModel,
  type Rp3betaOptions,
  rp3betaContributions,
  rp3betaScores,
} from "./rp3beta.ts";
export {
  fitSparseEase,
  type SparseEaseGram,
  type SparseEaseModel,
  type SparseEaseOptions,
  sparseEaseContributions,
  sparseEaseGram,
  sparseEaseScores,
} from "./sparse-ease.ts";
export type { TimeDecayOptions } from "./time-decay.ts";
export type { ModelContribution, TrainingData } from "./types.ts";
export {
  fitUserKnn,
  type NeighbourContribution,
  type UserKnnModel,
  type UserKnnOptions,
  userKnnNeighbours,
  userKnnScores,
} from "./user-knn.ts";
export { fitWeightedEase, type WeightedEaseOptions } from "./weighted-ease.ts";
