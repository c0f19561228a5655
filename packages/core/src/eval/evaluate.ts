/** The evaluation aggregator: accuracy and beyond-accuracy metrics averaged over users with held-out items. */
import { ConfigError } from "../internal/candor-error.ts";
import { calibrationKl } from "./calibration.ts";
import { catalogCoverage } from "./catalog-coverage.ts";
import { exposureGini } from "./exposure-gini.ts";
import { groupByUser } from "./group-by-user.ts";
import type { Interactions } from "./interactions.ts";
import { intraListDiversity } from "./intra-list-diversity.ts";
import type { ItemCategories } from "./item-categories.ts";
import { apltAtK, longTailItems } from "./long-tail.ts";
import { interactionShares, noveltyAtK } from "./novelty.ts";
import { averagePrecisionAtK, hitAtK, mrrAtK, ndcgAtK, precisionAtK, recallAtK } from "./ranking-metrics.ts";

/** Ranked lists per dense user index, best first. */
export type Recommendations = ReadonlyMap<number, ArrayLike<number>>;

/** Options of {@link evaluate}. */
export interface EvaluateOptions {
  /** Cut-offs; default `[10]`. */
  readonly ks?: readonly number[];
  /** Train interactions: enable novelty@k and APLT@k (popularity from train) and, with categories, calibration. */
  readonly train?: Interactions;
  /** Item categories: enable ILD@k and, with `train`, calibration KL@k. */
  readonly categories?: ItemCategories;
  /** Category similarity used by ILD@k; default `"jaccard"`. */
  readonly similarity?: "jaccard" | "cosine";
  /** Calibration smoothing α; default 0.01. */
  readonly alpha?: number;
}

/** Metric values at one cut-off. Per-user metrics are means over the evaluated users. */
export interface MetricsAtK {
  readonly recall: number;
  readonly ndcg: number;
  readonly mrr: number;
  readonly hit: number;
  readonly precision: number;
  readonly map: number;
  /** Catalog coverage of the evaluated users' lists. */
  readonly coverage: number;
  /** Gini of item exposure (1 / log2(rank + 1)) over the catalog. */
  readonly exposureGini: number;
  /** Present when `train` is given. */
  readonly novelty?: number;
  /** Present when `train` is given. */
  readonly aplt?: number;
  /** Present when `categories` are given. */
  readonly ild?: number;
  /** Present when `train` and `categories` are given. */
  readonly calibration?: number;
}

/** Result of {@link evaluate}. */
export interface Evaluation {
  /** Number of evaluated users: those with at least one test interaction. */
  readonly users: number;
  /** Metrics by cut-off. */
  readonly at: Readonly<Record<number, MetricsAtK>>;
}

/**
 * Scores ranked lists against the test table. Users with at least one test item are evaluated (a missing list
 * counts as empty); every metric is averaged over them, coverage and Gini use their lists.
 */
export function evaluate(
  recommendations: Recommendations,
  test: Interactions,
  options: EvaluateOptions = {},
): Evaluation {
  const ks = options.ks ?? [10];
  ks.forEach((k, i) => {
    if (!Number.isInteger(k) || k < 1) throw new ConfigError(`ks.${i}`, "must be a positive integer");
  });
  const { train, categories } = options;
  if (train && train.numItems !== test.numItems)
    throw new ConfigError("train", "does not share test's item map");
  if (categories && categories.byItem.length !== test.numItems) {
    throw new ConfigError(
      "categories",
      `describes ${categories.byItem.length} items, test has ${test.numItems}`,
    );
  }
  const testGroups = groupByUser(test);
  const trainGroups = train ? groupByUser(train) : undefined;
  const shares = train ? interactionShares(train) : undefined;
  const tail = train ? longTailItems(train) : undefined;
  const users: number[] = [];
  for (let u = 0; u < test.numUsers; u++)
    if ((testGroups.offsets[u + 1] ?? 0) > (testGroups.offsets[u] ?? 0)) users.push(u);
  const empty = new Int32Array(0);
  const lists = users.map((u) => recommendations.get(u) ?? empty);
  const at: Record<number, MetricsAtK> = {};
  for (const k of ks) {
    const sums = {
      recall: 0,
      ndcg: 0,
      mrr: 0,
      hit: 0,
      precision: 0,
      map: 0,
      novelty: 0,
      aplt: 0,
      ild: 0,
      calibration: 0,
    };
    users.forEach((u, index) => {
      const list = lists[index] ?? empty;
      const relevant = new Set(
        testGroups.items.subarray(testGroups.offsets[u] ?? 0, testGroups.offsets[u + 1] ?? 0),
      );
      sums.recall += recallAtK(list, relevant, k);
      sums.ndcg += ndcgAtK(list, relevant, k);
      sums.mrr += mrrAtK(list, relevant, k);
      sums.hit += hitAtK(list, relevant, k);
      sums.precision += precisionAtK(list, relevant, k);
      sums.map += averagePrecisionAtK(list, relevant, k);
      if (shares) sums.novelty += noveltyAtK(list, shares, k);
      if (tail) sums.aplt += apltAtK(list, tail, k);
      if (categories) {
        const similarity = options.similarity ?? "jaccard";
        sums.ild += intraListDiversity(list, categories.byItem, { k, similarity });
        if (trainGroups) {
          const history = trainGroups.items.subarray(
            trainGroups.offsets[u] ?? 0,
            trainGroups.offsets[u + 1] ?? 0,
          );
          const calibration = { k, alpha: options.alpha ?? 0.01 };
          sums.calibration += calibrationKl(
            history,
            list,
            categories.byItem,
            categories.names.length,
            calibration,
          );
        }
      }
    });
    const n = Math.max(users.length, 1);
    at[k] = {
      recall: sums.recall / n,
      ndcg: sums.ndcg / n,
      mrr: sums.mrr / n,
      hit: sums.hit / n,
      precision: sums.precision / n,
      map: sums.map / n,
      coverage: catalogCoverage(lists, test.numItems, k),
      exposureGini: exposureGini(lists, { k, numItems: test.numItems }),
      ...(train ? { novelty: sums.novelty / n, aplt: sums.aplt / n } : {}),
      ...(categories ? { ild: sums.ild / n } : {}),
      ...(categories && train ? { calibration: sums.calibration / n } : {}),
    };
  }
  return { users: users.length, at };
}
