import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { createConsentManager, defaultPurposes } from "../consent/manager.ts";
import { contextCategory } from "./data-categories.ts";
import {
  createVault,
  decide,
  defaultPolicy,
  type EventContext,
  type PolicyConsent,
  type StoredEvent,
} from "./index.ts";
import { memoryVaultStorage } from "./memory-vault-storage.ts";

const T0 = Date.UTC(2026, 0, 1);
const MONTH = 30 * 86_400_000;
const CONSENT_PURPOSES = defaultPurposes.filter((p) => p.basis !== "contract").map((p) => p.id);
const RECOMMEND = defaultPolicy.requestPurposes.recommend ?? [];
const SPECIAL = new Set(defaultPolicy.specialCategories);
const CONTEXT = new Set(Object.values(contextCategory));
const ITEMS = ["p1", "p2", "p3", "pharma", "bible", "dna"];
const TAGS: Record<string, string[]> = {
  pharma: ["health"],
  bible: ["religion"],
  dna: ["genetic", "ethnicity"],
};

const contextArb = fc.record(
  {
    device: fc.constantFrom("mobile", "desktop", "tablet"),
    hourOfDay: fc.integer({ min: 0, max: 23 }),
    locale: fc.constantFrom("de-DE", "en"),
    region: fc.constantFrom("DE", "US-CA"),
  },
  { requiredKeys: [] },
);

const eventArb = fc.oneof(
  fc.record({
    type: fc.constantFrom("view", "add_to_cart", "purchase", "dismiss"),
    item: fc.constantFrom(...ITEMS),
    context: contextArb,
  }),
  fc.record({
    type: fc.constant("rating"),
    item: fc.constantFrom(...ITEMS),
    rating: fc.integer({ min: 1, max: 5 }),
  }),
  fc.record({
    type: fc.constant("search"),
    query: fc.constantFrom("tent", "pregnancy test"),
    sensitive: fc.constantFrom([], ["health"]),
  }),
);

const opArb = fc.oneof(
  { arbitrary: fc.record({ op: fc.constant("append" as const), event: eventArb }), weight: 5 },
  { arbitrary: fc.record({ op: fc.constant("check" as const) }), weight: 3 },
  { arbitrary: fc.constantFrom({ op: "acceptAll" as const }, { op: "rejectAll" as const }), weight: 1 },
  {
    arbitrary: fc.record({
      op: fc.constant("set" as const),
      choices: fc.dictionary(fc.constantFrom(...CONSENT_PURPOSES), fc.boolean()),
    }),
    weight: 3,
  },
  {
    arbitrary: fc.record({
      op: fc.constant("withdraw" as const),
      purpose: fc.option(fc.constantFrom(...CONSENT_PURPOSES)),
    }),
    weight: 2,
  },
  {
    arbitrary: fc.record({ op: fc.constant("advance" as const), months: fc.integer({ min: 1, max: 8 }) }),
    weight: 1,
  },
  { arbitrary: fc.record({ op: fc.constant("limit" as const), on: fc.boolean() }), weight: 1 },
  {
    arbitrary: fc.record({ op: fc.constant("hide" as const), pick: fc.nat(), byItem: fc.boolean() }),
    weight: 1,
  },
);

/** Categories the state itself allows for recommendations, computed without `decide`. */
function allowedByState(state: PolicyConsent): Set<string> {
  const allowed = new Set<string>();
  if (state.status !== "decided") return allowed;
  for (const id of RECOMMEND) {
    const purpose = defaultPurposes.find((p) => p.id === id);
    if (!purpose || state.granted[id] !== true) continue;
    for (const category of purpose.dataCategories) {
      if (SPECIAL.has(category) && state.limitSensitive === true) continue;
      allowed.add(category);
    }
  }
  return allowed;
}

describe("vault invariants over random consent histories", () => {
  it("a view never contains an event of a category not allowed at call time, and contains exactly the allowed ones", async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(opArb, { minLength: 1, maxLength: 40 }),
        fc.boolean(),
        fc.constantFrom("DE", "US-CA", undefined),
        async (ops, minor, region) => {
          let now = T0;
          const consent = createConsentManager({
            subject: "s1",
            region: region ?? null,
            minor,
            clock: () => now,
          });
          const vault = createVault({ sensitiveTags: (item) => TAGS[item], clock: () => now });
          const stored: { record: StoredEvent; hidden: boolean }[] = [];
          let limitSensitive = false;
          const state = (): PolicyConsent => ({ ...consent.getState(), limitSensitive });

          for (const op of [...ops, { op: "check" as const }]) {
            switch (op.op) {
              case "append": {
                const outcome = await vault.append({ ...op.event, subject: "s1", at: now }, state());
                if (outcome.stored && outcome.record.type !== "hide_from_history") {
                  stored.push({ record: outcome.record, hidden: false });
                  // Collection limitation: whatever is kept was allowed by a granted purpose at that moment.
                  for (const category of outcome.record.categories) {
                    expect(
                      outcome.record.purposes.some((p) =>
                        defaultPurposes.find((d) => d.id === p)?.dataCategories.some((c) => c === category),
                      ),
                    ).toBe(true);
                  }
                  if (outcome.record.categories.some((c) => SPECIAL.has(c))) {
                    expect(consent.getState().granted.sensitive && !limitSensitive).toBe(true);
                  }
                }
                break;
              }
              case "hide": {
                const target = stored[op.pick % Math.max(stored.length, 1)];
                if (!target) break;
                const hide = op.byItem
                  ? { item: target.record.item ?? "none" }
                  : { eventId: target.record.id };
                const outcome = await vault.append(
                  { type: "hide_from_history", subject: "s1", at: now, ...hide },
                  state(),
                );
                if (outcome.stored) {
                  for (const entry of stored) {
                    if (
                      entry.record.id === target.record.id ||
                      (op.byItem && entry.record.item === target.record.item)
                    ) {
                      entry.hidden = true;
                    }
                  }
                }
                break;
              }
              case "acceptAll":
                consent.acceptAll();
                break;
              case "rejectAll":
                consent.rejectAll();
                break;
              case "set":
                consent.set(op.choices);
                break;
              case "withdraw":
                consent.withdraw(op.purpose ?? undefined);
                break;
              case "advance":
                now += op.months * MONTH;
                break;
              case "limit":
                limitSensitive = op.on;
                break;
              case "check": {
                const current = state();
                const decision = decide(current, { purpose: "recommend" });
                const view = vault.view(decision);
                const allowed = allowedByState(current);
                for (const event of view.events) {
                  for (const category of event.categories) expect(allowed.has(category)).toBe(true);
                  for (const [field, value] of Object.entries(event.context ?? {})) {
                    expect(value).toBeDefined();
                    expect(allowed.has(contextCategory[field as keyof EventContext])).toBe(true);
                  }
                  if (event.special) expect(current.granted.sensitive === true && !limitSensitive).toBe(true);
                }
                const coreAllowed = new Set(decision.allowed);
                const expected = stored
                  .filter(
                    (e) =>
                      !e.hidden && e.record.categories.every((c) => CONTEXT.has(c) || coreAllowed.has(c)),
                  )
                  .map((e) => e.record.id);
                expect(view.events.map((e) => e.id)).toEqual(
                  decision.mode === "personalized" ? expected : [],
                );
                break;
              }
            }
          }
        },
      ),
      { numRuns: 150 },
    );
  });

  it("after erase, nothing of the subject is readable through view, export or storage", async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(eventArb, { maxLength: 30 }), fc.boolean(), async (events, sensitive) => {
        const storage = memoryVaultStorage();
        const consent = createConsentManager({ subject: "s1", region: "DE", clock: () => T0 });
        consent.acceptAll();
        if (sensitive) consent.set({ sensitive: true });
        const vault = createVault({ storage, sensitiveTags: (item) => TAGS[item] });
        await Promise.all(
          events.map((event) => vault.append({ ...event, subject: "s1", at: T0 }, consent.getState())),
        );
        const receipt = await vault.erase("s1");
        expect(receipt.storageRecords).toBe(receipt.events);
        const everything = {
          ...consent.getState(),
          granted: Object.fromEntries(CONSENT_PURPOSES.map((p) => [p, true])),
        };
        expect(vault.view(decide(everything, { purpose: "recommend" })).events).toEqual([]);
        expect((await vault.export("s1")).events).toEqual([]);
        expect(await storage.readAll()).toEqual([]);
        const reloaded = createVault({ storage });
        await reloaded.ready;
        expect((await reloaded.export("s1")).events).toEqual([]);
      }),
      { numRuns: 60 },
    );
  });
});
