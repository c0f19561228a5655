/** Vault figures (issue 3): in-memory appends per second, and `view()` latency for a subject with 10,000 events. */
import { createConsentManager } from "@candor/core/consent/manager";
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
  // A consent manager hands out the same state object until something changes, so one object per subject.
  const states = new Map(Array.from({ length: 10 }, (_, s) => [`s${s}`, { ...state, subject: `s${s}` }]));
  const start = process.hrtime.bigint();
  for (let i = 0; i < n; i += 1000) {
    await Promise.all(events.slice(i, i + 1000).map((e) => vault.append(e, states.get(e.subject) ?? state)));
  }
  await vault.flush();
  const appendSeconds = Number(process.hrtime.bigint() - start) / 1e9;
  const decision = decide({ ...state, subject: "s0" }, { purpose: "recommend" });
  const cold = msSamples(() => vault.view({ ...decision }), 1);
  const warm = msSamples(() => vault.view(decision), 2000);
  // The realistic case: a new event arrives, so the next view is rebuilt from the subject's index.
  const rebuilt: number[] = [];
  for (let i = 0; i < 300; i++) {
    await vault.append(
      { type: "view", subject: "s0", item: `p${i}`, at: 1_767_325_600_000 + i },
      states.get("s0") ?? state,
    );
    rebuilt.push(...msSamples(() => vault.view(decision), 1));
  }
  rebuilt.sort((a, b) => a - b);
  return [
    {
      name: "vault append (memory, with context, 1,000 per tick)",
      value: round(n / appendSeconds),
      unit: "events/s",
    },
    {
      name: "vault view, 10,000 events: first call in the process",
      value: round(quantile(cold, 0.5)),
      unit: "ms",
    },
    {
      name: "vault view, 10,000 events: rebuilt after a new event, p50",
      value: round(quantile(rebuilt, 0.5)),
      unit: "ms",
    },
    {
      name: "vault view, 10,000 events: rebuilt after a new event, p99",
      value: round(quantile(rebuilt, 0.99)),
      unit: "ms",
    },
    { name: "vault view, 10,000 events: cached p50", value: round(quantile(warm, 0.5)), unit: "ms" },
    { name: "vault view, 10,000 events: cached p99", value: round(quantile(warm, 0.99)), unit: "ms" },
  ];
}
