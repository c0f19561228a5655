import { describe, expect, it, vi } from "vitest";
import {
  type ConsentManager,
  type ConsentManagerOptions,
  createConsentManager,
  SENSITIVE,
} from "../../consent/index.ts";
import type { BannerTexts, FooterTexts, SettingsTexts } from "../texts.ts";
import {
  createConsentBannerModel,
  initialDraft,
  privacyFooterView,
  privacySettingsView,
  sensitiveLimitView,
} from "./index.ts";

/**
 * A consent manager that has finished loading: where `createConsentManager` returns the page's manager (which loads
 * the full one with `import()`), its `ready` is awaited, so choices apply at once as the models expect.
 */
async function loadedManager(options: ConsentManagerOptions): Promise<ConsentManager> {
  const manager = createConsentManager(options);
  await (manager as { readonly ready?: Promise<void> }).ready;
  return manager;
}

const banner: BannerTexts = {
  title: "Your privacy",
  optIn: "Nothing is used before you choose.",
  optOut: "We use data until you opt out.",
  purposes: "We ask about {purposes}.",
  acceptAll: "Accept all",
  rejectAll: "Reject all",
  customize: "Customize",
  privacyPolicy: "Privacy policy",
  doNotSell: "Do Not Sell or Share",
  limitSensitive: "Limit sensitive",
};
const settings: SettingsTexts = {
  title: "Privacy settings",
  intro: "Choose.",
  acceptAll: "Accept all",
  rejectAll: "Reject all",
  save: "Save choices",
  close: "Close",
  alwaysOn: "Always on",
  on: "On",
  off: "Off",
  dataUsed: "Data used",
  legalBasis: "Legal basis",
  bases: { consent: "Your consent" },
};
const categories = { "pd:BrowsingBehavior": "What you view" };
const footer: FooterTexts = {
  regionLabel: "Privacy",
  privacySettings: "Privacy settings",
  doNotSell: "Do Not Sell or Share",
  optedOut: "You opted out.",
  gpcHonored: "Opt-out request honored.",
};
const BROWSING = "personalization.browsing";

describe("consent banner model", () => {
  it("is open before a choice with the opt-in text, and records the notice once per episode", async () => {
    const manager = await loadedManager({ region: "DE" });
    const model = createConsentBannerModel(manager);
    const view = model.view(manager.getState(), banner, "en");
    expect(view.open).toBe(true);
    expect(view.california).toBe(false);
    expect(view.doNotSell).toBeNull();
    expect(view.text).toMatch(/^Nothing is used before you choose\. We ask about .+\.$/);
    const shown = vi.spyOn(manager, "noticeShown");
    model.noticeShown(manager.getState());
    model.noticeShown(manager.getState());
    expect(shown).toHaveBeenCalledTimes(1);
  });

  it("closes on a choice stored in the UI, reports it once, and asks again after an erasure", async () => {
    const manager = await loadedManager({ region: "DE" });
    const model = createConsentBannerModel(manager);
    model.view(manager.getState(), banner, "en").rejectAll();
    const state = manager.getState();
    expect(state.lastEvent?.via.control).toBe("banner.reject-all");
    expect(model.view(state, banner, "en").open).toBe(false);
    expect(model.sync(state)).toBe("closed");
    expect(model.sync(state)).toBeNull();
    manager.erase();
    expect(model.sync(manager.getState())).toBe("restarted");
    expect(model.view(manager.getState(), banner, "en").open).toBe(true);
  });

  it("stays open after a choice made through the API, which is not the shopper's", async () => {
    const manager = await loadedManager({ region: "DE" });
    const model = createConsentBannerModel(manager);
    manager.acceptAll();
    expect(model.sync(manager.getState())).toBeNull();
    expect(model.view(manager.getState(), banner, "en").open).toBe(true);
  });

  it("offers the CPRA opt-out links in California and withdraws what they name", async () => {
    const manager = await loadedManager({ region: "US-CA" });
    const onLimit = vi.fn();
    const model = createConsentBannerModel(manager);
    const view = model.view(manager.getState(), banner, "en", { onLimitSensitive: onLimit });
    expect(view.california).toBe(true);
    expect(view.text.startsWith(banner.optOut)).toBe(true);
    view.doNotSell?.();
    expect(manager.can("advertising.cross-context")).toBe(false);
    view.limitSensitive?.();
    expect(manager.can(SENSITIVE)).toBe(false);
    expect(onLimit).toHaveBeenCalledOnce();
    expect(model.view(manager.getState(), banner, "en").limitSensitive).toBeNull();
  });
});

describe("privacy settings model", () => {
  it("opens with nothing pre-ticked, flips a switch in the draft and saves it as one event", async () => {
    const manager = await loadedManager({ region: "DE" });
    const draft = initialDraft(manager, manager.getState());
    expect(Object.values(draft).every((on) => on === false)).toBe(true);
    const onClose = vi.fn();
    const first = privacySettingsView({ manager, draft, texts: settings, categories, locale: "en", onClose });
    const essential = first.purposes.find((p) => p.essential);
    expect(essential?.stateLabel).toBe("Always on");
    const browsing = first.purposes.find((p) => p.id === BROWSING);
    expect(browsing?.on).toBe(false);
    expect(browsing?.domId).toBe("candor-purpose-personalization-browsing");
    expect(browsing?.meta).toContain("Data used: What you view");
    const next = privacySettingsView({
      manager,
      draft: browsing?.toggled ?? draft,
      texts: settings,
      categories,
      locale: "en",
      onClose,
    });
    expect(next.purposes.find((p) => p.id === BROWSING)?.stateLabel).toBe("On");
    next.save();
    expect(manager.can(BROWSING)).toBe(true);
    expect(manager.getState().lastEvent?.via.control).toBe("settings.save");
    expect(onClose).toHaveBeenCalledOnce();
  });

  it("rejects everything in one action and closes", async () => {
    const manager = await loadedManager({ region: "DE" });
    manager.acceptAll();
    const onClose = vi.fn();
    const draft = initialDraft(manager, manager.getState());
    privacySettingsView({ manager, draft, texts: settings, categories, locale: "en", onClose }).rejectAll();
    expect(manager.can(BROWSING)).toBe(false);
    expect(manager.getState().lastEvent?.via.control).toBe("settings.reject-all");
    expect(onClose).toHaveBeenCalledOnce();
  });
});

describe("privacy footer model", () => {
  it("offers Do Not Sell only in California and confirms what it did", async () => {
    const eu = await loadedManager({ region: "DE" });
    expect(privacyFooterView(eu, eu.getState(), footer).doNotSell).toBeNull();
    const ca = await loadedManager({ region: "US-CA" });
    const view = privacyFooterView(ca, ca.getState(), footer);
    expect(view.status).toBe("");
    view.doNotSell?.run();
    expect(privacyFooterView(ca, ca.getState(), footer).status).toBe("You opted out.");
  });

  it("says the opt-out request was honored under GPC", async () => {
    const ca = await loadedManager({ region: "US-CA", gpc: true });
    expect(privacyFooterView(ca, ca.getState(), footer).status).toContain("Opt-out request honored.");
  });
});

describe("sensitive limit model", () => {
  it("withdraws the sensitive purpose when limiting and only lifts the flag when unlimiting", async () => {
    const manager = await loadedManager({ region: "US-CA" });
    manager.acceptAll();
    const onChange = vi.fn();
    const texts = { limitSensitive: "Limit", limitSensitiveOn: "Limited" };
    const off = sensitiveLimitView({ manager, limited: false, onChange, texts });
    expect(off.status).toBeNull();
    off.toggle();
    expect(manager.can(SENSITIVE)).toBe(false);
    expect(onChange).toHaveBeenLastCalledWith(true);
    const on = sensitiveLimitView({ manager, limited: true, onChange, texts });
    expect(on.status).toBe("Limited");
    on.toggle();
    expect(onChange).toHaveBeenLastCalledWith(false);
    expect(manager.can(SENSITIVE)).toBe(false);
  });
});
