/** Runs every benchmark, prints `<name>: <value> <unit>` per figure and writes bench/results.json. */
import { writeFileSync } from "node:fs";
import { auditBench } from "./audit.bench.ts";
import { consentBench } from "./consent.bench.ts";
import { evalBench } from "./eval.bench.ts";
import type { Figure } from "./harness.ts";
import { rerankBench } from "./rerank.bench.ts";
import { serveBench } from "./serve.bench.ts";
import { serverBench } from "./server.bench.ts";
import { serverScaleBench } from "./server-scale.bench.ts";
import { vaultBench } from "./vault.bench.ts";

const suites: [string, () => Figure[] | Promise<Figure[]>][] = [
  ["consent", consentBench],
  ["vault", vaultBench],
  ["serve", serveBench],
  ["rerank", rerankBench],
  ["audit", auditBench],
  ["eval", evalBench],
  ["server", serverBench],
  // Minutes long (1,000,000 events through 4 servers and 2 workers): run only when named.
  ["server-scale", serverScaleBench],
];
const onlyWhenNamed = new Set(["server-scale"]);

const only = process.argv[2];
const figures: Figure[] = [];
for (const [name, run] of suites) {
  if ((only && only !== name) || (!only && onlyWhenNamed.has(name))) continue;
  for (const figure of await run()) {
    figures.push(figure);
    console.log(`${figure.name}: ${figure.value} ${figure.unit}`);
  }
}
const results = {
  date: new Date().toISOString(),
  node: process.version,
  machine: `${(await import("node:os")).cpus().length} cores`,
  /** The 1, 5 and 15 minute load averages when the run ended: other work on the machine slows every figure. */
  load: (await import("node:os")).loadavg().map((l) => Number(l.toFixed(2))),
  figures,
};
writeFileSync(
  only ? "bench/results.local.json" : "bench/results.json",
  `${JSON.stringify(results, null, 2)}\n`,
);
