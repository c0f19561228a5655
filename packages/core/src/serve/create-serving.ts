/**
 * `createServing`: the one serving pipeline of DESIGN.md. `serve(request)` runs consent state → policy decision →
 * signal view → scorers → hard filters → re-rankers → re-check → explanations → log append → slate, as named stages
 * (one file each, wired in `plan` and `serve` below). A personalized slate is returned only once its entries are
 * committed to the log; a failing stage degrades (re-rank → top-k, vault or scorer → non-personalized, log →
 * non-personalized), reports through `onError`, and `serve` never rejects.
 */
import { createStore } from "zustand/vanilla";
import { localize } from "../consent/purposes.ts";
import type { ConsentState } from "../consent/types.ts";
import { type Disclosure, describeRecommender } from "../explain/disclosure.ts";
import type { Explanation } from "../explain/explain.ts";
import type { WhyNotReason } from "../explain/why-not.ts";
import { applyRules } from "../policy/apply-rules.ts";
import { defaultPolicy } from "../policy/create-policy.ts";
import { contextCategory, interactionCategory } from "../policy/data-categories.ts";
import { decide, withoutPersonalData } from "../policy/decide.ts";
import { defaultRuleSet } from "../policy/default-rules.ts";
import { InvalidEventError } from "../policy/errors.ts";
import { isConsentState } from "../policy/granted-categories.ts";
import type {
  AppendOutcome,
  EventContext,
  InteractionType,
  PolicyConsent,
  PolicyDecision,
} from "../policy/types.ts";
import { type CatalogIndex, indexCatalog } from "../recommend/catalog-index.ts";
import { matchesConstraints } from "../recommend/knowledge.ts";
import { createModelStore, type FitSummary, type ModelState } from "../recommend/model-store.ts";
import { createScratch, type ScoredCandidate } from "../recommend/score.ts";
import { type BlendWeights, defaultBlendWeights, type Models } from "../recommend/scorers.ts";
import { type ContextValue, daypart } from "../recommend/shared-stats.ts";
import { defaultEventWeights, type EventWeights, noSignals, type Signals } from "../recommend/signals.ts";
import type { CatalogItem } from "../recommend/types.ts";
import { decideRequest } from "./decide-request.ts";
import { explainSlate } from "./explain-slate.ts";
import { type HardFilters, hardFilters, type RuleBitmaps } from "./hard-filters.ts";
import { logSlate } from "./log-slate.ts";
import { readSignals } from "./read-signals.ts";
import { rerankSlate, topK } from "./rerank-slate.ts";
import { scoreRequest } from "./score-stage.ts";
import { type ServingOptions, validateServingOptions } from "./serving-options.ts";
import type { RerankRequest, Served, ServeIssue, ServeRequest, Slate } from "./types.ts";

/** An interaction to learn from into the shared statistics only (its record lives elsewhere, e.g. another server). */
export interface LearnEvent {
  readonly subject: string;
  readonly type: string;
  readonly item?: string;
  readonly at: number;
  readonly context?: EventContext;
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
  /** Removes a subject from the shared statistics (erasure, GDPR Art. 17); effective at the next fit. */
  forget(subject: string): boolean;
  /** The current models (for evaluation and benchmarks). */
  models(): Models;
  getState(): ServingState;
  subscribe(listener: (state: ServingState) => void): () => void;
}

/** What a request without a readable consent state is served under: no consent, for nobody in particular. */
const anonymous: ConsentState = Object.freeze({
  status: "none",
  subject: "anonymous",
  recordId: "",
  regime: Object.freeze({ id: "strictest", region: null, model: "opt-in", lifetimeMs: 0 }),
  minor: false,
  notice: Object.freeze({ id: "", version: "", hash: "" }),
  granted: Object.freeze({}),
  pending: Object.freeze([]),
  lastEventId: null,
  lastEvent: null,
  decidedAt: null,
  expiresAt: null,
  gpc: Object.freeze({ detected: false, honored: false, purposes: [], overridden: [], conflicts: [] }),
});

/** Interactions that count as positive co-occurrence in shared statistics. */
const SHARED_TYPES: ReadonlySet<string> = new Set(["view", "add_to_cart", "purchase", "rating"]);
const DEFAULT_K = 10;
const MAX_K = 100;

/** A planned slate before logging. */
interface Plan {
  readonly slate: Slate;
  readonly explanations: readonly Explanation[];
  readonly signals: Signals;
  readonly filters: HardFilters;
  readonly candidates: readonly ScoredCandidate[];
}

/**
 * Creates the serving pipeline. Every option is validated here (unknown keys rejected, the path named): a mistake
 * throws `ServeConfigError`; nothing throws at serve time.
 */
export function createServing<T extends CatalogItem>(options: ServingOptions<T>): Serving<T> {
  validateServingOptions(options);
  const catalog = indexCatalog(options.catalog);
  const policy = options.policy ?? defaultPolicy;
  const rules = options.rules ?? defaultRuleSet;
  const weights: BlendWeights = { ...defaultBlendWeights, ...options.weights };
  const eventWeights: EventWeights = { ...defaultEventWeights, ...options.eventWeights };
  const clock = options.clock ?? Date.now;
  const limit = options.candidates ?? 100;
  const nonPersonalContext = options.nonPersonalContext ?? [];
  const { vault, log, experiment, rerank } = options;
  const models = createModelStore(catalog, options, clock);
  const scratch = createScratch(catalog.size);
  const bitmaps: RuleBitmaps = new Map();
  const specialItems = new Uint8Array(catalog.size);
  for (let i = 0; i < catalog.size; i++) if ((catalog.at(i).sensitive?.length ?? 0) > 0) specialItems[i] = 1;
  const collaborativePurpose = policy.collaborativePurpose;
  const sharedCategories = new Set(
    policy.purposes.find((p) => p.id === collaborativePurpose)?.dataCategories ?? [],
  );
  const disclosure = describeRecommender({
    surfaces: options.surfaces ?? ["home"],
    // Only the scorers that can contribute are parameters in force (DSA Art. 27(2)).
    weights: {
      ...weights,
      hybrid: options.hybrid ? weights.hybrid : 0,
      ease: options.ease ? weights.ease : 0,
      content: options.content === false ? 0 : weights.content,
    },
    rules,
    personalizeMinors: policy.personalizeMinors,
    ...(rerank?.defaultVariety === undefined ? {} : { variety: rerank.defaultVariety }),
    ...(rerank?.stages === undefined ? {} : { rerankStages: rerank.stages }),
  });
  const decisions = new WeakMap<object, PolicyDecision>();
  let slates = 0;

  const state = createStore<ServingState>()(() => ({
    model: models.getState(),
    slates: 0,
    personalized: 0,
    entries: 0,
    failedAppends: 0,
    issues: 0,
    lastIssue: null,
  }));
  models.subscribe((model) => state.setState({ model }));

  const report = (issues: ServeIssue[] | null, issue: ServeIssue) => {
    issues?.push(issue);
    state.setState((s) => ({ issues: s.issues + 1, lastIssue: issue }));
    try {
      options.onError?.(issue);
    } catch {
      // A failing error hook must not break serving.
    }
  };
  const failure = (stage: ServeIssue["stage"], code: string, cause: unknown): ServeIssue => ({
    stage,
    code,
    message: `${stage}: ${cause instanceof Error ? cause.message : String(cause)}`,
    cause,
  });

  /** A shop callback that may throw or return junk: its failure is reported once per call and read as "unknown". */
  const safely =
    <A extends unknown[], R>(
      call: ((...args: A) => R | undefined) | undefined,
      fallback: (...args: A) => R,
    ) =>
    (...args: A): R => {
      if (!call) return fallback(...args);
      try {
        return call(...args) ?? fallback(...args);
      } catch (cause) {
        report(null, failure("hook", "callback-failed", cause));
        return fallback(...args);
      }
    };
  const itemOf = (id: string) => {
    const index = catalog.indexOf(id);
    return index === undefined ? undefined : catalog.at(index);
  };
  const titleOf = safely(options.explain?.titleOf, (id: string) => itemOf(id)?.title ?? id);
  const categoryOf = safely(options.explain?.categoryOf, (id: string) => {
    const item = itemOf(id);
    return item ? (item.categoryPath?.[0] ?? item.category) : undefined;
  });
  const purposeTitle = safely(options.explain?.purposeTitle, (id: string, locale: string) => {
    const purpose = policy.purposes.find((p) => p.id === id);
    return purpose ? localize(purpose.title, locale) : id;
  });
  const itemFacts = safely(options.itemFacts, (id: string) => {
    const item = itemOf(id);
    return {
      provider: item?.sellerId ?? null,
      category: item ? (item.categoryPath?.[0] ?? item.category) : null,
    };
  });

  /** The request with every field it may carry checked; junk is dropped (serve time degrades, never throws). */
  const normalize = (request: ServeRequest, issues: ServeIssue[]): ServeRequest => {
    const r = (typeof request === "object" && request !== null ? request : {}) as Partial<ServeRequest>;
    const bad: string[] = [];
    const pick = <K extends keyof ServeRequest>(
      key: K,
      ok: (v: unknown) => boolean,
    ): Partial<ServeRequest> => {
      const value = r[key];
      if (value === undefined) return {};
      if (ok(value)) return { [key]: value } as Partial<ServeRequest>;
      bad.push(String(key));
      return {};
    };
    const text = (v: unknown) => typeof v === "string" && v.length > 0 && v.length <= 256;
    const surface = text(r.surface) ? (r.surface as string) : "unknown";
    if (surface === "unknown" && r.surface !== "unknown") bad.push("surface");
    const k = Number.isInteger(r.k) && (r.k as number) >= 1 ? Math.min(r.k as number, MAX_K) : DEFAULT_K;
    if (r.k !== undefined && k !== r.k) bad.push("k");
    // A malformed consent state counts as no consent (deny by default), for a subject that is nobody.
    if (!isConsentState(r.consent)) bad.push("consent");
    const normalized: ServeRequest = {
      consent: isConsentState(r.consent) ? r.consent : anonymous,
      surface,
      k,
      ...pick("session", text),
      ...pick("context", (v) => typeof v === "object" && v !== null),
      ...pick("constraints", (v) => typeof v === "object" && v !== null),
      ...pick("nonPersonalized", (v) => typeof v === "boolean"),
      ...pick(
        "anchor",
        (v) =>
          typeof v === "object" &&
          v !== null &&
          text((v as { item?: unknown }).item) &&
          ["similar", "also-bought"].includes((v as { relation?: unknown }).relation as string),
      ),
      ...pick("exclude", (v) => Array.isArray(v) && v.every((x) => typeof x === "string")),
      ...pick("variety", (v) => typeof v === "number" && v >= 0 && v <= 1),
      ...pick("seed", (v) => Number.isSafeInteger(v)),
      ...pick("locale", (v) => typeof v === "string" && v.length >= 2 && v.length <= 35),
    };
    if (bad.length > 0) {
      report(issues, {
        stage: "request",
        code: "invalid-request",
        message: `request: ignored invalid ${bad.join(", ")}`,
      });
    }
    return normalized;
  };

  /** Stages 1–7 for one request: a planned slate with its explanations, degrading to non-personal on failure. */
  const plan = (request: ServeRequest, at: number, issues: ServeIssue[], degrade: boolean): Plan => {
    let { decision, arm } = decideRequest(request, policy, experiment);
    if (!decision.sharedStatistics && models.has(decision.subject)) models.forget(decision.subject);
    if (degrade) decision = withoutPersonalData(decision);
    let signals: Signals;
    try {
      signals = readSignals(request, decision, vault, catalog, eventWeights);
    } catch (cause) {
      report(issues, failure("signals", "vault-failed", cause));
      decision = withoutPersonalData(decision);
      signals = readSignals(request, decision, vault, catalog, eventWeights);
    }
    let filters = hardFilters(request, signals, catalog, rules, bitmaps);
    const challenger = arm ? options.armWeights?.[arm.arm] : undefined;
    const score = () =>
      scoreRequest(
        {
          decision,
          signals,
          weights: challenger ? { ...weights, ...challenger } : weights,
          ...(request.anchor ? { anchor: request.anchor } : {}),
          ...(request.context ? { context: request.context } : {}),
          limit: Math.max(limit, request.k ?? DEFAULT_K),
          collaborativePurpose,
          nonPersonalContext,
          specialItems,
          exclude: filters.exclude,
        },
        catalog,
        models.models(),
        scratch,
      );
    let candidates: ScoredCandidate[];
    try {
      candidates = score();
    } catch (cause) {
      if (decision.mode !== "personalized") throw cause;
      report(issues, failure("score", "scorer-failed", cause));
      decision = withoutPersonalData(decision);
      signals = noSignals;
      filters = hardFilters(request, signals, catalog, rules, bitmaps);
      candidates = score();
    }
    const k = request.k ?? DEFAULT_K;
    const rerankRequest: RerankRequest<T> = {
      k,
      seed: request.seed ?? 0,
      mode: decision.mode,
      subject: decision.subject,
      surface: request.surface,
      ...(request.variety === undefined ? {} : { variety: request.variety }),
      catalog,
      history: signals.history.filter((h) => !h.special && h.purposes.length > 0).map((h) => h.item),
      popularity: models.models().popularity,
      isAllowed: filters.isServable,
    };
    let items: Slate["items"];
    try {
      items = rerankSlate(candidates, rerankRequest, rerank);
    } catch (cause) {
      report(issues, failure("rerank", "rerank-failed", cause));
      items = rerankSlate(candidates, rerankRequest, undefined);
    }
    slates++;
    const slate: Slate = {
      id: `sl_${at.toString(36)}_${slates.toString(36)}`,
      at,
      surface: request.surface,
      subject: decision.subject,
      mode: decision.mode,
      decision,
      items,
      filtered: filters.filtered(),
      versions: {
        model: models.getState().version,
        rules: `${rules.id}@${rules.version}`,
        disclosure: disclosure.version,
      },
      arm,
    };
    const locale = request.locale ?? options.explain?.locale ?? "en";
    let explanations: Explanation[];
    try {
      explanations = explainSlate(slate, {
        titleOf,
        categoryOf,
        purposeTitle: (id) => purposeTitle(id, locale),
        locale,
        ...(options.explain?.templates ? { templates: options.explain.templates } : {}),
      });
    } catch (cause) {
      if (decision.mode !== "personalized") throw cause;
      report(issues, failure("explain", "explain-failed", cause));
      return plan(request, at, issues, true);
    }
    return { slate, explanations, signals, filters, candidates };
  };

  const consentFor = (request: ServeRequest): ConsentState => request.consent as ConsentState;

  /** An empty slate: what is served when even the non-personal path failed. */
  const emptySlate = (request: ServeRequest, at: number): Slate => {
    const consent = consentFor(request);
    const decision = withoutPersonalData(
      decide(consent, { purpose: "recommend", surface: request.surface }, policy),
    );
    return {
      id: `sl_${at.toString(36)}_${(++slates).toString(36)}`,
      at,
      surface: request.surface,
      subject: decision.subject,
      mode: "non_profiling",
      decision,
      items: [],
      filtered: 0,
      versions: {
        model: models.getState().version,
        rules: `${rules.id}@${rules.version}`,
        disclosure: disclosure.version,
      },
      arm: null,
    };
  };

  const commit = async (planned: Plan, request: ServeRequest) =>
    logSlate(log, planned.slate, planned.explanations, {
      consent: consentFor(request),
      disclosureVersion: disclosure.version,
      itemFacts,
    });

  const serve = async (input: ServeRequest): Promise<Served> => {
    const issues: ServeIssue[] = [];
    const at = clock();
    const request = normalize(input, issues);
    let planned: Plan;
    try {
      planned = plan(request, at, issues, false);
    } catch (cause) {
      report(issues, failure("score", "pipeline-failed", cause));
      const slate = emptySlate(request, at);
      return { slate, explanations: [], entries: [], issues };
    }
    let logged = await commit(planned, request);
    if (!logged.ok && planned.slate.mode === "personalized") {
      // Nothing personal leaves the pipeline unlogged: serve the non-personalized slate instead (logged if possible).
      report(issues, failure("log", "append-failed", logged.error));
      state.setState((s) => ({ failedAppends: s.failedAppends + 1 }));
      try {
        planned = plan(request, at, issues, true);
      } catch (cause) {
        report(issues, failure("score", "pipeline-failed", cause));
        return { slate: emptySlate(request, at), explanations: [], entries: null, issues };
      }
      logged = await commit(planned, request);
    }
    if (!logged.ok) {
      report(issues, failure("log", "append-failed", logged.error));
      state.setState((s) => ({ failedAppends: s.failedAppends + 1 }));
    }
    const entries = logged.ok ? logged.value : null;
    state.setState((s) => ({
      slates: s.slates + 1,
      personalized: s.personalized + (planned.slate.mode === "personalized" ? 1 : 0),
      entries: s.entries + (entries?.length ?? 0),
    }));
    return { slate: planned.slate, explanations: planned.explanations, entries, issues };
  };

  const decisionFor = (consent: PolicyConsent): PolicyDecision => {
    const cacheable = typeof consent === "object" && consent !== null;
    const cached = cacheable ? decisions.get(consent) : undefined;
    if (cached) return cached;
    const decision = decide(consent, { purpose: "recommend" }, policy);
    if (cacheable) decisions.set(consent, decision);
    return decision;
  };

  const learn = (event: LearnEvent, consent: PolicyConsent): boolean => {
    if (
      typeof event !== "object" ||
      event === null ||
      typeof event.subject !== "string" ||
      typeof event.type !== "string" ||
      !Number.isFinite(event.at)
    ) {
      report(null, {
        stage: "learn",
        code: "invalid-event",
        message: "learn: the event needs subject, type and at",
      });
      return false;
    }
    const decision = decisionFor(consent);
    if (decision.subject !== event.subject) return false;
    if (!decision.sharedStatistics) {
      // Withdrawal of "similar shoppers": nothing of this subject is read again (DESIGN.md invariant 2).
      models.forget(event.subject);
      return false;
    }
    if (!SHARED_TYPES.has(event.type) || event.item === undefined) return false;
    if (!sharedCategories.has(interactionCategory[event.type as InteractionType])) return false;
    const index = catalog.indexOf(event.item);
    if (index === undefined) return false;
    // Special-category items enter shared statistics only with explicit consent for sensitive data (GDPR Art. 9(2)(a)).
    if (specialItems[index] === 1 && !decision.sensitiveAllowed) return false;
    models.ingest(event.subject, index, event.at, sharedContext(event.context, decision));
    return true;
  };

  return {
    catalog,
    disclosure,
    serve,
    async ingest(event, consent) {
      let outcome: AppendOutcome;
      try {
        outcome = await vault.append(event, consent);
      } catch (cause) {
        const invalid = cause instanceof InvalidEventError;
        const issue = failure("ingest", invalid ? "invalid-event" : "storage-error", cause);
        report(null, issue);
        return {
          stored: false,
          reason: invalid ? "invalid-event" : "storage-error",
          categories: [],
          message: issue.message,
        };
      }
      if (outcome.stored && outcome.record.type !== "hide_from_history") {
        const record = outcome.record;
        learn(
          {
            subject: record.subject,
            type: record.type,
            ...(record.item === undefined ? {} : { item: record.item }),
            at: record.at,
            ...(record.context === undefined ? {} : { context: record.context }),
          },
          consent,
        );
      }
      return outcome;
    },
    learn,
    whyNot(input, id) {
      const index = catalog.indexOf(id);
      if (index === undefined) return [{ kind: "unknown-item" }];
      const issues: ServeIssue[] = [];
      const request = normalize(input, issues);
      let planned: Plan;
      try {
        planned = plan(request, clock(), issues, false);
      } catch {
        return [{ kind: "outranked", score: 0, cutoff: 0, by: "" }];
      }
      const shown = planned.slate.items.find((i) => i.item === id);
      if (shown) return [{ kind: "shown", rank: shown.rank }];
      const reasons: WhyNotReason[] = [];
      const rule = applyRules([catalog.at(index)], rules, planned.filters.ruleContext).filtered[0];
      if (rule) reasons.push({ kind: "filtered", ruleId: rule.ruleId, reason: rule.reason });
      if (planned.signals.dismissed.has(id)) reasons.push({ kind: "not-interested" });
      else if (planned.signals.excluded.has(id)) reasons.push({ kind: "bought" });
      if (request.exclude?.includes(id) || request.anchor?.item === id) reasons.push({ kind: "excluded" });
      if (request.constraints && !matchesConstraints(catalog.at(index), request.constraints)) {
        reasons.push({ kind: "constraint" });
      }
      if (reasons.length === 0) {
        const last = planned.slate.items.at(-1);
        const candidate = planned.candidates.find((c) => c.item === id);
        reasons.push({
          kind: "outranked",
          score: candidate?.score ?? scoreOf(planned, request, index),
          cutoff: last?.score ?? 0,
          by: last?.item ?? "",
        });
      }
      const denied = [...new Set(planned.slate.decision.denied.map((d) => d.category))];
      if (denied.length > 0) reasons.push({ kind: "data-not-allowed", categories: denied });
      return reasons;
    },
    fit: () => models.fit(),
    forget: (subject) => models.forget(subject),
    models: () => models.models(),
    getState: state.getState,
    subscribe: (listener) => state.subscribe((s) => listener(s)),
  };

  /** The score of one item that did not make the candidates, scored alone. */
  function scoreOf(planned: Plan, request: ServeRequest, index: number): number {
    const [scored] = scoreRequest(
      {
        decision: planned.slate.decision,
        signals: planned.signals,
        weights,
        ...(request.anchor ? { anchor: request.anchor } : {}),
        ...(request.context ? { context: request.context } : {}),
        limit: 1,
        collaborativePurpose,
        nonPersonalContext,
        specialItems,
        exclude: (i) => i !== index,
      },
      catalog,
      models.models(),
      scratch,
    );
    return scored?.score ?? 0;
  }
}

/** Context buckets of a shared interaction: only fields whose category the subject allows (policy's mapping). */
function sharedContext(
  context: EventContext | undefined,
  decision: PolicyDecision,
): ContextValue[] | undefined {
  if (!context || decision.mode !== "personalized") return undefined;
  const values: ContextValue[] = [];
  const allowed = (field: keyof EventContext) => decision.allowed.includes(contextCategory[field]);
  if (context.device && allowed("device")) values.push({ name: "device", value: context.device });
  if (context.hourOfDay !== undefined && allowed("hourOfDay"))
    values.push({ name: "daypart", value: daypart(context.hourOfDay) });
  if (context.region && allowed("region")) values.push({ name: "region", value: context.region });
  return values.length > 0 ? values : undefined;
}

export { topK };
