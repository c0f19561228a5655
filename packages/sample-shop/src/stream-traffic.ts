/** The traffic simulator as a stream: sessions of simulated shoppers merged into one time-ordered record stream. */
import { type CatalogIndex, indexCatalog } from "./catalog-index.ts";
import { GPC_PURPOSES } from "./consent-choices.ts";
import { planShoppers, type ShopperPlan } from "./create-shoppers.ts";
import { checkFinite, checkInteger, InvalidOptionError } from "./invalid-option-error.ts";
import { MinHeap } from "./min-heap.ts";
import { deriveSeed, mulberry32, type Random } from "./prng.ts";
import { regionProfile } from "./region-profiles.ts";
import { normal, sampleCdf } from "./sampling.ts";
import type {
  Catalog,
  SimConsentChange,
  SimContext,
  SimEvent,
  SimItemEventType,
  SimRecord,
  SimShopper,
} from "./types.ts";

/** Options of {@link streamTraffic} and `simulateTraffic`. */
export interface TrafficOptions {
  /** Seed; the same seed and options give the same records. */
  readonly seed: number;
  /** The catalog shoppers browse. */
  readonly catalog: Catalog;
  /** Number of simulated shoppers; default 500. */
  readonly shoppers?: number;
  /** Length of the run in days; default 30. */
  readonly days?: number;
  /** Start of the run, epoch milliseconds; default `Date.UTC(2026, 0, 1)`. */
  readonly start?: number;
  /** Mean behaviour events per shopper and day; default 2, or a little over `maxEvents / (shoppers × days)` when that is set. */
  readonly eventsPerShopperPerDay?: number;
  /**
   * Stop after exactly this many behaviour events (consent changes not counted). The run then ends there, or
   * runs on past `days` in the rare case the window held fewer. Default: no limit, the window decides.
   */
  readonly maxEvents?: number;
}

const DAY_MS = 86_400_000;
const HOUR_MS = 3_600_000;
/** Relative shopping intensity by local hour, peaking in the evening. */
const DIURNAL = [
  0.15, 0.08, 0.05, 0.04, 0.04, 0.06, 0.15, 0.3, 0.45, 0.55, 0.6, 0.65, 0.75, 0.7, 0.65, 0.65, 0.7, 0.8, 0.9,
  1, 1, 0.9, 0.6, 0.35,
];
const MEAN_DIURNAL = DIURNAL.reduce((a, b) => a + b, 0) / DIURNAL.length;
/** Mean behaviour events per session of the model below, measured; converts events/day into sessions/day. */
const EVENTS_PER_SESSION = 5.6;
/** With `maxEvents` only, plan this many times more events, so the run rarely outlasts the window. */
const MAX_EVENTS_MARGIN = 1.15;
const SEARCH_SHARE = 0.3;
const SWITCH_SHARE = 0.25;
const MEAN_EXTRA_VIEWS = 4;
const CART_RATE = 0.12;
const BUY_RATE = 0.5;
const RATE_SHARE = 0.35;
const DISMISS_RATE = 0.05;
const MAIN_DEVICE_SHARE = 0.8;

interface TrafficConfig {
  readonly seed: number;
  readonly index: CatalogIndex;
  readonly shoppers: number;
  readonly start: number;
  readonly end: number;
  readonly sessionsPerDay: number;
  readonly maxEvents: number;
}

/**
 * Streams the simulated traffic: behaviour events and consent changes of `createShoppers({ seed, catalog,
 * shoppers })`, merged in time order (non-decreasing `at`). Item choice follows taste(category) × popularity
 * prior; the funnel is views ≫ add-to-cart > purchase; ratings follow purchases in a later session. Options are
 * checked at once and throw `InvalidOptionError`; records are generated lazily.
 */
export function streamTraffic(options: TrafficOptions): Generator<SimRecord, void, undefined> {
  return prepareTraffic(options).records;
}

/** The shoppers of a run and its lazy record stream; shared by {@link streamTraffic} and `simulateTraffic`. */
export function prepareTraffic(options: TrafficOptions): {
  shoppers: SimShopper[];
  records: Generator<SimRecord, void, undefined>;
} {
  const config = resolveConfig(options);
  const plans = planShoppers({ seed: config.seed, catalog: options.catalog, shoppers: config.shoppers });
  return { shoppers: plans.map((p) => p.shopper), records: runTraffic(config, plans) };
}

function resolveConfig(options: TrafficOptions): TrafficConfig {
  const { seed, catalog, shoppers = 500, days = 30, start = Date.UTC(2026, 0, 1), maxEvents } = options;
  checkFinite("simulateTraffic.seed", seed);
  checkInteger("simulateTraffic.shoppers", shoppers, 1, 9_999_999);
  checkFinite("simulateTraffic.start", start);
  if (!(days > 0) || !Number.isFinite(days)) {
    throw new InvalidOptionError("simulateTraffic.days", days, "must be a positive number");
  }
  if (maxEvents !== undefined) checkInteger("simulateTraffic.maxEvents", maxEvents, 0);
  const perDay =
    options.eventsPerShopperPerDay ??
    (maxEvents !== undefined ? (MAX_EVENTS_MARGIN * Math.max(maxEvents, 1)) / (shoppers * days) : 2);
  if (!(perDay > 0) || !Number.isFinite(perDay)) {
    throw new InvalidOptionError(
      "simulateTraffic.eventsPerShopperPerDay",
      perDay,
      "must be a positive number",
    );
  }
  return {
    seed,
    index: indexCatalog(catalog),
    shoppers,
    start: Math.floor(start),
    end: Math.floor(start + days * DAY_MS),
    sessionsPerDay: perDay / EVENTS_PER_SESSION,
    maxEvents: maxEvents ?? Number.POSITIVE_INFINITY,
  };
}

/** What the simulator tracks for one shopper between sessions. */
class ShopperRun {
  readonly random: Random;
  readonly subject: string;
  readonly utcOffsetMs: number;
  /** Cumulative taste × leaf popularity mass, to draw a session's intent leaf. */
  readonly leafCdf: Float64Array;
  /** Sessions started per millisecond of peak hour. */
  readonly peakRate: number;
  readonly withdrawAt: number;
  buffer: SimRecord[] = [];
  pos = 0;
  sessions = 0;
  consentShown = false;
  withdrawn = false;
  pendingRatings: number[] = [];

  constructor(
    readonly plan: ShopperPlan,
    config: TrafficConfig,
    i: number,
  ) {
    const { shopper, taste } = plan;
    this.random = mulberry32(deriveSeed(config.seed, `traffic:${i}`));
    this.subject = shopper.subject;
    this.utcOffsetMs = regionProfile(shopper.region).utcOffset * HOUR_MS;
    const mass = config.index.leafMass;
    this.leafCdf = new Float64Array(taste.length);
    let sum = 0;
    for (let l = 0; l < taste.length; l++) {
      sum += (taste[l] as number) * (mass[l] as number);
      this.leafCdf[l] = sum;
    }
    this.peakRate = (config.sessionsPerDay * shopper.activity) / MEAN_DIURNAL / DAY_MS;
    const w = plan.withdrawal;
    this.withdrawAt = w ? config.start + w.fraction * (config.end - config.start) : Number.POSITIVE_INFINITY;
  }
}

function* runTraffic(
  config: TrafficConfig,
  plans: readonly ShopperPlan[],
): Generator<SimRecord, void, undefined> {
  if (config.maxEvents === 0) return;
  const windowed = config.maxEvents === Number.POSITIVE_INFINITY;
  const runs = plans.map((plan, i) => new ShopperRun(plan, config, i));
  const heap = new MinHeap(runs.length);
  runs.forEach((run, i) => {
    if (fillSession(run, config, config.start)) heap.push((run.buffer[0] as SimRecord).at, i);
  });
  let emitted = 0;
  while (heap.size > 0) {
    if (windowed && heap.topKey() >= config.end) return;
    const i = heap.topId();
    const run = runs[i] as ShopperRun;
    const record = run.buffer[run.pos++] as SimRecord;
    yield record;
    if (record.type !== "consent" && ++emitted >= config.maxEvents) return;
    if (run.pos < run.buffer.length || fillSession(run, config, record.at)) {
      heap.replaceTop((run.buffer[run.pos] as SimRecord).at, i);
    } else {
      heap.pop();
    }
  }
}

/** Next session start after `from`: a Poisson process thinned by the local hour of day. */
function nextSessionStart(run: ShopperRun, from: number): number {
  if (!(run.peakRate > 0)) return Number.POSITIVE_INFINITY;
  const random = run.random;
  let t = from;
  for (;;) {
    t += -Math.log(1 - random()) / run.peakRate;
    const hour = Math.floor(((((t + run.utcOffsetMs) % DAY_MS) + DAY_MS) % DAY_MS) / HOUR_MS);
    if (random() < (DIURNAL[hour] ?? 0)) return Math.floor(t);
  }
}

const dwell = (random: Random, mean: number): number => 2000 + Math.floor(-Math.log(1 - random()) * mean);

/** Generates the shopper's next session (and due consent changes) into its buffer; `false` when none comes. */
function fillSession(run: ShopperRun, config: TrafficConfig, from: number): boolean {
  const { random, plan, subject } = run;
  const { shopper, taste } = plan;
  const { index } = config;
  const items = index.catalog.items;
  const ids = index.itemIds;
  const buffer: SimRecord[] = [];
  run.buffer = buffer;
  run.pos = 0;

  const start = nextSessionStart(run, from);
  if (start === Number.POSITIVE_INFINITY) return false;
  let bannerAt = -1;
  if (!run.consentShown) {
    run.consentShown = true;
    if (shopper.gpc) {
      buffer.push(consent(subject, start, Object.fromEntries(GPC_PURPOSES.map((p) => [p, false])), "gpc"));
    }
    if (plan.banner) buffer.push(consent(subject, start, plan.banner, "banner"));
    bannerAt = start;
  }
  if (!run.withdrawn && plan.withdrawal && run.withdrawAt <= start) {
    run.withdrawn = true;
    const at = bannerAt >= 0 ? start : Math.max(Math.floor(run.withdrawAt), from);
    buffer.push(consent(subject, at, plan.withdrawal.choices, "settings"));
  }

  const session = `${subject}-${String(++run.sessions).padStart(3, "0")}`;
  const device =
    random() < MAIN_DEVICE_SHARE ? shopper.device : shopper.device === "mobile" ? "desktop" : "mobile";
  const hourOfDay = Math.floor(((((start + run.utcOffsetMs) % DAY_MS) + DAY_MS) % DAY_MS) / HOUR_MS);
  const context: SimContext = Object.freeze({
    device,
    hourOfDay,
    locale: shopper.locale,
    region: shopper.region,
  });
  const leafCount = index.leaves.length;
  const buyable = index.buyable(shopper.region);
  const sensitivity = shopper.priceSensitivity;
  let t = start + 1000 + Math.floor(random() * 4000);

  for (const item of run.pendingRatings) {
    const l = index.itemLeaf[item] as number;
    const affinity = Math.tanh(Math.log(Math.max((taste[l] as number) * leafCount, 1e-3)));
    const stars = Math.min(5, Math.max(1, Math.round(3.4 + 0.9 * affinity + 0.9 * normal(random))));
    buffer.push({
      type: "rating",
      subject,
      item: ids[item] as string,
      rating: stars as 1 | 2 | 3 | 4 | 5,
      at: t,
      session,
      context,
    });
    t += dwell(random, 20_000);
  }
  run.pendingRatings = [];

  let leaf = Math.max(0, sampleCdf(run.leafCdf, random));
  if (random() < SEARCH_SHARE) {
    const probe = pickInLeaf(index, leaf, random);
    const query = items[probe]?.tags[0] ?? index.leaves[leaf] ?? "";
    buffer.push({ type: "search", subject, query, at: t, session, context });
    t += dwell(random, 8000);
  }
  const cart: number[] = [];
  const views = 1 + Math.floor(-Math.log(1 - random()) * MEAN_EXTRA_VIEWS);
  for (let v = 0; v < views; v++) {
    if (v > 0 && random() < SWITCH_SHARE) leaf = Math.max(0, sampleCdf(run.leafCdf, random));
    const item = pickInLeaf(index, leaf, random);
    buffer.push(itemEvent("view", subject, ids[item] as string, t, session, context));
    t += dwell(random, 35_000);
    if (
      buyable[item] === 1 &&
      random() < CART_RATE * priceFactor(index.itemBand[item] as number, sensitivity)
    ) {
      buffer.push(itemEvent("add_to_cart", subject, ids[item] as string, t, session, context));
      cart.push(item);
      t += dwell(random, 10_000);
    }
    if (random() < DISMISS_RATE) {
      // Shoppers dismiss popular items they are shown from categories they like less than half the average.
      const other = Math.max(0, sampleCdf(index.itemCdf, random));
      if ((taste[index.itemLeaf[other] as number] as number) * leafCount < 0.5) {
        buffer.push(itemEvent("dismiss", subject, ids[other] as string, t, session, context));
        t += dwell(random, 3000);
      }
    }
  }
  for (const item of cart) {
    if (random() < Math.min(0.95, BUY_RATE * priceFactor(index.itemBand[item] as number, sensitivity))) {
      buffer.push(itemEvent("purchase", subject, ids[item] as string, t, session, context));
      t += dwell(random, 15_000);
      if (random() < RATE_SHARE) run.pendingRatings.push(item);
    }
  }
  return true;
}

/** How much more (or less) likely a band is carted and bought, by the shopper's price sensitivity. */
function priceFactor(band: number, sensitivity: number): number {
  return band === 0 ? 1 + 0.4 * sensitivity : band === 1 ? 1 : 1 - 0.7 * sensitivity;
}

function pickInLeaf(index: CatalogIndex, leaf: number, random: Random): number {
  const list = index.leafItems[leaf] as Int32Array;
  const j = sampleCdf(index.leafItemCdf[leaf] as Float64Array, random);
  return j >= 0 ? (list[j] as number) : Math.max(0, sampleCdf(index.itemCdf, random));
}

function itemEvent(
  type: SimItemEventType,
  subject: string,
  item: string,
  at: number,
  session: string,
  context: SimContext,
): SimEvent {
  return { type, subject, item, at, session, context };
}

function consent(
  subject: string,
  at: number,
  choices: SimConsentChange["choices"],
  via: SimConsentChange["via"],
): SimConsentChange {
  return { type: "consent", subject, at, choices, via };
}
