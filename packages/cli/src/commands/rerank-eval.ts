/** `candor eval --rerank`: re-rank each test user's top 100 and compare the runs in one trade-off table. */
import { type Interactions, type ItemCategories, longTailItems } from "@candor/core/eval";
import {
  type Candidate,
  type CatalogItem,
  createExposureTracker,
  parseRerankSpec,
  type RerankConfig,
  rerank,
  type TradeOffRow,
  type TradeOffRun,
  tradeOffTable,
  varietyConfig,
} from "@candor/core/rerank";

/** The variety levels of the trade-off table. */
export const VARIETY_LEVELS = [0, 0.25, 0.5, 0.75, 1] as const;

/** The variety serving applies by default, the run `--recs` writes for `--rerank default`. */
export const DEFAULT_VARIETY = 0.5;

/** The trade-off table and the lists behind it. */
export interface RerankEvalResult {
  readonly rows: TradeOffRow[];
  /** The run of the chosen configuration: the default variety for `"default"`, else the one configuration. */
  readonly chosen: TradeOffRun;
  /** The hybrid's own top k, not re-ranked. */
  readonly none: TradeOffRun;
}

/** Inputs: every test user's top candidates with their scores, and the data the metrics need. */
export interface RerankEvalInput {
  readonly candidates: ReadonlyMap<number, { readonly items: Int32Array; readonly scores: Float64Array }>;
  /** The user's history items (train, or train+validation when refitted), for calibration. */
  readonly historyOf: (user: number) => ArrayLike<number>;
  readonly train: Interactions;
  readonly test: Interactions;
  readonly categories: ItemCategories;
  readonly k: number;
}

/**
 * Runs "none" (the hybrid's own top k) and, for `spec`: `"default"` every variety level of {@link VARIETY_LEVELS};
 * a variety or stage list (see `parseRerankSpec`) that one configuration. Items are their own providers for the
 * exposure tracker, which carries exposure from one user's request to the next.
 */
export function rerankTradeOff(input: RerankEvalInput, spec: string): RerankEvalResult {
  const { categories, k } = input;
  const items = new Map<string, CatalogItem>();
  const numItems = input.train.numItems;
  for (let i = 0; i < numItems; i++) {
    const names = (categories.byItem[i] ?? []).map((c) => categories.names[c] ?? "");
    items.set(String(i), { id: String(i), category: names[0] ?? "", tags: names });
  }
  const tail = new Set<string>();
  for (const [i, flag] of longTailItems(input.train).entries()) if (flag) tail.add(String(i));
  const requests = [...input.candidates].map(([user, { items: list, scores }]) => {
    const candidates: Candidate[] = Array.from(list, (i, r) => ({
      item: String(i),
      score: scores[r] ?? 0,
      contributions: [],
    }));
    const history = new Map<string, number>();
    for (const i of Array.from(input.historyOf(user))) {
      const genres = items.get(String(i))?.tags ?? [];
      for (const g of genres) history.set(g, (history.get(g) ?? 0) + 1 / genres.length);
    }
    return { user, candidates, history };
  });
  const run = (label: string, config: RerankConfig): TradeOffRun => {
    const exposure = createExposureTracker({ providerOf: (item) => item.id });
    const lists = new Map<number, Int32Array>();
    for (const { user, candidates, history } of requests) {
      const { slate } = rerank(candidates, config, {
        k,
        items,
        seed: user,
        history,
        categoriesOf: (item) => item.tags ?? [],
        longTail: tail,
        exposure,
      });
      exposure.record(slate, items);
      lists.set(
        user,
        Int32Array.from(slate, (s) => Number(s.item)),
      );
    }
    return { label, recommendations: lists };
  };
  const none: TradeOffRun = {
    label: "none",
    recommendations: new Map(
      [...input.candidates].map(([user, { items: list }]) => [user, list.slice(0, k)]),
    ),
  };
  const runs =
    spec.trim() === "default"
      ? VARIETY_LEVELS.map((v) =>
          run(
            `variety ${v}${v === DEFAULT_VARIETY ? " (default)" : ""}`,
            varietyConfig(v, { similarity: "tags" }),
          ),
        )
      : [run(spec, parseRerankSpec(spec, { similarity: "tags" }))];
  const chosen =
    spec.trim() === "default" ? (runs[VARIETY_LEVELS.indexOf(DEFAULT_VARIETY)] ?? none) : (runs[0] ?? none);
  return {
    rows: tradeOffTable([none, ...runs], { test: input.test, train: input.train, categories, k }),
    chosen,
    none,
  };
}
