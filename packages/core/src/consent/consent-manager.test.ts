import { describe, expect, it, vi } from "vitest";
import { SIX_MONTHS_MS, THIRTEEN_MONTHS_MS, TWELVE_MONTHS_MS } from "./jurisdiction.ts";
import { localizedPurposes } from "./locales.ts";
import {
  ConsentConfigError,
  ConsentInputError,
  type ConsentIssue,
  type ConsentStorage,
  createConsentManager,
  defaultPurposes,
  memoryStorage,
  type Purpose,
} from "./manager.ts";
import { toConsentReceipt } from "./receipts.ts";

const BROWSING = "personalization.browsing";
const ADS = "advertising.cross-context";
const CONSENT_PURPOSES = defaultPurposes.filter((p) => p.basis !== "contract").map((p) => p.id);
const ui = (control: string) => ({ kind: "ui", control, ui: "candor-banner@1" }) as const;

function clock(start = Date.UTC(2026, 0, 1)) {
  let now = start;
  const fn = () => now;
  fn.advance = (ms: number) => {
    now += ms;
  };
  return fn;
}

describe("GDPR regime (EU/EEA/UK/CH)", () => {
  it("denies every non-essential purpose before a choice and asks", () => {
    const manager = createConsentManager({ region: "DE" });
    expect(manager.needsPrompt()).toBe(true);
    expect(manager.getState().status).toBe("none");
    expect(manager.can("essential")).toBe(true);
    for (const id of CONSENT_PURPOSES) expect(manager.can(id)).toBe(false);
  });

  it("accept all grants every ordinary purpose but not special categories, which need their own act", () => {
    const manager = createConsentManager({ region: "FR" });
    manager.acceptAll(ui("banner.accept-all"));
    for (const id of CONSENT_PURPOSES.filter((id) => id !== "sensitive")) expect(manager.can(id)).toBe(true);
    expect(manager.can("sensitive")).toBe(false);
    expect(manager.needsPrompt()).toBe(false);
    manager.set({ sensitive: true }, ui("settings.sensitive"));
    expect(manager.can("sensitive")).toBe(true);
  });

  it("reject all takes one call, like accept all, and grants nothing", () => {
    const manager = createConsentManager({ region: "IT" });
    manager.rejectAll(ui("banner.reject-all"));
    for (const id of CONSENT_PURPOSES) expect(manager.can(id)).toBe(false);
    expect(manager.needsPrompt()).toBe(false);
    expect(manager.record()?.events.map((e) => e.type)).toEqual(["refused"]);
  });

  it("grants purposes one by one and keeps the others pending", () => {
    const manager = createConsentManager({ region: "ES" });
    manager.set({ [BROWSING]: true }, ui("settings.save"));
    expect(manager.can(BROWSING)).toBe(true);
    expect(manager.can("personalization.purchases")).toBe(false);
    expect(manager.getState().pending).toContain("personalization.purchases");
    expect(manager.needsPrompt()).toBe(true);
  });

  it("withdrawing consent stops the purpose on the next call and is recorded as a withdrawal", () => {
    const manager = createConsentManager({ region: "NL" });
    manager.acceptAll(ui("banner.accept-all"));
    manager.withdraw(BROWSING, ui("settings.withdraw"));
    expect(manager.can(BROWSING)).toBe(false);
    expect(manager.can("personalization.purchases")).toBe(true);
    const last = manager.record()?.events.at(-1);
    expect(last).toMatchObject({ type: "withdrawn", changed: [BROWSING] });
    manager.withdraw(undefined, ui("settings.withdraw-all"));
    for (const id of CONSENT_PURPOSES) expect(manager.can(id)).toBe(false);
  });

  it("expires after six months by default: expired consent counts as none and asks again", () => {
    const time = clock();
    const manager = createConsentManager({ region: "DE", clock: time });
    manager.acceptAll(ui("banner.accept-all"));
    expect(manager.getState().expiresAt).toBe(time() + SIX_MONTHS_MS);
    time.advance(SIX_MONTHS_MS - 1);
    expect(manager.can(BROWSING)).toBe(true);
    time.advance(1);
    expect(manager.can(BROWSING)).toBe(false);
    expect(manager.getState().status).toBe("expired");
    expect(manager.needsPrompt()).toBe(true);
    // Derived when read; recorded as an "expired" event with the next write (see consent-store.test.ts).
    expect(manager.record()?.events.map((e) => e.type)).toEqual(["given"]);
  });

  it("re-choosing after expiry records a new choice, and grants from before expiry are not revived", () => {
    const time = clock();
    const manager = createConsentManager({ region: "DE", clock: time });
    manager.acceptAll();
    time.advance(SIX_MONTHS_MS);
    manager.set({ analytics: true });
    expect(manager.can("analytics")).toBe(true);
    expect(manager.can(BROWSING)).toBe(false);
    expect(manager.getState().pending).toContain(BROWSING);
  });

  it("accepts a configured lifetime up to thirteen months and refuses a longer one", () => {
    expect(() => createConsentManager({ region: "DE", lifetimeMs: THIRTEEN_MONTHS_MS })).not.toThrow();
    expect(() => createConsentManager({ region: "DE", lifetimeMs: THIRTEEN_MONTHS_MS + 1 })).toThrow(
      ConsentConfigError,
    );
  });

  it("a known minor cannot opt in to profiling-based advertising (DSA Art. 28)", () => {
    const manager = createConsentManager({ region: "DE", minor: true });
    manager.acceptAll();
    manager.set({ [ADS]: true });
    expect(manager.can(ADS)).toBe(false);
    expect(manager.can(BROWSING)).toBe(true);
  });

  it("treats GPC as an objection to direct-marketing profiling (GDPR Art. 21(5))", () => {
    const manager = createConsentManager({ region: "DE", gpc: true });
    const state = manager.getState();
    expect(state.gpc).toMatchObject({ detected: true, honored: true });
    expect(manager.record()?.events.map((e) => e.type)).toEqual(["gpc-honored"]);
    manager.acceptAll(ui("banner.accept-all"));
    expect(manager.can(BROWSING)).toBe(true);
    expect(manager.can("marketing.email")).toBe(false);
    expect(manager.can(ADS)).toBe(false);
  });
});

describe("CPRA regime (California)", () => {
  it("denies until the notice at collection is shown, then applies opt-out defaults", () => {
    const manager = createConsentManager({ region: "US-CA" });
    expect(manager.can(BROWSING)).toBe(false);
    expect(manager.needsPrompt()).toBe(true);
    manager.noticeShown(ui("banner.shown"));
    expect(manager.record()?.events.map((e) => e.type)).toEqual(["notified"]);
    expect(manager.can(BROWSING)).toBe(true);
    expect(manager.can(ADS)).toBe(true);
    expect(manager.can("sensitive")).toBe(false);
    expect(manager.needsPrompt()).toBe(false);
    expect(manager.noticeShown()).toBe(manager.getState());
    expect(manager.record()?.events).toHaveLength(1);
  });

  it("keeps sensitive data opt-in", () => {
    const manager = createConsentManager({ region: "US-CA" });
    manager.acceptAll();
    expect(manager.can("sensitive")).toBe(false);
    manager.set({ sensitive: true });
    expect(manager.can("sensitive")).toBe(true);
  });

  it("makes sale/sharing opt-in for a minor under 16 (Civ. Code §1798.120(c))", () => {
    const manager = createConsentManager({ region: "US-CA", minor: true });
    manager.noticeShown();
    expect(manager.can(ADS)).toBe(false);
    expect(manager.can(BROWSING)).toBe(true);
    manager.set({ [ADS]: true }, ui("settings.opt-in"));
    expect(manager.can(ADS)).toBe(true);
  });

  it("honours GPC as an opt-out of sale/sharing, records it and reports it", () => {
    const storage = memoryStorage();
    const manager = createConsentManager({ region: "US-CA", gpc: true, storage });
    manager.noticeShown();
    expect(manager.can(ADS)).toBe(false);
    expect(manager.can(BROWSING)).toBe(true);
    expect(manager.getState().gpc).toMatchObject({ detected: true, honored: true });
    expect(manager.record()?.events.map((e) => e.type)).toEqual(["gpc-honored", "notified"]);
    expect(manager.record()?.events[0]?.via).toEqual({ kind: "gpc", control: "Sec-GPC" });
  });

  it("opts out a shopper who had opted in before GPC arrived", () => {
    const storage = memoryStorage();
    createConsentManager({ region: "US-CA", storage }).noticeShown();
    const manager = createConsentManager({ region: "US-CA", storage, gpc: true });
    expect(manager.can(ADS)).toBe(false);
    expect(manager.getState().gpc.honored).toBe(true);
  });

  it("holds back a plain opt-in under the signal; a confirmed override is recorded as such and stands on the next visit", () => {
    const storage = memoryStorage();
    const first = createConsentManager({ region: "US-CA", storage, gpc: true });
    first.noticeShown();
    first.set({ [ADS]: true }, ui("settings.opt-in"));
    expect(first.can(ADS)).toBe(false);
    expect(first.getState().gpc.conflicts).toEqual([ADS]);
    first.confirmGpcOverride(ADS, ui("gpc-conflict.confirm"));
    expect(first.record()?.events.at(-1)).toMatchObject({ type: "given", changed: [ADS] });
    const next = createConsentManager({ region: "US-CA", storage, gpc: true });
    expect(next.can(ADS)).toBe(true);
    expect(next.getState().gpc).toMatchObject({ detected: true, honored: true, overridden: [ADS] });
    expect(next.record()?.events).toHaveLength(3);
  });

  it("does not record GPC twice across visits", () => {
    const storage = memoryStorage();
    createConsentManager({ region: "US-CA", storage, gpc: true }).noticeShown();
    const again = createConsentManager({ region: "US-CA", storage, gpc: true });
    expect(again.record()?.events.filter((e) => e.type === "gpc-honored")).toHaveLength(1);
  });

  it("an opt-out survives expiry and a new notice (CPRA §7026(k))", () => {
    const time = clock();
    const manager = createConsentManager({ region: "US-CA", clock: time });
    manager.noticeShown();
    manager.set({ [ADS]: false }, ui("footer.do-not-sell"));
    time.advance(TWELVE_MONTHS_MS);
    expect(manager.can(BROWSING)).toBe(false);
    manager.noticeShown();
    expect(manager.can(BROWSING)).toBe(true);
    expect(manager.can(ADS)).toBe(false);
  });
});

describe("other and unknown regions", () => {
  it("is opt-in in a region without a configured regime", () => {
    const manager = createConsentManager({ region: "US-TX" });
    manager.noticeShown();
    expect(manager.can(BROWSING)).toBe(false);
    expect(manager.getState().regime.id).toBe("opt-in");
  });

  it("uses the strictest regime without a region", () => {
    const manager = createConsentManager();
    expect(manager.getState().regime.id).toBe("strictest");
    for (const id of CONSENT_PURPOSES) expect(manager.can(id)).toBe(false);
  });

  it("runs a shop-configured opt-out region like California", () => {
    const manager = createConsentManager({ region: "US-TX", optOutRegions: ["US-TX"] });
    manager.noticeShown();
    expect(manager.can(BROWSING)).toBe(true);
  });
});

describe("the consent record", () => {
  it("is shaped after ISO/IEC TS 27560 with the notice's id, version and content hash", () => {
    const time = clock();
    const manager = createConsentManager({
      region: "DE",
      subject: "pseudo-42",
      clock: time,
      notice: { id: "shop-privacy", version: "2026-01" },
      controller: { name: "Example GmbH", email: "privacy@example.com" },
    });
    manager.set({ [BROWSING]: true }, ui("settings.save"));
    const record = manager.record();
    expect(record?.header).toMatchObject({ schema: "candor.consent-record/2", subject: "pseudo-42" });
    expect(record?.parties.controller.name).toBe("Example GmbH");
    expect(record?.processing).toMatchObject({ jurisdiction: "DE", minor: false });
    expect(record?.processing.notice).toMatchObject({ id: "shop-privacy", version: "2026-01" });
    expect(record?.processing.notice.hash).toMatch(/^[0-9a-f]{64}$/);
    const event = record?.events[0];
    expect(event).toMatchObject({
      at: time(),
      type: "given",
      changed: [BROWSING],
      via: { kind: "ui", control: "settings.save", ui: "candor-banner@1" },
      regime: "gdpr",
      region: "DE",
    });
    expect(event?.purposes[BROWSING]).toEqual({
      granted: true,
      dataCategories: ["pd:BrowsingBehavior", "pd:SearchHistory"],
      source: "choice",
    });
    expect(manager.getState().lastEventId).toBe(event?.id);
  });

  it("the notice hash changes when a purpose changes", () => {
    const changed = defaultPurposes.map((p) =>
      p.id === "analytics" ? { ...p, description: "Other text" } : p,
    );
    const a = createConsentManager({ region: "DE" }).getState().notice.hash;
    const b = createConsentManager({ region: "DE", purposes: changed }).getState().notice.hash;
    expect(a).not.toBe(b);
  });

  it("appends no event for a call that changes nothing", () => {
    const manager = createConsentManager({ region: "DE" });
    manager.rejectAll();
    manager.rejectAll();
    manager.withdraw();
    manager.set({});
    expect(manager.record()?.events).toHaveLength(1);
  });

  it("writes nothing to storage before the first choice (ePrivacy Art. 5(3))", () => {
    const storage = memoryStorage();
    const set = vi.spyOn(storage, "set");
    const manager = createConsentManager({ region: "DE", storage });
    manager.getState();
    manager.can(BROWSING);
    manager.needsPrompt();
    expect(set).not.toHaveBeenCalled();
    manager.rejectAll();
    expect(set).toHaveBeenCalledTimes(1);
  });

  it("exports a Kantara Consent Receipt v1.1 of the standing choice", () => {
    const manager = createConsentManager({
      region: "DE",
      subject: "pseudo-7",
      purposes: localizedPurposes,
      controller: {
        name: "Example GmbH",
        email: "privacy@example.com",
        policyUrl: "https://example.com/privacy",
      },
    });
    expect(toConsentReceipt(manager)).toBeNull();
    manager.set({ [BROWSING]: true, sensitive: true }, ui("settings.save"));
    const receipt = toConsentReceipt(manager, "de");
    expect(receipt).toMatchObject({
      version: "KI-CR-v1.1.0",
      jurisdiction: "DE",
      language: "de",
      piiPrincipalId: "pseudo-7",
      policyUrl: "https://example.com/privacy",
      collectionMethod: "ui: candor-banner@1: settings.save",
      sensitive: true,
    });
    expect(receipt?.piiControllers[0]).toMatchObject({
      piiController: "Example GmbH",
      email: "privacy@example.com",
    });
    const purposes = receipt?.services[0]?.purposes ?? [];
    expect(purposes.map((p) => p.purpose)).toEqual([
      "Empfehlungen aus Ihren Aufrufen",
      "Sensible Produkte (ausdrückliche Einwilligung)",
    ]);
    expect(purposes[0]).toMatchObject({
      purposeCategory: ["dpv:ProvideProductRecommendations"],
      consentType: "EXPLICIT",
      piiCategory: ["pd:BrowsingBehavior", "pd:SearchHistory"],
      thirdPartyDisclosure: false,
    });
    expect(receipt?.spiCat).toContain("pd:Health");
  });

  it("erase deletes the stored record, resets to no consent and returns a receipt without the data", () => {
    const storage = memoryStorage();
    const manager = createConsentManager({ region: "DE", storage });
    manager.acceptAll();
    const before = manager.getState();
    const receipt = manager.erase();
    expect(receipt).toMatchObject({ subject: before.subject, recordId: before.recordId, events: 1 });
    expect(storage.get("candor.consent")).toBeNull();
    expect(manager.record()).toBeNull();
    expect(manager.can(BROWSING)).toBe(false);
    expect(manager.getState().subject).not.toBe(before.subject);
  });
});

describe("re-consent when the notice changes", () => {
  it("asks again only for a purpose that is new or widened", () => {
    const storage = memoryStorage();
    createConsentManager({ region: "DE", storage }).acceptAll();
    const widened: Purpose[] = defaultPurposes.map((p) =>
      p.id === BROWSING ? { ...p, dataCategories: [...p.dataCategories, "pd:Location"] } : p,
    );
    const added: Purpose[] = [
      ...widened,
      {
        id: "personalization.reviews",
        dpv: "dpv:ProvideProductRecommendations",
        basis: "consent",
        dataCategories: ["pd:Rating"],
        title: "Reviews",
        description: "Uses your reviews.",
      },
    ];
    const manager = createConsentManager({ region: "DE", storage, purposes: added });
    expect(manager.can(BROWSING)).toBe(false);
    expect(manager.can("personalization.purchases")).toBe(true);
    expect(manager.getState().pending).toEqual([BROWSING, "personalization.reviews"]);
    expect(manager.needsPrompt()).toBe(true);
  });

  it("does not ask again when a purpose is narrowed or only reworded", () => {
    const storage = memoryStorage();
    createConsentManager({ region: "DE", storage }).acceptAll();
    const narrowed: Purpose[] = defaultPurposes.map((p) =>
      p.id === BROWSING ? { ...p, dataCategories: ["pd:BrowsingBehavior"], title: "Viewed products" } : p,
    );
    const manager = createConsentManager({ region: "DE", storage, purposes: narrowed });
    expect(manager.can(BROWSING)).toBe(true);
    expect(manager.needsPrompt()).toBe(false);
  });
});

describe("robustness", () => {
  it.each([
    ["not JSON", "{oops"],
    ["wrong shape", JSON.stringify({ header: { schema: "other" } })],
    ["bad event", JSON.stringify({ header: {}, events: [{ type: "given" }] })],
  ])("a stored record that is %s counts as no consent and is reported, never thrown", (_, value) => {
    const issues: ConsentIssue[] = [];
    const manager = createConsentManager({
      region: "DE",
      storage: memoryStorage({ "candor.consent": value }),
      onError: (issue) => issues.push(issue),
    });
    expect(manager.getState().status).toBe("none");
    expect(manager.can(BROWSING)).toBe(false);
    expect(issues.map((i) => i.code)).toEqual(["invalid-record"]);
  });

  it("a storage that throws on read or write is reported, and the choice still applies in memory", () => {
    const issues: ConsentIssue[] = [];
    const broken: ConsentStorage = {
      get: () => {
        throw new Error("SecurityError");
      },
      set: () => {
        throw new Error("QuotaExceededError");
      },
      remove: () => {},
    };
    const manager = createConsentManager({ region: "DE", storage: broken, onError: (i) => issues.push(i) });
    manager.acceptAll();
    expect(manager.can(BROWSING)).toBe(true);
    expect(issues.map((i) => i.code)).toEqual(["storage-read", "storage-write"]);
  });

  it("loads from an asynchronous storage and resolves ready", async () => {
    const inner = memoryStorage();
    createConsentManager({ region: "DE", storage: inner, subject: "s1" }).acceptAll();
    const slow: ConsentStorage = {
      get: async (k) => inner.get(k),
      set: async (k, v) => inner.set(k, v),
      remove: async (k) => inner.remove(k),
    };
    const manager = createConsentManager({ region: "DE", storage: slow, subject: "s1" });
    expect(manager.can(BROWSING)).toBe(false);
    const seen = vi.fn();
    manager.subscribe(seen);
    await manager.ready;
    expect(manager.can(BROWSING)).toBe(true);
    expect(seen).toHaveBeenCalled();
  });

  it("reports an asynchronous write failure through onError and flush settles", async () => {
    const issues: ConsentIssue[] = [];
    const manager = createConsentManager({
      region: "DE",
      storage: {
        get: async () => null,
        set: async () => Promise.reject(new Error("offline")),
        remove: async () => {},
      },
      onError: (i) => issues.push(i),
    });
    await manager.ready;
    manager.rejectAll();
    await manager.flush();
    expect(issues).toEqual([expect.objectContaining({ code: "storage-write" })]);
  });

  it("ignores a stored record of another subject", () => {
    const storage = memoryStorage();
    createConsentManager({ region: "DE", storage, subject: "alice" }).acceptAll();
    expect(createConsentManager({ region: "DE", storage, subject: "bob" }).can(BROWSING)).toBe(false);
  });

  it("reports unknown purposes instead of throwing; a non-boolean choice throws before anything applies", () => {
    const issues: ConsentIssue[] = [];
    const manager = createConsentManager({ region: "DE", onError: (i) => issues.push(i) });
    manager.set({ nope: true, analytics: true });
    expect(manager.can("analytics")).toBe(true);
    expect(manager.can("nope")).toBe(false);
    expect(issues.map((i) => i.code)).toEqual(["unknown-purpose"]);
    expect(() => manager.set({ [BROWSING]: "yes" as unknown as boolean, analytics: false })).toThrow(
      ConsentInputError,
    );
    expect(manager.can("analytics")).toBe(true);
  });

  it("cannot switch off an essential purpose", () => {
    const manager = createConsentManager({ region: "DE" });
    manager.set({ essential: false });
    expect(manager.can("essential")).toBe(true);
  });

  it.each([
    [{ region: 42 }, "region"],
    [{ purposes: [] }, "purposes"],
    [{ purposes: [{ ...defaultPurposes[1], id: "Bad Id" }] }, "purposes.0.id"],
    [{ purposes: [defaultPurposes[1], defaultPurposes[1]] }, "purposes.1.id"],
    [{ purposes: [{ ...defaultPurposes[1], special: true }] }, "purposes.0.basis"],
    [{ storage: { get: () => null } }, "storage"],
    [{ lifetimeMs: -1 }, "lifetimeMs"],
    [{ clock: "now" }, "clock"],
  ])("rejects invalid options %j with a typed error naming %s", (options, path) => {
    try {
      createConsentManager(options as never);
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(ConsentConfigError);
      expect((error as ConsentConfigError).path).toBe(path);
      expect((error as ConsentConfigError).message).toContain(path);
    }
  });
});

describe("the store", () => {
  it("returns the same state object until something changes and notifies subscribers once per change", () => {
    const manager = createConsentManager({ region: "DE" });
    const listener = vi.fn();
    const unsubscribe = manager.subscribe(listener);
    const a = manager.getState();
    expect(manager.getState()).toBe(a);
    manager.acceptAll();
    expect(listener).toHaveBeenCalledTimes(1);
    expect(manager.getState()).not.toBe(a);
    unsubscribe();
    manager.rejectAll();
    expect(listener).toHaveBeenCalledTimes(1);
  });
});
