/**
 * The recommender facade: wires the request pipeline of DESIGN.md — consent state → policy decision → signal view →
 * scorers → hard filters → re-rankers → explanations → audit log → slate. Each stage is a pure function elsewhere;
 * this file holds the fitted models and the shared statistics, and nothing else.
 */
import type { WhyNotReason } from "../explain/why-not.ts";
import { assignArm, parseExperiment } from "../measure/assign-arm.ts";
import { servingMode } from "../measure/serving-mode.ts";
import type { ArmAssignment, Experiment } from "../measure/types.ts";
import { applyRules, isAllowed, type RuleContext } from "../policy/apply-rules.ts";
import { defaultPolicy } from "../policy/create-policy.ts";
import { decide } from "../policy/decide.ts";
import { defaultRuleSet } from "../policy/default-rules.ts";
import type { RuleSet } from "../policy/rule-set.ts";
import type { EventContext, Policy, PolicyConsent, PolicyDecision, SignalView } from "../policy/types.ts";
import { type CatalogIndex, indexCatalog } from "./catalog-index.ts";
import { maskEaseBySupport } from "./k-anonymous-ease.ts";
import { type KnowledgeConstraints, matchesConstraints } from "./knowledge.ts";
import { type ContentOptions, fitContent } from "./models/content.ts";
import { type EaseModel, type EaseOptions, fitEase } from "./models/ease.ts";
import { fitHybrid, type HybridConfig, type HybridModel } from "./models/hybrid.ts";
import { fitItemKnn, type ItemKnnModel, type ItemKnnOptions } from "./models/item-knn.ts";
import {
  type BlendWeights,
  createScratch,
  defaultBlendWeights,
  type Models,
  type ScoreOptions,
  scoreCandidates,
} from "./score.ts";
import { type ContextValue, createSharedStats, daypart } from "./shared-stats.ts";
import {
  defaultEventWeights,
  type EventWeights,
  noSignals,
  type Signals,
  signalsFromView,
} from "./signals.ts";
import type { Candidate, CatalogItem, SlateItem } from "./types.ts";

/** What the re-rank stage receives besides the candidates. */
export interface RerankContext<T extends CatalogItem = CatalogItem> {
  readonly k: number;
  readonly seed: number;
  readonly mode: PolicyDecision["mode"];
  readonly subject: string;
  readonly surface: string;
  /** The shopper's variety setting (0–1), when they chose one. */
  readonly variety?: number;
  readonly catalog: CatalogIndex<T>;
  /** The shopper's history items (allowed now), for calibration; empty in non-profiling mode. */
  readonly history: readonly string[];
  /** Popularity in [0, 1] by item index. */
  readonly popularity: Float64Array;
  /** The post-re-rank hard-filter re-check: no item for which this is false may be served. */
  readonly isAllowed: (item: string) => boolean;
}

/** Turns scored candidates into a ranked slate of `k` items with their effects. */
export type RerankStage<T extends CatalogItem = CatalogItem> = (
  candidates: readonly Candidate[],
  context: RerankContext<T>,
) => readonly SlateItem[];

/** A served slate. */
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
  readonly versions: { readonly model: string; readonly rules: string };
  /** The holdout arm the subject was served under, or `null` outside an experiment or when not eligible. */
  readonly arm: ArmAssignment | null;
}

/** A request for one slate. */
export interface RecommendRequest {
  /** The shopper's consent state (`consentManager.getState()`), with an optional CPRA limit flag. */
  readonly consent: PolicyConsent;
  /** Where the slate is shown, e.g. `"home"`, `"pdp"`. */
  readonly surface: string;
  /** Slate length; default 10. */
  readonly k?: number;
  /** The current session id, for session-based signals. */
  readonly session?: string;
  /** The request's context; each field is used only if its data category is allowed. */
  readonly context?: EventContext;
  /** Explicit requirements (price range, categories, …): hard filters for this request. */
  readonly constraints?: KnowledgeConstraints;
  /** The shopper chose the non-personalized feed (DSA Art. 38). */
  readonly nonPersonalized?: boolean;
  /** An item page's product, for item-to-item surfaces: `similar` (content) or `also-bought` (collaborative). */
  readonly anchor?: { readonly item: string; readonly relation: "similar" | "also-bought" };
  /** Items not to show (e.g. the cart). */
  readonly exclude?: readonly string[];
  /** The shopper's variety setting (0–1), passed to the re-rank stage. */
  readonly variety?: number;
  /** Seed for randomized stages; default 0. */
  readonly seed?: number;
}

/** Options of {@link createRecommender}. */
export interface RecommenderOptions<T extends CatalogItem> {
  readonly catalog: readonly T[];
  /** The vault: `recommend` reads personal data only through `vault.view(decision)`. */
  readonly vault: { view(decision: PolicyDecision): SignalView };
  readonly policy?: Policy;
  /** Hard filters; default `defaultRuleSet`. */
  readonly rules?: RuleSet;
  /** Blend weights (tune them with `candor eval`); default {@link defaultBlendWeights}. */
  readonly weights?: Partial<BlendWeights>;
  readonly eventWeights?: EventWeights;
  /** Item-kNN options; `minSupport` (k-anonymity of collaborative links) defaults to 5. */
  readonly knn?: ItemKnnOptions;
  /**
   * The collaborative hybrid tuned on a validation split (`tuneHybrid` in `@candor/core/eval`, or the `model` of a
   * `candor eval --report`): fitted on the shared statistics at every `fit()`, its EASE links masked to pairs with
   * `knn.minSupport` shoppers; blended with weight `weights.hybrid`. Default: none.
   */
  readonly hybrid?: HybridConfig;
  /** EASE for catalogs up to ~16k items, its weights masked to pairs with `knn.minSupport` shoppers; default off. */
  readonly ease?: EaseOptions | false;
  readonly content?: ContentOptions | false;
  /** Popularity half-life in days; default 14. */
  readonly popularityHalfLifeDays?: number;
  /** Shop-chosen boosts by item id (non-personal). */
  readonly editorial?: Readonly<Record<string, number>>;
  /** How many candidates reach the re-rank stage; default 100. */
  readonly candidates?: number;
  /** Context fields the shop deems non-personal, usable in non-profiling mode too; default none. */
  readonly nonPersonalContext?: readonly ContextValue["name"][];
  /** Refit the collaborative models after this many new shared interactions; default 0 (call `fit()` yourself). */
  readonly refitEvery?: number;
  /** The re-rank stage; default: the top `k` by score, unchanged. */
  readonly rerank?: RerankStage<T>;
  /**
   * A holdout experiment (`@candor/core/measure`): each eligible subject gets a stable arm; the control arm is served
   * without personal data (decision reason `holdout`). Shoppers the policy would not personalize are in no arm.
   */
  readonly experiment?: Experiment;
  /** Blend weights of challenger arms by arm id (an arm without an entry is served with `weights`). */
  readonly armWeights?: Readonly<Record<string, Partial<BlendWeights>>>;
  /** Called with every served slate (the explanation log's hook). */
  readonly onServe?: (slate: Slate) => void;
  readonly clock?: () => number;
}

/** An interaction to learn from, as stored by the vault. */
export interface IngestEvent {
  readonly subject: string;
  readonly type: string;
  readonly item?: string;
  readonly at: number;
  readonly context?: EventContext;
}

/** The recommender. */
export interface Recommender<T extends CatalogItem = CatalogItem> {
  readonly catalog: CatalogIndex<T>;
  /** Runs the whole pipeline for one slate. Never throws for a bad consent state: it degrades to non-profiling. */
  recommend(request: RecommendRequest): Slate;
  /** Why `item` is not in the slate `request` would get ("why not?"); nothing is served or logged. */
  whyNot(request: RecommendRequest, item: string): WhyNotReason[];
  /**
   * Learns from one interaction: popularity and context counts now, collaborative models at the next fit. Only a
   * shopper whose `similar-shoppers` purpose is granted enters shared statistics; one who withdrew is forgotten.
   */
  ingest(event: IngestEvent, consent: PolicyConsent): void;
  /** Rebuilds the collaborative models from the shared statistics; returns what was fitted. */
  fit(): { readonly subjects: number; readonly interactions: number; readonly model: string };
  /** Removes a subject from shared statistics (erasure, GDPR Art. 17); effective for collaborative models at the next fit. */
  forget(subject: string): boolean;
  /** The current models (for evaluation and benchmarks). */
  models(): Models;
}

const SCORED_TYPES = new Set(["view", "add_to_cart", "purchase", "rating"]);

/** Creates a recommender over a catalog. Invalid options throw a `TypeError` naming the option. */
export function createRecommender<T extends CatalogItem>(options: RecommenderOptions<T>): Recommender<T> {
  const catalog = indexCatalog(options.catalog);
  const policy = options.policy ?? defaultPolicy;
  const rules = options.rules ?? defaultRuleSet;
  const weights: BlendWeights = { ...defaultBlendWeights, ...options.weights };
  for (const [name, value] of Object.entries(weights)) {
    if (!Number.isFinite(value))
      throw new TypeError(`createRecommender: weights.${name} must be a finite number`);
  }
  const limit = options.candidates ?? 100;
  const experiment = options.experiment ? parseExperiment(options.experiment) : undefined;
  const clock = options.clock ?? Date.now;
  const knnOptions: ItemKnnOptions = { k: 50, minSupport: 5, ...options.knn };
  const stats = createSharedStats({
    numItems: catalog.size,
    halfLifeMs: (options.popularityHalfLifeDays ?? 14) * 86_400_000,
  });
  const content = options.content === false ? undefined : fitContent(catalog.items, options.content ?? {});
  const editorial = new Float64Array(catalog.size);
  for (const [id, boost] of Object.entries(options.editorial ?? {})) {
    const index = catalog.indexOf(id);
    if (index !== undefined) editorial[index] = boost;
  }
  const scratch = createScratch(catalog.size);
  const allowedByContext = new Map<string, Uint8Array>();
  const decisions = new WeakMap<object, PolicyDecision>();
  let knn: ItemKnnModel | undefined;
  let ease: EaseModel | undefined;
  let hybrid: HybridModel | undefined;
  let fits = 0;
  let sinceFit = 0;
  let slates = 0;

  const models = (): Models => ({
    ...(hybrid ? { hybrid } : {}),
    ...(knn ? { knn } : {}),
    ...(ease ? { ease } : {}),
    ...(content ? { content } : {}),
    popularity: stats.popularity(),
    contextPopularity: stats.contextPopularity,
    editorial,
  });

  /** Hard filters are static per (region, minor, surface): computed once per context as a bitmap. */
  const allowedFor = (context: RuleContext): Uint8Array => {
    const key = `${context.region ?? ""}|${context.minor === true}|${context.surface ?? ""}`;
    let allowed = allowedByContext.get(key);
    if (!allowed) {
      allowed = new Uint8Array(catalog.size);
      for (let i = 0; i < catalog.size; i++) allowed[i] = isAllowed(catalog.at(i), rules, context) ? 1 : 0;
      allowedByContext.set(key, allowed);
    }
    return allowed;
  };

  const decisionFor = (consent: PolicyConsent): PolicyDecision => {
    const cached = typeof consent === "object" && consent !== null ? decisions.get(consent) : undefined;
    if (cached) return cached;
    const decision = decide(consent, { purpose: "recommend" }, policy);
    if (typeof consent === "object" && consent !== null) decisions.set(consent, decision);
    return decision;
  };

  const fit = () => {
    const data = stats.trainingData();
    knn = data.users.length > 0 ? fitItemKnn(data, knnOptions) : undefined;
    ease =
      options.ease && data.users.length > 0
        ? maskEaseBySupport(fitEase(data, options.ease), data, knnOptions.minSupport ?? 5)
        : undefined;
    if (options.hybrid && data.users.length > 0) {
      const fitted = fitHybrid(data, options.hybrid);
      if (fitted.ease) maskEaseBySupport(fitted.ease, data, knnOptions.minSupport ?? 5);
      hybrid = fitted;
    } else hybrid = undefined;
    fits++;
    sinceFit = 0;
    return { subjects: data.numUsers, interactions: data.users.length, model: `fit-${fits}` };
  };

  const contextValues = (
    context: EventContext | undefined,
    allowed: readonly string[],
    personal: boolean,
  ) => {
    const values: ContextValue[] = [];
    const usable = (name: ContextValue["name"], category: string) =>
      (personal && allowed.includes(category)) || (options.nonPersonalContext ?? []).includes(name);
    if (context?.device && usable("device", "pd:DeviceBased"))
      values.push({ name: "device", value: context.device });
    if (context?.hourOfDay !== undefined && usable("daypart", "candor:TimeOfDay")) {
      values.push({ name: "daypart", value: daypart(context.hourOfDay) });
    }
    if (context?.region && usable("region", "pd:Location"))
      values.push({ name: "region", value: context.region });
    return values;
  };

  return {
    catalog,
    models,
    fit,
    forget: (subject) => stats.forget(subject),
    ingest(event, consent) {
      if (!SCORED_TYPES.has(event.type) || event.item === undefined) return;
      const index = catalog.indexOf(event.item);
      if (index === undefined) return;
      const decision = decisionFor(consent);
      if (!decision.collaborative) {
        // Withdrawal of similar-shoppers: nothing of this subject is read again (DESIGN.md invariant 2).
        if (stats.forget(event.subject)) sinceFit++;
        return;
      }
      stats.ingest(event.subject, index, event.at, contextValues(event.context, decision.allowed, true));
      sinceFit++;
      if (options.refitEvery && sinceFit >= options.refitEvery) fit();
    },
    recommend(request) {
      const { slate } = pipeline(request);
      options.onServe?.(slate);
      return slate;
    },
    whyNot(request, id) {
      const index = catalog.indexOf(id);
      if (index === undefined) return [{ kind: "unknown-item" }];
      const run = pipeline(request);
      const shown = run.slate.items.find((i) => i.item === id);
      if (shown) return [{ kind: "shown", rank: shown.rank }];
      const reasons: WhyNotReason[] = [];
      const rule = applyRules([catalog.at(index)], rules, run.ruleContext).filtered[0];
      if (rule) reasons.push({ kind: "filtered", ruleId: rule.ruleId, reason: rule.reason });
      if (run.signals.dismissed.has(id)) reasons.push({ kind: "not-interested" });
      else if (run.signals.excluded.has(id)) reasons.push({ kind: "bought" });
      if (request.exclude?.includes(id) || request.anchor?.item === id) reasons.push({ kind: "excluded" });
      if (request.constraints && !matchesConstraints(catalog.at(index), request.constraints)) {
        reasons.push({ kind: "constraint" });
      }
      if (reasons.length === 0) {
        const [scored] = scoreCandidates(
          catalog,
          models(),
          run.signals,
          { ...run.scoreOptions, limit: 1, exclude: (i) => i !== index },
          scratch,
        );
        const last = run.slate.items.at(-1);
        reasons.push({
          kind: "outranked",
          score: scored?.score ?? 0,
          cutoff: last?.score ?? 0,
          by: last?.item ?? "",
        });
      }
      const denied = [...new Set(run.slate.decision.denied.map((d) => d.category))];
      if (denied.length > 0) reasons.push({ kind: "data-not-allowed", categories: denied });
      return reasons;
    },
  };

  function pipeline(request: RecommendRequest) {
    const at = clock();
    const k = Math.max(1, Math.floor(request.k ?? 10));
    const asked = {
      purpose: "recommend",
      surface: request.surface,
      ...(request.nonPersonalized ? { nonPersonalized: true } : {}),
    };
    let decision = decide(request.consent, asked, policy);
    let arm: ArmAssignment | null = null;
    if (experiment) {
      const plan = servingMode(
        assignArm(decision.subject, { ...experiment, surface: request.surface }),
        decision,
      );
      arm = plan.arm;
      // The control arm is served as if the shopper had not consented: the holdout shows what personalization adds.
      if (plan.status === "in-arm" && plan.mode === "non_profiling") {
        decision = decide(request.consent, { ...asked, holdout: true }, policy);
      }
    }
    const personal = decision.mode === "personalized";
    const view = personal ? options.vault.view(decision) : undefined;
    let signals: Signals = view
      ? signalsFromView(view, catalog, {
          ...(request.session === undefined ? {} : { session: request.session }),
          weights: options.eventWeights ?? defaultEventWeights,
        })
      : noSignals;
    const challenger = arm ? options.armWeights?.[arm.arm] : undefined;
    let blend: BlendWeights = challenger ? { ...weights, ...challenger } : weights;
    let collaborative = personal && decision.collaborative;
    const anchorIndex = request.anchor ? catalog.indexOf(request.anchor.item) : undefined;
    if (request.anchor && anchorIndex !== undefined) {
      // Item-to-item: the product on screen is the evidence; the models are aggregates (k-anonymous), not the shopper's data.
      const alsoBought = request.anchor.relation === "also-bought";
      signals = {
        history: [
          {
            index: anchorIndex,
            item: request.anchor.item,
            weight: 1,
            event: "",
            dataCategory: "candor:CurrentProduct",
            special: false,
          },
        ],
        session: [],
        excluded: signals.excluded,
        dismissed: signals.dismissed,
      };
      blend = { ...weights, itemKnn: alsoBought ? 1 : 0, ease: 0, content: alsoBought ? 0 : 1, session: 0 };
      collaborative = alsoBought;
    }
    const state = request.consent as Partial<PolicyConsent> | undefined;
    const ruleContext: RuleContext = {
      region: state?.regime?.region ?? request.context?.region ?? null,
      minor: state?.minor === true,
      surface: request.surface,
    };
    const allowed = allowedFor(ruleContext);
    const excludedIds = new Set([...signals.excluded, ...(request.exclude ?? [])]);
    let filtered = 0;
    const exclude = (index: number) => {
      if (index === anchorIndex) return true;
      const item = catalog.at(index);
      const out =
        allowed[index] === 0 ||
        excludedIds.has(item.id) ||
        (request.constraints !== undefined && !matchesConstraints(item, request.constraints));
      if (out) filtered++;
      return out;
    };
    const scoreOptions: ScoreOptions = {
      weights: blend,
      limit: Math.max(limit, k),
      collaborative,
      context: contextValues(request.context, decision.allowed, personal),
      exclude,
    };
    const candidates = scoreCandidates(catalog, models(), signals, scoreOptions, scratch);
    const isServable = (id: string) => {
      const index = catalog.indexOf(id);
      return index !== undefined && allowed[index] === 1 && !excludedIds.has(id);
    };
    const rerankContext: RerankContext<T> = {
      k,
      seed: request.seed ?? 0,
      mode: decision.mode,
      subject: decision.subject,
      surface: request.surface,
      ...(request.variety === undefined ? {} : { variety: request.variety }),
      catalog,
      history: signals.history.filter((h) => !h.special).map((h) => h.item),
      popularity: stats.popularity(),
      isAllowed: isServable,
    };
    const ranked = options.rerank ? options.rerank(candidates, rerankContext) : topK(candidates, k);
    // The re-check after re-ranking: no filtered item can reach a slate (DESIGN.md).
    const items = ranked.filter((item) => isServable(item.item)).map((item, i) => ({ ...item, rank: i + 1 }));
    slates++;
    const slate: Slate = {
      id: `sl_${at.toString(36)}_${slates.toString(36)}`,
      at,
      surface: request.surface,
      subject: decision.subject,
      mode: decision.mode,
      decision,
      items,
      filtered,
      versions: { model: `fit-${fits}`, rules: `${rules.id}@${rules.version}` },
      arm,
    };
    return { slate, signals, ruleContext, scoreOptions };
  }
}

/** The default "re-ranker": the best `k` candidates in score order, with no effects. */
export function topK(candidates: readonly Candidate[], k: number): SlateItem[] {
  return candidates.slice(0, k).map((candidate, i) => ({ ...candidate, rank: i + 1, effects: [] }));
}
