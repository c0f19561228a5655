/**
 * Runs the sample shop's simulated traffic through the real pipeline: per-shopper consent managers (EU and
 * California, GPC, withdrawals), the vault, and core's serving pipeline with re-ranking, which explains every served
 * item and commits it to the given explanation log.
 */
import { type ConsentManager, type ConsentState, createConsentManager } from "@candor/core/consent/manager";
import { type ConsentReceipt, toConsentReceipt } from "@candor/core/consent/receipts";
import type { Explanation } from "@candor/core/explain";
import {
  admitOutcome,
  createDriftMonitor,
  type DriftEvent,
  type Experiment,
  retrainingSchedule,
} from "@candor/core/measure";
import { createVault } from "@candor/core/policy";
import { createExposureTracker, createRerankStage } from "@candor/core/rerank";
import { createServing, type ServingLog, type Slate } from "@candor/core/serve";
import {
  createCatalog,
  createShoppers,
  mulberry32,
  type SimShopper,
  simulateClick,
  streamTraffic,
} from "@candor/sample-shop";

/** Options of {@link runSimulation}. */
export interface SimulationOptions {
  readonly seed: number;
  readonly shoppers: number;
  readonly days: number;
  /** Catalog size; default 2,000. */
  readonly items?: number;
  /** Slate length; default 10. */
  readonly k?: number;
  /** The explanation log every served slate is committed to (by the serving pipeline). */
  readonly log: ServingLog;
  /** Called for every served slate with its explanations and the consent state it was served under. */
  readonly onServe?: (served: ServedSlate) => void | Promise<void>;
  /** Progress lines. */
  readonly progress?: (text: string) => void;
  /** A holdout experiment the recommender runs (see `@candor/core/measure`). */
  readonly experiment?: Experiment;
  /**
   * The ground truth of shoppers' responses: each served item is clicked with `relevantClick` when the shopper's
   * taste for its category is at least 5 %, else `baseClick`; a click becomes a purchase with `purchaseGivenClick`.
   * Outcomes go to `onOutcome` only for shoppers who granted `analytics`.
   */
  readonly groundTruth?: {
    readonly baseClick: number;
    readonly relevantClick: number;
    readonly purchaseGivenClick: number;
    /** From this time on shoppers' tastes shift to other categories (a known drift the monitor should flag). */
    readonly shiftAt?: number;
  };
  /** Receives each admitted outcome event (impression, click, purchase). */
  readonly onOutcome?: (outcome: unknown) => void | Promise<void>;
}

/** The expected (true) share of visitors who click, by arm, from the response probabilities of what was served. */
export interface GroundTruth {
  readonly visitorClickProbability: Readonly<Record<string, number>>;
  readonly visitors: Readonly<Record<string, number>>;
}

/** One served slate of the simulation. */
export interface ServedSlate {
  readonly slate: Slate;
  readonly explanations: readonly Explanation[];
  /** How many log entries the slate was committed as (0 when the log failed: the slate was then non-personalized). */
  readonly entries: number;
  readonly consent: ConsentState;
  /** When the shopper last withdrew a consent, if they did (for "time from withdrawal to effect"). */
  readonly withdrawnAt: number | null;
  readonly shopper: SimShopper;
  /** Provider (seller) of each served item, by item id. */
  readonly providers: ReadonlyMap<string, string>;
  /** Top-level category of each served item, by item id. */
  readonly categories: ReadonlyMap<string, string>;
}

/** Summary counts of a run. */
export interface SimulationSummary {
  readonly events: number;
  readonly stored: number;
  readonly consentChanges: number;
  readonly slates: number;
  readonly personalized: number;
  /** Log entries committed. */
  readonly entries: number;
  /** Refits triggered by drift rather than by the daily schedule. */
  readonly driftRefits: number;
  /** Every shopper's Kantara consent receipt at the end of the run (shoppers who never chose have none). */
  readonly receipts: readonly ConsentReceipt[];
  /** With `groundTruth`: the expected visitor click rate per arm, over the visitors whose outcomes were counted. */
  readonly truth: GroundTruth | null;
  /**
   * Online drift monitoring of the personalized arm's click-through per impression, against the rate of the first
   * two days (threshold: a 10 % relative drop): how many checks ran and the drift events.
   */
  readonly drift: { readonly checks: number; readonly events: readonly DriftEvent[] } | null;
}

const DAY = 86_400_000;

/** Runs the simulation; resolves with counts once every slate has been handed to `onServe`. */
export async function runSimulation(options: SimulationOptions): Promise<SimulationSummary> {
  const catalog = createCatalog({ seed: options.seed, items: options.items ?? 2000 });
  const byId = new Map(catalog.items.map((p) => [p.id, p]));
  const sellers = new Map(catalog.sellers.map((s) => [s.id, s]));
  const categoryName = new Map(catalog.categories.map((c) => [c.id, c.name]));
  let now = Date.UTC(2026, 0, 1);
  const clock = () => now;
  const vault = createVault({ sensitiveTags: (id) => byId.get(id)?.sensitive, clock });
  const serving = createServing({
    catalog: catalog.items,
    vault,
    log: options.log,
    clock,
    explain: { categoryOf: (id) => categoryName.get(byId.get(id)?.categoryPath[0] ?? "") },
    ...(options.experiment ? { experiment: options.experiment } : {}),
    rerank: createRerankStage({
      exposure: createExposureTracker(),
      isProtected: (item) => sellers.get(item.sellerId ?? "")?.size === "independent",
    }),
  });
  const shoppers = new Map(
    createShoppers({ seed: options.seed, catalog, shoppers: options.shoppers }).map((s) => [s.subject, s]),
  );
  const managers = new Map<string, ConsentManager>();
  const seenSessions = new Set<string>();
  const summary = {
    events: 0,
    stored: 0,
    consentChanges: 0,
    slates: 0,
    personalized: 0,
    entries: 0,
    driftRefits: 0,
  };
  let lastFitAt = -1;
  const random = mulberry32(options.seed ^ 0x5eed);
  // After a taste shift a shopper likes, in each category, what they used to like in the category 7 places on.
  const leaves = catalog.categories.filter((c) => c.parent !== null).map((c) => c.id);
  const shifted = (leaf: string) => leaves[(leaves.indexOf(leaf) + 7) % leaves.length];
  // Per counted visitor: arm and the probability of never clicking so far (for the true visitor click rate).
  const noClick = new Map<string, { arm: string; p: number }>();
  const start = Date.UTC(2026, 0, 1);
  const warmUp = { impressions: 0, clicks: 0 };
  let baselineSet = false;
  const monitor = createDriftMonitor({ baseline: 1, window: DAY, bucket: 3_600_000, minImpressions: 500 });
  const managerOf = (shopper: SimShopper): ConsentManager => {
    let manager = managers.get(shopper.subject);
    if (!manager) {
      manager = createConsentManager({
        region: shopper.region,
        subject: shopper.subject,
        gpc: shopper.gpc,
        clock,
        controller: { name: "Candor Demo Shop", email: "privacy@demo.invalid" },
      });
      manager.noticeShown({ kind: "ui", control: "banner.shown", ui: "candor-banner@1" });
      managers.set(shopper.subject, manager);
    }
    return manager;
  };
  const k = options.k ?? 10;
  for (const record of streamTraffic({
    seed: options.seed,
    catalog,
    shoppers: options.shoppers,
    days: options.days,
  })) {
    now = record.at;
    // Refit daily, and at once when the drift monitor fired since the last fit (measure's retraining schedule).
    const schedule = retrainingSchedule({ lastFitAt, now, drift: monitor.getState().events }, { every: DAY });
    if (lastFitAt < 0 || schedule.due) {
      serving.fit();
      lastFitAt = now;
      if (schedule.reason === "drift") summary.driftRefits++;
      const day = Math.floor((now - Date.UTC(2026, 0, 1)) / DAY);
      options.progress?.(
        `day ${day + 1}: ${summary.events} events, ${summary.slates} slates, refit (${schedule.reason ?? "start"})`,
      );
    }
    if (record.type === "consent") {
      summary.consentChanges++;
      const shopper = shoppers.get(record.subject);
      const manager = shopper ? managerOf(shopper) : undefined;
      if (!manager) continue;
      const via = {
        kind: record.via === "gpc" ? "gpc" : "ui",
        control: `${record.via}.save`,
        ui: "candor-banner@1",
      } as const;
      if (record.via === "gpc") manager.applyGpc(true);
      else manager.set(record.choices, via);
      continue;
    }
    const shopper = shoppers.get(record.subject);
    if (!shopper) continue;
    const manager = managerOf(shopper);
    const consent = manager.getState();
    summary.events++;
    const outcome = await serving.ingest(record, consent);
    if (outcome.stored) summary.stored++;
    if (!seenSessions.has(record.session)) {
      seenSessions.add(record.session);
      const { slate, explanations, entries } = await serving.serve({
        consent,
        surface: "home",
        k,
        session: record.session,
        context: record.context,
        seed: summary.slates,
      });
      summary.slates++;
      summary.entries += entries?.length ?? 0;
      if (slate.mode === "personalized") summary.personalized++;
      const withdrawal = manager
        .record()
        ?.events.filter((e) => e.type === "withdrawn")
        .at(-1);
      if (options.groundTruth && options.onOutcome && slate.arm) {
        const truth = options.groundTruth;
        const emit = async (event: Record<string, unknown>) => {
          const admitted = admitOutcome(event, consent);
          if (admitted.admitted) await options.onOutcome?.(admitted.outcome);
          return admitted.admitted;
        };
        let impressions = 0;
        let clicks = 0;
        for (const item of slate.items) {
          const leaf = byId.get(item.item)?.category ?? "";
          const liked = (truth.shiftAt !== undefined && now >= truth.shiftAt ? shifted(leaf) : leaf) ?? leaf;
          const base = {
            subject: consent.subject,
            at: now,
            surface: "home",
            arm: slate.arm.arm,
            slate: slate.id,
            item: item.item,
          };
          if (!(await emit({ type: "impression", ...base }))) break;
          impressions++;
          const response = simulateClick(truth, shopper.tastes[liked] ?? 0, random);
          const visitor = noClick.get(consent.subject) ?? { arm: slate.arm.arm, p: 1 };
          visitor.p *= 1 - response.probability;
          noClick.set(consent.subject, visitor);
          if (response.clicked) {
            clicks++;
            await emit({ type: "click", ...base });
            if (response.purchased)
              await emit({ type: "purchase", ...base, revenue: byId.get(item.item)?.price ?? 0 });
          }
        }
        if (slate.arm.kind === "personalized" && impressions > 0) {
          if (now < start + 2 * DAY) {
            warmUp.impressions += impressions;
            warmUp.clicks += clicks;
          } else {
            if (!baselineSet && warmUp.impressions > 0) {
              monitor.setBaseline(warmUp.clicks / warmUp.impressions);
              baselineSet = true;
            }
            if (baselineSet) monitor.observe({ at: now, arm: slate.arm.arm, impressions, clicks });
          }
        }
      }
      await options.onServe?.({
        slate,
        explanations,
        entries: entries?.length ?? 0,
        consent,
        withdrawnAt: withdrawal?.at ?? null,
        shopper,
        providers: new Map(slate.items.map((i) => [i.item, byId.get(i.item)?.sellerId ?? ""])),
        categories: new Map(slate.items.map((i) => [i.item, byId.get(i.item)?.categoryPath[0] ?? ""])),
      });
    }
  }
  const receipts = [...managers.values()].flatMap((m) => toConsentReceipt(m) ?? []);
  let truth: GroundTruth | null = null;
  if (options.groundTruth) {
    const sums: Record<string, number> = {};
    const visitors: Record<string, number> = {};
    for (const { arm, p } of noClick.values()) {
      sums[arm] = (sums[arm] ?? 0) + (1 - p);
      visitors[arm] = (visitors[arm] ?? 0) + 1;
    }
    const visitorClickProbability = Object.fromEntries(
      Object.entries(sums).map(([arm, sum]) => [arm, sum / (visitors[arm] ?? 1)]),
    );
    truth = { visitorClickProbability, visitors };
  }
  if (baselineSet) monitor.check(now);
  const state = monitor.getState();
  const drift =
    options.groundTruth && baselineSet ? { checks: state.checks.length, events: state.events } : null;
  return { ...summary, receipts, truth, drift };
}
