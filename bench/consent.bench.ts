/** Consent figures: `can()` against a plain object lookup measured in the same run, and a choice round trip. */
import { createConsentManager, memoryStorage } from "@candor/core/consent/manager";
import { type Figure, nsPerOp, round } from "./harness.ts";

/** Runs the consent benchmarks. */
export function consentBench(): Figure[] {
  const manager = createConsentManager({ region: "DE", storage: memoryStorage() });
  manager.set({ "personalization.browsing": true, analytics: true });
  const ids = manager.purposes.map((p) => p.id);
  const plain: Record<string, boolean> = { ...manager.getState().granted };
  const baseline = nsPerOp((i) => plain[ids[i % ids.length] as string] === true);
  const can = nsPerOp((i) => manager.can(ids[i % ids.length] as string));
  // A shopper's record holds a handful of events: start a new one every ten choices.
  let shopper = manager;
  const choice = nsPerOp(
    (i) => {
      if (i % 10 === 0) shopper = createConsentManager({ region: "DE", storage: memoryStorage() });
      return shopper.set({ analytics: i % 2 === 0 });
    },
    { batch: 5_000, rounds: 5 },
  );
  return [
    { name: "consent.can", value: round(can), unit: "ns/op" },
    { name: "consent.can vs plain object lookup", value: round(can / baseline), unit: "x" },
    {
      name: "consent.set (one recorded event, stored; new manager every 10)",
      value: round(choice / 1000),
      unit: "us/op",
    },
  ];
}
