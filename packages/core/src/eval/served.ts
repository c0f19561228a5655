/**
 * The served recommender, for evaluation: the model store `createServing` uses (the same fitting path, with its
 * k-anonymous masks), filled from a training table as serving fills it (one distinct shopper–item pair per
 * interaction, no ratings), scored by the served scorer list with the served blend weights and the served hard
 * filters. Scoring it is scoring what `serve()` would serve; {@link unmaskedOptions} gives the same model without
 * the masks, so the cost of privacy is a number.
 */

import { ConfigError } from "../internal/candor-error.ts";
import { topK } from "../internal/top-k.ts";
import { isAllowed, type RuleContext } from "../policy/apply-rules.ts";
import { defaultRuleSet } from "../policy/default-rules.ts";
import type { RuleSet } from "../policy/rule-set.ts";
import { indexCatalog } from "../recommend/catalog-index.ts";
import { servedMinSupport } from "../recommend/fit-models.ts";
import { createModelStore, type ModelStoreOptions } from "../recommend/model-store.ts";
import type { HybridConfig } from "../recommend/models/hybrid.ts";
import { createScratch, scoreCandidates } from "../recommend/score.ts";
import {
  type BlendWeights,
  defaultBlendWeights,
  type Models,
  type ScoringInput,
  scorers,
} from "../recommend/scorers.ts";
import type { HistoryEntry, Signals } from "../recommend/signals.ts";
import type { CatalogItem } from "../recommend/types.ts";
import { groupByUser } from "./group-by-user.ts";
import type { Interactions } from "./interactions.ts";
import type { ItemCategories } from "./item-categories.ts";
import { ndcgAtK } from "./ranking-metrics.ts";
import { coordinateClimb } from "./tune-hybrid.ts";

/** Options of {@link servedRecommender}: the serving options that shape what is served. */
export interface ServedOptions extends ModelStoreOptions {
  /** Blend weights over `defaultBlendWeights`, as `createServing`'s `weights`. */
  readonly weights?: Partial<BlendWeights>;
  /** Hard filters; default `defaultRuleSet`, applied for an adult shopper of unknown region on `surface`. */
  readonly rules?: RuleSet;
  /** The surface the rules are evaluated for; default `"home"`. */
  readonly surface?: string;
  /** Item categories aligned with the table's items, as catalog categories and tags (content similarity). */
  readonly categories?: ItemCategories;
}

/** A fitted served recommender over a table's dense item indexes. */
export interface ServedRecommender {
  /** The models `serve()` would score with. */
  readonly models: Models;
  /** The blend weights in force. */
  readonly weights: BlendWeights;
  /** The k-anonymity floor of every collaborative link. */
  readonly minSupport: number;
  /**
   * The best `limit` items (dense indexes) and their scores for a shopper whose history is `history` (each item
   * one event of weight 1), never an item `exclude` refuses or the hard filters remove.
   */
  rank(
    history: ArrayLike<number>,
    limit: number,
    exclude?: (index: number) => boolean,
    weights?: BlendWeights,
  ): { readonly items: Int32Array; readonly scores: Float64Array };
  /**
   * The raw scores of the scorer with blend weight `weight` for a history (what `scoreCandidates` multiplies by
   * that weight and adds up), or `undefined` when the scorer does not apply.
   */
  scorerScores(weight: keyof BlendWeights, history: ArrayLike<number>): Float64Array | undefined;
}

/** The catalog items of a table: its item ids, with the first category as `category` and all as `tags`. */
export function catalogItems(table: Interactions, categories?: ItemCategories): CatalogItem[] {
  return table.itemIds.map((id, i) => {
    const names = (categories?.byItem[i] ?? []).map((c) => categories?.names[c] ?? "");
    return { id, category: names[0] ?? "", ...(names.length > 0 ? { tags: names } : {}) };
  });
}

/**
 * Fits the served models on `train` through `createModelStore` (every interaction ingested as its shopper's event
 * at its timestamp, unknown times at 0) and returns a ranker that scores like `serve()` does for a personalized
 * request with similar-shoppers consent.
 */
export function servedRecommender(train: Interactions, options: ServedOptions = {}): ServedRecommender {
  if (options.categories && options.categories.byItem.length !== train.numItems)
    throw new ConfigError(
      "categories",
      `has ${options.categories.byItem.length} items, train has ${train.numItems}`,
    );
  const { weights: partial, rules = defaultRuleSet, surface = "home", categories, ...storeOptions } = options;
  const catalog = indexCatalog(catalogItems(train, categories));
  const store = createModelStore(catalog, storeOptions, () => 0);
  for (let p = 0; p < train.users.length; p++) {
    const t = train.timestamps[p] ?? Number.NaN;
    store.ingest(
      train.userIds[train.users[p] ?? 0] ?? "",
      train.items[p] ?? 0,
      Number.isFinite(t) ? t * 1000 : 0,
    );
  }
  store.fit();
  // Every interaction was ingested without context, so no context bucket exists and the contextual scorer never
  // applies; leaving `contextPopularity` out also lets the store's shared statistics (a string key and three array
  // slots per interaction) be collected once fitted — that closure held them alive for as long as the ranker.
  const { contextPopularity: _unused, ...models }: Models = store.models();
  const weights: BlendWeights = { ...defaultBlendWeights, ...partial };
  const context: RuleContext = { region: null, minor: false, surface };
  const allowed = Uint8Array.from(catalog.items, (item) => (isAllowed(item, rules, context) ? 1 : 0));
  const specialItems = new Uint8Array(catalog.size);
  const entries = catalog.items.map(
    (item, index): HistoryEntry => ({
      index,
      item: item.id,
      weight: 1,
      dataCategory: "pd:Purchase",
      special: false,
      purposes: [],
    }),
  );
  const none = new Set<string>();
  // One pair of catalog-sized score buffers for every ranking (scoring is synchronous), as serving keeps one.
  const scratch = createScratch(catalog.size);
  const signalsOf = (history: ArrayLike<number>): Signals => ({
    history: Array.from(history, (i) => entries[i] as HistoryEntry),
    session: [],
    searches: [],
    excluded: none,
    dismissed: none,
  });
  return {
    models,
    weights,
    minSupport: servedMinSupport(options),
    rank(history, limit, exclude, blend = weights) {
      const signals = signalsOf(history);
      const candidates = scoreCandidates(
        catalog,
        models,
        signals,
        {
          weights: blend,
          limit,
          collaborative: true,
          specialItems,
          sensitiveAllowed: false,
          exclude: (i) => allowed[i] === 0 || exclude?.(i) === true,
        },
        scratch,
      );
      return {
        items: Int32Array.from(candidates, (c) => catalog.indexOf(c.item) ?? -1),
        scores: Float64Array.from(candidates, (c) => c.rankingScore),
      };
    },
    scorerScores(weight, history) {
      const scorer = scorers.find((s) => s.weight === weight);
      const signals = signalsOf(history);
      const input: ScoringInput = {
        catalog,
        models,
        signals,
        weights,
        collaborative: true,
        collaborativePurpose: null,
        context: [],
        historyIndex: signals.history.map((h) => h.index),
        historyWeight: signals.history.map((h) => h.weight),
        sessionIndex: [],
        sessionWeight: [],
        historyByIndex: new Map(signals.history.map((h) => [h.index, h])),
        sessionByIndex: new Map(),
      };
      if (!scorer?.applies(input)) return undefined;
      const out = new Float64Array(catalog.size);
      const values = scorer.values?.(input);
      if (values) out.set(values.subarray(0, catalog.size));
      else scorer.scores(input, out);
      return out;
    },
  };
}

/** The same serving options with every k-anonymity floor at 1: the unmasked model, to price privacy. */
export function unmaskedOptions<O extends ServedOptions>(options: O): O {
  const hybrid: HybridConfig | undefined = options.hybrid && {
    ...options.hybrid,
    ...(options.hybrid.itemKnn ? { itemKnn: { ...options.hybrid.itemKnn, minSupport: 1 } } : {}),
    ...(options.hybrid.rp3beta ? { rp3beta: { ...options.hybrid.rp3beta, minSupport: 1 } } : {}),
  };
  return { ...options, knn: { ...options.knn, minSupport: 1 }, ...(hybrid ? { hybrid } : {}) };
}

/** Options of {@link tuneServedWeights}. */
export interface TuneServedOptions {
  /** Largest number of validation users scored (evenly spaced); default 1,000. */
  readonly maxUsers?: number;
  /** Smallest criterion gain for which a weight moves away from 0 (parsimony); default 0.001. */
  readonly minGain?: number;
  /** Called after each trial. */
  readonly onTrial?: (trial: ServedWeightsTrial) => void;
}

/** One blend of {@link tuneServedWeights}. */
export interface ServedWeightsTrial {
  readonly weights: Readonly<Partial<BlendWeights>>;
  /** Validation NDCG@10, NDCG@20 and their mean (the criterion). */
  readonly ndcg10: number;
  readonly ndcg20: number;
  readonly score: number;
}

/** Result of {@link tuneServedWeights}. */
export interface TuneServedResult {
  /** The tuned weights of the scorers that apply to history (the hybrid's stays as given), for `createServing`. */
  readonly weights: Readonly<Partial<BlendWeights>>;
  readonly validationNdcg: number;
  readonly trials: readonly ServedWeightsTrial[];
}

/** The ladder of weights tried for each scorer beside the hybrid. */
export const SERVED_WEIGHTS = [0, 0.003, 0.01, 0.03, 0.1, 0.3, 1] as const;

/** Scorers beside the hybrid whose weights an evaluation can choose (the others need session, search or context). */
const TUNABLE: readonly (keyof BlendWeights)[] = ["itemKnn", "ease", "content", "popularity"];

/**
 * Chooses the served blend weights of item-kNN, EASE, content and popularity beside the hybrid (fixed at its
 * weight) on validation: a coordinate line scan over {@link SERVED_WEIGHTS} from all zeros, each scorer's raw
 * scores being those `serve()` adds up. The served scorers are not on one scale (the hybrid is normalised,
 * item-kNN and content sum similarities), so the default weights of `createServing` can bury the hybrid;
 * this says which weights to serve. `recommender` is fitted on train; `validation` shares its index maps.
 */
export function tuneServedWeights(
  recommender: ServedRecommender,
  train: Interactions,
  validation: Interactions,
  options: TuneServedOptions = {},
): TuneServedResult {
  if (recommender.models.hybrid === undefined)
    throw new ConfigError("hybrid", "the served blend is tuned around a fitted hybrid");
  const n = train.numItems;
  const trainGroups = groupByUser(train);
  const validGroups = groupByUser(validation);
  const all: number[] = [];
  for (let u = 0; u < validation.numUsers; u++)
    if ((validGroups.offsets[u + 1] ?? 0) > (validGroups.offsets[u] ?? 0)) all.push(u);
  const limit = options.maxUsers ?? 1000;
  if (!(Number.isInteger(limit) && limit >= 1)) throw new ConfigError("maxUsers", "must be an integer ≥ 1");
  const step = Math.max(1, all.length / limit);
  const users: number[] = [];
  for (let x = 0; x < all.length; x += step) users.push(all[Math.floor(x)] ?? 0);
  const histories = users.map((u) => distinctItems(trainGroups, u));
  const relevant = users.map((u) => new Set(distinctItems(validGroups, u)));
  const names: (keyof BlendWeights)[] = ["hybrid"];
  for (const name of TUNABLE) {
    const probe = histories.find((h) => h.length > 0);
    if (probe && recommender.scorerScores(name, probe)) names.push(name);
  }
  // Each scorer's raw scores per sampled user, kept as Float32 (the blend is re-added per trial): dense, or only
  // the non-zero entries when they are fewer than half (item-kNN's), and one shared row for a scorer whose scores
  // do not depend on the history (popularity). A zero entry adds nothing, so every blend is the same number.
  const stored = names.map((name): StoredRow[] => {
    const rows: StoredRow[] = [];
    const scratch = new Float32Array(n);
    let first: Float32Array | undefined;
    histories.forEach((history, x) => {
      const values = recommender.scorerScores(name, history);
      if (values) scratch.set(values);
      else scratch.fill(0);
      if (first === undefined) {
        first = scratch.slice();
        return;
      }
      // While every row so far equals the first, none is stored; the first difference stores them all.
      if (rows.length === 0) {
        if (sameRow(first, scratch)) return;
        const row = compactRow(first);
        for (let y = 0; y < x; y++) rows.push(row);
      }
      rows.push(compactRow(scratch));
    });
    if (first === undefined || rows.length > 0) return rows;
    const row = compactRow(first);
    return histories.map(() => row);
  });
  const base = recommender.weights.hybrid;
  const free = names.slice(1);
  const trials: ServedWeightsTrial[] = [];
  const total = new Float64Array(n);
  const mask = new Uint8Array(n);
  const weightsOf = (point: Record<string, number>) =>
    Object.fromEntries(
      free.map((name) => [name, SERVED_WEIGHTS[point[name] ?? 0] ?? 0]),
    ) as Partial<BlendWeights>;
  const objective = (point: Record<string, number>): number => {
    const weights = weightsOf(point);
    const multipliers = names.map((name, c) => (c === 0 ? base : (weights[name] ?? 0)));
    let sum10 = 0;
    let sum20 = 0;
    histories.forEach((history, x) => {
      total.fill(0);
      multipliers.forEach((m, c) => {
        const row = stored[c]?.[x];
        if (m === 0 || !row) return;
        if (row instanceof Float32Array)
          for (let i = 0; i < n; i++) total[i] = (total[i] ?? 0) + m * (row[i] ?? 0);
        else
          for (let j = 0; j < row.items.length; j++) {
            const i = row.items[j] ?? 0;
            total[i] = (total[i] ?? 0) + m * (row.values[j] ?? 0);
          }
      });
      for (const i of history) mask[i] = 1;
      const list = topK(total, 20, mask);
      for (const i of history) mask[i] = 0;
      sum10 += ndcgAtK(list, relevant[x] ?? new Set(), 10);
      sum20 += ndcgAtK(list, relevant[x] ?? new Set(), 20);
    });
    const count = Math.max(1, histories.length);
    const trial = {
      weights,
      ndcg10: sum10 / count,
      ndcg20: sum20 / count,
      score: (sum10 + sum20) / 2 / count,
    };
    trials.push(trial);
    options.onTrial?.(trial);
    return trial.score;
  };
  const start = Object.fromEntries(free.map((name) => [name, 0]));
  const shape = Object.fromEntries(free.map((name) => [name, SERVED_WEIGHTS.length]));
  const found = coordinateClimb(start, shape, objective, { scan: true, minGain: options.minGain ?? 0.001 });
  const weights = weightsOf(found.point);
  const chosen = trials.find((t) => JSON.stringify(t.weights) === JSON.stringify(weights));
  return { weights, validationNdcg: chosen?.ndcg10 ?? Number.NaN, trials };
}

/** One scorer's Float32 scores for one user: every item's, or the items with a non-zero score and those scores. */
type StoredRow = Float32Array | { readonly items: Int32Array; readonly values: Float32Array };

/** A copy of `row`, sparse when fewer than half of its entries are non-zero (NaN counts as non-zero). */
function compactRow(row: Float32Array): StoredRow {
  let nonZero = 0;
  for (let i = 0; i < row.length; i++) if (row[i] !== 0) nonZero++;
  if (2 * nonZero >= row.length) return row.slice();
  const items = new Int32Array(nonZero);
  const values = new Float32Array(nonZero);
  for (let i = 0, j = 0; i < row.length; i++) {
    const v = row[i] ?? 0;
    if (v === 0) continue;
    items[j] = i;
    values[j++] = v;
  }
  return { items, values };
}

/** Whether two rows hold the same values (NaN equal to NaN). */
function sameRow(a: Float32Array, b: Float32Array): boolean {
  for (let i = 0; i < a.length; i++) if (!Object.is(a[i], b[i])) return false;
  return true;
}

/** A user's distinct items in a grouped table. */
function distinctItems(groups: ReturnType<typeof groupByUser>, user: number): Int32Array {
  const items = groups.items.subarray(groups.offsets[user] ?? 0, groups.offsets[user + 1] ?? 0);
  return Int32Array.from(new Set(items));
}
