/** The model step of `candor eval`: tune the hybrid on validation, fit it, and rank every test user's candidates. */
import {
  concatInteractions,
  groupByUser,
  type Interactions,
  type TuneHybridResult,
  topK,
  tuneHybrid,
} from "@candor/core/eval";
import { fitHybrid, type HybridConfig, scoreHybrid } from "@candor/core/recommend";

/** What {@link runHybrid} produced. */
export interface HybridRun {
  /** Each test user's top `k`. */
  readonly recommendations: Map<number, Int32Array>;
  /** Each test user's top `depth` with scores, for re-ranking. */
  readonly candidates: Map<number, { readonly items: Int32Array; readonly scores: Float64Array }>;
  /** The history each user was scored from. */
  readonly historyOf: (user: number) => Int32Array;
  readonly config: HybridConfig;
  readonly validationNdcg: number;
  readonly trials: TuneHybridResult["trials"];
  readonly seconds: { readonly tune: number; readonly fit: number; readonly rank: number };
}

/**
 * Tunes on `validation` (train items masked), fits the chosen configuration on train — or on train+validation with
 * `refit` — and returns each test user's top `k`, train and validation items excluded.
 */
export function runHybrid(
  split: { readonly train: Interactions; readonly validation: Interactions; readonly test: Interactions },
  options: {
    readonly k: number;
    /** How many candidates to keep per user (for re-ranking); default `k`. */
    readonly depth?: number;
    readonly refit: boolean;
    readonly progress: (text: string) => void;
  },
): HybridRun {
  const clock = () => performance.now() / 1000;
  let t = clock();
  let trials = 0;
  const tuned = tuneHybrid(split.train, split.validation, {
    onTrial: (trial) => {
      trials++;
      if (trials % 10 === 0)
        options.progress(`tuning: ${trials} trials, best so far ${trial.score.toFixed(4)}`);
    },
  });
  const tune = clock() - t;
  options.progress(`tuned in ${tune.toFixed(1)} s: validation NDCG ${tuned.validationNdcg.toFixed(4)}`);
  t = clock();
  const data = options.refit ? concatInteractions([split.train, split.validation]) : split.train;
  const model = fitHybrid(data, tuned.config);
  const fit = clock() - t;
  t = clock();
  const groups = groupByUser(data);
  const historyOf = (user: number) =>
    groups.items.subarray(groups.offsets[user] ?? 0, groups.offsets[user + 1] ?? 0);
  const masks = [groupByUser(split.train), groupByUser(split.validation)];
  const depth = Math.max(options.k, options.depth ?? options.k);
  const scores = new Float64Array(split.train.numItems);
  const mask = new Uint8Array(split.train.numItems);
  const recommendations = new Map<number, Int32Array>();
  const candidates = new Map<number, { items: Int32Array; scores: Float64Array }>();
  for (const user of new Set(split.test.users)) {
    const start = groups.offsets[user] ?? 0;
    const end = groups.offsets[user + 1] ?? 0;
    const ratings = Array.from(groups.positions.subarray(start, end), (p) => data.ratings[p] ?? 1);
    scoreHybrid(model, historyOf(user), scores, ratings);
    const setMask = (flag: number) => {
      for (const g of masks)
        for (let q = g.offsets[user] ?? 0; q < (g.offsets[user + 1] ?? 0); q++) mask[g.items[q] ?? 0] = flag;
    };
    setMask(1);
    const list = topK(scores, depth, mask);
    setMask(0);
    recommendations.set(user, list.slice(0, options.k));
    if (depth > options.k)
      candidates.set(user, { items: list, scores: Float64Array.from(list, (i) => scores[i] ?? 0) });
  }
  return {
    recommendations,
    candidates,
    historyOf,
    config: tuned.config,
    validationNdcg: tuned.validationNdcg,
    trials: tuned.trials,
    seconds: { tune, fit, rank: clock() - t },
  };
}
