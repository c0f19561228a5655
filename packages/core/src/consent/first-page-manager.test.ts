import { describe, expect, it, vi } from "vitest";
import { ConsentConfigError, ConsentInputError, createConsentManager, memoryStorage } from "./index.ts";
import {
  createConsentManager as createFullManager,
  defaultPurposes,
  needsConsent,
  safeParseConsentRecord,
} from "./manager.ts";
import type { ConsentIssue } from "./types.ts";

const KEY = "candor.consent";
const START = Date.UTC(2026, 0, 1);
const BROWSING = "personalization.browsing";
const ADS = "advertising.cross-context";
const consentIds = defaultPurposes.filter(needsConsent).map((p) => p.id);
const ui = (control: string) => ({ kind: "ui", control, ui: "candor-banner@1" }) as const;

/** A stored record in which the shopper accepted everything, written by the full manager. */
function storedAcceptance(region = "DE"): string {
  const storage = memoryStorage();
  createFullManager({ region, storage, clock: () => START }).acceptAll(ui("banner.accept-all"));
  return storage.get(KEY) as string;
}

describe("the page's manager before the full manager has loaded", () => {
  it("denies every consent purpose, even with a valid stored acceptance, until the chain is verified", async () => {
    const storage = memoryStorage({ [KEY]: storedAcceptance() });
    const manager = createConsentManager({ region: "DE", storage, clock: () => START + 1000 });
    for (const id of consentIds) expect(manager.can(id)).toBe(false);
    expect(manager.can("essential")).toBe(true);
    expect(manager.getState()).toMatchObject({ status: "none", subject: "", lastEvent: null });
    expect(manager.record()).toBeNull();
    // A record is stored: whether to ask is known only once it is read, so the banner waits.
    expect(manager.needsPrompt()).toBe(false);
    await manager.ready;
    expect(manager.getState().status).toBe("decided");
    expect(manager.can(BROWSING)).toBe(true);
    expect(manager.getState().subject).toMatch(/^s_/);
    expect(manager.needsPrompt()).toBe(false);
  });

  it("denies in an opt-out regime too (no GPC), where the notice starts the defaults only once it is recorded", async () => {
    const manager = createConsentManager({ region: "US-CA", storage: memoryStorage(), clock: () => START });
    expect(manager.needsPrompt()).toBe(true);
    expect(manager.noticeShown(ui("banner.shown")).granted[ADS]).toBe(false);
    expect(manager.can(ADS)).toBe(false);
    await manager.ready;
    expect(manager.record()?.events.map((e) => e.type)).toEqual(["notified"]);
    expect(manager.can(ADS)).toBe(true);
    expect(manager.can("sensitive")).toBe(false);
  });

  it("its denying state is the full manager's state without a record, less the notice hash", () => {
    for (const [region, gpc] of [
      ["DE", false],
      ["US-CA", true],
      ["FR", true],
      [null, false],
    ] as const) {
      const options = { region, gpc, subject: "s_fixed", minor: region === "FR" };
      const page = createConsentManager(options).getState();
      // Without storage the full manager records the GPC signal at once; read its state before that event.
      const full = createFullManager({ ...options, gpc: false }).getState();
      expect(page).toEqual({
        ...full,
        notice: { ...full.notice, hash: "" },
        gpc: { ...page.gpc, detected: gpc },
      });
      if (gpc) expect(page.gpc.purposes).toEqual(createFullManager(options).getState().gpc.purposes);
    }
  });

  it("throws the typed errors synchronously and records nothing for a bad input", async () => {
    expect(() => createConsentManager({ region: "DE", lifetimeMs: -1 })).toThrow(ConsentConfigError);
    expect(() => createConsentManager({ purposes: [] })).toThrow(ConsentConfigError);
    const storage = memoryStorage();
    const manager = createConsentManager({ region: "DE", storage });
    expect(() => manager.acceptAll({ kind: "gpc" } as never)).toThrow(ConsentInputError);
    expect(() => manager.set({ [BROWSING]: "yes" } as never)).toThrow(ConsentInputError);
    expect(() => manager.withdraw(42 as never)).toThrow(ConsentInputError);
    expect(() => manager.confirmGpcOverride(ADS, undefined as never)).toThrow(ConsentInputError);
    expect(() => manager.applyGpc("1" as never)).toThrow(ConsentInputError);
    await manager.flush();
    expect(manager.record()).toBeNull();
    expect(storage.get(KEY)).toBeNull();
  });
});

describe("choices made before the full manager loads", () => {
  it("are not lost: replayed in order, each sealed with the time it was made, then stored and announced", async () => {
    let now = START;
    const storage = memoryStorage();
    const manager = createConsentManager({ region: "DE", storage, clock: () => now });
    const listener = vi.fn();
    manager.subscribe(listener);
    const returned = manager.acceptAll(ui("banner.accept-all"));
    expect(returned.granted[BROWSING]).toBe(false);
    now += 2000;
    manager.withdraw("analytics", ui("settings.save"));
    now += 60_000;
    expect(manager.can(BROWSING)).toBe(false);
    await manager.ready;
    const events = manager.record()?.events ?? [];
    expect(events.map((e) => [e.type, e.at, e.via.control])).toEqual([
      ["given", START, "banner.accept-all"],
      ["withdrawn", START + 2000, "settings.save"],
    ]);
    expect(events[1]?.prev).toBe(events[0]?.hash);
    expect(manager.can(BROWSING)).toBe(true);
    expect(manager.can("analytics")).toBe(false);
    expect(listener).toHaveBeenLastCalledWith(manager.getState());
    await manager.flush();
    const parsed = safeParseConsentRecord(storage.get(KEY), { now });
    expect(parsed.ok && parsed.value.head).toBe(events[1]?.hash);
    // From now on calls go straight to the full manager.
    expect(manager.rejectAll(ui("banner.reject-all")).granted[BROWSING]).toBe(false);
    expect(manager.record()?.events).toHaveLength(3);
  });

  it("continue the verified stored chain, and keep the GPC signal's hold on sale and sharing", async () => {
    const stored = storedAcceptance("US-CA");
    const storage = memoryStorage({ [KEY]: stored });
    const manager = createConsentManager({ region: "US-CA", gpc: true, storage, clock: () => START + 5000 });
    manager.acceptAll(ui("banner.accept-all"));
    await manager.ready;
    const record = manager.record();
    expect(record?.events[0]?.hash).toBe(JSON.parse(stored).head);
    expect(record?.events.map((e) => e.type)).toEqual(["given", "gpc-honored"]);
    expect(manager.can(ADS)).toBe(false);
    expect(manager.getState().gpc).toMatchObject({ honored: true, conflicts: [ADS] });
  });

  it("an erasure before loading is applied then, and its receipt is completed by flush", async () => {
    const stored = storedAcceptance();
    const storage = memoryStorage({ [KEY]: stored });
    const manager = createConsentManager({ region: "DE", storage, clock: () => START + 1000 });
    const receipt = manager.erase();
    await manager.flush();
    expect(receipt).toEqual({
      subject: JSON.parse(stored).header.subject,
      recordId: JSON.parse(stored).header.recordId,
      erasedAt: START + 1000,
      events: 1,
    });
    expect(storage.get(KEY)).toBeNull();
    expect(manager.can(BROWSING)).toBe(false);
    expect(manager.getState().subject).not.toBe(receipt.subject);
  });
});

describe("a stored record that fails its checks", () => {
  it("gives the safe default and the typed issue, keeps the stored text, and asks again", async () => {
    const record = JSON.parse(storedAcceptance());
    record.events[0].purposes[BROWSING].granted = false;
    const corrupt = JSON.stringify(record);
    const issues: ConsentIssue[] = [];
    const storage = memoryStorage({ [KEY]: corrupt });
    const manager = createConsentManager({
      region: "DE",
      storage,
      clock: () => START + 1000,
      onError: (issue) => issues.push(issue),
    });
    expect(manager.needsPrompt()).toBe(false);
    await manager.ready;
    expect(issues.map((i) => i.code)).toEqual(["broken-chain"]);
    expect(issues[0]?.stored).toBe(corrupt);
    for (const id of consentIds) expect(manager.can(id)).toBe(false);
    expect(manager.needsPrompt()).toBe(true);
    expect(storage.get(KEY)).toBe(corrupt);
  });

  it("that is not JSON, or that an asynchronous adapter returns, is treated the same way", async () => {
    const issues: string[] = [];
    const text = "{not json";
    const storage = {
      get: async () => text,
      set: async () => {},
      remove: async () => {},
    };
    const manager = createConsentManager({ region: "DE", storage, onError: (i) => issues.push(i.code) });
    expect(manager.getState().subject).toBe("");
    await manager.ready;
    expect(issues).toEqual(["invalid-record"]);
    expect(manager.can(BROWSING)).toBe(false);
    expect(manager.getState().subject).toMatch(/^s_/);
  });

  it("a storage that throws on read is reported once and means no consent", async () => {
    const issues: string[] = [];
    const storage = {
      get: () => {
        throw new Error("denied");
      },
      set: () => {},
      remove: () => {},
    };
    const manager = createConsentManager({ region: "DE", storage, onError: (i) => issues.push(i.code) });
    await manager.ready;
    expect(issues).toEqual(["storage-read"]);
    expect(manager.getState().status).toBe("none");
  });
});

describe("when the full manager cannot load (offline)", () => {
  it("keeps denying, reports manager-load, keeps the queued choice and loads on the next call", async () => {
    vi.resetModules();
    vi.doMock("./consent-manager.ts", () => {
      throw new Error("offline");
    });
    const page = await import("./first-page-manager.ts");
    const issues: string[] = [];
    const storage = memoryStorage();
    const manager = page.createConsentManager({
      region: "DE",
      storage,
      clock: () => START,
      onError: (issue) => issues.push(issue.code),
    });
    manager.acceptAll(ui("banner.accept-all"));
    await manager.ready;
    expect(issues).toEqual(["manager-load"]);
    expect(manager.can(BROWSING)).toBe(false);
    expect(storage.get(KEY)).toBeNull();
    vi.doUnmock("./consent-manager.ts");
    vi.resetModules();
    manager.set({ analytics: false }, ui("settings.save"));
    await manager.flush();
    expect(manager.record()?.events.map((e) => e.via.control)).toEqual([
      "banner.accept-all",
      "settings.save",
    ]);
    expect(manager.can(BROWSING)).toBe(true);
    expect(manager.can("analytics")).toBe(false);
  });
});

describe("subscribers of the page's manager", () => {
  it("hear of the load only when it changed what they saw", async () => {
    const quiet = createConsentManager({ region: "DE", storage: memoryStorage(), clock: () => START });
    const unchanged = vi.fn();
    quiet.subscribe(unchanged);
    await quiet.ready;
    expect(unchanged).not.toHaveBeenCalled();
    expect(quiet.getState().notice.hash).toMatch(/^[0-9a-f]{64}$/);
    const returning = createConsentManager({
      region: "DE",
      storage: memoryStorage({ [KEY]: storedAcceptance() }),
      clock: () => START + 1000,
    });
    const changed = vi.fn();
    returning.subscribe(changed);
    await returning.ready;
    expect(changed).toHaveBeenCalledTimes(1);
    expect(changed).toHaveBeenCalledWith(returning.getState());
  });
});
