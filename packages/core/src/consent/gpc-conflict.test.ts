import { describe, expect, it } from "vitest";
import { createConsentManager, memoryStorage } from "./manager.ts";
import { toConsentReceipt } from "./receipts.ts";

const BROWSING = "personalization.browsing";
const EMAIL = "marketing.email";
const ADS = "advertising.cross-context";
const ui = (control: string) => ({ kind: "ui", control, ui: "candor-banner@1" }) as const;
const confirm = ui("gpc-conflict.confirm");

describe("an honored GPC signal is not overridden by Accept all (CPRA regs §7025(c)(3))", () => {
  it("in California, Accept all does not grant sale/sharing and the signal stays honored", () => {
    const manager = createConsentManager({ region: "US-CA", gpc: true });
    manager.noticeShown(ui("banner.shown"));
    const state = manager.acceptAll(ui("banner.accept-all"));
    expect(manager.can(ADS)).toBe(false);
    expect(manager.can(BROWSING)).toBe(true);
    expect(state.gpc).toEqual({
      detected: true,
      honored: true,
      purposes: [ADS],
      overridden: [],
      conflicts: [ADS],
    });
  });

  it("in Germany, Accept all does not grant e-mail marketing or advertising (GDPR Art. 21(5))", () => {
    const manager = createConsentManager({ region: "DE", gpc: true });
    manager.acceptAll(ui("banner.accept-all"));
    expect(manager.can(EMAIL)).toBe(false);
    expect(manager.can(ADS)).toBe(false);
    expect(manager.can(BROWSING)).toBe(true);
    expect(manager.getState().gpc).toMatchObject({
      honored: true,
      purposes: [EMAIL, ADS],
      conflicts: [EMAIL, ADS],
    });
    expect(manager.needsPrompt()).toBe(false);
  });

  it("a settings save that switches a covered purpose on is held back the same way", () => {
    const manager = createConsentManager({ region: "US-CA", gpc: true });
    manager.noticeShown();
    manager.set({ [ADS]: true, analytics: true }, ui("settings.save"));
    expect(manager.can(ADS)).toBe(false);
    expect(manager.getState().gpc.conflicts).toEqual([ADS]);
  });

  it("the conflict is told once: the next call clears it", () => {
    const manager = createConsentManager({ region: "DE", gpc: true });
    manager.acceptAll(ui("banner.accept-all"));
    manager.withdraw("analytics", ui("settings.withdraw"));
    expect(manager.getState().gpc.conflicts).toEqual([]);
    expect(manager.getState().gpc.honored).toBe(true);
  });

  it("Accept all repeated under the signal records nothing new but still tells the conflict", () => {
    const manager = createConsentManager({ region: "DE", gpc: true });
    manager.acceptAll();
    const events = manager.record()?.events.length;
    manager.acceptAll();
    expect(manager.record()?.events.length).toBe(events);
    expect(manager.getState().gpc.conflicts).toEqual([EMAIL, ADS]);
  });
});

describe("re-granting a covered purpose takes a separate act after the conflict notice", () => {
  it("confirmGpcOverride grants that one purpose, recorded beside the GPC event, and the signal stays honored", () => {
    const storage = memoryStorage();
    const manager = createConsentManager({ region: "US-CA", gpc: true, storage });
    manager.noticeShown();
    manager.acceptAll(ui("banner.accept-all"));
    manager.confirmGpcOverride(ADS, confirm);
    expect(manager.can(ADS)).toBe(true);
    const events = manager.record()?.events ?? [];
    expect(events.map((e) => e.type)).toEqual(["gpc-honored", "notified", "given", "given"]);
    expect(events.at(-1)).toMatchObject({ changed: [ADS], via: confirm });
    expect(events.at(-1)?.purposes[ADS]).toMatchObject({ granted: true, source: "override" });
    expect(manager.getState().gpc).toMatchObject({ honored: true, overridden: [ADS], conflicts: [] });
    const receipt = toConsentReceipt(manager)?.services[0]?.purposes.find((p) => p.thirdPartyDisclosure);
    expect(receipt?.consentType).toBe("EXPLICIT");
  });

  it("the override stands on the next visit with the signal, and is not recorded again", () => {
    const storage = memoryStorage();
    const first = createConsentManager({ region: "US-CA", gpc: true, storage, subject: "s1" });
    first.noticeShown();
    first.confirmGpcOverride(ADS, confirm);
    const next = createConsentManager({ region: "US-CA", gpc: true, storage, subject: "s1" });
    expect(next.can(ADS)).toBe(true);
    expect(next.record()?.events).toHaveLength(3);
    expect(next.getState().gpc).toMatchObject({ detected: true, honored: true, overridden: [ADS] });
  });

  it("a grant made without the signal is opted out again when the signal returns", () => {
    const storage = memoryStorage();
    createConsentManager({ region: "US-CA", gpc: true, storage, subject: "s1" }).noticeShown();
    const without = createConsentManager({ region: "US-CA", storage, subject: "s1" });
    without.set({ [ADS]: true }, ui("settings.save"));
    expect(without.can(ADS)).toBe(true);
    const back = createConsentManager({ region: "US-CA", gpc: true, storage, subject: "s1" });
    expect(back.can(ADS)).toBe(false);
    expect(back.record()?.events.at(-1)?.type).toBe("gpc-honored");
  });

  it("withdrawing an override leaves the purpose off, and GPC keeps it off", () => {
    const manager = createConsentManager({ region: "DE", gpc: true });
    manager.confirmGpcOverride(EMAIL, confirm);
    expect(manager.can(EMAIL)).toBe(true);
    manager.withdraw(EMAIL, ui("settings.withdraw"));
    expect(manager.can(EMAIL)).toBe(false);
    expect(manager.record()?.events.at(-1)?.type).toBe("withdrawn");
    manager.acceptAll();
    expect(manager.can(EMAIL)).toBe(false);
  });

  it("without a signal an override is an ordinary grant", () => {
    const manager = createConsentManager({ region: "DE" });
    manager.confirmGpcOverride(EMAIL, confirm);
    expect(manager.record()?.events.at(-1)?.purposes[EMAIL]).toMatchObject({
      granted: true,
      source: "choice",
    });
    expect(manager.getState().gpc).toEqual({
      detected: false,
      honored: false,
      purposes: [],
      overridden: [],
      conflicts: [],
    });
  });

  it("an override cannot lift a minor's lock on sale/sharing (DSA Art. 28(2))", () => {
    const manager = createConsentManager({ region: "DE", gpc: true, minor: true });
    manager.confirmGpcOverride(ADS, confirm);
    expect(manager.can(ADS)).toBe(false);
  });

  it("a signal applied after Accept all opts out the covered purposes", () => {
    const manager = createConsentManager({ region: "US-CA" });
    manager.acceptAll(ui("banner.accept-all"));
    expect(manager.can(ADS)).toBe(true);
    manager.applyGpc(true);
    expect(manager.can(ADS)).toBe(false);
    expect(manager.getState().gpc.honored).toBe(true);
    expect(manager.record()?.events.at(-1)).toMatchObject({ type: "gpc-honored", changed: [ADS] });
  });
});
