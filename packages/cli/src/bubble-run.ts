/**
 * One arm of `candor bubble`: the sample shop's feedback loop served by the serving pipeline at one variety
 * setting, measured per day (filter bubble, homogenization, exposure, clicks, revenue, true utility).
 */
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import {
  createExplanationLog,
  createLogSigner,
  createPseudonymizer,
  generatePseudonymKey,
} from "@candor/core/audit";
import { jsonlLogStorage, nodeBodyCipher, nodeSha256 } from "@candor/core/audit/node";
import { type ConsentState, createConsentManager } from "@candor/core/consent/manager";
import { gini } from "@candor/core/eval";
import { createVault } from "@candor/core/policy";
import {
  categoryEntropy,
  countValues,
  createExposureTracker,
  createRerankStage,
  longTailSet,
  longTailShare,
  meanJaccard,
  nearestPairs,
  samplePairs,
} from "@candor/core/rerank";
import { createServing } from "@candor/core/serve";
import {
  type Catalog,
  createCatalog,
  type FeedbackLoopRun,
  type FeedbackModel,
  simulateFeedbackLoop,
} from "@candor/sample-shop";

/** The measures of one day of one arm and seed. */
export interface BubbleDayMetrics {
  /** Mean over shoppers of the entropy (bits) of their tastes over departments at the day's end (the simulator's truth). */
  readonly tasteEntropy: number;
  /** Mean over shoppers of their taste's share outside their three starting departments (truth). */
  readonly tasteOutsideShare: number;
  /**
   * Mean over shoppers with at least two clicks in the last 7 days of the entropy of those clicks' departments;
   * `null` when nobody qualifies.
   */
  readonly consumptionEntropy: number | null;
  /** Share of the last 7 days' clicks outside the clicker's three starting departments; `null` without clicks. */
  readonly outsideShare: number | null;
  /** Mean Jaccard overlap of shoppers' consumed (clicked) item sets so far, over sampled pairs of shoppers. */
  readonly homogeneity: number | null;
  /** The same over pairs of shoppers with the closest starting tastes (Chaney et al.'s control). */
  readonly homogeneityNearest: number | null;
  /** Gini of the day's position-weighted exposure over all catalog items. */
  readonly itemGini: number;
  /** Gini of the day's position-weighted exposure over all sellers. */
  readonly providerGini: number;
  /** Share of the day's served slots holding long-tail items (outside the head with 80 % of the popularity prior). */
  readonly longTailShare: number;
  /** Clicks per shopper that day. */
  readonly clicks: number;
  /** Revenue per shopper that day. */
  readonly revenue: number;
  /** Mean true utility (expected clicks) per served slate that day. */
  readonly utility: number;
  /** Σ true utility / Σ the oracle's utility that day. */
  readonly utilityShare: number;
  readonly slates: number;
}

/** What the serving pipeline reported for one arm run: every slate should be personalized and logged. */
export interface ServedCounts {
  readonly slates: number;
  readonly personalized: number;
  /** Explanation-log entries committed. */
  readonly entries: number;
  /** Stage failures reported through `onError` (each degraded a slate). */
  readonly issues: number;
}

/** Options of one arm run. */
export interface BubbleArmOptions {
  /** Seed of the catalog, the shoppers and their visits. */
  readonly seed: number;
  /** The variety setting passed with every request (0: re-ranking off). */
  readonly variety: number;
  /** Simulated shoppers. */
  readonly shoppers: number;
  /** Days with slates. */
  readonly days: number;
  /** Catalog size. */
  readonly items: number;
  /** Slate length. */
  readonly k: number;
  /** Days of organic browsing before the first slate. */
  readonly warmUpDays: number;
  /** Overrides of the feedback model; default `defaultFeedbackModel`. */
  readonly model?: Partial<FeedbackModel>;
  /** Shoppers compared pairwise for homogeneity; default 2000 pairs. */
  readonly pairs?: number;
}

const DAY = 86_400_000;
const WINDOW = 7;

/**
 * Runs the loop for one arm and seed through `createServing(...).serve()`: the vault, the re-rank stage at the arm's
 * variety, explanations and an explanation log in a temporary JSON-lines file (every personalized slate is
 * committed before it is shown, as in a shop; the file is removed afterwards), refitted at the start of each day;
 * and measures it per day.
 */
export async function runBubbleArm(
  options: BubbleArmOptions,
): Promise<{ run: FeedbackLoopRun; daily: BubbleDayMetrics[]; served: ServedCounts }> {
  const catalog = createCatalog({ seed: options.seed, items: options.items });
  const byId = new Map(catalog.items.map((p) => [p.id, p]));
  const sellers = new Map(catalog.sellers.map((s) => [s.id, s]));
  const categoryName = new Map(catalog.categories.map((c) => [c.id, c.name]));
  let now = Date.UTC(2026, 2, 1) - options.warmUpDays * DAY;
  const clock = () => now;
  const dir = await mkdtemp(join(tmpdir(), "candor-bubble-"));
  const log = createExplanationLog({
    storage: jsonlLogStorage({ path: join(dir, "log.jsonl"), keysPath: join(dir, "keys", "key-ring.jsonl") }),
    signer: await createLogSigner(),
    pseudonymizer: createPseudonymizer({ keys: [generatePseudonymKey()] }),
    hash: nodeSha256,
    cipher: nodeBodyCipher,
    schedule: null,
    clock,
  });
  await log.ready;
  const serving = createServing({
    catalog: catalog.items,
    vault: createVault({ sensitiveTags: (id) => byId.get(id)?.sensitive, clock }),
    log,
    clock,
    explain: { categoryOf: (id) => categoryName.get(byId.get(id)?.categoryPath[0] ?? "") },
    rerank: createRerankStage({
      exposure: createExposureTracker(),
      isProtected: (item) => sellers.get(item.sellerId ?? "")?.size === "independent",
    }),
  });
  const consents = new Map<string, ConsentState>();
  const consentOf = (subject: string, region: string): ConsentState => {
    let state = consents.get(subject);
    if (!state) {
      const manager = createConsentManager({ region, subject, clock });
      state = manager.acceptAll({ kind: "ui", control: "banner.accept-all", ui: "candor-bubble@1" });
      consents.set(subject, state);
    }
    return state;
  };
  let served = 0;
  const run = await simulateFeedbackLoop({
    seed: options.seed,
    catalog,
    shoppers: options.shoppers,
    days: options.days,
    warmUpDays: options.warmUpDays,
    k: options.k,
    ...(options.model ? { model: options.model } : {}),
    onDay: (_day, at) => {
      now = at;
      serving.fit();
    },
    onEvent: async (event, shopper) => {
      now = event.at;
      await serving.ingest(event, consentOf(shopper.subject, shopper.region));
    },
    serveSlate: async (request) => {
      now = request.at;
      const { slate } = await serving.serve({
        consent: consentOf(request.shopper.subject, request.shopper.region),
        surface: "home",
        k: request.k,
        session: request.session,
        context: request.context,
        variety: options.variety,
        seed: served++,
      });
      return slate.items.map((item) => item.item);
    },
  });
  const state = serving.getState();
  await log.close();
  await rm(dir, { recursive: true, force: true });
  return {
    run,
    daily: measureLoop(run, catalog, options.pairs ?? 2000),
    served: {
      slates: state.slates,
      personalized: state.personalized,
      entries: state.entries,
      issues: state.issues,
    },
  };
}

/** The per-day measures of a finished loop (pure). */
export function measureLoop(run: FeedbackLoopRun, catalog: Catalog, pairLimit = 2000): BubbleDayMetrics[] {
  const days = run.tastes.length;
  const n = run.shoppers.length;
  const department = new Map(catalog.items.map((p) => [p.id, p.categoryPath[0] ?? p.category]));
  const itemIndex = new Map(catalog.items.map((p, i) => [p.id, i]));
  const sellerIndex = new Map(catalog.sellers.map((s, i) => [s.id, i]));
  const sellerOf = catalog.items.map((p) => sellerIndex.get(p.sellerId) ?? 0);
  const tail = longTailSet(new Map(catalog.items.map((p) => [p.id, p.popularityPrior])));
  const top3 = run.startTastes.map(
    (t) =>
      new Set(
        [...t]
          .map((w, d) => [w, d] as const)
          .sort((a, b) => b[0] - a[0] || a[1] - b[1])
          .slice(0, 3)
          .map(([, d]) => run.departments[d] as string),
      ),
  );
  const outsideTaste = (taste: Float64Array, i: number) =>
    [...taste].reduce((s, w, d) => s + (top3[i]?.has(run.departments[d] as string) ? 0 : w), 0);
  const pairs = samplePairs(n, pairLimit, 0x0b0b);
  const nearest = nearestPairs(run.startTastes);
  const byDay = Array.from({ length: days }, () => [] as (typeof run.slates)[number][]);
  for (const slate of run.slates) byDay[slate.day]?.push(slate);
  const consumed = Array.from({ length: n }, () => new Set<string>());
  const recent: { day: number; shopper: number; item: string }[] = [];
  const metrics: BubbleDayMetrics[] = [];
  for (let day = 0; day < days; day++) {
    const slates = byDay[day] ?? [];
    const itemExposure = new Float64Array(catalog.items.length);
    const providerExposure = new Float64Array(catalog.sellers.length);
    let slots = 0;
    let tailSlots = 0;
    let clicks = 0;
    let revenue = 0;
    let utility = 0;
    let oracle = 0;
    for (const slate of slates) {
      slate.items.forEach((item, r) => {
        const i = itemIndex.get(item);
        if (i === undefined) return;
        const w = 1 / Math.log2(r + 2);
        itemExposure[i] = (itemExposure[i] ?? 0) + w;
        const s = sellerOf[i] ?? 0;
        providerExposure[s] = (providerExposure[s] ?? 0) + w;
      });
      slots += slate.items.length;
      tailSlots += longTailShare(slate.items, tail) * slate.items.length;
      clicks += slate.clicked.length;
      revenue += slate.revenue;
      utility += slate.expectedClicks;
      oracle += slate.oracleClicks;
      for (const item of slate.clicked) {
        consumed[slate.shopper]?.add(item);
        recent.push({ day, shopper: slate.shopper, item });
      }
    }
    while (recent.length > 0 && (recent[0]?.day ?? day) <= day - WINDOW) recent.shift();
    const windowed = Array.from({ length: n }, () => [] as string[]);
    let outside = 0;
    for (const c of recent) {
      const d = department.get(c.item) ?? "";
      windowed[c.shopper]?.push(d);
      if (!top3[c.shopper]?.has(d)) outside++;
    }
    const entropies = windowed
      .filter((w) => w.length >= 2)
      .map((w) => categoryEntropy(countValues(w).values()));
    const tastes = run.tastes[day] ?? [];
    metrics.push({
      tasteEntropy: tastes.reduce((s, t) => s + categoryEntropy(t), 0) / Math.max(1, tastes.length),
      tasteOutsideShare: tastes.reduce((s, t, i) => s + outsideTaste(t, i), 0) / Math.max(1, tastes.length),
      consumptionEntropy:
        entropies.length > 0 ? entropies.reduce((s, h) => s + h, 0) / entropies.length : null,
      outsideShare: recent.length > 0 ? outside / recent.length : null,
      homogeneity: meanJaccard(consumed, pairs),
      homogeneityNearest: meanJaccard(consumed, nearest),
      itemGini: gini(itemExposure),
      providerGini: gini(providerExposure),
      longTailShare: slots > 0 ? tailSlots / slots : 0,
      clicks: clicks / n,
      revenue: revenue / n,
      utility: slates.length > 0 ? utility / slates.length : 0,
      utilityShare: oracle > 0 ? utility / oracle : 0,
      slates: slates.length,
    });
  }
  return metrics;
}
