import { describe, expect, it, vi } from "vitest";
import { type ConsentManagerOptions, createConsentManager, memoryStorage } from "./manager.ts";
import { toConsentReceipt } from "./receipts.ts";

const BROWSING = "personalization.browsing";
const ADS = "advertising.cross-context";
const ui = (control: string) => ({ kind: "ui", control, ui: "candor-banner@1" }) as const;
const v1 = { id: "shop-privacy", version: "2026-01" };
const v2 = { id: "shop-privacy", version: "2026-06" };

function visit(storage: ReturnType<typeof memoryStorage>, options: ConsentManagerOptions) {
  return createConsentManager({ region: "DE", storage, subject: "s1", ...options });
}

describe("a changed notice asks again", () => {
  it("a choice given under another notice version does not count, and the state says why", () => {
    const storage = memoryStorage();
    visit(storage, { notice: v1 }).acceptAll(ui("banner.accept-all"));
    const manager = visit(storage, { notice: v2 });
    expect(manager.can(BROWSING)).toBe(false);
    expect(manager.getState().status).toBe("notice-changed");
    expect(manager.getState().pending).toContain(BROWSING);
    expect(manager.needsPrompt()).toBe(true);
  });

  it("records notice-changed with the next write, not when read", () => {
    const storage = memoryStorage();
    visit(storage, { notice: v1 }).acceptAll(ui("banner.accept-all"));
    const before = storage.get("candor.consent");
    const manager = visit(storage, { notice: v2 });
    const set = vi.spyOn(storage, "set");
    const listener = vi.fn();
    manager.subscribe(listener);
    manager.getState();
    manager.can(BROWSING);
    manager.needsPrompt();
    toConsentReceipt(manager);
    expect(manager.record()?.events.map((e) => e.type)).toEqual(["given"]);
    expect(set).not.toHaveBeenCalled();
    expect(listener).not.toHaveBeenCalled();
    expect(storage.get("candor.consent")).toBe(before);

    manager.set({ analytics: true }, ui("settings.save"));
    const events = manager.record()?.events ?? [];
    expect(events.map((e) => e.type)).toEqual(["given", "notice-changed", "given"]);
    expect(events[1]).toMatchObject({ notice: v2, via: { kind: "system", control: "notice" } });
    expect(events[1]?.changed).toContain(BROWSING);
    expect(listener).toHaveBeenCalledTimes(1);
    expect(manager.can("analytics")).toBe(true);
    expect(manager.can(BROWSING)).toBe(false);
    expect(manager.getState().status).toBe("decided");
  });

  it("a version the shop marks as equivalent keeps the choice and records nothing", () => {
    const storage = memoryStorage();
    visit(storage, { notice: v1 }).acceptAll(ui("banner.accept-all"));
    const manager = visit(storage, { notice: { ...v2, equivalent: [v1.version] } });
    expect(manager.can(BROWSING)).toBe(true);
    expect(manager.needsPrompt()).toBe(false);
    manager.set({ analytics: false }, ui("settings.save"));
    expect(manager.record()?.events.map((e) => e.type)).toEqual(["given", "withdrawn"]);
    expect(manager.record()?.events.at(-1)?.notice).toMatchObject(v2);
    expect(manager.can(BROWSING)).toBe(true);
  });

  it("an equivalent version does not cover a purpose widened since (asked again for that one)", () => {
    const storage = memoryStorage();
    const first = visit(storage, { notice: v1 });
    first.acceptAll(ui("banner.accept-all"));
    const widened = first.purposes.map((p) =>
      p.id === BROWSING ? { ...p, dataCategories: [...p.dataCategories, "pd:Location"] } : p,
    );
    const manager = visit(storage, { notice: { ...v2, equivalent: [v1.version] }, purposes: widened });
    expect(manager.can(BROWSING)).toBe(false);
    expect(manager.can("analytics")).toBe(true);
    expect(manager.getState().pending).toEqual([BROWSING]);
  });

  it("another notice id asks again even with the same version", () => {
    const storage = memoryStorage();
    visit(storage, { notice: v1 }).acceptAll();
    const manager = visit(storage, { notice: { id: "other-notice", version: v1.version } });
    expect(manager.getState().status).toBe("notice-changed");
    expect(manager.can("analytics")).toBe(false);
  });

  it("a refusal survives a notice change; grants do not", () => {
    const storage = memoryStorage();
    const first = visit(storage, { notice: v1 });
    first.acceptAll();
    first.withdraw(ADS, ui("settings.withdraw"));
    const manager = visit(storage, { notice: v2 });
    manager.set({ analytics: true }, ui("settings.save"));
    const [, changed] = manager.record()?.events.slice(-2) ?? [];
    expect(changed?.purposes[ADS]).toMatchObject({ granted: false });
    expect(changed?.purposes[BROWSING]).toBeUndefined();
    expect(manager.getState().pending).toContain(BROWSING);
    expect(manager.getState().pending).not.toContain(ADS);
  });

  it("under CPRA a new notice re-applies the opt-out defaults when shown, keeping an earlier opt-out", () => {
    const storage = memoryStorage();
    const first = createConsentManager({ region: "US-CA", storage, notice: v1 });
    first.noticeShown(ui("banner.shown"));
    first.set({ [ADS]: false }, ui("footer.do-not-sell"));
    const manager = createConsentManager({ region: "US-CA", storage, notice: v2 });
    expect(manager.can(BROWSING)).toBe(false);
    manager.noticeShown(ui("banner.shown"));
    expect(
      manager
        .record()
        ?.events.slice(-2)
        .map((e) => e.type),
    ).toEqual(["notice-changed", "notified"]);
    expect(manager.can(BROWSING)).toBe(true);
    expect(manager.can(ADS)).toBe(false);
  });

  it("rejects an equivalent list that is not a list of versions", () => {
    expect(() =>
      createConsentManager({ notice: { ...v2, equivalent: "2026-01" as unknown as string[] } }),
    ).toThrow(/notice\.equivalent/);
  });
});
