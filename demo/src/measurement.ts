/**
 * The audit console's Measurement tab data, computed in the browser and deterministic by seed: simulated shoppers
 * with a known response model are served through a holdout experiment (80 % personalized, 20 % non-profiling
 * control), their clicks drawn from that model and admitted only under `analytics`; halfway through, their tastes
 * move to other categories so the personalized arm's click-through drifts below its baseline.
 */

import {
  createExplanationLog,
  createLogSigner,
  createPseudonymizer,
  generatePseudonymKey,
  memoryLogStorage,
} from "@candor/core/audit";
import { localizedPurposes } from "@candor/core/consent/locales";
import { createConsentManager, memoryStorage } from "@candor/core/consent/manager";
import {
  admitOutcome,
  createDriftMonitor,
  type Experiment,
  incrementality,
  type Outcome,
} from "@candor/core/measure";
import { createVault, type PolicyConsent } from "@candor/core/policy";
import { createServing } from "@candor/core/serve";
import type { MeasurementData } from "@candor/preact";
import {
  type ClickModel,
  createShoppers,
  mulberry32,
  type Product,
  simulateClick,
} from "@candor/sample-shop";
import { createDemoRerank } from "./rerank.ts";
import { SHOP_SEED, type Shop } from "./shop-data.ts";

/** How many background shoppers take part. */
export const MEASURED_SHOPPERS = 400;
const SESSIONS = 4;
const HISTORY = 12;
const HOURS = 48;
const SHIFT_HOUR = 24;
const K = 8;
const HOUR = 3_600_000;
/** A fixed start, so the same seed gives the same report on every visit. */
const START = Date.UTC(2026, 0, 5);

/** The demo's experiment: a fixed, public demo key (a real shop keeps 32 random bytes secret). */
export const demoExperiment: Experiment = {
  key: "candor-demo-measurement-key",
  salt: "demo-holdout-1",
  arms: [
    { id: "personalized", share: 0.8, kind: "personalized" },
    { id: "holdout", share: 0.2, kind: "control" },
  ],
  surfaces: ["home"],
};

/** The ground truth (as in `candor simulate`): 8 % click chance when the item's leaf category has ≥ 5 % of the taste, else 2 %. */
const clickModel: ClickModel = { relevantClick: 0.08, baseClick: 0.02 };

/**
 * Runs the simulation. It serves through its own pipeline over the shop's catalog and policy, with an in-memory vault
 * and its own in-memory explanation log, so the visitor's device vault, the shop's exposure tracker and the shop's
 * log stay untouched.
 */
export async function simulateMeasurement(shop: Shop, seed = SHOP_SEED): Promise<MeasurementData> {
  let now = START - 7 * 24 * HOUR;
  const clock = () => now;
  const items = shop.catalog.items;
  const vault = createVault({ policy: shop.policy, clock });
  const log = createExplanationLog({
    storage: memoryLogStorage({ records: [], heads: [], keys: new Map() }),
    signer: await createLogSigner(),
    pseudonymizer: createPseudonymizer({ keys: [generatePseudonymKey()] }),
    schedule: null,
    clock,
  });
  const serving = createServing<Product>({
    catalog: items,
    vault,
    log,
    policy: shop.policy,
    clock,
    experiment: demoExperiment,
    rerank: createDemoRerank(shop.catalog),
  });
  const template = (() => {
    const manager = createConsentManager({
      region: "DE",
      purposes: localizedPurposes,
      storage: memoryStorage(),
    });
    manager.acceptAll();
    return manager.getState();
  })();
  const shoppers = createShoppers({ seed, catalog: shop.catalog, shoppers: MEASURED_SHOPPERS });
  const consents = new Map<string, PolicyConsent>(
    shoppers.map((s) => [
      s.subject,
      { ...template, subject: s.subject, recordId: `measure-${s.subject}`, lastEventId: null },
    ]),
  );
  const random = mulberry32(seed ^ 0x6d656173);
  const byLeaf = new Map<string, Product[]>();
  for (const item of items) {
    const list = byLeaf.get(item.category) ?? [];
    list.push(item);
    byLeaf.set(item.category, list);
  }
  const leaves = [...byLeaf.keys()].sort();
  const pick = <T>(list: readonly T[]): T | undefined => list[Math.floor(random() * list.length)];
  const drawLeaf = (tastes: Readonly<Record<string, number>>) => {
    let u = random();
    for (const leaf of leaves) {
      u -= tastes[leaf] ?? 0;
      if (u < 0) return leaf;
    }
    return leaves.at(-1) ?? "";
  };

  const ingests: Promise<unknown>[] = [];
  // Each shopper's recent views, from their taste: what personalization has to go on.
  for (const shopper of shoppers) {
    const consent = consents.get(shopper.subject);
    if (!consent) continue;
    for (let i = 0; i < HISTORY; i++) {
      now += 1000;
      const item = pick(byLeaf.get(drawLeaf(shopper.tastes)) ?? []);
      if (!item) continue;
      const event = { subject: shopper.subject, type: "view" as const, item: item.id, at: now };
      ingests.push(serving.ingest(event, consent));
    }
  }
  await Promise.all(ingests);
  serving.fit();

  // The taste shift: each shopper takes on the tastes of the next shopper from another taste cluster.
  const shifted = new Map(
    shoppers.map((s, i) => {
      const other =
        [...shoppers.slice(i + 1), ...shoppers.slice(0, i)].find((o) => o.cluster !== s.cluster) ?? s;
      return [s.subject, other.tastes];
    }),
  );
  const sessions = shoppers
    .flatMap((shopper) =>
      Array.from({ length: SESSIONS }, (_, n) => ({
        shopper,
        at: START + Math.floor(random() * HOURS * HOUR),
        id: `${shopper.subject}-m${n}`,
      })),
    )
    .sort((a, b) => a.at - b.at || a.id.localeCompare(b.id));

  const outcomes: Outcome[] = [];
  const hourly = new Map<number, { impressions: number; clicks: number }>();
  let served = 0;
  for (const session of sessions) {
    now = session.at;
    const consent = consents.get(session.shopper.subject);
    if (!consent) continue;
    const { slate } = await serving.serve({
      consent,
      surface: "home",
      k: K,
      session: session.id,
      seed: served++,
    });
    if (!slate.arm) continue;
    const tastes =
      now >= START + SHIFT_HOUR * HOUR
        ? (shifted.get(session.shopper.subject) ?? {})
        : session.shopper.tastes;
    let clicks = 0;
    for (const item of slate.items) {
      const leaf = shop.products.get(item.item)?.category ?? "";
      const base = {
        subject: consent.subject,
        at: now,
        surface: "home",
        arm: slate.arm.arm,
        slate: slate.id,
        item: item.item,
        session: session.id,
      };
      const shown = admitOutcome({ type: "impression", ...base }, consent);
      if (!shown.admitted) break;
      outcomes.push(shown.outcome);
      if (simulateClick(clickModel, tastes[leaf] ?? 0, random).clicked) {
        const click = admitOutcome({ type: "click", ...base }, consent);
        if (click.admitted) {
          outcomes.push(click.outcome);
          clicks++;
        }
      }
    }
    if (slate.arm.kind === "personalized") {
      const hour = Math.floor((now - START) / HOUR);
      const counts = hourly.get(hour) ?? { impressions: 0, clicks: 0 };
      counts.impressions += slate.items.length;
      counts.clicks += clicks;
      hourly.set(hour, counts);
    }
  }

  const report = incrementality(outcomes, {
    control: "holdout",
    treatment: "personalized",
    bootstrap: { resamples: 200, seed },
  });

  // The baseline is the personalized arm's click-through over the first 12 hours, before the shift.
  let warm = { impressions: 0, clicks: 0 };
  for (let h = 0; h < 12; h++) {
    const c = hourly.get(h);
    if (c) warm = { impressions: warm.impressions + c.impressions, clicks: warm.clicks + c.clicks };
  }
  const monitor = createDriftMonitor({
    baseline: { personalized: warm.impressions > 0 ? warm.clicks / warm.impressions : 0.05 },
    threshold: 0.1,
    window: 6 * HOUR,
    bucket: HOUR,
    minImpressions: 400,
    confidence: 0.99,
  });
  for (let h = 0; h < HOURS; h++) {
    const c = hourly.get(h) ?? { impressions: 0, clicks: 0 };
    monitor.observe({ at: START + h * HOUR, arm: "personalized", ...c });
  }
  monitor.check(START + HOURS * HOUR);
  const { checks, events } = monitor.getState();
  return { report, drift: { checks, events } };
}
