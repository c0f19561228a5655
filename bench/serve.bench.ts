/**
 * Serving figures (issues 4 and 11): fit times on ML-100K and on 1M synthetic interactions, ingest rate, model sizes,
 * and `serve()` over a 100,000-item catalog — decision, signals, scoring, filters, explanations and the append to a
 * JSON-lines explanation log — as a ratio to bare scoring of the same signals measured in the same run.
 */

import { existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import {
  createExplanationLog,
  createLogSigner,
  createPseudonymizer,
  generatePseudonymKey,
} from "@candor/core/audit";
import { jsonlLogStorage, nodeBodyCipher, nodeSha256 } from "@candor/core/audit/node";
import { createConsentManager } from "@candor/core/consent/manager";
import { readInteractions } from "@candor/core/eval";
import { createVault, decide } from "@candor/core/policy";
import {
  defaultBlendWeights,
  fitEase,
  fitItemKnn,
  scoreCandidates,
  signalsFromView,
} from "@candor/core/recommend";
import { createExposureTracker, createRerankStage } from "@candor/core/rerank";
import { createServing, type ServeRequest } from "@candor/core/serve";
import { createCatalog, simulateTraffic } from "@candor/sample-shop";
import { createScratch } from "../packages/core/src/recommend/score.ts";
import { type Figure, quantile, round } from "./harness.ts";

const ML100K = "../shared/datasets/ml-100k/u.data";

function seconds(fn: () => unknown): number {
  const start = process.hrtime.bigint();
  fn();
  return Number(process.hrtime.bigint() - start) / 1e9;
}

/** Milliseconds of each of `runs` awaited calls, sorted. */
async function asyncMsSamples(fn: (i: number) => Promise<unknown>, runs: number): Promise<number[]> {
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = process.hrtime.bigint();
    await fn(i);
    samples.push(Number(process.hrtime.bigint() - start) / 1e6);
  }
  return samples.sort((a, b) => a - b);
}

function msSamples(fn: (i: number) => unknown, runs: number): number[] {
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = process.hrtime.bigint();
    fn(i);
    samples.push(Number(process.hrtime.bigint() - start) / 1e6);
  }
  return samples.sort((a, b) => a - b);
}

async function jsonlLog(path: string) {
  const log = createExplanationLog({
    storage: jsonlLogStorage({ path, keysPath: `${path}.keys/key-ring.jsonl` }),
    signer: await createLogSigner(),
    pseudonymizer: createPseudonymizer({ keys: [generatePseudonymKey()] }),
    hash: nodeSha256,
    cipher: nodeBodyCipher,
    schedule: null,
  });
  await log.ready;
  return log;
}

/** Runs the serving benchmarks. */
export async function serveBench(): Promise<Figure[]> {
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

  const dir = mkdtempSync(join(tmpdir(), "candor-serve-bench-"));
  try {
    const catalog = createCatalog({ seed: 11, items: 100_000, sellers: 400 });
    const traffic = simulateTraffic({ seed: 11, catalog, shoppers: 20_000, days: 60, maxEvents: 1_000_000 });
    const vault = createVault();
    const log = await jsonlLog(join(dir, "log.jsonl"));
    const rerankedLog = await jsonlLog(join(dir, "reranked.jsonl"));
    const serving = createServing({ catalog: catalog.items, vault, log, content: { k: 50 }, knn: { k: 50 } });
    const reranked = createServing({
      catalog: catalog.items,
      vault,
      log: rerankedLog,
      content: { k: 50 },
      knn: { k: 50 },
      rerank: createRerankStage({ exposure: createExposureTracker() }),
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
    const learnEvents = traffic.events.filter((e) => "item" in e);
    const ingest = seconds(() => {
      traffic.events.forEach((event, i) => {
        if ("item" in event) serving.learn(event, states[i] as typeof consent);
      });
    });
    figures.push({
      name: "learn (shared statistics)",
      value: round(learnEvents.length / ingest),
      unit: "events/s",
    });
    const fit = seconds(() => serving.fit());
    figures.push({
      name: "fit 1M synthetic interactions (100k items, item-kNN k 50)",
      value: round(fit),
      unit: "s",
    });
    traffic.events.forEach((event, i) => {
      if ("item" in event) reranked.learn(event, states[i] as typeof consent);
    });
    reranked.fit();
    const sizeOf = (m?: { offsets: Int32Array; neighbours: Int32Array; weights: Float32Array }) =>
      m ? m.offsets.byteLength + m.neighbours.byteLength + m.weights.byteLength : 0;
    const { knn, content, popularity } = serving.models();
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
    const byShopper = new Map<string, string[]>(shoppers.map((s) => [s, []]));
    for (const e of traffic.events)
      if ("item" in e && e.type === "view") byShopper.get(e.subject)?.push(e.item);
    for (const subject of shoppers) {
      for (const [i, item] of (byShopper.get(subject) ?? []).slice(-20).entries()) {
        await vault.append(
          { type: "view", subject, item, at: Date.UTC(2026, 2, 1) + i },
          perSubject.get(subject) as typeof consent,
        );
      }
    }
    const requests: ServeRequest[] = shoppers.map((subject) => ({
      consent: perSubject.get(subject) as typeof consent,
      surface: "home",
      k: 10,
    }));
    const runs = 2000;
    for (const r of requests) await serving.serve(r);
    const pipeline = await asyncMsSamples(
      (i) => serving.serve(requests[i % requests.length] as ServeRequest),
      runs,
    );
    for (const r of requests) await reranked.serve(r);
    const withRerank = await asyncMsSamples(
      (i) => reranked.serve(requests[i % requests.length] as ServeRequest),
      runs,
    );
    const models = serving.models();
    const scratch = createScratch(catalog.items.length);
    const signals = requests.map((r) => {
      const decision = decide(r.consent, { purpose: "recommend", surface: "home" });
      return signalsFromView(vault.view(decision), decision, serving.catalog);
    });
    const bare = msSamples(
      (i) =>
        scoreCandidates(
          serving.catalog,
          models,
          signals[i % signals.length] as (typeof signals)[0],
          { weights: defaultBlendWeights, limit: 100, collaborative: true },
          scratch,
        ),
      runs,
    );
    const p50 = quantile(pipeline, 0.5);
    const bareP50 = quantile(bare, 0.5);
    figures.push({
      name: "serve() top-10, 100k items, explained and logged (JSON lines): p50",
      value: round(p50),
      unit: "ms",
    });
    figures.push({
      name: "serve() top-10, 100k items, explained and logged (JSON lines): p99",
      value: round(quantile(pipeline, 0.99)),
      unit: "ms",
    });
    figures.push({ name: "bare scoring, 100k items: p50", value: round(bareP50), unit: "ms" });
    figures.push({ name: "bare scoring, 100k items: p99", value: round(quantile(bare, 0.99)), unit: "ms" });
    figures.push({ name: "serve() vs bare scoring (p50)", value: round(p50 / bareP50), unit: "x" });
    figures.push({
      name: "serve() vs bare scoring (p99)",
      value: round(quantile(pipeline, 0.99) / quantile(bare, 0.99)),
      unit: "x",
    });
    figures.push({
      name: "serve() with the default re-rank stage: p50",
      value: round(quantile(withRerank, 0.5)),
      unit: "ms",
    });
    figures.push({
      name: "serve() with the default re-rank stage: p99",
      value: round(quantile(withRerank, 0.99)),
      unit: "ms",
    });
    figures.push({
      name: "log entries appended by serve()",
      value: serving.getState().entries,
      unit: "entries",
    });
    await log.close();
    await rerankedLog.close();
    return figures;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
