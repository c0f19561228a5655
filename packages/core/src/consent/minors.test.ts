import { describe, expect, it } from "vitest";
import { createConsentManager, memoryStorage, resolveRegime } from "./manager.ts";
import { isLocked } from "./purposes.ts";

const BROWSING = "personalization.browsing";
const EMAIL = "marketing.email";
const ADS = "advertising.cross-context";

describe("known minors (DSA Art. 28(2), Civ. Code §1798.120(c))", () => {
  it.each(["DE", "US-TX", ""])("in %j a minor's sale/sharing stays off whatever is chosen", (region) => {
    const manager = createConsentManager({ region, minor: true });
    manager.acceptAll();
    expect(manager.can(ADS)).toBe(false);
    manager.set({ [ADS]: true });
    expect(manager.can(ADS)).toBe(false);
    expect(manager.record()?.events.at(-1)?.purposes[ADS]?.granted ?? false).toBe(false);
    expect(manager.can(BROWSING)).toBe(true);
  });

  it("in California sale/sharing is opt-in for a minor: off after the notice, on after their own act", () => {
    const manager = createConsentManager({ region: "US-CA", minor: true });
    manager.noticeShown();
    expect(manager.can(ADS)).toBe(false);
    expect(manager.can(BROWSING)).toBe(true);
    manager.set({ [ADS]: true });
    expect(manager.can(ADS)).toBe(true);
  });

  it("a shop-configured opt-out region keeps a minor's sale/sharing locked", () => {
    const manager = createConsentManager({ region: "US-TX", optOutRegions: ["US-TX"], minor: true });
    manager.noticeShown();
    expect(manager.can(BROWSING)).toBe(true);
    expect(manager.can(ADS)).toBe(false);
    manager.set({ [ADS]: true });
    expect(manager.can(ADS)).toBe(false);
  });

  it("the lock is applied when read, so a record made before the shopper was known to be a minor grants nothing locked", () => {
    const storage = memoryStorage();
    createConsentManager({ region: "DE", storage, subject: "s1" }).acceptAll();
    const minor = createConsentManager({ region: "DE", storage, subject: "s1", minor: true });
    expect(minor.can(ADS)).toBe(false);
    expect(minor.can(EMAIL)).toBe(true);
    expect(minor.getState().minor).toBe(true);
  });

  it("isLocked names exactly the minor's sale/sharing purposes outside California", () => {
    const de = resolveRegime("DE");
    const ca = resolveRegime("US-CA");
    const ads = { saleOrSharing: true } as never;
    const email = { directMarketing: true } as never;
    expect(isLocked(ads, { minor: true, regime: de })).toBe(true);
    expect(isLocked(ads, { minor: true, regime: ca })).toBe(false);
    expect(isLocked(ads, { minor: false, regime: de })).toBe(false);
    expect(isLocked(email, { minor: true, regime: de })).toBe(false);
  });

  it("the minor flag is kept in the record", () => {
    const manager = createConsentManager({ region: "DE", minor: true });
    manager.rejectAll();
    expect(manager.record()?.processing.minor).toBe(true);
  });
});
