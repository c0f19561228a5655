import { describe, expect, it, vi } from "vitest";
import type { Explanation } from "../../explain/index.ts";
import type { ContextTexts, RowTexts, WhyTexts } from "../texts.ts";
import {
  contextReasonText,
  feedWidthText,
  recommendationRowView,
  rowSettingsView,
  runRowControl,
  whyView,
} from "./index.ts";

const context: ContextTexts = {
  region: "Popular in {region}",
  device: "Popular on {device}",
  daypart: "Popular in the {daypart}",
  devices: { mobile: "phones" },
  dayparts: { evening: "evening" },
  regions: { "US-CA": "California" },
};
const row: RowTexts = {
  settings: "Row settings",
  settingsToggle: "Settings",
  personalized: "Personalized",
  notPersonalized: "Not personalized",
  variety: "Variety",
  varietyHint: "More variety",
  varietyValue: "{value} %",
  modePersonalized: "Personalized for you",
  modeNotPersonalizedChosen: "Not personalized, as you chose",
  modeNotPersonalizedConsent: "Not personalized: no consent",
  modeNotPersonalizedOther: "Not personalized",
  empty: "Nothing to show",
  personalizedNeedsConsent: "Allow it in Privacy settings",
  personalizedUnavailable: "Not available now",
  updated: "Updated",
};
const why: WhyTexts = {
  button: "Why am I seeing this?",
  about: "About {item}",
  reasonsHeading: "Reasons",
  reasonShare: "{share} of the score",
  effectsHeading: "Effects",
  dataHeading: "Data",
  noPersonalData: "No personal data",
  legalBasis: "Legal basis",
  basisConsent: "Your consent to {purpose}",
  controlsHeading: "Controls",
  close: "Close",
};
const categories = { "pd:BrowsingBehavior": "What you view" };

const explanation: Explanation = {
  item: "i1",
  rank: 1,
  score: 1,
  mode: "personalized",
  locale: "en",
  templateId: "context-region",
  text: "Popular in US-CA",
  reasons: [
    {
      templateId: "context-region",
      text: "Popular in US-CA",
      amount: 0.998,
      share: 0.998,
      dataCategories: [],
    },
    { templateId: "popular", text: "Popular", amount: 0.002, share: 0.002, dataCategories: [] },
  ],
  effects: [],
  dataCategories: ["pd:BrowsingBehavior"],
  basis: [
    { purpose: "personalization.browsing", consentEventId: "ev-1", categories: ["pd:BrowsingBehavior"] },
  ],
  controls: [{ kind: "turn-off", purpose: "personalization.browsing", label: "Turn off" }],
} as unknown as Explanation;

describe("reason text model", () => {
  it("names regions, dayparts and devices in plain words and leaves other reasons alone", () => {
    expect(contextReasonText("context-region", "Popular in US-CA", "en", context)).toBe(
      "Popular in California",
    );
    expect(contextReasonText("context-region", "Popular in DE", "en", context)).toBe("Popular in Germany");
    expect(contextReasonText("context-daypart", "Popular in the evening", "en", context)).toBe(
      "Popular in the evening",
    );
    expect(contextReasonText("context-device", "Popular on mobile", "en", context)).toBe("Popular on phones");
    expect(contextReasonText("popular", "Popular in DE", "en", context)).toBe("Popular in DE");
  });
});

describe("explanation model", () => {
  it("words every reason with its share, names data in plain words and the basis without the event id", () => {
    const view = whyView({ explanation, itemTitle: "Lamp", texts: why, context, categories, locale: "en" });
    expect(view.about).toBe("About Lamp");
    expect(view.headline).toBe("Popular in California");
    expect(view.reasons.map((r) => r.share)).toEqual(["100% of the score", "<1% of the score"]);
    expect(view.reasons[0]?.width).toBe("99.8%");
    expect(view.categories).toEqual([{ key: "pd:BrowsingBehavior", name: "What you view" }]);
    expect(view.basis.map((b) => b.text)).toEqual(["Your consent to personalization.browsing"]);
    expect(JSON.stringify(view.basis)).not.toContain("ev-1");
    expect(view.controls.map((c) => c.key)).toEqual(["turn-off-personalization.browsing-"]);
  });

  it("uses the shop's purpose and category titles when given", () => {
    const view = whyView({
      explanation,
      itemTitle: "Lamp",
      texts: why,
      context,
      categories,
      locale: "en",
      purposeTitle: () => "what you view",
      categoryTitle: () => "Browsing",
    });
    expect(view.basis[0]?.text).toBe("Your consent to what you view");
    expect(view.categories.map((c) => c.name)).toEqual(["Browsing"]);
  });
});

describe("recommendation row model", () => {
  it("words the mode and offers Personalized only when it can apply", () => {
    const personalized = recommendationRowView({ title: "For you", mode: "personalized", texts: row });
    expect(personalized).toMatchObject({ title: "For you", modeText: "Personalized for you" });
    expect(personalized.personalizationAvailable).toBe(true);
    const chosen = recommendationRowView({
      title: "For you",
      notPersonalizedTitle: "Popular",
      mode: "non_profiling",
      reason: "non-personalized-chosen",
      texts: row,
    });
    expect(chosen).toMatchObject({ title: "Popular", modeText: "Not personalized, as you chose" });
    expect(chosen.personalizationAvailable).toBe(true);
    const noConsent = recommendationRowView({
      title: "For you",
      mode: "non_profiling",
      reason: null,
      texts: row,
    });
    expect(noConsent).toMatchObject({
      personalizationAvailable: false,
      unavailableHint: "Allow it in Privacy settings",
    });
    const minor = recommendationRowView({
      title: "For you",
      mode: "non_profiling",
      reason: "minor",
      texts: row,
    });
    expect(minor).toMatchObject({ modeText: "Not personalized", unavailableHint: "Not available now" });
  });

  it("handles change-variety and not-personalized itself and passes other controls on", async () => {
    const settings = { personalized: true, variety: 0.3 };
    const onSettingsChange = vi.fn();
    const onControl = vi.fn();
    const ctx = { settings, onSettingsChange, onControl };
    expect(await runRowControl({ kind: "change-variety", label: "" }, "i1", ctx)).toBe("variety");
    expect(await runRowControl({ kind: "not-personalized", label: "" }, "i1", ctx)).toBe("updated");
    expect(onSettingsChange).toHaveBeenCalledWith({ personalized: false, variety: 0.3 });
    const dismiss = { kind: "not-interested", item: "i1", label: "" } as const;
    expect(await runRowControl(dismiss, "i1", ctx)).toBe("updated");
    expect(onControl).toHaveBeenCalledWith(dismiss, "i1");
  });

  it("checks Not personalized while personalization is unavailable and announces variety in percent", () => {
    const view = rowSettingsView({
      id: "r",
      value: { personalized: true, variety: 0.3 },
      percent: 30,
      personalizationAvailable: false,
      feedWidth: true,
      texts: row,
      locale: "en",
    });
    expect(view.effective).toBe(false);
    expect(view.valueText).toBe("30 %");
    expect(view.varietyDescribedBy).toBe("r-variety-hint r-feed-width");
    expect(view.withVariety(70)).toEqual({ personalized: true, variety: 0.7 });
    expect(view.withMode(false)).toEqual({ personalized: false, variety: 0.3 });
  });
});

describe("feed width model", () => {
  const texts = {
    covered: "{covered} of {total}",
    none: "Nothing yet",
    missing: "Not shown: {departments}.",
  };
  const departmentOf = (item: string) => item.split(":")[0];
  it("counts departments of recent slates and names the missing ones when asked", () => {
    const input = { slates: [["a:1", "b:2"]], departments: ["a", "b", "c", "d"], departmentOf };
    expect(feedWidthText(input, texts, "en")).toBe("2 of 4");
    expect(feedWidthText({ ...input, showMissing: true }, texts, "en")).toBe("2 of 4 Not shown: c and d.");
    expect(feedWidthText({ ...input, slates: [] }, texts, "en")).toBe("Nothing yet");
  });
});
