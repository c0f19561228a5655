/**
 * The collaborative models as serving fits them, in one place: the model store calls {@link fitServedModels} at
 * every `fit()`, and `@candor/core/eval` calls the same functions, so what is evaluated is what is served —
 * item-kNN with its k-anonymity floor, EASE and the tuned hybrid with every EASE link that fewer than `minSupport`
 * shoppers share zeroed.
 */
import { maskEaseBySupport, pairSupport } from "./k-anonymous-ease.ts";
import { type EaseModel, type EaseOptions, fitEase } from "./models/ease.ts";
import { fitHybrid, type HybridConfig, type HybridData, type HybridModel } from "./models/hybrid.ts";
import { fitItemKnn, type ItemKnnModel, type ItemKnnOptions } from "./models/item-knn.ts";
import type { TrainingData } from "./models/types.ts";

/** The collaborative options of the model store (and of `createServing`). */
export interface ServedModelOptions {
  /** Item-kNN options; `minSupport` (k-anonymity of every collaborative link, EASE's too) defaults to 5. */
  readonly knn?: ItemKnnOptions;
  /** The validation-tuned hybrid, its EASE links masked by `knn.minSupport`. */
  readonly hybrid?: HybridConfig;
  /** EASE, masked to pairs with `knn.minSupport` shoppers; default off. */
  readonly ease?: EaseOptions | false;
}

/** The collaborative models of one fit; each is absent when not configured or the data is empty. */
export interface ServedModels {
  readonly knn?: ItemKnnModel;
  readonly ease?: EaseModel;
  readonly hybrid?: HybridModel;
}

/** The k-anonymity floor serving applies to EASE links: `knn.minSupport`, default 5. */
export function servedMinSupport(options: ServedModelOptions): number {
  return options.knn?.minSupport ?? 5;
}

/** The item-kNN options serving fits with: 50 neighbours and the k-anonymity floor unless the shop set them. */
export function servedKnnOptions(options: ServedModelOptions): ItemKnnOptions {
  return { k: 50, minSupport: servedMinSupport(options), ...options.knn };
}

/**
 * Fits the hybrid as serving does: `fitHybrid` (global scales fixed on the unmasked model), then EASE links of
 * pairs with fewer than `minSupport` distinct users zeroed in place. `support` (from `pairSupport` on the same
 * data) may be passed to skip recounting it, e.g. across the trials of a tuner.
 */
export function fitServedHybrid(
  data: HybridData,
  config: HybridConfig,
  minSupport: number,
  support?: Uint8Array,
): HybridModel {
  const fitted = fitHybrid(data, config);
  if (fitted.ease) maskEaseBySupport(fitted.ease, data, minSupport, support);
  return fitted;
}

/** Fits every configured collaborative model on the shared statistics' training data, as `fit()` serves them. */
export function fitServedModels(data: TrainingData, options: ServedModelOptions): ServedModels {
  if (data.users.length === 0) return {};
  const minSupport = servedMinSupport(options);
  const needsSupport = minSupport > 1 && (options.ease || options.hybrid?.ease);
  const support = needsSupport ? pairSupport(data, minSupport) : undefined;
  const knn = fitItemKnn(data, servedKnnOptions(options));
  const ease = options.ease
    ? maskEaseBySupport(fitEase(data, options.ease), data, minSupport, support)
    : undefined;
  const hybrid = options.hybrid ? fitServedHybrid(data, options.hybrid, minSupport, support) : undefined;
  return { knn, ...(ease ? { ease } : {}), ...(hybrid ? { hybrid } : {}) };
}
