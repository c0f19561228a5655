import { createCatalog, simulateTraffic } from "@candor/sample-shop";
import fc from "fast-check";
import { beforeAll, describe, expect, it } from "vitest";
import { createConsentManager, defaultPurposes } from "../consent/manager.ts";
import { memoryLog } from "../internal/testing/memory-log.ts";
import { createVault, defaultPolicy } from "../policy/index.ts";
import { createServing, type Serving } from "./index.ts";

const catalog = createCatalog({ seed: 11, items: 300, sellers: 10 });
const items = catalog.items;
const byId = new Map(items.map((p) => [p.id, p]));
const T0 = Date.UTC(2026, 2, 1);
const consentPurposes = defaultPurposes.filter((p) => p.basis !== "contract").map((p) => p.id);
const collaborative = defaultPolicy.collaborativePurpose as string;
const COLLABORATIVE_SCORERS = new Set(["item-knn", "ease", "rp3beta", "sparse-ease", "ials"]);
const inStock = items.filter((p) => p.stock > 0 && !p.ageRestricted).map((p) => p.id);
const words = [...new Set(items.flatMap((p) => (p.title ?? "").toLowerCase().split(" ")))].filter(
  (w) => w.length > 3,
);

/** One step of a shopper's history: a consent act on one purpose, or an event. */
const step = fc.oneof(
  fc.record({
    kind: fc.constant("consent" as const),
    act: fc.constantFrom("grant", "refuse", "withdraw", "accept-all", "reject-all"),
    purpose: fc.constantFrom(...consentPurposes),
  }),
  fc.record({
    kind: fc.constant("event" as const),
    type: fc.constantFrom("view", "add_to_cart", "purchase", "rating", "search", "dismiss"),
    item: fc.constantFrom(...inStock),
    rating: fc.integer({ min: 1, max: 5 }),
    word: fc.constantFrom(...words),
  }),
);

describe("purpose-bound use, over random histories (property)", () => {
  let serving: Serving;
  beforeAll(async () => {
    const { log } = await memoryLog();
    serving = createServing({
      catalog: items,
      vault: createVault({ sensitiveTags: (id) => byId.get(id)?.sensitive }),
      log,
      clock: () => T0,
    });
    const background = createConsentManager({ region: "DE" });
    background.acceptAll();
    const state = background.getState();
    const traffic = simulateTraffic({ seed: 5, catalog, shoppers: 200, days: 7, maxEvents: 10_000 });
    for (const event of traffic.events)
      if ("item" in event) serving.learn(event, { ...state, subject: event.subject });
    serving.fit();
  });

  it("no contribution ever rests on data whose own purpose is not granted now", async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(step, { minLength: 1, maxLength: 25 }),
        fc.boolean(),
        async (history, sensitiveItem) => {
          const manager = createConsentManager({ region: "FR", clock: () => T0 });
          const subject = manager.getState().subject;
          let t = T0 - 10_000;
          for (const s of history) {
            if (s.kind === "consent") {
              if (s.act === "grant") manager.set({ [s.purpose]: true });
              else if (s.act === "refuse") manager.set({ [s.purpose]: false });
              else if (s.act === "withdraw") manager.withdraw(s.purpose);
              else if (s.act === "accept-all") manager.acceptAll();
              else manager.rejectAll();
              continue;
            }
            const item = sensitiveItem ? (items.find((p) => p.sensitive)?.id ?? s.item) : s.item;
            const event =
              s.type === "search"
                ? { type: "search", subject, query: s.word, at: t++ }
                : s.type === "rating"
                  ? { type: "rating", subject, item, rating: s.rating, at: t++ }
                  : { type: s.type, subject, item, at: t++ };
            await serving.ingest(event, manager.getState());
          }
          const consent = manager.getState();
          const granted = (id: string) => consent.status === "decided" && consent.granted[id] === true;
          const served = await serving.serve({ consent, surface: "home", k: 10 });
          for (const item of served.slate.items) {
            const specialItem = (byId.get(item.item)?.sensitive?.length ?? 0) > 0;
            for (const c of item.contributions) {
              for (const purpose of c.purposes) expect(granted(purpose)).toBe(true);
              const evidence = c.evidence;
              if (evidence.kind === "global" || c.purposes.length === 0) continue;
              // The evidence's own category is allowed by a granted purpose other than "similar shoppers".
              const own = defaultPurposes.filter(
                (p) => p.id !== collaborative && p.dataCategories.some((d) => d === evidence.dataCategory),
              );
              expect(own.some((p) => granted(p.id) && c.purposes.includes(p.id))).toBe(true);
              if (COLLABORATIVE_SCORERS.has(c.scorer)) expect(c.purposes).toContain(collaborative);
              if (evidence.kind !== "context" && evidence.special) expect(granted("sensitive")).toBe(true);
              if (specialItem) expect(granted("sensitive")).toBe(true);
            }
          }
          for (const explanation of served.explanations)
            for (const basis of explanation.basis) expect(granted(basis.purpose)).toBe(true);
          expect(served.entries).toHaveLength(served.slate.items.length);
        },
      ),
      { numRuns: 40 },
    );
  });
});
