import { describe, expect, it } from "vitest";
import { createConsentManager } from "../consent/manager.ts";
import { toGoogleConsentMode } from "./index.ts";

describe("toGoogleConsentMode", () => {
  it("denies everything but necessary storage before a choice", () => {
    expect(toGoogleConsentMode(createConsentManager({ region: "DE" }).getState())).toEqual({
      ad_storage: "denied",
      ad_user_data: "denied",
      ad_personalization: "denied",
      analytics_storage: "denied",
      functionality_storage: "granted",
      personalization_storage: "denied",
      security_storage: "granted",
    });
  });

  it("grants each signal from its purposes", () => {
    const manager = createConsentManager({ region: "DE" });
    manager.set({ analytics: true, "personalization.browsing": true });
    expect(toGoogleConsentMode(manager.getState())).toMatchObject({
      ad_storage: "denied",
      analytics_storage: "granted",
      personalization_storage: "granted",
    });
    manager.acceptAll();
    expect(toGoogleConsentMode(manager.getState())).toMatchObject({
      ad_storage: "granted",
      ad_user_data: "granted",
      ad_personalization: "granted",
    });
  });

  it("denies advertising signals once GPC is honoured in California", () => {
    const manager = createConsentManager({ region: "US-CA", gpc: true });
    manager.noticeShown();
    expect(toGoogleConsentMode(manager.getState())).toMatchObject({
      ad_storage: "denied",
      ad_user_data: "denied",
      ad_personalization: "denied",
      analytics_storage: "granted",
    });
  });
});
