/**
 * The scorers as data: one record per scorer says when it applies, whether it rests on the shopper's own data, how
 * it scores every item and what each piece of evidence contributed to one item. `scoreCandidates` runs this one list
 * for both the ranking pass and the contributions, so the two cannot drift apart.
 */
import type { PurposeId } from "../consent/types.ts";
import type { CatalogIndex } from "./catalog-index.ts";
import { type EaseModel, easeContributions, easeScores } from "./models/ease.ts";
import { type HybridModel, hybridContributions, scoreHybrid } from "./models/hybrid.ts";
import { type ItemKnnModel, itemKnnContributions, itemKnnScores } from "./models/item-knn.ts";
import type { ModelContribution } from "./models/types.ts";
import { addSearchScores, type SearchIndex, searchScore } from "./search-index.ts";
import type { ContextValue } from "./shared-stats.ts";
import type { HistoryEntry, Signals } from "./signals.ts";
import type { Evidence, ScorerId } from "./types.ts";

/** Blend weights per scorer; a weight of 0 switches a scorer off. */
export interface BlendWeights {
  /** The validation-tuned collaborative hybrid (`tuneHybrid`), when the recommender was given one. */
  readonly hybrid: number;
  readonly itemKnn: number;
  readonly ease: number;
  readonly content: number;
  readonly session: number;
  /** The shopper's own searches matched against the catalog's words. */
  readonly search: number;
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
  search: 0.05,
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
  /** The catalog's words, for the search scorer. */
  readonly search?: SearchIndex;
  /** Popularity in [0, 1] per item. */
  readonly popularity: Float64Array;
  /** Popularity in [0, 1] per item for a context bucket. */
  readonly contextPopularity?: (context: ContextValue) => Float64Array | undefined;
  /** Shop-chosen boosts per item (non-personal). */
  readonly editorial?: Float64Array;
}

/** A context value the request may use: its data category and the purposes it rests on (none: non-personal). */
export interface ContextSignal extends ContextValue {
  readonly dataCategory: string;
  readonly purposes: readonly PurposeId[];
}

/** What one request is scored with. */
export interface ScoringInput {
  readonly catalog: CatalogIndex;
  readonly models: Models;
  readonly signals: Signals;
  readonly weights: BlendWeights;
  /** May collaborative models be applied to this request's evidence (similar shoppers granted)? */
  readonly collaborative: boolean;
  /** The purpose that governs collaborative use, named in every collaborative contribution. */
  readonly collaborativePurpose: PurposeId | null;
  /** Context values allowed for this request. */
  readonly context: readonly ContextSignal[];
  /** History indexes and weights, and the same for the session, in signal order. */
  readonly historyIndex: readonly number[];
  readonly historyWeight: readonly number[];
  readonly sessionIndex: readonly number[];
  readonly sessionWeight: readonly number[];
  /** History and session entries by catalog index. */
  readonly historyByIndex: ReadonlyMap<number, HistoryEntry>;
  readonly sessionByIndex: ReadonlyMap<number, HistoryEntry>;
}

/** One evidence's part of one scorer's raw score for one item. */
export interface ScorerPart {
  /** The scorer id to report, when a scorer reports its components (the hybrid's EASE, item-kNN, …). */
  readonly scorer?: ScorerId;
  readonly evidence: Evidence;
  readonly raw: number;
  readonly purposes: readonly PurposeId[];
}

/** A scorer as data. */
export interface Scorer {
  readonly id: ScorerId;
  /** Its blend weight. */
  readonly weight: keyof BlendWeights;
  /** Whether it scores anything for this request. */
  applies(input: ScoringInput): boolean;
  /** Whether it rests on the shopper's own data for this request (it then never lifts special-category items). */
  personal(input: ScoringInput): boolean;
  /** Writes every item's raw score into `out` (zeroed by the caller). */
  scores(input: ScoringInput, out: Float64Array): void;
  /**
   * For scorers whose raw scores are one stored array (popularity, editorial): that array, read in place instead of
   * being copied by {@link Scorer.scores}. Same values.
   */
  values?(input: ScoringInput): Float64Array | undefined;
  /** The parts of item `index`'s raw score; they sum to what {@link Scorer.scores} wrote for it. */
  parts(input: ScoringInput, index: number): readonly ScorerPart[];
}

const POPULARITY: Evidence = Object.freeze({ kind: "global", name: "popularity" });
const EDITORIAL: Evidence = Object.freeze({ kind: "global", name: "editorial" });
const NONE: readonly PurposeId[] = Object.freeze([]);

function itemEvidence(entry: HistoryEntry): Evidence {
  return {
    kind: "item",
    item: entry.item,
    ...(entry.event === undefined ? {} : { event: entry.event }),
    dataCategory: entry.dataCategory,
    ...(entry.special ? { special: true } : {}),
  };
}

/** Purposes of a history entry, with the collaborative purpose when a collaborative model was applied to it. */
function withCollaborative(entry: HistoryEntry, input: ScoringInput): readonly PurposeId[] {
  const purpose = input.collaborativePurpose;
  if (purpose === null || entry.purposes.length === 0 || entry.purposes.includes(purpose))
    return entry.purposes;
  return [...entry.purposes, purpose];
}

/** Maps model contributions (by catalog index) to parts citing the history entries they came from. */
function historyParts(
  parts: readonly ModelContribution[],
  byIndex: ReadonlyMap<number, HistoryEntry>,
  input: ScoringInput,
  collaborative: boolean,
  scorer?: ScorerId,
): ScorerPart[] {
  const out: ScorerPart[] = [];
  for (const part of parts) {
    const entry = byIndex.get(part.evidence);
    if (!entry || part.amount === 0) continue;
    out.push({
      ...(scorer === undefined ? {} : { scorer }),
      evidence: itemEvidence(entry),
      raw: part.amount,
      purposes: collaborative ? withCollaborative(entry, input) : entry.purposes,
    });
  }
  return out;
}

const hasHistory = (input: ScoringInput) => input.signals.history.length > 0;
const always = () => true;
const never = () => false;
/** Evidence from the vault is personal; the product on screen (no purposes) is not. */
const historyIsPersonal = (input: ScoringInput) => input.signals.history.some((h) => h.purposes.length > 0);

/** Scorer ids of the hybrid's components. */
const HYBRID_SCORER: Readonly<Record<string, ScorerId>> = {
  ease: "ease",
  itemKnn: "item-knn",
  rp3beta: "rp3beta",
  popularity: "popularity",
  sparseEase: "sparse-ease",
  ials: "ials",
};

const hybrid: Scorer = {
  id: "hybrid",
  weight: "hybrid",
  applies: (input) => hasHistory(input) && input.collaborative && input.models.hybrid !== undefined,
  personal: historyIsPersonal,
  scores: (input, out) => {
    if (input.models.hybrid) scoreHybrid(input.models.hybrid, input.historyIndex, out);
  },
  parts: (input, index) => {
    const model = input.models.hybrid;
    if (!model) return [];
    const out: ScorerPart[] = [];
    for (const part of hybridContributions(model, input.historyIndex, index)) {
      if (part.amount === 0) continue;
      const scorer = HYBRID_SCORER[part.component] ?? part.component;
      // The hybrid's popularity component rests on the scored item itself: global, not the shopper's evidence.
      if (part.component === "popularity")
        out.push({ scorer, evidence: POPULARITY, raw: part.amount, purposes: NONE });
      else out.push(...historyParts([part], input.historyByIndex, input, true, scorer));
    }
    return out;
  },
};

const itemKnn: Scorer = {
  id: "item-knn",
  weight: "itemKnn",
  applies: (input) => hasHistory(input) && input.collaborative && input.models.knn !== undefined,
  personal: historyIsPersonal,
  scores: (input, out) => {
    if (input.models.knn) itemKnnScores(input.models.knn, input.historyIndex, out, input.historyWeight);
  },
  parts: (input, index) =>
    input.models.knn
      ? historyParts(
          itemKnnContributions(input.models.knn, input.historyIndex, index, input.historyWeight),
          input.historyByIndex,
          input,
          true,
        )
      : [],
};

const ease: Scorer = {
  id: "ease",
  weight: "ease",
  applies: (input) => hasHistory(input) && input.collaborative && input.models.ease !== undefined,
  personal: historyIsPersonal,
  scores: (input, out) => {
    if (input.models.ease) easeScores(input.models.ease, input.historyIndex, out, input.historyWeight);
  },
  parts: (input, index) =>
    input.models.ease
      ? historyParts(
          easeContributions(input.models.ease, input.historyIndex, index, input.historyWeight),
          input.historyByIndex,
          input,
          true,
        )
      : [],
};

const content: Scorer = {
  id: "content",
  weight: "content",
  applies: (input) => hasHistory(input) && input.models.content !== undefined,
  personal: historyIsPersonal,
  scores: (input, out) => {
    if (input.models.content)
      itemKnnScores(input.models.content, input.historyIndex, out, input.historyWeight);
  },
  parts: (input, index) =>
    input.models.content
      ? historyParts(
          itemKnnContributions(input.models.content, input.historyIndex, index, input.historyWeight),
          input.historyByIndex,
          input,
          false,
        )
      : [],
};

/** The session scorer uses item-kNN when collaborative use is allowed, content similarity otherwise. */
const sessionModel = (input: ScoringInput) =>
  input.collaborative && input.models.knn ? input.models.knn : input.models.content;

const session: Scorer = {
  id: "session",
  weight: "session",
  applies: (input) => input.signals.session.length > 0 && sessionModel(input) !== undefined,
  personal: always,
  scores: (input, out) => {
    const model = sessionModel(input);
    if (model) itemKnnScores(model, input.sessionIndex, out, input.sessionWeight);
  },
  parts: (input, index) => {
    const model = sessionModel(input);
    if (!model) return [];
    const collaborative = model === input.models.knn;
    return historyParts(
      itemKnnContributions(model, input.sessionIndex, index, input.sessionWeight),
      input.sessionByIndex,
      input,
      collaborative,
    );
  },
};

const search: Scorer = {
  id: "search",
  weight: "search",
  applies: (input) => input.signals.searches.length > 0 && input.models.search !== undefined,
  personal: always,
  scores: (input, out) => {
    const index = input.models.search;
    if (!index) return;
    for (const s of input.signals.searches) addSearchScores(index, s.terms, s.weight, out);
  },
  parts: (input, item) => {
    const index = input.models.search;
    if (!index) return [];
    const out: ScorerPart[] = [];
    for (const s of input.signals.searches) {
      const raw = s.weight * searchScore(index, s.terms, item);
      if (raw === 0) continue;
      out.push({
        evidence: {
          kind: "search",
          query: s.query,
          event: s.event,
          dataCategory: "pd:SearchHistory",
          ...(s.special ? { special: true } : {}),
        },
        raw,
        purposes: s.purposes,
      });
    }
    return out;
  },
};

const contextArrays = (input: ScoringInput): [ContextSignal, Float64Array][] => {
  const out: [ContextSignal, Float64Array][] = [];
  for (const c of input.context) {
    const values = input.models.contextPopularity?.(c);
    if (values) out.push([c, values]);
  }
  return out;
};

const context: Scorer = {
  id: "context",
  weight: "context",
  applies: (input) => input.context.length > 0 && input.models.contextPopularity !== undefined,
  personal: (input) => input.context.some((c) => c.purposes.length > 0),
  scores: (input, out) => {
    const n = input.catalog.size;
    for (const [, values] of contextArrays(input))
      for (let i = 0; i < n; i++) out[i] = (out[i] ?? 0) + (values[i] ?? 0);
  },
  parts: (input, index) => {
    const out: ScorerPart[] = [];
    for (const [c, values] of contextArrays(input)) {
      const raw = values[index] ?? 0;
      if (raw === 0) continue;
      out.push({
        evidence: { kind: "context", name: c.name, value: c.value, dataCategory: c.dataCategory },
        raw,
        purposes: c.purposes,
      });
    }
    return out;
  },
};

const popularity: Scorer = {
  id: "popularity",
  weight: "popularity",
  applies: always,
  personal: never,
  scores: (input, out) => out.set(input.models.popularity.subarray(0, input.catalog.size)),
  values: (input) => input.models.popularity,
  parts: (input, index) => {
    const raw = input.models.popularity[index] ?? 0;
    return raw === 0 ? [] : [{ evidence: POPULARITY, raw, purposes: NONE }];
  },
};

const editorial: Scorer = {
  id: "editorial",
  weight: "editorial",
  applies: (input) => input.models.editorial !== undefined,
  personal: never,
  scores: (input, out) => {
    if (input.models.editorial) out.set(input.models.editorial.subarray(0, input.catalog.size));
  },
  values: (input) => input.models.editorial,
  parts: (input, index) => {
    const raw = input.models.editorial?.[index] ?? 0;
    return raw === 0 ? [] : [{ evidence: EDITORIAL, raw, purposes: NONE }];
  },
};

/** Every scorer, in the order their contributions are listed. */
export const scorers: readonly Scorer[] = Object.freeze([
  hybrid,
  itemKnn,
  ease,
  content,
  session,
  search,
  context,
  popularity,
  editorial,
]);
