/**
 * Scoring one request: every applicable scorer of {@link scorers} adds its weighted raw scores in one pass over the
 * catalog, the best candidates are kept, and each candidate's score is the sum of its contributions (scorer ×
 * evidence × weight), computed from the same scorer records. Personal scorers never lift an item tagged with a
 * special category unless the request allows sensitive data (GDPR Art. 9(2)(a), CPRA §7027).
 */
import type { PurposeId } from "../consent/types.ts";
import { topK } from "../internal/top-k.ts";
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
  return Array.from(topK(total, options.limit, options.exclude, n), (index) => {
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
