/**
 * Recommender figures (issue 4): fit times on ML-100K and on 1M synthetic interactions, ingest rate, and the whole
 * pipeline's latency over a 100,000-item catalog as a ratio to bare scoring measured in the same run.
 */
import { existsSync, readFileSync } from "node:fs";
import { createConsentManager } from "@candor/core/consent";
import { readInteractions } from "@candor/core/eval";
import { createVault } from "@candor/core/policy";
import {
  createRecommender,
  createScratch,
  fitEase,
  fitItemKnn,
  scoreCandidates,
  signalsFromView,
} from "@candor/core/recommend";
import { createCatalog, simulateTraffic } from "@candor/sample-shop";
import { type Figure, msSamples, quantile, round } from "./harness.ts";

const ML100K = "../shared/datasets/ml-100k/u.data";

function seconds(fn: () => unknown): number {
  const start = process.hrtime.bigint();
  fn();
  return Number(process.hrtime.bigint() - start) / 1e9;
}

/** Runs the recommender benchmarks. */
export async function recommendBench(): Promise<Figure[]> {
  const figures: Figure[] = [];
  if (existsSync(ML100K)) {
    const data = readInteractions(readFileSync(ML100K, "utf8"), { fileName: "u.data" });
    figures.push({
      name: "fit ML-100K: EASE (lambda 500)",
      value: round(seconds(() => fitEase(data, { lambda: 500 }))),
      unit: "s",
    });
    figures.push({
      name: "fit ML-100K: item-kNN (k 100)",
      value: round(seconds(() => fitItemKnn(data, { k: 100 }))),
      unit: "s",
    });
  }

  const catalog = createCatalog({ seed: 11, items: 100_000, sellers: 400 });
  const traffic = simulateTraffic({ seed: 11, catalog, shoppers: 20_000, days: 60, maxEvents: 1_000_000 });
  const vault = createVault();
  const recommender = createRecommender({
    catalog: catalog.items,
    vault,
    content: { k: 50 },
    knn: { k: 50 },
  });
  const everyone = createConsentManager({ region: "DE" });
  everyone.acceptAll();
  const consent = everyone.getState();
  const perSubject = new Map<string, typeof consent>();
  const states = traffic.events.map((e) => {
    let state = perSubject.get(e.subject);
    if (!state) {
      state = { ...consent, subject: e.subject };
      perSubject.set(e.subject, state);
    }
    return state;
  });
  const ingest = seconds(() => {
    traffic.events.forEach((event, i) => {
      recommender.ingest(event, states[i] as typeof consent);
    });
  });
  figures.push({ name: "ingest", value: round(traffic.events.length / ingest), unit: "events/s" });
  const fit = seconds(() => recommender.fit());
  figures.push({
    name: "fit 1M synthetic interactions (100k items, item-kNN k 50)",
    value: round(fit),
    unit: "s",
  });
  const sizeOf = (m?: { offsets: Int32Array; neighbours: Int32Array; weights: Float32Array }) =>
    m ? m.offsets.byteLength + m.neighbours.byteLength + m.weights.byteLength : 0;
  const { knn, content, popularity } = recommender.models();
  figures.push({
    name: "item-kNN model (100k items, k 50, minSupport 5)",
    value: round(sizeOf(knn) / 2 ** 20),
    unit: "MB",
  });
  figures.push({
    name: "content model (100k items, 50 neighbours each)",
    value: round(sizeOf(content) / 2 ** 20),
    unit: "MB",
  });
  figures.push({
    name: "all model arrays (kNN + content + popularity)",
    value: round((sizeOf(knn) + sizeOf(content) + popularity.byteLength) / 2 ** 20),
    unit: "MB",
  });
  figures.push({
    name: "resident memory of the benchmark process (catalog, 1M events, vault, models)",
    value: round(process.memoryUsage().rss / 2 ** 20),
    unit: "MB",
  });

  // 200 shoppers with 20 stored views each, served through the whole pipeline vs bare scoring of the same signals.
  const shoppers = [...perSubject.keys()].slice(0, 200);
  const byShopper = new Map<string, string[]>();
  for (const e of traffic.events) {
    if ("item" in e && byShopper.has(e.subject) === false && shoppers.includes(e.subject))
      byShopper.set(e.subject, []);
    if ("item" in e && e.type === "view") byShopper.get(e.subject)?.push(e.item);
  }
  for (const subject of shoppers) {
    for (const [i, item] of (byShopper.get(subject) ?? []).slice(-20).entries()) {
      await vault.append(
        { type: "view", subject, item, at: Date.UTC(2026, 2, 1) + i },
        perSubject.get(subject) as typeof consent,
      );
    }
  }
  const requests = shoppers.map((subject) => ({
    consent: perSubject.get(subject) as typeof consent,
    surface: "home",
    k: 10,
  }));
  for (const r of requests) recommender.recommend(r);
  const pipeline = msSamples(
    (i) => recommender.recommend(requests[i % requests.length] as (typeof requests)[0]),
    2000,
  );
  const models = recommender.models();
  const scratch = createScratch(catalog.items.length);
  const signals = requests.map((r) => {
    const decision = recommender.recommend(r).decision;
    return signalsFromView(vault.view(decision), recommender.catalog);
  });
  const bare = msSamples(
    (i) =>
      scoreCandidates(
        recommender.catalog,
        models,
        signals[i % signals.length] as (typeof signals)[0],
        {
          weights: {
            hybrid: 0,
            itemKnn: 1,
            ease: 0,
            content: 0.3,
            session: 0.5,
            context: 0.05,
            popularity: 0.05,
            editorial: 1,
          },
          limit: 100,
          collaborative: true,
        },
        scratch,
      ),
    2000,
  );
  const p50 = quantile(pipeline, 0.5);
  figures.push({ name: "recommend() top-10, 100k items: p50", value: round(p50), unit: "ms" });
  figures.push({
    name: "recommend() top-10, 100k items: p99",
    value: round(quantile(pipeline, 0.99)),
    unit: "ms",
  });
  figures.push({ name: "bare scoring, 100k items: p50", value: round(quantile(bare, 0.5)), unit: "ms" });
  figures.push({
    name: "pipeline vs bare scoring (p50)",
    value: round(p50 / quantile(bare, 0.5)),
    unit: "x",
  });
  return figures;
}
