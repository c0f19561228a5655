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
import { describeRecommender } from "../explain/disclosure.ts";
import type { Explanation } from "../explain/explain.ts";
import { InputError } from "../internal/candor-error.ts";
import { defaultPolicy } from "../policy/create-policy.ts";
import { decide, withoutPersonalData } from "../policy/decide.ts";
import { defaultRuleSet } from "../policy/default-rules.ts";
import type { AppendOutcome, PolicyDecision } from "../policy/types.ts";
import { indexCatalog } from "../recommend/catalog-index.ts";
import { createModelStore } from "../recommend/model-store.ts";
import { createScratch, type ScoredCandidate } from "../recommend/score.ts";
import { type BlendWeights, defaultBlendWeights } from "../recommend/scorers.ts";
import { defaultEventWeights, type EventWeights, noSignals, type Signals } from "../recommend/signals.ts";
import type { CatalogItem } from "../recommend/types.ts";
import type { RerankContext } from "../rerank/types.ts";
import { decideRequest } from "./decide-request.ts";
import { explainSlate } from "./explain-slate.ts";
import { type HardFilters, hardFilters, type RuleBitmaps } from "./hard-filters.ts";
import { sharedLearner } from "./learn-shared.ts";
import { committedEvidence, logSlate } from "./log-slate.ts";
import { DEFAULT_K, normalizeRequest } from "./normalize-request.ts";
import { readSignals } from "./read-signals.ts";
import { rerankSlate } from "./rerank-slate.ts";
import { type ScoreInput, scoreRequest } from "./score-stage.ts";
import { type ServingOptions, validateServingOptions } from "./serving-options.ts";
import type { Served, ServeIssue, ServeRequest, Serving, ServingState, Slate } from "./types.ts";
import { whyNotReasons } from "./why-not.ts";

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
 * throws `ConfigError`; nothing throws at serve time.
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

  const normalize = (request: ServeRequest, issues: ServeIssue[]): ServeRequest => {
    const { request: normalized, invalid } = normalizeRequest(request);
    if (invalid.length > 0) {
      report(issues, {
        stage: "request",
        code: "invalid-request",
        message: `request: ignored invalid ${invalid.join(", ")}`,
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
    const blend = challenger ? { ...weights, ...challenger } : weights;
    const score = () =>
      scoreRequest(
        scoreInput(
          decision,
          signals,
          request,
          blend,
          filters.exclude,
          Math.max(limit, request.k ?? DEFAULT_K),
        ),
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
    const rerankContext: RerankContext<T> = {
      k,
      items: (id: string) => {
        const index = catalog.indexOf(id);
        return index === undefined ? undefined : catalog.at(index);
      },
      seed: request.seed ?? 0,
      isAllowed: (item) => filters.isServable(item.id),
      mode: decision.mode,
      subject: decision.subject,
      surface: request.surface,
      ...(request.variety === undefined ? {} : { variety: request.variety }),
      catalog,
      historyItems: signals.history.filter((h) => !h.special && h.purposes.length > 0).map((h) => h.item),
      popularity: models.models().popularity,
    };
    let items: Slate["items"];
    try {
      items = rerankSlate(candidates, rerankContext, rerank, filters.isServable);
    } catch (cause) {
      report(issues, failure("rerank", "rerank-failed", cause));
      items = rerankSlate(candidates, rerankContext, undefined, filters.isServable);
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

  const committed = committedEvidence();
  const commit = async (planned: Plan, request: ServeRequest) =>
    logSlate(
      log,
      planned.slate,
      planned.explanations,
      {
        consent: consentFor(request),
        purposes: policy.purposes,
        disclosureVersion: disclosure.version,
        itemFacts,
      },
      committed,
    );

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

  const learn = sharedLearner(catalog, policy, models, specialItems, (message) =>
    report(null, { stage: "learn", code: "invalid-event", message }),
  );

  return {
    catalog,
    disclosure,
    serve,
    async ingest(event, consent) {
      let outcome: AppendOutcome;
      try {
        outcome = await vault.append(event, consent);
      } catch (cause) {
        const invalid = cause instanceof InputError && cause.code === "invalid-event";
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
      const request = normalize(input, []);
      let planned: Plan;
      try {
        planned = plan(request, clock(), [], false);
      } catch {
        return [{ kind: "outranked", score: 0, cutoff: 0, by: "" }];
      }
      const alone = (i: number) =>
        scoreRequest(
          scoreInput(planned.slate.decision, planned.signals, request, weights, (j) => j !== i, 1),
          catalog,
          models.models(),
          scratch,
        )[0]?.score ?? 0;
      return whyNotReasons(planned, request, index, catalog, rules, alone);
    },
    fit: () => models.fit(),
    installModels: (installed) => models.install(installed),
    forget: (subject) => models.forget(subject),
    models: () => models.models(),
    getState: state.getState,
    subscribe: (listener) => state.subscribe((s) => listener(s)),
  };

  /** What the score stage gets for one request. */
  function scoreInput(
    decision: PolicyDecision,
    signals: Signals,
    request: ServeRequest,
    blend: BlendWeights,
    exclude: (index: number) => boolean,
    count: number,
  ): ScoreInput {
    return {
      decision,
      signals,
      weights: blend,
      ...(request.anchor ? { anchor: request.anchor } : {}),
      ...(request.context ? { context: request.context } : {}),
      limit: count,
      collaborativePurpose,
      nonPersonalContext,
      specialItems,
      exclude,
    };
  }
}
