import { describe, expect, it } from "vitest";
import { createConsentManager, defaultPurposes, type Purpose } from "../consent/manager.ts";
import { ConfigError, connectGoogleConsentMode, toGoogleConsentMode } from "./index.ts";
import { defaultConsentModeMapping } from "./to-google-consent-mode.ts";

const retargeting: Purpose = {
  id: "ads.retargeting",
  dpv: "dpv:PersonalisedAdvertising",
  basis: "consent",
  dataCategories: ["pd:BrowsingBehavior"],
  directMarketing: true,
  title: "Retargeting",
  description: "Shows you our products on other sites.",
};
const measurement: Purpose = {
  id: "ads.measurement",
  dpv: "dpv:Advertising",
  basis: "consent",
  dataCategories: ["pd:DeviceBased"],
  title: "Ad measurement",
  description: "Counts which of our ads brought you here.",
};
const shopPurposes = [
  ...defaultPurposes.filter((p) => p.id !== "advertising.cross-context"),
  retargeting,
  measurement,
];

/** A fake window whose data layer records what was pushed, as plain arrays. */
function recorder() {
  const win: Record<string, unknown> = {};
  const calls = () => (win.dataLayer as IArguments[]).map((args) => [...args]);
  return { win, calls };
}

describe("toGoogleConsentMode with the manager's purposes", () => {
  it("maps a custom advertising purpose to ad_* after Accept all", () => {
    const manager = createConsentManager({ region: "DE", purposes: shopPurposes });
    manager.acceptAll();
    expect(toGoogleConsentMode(manager.getState(), manager.purposes)).toEqual({
      ad_storage: "granted",
      ad_user_data: "granted",
      ad_personalization: "granted",
      analytics_storage: "granted",
      functionality_storage: "granted",
      personalization_storage: "granted",
      security_storage: "granted",
    });
  });

  it("grants ad storage but not ad personalization for a measurement-only advertising purpose", () => {
    const manager = createConsentManager({ region: "DE", purposes: shopPurposes });
    manager.set({ "ads.measurement": true });
    expect(toGoogleConsentMode(manager.getState(), manager.purposes)).toMatchObject({
      ad_storage: "granted",
      ad_user_data: "granted",
      ad_personalization: "denied",
      analytics_storage: "denied",
    });
    expect(defaultConsentModeMapping(shopPurposes)).toMatchObject({
      ad_storage: ["ads.retargeting", "ads.measurement"],
      ad_personalization: ["ads.retargeting"],
      analytics_storage: ["analytics"],
    });
  });

  it("lets the shop override the mapping of a signal", () => {
    const manager = createConsentManager({ region: "DE", purposes: shopPurposes });
    manager.set({ "ads.measurement": true });
    const mapping = { ad_user_data: ["ads.retargeting"], functionality_storage: ["analytics"] };
    expect(toGoogleConsentMode(manager.getState(), manager.purposes, mapping)).toMatchObject({
      ad_storage: "granted",
      ad_user_data: "denied",
      functionality_storage: "denied",
    });
  });

  it("grants nothing after Reject all, and no advertising signal under GPC even after Accept all", () => {
    const rejected = createConsentManager({ region: "US-CA", purposes: shopPurposes });
    rejected.noticeShown();
    rejected.rejectAll();
    const denied = toGoogleConsentMode(rejected.getState(), rejected.purposes);
    expect(Object.entries(denied).filter(([, v]) => v === "granted")).toEqual([
      ["functionality_storage", "granted"],
      ["security_storage", "granted"],
    ]);
    const gpc = createConsentManager({ region: "DE", purposes: shopPurposes, gpc: true });
    gpc.acceptAll();
    expect(toGoogleConsentMode(gpc.getState(), gpc.purposes)).toMatchObject({
      ad_storage: "denied",
      ad_user_data: "denied",
      ad_personalization: "denied",
      analytics_storage: "granted",
    });
  });

  it("grants an advertising signal under GPC only after the shopper's separate override of that purpose", () => {
    const gpc = createConsentManager({ region: "US-CA", gpc: true });
    gpc.noticeShown();
    gpc.acceptAll();
    expect(toGoogleConsentMode(gpc.getState(), gpc.purposes).ad_storage).toBe("denied");
    gpc.confirmGpcOverride("advertising.cross-context", { kind: "ui", control: "gpc-conflict.confirm" });
    expect(toGoogleConsentMode(gpc.getState(), gpc.purposes).ad_storage).toBe("granted");
  });
});

describe("connectGoogleConsentMode", () => {
  it("pushes the default first, then an update on every change and withdrawal", () => {
    const { win, calls } = recorder();
    const manager = createConsentManager({ region: "DE", purposes: shopPurposes });
    const connection = connectGoogleConsentMode(manager, {
      window: win,
      regions: ["DE", "FR"],
      urlPassthrough: true,
    });
    expect(typeof win.gtag).toBe("function");
    manager.acceptAll();
    manager.withdraw("ads.retargeting");
    const pushed = calls();
    expect(pushed.slice(0, 3)).toEqual([
      ["set", "ads_data_redaction", true],
      ["set", "url_passthrough", true],
      [
        "consent",
        "default",
        {
          ad_storage: "denied",
          ad_user_data: "denied",
          ad_personalization: "denied",
          analytics_storage: "denied",
          functionality_storage: "granted",
          personalization_storage: "denied",
          security_storage: "granted",
          wait_for_update: 500,
          region: ["DE", "FR"],
        },
      ],
    ]);
    expect(
      pushed.slice(3).map((c) => [c[0], c[1], (c[2] as Record<string, string>).ad_personalization]),
    ).toEqual([
      ["consent", "update", "granted"],
      ["consent", "update", "denied"],
    ]);
    expect(connection.current().ad_storage).toBe("granted");
    connection.disconnect();
    manager.rejectAll();
    expect(calls()).toHaveLength(5);
  });

  it("sends the standing choice of a returning shopper right after the default", () => {
    const calls: unknown[][] = [];
    const manager = createConsentManager({ region: "DE" });
    manager.set({ analytics: true });
    connectGoogleConsentMode(manager, { gtag: (...args) => void calls.push(args), adsDataRedaction: false });
    expect(calls.map((c) => c[1])).toEqual(["default", "update"]);
    expect(calls[1]?.[2]).toMatchObject({ analytics_storage: "granted", ad_storage: "denied" });
  });

  it("sends an update instead of a second default when the page switches managers", () => {
    const calls: unknown[][] = [];
    const gtag = (...args: unknown[]) => void calls.push(args);
    connectGoogleConsentMode(createConsentManager({ region: "DE" }), {
      gtag,
      adsDataRedaction: false,
    }).disconnect();
    connectGoogleConsentMode(createConsentManager({ region: "US-CA" }), { gtag, sendDefault: false });
    expect(calls.map((c) => c[1])).toEqual(["default", "update"]);
  });

  it("rejects a mapping that names an unknown purpose or signal", () => {
    const manager = createConsentManager({ region: "DE" });
    const gtag = () => {};
    expect(() => connectGoogleConsentMode(manager, { gtag, mapping: { ad_storage: ["ads"] } })).toThrow(
      new ConfigError("mapping.ad_storage", 'names unknown purpose "ads"'),
    );
    expect(() =>
      connectGoogleConsentMode(manager, { gtag, mapping: { ad_click: [] } as unknown as object }),
    ).toThrow(ConfigError);
    expect(() => connectGoogleConsentMode(manager, { gtag, regions: ["Germany"] })).toThrow(/regions\.0/);
  });
});
