/**
 * A closed feedback loop: simulated shoppers are served slates by an injected recommender, respond with a known
 * click model, and their tastes move toward what they click and buy, so a filter bubble can form (or be
 * countered). The true utility of every served slate is known.
 */
import { indexCatalog } from "./catalog-index.ts";
import { planShoppers } from "./create-shoppers.ts";
import { checkFinite, checkInteger, InvalidOptionError } from "./invalid-option-error.ts";
import { deriveSeed, mulberry32, type Random } from "./prng.ts";
import { regionProfile } from "./region-profiles.ts";
import { sampleCdf } from "./sampling.ts";
import type { Catalog, SimContext, SimEvent, SimItemEventType, SimShopper } from "./types.ts";

/** The stated response and feedback model; every field is reported with the run. */
export interface FeedbackModel {
  /** Mean visits per shopper and day, times the shopper's activity (Poisson, at most 3 a day). Default 0.5. */
  readonly visitsPerDay: number;
  /** Mean organic item views per visit (Poisson), drawn from the current taste like `streamTraffic`. Default 2. */
  readonly organicViews: number;
  /**
   * Click probability of an examined slate item at most this, as `maxClick`·a/(a + `halfSaturation`), where the
   * attractiveness a = L·τ(leaf)·q is the shopper's current taste for the item's leaf category times the number
   * of leaves L (1 = an average leaf), times the item's quality q. Default 0.35.
   */
  readonly maxClick: number;
  /** Attractiveness at which the click probability is half of `maxClick`; default 1. */
  readonly halfSaturation: number;
  /** Item quality q = (popularity prior / largest prior)^`qualityExponent`, in (0, 1]; default 0.25. */
  readonly qualityExponent: number;
  /** Probability that a click becomes a purchase (times the price-band factor of `streamTraffic`); default 0.12. */
  readonly purchaseGivenClick: number;
  /** Taste step toward the clicked item's leaf: τ ← (1 − η)·τ + η·e(leaf). Default 0.05. */
  readonly clickDrift: number;
  /** Taste step toward a bought item's leaf (after the click's own step); default 0.15. */
  readonly purchaseDrift: number;
}

/** The default {@link FeedbackModel}. */
export const defaultFeedbackModel: FeedbackModel = {
  visitsPerDay: 0.5,
  organicViews: 2,
  maxClick: 0.35,
  halfSaturation: 1,
  qualityExponent: 0.25,
  purchaseGivenClick: 0.12,
  clickDrift: 0.05,
  purchaseDrift: 0.15,
};

/** What the injected recommender is asked for. */
export interface SlateRequest {
  readonly shopper: SimShopper;
  /** Day of the loop from 0 (warm-up days are negative). */
  readonly day: number;
  readonly at: number;
  readonly session: string;
  readonly context: SimContext;
  readonly k: number;
}

/** Options of {@link simulateFeedbackLoop}. */
export interface FeedbackLoopOptions {
  /** Seed of the shoppers, their visits and responses; the same seed gives the same shoppers and visit times. */
  readonly seed: number;
  readonly catalog: Catalog;
  /** Number of shoppers; default 300. */
  readonly shoppers?: number;
  /** Days with slates; default 30. */
  readonly days?: number;
  /** Days of organic browsing before the first slate, so the recommender has history; no drift. Default 7. */
  readonly warmUpDays?: number;
  /** Slate length; default 10. */
  readonly k?: number;
  /** Start of day 0, epoch ms; default `Date.UTC(2026, 2, 1)`. Warm-up days come before it. */
  readonly start?: number;
  /** Overrides of {@link defaultFeedbackModel}. */
  readonly model?: Partial<FeedbackModel>;
  /** The recommender: item ids, best first. Unknown ids and repeats are ignored; extra items beyond `k` too. */
  readonly serveSlate: (request: SlateRequest) => readonly string[] | Promise<readonly string[]>;
  /** Every behaviour event (organic views, slate clicks as views, add-to-cart, purchases), in time order. */
  readonly onEvent?: (event: SimEvent, shopper: SimShopper) => void | Promise<void>;
  /** Called at the start of each day (warm-up days included, negative), e.g. to refit. */
  readonly onDay?: (day: number, at: number) => void | Promise<void>;
}

/** One served slate and what the shopper did with it. */
export interface LoopSlate {
  readonly day: number;
  readonly at: number;
  /** Index of the shopper in `FeedbackLoopRun.shoppers`. */
  readonly shopper: number;
  /** The served items, in slate order (known ids only, at most `k`). */
  readonly items: readonly string[];
  readonly clicked: readonly string[];
  readonly purchased: readonly string[];
  readonly revenue: number;
  /** True utility: the expected clicks of the slate under the shopper's tastes when it was served. */
  readonly expectedClicks: number;
  /** The expected clicks of the best possible slate for the shopper then (an oracle that knows the tastes). */
  readonly oracleClicks: number;
}

/** A finished loop: the shoppers, every slate, and the tastes at the end of each day. */
export interface FeedbackLoopRun {
  /** The model as used (defaults merged). */
  readonly model: FeedbackModel;
  readonly shoppers: readonly SimShopper[];
  /** Top-level category ids, the order of every taste vector below. */
  readonly departments: readonly string[];
  /** Each shopper's taste over departments at the start of day 0. */
  readonly startTastes: readonly Float64Array[];
  /** `tastes[day][shopper]`: the taste over departments at the end of each day with slates. */
  readonly tastes: readonly (readonly Float64Array[])[];
  readonly slates: readonly LoopSlate[];
}

const DAY = 86_400_000;
const HOUR = 3_600_000;

function poisson(random: Random, mean: number): number {
  const limit = Math.exp(-mean);
  let k = 0;
  for (let p = random(); p > limit; p *= random()) k++;
  return k;
}

/**
 * Runs the loop. Each day every shopper visits Poisson(`visitsPerDay`·activity) times (at most 3); a visit is a
 * few organic views drawn from the current taste, then one slate from `serveSlate`. Slot r (1-based) is examined
 * with probability 1/log2(r + 1) and an examined item clicked with the model's probability; a click may become a
 * purchase. Clicks and purchases move the taste toward the item's leaf category (the feedback). Visit times use
 * their own random stream, so two runs with the same seed visit at the same times whatever they serve.
 * Deterministic given the seed and a deterministic `serveSlate`; options are checked at once
 * (`InvalidOptionError`).
 */
export async function simulateFeedbackLoop(options: FeedbackLoopOptions): Promise<FeedbackLoopRun> {
  const { seed, catalog, shoppers: count = 300, days = 30, warmUpDays = 7, k = 10 } = options;
  const start = options.start ?? Date.UTC(2026, 2, 1);
  checkFinite("simulateFeedbackLoop.seed", seed);
  checkInteger("simulateFeedbackLoop.shoppers", count, 1, 1_000_000);
  checkInteger("simulateFeedbackLoop.days", days, 1, 3650);
  checkInteger("simulateFeedbackLoop.warmUpDays", warmUpDays, 0, 3650);
  checkInteger("simulateFeedbackLoop.k", k, 1, 1000);
  checkFinite("simulateFeedbackLoop.start", start);
  const model: FeedbackModel = { ...defaultFeedbackModel, ...options.model };
  for (const [name, value] of Object.entries(model)) {
    const max = name.endsWith("Drift") || name === "maxClick" || name === "purchaseGivenClick" ? 1 : 1000;
    if (!(typeof value === "number" && value >= 0 && value <= max))
      throw new InvalidOptionError(
        `simulateFeedbackLoop.model.${name}`,
        value,
        `must be a number in [0, ${max}]`,
      );
  }

  const index = indexCatalog(catalog);
  const items = catalog.items;
  const leafCount = index.leaves.length;
  const departments = [...new Set(index.leafTop)];
  const leafDepartment = Int32Array.from(index.leafTop, (top) => departments.indexOf(top));
  const maxPrior = Math.max(...items.map((p) => p.popularityPrior));
  const quality = Float64Array.from(
    items,
    (p) => (Math.max(p.popularityPrior, 0) / maxPrior) ** model.qualityExponent,
  );
  const idIndex = new Map(index.itemIds.map((id, i) => [id, i]));
  // Each leaf's items by quality, best first, for the oracle slate.
  const byQuality = index.leafItems.map((list) =>
    Array.from(list).sort((a, b) => (quality[b] as number) - (quality[a] as number)),
  );
  const examine = Float64Array.from({ length: k }, (_, r) => 1 / Math.log2(r + 2));

  const plans = planShoppers({ seed, catalog, shoppers: count });
  const shoppers = plans.map((p) => p.shopper);
  const tastes = plans.map((p) => Float64Array.from(p.taste));
  const visitRandom = plans.map((_, i) => mulberry32(deriveSeed(seed, `loop-visits:${i}`)));
  const responseRandom = plans.map((_, i) => mulberry32(deriveSeed(seed, `loop-responses:${i}`)));
  const offsets = shoppers.map((s) => regionProfile(s.region).utcOffset * HOUR);
  const sessions = new Int32Array(count);

  const clickProbability = (taste: Float64Array, item: number, rank: number): number => {
    const a = leafCount * (taste[index.itemLeaf[item] as number] as number) * (quality[item] as number);
    return (examine[rank] as number) * model.maxClick * (a / (a + model.halfSaturation));
  };
  const oracle = (taste: Float64Array): number => {
    const values: number[] = [];
    byQuality.forEach((list, leaf) => {
      const t = leafCount * (taste[leaf] as number);
      for (let j = 0; j < Math.min(k, list.length); j++)
        values.push(t * (quality[list[j] as number] as number));
    });
    values.sort((a, b) => b - a);
    let sum = 0;
    for (let r = 0; r < Math.min(k, values.length); r++) {
      const a = values[r] as number;
      sum += (examine[r] as number) * model.maxClick * (a / (a + model.halfSaturation));
    }
    return sum;
  };
  const drift = (taste: Float64Array, item: number, eta: number) => {
    if (eta <= 0) return;
    for (let l = 0; l < taste.length; l++) taste[l] = (1 - eta) * (taste[l] as number);
    const leaf = index.itemLeaf[item] as number;
    taste[leaf] = (taste[leaf] as number) + eta;
  };
  const departmentTaste = (taste: Float64Array): Float64Array => {
    const out = new Float64Array(departments.length);
    for (let l = 0; l < leafCount; l++) {
      const d = leafDepartment[l] as number;
      out[d] = (out[d] as number) + (taste[l] as number);
    }
    return out;
  };
  const leafCdf = new Float64Array(leafCount);

  const slates: LoopSlate[] = [];
  const dailyTastes: Float64Array[][] = [];
  let startTastes: Float64Array[] = [];
  for (let day = -warmUpDays; day < days; day++) {
    const dayStart = start + day * DAY;
    if (day === 0) startTastes = tastes.map(departmentTaste);
    await options.onDay?.(day, dayStart);
    const visits: { at: number; shopper: number }[] = [];
    for (let i = 0; i < count; i++) {
      const r = visitRandom[i] as Random;
      const n = Math.min(3, poisson(r, model.visitsPerDay * (shoppers[i] as SimShopper).activity));
      for (let v = 0; v < n; v++) visits.push({ at: dayStart + Math.floor(r() * DAY), shopper: i });
    }
    visits.sort((a, b) => a.at - b.at || a.shopper - b.shopper);
    for (const { at, shopper: i } of visits) {
      const shopper = shoppers[i] as SimShopper;
      const taste = tastes[i] as Float64Array;
      const r = responseRandom[i] as Random;
      const visit = (sessions[i] ?? 0) + 1;
      sessions[i] = visit;
      const session = `${shopper.subject}-loop-${String(visit).padStart(4, "0")}`;
      const hourOfDay = Math.floor(((((at + (offsets[i] as number)) % DAY) + DAY) % DAY) / HOUR);
      const context: SimContext = {
        device: shopper.device,
        hourOfDay,
        locale: shopper.locale,
        region: shopper.region,
      };
      let t = at;
      const emit = async (type: SimItemEventType, item: number) => {
        t += 1000;
        const event = {
          type,
          subject: shopper.subject,
          item: index.itemIds[item] as string,
          at: t,
          session,
          context,
        };
        await options.onEvent?.(event as SimEvent, shopper);
      };
      let sum = 0;
      for (let l = 0; l < leafCount; l++) {
        sum += (taste[l] as number) * (index.leafMass[l] as number);
        leafCdf[l] = sum;
      }
      for (let v = poisson(r, model.organicViews); v > 0; v--) {
        const leaf = sampleCdf(leafCdf, r);
        const j = leaf < 0 ? -1 : sampleCdf(index.leafItemCdf[leaf] as Float64Array, r);
        if (j >= 0) await emit("view", (index.leafItems[leaf] as Int32Array)[j] as number);
      }
      if (day < 0) continue;
      const request: SlateRequest = { shopper, day, at: t + 1000, session, context, k };
      const served = await options.serveSlate(request);
      const slate: number[] = [];
      for (const id of served) {
        const item = idIndex.get(id);
        if (item !== undefined && !slate.includes(item)) slate.push(item);
        if (slate.length === k) break;
      }
      t = request.at;
      const oracleClicks = oracle(taste);
      let expectedClicks = 0;
      const clicked: string[] = [];
      const purchased: string[] = [];
      let revenue = 0;
      const buyable = index.buyable(shopper.region);
      for (let rank = 0; rank < slate.length; rank++) {
        const item = slate[rank] as number;
        const p = clickProbability(taste, item, rank);
        expectedClicks += p;
        if (r() >= p) continue;
        clicked.push(index.itemIds[item] as string);
        await emit("view", item);
        drift(taste, item, model.clickDrift);
        const band = index.itemBand[item] as number;
        const price =
          band === 0
            ? 1 + 0.4 * shopper.priceSensitivity
            : band === 1
              ? 1
              : 1 - 0.7 * shopper.priceSensitivity;
        if (buyable[item] === 1 && r() < Math.min(1, model.purchaseGivenClick * price)) {
          await emit("add_to_cart", item);
          await emit("purchase", item);
          purchased.push(index.itemIds[item] as string);
          revenue += (items[item] as (typeof items)[number]).price;
          drift(taste, item, model.purchaseDrift);
        }
      }
      slates.push({
        day,
        at: request.at,
        shopper: i,
        items: slate.map((item) => index.itemIds[item] as string),
        clicked,
        purchased,
        revenue: Math.round(revenue * 100) / 100,
        expectedClicks,
        oracleClicks,
      });
    }
    if (day >= 0) dailyTastes.push(tastes.map(departmentTaste));
  }
  return { model, shoppers, departments, startTastes, tastes: dailyTastes, slates };
}
