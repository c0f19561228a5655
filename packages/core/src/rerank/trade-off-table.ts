/** The variety trade-off table of an evaluation: accuracy against coverage, calibration, exposure and the long tail. */
import { categoryDistribution } from "../eval/calibration.ts";
import { evaluate, type Recommendations } from "../eval/evaluate.ts";
import { groupByUser } from "../eval/group-by-user.ts";
import type { Interactions } from "../eval/interactions.ts";
import type { ItemCategories } from "../eval/item-categories.ts";
import { bubblePoint } from "./filter-bubble.ts";

/** One evaluated run, e.g. the lists re-ranked at one variety level. */
export interface TradeOffRun {
  /** The row's label, e.g. `"none"` or `"0.5"`. */
  readonly label: string;
  /** Ranked lists per dense user index. */
  readonly recommendations: Recommendations;
}

/** Options of {@link tradeOffTable}. */
export interface TradeOffOptions {
  /** Held-out interactions the lists are scored against. */
  readonly test: Interactions;
  /** Training interactions: popularity (long tail) and each user's history mix. */
  readonly train: Interactions;
  /** Item categories (e.g. genres), aligned with the tables' item indexes. */
  readonly categories: ItemCategories;
  /** Cut-off; default 10. */
  readonly k?: number;
  /** How many of a user's largest history categories count as "usual" for the outside share; default 3. */
  readonly topCategories?: number;
}

/** The metrics of one run at k, and their ratios to the first run's. */
export interface TradeOffRow {
  readonly label: string;
  readonly ndcg: number;
  readonly coverage: number;
  /** Calibration KL@k (α = 0.01). */
  readonly calibration: number;
  /** Exposure Gini over items. */
  readonly gini: number;
  /** APLT@k (long tail: outside the head holding 80% of training interactions). */
  readonly aplt: number;
  /** Mean category entropy (bits) of the lists. */
  readonly entropy: number;
  /** Mean share of the lists outside each user's top history categories. */
  readonly outsideShare: number;
  /** Each metric divided by the first run's (NaN where that is 0). */
  readonly relative: {
    readonly ndcg: number;
    readonly coverage: number;
    readonly calibration: number;
    readonly gini: number;
  };
}

/**
 * Scores each run with the eval module (users with a test item) and adds the filter-bubble measure per user;
 * the first run is the baseline of the ratios (pass the run without re-ranking first).
 */
export function tradeOffTable(runs: readonly TradeOffRun[], options: TradeOffOptions): TradeOffRow[] {
  const k = options.k ?? 10;
  const { test, train, categories } = options;
  const testGroups = groupByUser(test);
  const trainGroups = groupByUser(train);
  const names = categories.byItem.map((cats) => cats.map((c) => categories.names[c] ?? ""));
  const tops = new Map<number, Set<string>>();
  const numCategories = categories.names.length;
  for (let u = 0; u < test.numUsers; u++) {
    if ((testGroups.offsets[u + 1] ?? 0) === (testGroups.offsets[u] ?? 0)) continue;
    const history = trainGroups.items.subarray(trainGroups.offsets[u] ?? 0, trainGroups.offsets[u + 1] ?? 0);
    const mix = categoryDistribution(history, categories.byItem, numCategories);
    const order = Array.from(mix.keys())
      .filter((c) => (mix[c] ?? 0) > 0)
      .sort((a, b) => (mix[b] ?? 0) - (mix[a] ?? 0) || a - b);
    tops.set(u, new Set(order.slice(0, options.topCategories ?? 3).map((c) => categories.names[c] ?? "")));
  }
  const rows: TradeOffRow[] = [];
  for (const run of runs) {
    const metrics = evaluate(run.recommendations, test, { ks: [k], train, categories }).at[k];
    let entropy = 0;
    let outsideShare = 0;
    for (const [u, top] of tops) {
      const list = run.recommendations.get(u) ?? [];
      const lists: (readonly string[])[] = [];
      for (let r = 0; r < Math.min(k, list.length); r++) lists.push(names[list[r] ?? -1] ?? []);
      const point = bubblePoint(lists, top);
      entropy += point.entropy;
      outsideShare += point.outsideShare;
    }
    const users = Math.max(1, tops.size);
    const row = {
      label: run.label,
      ndcg: metrics?.ndcg ?? 0,
      coverage: metrics?.coverage ?? 0,
      calibration: metrics?.calibration ?? 0,
      gini: metrics?.exposureGini ?? 0,
      aplt: metrics?.aplt ?? 0,
      entropy: entropy / users,
      outsideShare: outsideShare / users,
    };
    const base = rows[0] ?? row;
    const ratio = (a: number, b: number) => (b === 0 ? Number.NaN : a / b);
    rows.push({
      ...row,
      relative: {
        ndcg: ratio(row.ndcg, base.ndcg),
        coverage: ratio(row.coverage, base.coverage),
        calibration: ratio(row.calibration, base.calibration),
        gini: ratio(row.gini, base.gini),
      },
    });
  }
  return rows;
}

/** The table as Markdown, values to 4 decimals and ratios to the first row in parentheses. */
export function formatTradeOffTable(rows: readonly TradeOffRow[], k = 10): string {
  const f = (x: number) => x.toFixed(4);
  const r = (x: number) => (Number.isNaN(x) ? "" : ` (${x.toFixed(2)}×)`);
  const lines = [
    `| run | NDCG@${k} | coverage | calibration KL | exposure Gini | APLT@${k} | entropy | outside top |`,
    "|---|---|---|---|---|---|---|---|",
  ];
  for (const row of rows) {
    lines.push(
      `| ${row.label} | ${f(row.ndcg)}${r(row.relative.ndcg)} | ${f(row.coverage)}${r(row.relative.coverage)} | ` +
        `${f(row.calibration)}${r(row.relative.calibration)} | ${f(row.gini)}${r(row.relative.gini)} | ${f(row.aplt)} | ` +
        `${f(row.entropy)} | ${f(row.outsideShare)} |`,
    );
  }
  return lines.join("\n");
}
