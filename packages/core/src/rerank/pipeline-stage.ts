/** The re-rank stage of the serving pipeline: plugs the re-rankers into `createServing({ rerank })`. */
import type { RerankStage } from "../serve/types.ts";
import type { ExposureTracker } from "./exposure-tracker.ts";
import { checkStageOptions } from "./factory-options.ts";
import { lookupItem } from "./item-features.ts";
import { longTailSet } from "./long-tail-set.ts";
import { rerank } from "./rerank.ts";
import type { RerankConfig } from "./rerank-config.ts";
import type { Candidate, CatalogItem, ClickCounts, RerankContext, Similarity } from "./types.ts";
import { varietyConfig } from "./variety-config.ts";

/** Options of {@link createRerankStage}. */
export interface RerankStageOptions {
  /** The shop's default variety (0–1) when the shopper chose none; default 0.5. */
  readonly defaultVariety?: number;
  /** A fixed stage list instead of the variety mapping (the shopper's variety is then ignored). */
  readonly config?: RerankConfig;
  /** Cumulative provider exposure across requests (exposure amortization); served slates are recorded in it. */
  readonly exposure?: ExposureTracker;
  /** The protected group of provider fairness, e.g. independent sellers. */
  readonly isProtected?: (item: CatalogItem) => boolean;
  /** Click feedback by item for exploration; absent: no exploration. */
  readonly feedback?: ReadonlyMap<string, ClickCounts>;
  /** Share of interactions held by the head; the rest is the long tail. Default 0.8. */
  readonly headShare?: number;
  readonly diversity?: "mmr" | "dpp";
  readonly similarity?: Similarity;
  /** The category calibration balances; default the top-level category. */
  readonly categoryOf?: (item: CatalogItem) => string;
}

/**
 * A re-rank stage for the serving pipeline: maps the shopper's variety (or the shop default) to stage strengths, builds
 * the calibration history from the shopper's allowed history, and re-checks the hard filters on the slate.
 */
export function createRerankStage<T extends CatalogItem>(options: RerankStageOptions = {}): RerankStage<T> {
  checkStageOptions(options);
  const tails = new WeakMap<Float64Array, Set<string>>();
  const categoryOf = options.categoryOf ?? ((item: CatalogItem) => item.categoryPath?.[0] ?? item.category);
  const defaultVariety = options.defaultVariety ?? 0.5;
  const stage = (candidates: readonly Candidate[], ctx: RerankContext<T>) => {
    const lookup = (id: string) => lookupItem(ctx.items, id);
    let tail = ctx.longTail;
    const { catalog, popularity } = ctx;
    if (catalog && popularity) {
      let cached = tails.get(popularity);
      if (!cached) {
        const counts = new Map<string, number>();
        popularity.forEach((value, index) => {
          counts.set(catalog.at(index).id, value);
        });
        cached = longTailSet(counts, options.headShare === undefined ? {} : { headShare: options.headShare });
        tails.set(popularity, cached);
      }
      tail = cached;
    }
    let history = ctx.history;
    if (ctx.historyItems) {
      const mix = new Map<string, number>();
      for (const id of ctx.historyItems) {
        const item = lookup(id);
        if (item) mix.set(categoryOf(item), (mix.get(categoryOf(item)) ?? 0) + 1);
      }
      history = mix;
    }
    const config =
      options.config ??
      varietyConfig(ctx.variety ?? defaultVariety, {
        ...(options.diversity ? { diversity: options.diversity } : {}),
        ...(options.similarity ? { similarity: options.similarity } : {}),
      });
    const result = rerank(candidates, config, {
      ...ctx,
      items: lookup,
      ...(history ? { history } : {}),
      categoriesOf: (item) => [categoryOf(item)],
      ...(tail ? { longTail: tail } : {}),
      ...(options.isProtected ? { isProtected: options.isProtected } : {}),
      ...(options.exposure ? { exposure: options.exposure } : {}),
      ...(options.feedback ? { feedback: options.feedback } : {}),
    });
    options.exposure?.record(result.slate, lookup);
    return result.slate;
  };
  const stages = (options.config ?? varietyConfig(defaultVariety)).stages.map((s) => s.stage);
  return Object.assign(stage, { stages, defaultVariety });
}
