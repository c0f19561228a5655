/** Online drift monitoring: each arm's click-through rate in time buckets, checked against its baseline. */

import * as z from "zod/mini";
import { ConfigError } from "../internal/candor-error.ts";
import { firstIssue } from "../internal/zod-issue.ts";
import { normalCdf } from "./normal.ts";
import type { DriftEvent, Outcome } from "./types.ts";

/** Options of {@link createDriftMonitor}. */
export interface DriftMonitorOptions {
  /** Baseline CTR (clicks per impression) in (0, 1]: one for every arm, or per arm id (other arms are not monitored). */
  readonly baseline: number | Readonly<Record<string, number>>;
  /** Relative drop that counts as drift: flag when CTR is significantly below baseline · (1 − threshold). Default 0.1. */
  readonly threshold?: number;
  /** Length of the rolling window in milliseconds, rounded to a whole number of buckets. */
  readonly window: number;
  /** Width of a time bucket in milliseconds (buckets align to the epoch); checks run as each bucket closes. Default 1 hour, at most `window`. */
  readonly bucket?: number;
  /** Fewest impressions in the window for a check; fewer means no decision. Default 1000. */
  readonly minImpressions?: number;
  /** One-sided confidence of the test; default 0.99, strict because it is repeated at every bucket. */
  readonly confidence?: number;
  /** Called once when an arm starts drifting (again only after it recovered or was re-baselined). Default none. */
  readonly onDrift?: (event: DriftEvent) => void;
  /** How many checks to keep for the chart; default 10,000. */
  readonly history?: number;
}

/** One check of one arm's rolling window: a point of the drift chart. */
export interface DriftCheck {
  /** End of the window, epoch ms. */
  readonly at: number;
  readonly arm: string | null;
  readonly impressions: number;
  readonly clicks: number;
  /** Rolling CTR, or `null` without impressions. */
  readonly ctr: number | null;
  readonly baseline: number;
  /** Whether the arm is flagged as drifting after this check. */
  readonly drifting: boolean;
}

/** A snapshot of the monitor. */
export interface DriftMonitorState {
  /** Every drift detected, oldest first: what the audit report lists. */
  readonly events: readonly DriftEvent[];
  /** The latest checks (at most `history`), oldest first. */
  readonly checks: readonly DriftCheck[];
  /** The arms currently drifting. */
  readonly drifting: readonly (string | null)[];
}

/** Monitors arm CTR over time; `record` each impression and click. */
export interface DriftMonitor {
  /** Counts an impression or click (other outcomes are ignored); a later bucket closes earlier ones and checks them. */
  record(outcome: Outcome): readonly DriftEvent[];
  /** Counts aggregated impressions and clicks of an arm at `at`. */
  observe(sample: {
    readonly at: number;
    readonly arm: string | null;
    readonly impressions: number;
    readonly clicks: number;
  }): readonly DriftEvent[];
  /** Closes and checks every bucket that ended by `now`; returns the drift events detected. */
  check(now: number): readonly DriftEvent[];
  /** Replaces the baseline (e.g. after a refit) and clears the drifting flags. */
  setBaseline(baseline: DriftMonitorOptions["baseline"]): void;
  /** A snapshot, the same object until the next change. */
  getState(): DriftMonitorState;
  /** Calls `listener` after each change; returns the unsubscribe function. */
  subscribe(listener: () => void): () => void;
}

const rate = z.number().check(z.gt(0), z.lte(1));
const baselineSchema = z.union([rate, z.record(z.string(), rate)]);
const optionsSchema = z.strictObject({
  baseline: baselineSchema,
  threshold: z.optional(z.number().check(z.gt(0), z.lt(1))),
  window: z.number().check(z.gt(0)),
  bucket: z.optional(z.number().check(z.gt(0))),
  minImpressions: z.optional(z.int().check(z.gte(1))),
  confidence: z.optional(z.number().check(z.gt(0), z.lt(1))),
  onDrift: z.optional(
    z.custom<(event: DriftEvent) => void>((v) => typeof v === "function", "must be a function"),
  ),
  history: z.optional(z.int().check(z.gte(0))),
});

function validate<T>(schema: z.ZodMiniType<T>, input: unknown, prefix = ""): T {
  const parsed = schema.safeParse(input);
  if (!parsed.success) {
    const { path, reason, value } = firstIssue(parsed.error, input);
    throw new ConfigError(prefix && path ? `${prefix}.${path}` : prefix || path, reason, value);
  }
  return parsed.data;
}

const count = (n: number): number => (Number.isFinite(n) && n > 0 ? n : 0);

interface Series {
  readonly buckets: Map<number, { impressions: number; clicks: number }>;
  drifting: boolean;
}

/**
 * Creates a drift monitor (a closure: it holds the buckets). When a bucket closes, each monitored arm's CTR over
 * the rolling window is tested one-sided against the drift line b·(1 − threshold): z = (p̂ − line)/√(line(1 −
 * line)/n), drift when Φ(z) < 1 − confidence and n ≥ `minImpressions`, so noise around a stable baseline does not
 * flag. Impressions are treated as independent trials; with many impressions per visitor keep `confidence`
 * strict. Throws {@link ConfigError} for invalid options.
 */
export function createDriftMonitor(options: DriftMonitorOptions): DriftMonitor {
  validate(optionsSchema, options);
  const threshold = options.threshold ?? 0.1;
  const bucket = options.bucket ?? Math.min(options.window, 3_600_000);
  if (bucket > options.window) throw new ConfigError("bucket", "must not exceed window", bucket);
  const width = Math.max(1, Math.round(options.window / bucket));
  const minImpressions = options.minImpressions ?? 1000;
  const alpha = 1 - (options.confidence ?? 0.99);
  const history = options.history ?? 10_000;
  let baseline = options.baseline;
  const series = new Map<string | null, Series>();
  const events: DriftEvent[] = [];
  const checks: DriftCheck[] = [];
  const listeners = new Set<() => void>();
  let current: number | null = null;
  let snapshot: DriftMonitorState | undefined;

  const baselineOf = (arm: string | null): number | undefined =>
    typeof baseline === "number" ? baseline : arm === null ? undefined : baseline[arm];
  const changed = () => {
    snapshot = undefined;
    for (const listener of listeners) listener();
  };

  const close = (index: number, found: DriftEvent[]) => {
    const at = (index + 1) * bucket;
    for (const [arm, s] of series) {
      const b = baselineOf(arm);
      if (b === undefined) continue;
      let impressions = 0;
      let clicks = 0;
      for (const [i, counts] of s.buckets) {
        if (i <= index - width) s.buckets.delete(i);
        else if (i <= index) {
          impressions += counts.impressions;
          clicks += counts.clicks;
        }
      }
      const ctr = impressions > 0 ? clicks / impressions : null;
      const line = b * (1 - threshold);
      if (ctr !== null && impressions >= minImpressions) {
        const pValue = normalCdf((ctr - line) / Math.sqrt((line * (1 - line)) / impressions));
        if (pValue < alpha && !s.drifting) {
          s.drifting = true;
          const event: DriftEvent = {
            source: "online",
            at,
            metric: "ctr",
            arm,
            baseline: b,
            observed: ctr,
            threshold,
            drop: (b - ctr) / b,
            sample: impressions,
            pValue,
          };
          events.push(event);
          found.push(event);
        } else if (pValue >= alpha && ctr >= line) s.drifting = false;
      }
      checks.push({ at, arm, impressions, clicks, ctr, baseline: b, drifting: s.drifting });
    }
    if (checks.length > history) checks.splice(0, checks.length - history);
  };

  /** Closes the buckets before `index`; returns whether any was closed. */
  const advance = (index: number, found: DriftEvent[]): boolean => {
    if (current === null || index <= current) return false;
    const last = Math.min(index - 1, current + width);
    for (let i = current; i <= last; i++) close(i, found);
    current = index;
    return true;
  };

  const notify = (found: DriftEvent[], touched: boolean) => {
    if (touched || found.length > 0) changed();
    for (const event of found) options.onDrift?.(event);
    return found;
  };

  const observe: DriftMonitor["observe"] = ({ at, arm, impressions, clicks }) => {
    const found: DriftEvent[] = [];
    if (!Number.isFinite(at) || baselineOf(arm) === undefined) return found;
    const index = Math.floor(at / bucket);
    if (current === null) current = index;
    advance(index, found);
    if (index > (current ?? index) - width) {
      let s = series.get(arm);
      if (!s) {
        s = { buckets: new Map(), drifting: false };
        series.set(arm, s);
      }
      const counts = s.buckets.get(index) ?? { impressions: 0, clicks: 0 };
      counts.impressions += count(impressions);
      counts.clicks += count(clicks);
      s.buckets.set(index, counts);
    }
    return notify(found, true);
  };

  return {
    record(outcome) {
      if (outcome.type !== "impression" && outcome.type !== "click") return [];
      const impression = outcome.type === "impression" ? 1 : 0;
      return observe({ at: outcome.at, arm: outcome.arm, impressions: impression, clicks: 1 - impression });
    },
    observe,
    check(now) {
      const found: DriftEvent[] = [];
      return notify(found, advance(Math.floor(now / bucket), found));
    },
    setBaseline(next) {
      baseline = validate(baselineSchema, next, "baseline");
      for (const s of series.values()) s.drifting = false;
      changed();
    },
    getState() {
      snapshot ??= Object.freeze({
        events: events.slice(),
        checks: checks.slice(),
        drifting: [...series].filter(([, s]) => s.drifting).map(([arm]) => arm),
      });
      return snapshot;
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}
