/**
 * Scoring one request: every applicable scorer of {@link scorers} adds its weighted raw scores in one pass over the
 * catalog, the best candidates are kept, and each candidate's score is the sum of its contributions (scorer ×
 * evidence × weight), computed from the same scorer records. Personal scorers never lift an item tagged with a
 * special category unless the request allows sensitive data (GDPR Art. 9(2)(a), CPRA §7027).
 */
import type { PurposeId } from "../consent/types.ts";
import type { CatalogIndex } from "./catalog-index.ts";
import {
  type BlendWeights,
  type ContextSignal,
  type Models,
  type Scorer,
  type ScoringInput,
  scorers,
} from "./scorers.ts";
import type { Signals } from "./signals.ts";
import type { Candidate, Contribution } from "./types.ts";

/** Options of {@link scoreCandidates}. */
export interface ScoreOptions {
  readonly weights: BlendWeights;
  /** How many candidates to return, best first. */
  readonly limit: number;
  /** May collaborative models be applied to this request's evidence (similar shoppers granted)? */
  readonly collaborative: boolean;
  /** The collaborative purpose, named in collaborative contributions; default none. */
  readonly collaborativePurpose?: PurposeId | null;
  /** Context values allowed for this request, with their categories and purposes. */
  readonly context?: readonly ContextSignal[];
  /**
   * Items tagged with a special category (1) by index. Personal scorers add nothing to them unless
   * `sensitiveAllowed` (GDPR Art. 9(2)(a)); default: no item is special.
   */
  readonly specialItems?: Uint8Array;
  /** Whether personal evidence may lift special-category items (the explicit special purpose is granted). */
  readonly sensitiveAllowed?: boolean;
  /** Items that must not be candidates (bought, dismissed, hard-filtered …). */
  readonly exclude?: (index: number) => boolean;
}

/** Scratch buffers reused across calls of one scorer (scoring is synchronous). */
export interface ScoreScratch {
  readonly total: Float64Array;
  readonly part: Float64Array;
}

/** Allocates scratch buffers for a catalog of `n` items. */
export function createScratch(n: number): ScoreScratch {
  return { total: new Float64Array(n), part: new Float64Array(n) };
}

/** A candidate with the ranking pass's total beside the score (the sum of its contributions). */
export interface ScoredCandidate extends Candidate {
  /** What the ranking pass added up for this item; equal to `score` up to rounding (tests check 1e-9). */
  readonly rankingScore: number;
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
): ScoredCandidate[] {
  const n = catalog.size;
  const { total, part } = scratch;
  total.fill(0, 0, n);
  const input: ScoringInput = {
    catalog,
    models,
    signals,
    weights: options.weights,
    collaborative: options.collaborative,
    collaborativePurpose: options.collaborativePurpose ?? null,
    context: options.context ?? [],
    historyIndex: signals.history.map((h) => h.index),
    historyWeight: signals.history.map((h) => h.weight),
    sessionIndex: signals.session.map((h) => h.index),
    sessionWeight: signals.session.map((h) => h.weight),
    historyByIndex: new Map(signals.history.map((h) => [h.index, h])),
    sessionByIndex: new Map(signals.session.map((h) => [h.index, h])),
  };
  const special = options.sensitiveAllowed === true ? undefined : options.specialItems;
  const active: { scorer: Scorer; weight: number; gated: boolean }[] = [];
  for (const scorer of scorers) {
    const weight = options.weights[scorer.weight];
    if (weight === 0 || !scorer.applies(input)) continue;
    const gated = special !== undefined && scorer.personal(input);
    active.push({ scorer, weight, gated });
    let values = scorer.values?.(input);
    if (!values) {
      part.fill(0, 0, n);
      scorer.scores(input, part);
      values = part;
    }
    if (gated)
      for (let i = 0; i < n; i++)
        total[i] = (total[i] ?? 0) + (special[i] === 1 ? 0 : weight * (values[i] ?? 0));
    else for (let i = 0; i < n; i++) total[i] = (total[i] ?? 0) + weight * (values[i] ?? 0);
  }
  return topIndexes(total, n, options.limit, options.exclude).map((index) => {
    const contributions: Contribution[] = [];
    let score = 0;
    for (const { scorer, weight, gated } of active) {
      if (gated && special?.[index] === 1) continue;
      for (const p of scorer.parts(input, index)) {
        if (p.raw === 0) continue;
        const amount = weight * p.raw;
        score += amount;
        contributions.push({
          scorer: p.scorer ?? scorer.id,
          evidence: p.evidence,
          raw: p.raw,
          weight,
          amount,
          purposes: p.purposes,
        });
      }
    }
    return { item: catalog.at(index).id, score, rankingScore: total[index] ?? 0, contributions };
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
