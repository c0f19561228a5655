/** Shared types of the serving pipeline: requests, slates, stage issues and the re-rank stage's contract. */
import type { AppendedEntry } from "../audit/explanation-log.ts";
import type { Disclosure } from "../explain/disclosure.ts";
import type { Explanation } from "../explain/explain.ts";
import type { WhyNotReason } from "../explain/why-not.ts";
import type { ArmAssignment } from "../measure/types.ts";
import type { AppendOutcome, EventContext, PolicyConsent, PolicyDecision } from "../policy/types.ts";
import type { CatalogIndex } from "../recommend/catalog-index.ts";
import type { KnowledgeConstraints } from "../recommend/knowledge.ts";
import type { FitSummary, InstalledModels, ModelState } from "../recommend/model-store.ts";
import type { Models } from "../recommend/scorers.ts";
import type { Candidate, CatalogItem, SlateItem } from "../recommend/types.ts";
import type { RerankContext } from "../rerank/types.ts";
import type { LearnEvent } from "./learn-shared.ts";

/** A request for one slate. Serve-time input: anything malformed degrades to a non-personalized slate. */
export interface ServeRequest {
  /** The shopper's consent state (`consentManager.getState()`), with an optional CPRA limit flag. */
  readonly consent: PolicyConsent;
  /** Where the slate is shown, e.g. `"home"`, `"pdp"`, `"cart"`. */
  readonly surface: string;
  /** Slate length, 1–100; default 10. */
  readonly k?: number;
  /** The current session id, for session-based signals. */
  readonly session?: string;
  /** The request's context; each field is used only while its data category is allowed, or declared non-personal. */
  readonly context?: EventContext;
  /** Explicit requirements (price range, categories, …): hard filters for this request. */
  readonly constraints?: KnowledgeConstraints;
  /** The shopper chose the non-personalized feed (DSA Art. 38, GDPR Art. 21). */
  readonly nonPersonalized?: boolean;
  /** An item page's product, for item-to-item rows: `similar` (content) or `also-bought` (k-anonymous co-occurrence). */
  readonly anchor?: { readonly item: string; readonly relation: "similar" | "also-bought" };
  /** Items not to show (e.g. the cart). */
  readonly exclude?: readonly string[];
  /** The shopper's variety setting (0–1), passed to the re-rank stage. */
  readonly variety?: number;
  /** Seed for randomized stages; default 0. Same inputs and seed, same slate (DESIGN.md invariant 6). */
  readonly seed?: number;
  /** Locale of the explanations; default the serving's `explain.locale`, else `"en"`. */
  readonly locale?: string;
}

/** A served slate: what was decided and ranked. */
export interface Slate {
  readonly id: string;
  readonly at: number;
  readonly surface: string;
  readonly subject: string;
  readonly mode: PolicyDecision["mode"];
  readonly decision: PolicyDecision;
  readonly items: readonly SlateItem[];
  /** Items that scored high enough to be candidates but were removed by hard filters, exclusions or constraints. */
  readonly filtered: number;
  readonly versions: { readonly model: string; readonly rules: string; readonly disclosure: string };
  /** The holdout arm the subject was served under, or `null` outside an experiment or when not eligible. */
  readonly arm: ArmAssignment | null;
}

/** A stage that failed and what was served instead; reported through `onError` too. */
export interface ServeIssue {
  readonly stage:
    | "request"
    | "decision"
    | "signals"
    | "score"
    | "rerank"
    | "explain"
    | "log"
    | "ingest"
    | "learn"
    | "hook";
  readonly code: string;
  readonly message: string;
  readonly cause?: unknown;
}

/** What `serve` returns. */
export interface Served {
  readonly slate: Slate;
  /** One explanation per slate item, in slate order (GDPR Art. 15(1)(h), DSA Art. 27). */
  readonly explanations: readonly Explanation[];
  /** The log entries the slate was committed as, or `null` when the log failed (then the slate is non-personalized). */
  readonly entries: readonly AppendedEntry[] | null;
  /** Stages that failed during this call; empty when everything ran. */
  readonly issues: readonly ServeIssue[];
}

/**
 * Turns scored candidates into a ranked slate of `k` items with their effects. `stages` and `defaultVariety`
 * describe it in the DSA Art. 27 disclosure.
 */
export interface RerankStage<T extends CatalogItem = CatalogItem> {
  (candidates: readonly Candidate[], context: RerankContext<T>): readonly SlateItem[];
  readonly stages?: readonly string[];
  readonly defaultVariety?: number;
}

/** What `ingest` did: the vault's outcome, or why the event was not taken. */
export type IngestOutcome =
  | AppendOutcome
  | {
      readonly stored: false;
      readonly reason: "invalid-event" | "storage-error";
      readonly categories: readonly string[];
      readonly message: string;
    };

/** Counters of the pipeline, as a snapshot. */
export interface ServingState {
  readonly model: ModelState;
  readonly slates: number;
  readonly personalized: number;
  /** Log entries committed. */
  readonly entries: number;
  /** Slates whose log append failed (each was then served non-personalized). */
  readonly failedAppends: number;
  /** Stage failures reported through `onError`. */
  readonly issues: number;
  readonly lastIssue: ServeIssue | null;
}

/** The serving pipeline. */
export interface Serving<T extends CatalogItem = CatalogItem> {
  readonly catalog: CatalogIndex<T>;
  /** The DSA Art. 27 disclosure of the configuration in force; its `version` is logged with every entry. */
  readonly disclosure: Disclosure;
  /** Serves one slate with its explanations, committed to the log first. Never rejects. */
  serve(request: ServeRequest): Promise<Served>;
  /**
   * Stores one shopper event in the vault under `consent` (only what a granted purpose allows) and learns from what
   * was stored. Never rejects: malformed input resolves to `{ stored: false, reason: "invalid-event" }`.
   */
  ingest(event: unknown, consent: PolicyConsent): Promise<IngestOutcome>;
  /**
   * Adds an interaction to the shared statistics only, for events stored elsewhere. Only subjects whose consent lets
   * their data into shared statistics count ("similar shoppers"); one who withdrew is forgotten. Returns whether it
   * was counted.
   */
  learn(event: LearnEvent, consent: PolicyConsent): boolean;
  /** Why `item` is not in the slate `request` would get; nothing is served or logged. */
  whyNot(request: ServeRequest, item: string): WhyNotReason[];
  /** Rebuilds the collaborative models from the shared statistics. */
  fit(): FitSummary;
  /** Serves collaborative models fitted elsewhere (a worker's snapshot, indexed like `catalog`) from now on. */
  installModels(models: InstalledModels): void;
  /** Removes a subject from the shared statistics (erasure, GDPR Art. 17); effective at the next fit. */
  forget(subject: string): boolean;
  /** The current models (for evaluation and benchmarks). */
  models(): Models;
  getState(): ServingState;
  subscribe(listener: (state: ServingState) => void): () => void;
}
