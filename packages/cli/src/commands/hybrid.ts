/**
 * The model step of `candor eval`: tune the hybrid on validation with the served k-anonymity masks in the loop,
 * tune the served blend weights, fit the served recommender (the model store `createServing` fits) and rank every
 * test user's candidates with the served scorers and hard filters — beside the same model unmasked and the same
 * model under `createServing`'s default blend weights.
 */
import {
  concatInteractions,
  groupByUser,
  type Interactions,
  type ItemCategories,
  type ServedOptions,
  type ServedRecommender,
  servedRecommender,
  type TuneHybridOptions,
  type TuneHybridResult,
  tuneHybrid,
  tuneServedWeights,
  unmaskedOptions,
} from "@candor/core/eval";
import { type BlendWeights, defaultBlendWeights, type HybridConfig } from "@candor/core/recommend";

/** Each test user's top `depth` items with their served scores. */
export type RankedLists = Map<number, { readonly items: Int32Array; readonly scores: Float64Array }>;

/** What {@link runHybrid} produced. */
export interface HybridRun {
  /** Each test user's served top `k`: masked models, tuned blend weights, hard filters. */
  readonly recommendations: Map<number, Int32Array>;
  /** Each test user's served top `depth` with scores, for re-ranking. */
  readonly candidates: RankedLists;
  /** The same configuration and weights with every k-anonymity floor at 1. */
  readonly unmasked: Map<number, Int32Array>;
  /** The served models under `createServing`'s default blend weights (what serving does without `weights`). */
  readonly servingDefaults: Map<number, Int32Array>;
  /** The history each user was scored from. */
  readonly historyOf: (user: number) => Int32Array;
  readonly config: HybridConfig;
  /** The blend weights to serve with (`createServing({ hybrid: config, weights })`). */
  readonly weights: Partial<BlendWeights>;
  readonly minSupport: number;
  /** Validation NDCG@10 of the tuned hybrid, and of the served blend with the tuned weights. */
  readonly validationNdcg: number;
  readonly servedValidationNdcg: number;
  readonly trials: TuneHybridResult["trials"];
  readonly seconds: { readonly tune: number; readonly fit: number; readonly rank: number };
}

/** Options of {@link runHybrid}. */
export interface RunHybridOptions {
  readonly k: number;
  /** How many candidates to keep per user (for re-ranking); default `k`. */
  readonly depth?: number;
  readonly refit: boolean;
  /** k-anonymity floor of every collaborative link (serving's `knn.minSupport`); default 5. */
  readonly minSupport?: number;
  /** Search options passed to `tuneHybrid` (components, EASE's catalog cap, sparse EASE's neighbours). */
  readonly tuning?: Pick<TuneHybridOptions, "components" | "easeMaxItems" | "sparseEaseNeighbours">;
  /** Item categories (content similarity and the catalog's categories, as a shop's catalog has them). */
  readonly categories?: ItemCategories;
  /** Blend weights to serve with instead of tuning them on validation. */
  readonly weights?: Partial<BlendWeights>;
  /** A hybrid configuration to serve instead of tuning one (no tuning trials; validation NDCG then unmeasured). */
  readonly hybrid?: HybridConfig;
  readonly progress: (text: string) => void;
  /** Live progress (each tenth or slow tuning trial, with the best criterion so far), e.g. only on a terminal. */
  readonly live?: (text: string) => void;
  /** Progress of a counted loop (e.g. `rank 120/943`), shown with an ETA where the caller can. */
  readonly tick?: (label: string, done: number, total: number) => void;
}

/**
 * Tunes on `validation` (train items masked) exactly what is served, fits the served recommender on train — or on
 * train+validation with `refit` — and returns each test user's lists, train and validation items excluded.
 */
export function runHybrid(
  split: { readonly train: Interactions; readonly validation: Interactions; readonly test: Interactions },
  options: RunHybridOptions,
): HybridRun {
  const clock = () => performance.now() / 1000;
  const minSupport = options.minSupport ?? 5;
  let t = clock();
  let trials = 0;
  let best = Number.NEGATIVE_INFINITY;
  const tuneOnValidation = (): TuneHybridResult => {
    options.progress("tuning the hybrid on validation");
    const tuned = tuneHybrid(split.train, split.validation, {
      ...options.tuning,
      minSupport,
      onTrial: (trial) => {
        trials++;
        // A trial stopped early was scored on part of the users only: not comparable, so not a "best so far".
        if (!trial.stopped) best = Math.max(best, trial.score);
        // Every tenth trial, and every slow one (large catalogues), so a long search shows it is alive.
        if (trials % 10 === 0 || trial.seconds >= 2)
          options.live?.(
            `tuning: ${trials} trials in ${(clock() - t).toFixed(0)} s (last: ${trial.stage}, ${trial.seconds.toFixed(1)} s), best criterion so far ${best.toFixed(4)}`,
          );
      },
    });
    options.progress(
      `tuned in ${(clock() - t).toFixed(1)} s: validation NDCG ${tuned.validationNdcg.toFixed(4)}`,
    );
    return tuned;
  };
  const tuned = options.hybrid
    ? { config: options.hybrid, validationNdcg: Number.NaN, trials: [] }
    : tuneOnValidation();
  const served: ServedOptions = {
    hybrid: tuned.config,
    knn: { minSupport },
    ...(options.categories ? { categories: options.categories } : { content: false }),
  };
  let weights = options.weights;
  let servedValidationNdcg = tuned.validationNdcg;
  if (!weights) {
    options.progress("served blend weights: fitting the served models on train and tuning on validation");
    const onTrain = servedRecommender(split.train, served);
    const blend = tuneServedWeights(onTrain, split.train, split.validation);
    weights = blend.weights;
    servedValidationNdcg = blend.validationNdcg;
    options.progress(
      `served blend weights ${JSON.stringify(weights)}: validation NDCG ${blend.validationNdcg.toFixed(4)}`,
    );
  }
  const tune = clock() - t;
  t = clock();
  options.progress(`fitting the served models on ${options.refit ? "train+validation" : "train"}`);
  const data = options.refit ? concatInteractions([split.train, split.validation]) : split.train;
  const masked = servedRecommender(data, { ...served, weights });
  const unmasked = servedRecommender(data, unmaskedOptions({ ...served, weights }));
  // createServing's default weights score the masked models themselves (the weights do not enter the fit), so
  // they are ranked with `masked` and those weights instead of a third fit of the same models.
  const defaultWeights: BlendWeights = { ...defaultBlendWeights };
  const fit = clock() - t;
  t = clock();
  const groups = groupByUser(data);
  const historyOf = (user: number) =>
    Int32Array.from(new Set(groups.items.subarray(groups.offsets[user] ?? 0, groups.offsets[user + 1] ?? 0)));
  const masks = [groupByUser(split.train), groupByUser(split.validation)];
  const depth = Math.max(options.k, options.depth ?? options.k);
  const mask = new Uint8Array(split.train.numItems);
  const excluded = (i: number) => mask[i] === 1;
  const recommendations = new Map<number, Int32Array>();
  const candidates: RankedLists = new Map();
  const unmaskedLists = new Map<number, Int32Array>();
  const defaultLists = new Map<number, Int32Array>();
  const users = [...new Set(split.test.users)];
  options.progress(`ranking ${users.length} test users`);
  const rank = (recommender: ServedRecommender, history: Int32Array, limit: number) =>
    recommender.rank(history, limit, excluded);
  users.forEach((user, x) => {
    const setMask = (flag: number) => {
      for (const g of masks)
        for (let q = g.offsets[user] ?? 0; q < (g.offsets[user + 1] ?? 0); q++) mask[g.items[q] ?? 0] = flag;
    };
    const history = historyOf(user);
    setMask(1);
    const list = rank(masked, history, depth);
    recommendations.set(user, list.items.slice(0, options.k));
    if (depth > options.k) candidates.set(user, list);
    unmaskedLists.set(user, rank(unmasked, history, options.k).items);
    defaultLists.set(user, masked.rank(history, options.k, excluded, defaultWeights).items);
    setMask(0);
    options.tick?.("ranking test users", x + 1, users.length);
  });
  return {
    recommendations,
    candidates,
    unmasked: unmaskedLists,
    servingDefaults: defaultLists,
    historyOf,
    config: tuned.config,
    weights,
    minSupport,
    validationNdcg: tuned.validationNdcg,
    servedValidationNdcg,
    trials: tuned.trials,
    seconds: { tune, fit, rank: clock() - t },
  };
}
