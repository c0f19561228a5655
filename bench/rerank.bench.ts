/** Re-ranking figures (issue 5): each stage and the default pipeline, k = 20 from n = 500 candidates. */

import {
  type Candidate,
  type CatalogItem,
  createExposureTracker,
  type RerankStageConfig,
  rerank,
  varietyConfig,
} from "@candor/core/rerank";
import { runStage } from "../packages/core/src/rerank/rerank.ts";
import { type Figure, msSamples, quantile, round } from "./harness.ts";

/** Runs the re-ranking benchmarks. */
export function rerankBench(): Figure[] {
  const n = 500;
  const items = new Map<string, CatalogItem>();
  for (let i = 0; i < 5000; i++) {
    const top = `c${i % 12}`;
    items.set(`p${i}`, {
      id: `p${i}`,
      category: `${top}/l${i % 5}`,
      categoryPath: [top, `${top}/l${i % 5}`],
      sellerId: `s${i % 40}`,
      tags: [`t${i % 17}`, `t${i % 23}`],
    });
  }
  const requests = Array.from({ length: 50 }, (_, r) =>
    Array.from(
      { length: n },
      (_, i): Candidate => ({ item: `p${(r * 97 + i * 7) % 5000}`, score: 1 / (1 + i), contributions: [] }),
    ),
  );
  const history = new Map(Array.from({ length: 12 }, (_, c) => [`c${c}`, c < 3 ? 10 : 1]));
  const tail = new Set([...items.keys()].filter((_, i) => i % 3 !== 0));
  const feedback = new Map(
    [...items.keys()].slice(0, 2000).map((id, i) => [id, { clicks: i % 7, impressions: 20 }]),
  );
  const context = {
    k: 20,
    items,
    seed: 1,
    history,
    categoriesOf: (item: CatalogItem) => [item.categoryPath?.[0] ?? item.category],
    longTail: tail,
    isProtected: (item: CatalogItem) => Number((item.sellerId ?? "s0").slice(1)) >= 8,
    exposure: createExposureTracker(),
    feedback,
  };
  const stages: [string, RerankStageConfig][] = [
    ["mmr", { stage: "mmr", lambda: 0.9 }],
    ["dpp", { stage: "dpp", theta: 0.9 }],
    ["calibration", { stage: "calibration", lambda: 0.2 }],
    ["xquad", { stage: "xquad", lambda: 0.25 }],
    ["fair (FA*IR)", { stage: "fair", p: 0.2 }],
    ["exposure", { stage: "exposure", strength: 0.1 }],
    ["exploration", { stage: "exploration", share: 0.1 }],
  ];
  const figures: Figure[] = [];
  for (const [name, config] of stages) {
    msSamples((i) => runStage(requests[i % requests.length] as Candidate[], config, context), 50);
    const samples = msSamples(
      (i) => runStage(requests[i % requests.length] as Candidate[], config, context),
      500,
    );
    figures.push({
      name: `rerank ${name}, k 20 of n 500: p50`,
      value: round(quantile(samples, 0.5)),
      unit: "ms",
    });
  }
  const config = varietyConfig(0.5);
  const pipeline = msSamples(
    (i) => rerank(requests[i % requests.length] as Candidate[], config, context),
    500,
  );
  figures.push({
    name: "rerank default pipeline (variety 0.5), k 20 of n 500: p50",
    value: round(quantile(pipeline, 0.5)),
    unit: "ms",
  });
  figures.push({
    name: "rerank default pipeline (variety 0.5), k 20 of n 500: p99",
    value: round(quantile(pipeline, 0.99)),
    unit: "ms",
  });
  return figures;
}
