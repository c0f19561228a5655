/**
 * The hybrid scorer: a linear blend of item-kNN, EASE, content, session, context, popularity and editorial scores.
 * Every candidate's score is exactly the sum of its contributions (scorer × evidence × weight), so explanations can
 * cite them and removing a cited history item lowers the score by the cited amount.
 */
import type { CatalogIndex } from "./catalog-index.ts";
import { type EaseModel, easeContributions, easeScores } from "./models/ease.ts";
import { type HybridComponent, type HybridModel, hybridContributions, scoreHybrid } from "./models/hybrid.ts";
import { type ItemKnnModel, itemKnnContributions, itemKnnScores } from "./models/item-knn.ts";
import type { ContextValue } from "./shared-stats.ts";
import type { HistoryEntry, Signals } from "./signals.ts";
import type { Candidate, Contribution, ScorerId } from "./types.ts";

/** Blend weights per scorer; a weight of 0 switches a scorer off. */
export interface BlendWeights {
  /** The validation-tuned collaborative hybrid (`tuneHybrid`), when the recommender was given one. */
  readonly hybrid: number;
  readonly itemKnn: number;
  readonly ease: number;
  readonly content: number;
  readonly session: number;
  readonly context: number;
  readonly popularity: number;
  readonly editorial: number;
}

/** Starting weights before tuning on a validation split (`candor eval` tunes them). */
export const defaultBlendWeights: BlendWeights = {
  hybrid: 1,
  itemKnn: 1,
  ease: 0,
  content: 0.3,
  session: 0.5,
  context: 0.05,
  popularity: 0.05,
  editorial: 1,
};

/** The fitted models a request is scored with. Every field but `popularity` is optional. */
export interface Models {
  /** The tuned collaborative hybrid (EASE, item-kNN, RP3beta, popularity with validation-tuned weights). */
  readonly hybrid?: HybridModel;
  readonly knn?: ItemKnnModel;
  readonly ease?: EaseModel;
  readonly content?: ItemKnnModel;
  /** Popularity in [0, 1] per item. */
  readonly popularity: Float64Array;
  /** Popularity in [0, 1] per item for a context bucket. */
  readonly contextPopularity?: (context: ContextValue) => Float64Array | undefined;
  /** Shop-chosen boosts per item (non-personal). */
  readonly editorial?: Float64Array;
}

/** Options of {@link scoreCandidates}. */
export interface ScoreOptions {
  readonly weights: BlendWeights;
  /** How many candidates to return, best first. */
  readonly limit: number;
  /** May collaborative models (item-kNN, EASE) be used for this shopper (`similar-shoppers` granted)? */
  readonly collaborative: boolean;
  /** Context buckets allowed for this request (only those whose data categories the decision allows). */
  readonly context?: readonly ContextValue[];
  /** Items that must not be candidates (history already bought, dismissed, hard-filtered …). */
  readonly exclude?: (index: number) => boolean;
}

const CONTEXT_CATEGORY: Record<ContextValue["name"], string> = {
  device: "pd:DeviceBased",
  daypart: "candor:TimeOfDay",
  region: "pd:Location",
};

const HYBRID_SCORER: Record<HybridComponent, ScorerId> = {
  ease: "ease",
  itemKnn: "item-knn",
  rp3beta: "rp3beta",
  popularity: "popularity",
};

/** Scratch buffers reused across calls of one scorer (scoring is synchronous). */
export interface ScoreScratch {
  readonly total: Float64Array;
  readonly part: Float64Array;
}

/** Allocates scratch buffers for a catalog of `n` items. */
export function createScratch(n: number): ScoreScratch {
  return { total: new Float64Array(n), part: new Float64Array(n) };
}

/**
 * Scores every item, keeps the best `limit` that are not excluded, and decomposes each kept score into its
 * contributions. Without history and with `collaborative: false` only non-personal scorers contribute.
 */
export function scoreCandidates(
  catalog: CatalogIndex,
  models: Models,
  signals: Signals,
  options: ScoreOptions,
  scratch: ScoreScratch = createScratch(catalog.size),
): Candidate[] {
  const n = catalog.size;
  const { weights } = options;
  const { total, part } = scratch;
  total.fill(0, 0, n);
  const history = signals.history;
  const historyIndex = history.map((h) => h.index);
  const historyWeight = history.map((h) => h.weight);
  const sessionIndex = signals.session.map((h) => h.index);
  const sessionWeight = signals.session.map((h) => h.weight);
  const sessionModel = options.collaborative && models.knn ? models.knn : models.content;
  const addPart = (w: number) => {
    for (let i = 0; i < n; i++) total[i] = (total[i] ?? 0) + w * (part[i] ?? 0);
  };
  const addArray = (w: number, values: Float64Array) => {
    for (let i = 0; i < n; i++) total[i] = (total[i] ?? 0) + w * (values[i] ?? 0);
  };
  const useHybrid =
    history.length > 0 && options.collaborative && models.hybrid !== undefined && weights.hybrid !== 0;
  if (useHybrid && models.hybrid) {
    scoreHybrid(models.hybrid, historyIndex, part);
    addPart(weights.hybrid);
  }
  if (history.length > 0 && options.collaborative && models.knn && weights.itemKnn !== 0) {
    itemKnnScores(models.knn, historyIndex, part, historyWeight);
    addPart(weights.itemKnn);
  }
  if (history.length > 0 && options.collaborative && models.ease && weights.ease !== 0) {
    easeScores(models.ease, historyIndex, part, historyWeight);
    addPart(weights.ease);
  }
  if (history.length > 0 && models.content && weights.content !== 0) {
    itemKnnScores(models.content, historyIndex, part, historyWeight);
    addPart(weights.content);
  }
  if (sessionIndex.length > 0 && sessionModel && weights.session !== 0) {
    itemKnnScores(sessionModel, sessionIndex, part, sessionWeight);
    addPart(weights.session);
  }
  const contexts: [ContextValue, Float64Array][] = [];
  if (weights.context !== 0) {
    for (const c of options.context ?? []) {
      const values = models.contextPopularity?.(c);
      if (values) {
        contexts.push([c, values]);
        addArray(weights.context, values);
      }
    }
  }
  if (weights.popularity !== 0) addArray(weights.popularity, models.popularity);
  if (models.editorial && weights.editorial !== 0) addArray(weights.editorial, models.editorial);

  const top = topIndexes(total, n, options.limit, options.exclude);
  const byIndex = new Map(history.map((h) => [h.index, h]));
  const sessionByIndex = new Map(signals.session.map((h) => [h.index, h]));
  return top.map((index) => {
    const contributions: Contribution[] = [];
    const cite = (
      scorer: ScorerId,
      entries: ReadonlyMap<number, HistoryEntry>,
      parts: readonly { evidence: number; amount: number }[],
      w: number,
    ) => {
      for (const p of parts) {
        const entry = entries.get(p.evidence);
        if (!entry || p.amount === 0) continue;
        contributions.push({
          scorer,
          evidence: {
            kind: "item",
            item: entry.item,
            event: entry.event,
            dataCategory: entry.dataCategory,
            ...(entry.special ? { special: true } : {}),
          },
          raw: p.amount,
          weight: w,
          amount: w * p.amount,
        });
      }
    };
    if (useHybrid && models.hybrid) {
      for (const part of hybridContributions(models.hybrid, historyIndex, index)) {
        if (part.amount === 0) continue;
        if (part.component === "popularity") {
          contributions.push({
            scorer: "popularity",
            evidence: { kind: "global", name: "popularity" },
            raw: part.amount,
            weight: weights.hybrid,
            amount: weights.hybrid * part.amount,
          });
        } else cite(HYBRID_SCORER[part.component], byIndex, [part], weights.hybrid);
      }
    }
    if (history.length > 0 && options.collaborative && models.knn && weights.itemKnn !== 0) {
      cite(
        "item-knn",
        byIndex,
        itemKnnContributions(models.knn, historyIndex, index, historyWeight),
        weights.itemKnn,
      );
    }
    if (history.length > 0 && options.collaborative && models.ease && weights.ease !== 0) {
      cite("ease", byIndex, easeContributions(models.ease, historyIndex, index, historyWeight), weights.ease);
    }
    if (history.length > 0 && models.content && weights.content !== 0) {
      cite(
        "content",
        byIndex,
        itemKnnContributions(models.content, historyIndex, index, historyWeight),
        weights.content,
      );
    }
    if (sessionIndex.length > 0 && sessionModel && weights.session !== 0) {
      cite(
        "session",
        sessionByIndex,
        itemKnnContributions(sessionModel, sessionIndex, index, sessionWeight),
        weights.session,
      );
    }
    for (const [c, values] of contexts) {
      const raw = values[index] ?? 0;
      if (raw === 0) continue;
      contributions.push({
        scorer: "context",
        evidence: { kind: "context", name: c.name, value: c.value, dataCategory: CONTEXT_CATEGORY[c.name] },
        raw,
        weight: weights.context,
        amount: weights.context * raw,
      });
    }
    const pop = models.popularity[index] ?? 0;
    if (weights.popularity !== 0 && pop !== 0) {
      contributions.push({
        scorer: "popularity",
        evidence: { kind: "global", name: "popularity" },
        raw: pop,
        weight: weights.popularity,
        amount: weights.popularity * pop,
      });
    }
    const editorial = models.editorial?.[index] ?? 0;
    if (weights.editorial !== 0 && editorial !== 0) {
      contributions.push({
        scorer: "editorial",
        evidence: { kind: "global", name: "editorial" },
        raw: editorial,
        weight: weights.editorial,
        amount: weights.editorial * editorial,
      });
    }
    // The ranking score itself, not the contributions' sum: tests then check that the decomposition is exact.
    return { item: catalog.at(index).id, score: total[index] ?? 0, contributions };
  });
}

/**
 * The `limit` best indexes by score (ties: lower index first), skipping excluded ones; a bounded min-heap.
 * `exclude` is only asked about items that would enter the heap.
 */
export function topIndexes(
  scores: Float64Array,
  n: number,
  limit: number,
  exclude?: (index: number) => boolean,
): number[] {
  const heap: number[] = [];
  const worse = (a: number, b: number) => {
    const sa = scores[a] ?? 0;
    const sb = scores[b] ?? 0;
    return sa < sb || (sa === sb && a > b);
  };
  const siftDown = (start: number) => {
    let at = start;
    for (;;) {
      const l = 2 * at + 1;
      const r = l + 1;
      let m = at;
      if (l < heap.length && worse(heap[l] as number, heap[m] as number)) m = l;
      if (r < heap.length && worse(heap[r] as number, heap[m] as number)) m = r;
      if (m === at) return;
      [heap[at], heap[m]] = [heap[m] as number, heap[at] as number];
      at = m;
    }
  };
  for (let i = 0; i < n; i++) {
    // The exclusion test runs only for items good enough to enter the heap: most of a large catalog never is.
    if (heap.length >= limit && (limit === 0 || !worse(heap[0] as number, i))) continue;
    if (exclude?.(i)) continue;
    if (heap.length < limit) {
      heap.push(i);
      let at = heap.length - 1;
      while (at > 0) {
        const parent = (at - 1) >> 1;
        if (!worse(heap[at] as number, heap[parent] as number)) break;
        [heap[at], heap[parent]] = [heap[parent] as number, heap[at] as number];
        at = parent;
      }
    } else {
      heap[0] = i;
      siftDown(0);
    }
  }
  return heap.sort((a, b) => (worse(a, b) ? 1 : worse(b, a) ? -1 : 0));
}
