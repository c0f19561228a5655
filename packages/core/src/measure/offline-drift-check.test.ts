import { describe, expect, it, vi } from "vitest";
import { evaluate, interactionsFromRows, mulberry32 } from "../eval/index.ts";
import { ConfigError, type DriftEvent, offlineDriftCheck } from "./index.ts";

const DAY = 86_400_000;
const T0 = Date.UTC(2026, 2, 1);

interface Interaction {
  readonly at: number;
  readonly user: string;
  readonly item: string;
}

/** Shoppers who mostly buy from one half of a 60-item catalog; from `shiftDay` on, from the other half. */
function simulate(seed: number, shiftDay: number | null, days = 24): Interaction[] {
  const random = mulberry32(seed);
  const events: Interaction[] = [];
  for (let day = 0; day < days; day++) {
    const shifted = shiftDay !== null && day >= shiftDay;
    for (let u = 0; u < 150; u++) {
      for (let e = 0; e < 3; e++) {
        const favourite = random() < 0.85 ? !shifted : shifted;
        const item = Math.floor(30 * random() ** 2) + (favourite ? 0 : 30);
        events.push({ at: T0 + day * DAY + u * 1000 + e, user: `u${u}`, item: `i${item}` });
      }
    }
  }
  return events;
}

/** The "model": the 10 most popular items of its training events. */
function fitPopularity(events: readonly Interaction[]): string[] {
  const counts = new Map<string, number>();
  for (const e of events) counts.set(e.item, (counts.get(e.item) ?? 0) + 1);
  return [...counts]
    .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
    .map(([item]) => item)
    .slice(0, 10);
}

/** NDCG@10 of the model's list against each user's items in the window (the eval harness's `evaluate`). */
const ndcgOf = (model: readonly string[]) => (window: readonly Interaction[]) => {
  const test = interactionsFromRows(window.map((e) => ({ user: e.user, item: e.item })));
  const index = new Map(test.itemIds.map((id, i) => [id, i]));
  const list = model.flatMap((item) => (index.has(item) ? [index.get(item) as number] : []));
  const recommendations = new Map(Array.from({ length: test.numUsers }, (_, u) => [u, list] as const));
  return evaluate(recommendations, test, { ks: [10] }).at[10]?.ndcg ?? 0;
};

/** Daily offline checks over 3-day windows after fitting on the first week; returns the drift events. */
function run(seed: number, shiftDay: number | null): DriftEvent[] {
  const events = simulate(seed, shiftDay);
  const train = events.filter((e) => e.at < T0 + 7 * DAY);
  const model = fitPopularity(train);
  const check = (now: number) =>
    offlineDriftCheck(
      events.filter((e) => e.at <= now),
      {
        evaluate: ndcgOf(model),
        baseline,
        window: 3 * DAY,
        now,
        metric: "ndcg@10",
      },
    );
  const baseline = ndcgOf(model)(events.filter((e) => e.at >= T0 + 7 * DAY && e.at < T0 + 10 * DAY));
  const found: DriftEvent[] = [];
  for (let day = 10; day <= 24; day++) {
    const result = check(T0 + day * DAY);
    if (result.drift) found.push(result.drift);
  }
  return found;
}

describe("offlineDriftCheck", () => {
  it("flags drift when the simulated shoppers' tastes shift mid-run, and not on stable runs", () => {
    for (const seed of [1, 2, 3]) {
      const stable = run(seed, null);
      expect(stable).toEqual([]);
      const shifted = run(seed, 15);
      expect(shifted.length).toBeGreaterThan(0);
      expect(shifted[0]?.at).toBeGreaterThan(T0 + 15 * DAY);
      expect(shifted[0]).toMatchObject({ source: "offline", metric: "ndcg@10", arm: null, threshold: 0.1 });
    }
  });

  it("evaluates only the latest window, needs a minimum sample, and calls onDrift", () => {
    const events = Array.from({ length: 300 }, (_, i) => ({ at: i * 1000, value: i < 200 ? 1 : 0.5 }));
    const evaluateWindow = vi.fn(
      (window: readonly { value: number }[]) => window.reduce((s, e) => s + e.value, 0) / window.length,
    );
    const onDrift = vi.fn();
    const result = offlineDriftCheck(events, {
      evaluate: evaluateWindow,
      baseline: 1,
      window: 100_000,
      onDrift,
    });
    expect(result).toMatchObject({ status: "drift", from: 199_000, to: 299_000, events: 100, observed: 0.5 });
    expect(evaluateWindow.mock.calls[0]?.[0]).toHaveLength(100);
    expect(onDrift).toHaveBeenCalledWith(result.drift);
    expect(result.drift).toMatchObject({
      at: 299_000,
      baseline: 1,
      observed: 0.5,
      drop: 0.5,
      sample: 100,
      pValue: null,
    });
    const ok = offlineDriftCheck(events, {
      evaluate: evaluateWindow,
      baseline: 1,
      window: 100_000,
      now: 150_000,
    });
    expect(ok).toMatchObject({ status: "ok", observed: 1, drift: null });
    const thin = offlineDriftCheck(events, { evaluate: evaluateWindow, baseline: 1, window: 10_000 });
    expect(thin).toMatchObject({ status: "insufficient-data", events: 10, observed: null });
    const failed = offlineDriftCheck(events, { evaluate: () => Number.NaN, baseline: 1, window: 100_000 });
    expect(failed).toMatchObject({ status: "insufficient-data", observed: null, drift: null });
    expect(() => offlineDriftCheck(events, { evaluate: evaluateWindow, baseline: 0, window: 1 })).toThrow(
      ConfigError,
    );
  });
});
