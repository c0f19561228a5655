/**
 * The hybrid recommender: EASE (dense, or sparse on large catalogues), item-kNN, RP3beta, iALS and popularity blended
 * linearly. Each component's raw score is
 * divided by a global scale fixed at fit time (never by anything of the scored user), so every score is exactly
 * the sum of per-evidence-item contributions.
 */
import { ConfigError } from "../../internal/candor-error.ts";
import { checkCooccurrence, type SharedCooccurrence } from "./cooccurrence.ts";
import { type EaseGram, type EaseModel, easeContributions, easeGram, easeScores } from "./ease.ts";
import { fitIals, type IalsModel, ialsContributions, ialsScores } from "./ials.ts";
import { fitItemKnn, type ItemKnnModel, itemKnnContributions, itemKnnScores } from "./item-knn.ts";
import {
  fitPopularity,
  type PopularityModel,
  popularityContributions,
  popularityScores,
} from "./popularity.ts";
import { fitRp3beta, type Rp3betaModel, rp3betaContributions, rp3betaScores } from "./rp3beta.ts";
import {
  fitSparseEase,
  type SparseEaseGram,
  type SparseEaseModel,
  sparseEaseContributions,
  sparseEaseGram,
  sparseEaseScores,
} from "./sparse-ease.ts";
import type { ModelContribution, TrainingData } from "./types.ts";
import { userHistories } from "./user-histories.ts";
import { fitWeightedEase } from "./weighted-ease.ts";

/** The blendable components. */
export type HybridComponent = "ease" | "itemKnn" | "rp3beta" | "popularity" | "sparseEase" | "ials";

/** The hybrid's hyper-parameters and blend weights, as {@link tuneHybrid} in `@candor/core/eval` chooses them. */
export interface HybridConfig {
  /**
   * Evidence weight of an interaction: (rating / the data's top rating)^ratingExponent, for EASE's Gram matrix and
   * every history item at scoring time. Default 0: every interaction weighs 1.
   */
  readonly ratingExponent?: number;
  /** EASE (weighted Gram, see `fitWeightedEase`); omitted or weight 0: not fitted. */
  readonly ease?: { readonly weight: number; readonly lambda: number; readonly dropout?: number };
  /** Item-kNN (see `fitItemKnn`; `minSupport` is its k-anonymity floor, default 5). */
  readonly itemKnn?: {
    readonly weight: number;
    readonly k: number;
    readonly shrink?: number;
    readonly minSupport?: number;
  };
  /** RP3beta (see `fitRp3beta`; `minSupport` as item-kNN's). */
  readonly rp3beta?: {
    readonly weight: number;
    readonly alpha: number;
    readonly beta: number;
    readonly k: number;
    readonly minSupport?: number;
  };
  /** Popularity: the only component whose evidence is the scored item itself. */
  readonly popularity?: { readonly weight: number };
  /**
   * Sparse EASE (see `fitSparseEase`) for catalogues too large for EASE's dense inverse; `minSupport` is its
   * k-anonymity floor (default 5).
   */
  readonly sparseEase?: {
    readonly weight: number;
    readonly lambda: number;
    readonly dropout?: number;
    readonly neighbours?: number;
    readonly minSupport?: number;
  };
  /** iALS (see `fitIals`); `minSupport`: items with fewer users get no factors (default 5). */
  readonly ials?: {
    readonly weight: number;
    readonly factors: number;
    readonly regularization: number;
    readonly unobservedWeight: number;
    readonly epochs?: number;
    readonly minSupport?: number;
  };
}

/** Training data with an optional rating per interaction (an `Interactions` table fits as it is). */
export interface HybridData extends TrainingData {
  readonly ratings?: ArrayLike<number>;
}

/** A fitted hybrid. */
export interface HybridModel {
  readonly numItems: number;
  readonly config: HybridConfig;
  /** Largest rating of the fitted data (1 without ratings): the rating that weighs 1. */
  readonly topRating: number;
  readonly ease?: EaseModel;
  readonly itemKnn?: ItemKnnModel;
  readonly rp3beta?: Rp3betaModel;
  readonly popularity?: PopularityModel;
  readonly sparseEase?: SparseEaseModel;
  readonly ials?: IalsModel;
  /** Global scale per component: the mean, over training users, of their largest raw score (1 when unfitted). */
  readonly scales: Readonly<Record<HybridComponent, number>>;
}

/** One evidence item's part of one component's score, weighted and scaled: hybrid scores sum these exactly. */
export interface HybridContribution extends ModelContribution {
  readonly component: HybridComponent;
}

/** Options of {@link fitHybrid}. */
export interface HybridFitOptions {
  /**
   * Gram matrices of `data` by rating exponent, shared across fits on the same data (e.g. a tuner's trials): EASE
   * reuses the one of its exponent and stores the one it counts, so only λ and dropout are redone. The fitted
   * weights are bit-identical to a fit without it. Never share it across different data.
   */
  readonly easeGrams?: Map<number, EaseGram>;
  /**
   * Co-occurrence counts of `data` from `sharedCooccurrence`, shared across fits: EASE without rating weights
   * takes its Gram matrix, item-kNN and RP3beta their pair counts. The fit is identical to one without it.
   */
  readonly cooccurrence?: SharedCooccurrence;
  /**
   * Sparse EASE's pruned Grams, shared across fits on the same data; keyed by `neighbours,minSupport`. Sparse EASE
   * reuses the one of its key and stores the one it counts. Never share it across different data.
   */
  readonly sparseEaseGrams?: Map<string, SparseEaseGram>;
}

/** `{ gram }` from (or stored into) the shared pruned Grams for a sparse EASE config; `{}` without sharing. */
function sparseGramOf(
  data: TrainingData,
  config: NonNullable<HybridConfig["sparseEase"]>,
  grams: Map<string, SparseEaseGram> | undefined,
): { gram?: SparseEaseGram } {
  if (!grams) return {};
  const neighbours = config.neighbours ?? 100;
  const minSupport = config.minSupport ?? 5;
  const key = `${neighbours},${minSupport}`;
  let gram = grams.get(key);
  if (!gram) {
    gram = sparseEaseGram(data, { neighbours, minSupport });
    grams.set(key, gram);
  }
  return { gram };
}

/** Every component's scale before fitting. */
const UNIT_SCALES: Readonly<Record<HybridComponent, number>> = {
  ease: 1,
  itemKnn: 1,
  rp3beta: 1,
  popularity: 1,
  sparseEase: 1,
  ials: 1,
};

/** Training users sampled to fix the global scales. */
const SCALE_USERS = 256;

/** The order components are summed in. */
export const HYBRID_COMPONENTS: readonly HybridComponent[] = [
  "ease",
  "itemKnn",
  "rp3beta",
  "popularity",
  "sparseEase",
  "ials",
];

/**
 * Fits every component with a non-zero weight, then fixes each one's global scale on up to 256 evenly spaced
 * training users. Throws {@link ConfigError} when no component has a positive weight or options are invalid.
 */
export function fitHybrid(
  data: HybridData,
  config: HybridConfig,
  options: HybridFitOptions = {},
): HybridModel {
  const exponent = config.ratingExponent ?? 0;
  if (!(Number.isFinite(exponent) && exponent >= 0))
    throw new ConfigError("ratingExponent", "must be a finite number ≥ 0");
  for (const name of HYBRID_COMPONENTS) {
    const weight = config[name]?.weight ?? 0;
    if (!(Number.isFinite(weight) && weight >= 0)) throw new ConfigError(`${name}.weight`, "must be ≥ 0");
  }
  if (!HYBRID_COMPONENTS.some((name) => (config[name]?.weight ?? 0) > 0))
    throw new ConfigError("config", "needs a component with a positive weight");
  const topRating = largestRating(data.ratings);
  const interactionWeights = exponent > 0 ? ratingWeights(data.ratings, topRating, exponent) : undefined;
  const on = (name: HybridComponent) => (config[name]?.weight ?? 0) > 0;
  const grams = options.easeGrams;
  const shared = options.cooccurrence;
  if (shared) checkCooccurrence(shared, data);
  let gram = on("ease") ? ((exponent === 0 ? shared?.gram : undefined) ?? grams?.get(exponent)) : undefined;
  if (on("ease") && grams && gram === undefined) {
    gram = easeGram(data, interactionWeights ? { interactionWeights } : {});
    grams.set(exponent, gram);
  }
  const fitted = {
    numItems: data.numItems,
    config,
    topRating,
    ...(on("ease") && config.ease
      ? {
          ease: fitWeightedEase(data, {
            lambda: config.ease.lambda,
            dropout: config.ease.dropout ?? 0,
            ...(interactionWeights ? { interactionWeights } : {}),
            ...(gram ? { gram } : {}),
          }),
        }
      : {}),
    ...(on("itemKnn") && config.itemKnn
      ? {
          itemKnn: fitItemKnn(data, {
            k: config.itemKnn.k,
            shrink: config.itemKnn.shrink ?? 0,
            ...(shared ? { cooccurrence: shared } : {}),
            ...(config.itemKnn.minSupport === undefined ? {} : { minSupport: config.itemKnn.minSupport }),
          }),
        }
      : {}),
    ...(on("rp3beta") && config.rp3beta
      ? {
          rp3beta: fitRp3beta(data, {
            alpha: config.rp3beta.alpha,
            beta: config.rp3beta.beta,
            k: config.rp3beta.k,
            ...(shared ? { cooccurrence: shared } : {}),
            ...(config.rp3beta.minSupport === undefined ? {} : { minSupport: config.rp3beta.minSupport }),
          }),
        }
      : {}),
    ...(on("popularity") ? { popularity: fitPopularity(data) } : {}),
    ...(on("sparseEase") && config.sparseEase
      ? {
          sparseEase: fitSparseEase(data, {
            ...sparseGramOf(data, config.sparseEase, options.sparseEaseGrams),
            lambda: config.sparseEase.lambda,
            dropout: config.sparseEase.dropout ?? 0,
            ...(config.sparseEase.neighbours === undefined
              ? {}
              : { neighbours: config.sparseEase.neighbours }),
            ...(config.sparseEase.minSupport === undefined
              ? {}
              : { minSupport: config.sparseEase.minSupport }),
          }),
        }
      : {}),
    ...(on("ials") && config.ials
      ? {
          ials: fitIals(data, {
            factors: config.ials.factors,
            regularization: config.ials.regularization,
            unobservedWeight: config.ials.unobservedWeight,
            ...(config.ials.epochs === undefined ? {} : { epochs: config.ials.epochs }),
            ...(config.ials.minSupport === undefined ? {} : { minSupport: config.ials.minSupport }),
          }),
        }
      : {}),
    scales: { ...UNIT_SCALES },
  } satisfies HybridModel;
  return { ...fitted, scales: globalScales(fitted, data, interactionWeights) };
}

/**
 * Writes every item's hybrid score for a history into `out` (length `numItems`) and returns it: the sum over
 * components of weight / scale × the component's score. `ratings` (aligned with `history`) set the evidence weights
 * when the config has a rating exponent; without them every history item weighs 1. History items are not masked.
 */
export function scoreHybrid(
  model: HybridModel,
  history: ArrayLike<number>,
  out: Float64Array,
  ratings?: ArrayLike<number>,
): Float64Array {
  const n = model.numItems;
  out.fill(0, 0, n);
  const weights = evidenceWeights(model, ratings);
  const scratch = new Float64Array(n);
  for (const name of HYBRID_COMPONENTS) {
    const factor = multiplier(model, name);
    if (factor === 0) continue;
    componentScores(model, name, history, scratch, weights);
    for (let i = 0; i < n; i++) out[i] = (out[i] ?? 0) + factor * (scratch[i] ?? 0);
  }
  return out;
}

/**
 * Every evidence item's part of `item`'s hybrid score, component by component in {@link HYBRID_COMPONENTS} order
 * and history order within one; their sum is the score {@link scoreHybrid} writes, up to rounding.
 */
export function hybridContributions(
  model: HybridModel,
  history: ArrayLike<number>,
  item: number,
  ratings?: ArrayLike<number>,
): HybridContribution[] {
  const weights = evidenceWeights(model, ratings);
  const out: HybridContribution[] = [];
  for (const name of HYBRID_COMPONENTS) {
    const factor = multiplier(model, name);
    if (factor === 0) continue;
    for (const c of componentContributions(model, name, history, item, weights))
      out.push({ evidence: c.evidence, amount: factor * c.amount, component: name });
  }
  return out;
}

/** What a component's raw score is multiplied by: its blend weight over its global scale (0 when not fitted). */
export function hybridMultiplier(model: HybridModel, component: HybridComponent): number {
  return multiplier(model, component);
}

/** A component's raw (unweighted, unscaled) scores for a history, written into `out`; zeros when not fitted. */
export function hybridComponentScores(
  model: HybridModel,
  component: HybridComponent,
  history: ArrayLike<number>,
  out: Float64Array,
  ratings?: ArrayLike<number>,
): Float64Array {
  out.fill(0, 0, model.numItems);
  componentScores(model, component, history, out, evidenceWeights(model, ratings));
  return out;
}

function multiplier(model: HybridModel, name: HybridComponent): number {
  if (model[name] === undefined) return 0;
  return (model.config[name]?.weight ?? 0) / model.scales[name];
}

function componentScores(
  model: HybridModel,
  name: HybridComponent,
  history: ArrayLike<number>,
  out: Float64Array,
  weights: ArrayLike<number> | undefined,
): void {
  if (name === "ease" && model.ease) easeScores(model.ease, history, out, weights);
  else if (name === "itemKnn" && model.itemKnn) itemKnnScores(model.itemKnn, history, out, weights);
  else if (name === "rp3beta" && model.rp3beta) rp3betaScores(model.rp3beta, history, out, weights);
  else if (name === "popularity" && model.popularity) popularityScores(model.popularity, out);
  else if (name === "sparseEase" && model.sparseEase)
    sparseEaseScores(model.sparseEase, history, out, weights);
  else if (name === "ials" && model.ials) ialsScores(model.ials, history, out, weights);
}

function componentContributions(
  model: HybridModel,
  name: HybridComponent,
  history: ArrayLike<number>,
  item: number,
  weights: ArrayLike<number> | undefined,
): ModelContribution[] {
  if (name === "ease" && model.ease) return easeContributions(model.ease, history, item, weights);
  if (name === "itemKnn" && model.itemKnn) return itemKnnContributions(model.itemKnn, history, item, weights);
  if (name === "rp3beta" && model.rp3beta) return rp3betaContributions(model.rp3beta, history, item, weights);
  if (name === "popularity" && model.popularity) return popularityContributions(model.popularity, item);
  if (name === "sparseEase" && model.sparseEase)
    return sparseEaseContributions(model.sparseEase, history, item, weights);
  if (name === "ials" && model.ials) return ialsContributions(model.ials, history, item, weights);
  return [];
}

/** Per-history-item weights from ratings, or `undefined` (all 1). */
function evidenceWeights(
  model: HybridModel,
  ratings: ArrayLike<number> | undefined,
): Float64Array | undefined {
  const exponent = model.config.ratingExponent ?? 0;
  if (exponent === 0 || ratings === undefined) return undefined;
  return ratingWeights(ratings, model.topRating, exponent);
}

function largestRating(ratings: ArrayLike<number> | undefined): number {
  let top = 0;
  if (ratings) for (let p = 0; p < ratings.length; p++) top = Math.max(top, ratings[p] ?? 0);
  return top > 0 ? top : 1;
}

/** (rating / top)^exponent, clamped to [0, 1]; a missing or non-finite rating weighs 1. */
function ratingWeights(
  ratings: ArrayLike<number> | undefined,
  top: number,
  exponent: number,
): Float64Array | undefined {
  if (ratings === undefined) return undefined;
  const out = new Float64Array(ratings.length);
  for (let p = 0; p < ratings.length; p++) {
    const r = ratings[p] ?? Number.NaN;
    out[p] = Number.isFinite(r) ? Math.min(1, Math.max(0, r / top)) ** exponent : 1;
  }
  return out;
}

/** Each fitted component's mean largest raw score over up to {@link SCALE_USERS} evenly spaced training users. */
/**
 * Each component's global scale: the mean, over up to 256 evenly spaced training users with a history, of their
 * largest raw score (1 when that is 0). Internal: the tuner fixes the scales of models it fitted alone with it.
 */
export function globalScales(
  model: HybridModel,
  data: TrainingData,
  interactionWeights: Float64Array | undefined,
): Record<HybridComponent, number> {
  const histories = userHistories(data, interactionWeights && ((p) => interactionWeights[p] ?? 1));
  const active: number[] = [];
  for (let u = 0; u < data.numUsers; u++)
    if ((histories.offsets[u + 1] ?? 0) > (histories.offsets[u] ?? 0)) active.push(u);
  const step = Math.max(1, active.length / SCALE_USERS);
  const scratch = new Float64Array(model.numItems);
  const scales = { ...UNIT_SCALES };
  for (const name of HYBRID_COMPONENTS) {
    if (model[name] === undefined) continue;
    let sum = 0;
    let count = 0;
    for (let x = 0; x < active.length; x += step) {
      const u = active[Math.floor(x)] ?? 0;
      const start = histories.offsets[u] ?? 0;
      const end = histories.offsets[u + 1] ?? 0;
      scratch.fill(0);
      const weights = interactionWeights ? histories.weights.subarray(start, end) : undefined;
      componentScores(model, name, histories.items.subarray(start, end), scratch, weights);
      let max = 0;
      for (const s of scratch) if (s > max) max = s;
      sum += max;
      count++;
    }
    const mean = count > 0 ? sum / count : 0;
    scales[name] = mean > 0 ? mean : 1;
  }
  return scales;
}
