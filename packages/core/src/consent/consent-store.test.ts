import { describe, expect, it, vi } from "vitest";
import { SIX_MONTHS_MS } from "./jurisdiction.ts";
import { createConsentManager, memoryStorage } from "./manager.ts";

const BROWSING = "personalization.browsing";
const ui = (control: string) => ({ kind: "ui", control, ui: "candor-settings@1" }) as const;

function setup(region = "DE") {
  let now = Date.UTC(2026, 0, 1);
  const storage = memoryStorage();
  const manager = createConsentManager({ region, storage, clock: () => now });
  return {
    manager,
    storage,
    advance: (ms: number) => {
      now += ms;
    },
  };
}

describe("getState is pure", () => {
  it("reading after the lifetime derives the expiry without writing, notifying or recording", () => {
    const { manager, storage, advance } = setup();
    manager.acceptAll(ui("banner.accept-all"));
    const stored = storage.get("candor.consent");
    const set = vi.spyOn(storage, "set");
    const listener = vi.fn();
    manager.subscribe(listener);
    advance(SIX_MONTHS_MS);
    const state = manager.getState();
    expect(state.status).toBe("expired");
    expect(state.expiresAt).toBeNull();
    expect(manager.can(BROWSING)).toBe(false);
    expect(manager.needsPrompt()).toBe(true);
    expect(manager.getState()).toBe(state);
    expect(manager.record()?.events.map((e) => e.type)).toEqual(["given"]);
    expect(set).not.toHaveBeenCalled();
    expect(listener).not.toHaveBeenCalled();
    expect(storage.get("candor.consent")).toBe(stored);
  });

  it("records the expiry with the next write, before the new choice, and notifies once", () => {
    const { manager, storage, advance } = setup();
    manager.acceptAll(ui("banner.accept-all"));
    advance(SIX_MONTHS_MS + 1);
    const listener = vi.fn();
    manager.subscribe(listener);
    manager.set({ analytics: true }, ui("settings.save"));
    const events = manager.record()?.events ?? [];
    expect(events.map((e) => e.type)).toEqual(["given", "expired", "given"]);
    expect(events[1]).toMatchObject({ via: { kind: "system", control: "lifetime" } });
    expect(events[1]?.changed).toContain(BROWSING);
    expect(events[2]?.prev).toBe(events[1]?.hash);
    expect(listener).toHaveBeenCalledTimes(1);
    expect(JSON.parse(storage.get("candor.consent") as string).events).toHaveLength(3);
  });

  it("a call that changes nothing after expiry records no expiry either", () => {
    const { manager, advance } = setup();
    manager.acceptAll();
    advance(SIX_MONTHS_MS);
    manager.withdraw("no-such-purpose");
    manager.noticeShown();
    expect(manager.record()?.events).toHaveLength(1);
  });

  it("the same snapshot is returned until something changes, with lastEvent in it", () => {
    const { manager } = setup();
    const a = manager.getState();
    expect(manager.getState()).toBe(a);
    manager.set({ analytics: true });
    const b = manager.getState();
    expect(b).not.toBe(a);
    expect(manager.getState()).toBe(b);
    expect(b.lastEvent?.id).toBe(b.lastEventId);
  });
});

describe("event types are the calls that made them", () => {
  it("Accept all is given, Reject all on nothing granted is refused", () => {
    const { manager } = setup();
    manager.rejectAll(ui("banner.reject-all"));
    manager.acceptAll(ui("banner.accept-all"));
    expect(manager.record()?.events.map((e) => e.type)).toEqual(["refused", "given"]);
  });

  it("turning off a granted purpose is a withdrawal, whichever call does it (GDPR Art. 7(3))", () => {
    const { manager } = setup();
    manager.acceptAll();
    manager.rejectAll();
    manager.set({ analytics: true });
    manager.set({ analytics: false, [BROWSING]: true });
    manager.withdraw(BROWSING);
    expect(manager.record()?.events.map((e) => e.type)).toEqual([
      "given",
      "withdrawn",
      "given",
      "withdrawn",
      "withdrawn",
    ]);
  });

  it("withdrawing what was never granted records a refusal", () => {
    const { manager } = setup();
    manager.withdraw(BROWSING, ui("settings.withdraw"));
    expect(manager.record()?.events.map((e) => e.type)).toEqual(["refused"]);
  });

  it("the notice at collection and the GPC signal are their own actions", () => {
    const manager = createConsentManager({ region: "US-CA", gpc: true });
    manager.noticeShown();
    expect(manager.record()?.events.map((e) => e.type)).toEqual(["gpc-honored", "notified"]);
  });

  it("Accept all keeps a sensitive grant instead of withdrawing it", () => {
    const { manager } = setup();
    manager.set({ sensitive: true }, ui("settings.sensitive"));
    manager.acceptAll(ui("banner.accept-all"));
    expect(manager.can("sensitive")).toBe(true);
    expect(manager.record()?.events.at(-1)?.type).toBe("given");
    expect(manager.record()?.events.at(-1)?.changed).not.toContain("sensitive");
  });
});
