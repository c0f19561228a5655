/**
 * The model store: the shared statistics (only subjects whose consent lets their data in), the non-personal models
 * built from the catalog (content similarity, search words, editorial boosts) and the collaborative models fitted
 * from the statistics, with `getState`/`subscribe` so a UI never counts by hand.
 */
import { createStore } from "zustand/vanilla";
import { ConfigError } from "../internal/candor-error.ts";
import type { CatalogIndex } from "./catalog-index.ts";
import { fitServedModels, type ServedModelOptions } from "./fit-models.ts";
import { type ContentOptions, fitContent } from "./models/content.ts";
import type { EaseModel, EaseOptions } from "./models/ease.ts";
import type { HybridConfig, HybridModel } from "./models/hybrid.ts";
import type { ItemKnnModel, ItemKnnOptions } from "./models/item-knn.ts";
import type { Models } from "./scorers.ts";
import { fitSearchIndex } from "./search-index.ts";
import { type ContextValue, createSharedStats } from "./shared-stats.ts";
import type { CatalogItem } from "./types.ts";

/** Options of {@link createModelStore} (validated by the serving pipeline that creates it). */
export interface ModelStoreOptions extends ServedModelOptions {
  /** Item-kNN options; `minSupport` (k-anonymity of every collaborative link, EASE's too) defaults to 5. */
  readonly knn?: ItemKnnOptions;
  /** The validation-tuned hybrid (`tuneHybrid`), fitted at every `fit()`, its EASE links masked by `knn.minSupport`. */
  readonly hybrid?: HybridConfig;
  /** EASE for catalogs up to ~16k items, masked to pairs with `knn.minSupport` shoppers; default off. */
  readonly ease?: EaseOptions | false;
  /** Content similarity; default on, `false` turns it off. */
  readonly content?: ContentOptions | false;
  /** Popularity half-life in days; default 14. */
  readonly popularityHalfLifeDays?: number;
  /** Shop-chosen boosts by item id (non-personal). */
  readonly editorial?: Readonly<Record<string, number>>;
  /** Refit after this many new shared interactions; default 0 (call `fit()` yourself). */
  readonly refitEvery?: number;
}

/** What the store holds, as a snapshot. */
export interface ModelState {
  /** `"fit-N"` after the N-th fit, `"unfitted"` before the first. */
  readonly version: string;
  readonly fits: number;
  /** Subjects and distinct subject–item pairs in the shared statistics. */
  readonly subjects: number;
  readonly interactions: number;
  /** Shared interactions added or removed since the last fit. */
  readonly sinceFit: number;
  /** When the models were last fitted (the store's clock), or `null`. */
  readonly fittedAt: number | null;
}

/** What one `fit()` built. */
export interface FitSummary {
  readonly subjects: number;
  readonly interactions: number;
  readonly model: string;
}

/**
 * Collaborative models fitted elsewhere (a worker's published snapshot) to serve in place of this store's own fit,
 * indexed like this store's catalog.
 */
export interface InstalledModels {
  /** Names the models in {@link ModelState.version}, and so in every log entry served with them. */
  readonly version: string;
  readonly knn?: ItemKnnModel;
  readonly ease?: EaseModel;
  readonly hybrid?: HybridModel;
  /** Popularity in [0, 1] per catalog item; absent keeps this store's own. */
  readonly popularity?: Float64Array;
  /** Subjects and interactions the models were fitted on. */
  readonly subjects: number;
  readonly interactions: number;
}

/** The model store. */
export interface ModelStore {
  /** The current models. */
  models(): Models;
  /** Adds one interaction of a subject with item `index` to the shared statistics (the caller checked consent). */
  ingest(subject: string, index: number, at: number, context?: readonly ContextValue[]): void;
  /** Removes a subject and everything they added; effective for collaborative models at the next fit. */
  forget(subject: string): boolean;
  /** Whether the subject is part of the shared statistics. */
  has(subject: string): boolean;
  /** Rebuilds the collaborative models from the shared statistics. */
  fit(): FitSummary;
  /**
   * Serves `models` from now on (until the next `install` or `fit`); throws a `ConfigError` when they are not
   * indexed like the catalog.
   */
  install(models: InstalledModels): void;
  getState(): ModelState;
  subscribe(listener: (state: ModelState) => void): () => void;
}

/** Creates the store over an indexed catalog. */
export function createModelStore<T extends CatalogItem>(
  catalog: CatalogIndex<T>,
  options: ModelStoreOptions = {},
  clock: () => number = Date.now,
): ModelStore {
  const stats = createSharedStats({
    numItems: catalog.size,
    halfLifeMs: (options.popularityHalfLifeDays ?? 14) * 86_400_000,
  });
  const content = options.content === false ? undefined : fitContent(catalog.items, options.content ?? {});
  const search = fitSearchIndex(catalog.items);
  // Editorial boosts only exist as a model when the shop set some: an all-zero pass would cost every request.
  let editorial: Float64Array | undefined;
  for (const [id, boost] of Object.entries(options.editorial ?? {})) {
    const index = catalog.indexOf(id);
    if (index === undefined || boost === 0) continue;
    editorial ??= new Float64Array(catalog.size);
    editorial[index] = boost;
  }
  let knn: ItemKnnModel | undefined;
  let ease: EaseModel | undefined;
  let hybrid: HybridModel | undefined;
  let installedPopularity: Float64Array | undefined;
  const store = createStore<ModelState>()(() => ({
    version: "unfitted",
    fits: 0,
    subjects: 0,
    interactions: 0,
    sinceFit: 0,
    fittedAt: null,
  }));
  const changed = (delta: number) => {
    const state = store.getState();
    store.setState({
      subjects: stats.subjects,
      interactions: stats.interactions,
      sinceFit: state.sinceFit + delta,
    });
  };

  const fit = (): FitSummary => {
    const data = stats.trainingData();
    // The same fitting path `@candor/core/eval` scores, so evaluated and served models cannot drift apart.
    ({ knn, ease, hybrid } = fitServedModels(data, options));
    installedPopularity = undefined;
    const fits = store.getState().fits + 1;
    const version = `fit-${fits}`;
    store.setState({
      version,
      fits,
      subjects: data.numUsers,
      interactions: data.users.length,
      sinceFit: 0,
      fittedAt: clock(),
    });
    return { subjects: data.numUsers, interactions: data.users.length, model: version };
  };

  return {
    models: () => ({
      ...(hybrid ? { hybrid } : {}),
      ...(knn ? { knn } : {}),
      ...(ease ? { ease } : {}),
      ...(content ? { content } : {}),
      search,
      popularity: installedPopularity ?? stats.popularity(),
      contextPopularity: stats.contextPopularity,
      ...(editorial ? { editorial } : {}),
    }),
    ingest(subject, index, at, context) {
      const before = stats.interactions;
      stats.ingest(subject, index, at, context);
      if (stats.interactions === before) return;
      changed(1);
      if (options.refitEvery && store.getState().sinceFit >= options.refitEvery) fit();
    },
    forget(subject) {
      const before = stats.interactions;
      if (!stats.forget(subject)) return false;
      changed(before - stats.interactions);
      return true;
    },
    has: (subject) => stats.has(subject),
    fit,
    install(models) {
      for (const [name, size] of [
        ["knn", models.knn?.numItems],
        ["popularity", models.popularity?.length],
      ] as const)
        if (size !== undefined && size !== catalog.size)
          throw new ConfigError(name, `must cover the catalog's ${catalog.size} items (got ${size})`);
      ({ knn, ease, hybrid } = models);
      installedPopularity = models.popularity;
      store.setState({
        version: models.version,
        fits: store.getState().fits + 1,
        subjects: models.subjects,
        interactions: models.interactions,
        sinceFit: 0,
        fittedAt: clock(),
      });
    },
    getState: store.getState,
    subscribe: (listener) => store.subscribe((state) => listener(state)),
  };
}
