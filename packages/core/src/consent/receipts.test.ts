import { describe, expect, it } from "vitest";
import { createConsentManager } from "./manager.ts";
import { toConsentReceipt } from "./receipts.ts";

const T0 = Date.UTC(2026, 0, 15);
const ui = (control: string) => ({ kind: "ui" as const, control, ui: "candor-banner@1" });

describe("toConsentReceipt", () => {
  it("is null before any choice", () => {
    expect(toConsentReceipt(createConsentManager({ region: "DE", clock: () => T0 }))).toBeNull();
  });

  it("marks opt-out defaults after the notice at collection as implicit, and a choice as explicit (CPRA §7012)", () => {
    const manager = createConsentManager({ region: "US-CA", clock: () => T0 });
    manager.noticeShown(ui("banner.shown"));
    const defaults = toConsentReceipt(manager)?.services[0]?.purposes ?? [];
    expect(defaults.length).toBeGreaterThan(0);
    expect(defaults.every((p) => p.consentType === "IMPLICIT")).toBe(true);
    expect(defaults.some((p) => p.thirdPartyDisclosure)).toBe(true);
    manager.set({ analytics: true }, ui("settings.save"));
    const analytics = toConsentReceipt(manager)?.services[0]?.purposes.find((p) =>
      p.purposeCategory.includes("dpv:ServiceUsageAnalytics"),
    );
    expect(analytics?.consentType).toBe("EXPLICIT");
  });

  it("after a withdrawal lists only what is still granted, and says when the choice expires", () => {
    const manager = createConsentManager({ region: "DE", clock: () => T0 });
    manager.acceptAll(ui("banner.accept-all"));
    manager.withdraw(undefined, ui("settings.withdraw-all"));
    const receipt = toConsentReceipt(manager);
    expect(receipt).toMatchObject({ jurisdiction: "DE", consentTimestamp: T0 / 1000, sensitive: false });
    expect(receipt?.services[0]?.purposes).toEqual([]);
    manager.set({ analytics: true }, ui("settings.save"));
    const [analytics] = toConsentReceipt(manager)?.services[0]?.purposes ?? [];
    expect(analytics?.termination).toContain(`expires ${new Date(T0 + 183 * 86_400_000).toISOString()}`);
  });
});
