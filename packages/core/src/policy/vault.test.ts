import { describe, expect, it } from "vitest";
import { createConsentManager } from "../consent/manager.ts";
import {
  ConfigError,
  createVault,
  decide,
  InputError,
  StorageError,
  type VaultIssue,
  type VaultRecord,
  type VaultStorage,
} from "./index.ts";
import { memoryVaultStorage } from "./memory-vault-storage.ts";

const T0 = Date.UTC(2026, 0, 1);
const SENSITIVE_ITEMS: Record<string, string[]> = {
  pharma: ["health"],
  bible: ["religion"],
  odd: ["astrology"],
};
const sensitiveTags = (item: string) => SENSITIVE_ITEMS[item];

function shopper(subject = "s1", options: { minor?: boolean; region?: string } = {}) {
  return createConsentManager({
    region: options.region ?? "DE",
    subject,
    clock: () => T0,
    minor: options.minor ?? false,
  });
}

const view = (subject: string, item: string, extra: Record<string, unknown> = {}) => ({
  type: "view",
  subject,
  item,
  at: T0,
  ...extra,
});
const ctx = { device: "mobile", hourOfDay: 21, locale: "de-DE", region: "DE" } as const;

describe("collection limitation (GDPR Art. 5(1)(b)–(c), Art. 25)", () => {
  it("does not store an event no granted purpose allows, and says why", async () => {
    const consent = shopper();
    const vault = createVault();
    const outcome = await vault.append(view("s1", "p1"), consent.getState());
    expect(outcome).toMatchObject({
      stored: false,
      reason: "not-allowed",
      categories: ["pd:BrowsingBehavior"],
    });
    consent.rejectAll();
    expect((await vault.append(view("s1", "p1"), consent.getState())).stored).toBe(false);
    expect((await vault.export("s1")).events).toEqual([]);
  });

  it("stores an allowed event with its purposes, consent evidence and only the allowed context", async () => {
    const consent = shopper();
    consent.set({ "personalization.browsing": true, analytics: true });
    const vault = createVault({ clock: () => T0 + 5 });
    const outcome = await vault.append(view("s1", "p1", { context: ctx, session: "x1" }), consent.getState());
    if (!outcome.stored) throw new Error(outcome.message);
    expect(outcome.stripped).toEqual(["hourOfDay", "locale", "region"]);
    expect(outcome.record).toMatchObject({
      subject: "s1",
      item: "p1",
      session: "x1",
      context: { device: "mobile" },
      categories: ["pd:BrowsingBehavior", "pd:DeviceBased"],
      purposes: ["personalization.browsing", "analytics"],
      consentEventId: consent.getState().lastEventId,
      collectedAt: T0 + 5,
      special: false,
    });
    expect(outcome.record.id).toMatch(/^ev_/);
  });

  it("keeps every context field when the context purpose is granted", async () => {
    const consent = shopper();
    consent.acceptAll();
    const vault = createVault();
    const outcome = await vault.append(view("s1", "p1", { context: ctx }), consent.getState());
    expect(outcome.stored && outcome.record).toMatchObject({ context: ctx });
  });

  it("refuses an event whose subject is not the consent state's", async () => {
    const consent = shopper("s1");
    consent.acceptAll();
    const vault = createVault();
    expect(await vault.append(view("s2", "p1"), consent.getState())).toMatchObject({
      stored: false,
      reason: "subject-mismatch",
    });
    expect(await vault.append(view("s1", "p1"), null as never)).toMatchObject({ reason: "subject-mismatch" });
  });

  it("does not collect for advertising purposes from a minor, whatever was chosen (DSA Art. 28(2))", async () => {
    const consent = shopper("kid", { minor: true, region: "US-CA" });
    consent.set({ "advertising.cross-context": true });
    const vault = createVault();
    expect((await vault.append(view("kid", "p1"), consent.getState())).stored).toBe(false);
  });
});

describe("invalid input", () => {
  it("rejects a malformed event with a typed error naming the field, storing nothing", async () => {
    const consent = shopper();
    consent.acceptAll();
    const vault = createVault();
    const bad = [
      [{ ...view("s1", "p1"), type: "wishlist" }, "type"],
      [view("s1", "p1", { context: { hourOfDay: 24 } }), "context.hourOfDay"],
      [{ type: "rating", subject: "s1", item: "p1", rating: 7, at: T0 }, "rating"],
      [{ type: "search", subject: "s1", query: "   ", at: T0 }, "query"],
      [view("s1", "p1", { at: -1 }), "at"],
      [{ type: "hide_from_history", subject: "s1", at: T0 }, "eventId"],
    ] as const;
    for (const [event, path] of bad) {
      const error = await vault.append(event, consent.getState()).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(InputError);
      expect((error as InputError).path).toBe(path);
      expect((error as InputError).name).toBe("InputError");
    }
    const result = await vault.safeAppend("not an event", consent.getState());
    expect(result.ok).toBe(false);
    expect((await vault.export("s1")).events).toEqual([]);
  });

  it("rejects unknown options, naming them", () => {
    expect(() => createVault({ sensitveTags: sensitiveTags } as never)).toThrow(/sensitveTags/);
  });

  it("throws a ConfigError for invalid options", () => {
    expect(() => createVault({ storage: {} as VaultStorage })).toThrow(ConfigError);
    expect(() => createVault({ clock: 5 as never })).toThrow(/clock/);
  });

  it("returns an empty view and reports a malformed decision instead of crashing", async () => {
    const issues: VaultIssue[] = [];
    const vault = createVault({ onError: (issue) => issues.push(issue) });
    const v = vault.view({ subject: "s1", mode: "personalized" } as never);
    expect(v.events).toEqual([]);
    expect(vault.view(null as never).events).toEqual([]);
    expect(issues.map((i) => i.code)).toEqual(["invalid-decision", "invalid-decision"]);
  });

  it("gives an unknown subject an empty view and an empty export", async () => {
    const consent = shopper("nobody");
    consent.acceptAll();
    const vault = createVault();
    expect(vault.view(decide(consent.getState(), { purpose: "recommend" })).events).toEqual([]);
    expect((await vault.export("nobody")).events).toEqual([]);
  });

  it("skips and reports corrupted stored records without losing the valid ones", async () => {
    const consent = shopper();
    consent.acceptAll();
    const first = createVault();
    await first.append(view("s1", "p1"), consent.getState());
    await first.append(view("s1", "p2"), consent.getState());
    const valid = (await first.export("s1")).events.map(({ hidden: _, ...record }) => record);
    const issues: VaultIssue[] = [];
    const vault = createVault({
      storage: memoryVaultStorage([
        valid[0],
        { v: 1, id: "x", subject: "s1", type: "view" },
        42,
        null,
        valid[1],
        valid[1],
      ]),
      onError: (issue) => issues.push(issue),
    });
    await vault.ready;
    const items = vault.view(decide(consent.getState(), { purpose: "recommend" })).events.map((e) => e.item);
    expect(items).toEqual(["p1", "p2"]);
    expect(issues.map((i) => [i.code, i.location])).toEqual([
      ["corrupted-record", "memory:1"],
      ["corrupted-record", "memory:2"],
      ["corrupted-record", "memory:3"],
      ["corrupted-record", "memory:5"],
    ]);
  });

  it("a failed storage write rejects with StorageError and leaves nothing half-written readable", async () => {
    const consent = shopper();
    consent.acceptAll();
    const failing: VaultStorage = {
      append: async () => {
        throw new Error("disk full");
      },
      readAll: async () => [],
      erase: async () => 0,
    };
    const vault = createVault({ storage: failing });
    const error = await vault.append(view("s1", "p1"), consent.getState()).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(StorageError);
    expect(vault.view(decide(consent.getState(), { purpose: "recommend" })).events).toEqual([]);
  });

  it("survives a storage that cannot be read, reporting it", async () => {
    const issues: VaultIssue[] = [];
    const vault = createVault({
      storage: { ...memoryVaultStorage(), readAll: () => Promise.reject(new Error("gone")) },
      onError: (issue) => issues.push(issue),
    });
    await vault.ready;
    expect(issues[0]?.code).toBe("storage-read");
  });
});

describe("the vault's store", () => {
  it("says when it changed: loaded, each stored batch, each erasure; a refused event changes nothing", async () => {
    const consent = shopper();
    consent.set({ "personalization.browsing": true });
    const vault = createVault();
    const seen: number[] = [];
    vault.subscribe((state) => seen.push(state.version));
    await vault.ready;
    expect(vault.getState()).toMatchObject({ ready: true, records: 0 });
    const before = vault.getState();
    expect(vault.getState()).toBe(before);
    await vault.append(view("s1", "tent"), consent.getState());
    await vault.append({ type: "purchase", subject: "s1", item: "tent", at: T0 }, consent.getState());
    expect(vault.getState().records).toBe(1);
    await vault.erase("s1");
    expect(vault.getState().records).toBe(0);
    expect(seen).toEqual([1, 2, 3]);
  });
});

describe("the signal view", () => {
  it("withdrawing consent hides past data on the next call, and granting again shows it", async () => {
    const consent = shopper();
    consent.acceptAll();
    const vault = createVault();
    await vault.append(view("s1", "p1"), consent.getState());
    await vault.append({ type: "purchase", subject: "s1", item: "p2", at: T0 }, consent.getState());
    const recommend = () => vault.view(decide(consent.getState(), { purpose: "recommend" }));
    expect(recommend().events.map((e) => e.item)).toEqual(["p1", "p2"]);
    consent.withdraw("personalization.browsing");
    consent.withdraw("personalization.similar-shoppers");
    expect(recommend().events.map((e) => e.item)).toEqual(["p2"]);
    consent.withdraw("personalization.purchases");
    expect(recommend().events).toEqual([]);
    consent.withdraw("personalization.context");
    expect(recommend().mode).toBe("non_profiling");
    expect(recommend().events).toEqual([]);
    consent.acceptAll();
    expect(recommend().events.map((e) => e.item)).toEqual(["p1", "p2"]);
  });

  it("strips context fields whose category is no longer allowed", async () => {
    const consent = shopper();
    consent.acceptAll();
    const vault = createVault();
    await vault.append(view("s1", "p1", { context: ctx }), consent.getState());
    consent.withdraw("personalization.context");
    const [event] = vault.view(decide(consent.getState(), { purpose: "recommend" })).events;
    expect(event?.context).toBeUndefined();
    expect(event?.categories).toEqual(["pd:BrowsingBehavior"]);
  });

  it("is read-only", async () => {
    const consent = shopper();
    consent.acceptAll();
    const vault = createVault();
    await vault.append(view("s1", "p1", { context: ctx }), consent.getState());
    const v = vault.view(decide(consent.getState(), { purpose: "recommend" }));
    expect(Object.isFrozen(v)).toBe(true);
    expect(Object.isFrozen(v.events)).toBe(true);
    expect(Object.isFrozen(v.events[0])).toBe(true);
    expect(Object.isFrozen(v.events[0]?.context)).toBe(true);
    expect(() => (v.events as unknown[]).push(1)).toThrow();
  });

  it("hide_from_history removes one event, or every event about an item, from use", async () => {
    const consent = shopper();
    consent.acceptAll();
    const vault = createVault();
    const state = consent.getState();
    const first = await vault.append(view("s1", "p1"), state);
    await vault.append(view("s1", "p2"), state);
    await vault.append(view("s1", "p2"), state);
    if (!first.stored) throw new Error("not stored");
    const items = () =>
      vault.view(decide(consent.getState(), { purpose: "recommend" })).events.map((e) => e.item);
    await vault.append({ type: "hide_from_history", subject: "s1", at: T0, eventId: first.record.id }, state);
    expect(items()).toEqual(["p2", "p2"]);
    await vault.append({ type: "hide_from_history", subject: "s1", at: T0, item: "p2" }, state);
    expect(items()).toEqual([]);
    await vault.append(view("s1", "p2"), state);
    expect(items()).toEqual(["p2"]);
    const exported = await vault.export("s1");
    expect(exported.events.map((e) => e.hidden)).toEqual([true, true, true, false]);
    expect(exported.hideRequests).toHaveLength(2);
    expect(
      await vault.append({ type: "hide_from_history", subject: "s1", at: T0, eventId: "ev_nope" }, state),
    ).toMatchObject({
      stored: false,
      reason: "unknown-event",
    });
  });

  it("hands the collaborative permission through for shared statistics", async () => {
    const consent = shopper();
    consent.set({ "personalization.browsing": true });
    const vault = createVault();
    expect(vault.view(decide(consent.getState(), { purpose: "recommend" })).collaborative).toBe(false);
    consent.set({ "personalization.similar-shoppers": true });
    expect(vault.view(decide(consent.getState(), { purpose: "recommend" })).collaborative).toBe(true);
  });
});

describe("special categories (GDPR Art. 9, CPRA §7027)", () => {
  it("stores interactions with sensitive items only under explicit consent", async () => {
    const consent = shopper();
    consent.acceptAll();
    const vault = createVault({ sensitiveTags });
    expect(await vault.append(view("s1", "pharma"), consent.getState())).toMatchObject({
      stored: false,
      categories: ["pd:Health"],
    });
    expect(
      await vault.append(view("s1", "p1", { sensitive: ["sexuality"] }), consent.getState()),
    ).toMatchObject({
      stored: false,
      categories: ["pd:Sexuality"],
    });
    consent.set({ sensitive: true });
    const stored = await vault.append(view("s1", "pharma"), consent.getState());
    expect(stored.stored && stored.record).toMatchObject({
      categories: ["pd:BrowsingBehavior", "pd:Health"],
      purposes: expect.arrayContaining(["sensitive", "personalization.browsing"]),
      special: true,
    });
  });

  it("never shows a sensitive interaction without the explicit purpose, and marks it as a signal only", async () => {
    const consent = shopper();
    consent.acceptAll();
    consent.set({ sensitive: true });
    const vault = createVault({ sensitiveTags });
    await vault.append(view("s1", "pharma"), consent.getState());
    await vault.append(view("s1", "p1"), consent.getState());
    const recommend = () => decide(consent.getState(), { purpose: "recommend" });
    const shown = vault.view(recommend()).events;
    expect(shown.map((e) => [e.item, e.special])).toEqual([
      ["pharma", true],
      ["p1", false],
    ]);
    expect(recommend().signalOnly).toEqual([
      "pd:Health",
      "pd:Religion",
      "pd:Sexuality",
      "pd:PoliticalOpinion",
      "pd:EthnicOrigin",
      "pd:Biometric",
    ]);
    consent.withdraw("sensitive");
    expect(vault.view(recommend()).events.map((e) => e.item)).toEqual(["p1"]);
  });

  it("the CPRA limit flag removes sensitive data from collection and use", async () => {
    const consent = shopper("s1", { region: "US-CA" });
    consent.acceptAll();
    consent.set({ sensitive: true });
    const vault = createVault({ sensitiveTags });
    await vault.append(view("s1", "pharma"), consent.getState());
    const limited = { ...consent.getState(), limitSensitive: true };
    expect(vault.view(decide(limited, { purpose: "recommend" })).events).toEqual([]);
    expect(await vault.append(view("s1", "bible"), limited)).toMatchObject({
      stored: false,
      categories: ["pd:Religion"],
    });
  });

  it("treats an unknown sensitive tag, or a failing tag lookup, as a special category no purpose allows", async () => {
    const consent = shopper();
    consent.acceptAll();
    consent.set({ sensitive: true });
    const issues: VaultIssue[] = [];
    const vault = createVault({
      sensitiveTags: (item) => {
        if (item === "boom") throw new Error("catalog down");
        return sensitiveTags(item);
      },
      onError: (issue) => issues.push(issue),
    });
    expect((await vault.append(view("s1", "odd"), consent.getState())).stored).toBe(false);
    expect((await vault.append(view("s1", "boom"), consent.getState())).stored).toBe(false);
    expect(issues.map((i) => i.code)).toEqual(["tag-lookup"]);
  });

  it("applies special categories tagged since collection to events loaded from storage", async () => {
    const consent = shopper();
    consent.acceptAll();
    const storage = memoryVaultStorage();
    await createVault({ storage }).append(view("s1", "newly-sensitive"), consent.getState());
    const vault = createVault({ storage, sensitiveTags: () => ["health"] });
    await vault.ready;
    expect(vault.view(decide(consent.getState(), { purpose: "recommend" })).events).toEqual([]);
  });
});

describe("rights: export (GDPR Art. 15, 20) and erasure (Art. 17)", () => {
  it("exports the consent record, events with purposes, derived data and explanations as JSON", async () => {
    const consent = shopper();
    consent.acceptAll();
    const vault = createVault({ consentRecord: () => consent.record(), clock: () => T0 + 1 });
    await vault.append(view("s1", "p1", { context: ctx }), consent.getState());
    await vault.append({ type: "search", subject: "s1", query: "tent", at: T0 + 1 }, consent.getState());
    const exported = await vault.export("s1");
    expect(JSON.parse(JSON.stringify(exported))).toEqual(exported);
    expect(exported.consentRecord?.header.subject).toBe("s1");
    expect(exported.events.map((e) => [e.type, e.purposes.length > 0, e.hidden])).toEqual([
      ["view", true, false],
      ["search", true, false],
    ]);
    expect(exported.derived).toMatchObject({
      countsByCategory: { "pd:BrowsingBehavior": 1, "pd:SearchHistory": 1, "pd:Location": 1 },
      countsByType: { view: 1, search: 1 },
      firstEventAt: T0,
      lastEventAt: T0 + 1,
    });
    expect(exported.explanations).toEqual([]);
    expect((await vault.export("s1", { explanations: [{ item: "p9" }] })).explanations).toEqual([
      { item: "p9" },
    ]);
  });

  it("leaves out a consent record that belongs to someone else", async () => {
    const other = shopper("other");
    other.acceptAll();
    const vault = createVault({ consentRecord: () => other.record() });
    expect((await vault.export("s1")).consentRecord).toBeNull();
  });

  it("after erase, nothing of the subject is readable through any API, and others are untouched", async () => {
    const storage = memoryVaultStorage();
    const alice = shopper("alice");
    const bob = shopper("bob");
    alice.acceptAll();
    bob.acceptAll();
    const vault = createVault({ storage, clock: () => T0 + 9 });
    const stored = await vault.append(view("alice", "p1", { context: ctx }), alice.getState());
    await vault.append(view("alice", "p2"), alice.getState());
    await vault.append({ type: "hide_from_history", subject: "alice", at: T0, item: "p2" }, alice.getState());
    await vault.append(view("bob", "p3"), bob.getState());
    const before = vault.view(decide(alice.getState(), { purpose: "recommend" }));
    expect(before.events).toHaveLength(1);

    const receipt = await vault.erase("alice");
    expect(receipt).toMatchObject({
      subject: "alice",
      erasedAt: T0 + 9,
      events: 2,
      hideRequests: 1,
      storageRecords: 3,
    });
    expect(receipt.digest).toMatch(/^sha256:[0-9a-f]{64}$/);
    expect(JSON.stringify(receipt)).not.toContain("p1");

    expect(vault.view(decide(alice.getState(), { purpose: "recommend" })).events).toEqual([]);
    const exported = await vault.export("alice");
    expect([exported.events, exported.hideRequests, exported.derived.countsByType]).toEqual([[], [], {}]);
    expect(await storage.readAll("alice")).toEqual([]);
    expect(JSON.stringify(await storage.readAll())).not.toContain("alice");
    if (!stored.stored) throw new Error("not stored");
    expect(
      await vault.append(
        { type: "hide_from_history", subject: "alice", at: T0, eventId: stored.record.id },
        alice.getState(),
      ),
    ).toMatchObject({ stored: false, reason: "unknown-event" });
    const reloaded = createVault({ storage });
    await reloaded.ready;
    expect(reloaded.view(decide(alice.getState(), { purpose: "recommend" })).events).toEqual([]);
    expect(reloaded.view(decide(bob.getState(), { purpose: "recommend" })).events.map((e) => e.item)).toEqual(
      ["p3"],
    );
  });

  it("erases appends issued before the erasure, and keeps appends issued after it", async () => {
    const consent = shopper();
    consent.acceptAll();
    const vault = createVault();
    const early = vault.append(view("s1", "p1"), consent.getState());
    const receipt = vault.erase("s1");
    const late = vault.append(view("s1", "p2"), consent.getState());
    await Promise.all([early, receipt, late]);
    expect((await receipt).events).toBe(1);
    expect((await vault.export("s1")).events.map((e) => e.item)).toEqual(["p2"]);
  });

  it("erasing an unknown subject returns an empty receipt", async () => {
    const receipt = await createVault().erase("ghost");
    expect(receipt).toMatchObject({ events: 0, hideRequests: 0, storageRecords: 0 });
  });

  it("a failed storage erasure rejects with StorageError, yet nothing stays readable in this vault", async () => {
    const consent = shopper();
    consent.acceptAll();
    const base = memoryVaultStorage();
    const vault = createVault({ storage: { ...base, erase: () => Promise.reject(new Error("locked")) } });
    await vault.append(view("s1", "p1"), consent.getState());
    await expect(vault.erase("s1")).rejects.toBeInstanceOf(StorageError);
    expect(vault.view(decide(consent.getState(), { purpose: "recommend" })).events).toEqual([]);
  });
});

describe("storage batching", () => {
  it("appends issued together share one write and keep their order", async () => {
    const consent = shopper();
    consent.acceptAll();
    const writes: (readonly VaultRecord[])[] = [];
    const base = memoryVaultStorage();
    const vault = createVault({
      storage: {
        ...base,
        append: (records) => {
          writes.push(records);
          return base.append(records);
        },
      },
    });
    await vault.ready;
    await Promise.all(["a", "b", "c"].map((item) => vault.append(view("s1", item), consent.getState())));
    expect(writes).toHaveLength(1);
    expect(
      vault.view(decide(consent.getState(), { purpose: "recommend" })).events.map((e) => e.item),
    ).toEqual(["a", "b", "c"]);
  });
});
