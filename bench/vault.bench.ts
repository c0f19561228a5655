/** Vault figures (issue 3): in-memory appends per second, and `view()` latency for a subject with 10,000 events. */
import { createConsentManager } from "@candor/core/consent";
import { createVault, decide } from "@candor/core/policy";
import { type Figure, msSamples, quantile, round } from "./harness.ts";

/** Runs the vault benchmarks. */
export async function vaultBench(): Promise<Figure[]> {
  const consent = createConsentManager({ region: "DE" });
  consent.acceptAll();
  const state = consent.getState();
  const vault = createVault();
  const n = 100_000;
  const events = Array.from({ length: n }, (_, i) => ({
    type: i % 10 === 0 ? "purchase" : "view",
    subject: `s${i % 10}`,
    item: `p${i % 5000}`,
    at: 1_767_225_600_000 + i,
    context: { device: "mobile", hourOfDay: i % 24 },
  }));
  const start = process.hrtime.bigint();
  const batch: Promise<unknown>[] = [];
  for (const event of events) batch.push(vault.append(event, { ...state, subject: event.subject }));
  await Promise.all(batch);
  await vault.flush();
  const appendSeconds = Number(process.hrtime.bigint() - start) / 1e9;
  const decision = decide({ ...state, subject: "s0" }, { purpose: "recommend" });
  const cold = msSamples(() => vault.view({ ...decision }), 1);
  const warm = msSamples(() => vault.view(decision), 2000);
  return [
    { name: "vault append (memory)", value: round(n / appendSeconds), unit: "events/s" },
    { name: "vault view, 10,000 events: first call", value: round(quantile(cold, 0.5)), unit: "ms" },
    { name: "vault view, 10,000 events: cached p50", value: round(quantile(warm, 0.5)), unit: "ms" },
    { name: "vault view, 10,000 events: cached p99", value: round(quantile(warm, 0.99)), unit: "ms" },
  ];
}
