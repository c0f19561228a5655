import { describe, expect, it } from "vitest";
import type { ConsentState } from "../consent/types.ts";
import type { Explanation } from "../explain/explain.ts";
import type { Slate } from "../serve/types.ts";
import { createExplanationLog } from "./explanation-log.ts";
import { createLogSigner } from "./log-signer.ts";
import { memoryLogStorage } from "./memory-log-storage.ts";
import { createPseudonymizer, generatePseudonymKey } from "./pseudonymizer.ts";
import { consentStateHash, servedItems } from "./served-items.ts";
import type { OpenedEntry } from "./types.ts";

const consent = {
  status: "decided",
  subject: "kim",
  recordId: "cr_9",
  regime: { id: "gdpr", region: "DE", model: "opt-in", lifetimeMs: 1 },
  minor: false,
  notice: { id: "n", version: "1", hash: "h" },
  granted: { "personalization.history": true },
  pending: [],
  lastEventId: "ev",
  decidedAt: 1,
  expiresAt: null,
  gpc: { detected: false, honored: false },
} as unknown as ConsentState;

const slate = {
  id: "slate-1",
  at: 1_000,
  surface: "home",
  subject: "kim",
  mode: "personalized",
  decision: { reason: null },
  filtered: 0,
  versions: { model: "m3", rules: "r2" },
  items: [
    {
      item: "a",
      rank: 1,
      score: 0.5,
      contributions: [
        { scorer: "popularity", evidence: { kind: "global", name: "top" }, raw: 0.5, weight: 1, amount: 0.5 },
      ],
      effects: [],
    },
    {
      item: "b",
      rank: 2,
      score: 0.4,
      contributions: [],
      effects: [{ stage: "mmr", kind: "variety", amount: 2, message: "m" }],
    },
  ],
} as unknown as Slate;

const explanation = (item: string, text: string) =>
  ({
    item,
    templateId: "popular",
    text,
    dataCategories: ["pd:Purchase"],
    basis: [{ purpose: "personalization.history", consentEventId: "ev", categories: ["pd:Purchase"] }],
    controls: [{ kind: "not-interested", item, label: "x" }],
  }) as unknown as Explanation;

describe("servedItems", () => {
  it("makes one entry per slate item with its explanation, consent evidence and versions, which the log accepts", async () => {
    const items = servedItems(slate, [explanation("b", "B text"), explanation("a", "A text")], {
      consent,
      disclosureVersion: "d1",
      itemFacts: (id) => ({ provider: `seller-${id}`, category: "c" }),
    });
    expect(items.map((i) => [i.rank, i.item, i.explanation.text, i.provider])).toEqual([
      [1, "a", "A text", "seller-a"],
      [2, "b", "B text", "seller-b"],
    ]);
    expect(items[0]?.legalBasis).toEqual({
      basis: "consent",
      purposes: ["personalization.history"],
      consent: "valid",
      consentRecordId: "cr_9",
      consentStateHash: consentStateHash(consent),
      withdrawnAt: null,
      consentEventId: "ev",
      consentEventHash: null,
    });
    expect(items[0]?.versions).toEqual({ model: "m3", policy: "r2", disclosure: "d1" });
    expect(items[1]?.controls).toEqual(["not-interested"]);
    const log = createExplanationLog({
      storage: memoryLogStorage(),
      signer: await createLogSigner(),
      pseudonymizer: createPseudonymizer({ keys: [generatePseudonymKey("k")] }),
      schedule: null,
    });
    expect((await log.append(items)).map((e) => e.index)).toEqual([0, 1]);
  });

  it("derives the consent standing of a non-profiling slate from its decision", () => {
    const refused = {
      ...slate,
      mode: "non_profiling",
      decision: { reason: "no-personalization" },
    } as unknown as Slate;
    expect(servedItems(refused, [], { consent, disclosureVersion: "d" })[0]?.legalBasis).toMatchObject({
      basis: null,
      consent: "refused",
    });
    const none = { ...refused, decision: { reason: "not-decided" } } as unknown as Slate;
    expect(servedItems(none, [], { consent, disclosureVersion: "d" })[0]?.legalBasis.consent).toBe("none");
  });
});

describe("servedItems before any consent record", () => {
  it("logs no consent record id rather than an empty one", async () => {
    const { createConsentManager } = await import("../consent/manager.ts");
    const state = createConsentManager({ region: "DE" }).getState();
    expect(state.recordId).toBe("");
    const slate = nonProfilingSlate("sl_1", state.subject);
    const [served] = servedItems(slate, [], { consent: state, disclosureVersion: "v1" });
    expect(served?.legalBasis.consentRecordId).toBeNull();
  });
});

describe("the holdout arm", () => {
  it("is committed in the entry when given, and absent otherwise", async () => {
    const { createConsentManager } = await import("../consent/manager.ts");
    const state = createConsentManager({ region: "DE" }).getState();
    const slate = nonProfilingSlate("sl_2", state.subject);
    const [withArm] = servedItems(slate, [], { consent: state, disclosureVersion: "v1", arm: "control" });
    const [without] = servedItems(slate, [], { consent: state, disclosureVersion: "v1" });
    expect(withArm?.arm).toBe("control");
    expect(without && "arm" in without).toBe(false);
    const log = createExplanationLog({
      storage: memoryLogStorage(),
      signer: await createLogSigner(),
      pseudonymizer: createPseudonymizer({ keys: [generatePseudonymKey()] }),
      schedule: null,
    });
    await log.append([withArm as NonNullable<typeof withArm>, without as NonNullable<typeof without>]);
    const [a, b] = (await log.read(0, 2)) as OpenedEntry[];
    expect(a?.entry.arm).toBe("control");
    expect(b?.entry.arm).toBeUndefined();
  });
});

/** A non-profiling slate of one item for a subject, as the recommender serves it before any consent. */
function nonProfilingSlate(id: string, subject: string): Slate {
  return {
    id,
    at: 1,
    surface: "home",
    subject,
    mode: "non_profiling" as const,
    decision: {
      subject,
      purpose: "recommend",
      surface: "home",
      mode: "non_profiling" as const,
      reason: "not-decided" as const,
      allowed: [],
      basis: [],
      denied: [],
      signalOnly: [],
      sensitiveAllowed: false,
      collaborative: false,
      sharedStatistics: false,
      consentEventId: null,
    },
    items: [{ item: "p1", rank: 1, score: 0.5, contributions: [], effects: [] }],
    filtered: 0,
    versions: { model: "fit-1", rules: "candor-default@1", disclosure: "d1" },
    arm: null,
  };
}
