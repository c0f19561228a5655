/**
 * Data-driven tuning of the hybrid recommender on a validation split: EASE's λ (relative to the data's mean item
 * weight), dropout and rating exponent, then each extra component alone, then the blend weights. Every choice is
 * made on validation; nothing is fixed to one data set.
 *
 * Speed without changing what is compared: EASE's Gram matrix is counted once and reused by every λ and dropout,
 * and since each EASE trial still costs an O(items³) inverse, λ is bracketed in factor-2 steps with one
 * parabola-placed √2 step ({@link bracketClimb}: about six inverses instead of ten to twelve); single-component
 * trials skip the hybrid's global scale (a positive factor, so the same ranking), and the best of each stage is
 * blended as it was fitted, without a refit; the extra components' own trials are scored on half the users
 * (successive halving; EASE and the blend on all); a challenger of the search's current point that is clearly
 * worse on the first quarters of the users is stopped early ({@link RACE_Z}); the other ladders are climbed by
 * first improvement (one fit per step of a run in one direction).
 */
import { ConfigError } from "../internal/candor-error.ts";
import { maskEaseBySupport, pairSupport } from "../recommend/k-anonymous-ease.ts";
import { sharedCooccurrence } from "../recommend/models/cooccurrence.ts";
import { EASE_MAX_ITEMS, type EaseGram, easeScores, fitEase } from "../recommend/models/ease.ts";
import { globalScales } from "../recommend/models/hybrid.ts";
import {
  fitHybrid,
  fitItemKnn,
  fitRp3beta,
  HYBRID_COMPONENTS,
  type HybridComponent,
  type HybridConfig,
  type HybridModel,
  hybridComponentScores,
  hybridMultiplier,
  itemKnnScores,
  rp3betaScores,
  scoreHybrid,
} from "../recommend/models/index.ts";
import type { SparseEaseGram } from "../recommend/models/sparse-ease.ts";
import type { TrainingData } from "../recommend/models/types.ts";
import { groupByUser } from "./group-by-user.ts";
import type { Interactions } from "./interactions.ts";
import { ndcgAtK } from "./ranking-metrics.ts";
import type { UserScorer } from "./recommend-all.ts";

/**
 * Components blended into the primary one (EASE — dense up to `easeMaxItems` items, sparse above — or the best
 * single component when neither runs).
 */
export type ExtraComponent = Exclude<HybridComponent, "ease" | "sparseEase">;

/** Options of {@link tuneHybrid}. */
export interface TuneHybridOptions {
  /**
   * Components tried beside EASE; default `["itemKnn", "rp3beta", "popularity"]`. `"ials"` adds iALS (slower to
   * fit: about a second per trial on 100k interactions).
   */
  readonly components?: readonly ExtraComponent[];
  /**
   * Largest number of validation users scored per trial (evenly spaced); default enough to keep users × items
   * near 10⁷, and at least 1,000.
   */
  readonly maxUsers?: number;
  /**
   * Largest catalog on which dense EASE is fitted (time grows with items³, memory 8·items² bytes); default 8192,
   * at most `EASE_MAX_ITEMS` (16,384). Larger catalogs tune sparse EASE instead (`fitSparseEase`, memory linear in
   * items), unless `sparseEase` is false.
   */
  readonly easeMaxItems?: number;
  /**
   * Whether sparse EASE stands in for EASE on catalogs above `easeMaxItems`; default true. Its neighbours per item
   * default to `sparseEaseNeighbours`.
   */
  readonly sparseEase?: boolean;
  /** Neighbours per item of sparse EASE; default 100. */
  readonly sparseEaseNeighbours?: number;
  /**
   * Smallest gain of the criterion for which a blend weight moves (parsimony: a component enters the served
   * blend only when it clearly helps); default 0.001.
   */
  readonly minBlendGain?: number;
  /**
   * k-anonymity floor of every collaborative link, as serving applies it (`knn.minSupport` of `createServing`):
   * each trial's EASE links shared by fewer users are zeroed and item-kNN/RP3beta pairs dropped, so the tuner
   * chooses for the masked model that is served. Default 5 (serving's default); 1 tunes the unmasked model.
   */
  readonly minSupport?: number;
  /**
   * Whether ratings weigh evidence (a rating exponent is tried). Serving's shared statistics hold distinct
   * shopper–item pairs without ratings, so the default `false` tunes what is served; `true` is for research.
   */
  readonly ratings?: boolean;
  /**
   * Stop a trial early when it is clearly worse than the configuration it challenges (see {@link RACE_Z}); default
   * true. `false` scores every trial on every sampled user.
   */
  readonly earlyStopping?: boolean;
  /**
   * Successive halving of the extra components: their own hyper-parameters (item-kNN's k, RP3beta's α, β, k, …) are
   * searched on half the sampled validation users (every other quarter, interleaved), EASE's and the blend weights on
   * all of them; default true. Only on samples of at least 400 users (smaller ones are scored whole). `false` scores
   * every stage on every sampled user.
   */
  readonly halving?: boolean;
  /** Called after each trial, e.g. to show progress. */
  readonly onTrial?: (trial: HybridTrial) => void;
}

/** One evaluated configuration. */
export interface HybridTrial {
  /** What was searched: one component alone, or the blend weights. */
  readonly stage: HybridComponent | "blend";
  readonly config: HybridConfig;
  /** Validation NDCG@10 and NDCG@20 on the sampled users, and the criterion: their mean. */
  readonly ndcg10: number;
  readonly ndcg20: number;
  readonly score: number;
  /** Wall time of the trial (fit and scoring). */
  readonly seconds: number;
  /**
   * Validation users scored: the whole sample, half of it for an extra component's own trial under
   * {@link TuneHybridOptions.halving}, or fewer when the trial was {@link HybridTrial.stopped}.
   */
  readonly users: number;
  /**
   * Stopped early: on the users scored so far it was clearly worse (paired per-user criterion, more than
   * {@link RACE_Z} standard errors below) than the configuration it challenged, so it cannot be chosen; its figures
   * are on `users` only.
   */
  readonly stopped: boolean;
}

/** Result of {@link tuneHybrid}. */
export interface TuneHybridResult {
  /** The chosen configuration, for `fitHybrid` on train (or train + validation). */
  readonly config: HybridConfig;
  /** Validation NDCG@10 of the chosen configuration on the sampled users. */
  readonly validationNdcg: number;
  /** Every trial, in order. */
  readonly trials: readonly HybridTrial[];
  /** Wall time of the whole search. */
  readonly seconds: number;
}

const LAMBDA_STEPS = Array.from({ length: 17 }, (_, j) => 2 ** ((j - 4) / 2));
const DROPOUTS = [0, 0.2, 0.4, 0.5, 0.6, 0.7];
const KNN_K = [25, 50, 100, 200, 400, 800];
const KNN_SHRINK = [0, 10, 50, 100];
const RP3_ALPHA = [0.25, 0.5, 0.75, 1, 1.25];
const RP3_BETA = [0, 0.2, 0.35, 0.5, 0.65, 0.8];
const RP3_K = [25, 50, 100, 200, 400];
const IALS_REGULARIZATION = [0.001, 0.003, 0.01, 0.03, 0.1, 0.3];
const IALS_UNOBSERVED = [0.03, 0.1, 0.3, 1];
const IALS_FACTORS = 64;
const IALS_EPOCHS = 8;
const BLEND_WEIGHTS = [0, 0.02, 0.05, 0.1, 0.2, 0.35, 0.5, 0.75, 1];
/**
 * Early stopping ("racing"): a challenger of the search's current configuration is scored on interleaved quarters
 * of the validation sample and dropped after a quarter when its mean paired per-user criterion difference is more
 * than this many standard errors below 0. Only on samples of at least {@link RACE_MIN_USERS} users.
 */
export const RACE_Z = 3;
const RACE_MIN_USERS = 400;
const RACE_FOLDS = 4;
/** How every hyper-parameter ladder is climbed: first improvement, so a run one way costs one fit per step. */
const CLIMB: ClimbOptions = { firstImprovement: true };
/**
 * Largest number of Float32 values (160 MB) of the blend's score cache: with 4 parts of 3,226 users × 3,100 items
 * (MovieLens-1M's shape) only the parts that fit are cached, the primary (the costliest to score) first.
 */
const BLEND_CACHE_VALUES = 4e7;
/** Largest catalog whose Gram matrix (8·items² bytes, 288 MiB here) is kept across EASE trials. */
const GRAM_REUSE_MAX_ITEMS = 6144;

/**
 * Chooses the hybrid's hyper-parameters and blend weights by validation NDCG (mean of @10 and @20, less noisy
 * than @10 alone), with train items masked and full ranking. EASE runs when the catalog allows; the criterion
 * decides every other component's weight, 0 included. Deterministic for the same input.
 */
export function tuneHybrid(
  train: Interactions,
  validation: Interactions,
  options: TuneHybridOptions = {},
): TuneHybridResult {
  const began = performance.now();
  if (train.numItems !== validation.numItems || train.numUsers !== validation.numUsers)
    throw new ConfigError("validation", "must share train's user and item index maps");
  const extras = options.components ?? ["itemKnn", "rp3beta", "popularity"];
  const easeMaxItems = options.easeMaxItems ?? 8192;
  if (!(Number.isInteger(easeMaxItems) && easeMaxItems >= 0 && easeMaxItems <= EASE_MAX_ITEMS))
    throw new ConfigError("easeMaxItems", `must be an integer in 0..${EASE_MAX_ITEMS}`);
  const sparseNeighbours = options.sparseEaseNeighbours ?? 100;
  if (!(Number.isInteger(sparseNeighbours) && sparseNeighbours >= 1))
    throw new ConfigError("sparseEaseNeighbours", "must be an integer ≥ 1");
  const minSupport = options.minSupport ?? 5;
  if (!(Number.isInteger(minSupport) && minSupport >= 1))
    throw new ConfigError("minSupport", "must be an integer ≥ 1");
  const useRatings = options.ratings === true;
  // Without ratings the models see what serving's shared statistics hold: distinct user–item pairs.
  const data = useRatings
    ? train
    : { numUsers: train.numUsers, numItems: train.numItems, users: train.users, items: train.items };
  let support: Uint8Array | undefined;
  // Every trial shares one count of the co-occurrences: EASE's Gram matrix (one per rating exponent; only λ,
  // dropout and the inverse are redone), item-kNN's pair counts and RP3beta's walks.
  const reuse = train.numItems <= GRAM_REUSE_MAX_ITEMS;
  const easeGrams = reuse ? new Map<number, EaseGram>() : undefined;
  const shared = reuse && train.users.length > 0 ? sharedCooccurrence(data) : undefined;
  const fitOptions = {
    ...(easeGrams ? { easeGrams } : {}),
    ...(shared ? { cooccurrence: shared } : {}),
    sparseEaseGrams: new Map<string, SparseEaseGram>(),
  };
  const fit = (config: HybridConfig): HybridModel => {
    // As `fitServedHybrid` (what serving fits): `fitHybrid`, then EASE links below the floor zeroed in place.
    const model = fitHybrid(data, withMinSupport(config, minSupport), fitOptions);
    if (model.ease && minSupport > 1) {
      support ??= pairSupport(data, minSupport);
      maskEaseBySupport(model.ease, data, minSupport, support);
    }
    return model;
  };
  // A trial of one component without rating weights: that component alone as `fitHybrid` fits it (EASE from the
  // shared Gram, masked), scored without the hybrid's global scale (one positive factor leaves every ranking as it
  // is) and so without fixing it. The best of each stage becomes the blend's part as it is (`aloneHybrid` fixes its
  // global scale as `fitHybrid` would), while the catalog is small enough to keep its matrix; else it is refitted.
  const fitAlone = (stage: HybridTrial["stage"], config: HybridConfig): Alone | undefined => {
    if (useRatings || (config.ratingExponent ?? 0) !== 0) return undefined;
    const masked = withMinSupport(config, minSupport);
    const ease = masked.ease;
    if (stage === "ease" && ease && ease.weight > 0) {
      const gram = shared?.gram;
      const model = fitEase(data, {
        lambda: ease.lambda,
        dropout: ease.dropout ?? 0,
        ...(gram ? { gram } : {}),
      });
      // Serving fixes EASE's global scale before masking (`fitHybrid`, then the mask): so does the kept hybrid.
      const hybrid = reuse ? aloneHybrid(data, masked, { ease: model }) : undefined;
      if (minSupport > 1) {
        support ??= pairSupport(data, minSupport);
        maskEaseBySupport(model, data, minSupport, support);
      }
      return { scorer: (items, out) => easeScores(model, items, out), hybrid: () => hybrid };
    }
    const knn = masked.itemKnn;
    if (stage === "itemKnn" && knn && knn.weight > 0) {
      const model = fitItemKnn(data, {
        k: knn.k,
        shrink: knn.shrink ?? 0,
        ...(shared ? { cooccurrence: shared } : {}),
        ...(knn.minSupport === undefined ? {} : { minSupport: knn.minSupport }),
      });
      return {
        scorer: (items, out) => itemKnnScores(model, items, out),
        hybrid: () => aloneHybrid(data, masked, { itemKnn: model }),
      };
    }
    const rp3 = masked.rp3beta;
    if (stage === "rp3beta" && rp3 && rp3.weight > 0) {
      const model = fitRp3beta(data, {
        alpha: rp3.alpha,
        beta: rp3.beta,
        k: rp3.k,
        ...(shared ? { cooccurrence: shared } : {}),
        ...(rp3.minSupport === undefined ? {} : { minSupport: rp3.minSupport }),
      });
      return {
        scorer: (items, out) => rp3betaScores(model, items, out),
        hybrid: () => aloneHybrid(data, masked, { rp3beta: model }),
      };
    }
    return undefined;
  };
  const evaluator = validationEvaluator(
    train,
    validation,
    options.maxUsers,
    useRatings,
    options.earlyStopping ?? true,
  );
  // Successive halving: the extras' own trials on half the users (they only compete within their stage).
  const halved = new Set<HybridTrial["stage"]>(options.halving === false ? [] : extras);
  const trials: HybridTrial[] = [];
  const bestModels = new Map<HybridComponent, { score: number; model: HybridModel }>();
  // Per-user criteria of every fully scored configuration, the rivals of racing challengers.
  const perUser = new Map<string, Float64Array>();
  const run = (
    stage: HybridTrial["stage"],
    config: HybridConfig,
    scorer?: BlendScorer,
    incumbent?: HybridConfig,
  ): number => {
    const started = performance.now();
    const rival = incumbent ? perUser.get(criteriaKey(stage, incumbent)) : undefined;
    let result: Measured;
    const alone = scorer ? undefined : fitAlone(stage, config);
    if (scorer) result = evaluator.blend(scorer, rival);
    else if (alone) {
      result = evaluator.alone(alone.scorer, rival, halved.has(stage));
      const score = (result.ndcg10 + result.ndcg20) / 2;
      // The best single model of each stage is kept for the blend (a hybrid of it alone, as `fit` would fit it).
      const hybrid =
        reuse &&
        !result.stopped &&
        !((bestModels.get(stage as HybridComponent)?.score ?? Number.NEGATIVE_INFINITY) >= score)
          ? alone.hybrid()
          : undefined;
      if (hybrid) bestModels.set(stage as HybridComponent, { score, model: hybrid });
    } else {
      const model = fit(config);
      result = evaluator.model(model, rival, halved.has(stage));
      const score = (result.ndcg10 + result.ndcg20) / 2;
      if (
        !result.stopped &&
        stage !== "blend" &&
        !((bestModels.get(stage)?.score ?? Number.NEGATIVE_INFINITY) >= score)
      )
        bestModels.set(stage, { score, model });
    }
    if (!result.stopped) perUser.set(criteriaKey(stage, config), result.criteria);
    const { ndcg10, ndcg20, users, stopped } = result;
    const trial = { stage, config, ndcg10, ndcg20, score: (ndcg10 + ndcg20) / 2 };
    const done = { ...trial, seconds: (performance.now() - started) / 1000, users, stopped };
    trials.push(done);
    options.onTrial?.(done);
    return stopped ? Number.NEGATIVE_INFINITY : trial.score;
  };

  const ratingsVary = useRatings && new Set(train.ratings).size > 1;
  const exponents = ratingsVary ? [0, 0.5] : [0];
  const singles = new Map<HybridComponent, { config: HybridConfig; score: number }>();
  let ratingExponent = 0;
  const dense = train.numItems <= easeMaxItems;
  const linear: HybridComponent | undefined = dense
    ? "ease"
    : options.sparseEase === false
      ? undefined
      : "sparseEase";
  if (linear && train.users.length > 0) {
    const baseOf = exponents.map((e) => meanItemWeight(train, e));
    // λ first: `bracketClimb` brackets its first ladder.
    const point = { lambda: 8, dropout: 3, exponent: 0 };
    const configOf = (p: typeof point): HybridConfig => {
      const lambda = roundTo((baseOf[p.exponent] ?? 1) * (LAMBDA_STEPS[p.lambda] ?? 1));
      const dropout = DROPOUTS[p.dropout] ?? 0;
      return {
        ratingExponent: exponents[p.exponent] ?? 0,
        ...(linear === "ease"
          ? { ease: { weight: 1, lambda, dropout } }
          : { sparseEase: { weight: 1, lambda, dropout, neighbours: sparseNeighbours } }),
      };
    };
    const best = bracketClimb(
      point,
      { lambda: LAMBDA_STEPS.length, dropout: DROPOUTS.length, exponent: exponents.length },
      (p, current) => run(linear, configOf(p), undefined, configOf(current)),
    );
    singles.set(linear, { config: configOf(best.point), score: best.score });
    ratingExponent = exponents[best.point.exponent] ?? 0;
  }
  for (const name of extras) {
    const tuned = tuneSingle(name, ratingExponent, (config, current) =>
      run(name, config, undefined, current),
    );
    singles.set(name, tuned);
  }
  const best = [...singles].sort((a, b) => b[1].score - a[1].score)[0]?.[0];
  const primary = linear && singles.has(linear) ? linear : best;
  if (primary === undefined) throw new ConfigError("components", "leave nothing to tune");
  const others = HYBRID_COMPONENTS.filter((name) => name !== primary && singles.has(name));
  const parts = [primary, ...others].map((name) => {
    const single = singles.get(name)?.config ?? {};
    const model = bestModels.get(name)?.model ?? fit({ ...single, ratingExponent });
    return { name, config: single, model };
  });
  const scorer = evaluator.cache(parts);
  const blended = (weights: readonly number[]): HybridConfig => {
    let config: HybridConfig = { ratingExponent };
    parts.forEach((part, x) => {
      const w = x === 0 ? 1 : (weights[x - 1] ?? 0);
      const own = part.config[part.name];
      if (w > 0 && own) config = { ...config, [part.name]: { ...own, weight: w } };
    });
    return config;
  };
  const shape = Object.fromEntries(others.map((name) => [name, BLEND_WEIGHTS.length]));
  const start = Object.fromEntries(others.map((name) => [name, 0]));
  const found = coordinateClimb(
    start,
    shape,
    (p, current) => {
      const weightsOf = (q: typeof p) => others.map((name) => BLEND_WEIGHTS[q[name] ?? 0] ?? 0);
      const weights = weightsOf(p);
      return run(
        "blend",
        blended(weights),
        { multipliers: [1, ...weights], parts: scorer },
        blended(weightsOf(current)),
      );
    },
    { scan: true, minGain: options.minBlendGain ?? 0.001 },
  );
  const config = withMinSupport(
    blended(others.map((name) => BLEND_WEIGHTS[found.point[name] ?? 0] ?? 0)),
    minSupport,
  );
  const chosen = [...trials]
    .reverse()
    .find((t) => t.stage === "blend" && sameConfig(withMinSupport(t.config, minSupport), config));
  return {
    config,
    validationNdcg: chosen?.ndcg10 ?? Number.NaN,
    trials,
    seconds: (performance.now() - began) / 1000,
  };
}

/** Searches one extra component's own hyper-parameters with weight 1. */
function tuneSingle(
  name: ExtraComponent,
  ratingExponent: number,
  objective: (config: HybridConfig, incumbent?: HybridConfig) => number,
): { config: HybridConfig; score: number } {
  if (name === "popularity") {
    const config = { popularity: { weight: 1 } };
    return { config, score: objective(config) };
  }
  if (name === "ials") {
    const configOf = (p: { regularization: number; unobserved: number }): HybridConfig => ({
      ratingExponent,
      ials: {
        weight: 1,
        factors: IALS_FACTORS,
        regularization: IALS_REGULARIZATION[p.regularization] ?? 0.01,
        unobservedWeight: IALS_UNOBSERVED[p.unobserved] ?? 0.1,
        epochs: IALS_EPOCHS,
      },
    });
    const best = coordinateClimb(
      { regularization: 2, unobserved: 1 },
      { regularization: IALS_REGULARIZATION.length, unobserved: IALS_UNOBSERVED.length },
      (p, current) => objective(configOf(p), configOf(current)),
      CLIMB,
    );
    return { config: configOf(best.point), score: best.score };
  }
  if (name === "itemKnn") {
    const configOf = (p: { k: number; shrink: number }): HybridConfig => ({
      ratingExponent,
      itemKnn: { weight: 1, k: KNN_K[p.k] ?? 100, shrink: KNN_SHRINK[p.shrink] ?? 0 },
    });
    const best = coordinateClimb(
      { k: 2, shrink: 0 },
      { k: KNN_K.length, shrink: KNN_SHRINK.length },
      (p, current) => objective(configOf(p), configOf(current)),
      CLIMB,
    );
    return { config: configOf(best.point), score: best.score };
  }
  const configOf = (p: { alpha: number; beta: number; k: number }): HybridConfig => ({
    ratingExponent,
    rp3beta: {
      weight: 1,
      alpha: RP3_ALPHA[p.alpha] ?? 1,
      beta: RP3_BETA[p.beta] ?? 0.5,
      k: RP3_K[p.k] ?? 100,
    },
  });
  const best = coordinateClimb(
    { alpha: 3, beta: 3, k: 2 },
    { alpha: RP3_ALPHA.length, beta: RP3_BETA.length, k: RP3_K.length },
    (p, current) => objective(configOf(p), configOf(current)),
    CLIMB,
  );
  return { config: configOf(best.point), score: best.score };
}

/**
 * The linear model's search, where every trial costs an O(items³) inverse: few trials, each chosen from the ones
 * before. The first ladder (log λ, √2 apart) is bracketed with double steps (factor 2), upwards first and downwards
 * only when the first step up does not improve, while each step improves; then a parabola through the best point
 * and its two double-step neighbours places the peak, and the single step (√2) on its side is tried only when the
 * peak lies at least half a step from the best point. Every other ladder in turn (dropout, then the rating
 * exponent) is climbed by first improvement, upwards first. Ties keep the current point; each point is evaluated
 * once. About six trials on MovieLens-shaped data, against ten to twelve for {@link coordinateClimb}. The objective
 * also gets the point a candidate challenges, as in `coordinateClimb`.
 */
export function bracketClimb<P extends Record<string, number>>(
  start: P,
  sizes: { readonly [K in keyof P]: number },
  objective: (point: P, current: P) => number,
): { point: P; score: number } {
  const names = Object.keys(start) as (keyof P & string)[];
  const cache = new Map<string, number>();
  const keyOf = (point: P) => names.map((n) => point[n]).join(",");
  const at = (point: P, current: P) => {
    const key = keyOf(point);
    let score = cache.get(key);
    if (score === undefined) {
      const raw = objective({ ...point }, { ...current });
      score = Number.isNaN(raw) ? Number.NEGATIVE_INFINITY : raw;
      cache.set(key, score);
    }
    return score;
  };
  let point = { ...start };
  let score = at(point, point);
  /** Moves to `value` of ladder `name` when it is inside the ladder, new, and better; returns whether it moved. */
  const tryMove = (name: keyof P & string, value: number): boolean => {
    if (!(value >= 0 && value < sizes[name]) || value === point[name]) return false;
    const candidate = { ...point, [name]: value };
    const s = at(candidate, point);
    if (!(s > score)) return false;
    point = candidate;
    score = s;
    return true;
  };
  const [first, ...rest] = names;
  if (first !== undefined && sizes[first] > 1) {
    const coarse = sizes[first] > 2 ? 2 : 1;
    for (const way of [1, -1]) {
      let moved = false;
      while (tryMove(first, (point[first] ?? 0) + way * coarse)) moved = true;
      if (moved || way === -1) break;
    }
    const here = point[first] ?? 0;
    const known = (value: number) => cache.get(keyOf({ ...point, [first]: value }));
    const below = known(here - coarse);
    const above = known(here + coarse);
    let side = 0;
    if (coarse === 2 && below !== undefined && above !== undefined) {
      // Vertex of the parabola through (−2, below), (0, score), (2, above), in single steps; |peak| ≤ 1.
      const curvature = 2 * score - below - above;
      const peak = curvature > 0 ? (above - below) / curvature : 0;
      side = Math.abs(peak) >= 0.5 ? Math.sign(peak) : 0;
    } else if (coarse === 2) side = below !== undefined ? -1 : above !== undefined ? 1 : 0;
    if (side !== 0) tryMove(first, here + side);
  }
  for (const name of rest) {
    for (const way of [1, -1]) {
      let moved = false;
      while (tryMove(name, (point[name] ?? 0) + way)) moved = true;
      if (moved) break;
    }
  }
  return { point, score };
}

/** Options of {@link coordinateClimb}. */
export interface ClimbOptions {
  /** Try every value of a coordinate (a line scan) instead of stepping to neighbours; default false. */
  readonly scan?: boolean;
  /** A move must raise the objective by more than this; default 0. */
  readonly minGain?: number;
  /**
   * Without `scan`: move to the first neighbour that improves, trying first the direction this coordinate last
   * moved in (upwards at first), instead of evaluating both neighbours and taking the better. Fewer evaluations
   * on a climb that keeps going one way; default false.
   */
  readonly firstImprovement?: boolean;
}

/**
 * Coordinate search over ordered ladders (indexes `0..size-1`). For each coordinate in turn it steps to the better
 * neighbour while the objective improves (or, with `scan`, jumps to the best value of the whole ladder); rounds
 * repeat until none moves (at most 3). Each point is evaluated once; ties keep the current point. The objective
 * also gets the current point a candidate challenges (the start itself first), e.g. to stop a clear loser early.
 */
export function coordinateClimb<P extends Record<string, number>>(
  start: P,
  sizes: { readonly [K in keyof P]: number },
  objective: (point: P, current: P) => number,
  options: ClimbOptions = {},
): { point: P; score: number } {
  const minGain = options.minGain ?? 0;
  const cache = new Map<string, number>();
  const names = Object.keys(start) as (keyof P & string)[];
  const at = (point: P, current: P) => {
    const key = names.map((n) => point[n]).join(",");
    let score = cache.get(key);
    if (score === undefined) {
      const raw = objective({ ...point }, { ...current });
      score = Number.isNaN(raw) ? Number.NEGATIVE_INFINITY : raw;
      cache.set(key, score);
    }
    return score;
  };
  let point = { ...start };
  let score = at(point, point);
  const direction = new Map<string, number>();
  for (let round = 0; round < 3; round++) {
    let moved = false;
    for (const name of names) {
      for (;;) {
        const here = point[name] ?? 0;
        const way = direction.get(name) ?? 1;
        const values = options.scan
          ? Array.from({ length: sizes[name] }, (_, v) => v)
          : [here + way, here - way].filter((v) => v >= 0 && v < sizes[name]);
        let next: P | undefined;
        let nextScore = score + minGain;
        for (const value of values) {
          if (value === here) continue;
          const candidate = { ...point, [name]: value };
          const s = at(candidate, point);
          if (s > nextScore) {
            next = candidate;
            nextScore = s;
            if (options.firstImprovement && !options.scan) break;
          }
        }
        if (next === undefined) break;
        if (options.firstImprovement) direction.set(name, (next[name] ?? 0) > here ? 1 : -1);
        point = next;
        score = nextScore;
        moved = true;
        if (options.scan) break;
      }
    }
    if (!moved) break;
  }
  return { point, score };
}

/** Raw scores of one fitted component for a history (distinct items, ascending), written into `out`. */
type AloneScorer = (items: Int32Array, out: Float64Array) => void;

/** A single component fitted alone: its scorer, and the hybrid of it alone that `fitHybrid` would fit. */
interface Alone {
  readonly scorer: AloneScorer;
  readonly hybrid: () => HybridModel | undefined;
}

/**
 * The hybrid `fitHybrid(data, config)` fits (without ratings) made of one component model already fitted alone:
 * its global scale computed by `fitHybrid`'s own {@link globalScales}, so the blend scores it exactly as the
 * refitted hybrid.
 */
export function aloneHybrid(
  data: TrainingData,
  config: HybridConfig,
  fitted: Partial<Pick<HybridModel, "ease" | "itemKnn" | "rp3beta">>,
): HybridModel {
  const unit = Object.fromEntries(HYBRID_COMPONENTS.map((name) => [name, 1])) as Record<
    HybridComponent,
    number
  >;
  const model: HybridModel = { numItems: data.numItems, config, topRating: 1, ...fitted, scales: unit };
  return { ...model, scales: globalScales(model, data, undefined) };
}

/** Validation figures of one scorer: means over the users scored, and each sampled user's criterion (0 unscored). */
interface Measured {
  readonly ndcg10: number;
  readonly ndcg20: number;
  readonly criteria: Float64Array;
  readonly users: number;
  readonly stopped: boolean;
}

/** Normalised component scores of the sampled users and their blend multipliers. */
interface BlendScorer {
  readonly multipliers: readonly number[];
  readonly parts: CachedParts;
}

/** Writes component `c`'s normalised scores (raw / global scale) for sampled user `x` into `out`. */
type CachedParts = (c: number, x: number, out: Float64Array) => void;

/** Mean NDCG@10 and @20 of scorers on the validation users (train masked), plus a score cache for blending. */
function validationEvaluator(
  train: Interactions,
  validation: Interactions,
  maxUsers: number | undefined,
  useRatings: boolean,
  race: boolean,
) {
  const n = train.numItems;
  const trainGroups = groupByUser(train);
  const validationGroups = groupByUser(validation);
  const all: number[] = [];
  for (let u = 0; u < validation.numUsers; u++)
    if ((validationGroups.offsets[u + 1] ?? 0) > (validationGroups.offsets[u] ?? 0)) all.push(u);
  const limit = maxUsers ?? Math.max(1000, Math.floor(1e7 / Math.max(1, n)));
  if (!(Number.isInteger(limit) && limit >= 1)) throw new ConfigError("maxUsers", "must be an integer ≥ 1");
  const step = Math.max(1, all.length / limit);
  const users: number[] = [];
  for (let x = 0; x < all.length; x += step) users.push(all[Math.floor(x)] ?? 0);
  const histories = users.map((u) => distinctHistory(train, trainGroups, u));
  const relevant = users.map(
    (u) =>
      new Set(
        validationGroups.items.subarray(
          validationGroups.offsets[u] ?? 0,
          validationGroups.offsets[u + 1] ?? 0,
        ),
      ),
  );
  const mask = new Uint8Array(n);
  const scores = new Float64Array(n);
  const top20 = smallTopK(20);
  const at10 = new Float64Array(histories.length);
  const at20 = new Float64Array(histories.length);
  const scoreUser = (fill: (x: number, out: Float64Array) => void, x: number) => {
    const history = histories[x];
    if (!history) return;
    scores.fill(0);
    fill(x, scores);
    for (const i of history.items) mask[i] = 1;
    const list = top20.of(scores, mask);
    for (const i of history.items) mask[i] = 0;
    at10[x] = ndcgAtK(list, relevant[x] ?? new Set(), 10);
    at20[x] = ndcgAtK(list, relevant[x] ?? new Set(), 20);
  };
  // Users in interleaved folds (x ≡ f mod RACE_FOLDS); every mean is summed in user order, as without racing.
  // Halving scores the first half of the folds only.
  const folds = histories.length >= RACE_MIN_USERS ? RACE_FOLDS : 1;
  const measure = (
    fill: (x: number, out: Float64Array) => void,
    rival?: Float64Array,
    half = false,
  ): Measured => {
    const share = half ? Math.ceil(folds / 2) : folds;
    let scored = 0;
    let stopped = false;
    for (let f = 0; f < share && !stopped; f++) {
      for (let x = f; x < histories.length; x += folds) scoreUser(fill, x);
      scored = f + 1;
      if (race && rival && f + 1 < share) {
        // Paired test on the users scored so far: mean and standard error of (criterion − rival's criterion).
        let sum = 0;
        let squares = 0;
        let count = 0;
        for (let x = 0; x < histories.length; x++) {
          if (x % folds >= scored) continue;
          const d = ((at10[x] ?? 0) + (at20[x] ?? 0)) / 2 - (rival[x] ?? 0);
          sum += d;
          squares += d * d;
          count++;
        }
        const mean = sum / Math.max(1, count);
        const error = Math.sqrt(
          Math.max(0, squares / Math.max(1, count) - mean * mean) / Math.max(1, count - 1),
        );
        stopped = mean + RACE_Z * error < 0;
      }
    }
    let sum10 = 0;
    let sum20 = 0;
    let users = 0;
    const criteria = new Float64Array(histories.length);
    for (let x = 0; x < histories.length; x++) {
      if (x % folds >= scored) continue;
      sum10 += at10[x] ?? 0;
      sum20 += at20[x] ?? 0;
      criteria[x] = ((at10[x] ?? 0) + (at20[x] ?? 0)) / 2;
      users++;
    }
    const count = Math.max(1, users);
    return { ndcg10: sum10 / count, ndcg20: sum20 / count, criteria, users, stopped };
  };
  const part = new Float64Array(n);
  return {
    alone: (scorer: AloneScorer, rival?: Float64Array, half = false) =>
      measure(
        (x, out) => {
          const history = histories[x];
          if (history) scorer(history.items, out);
        },
        rival,
        half,
      ),
    // `scoreHybrid`'s sums in its order (so the same numbers), with one scratch row for every user.
    model: (model: HybridModel, rival?: Float64Array, half = false) =>
      measure(
        (x, out) => {
          const history = histories[x];
          if (!history) return;
          for (const name of HYBRID_COMPONENTS) {
            const factor = hybridMultiplier(model, name);
            if (factor === 0) continue;
            hybridComponentScores(model, name, history.items, part, useRatings ? history.ratings : undefined);
            for (let i = 0; i < n; i++) out[i] = (out[i] ?? 0) + factor * (part[i] ?? 0);
          }
        },
        rival,
        half,
      ),
    blend: ({ multipliers, parts }: BlendScorer, rival?: Float64Array) => {
      const row = new Float64Array(n);
      return measure((x, out) => {
        multipliers.forEach((m, c) => {
          if (m === 0) return;
          parts(c, x, row);
          for (let i = 0; i < n; i++) out[i] = (out[i] ?? 0) + m * (row[i] ?? 0);
        });
      }, rival);
    },
    /**
     * Caches each model's normalised scores of the sampled users as Float32, the primary (first) part first, while
     * the cached parts hold at most {@link BLEND_CACHE_VALUES} values; the other parts are recomputed by every blend
     * trial and rounded to Float32 as well, so a trial's figures do not depend on which parts fit in the cache.
     */
    cache: (parts: readonly { name: HybridComponent; model: HybridModel }[]): CachedParts => {
      const scoreOf = (c: number, x: number, out: Float64Array) => {
        const part = parts[c];
        const history = histories[x];
        if (!part || !history) return;
        hybridComponentScores(
          part.model,
          part.name,
          history.items,
          out,
          useRatings ? history.ratings : undefined,
        );
        const scale = part.model.scales[part.name];
        for (let i = 0; i < n; i++) out[i] = Math.fround((out[i] ?? 0) / scale);
      };
      const scratch = new Float64Array(n);
      const perPart = users.length * n;
      const stored = parts.map((_, c) => {
        if ((c + 1) * perPart > BLEND_CACHE_VALUES) return undefined;
        const matrix = new Float32Array(perPart);
        for (let x = 0; x < users.length; x++) {
          scoreOf(c, x, scratch);
          matrix.set(scratch, x * n);
        }
        return matrix;
      });
      return (c, x, out) => {
        const matrix = stored[c];
        if (matrix) for (let i = 0; i < n; i++) out[i] = matrix[x * n + i] ?? 0;
        else scoreOf(c, x, out);
      };
    },
  };
}

/**
 * `topK(scores, k, exclude)` for a small k with reused buffers: a sorted insertion list that most items leave after
 * one comparison. Same order: best first, ties to the lower index, NaN as −∞ (ranked last).
 */
export function smallTopK(k: number): {
  of(scores: ArrayLike<number>, exclude?: ArrayLike<number>): Int32Array;
} {
  if (!(Number.isInteger(k) && k >= 1)) throw new ConfigError("k", "must be an integer ≥ 1");
  const items = new Int32Array(k);
  const values = new Float64Array(k);
  return {
    of(scores, exclude) {
      let size = 0;
      for (let i = 0; i < scores.length; i++) {
        if (exclude?.[i]) continue;
        const raw = scores[i] ?? Number.NaN;
        const v = Number.isNaN(raw) ? Number.NEGATIVE_INFINITY : raw;
        // Items come in index order, so an equal value ranks below every kept one.
        if (size === k && !(v > (values[k - 1] ?? 0))) continue;
        let at = size < k ? size++ : k - 1;
        while (at > 0 && v > (values[at - 1] ?? 0)) {
          values[at] = values[at - 1] ?? 0;
          items[at] = items[at - 1] ?? 0;
          at--;
        }
        values[at] = v;
        items[at] = i;
      }
      return items.slice(0, size);
    },
  };
}

/**
 * A {@link UserScorer} of a fitted hybrid whose histories (distinct items, each with its largest rating) come from
 * `table`, e.g. train when scoring test after a train-only fit, or train + validation after a refit.
 */
export function hybridScorer(model: HybridModel, table: Interactions): UserScorer {
  const groups = groupByUser(table);
  return (user, out) => {
    const history = distinctHistory(table, groups, user);
    scoreHybrid(model, history.items, out, history.ratings);
  };
}

/** A user's distinct training items, ascending, each with its largest rating. */
function distinctHistory(
  table: Interactions,
  groups: ReturnType<typeof groupByUser>,
  user: number,
): { items: Int32Array; ratings: Float64Array } {
  const best = new Map<number, number>();
  const end = groups.offsets[user + 1] ?? 0;
  for (let q = groups.offsets[user] ?? 0; q < end; q++) {
    const item = groups.items[q] ?? 0;
    const rating = table.ratings[groups.positions[q] ?? 0] ?? 1;
    const seen = best.get(item);
    if (seen === undefined || rating > seen) best.set(item, rating);
  }
  const items = Int32Array.from(best.keys()).sort();
  return { items, ratings: Float64Array.from(items, (i) => best.get(i) ?? 1) };
}

/** Mean over items with interactions of Σ_u w_ui² for w = (rating / top)^exponent: EASE's typical Gram diagonal. */
function meanItemWeight(train: Interactions, exponent: number): number {
  let top = 0;
  for (const r of train.ratings) if (r > top) top = r;
  const sums = new Float64Array(train.numItems);
  train.items.forEach((item, p) => {
    const w =
      exponent === 0 || !(top > 0)
        ? 1
        : Math.min(1, Math.max(0, (train.ratings[p] ?? top) / top)) ** exponent;
    sums[item] = (sums[item] ?? 0) + w * w;
  });
  let total = 0;
  let items = 0;
  for (const s of sums)
    if (s > 0) {
      total += s;
      items++;
    }
  return items > 0 ? total / items : 1;
}

/**
 * The config with item-kNN's, RP3beta's, sparse EASE's and iALS's k-anonymity floor set to `minSupport` (left to their default, 5, which
 * serving uses too, when it is 5), so the chosen config fits the same masked model wherever it is fitted.
 */
function withMinSupport(config: HybridConfig, minSupport: number): HybridConfig {
  if (minSupport === 5) return config;
  return {
    ...config,
    ...(config.itemKnn ? { itemKnn: { ...config.itemKnn, minSupport } } : {}),
    ...(config.rp3beta ? { rp3beta: { ...config.rp3beta, minSupport } } : {}),
    ...(config.sparseEase ? { sparseEase: { ...config.sparseEase, minSupport } } : {}),
    ...(config.ials ? { ials: { ...config.ials, minSupport } } : {}),
  };
}

/** Rounds to 3 significant digits so configs read well and refits reuse the same λ. */
function roundTo(value: number): number {
  return Number(value.toPrecision(3));
}

/** Key of a scored configuration's per-user criteria: blend trials apart (they score normalised Float32 parts). */
function criteriaKey(stage: HybridTrial["stage"], config: HybridConfig): string {
  return `${stage === "blend" ? "blend " : ""}${JSON.stringify(config)}`;
}

function sameConfig(a: HybridConfig, b: HybridConfig): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}
